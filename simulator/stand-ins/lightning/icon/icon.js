import { LightningElement, api } from 'lwc';

/** Simulator stand-in for lightning-icon: an SLDS sprite icon served from the design system package. */
export default class Icon extends LightningElement {
    @api iconName = 'utility:info';
    @api alternativeText;
    @api size = 'small';
    @api variant;

    get href() {
        const [category = 'utility', name = 'info'] = String(this.iconName).split(':');
        return `/slds/icons/${category}-sprite/svg/symbols.svg#${name}`;
    }

    get iconClass() {
        const tone = this.variant === 'error' ? 'error' : this.variant === 'warning' ? 'warning' : 'default';
        return `slds-icon slds-icon-text-${tone} slds-icon_${this.size}`;
    }
}
