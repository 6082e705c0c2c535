import { LightningElement, api } from 'lwc';

/**
 * The panel's live region: the change held back (one line that opens to its sentence) and the notices, each with
 * its tone's icon and, for information the agent cannot act on, Dismiss. A child of c-presence-sync-panel, which
 * gives it the same `live` object while they say the same (issue 23). Event: `dismissnotice`, `detail` the notice's
 * dismiss key (a string), when the agent dismisses it.
 */
export default class PresenceSyncPanelNotices extends LightningElement {
    /** The panel's labels (presenceSyncPanel/labels.js): the same object for every render. */
    @api labels;
    /**
     * What the region says, as the panel's display model words it (presenceSyncPanel/display.js): `{ held, heldLine,
     * notices: [{ id, text, icon, iconText, variant, className, dismiss }], hasNotices }`; null until the first view.
     */
    @api live = null;
    /**
     * Whether the region keeps its whole height (the panel's details are open, so the utility scrolls) rather than
     * scrolling inside the room the softphone's frame leaves.
     */
    @api whole = false;

    get liveClass() {
        return this.whole ? 'live live-whole' : 'live';
    }

    handleDismissNotice(event) {
        const key = event.currentTarget?.dataset?.key;
        this.dispatchEvent(new CustomEvent('dismissnotice', { detail: typeof key === 'string' ? key : null }));
    }
}
