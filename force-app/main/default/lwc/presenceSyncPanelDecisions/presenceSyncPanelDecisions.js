import { LightningElement, api } from 'lwc';

/**
 * The decisions list in the panel's details: its heading, the toggle that shows confirmations and echoes, and the
 * decisions, newest first. A child of c-presence-sync-panel, which gives it the same `list` object while its rows
 * and the toggle are the same (issue 23). Event: `showroutinechange`, `detail` true or false, when the agent
 * switches the toggle.
 */
export default class PresenceSyncPanelDecisions extends LightningElement {
    /** The panel's labels (presenceSyncPanel/labels.js): the same object for every render. */
    @api labels;
    /**
     * The list as presenceSyncPanel/decisionList.js gives it: `{ decisions: [{ id, meta, sentence, detail }],
     * hasDecisions, toggleLabel }`.
     */
    @api list;
    /** Whether confirmations and echoes are shown. */
    @api showRoutine = false;

    handleShowRoutine(event) {
        this.dispatchEvent(new CustomEvent('showroutinechange', { detail: event.target.checked === true }));
    }
}
