import { LightningElement, api } from 'lwc';

/**
 * The panel's headline: how the sync is doing, in one line with its tone's icon (a polite live region). A child of
 * c-presence-sync-panel, which gives it the same `headline` object while the headline says the same, so a change
 * that leaves the headline as it was does not render it again (issue 23).
 */
export default class PresenceSyncPanelHeadline extends LightningElement {
    /**
     * The headline as the panel's display model words it (presenceSyncPanel/display.js): `{ text, detail, icon,
     * variant, iconText, className }`, `detail` null when there is none.
     */
    @api headline;
}
