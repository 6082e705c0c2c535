import { LightningElement, api } from 'lwc';

/** Simulator stand-in for lightning-button: an SLDS button. */
export default class Button extends LightningElement {
    @api label;
    @api variant = 'neutral';
    @api disabled = false;
    @api title;

    get buttonClass() {
        return `slds-button slds-button_${this.variant === 'brand' ? 'brand' : 'neutral'}`;
    }
}
