/**
 * The panel's details section (the component's `detailsHidden`, `detailsExpandedText`, `detailsClass` and
 * `handleToggleDetails`): open or closed, as an SLDS expandable section. `detailsExpanded` is declared on the
 * component, so it stays reactive.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const DetailsSection = (Base) =>
    class extends Base {
        get detailsHidden() {
            return !this.detailsExpanded;
        }

        get detailsExpandedText() {
            return this.detailsExpanded ? 'true' : 'false';
        }

        /** SLDS expandable section: the switch icon points down when open and right when closed. */
        get detailsClass() {
            return `slds-section slds-m-top_small details${this.detailsExpanded ? ' slds-is-open' : ''}`;
        }

        handleToggleDetails() {
            this.detailsExpanded = !this.detailsExpanded;
        }
    };
