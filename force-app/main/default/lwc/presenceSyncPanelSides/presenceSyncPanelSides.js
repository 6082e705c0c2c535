import { LightningElement, api } from 'lwc';

/**
 * The panel's two sides: Omni-Channel's presence status and the softphone's agent state, each with its presence
 * dot, the softphone's connection, whether the agent is on an interaction, and "Reload softphone" when the softphone
 * stopped answering. A child of c-presence-sync-panel, which gives it the same `sides` object while the sides say the
 * same (issue 23). Event: `reloadsoftphone` (no detail), when the agent presses "Reload softphone".
 */
export default class PresenceSyncPanelSides extends LightningElement {
    /** The panel's labels (presenceSyncPanel/labels.js): the same object for every render. */
    @api labels;
    /**
     * The sides as the panel's display model words them (presenceSyncPanel/display.js): `{ omni, omniDotClass,
     * softphone, softphoneDotClass, connection, onInteraction, reloadSoftphone }`.
     */
    @api sides;

    handleReloadSoftphone() {
        this.dispatchEvent(new CustomEvent('reloadsoftphone'));
    }
}
