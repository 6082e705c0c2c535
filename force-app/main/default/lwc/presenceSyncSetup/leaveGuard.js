// Unsaved edits of the Setup page, guarded when the admin leaves it. Free of the component: it is handed the window.
//
// What an LWC on a Lightning page can do, and what it cannot:
// - Leaving the browser page (reload, closing the tab, typing another address) fires the window's `beforeunload`;
//   a listener that calls preventDefault() makes the browser ask first (MDN, "Window: beforeunload event",
//   https://developer.mozilla.org/en-US/docs/Web/API/Window/beforeunload_event). Browsers show their own wording.
// - Navigating inside Lightning Experience (another tab, app or record) unloads nothing: the component is only
//   disconnected. lightning/navigation navigates and generates URLs; it offers no way to hold or refuse a navigation
//   (https://developer.salesforce.com/docs/component-library/bundle/lightning-navigation/documentation). The
//   platform's unsaved-changes prompt for a console tab is the Aura component lightning:unsavedChanges
//   (https://developer.salesforce.com/docs/component-library/bundle/lightning:unsavedChanges/documentation), which
//   an LWC tab cannot use. So the page keeps a draft of its edits in the browser's session storage at every edit and,
//   when it is opened again in the same browser tab, puts the edits back with the records as they were loaded, so
//   that a record saved by someone else meanwhile is still refused at Save (saveRecords' conflicts).

/** The session storage key of the draft (partitioned per namespace by Lightning Web Security and Locker). */
export const DRAFT_KEY = 'presenceSyncSetup.draft';

/**
 * Guards `win` (the window) while `isDirty()`; `storage` is the window's sessionStorage (or null where it is
 * unavailable: then only the browser's prompt guards).
 */
export class LeaveGuard {
    constructor({ win, storage, isDirty }) {
        this.win = win;
        this.storage = storage;
        this.isDirty = isDirty;
        this.listener = (event) => {
            if (!this.isDirty()) return undefined;
            event.preventDefault();
            // Older browsers ask only when returnValue is set.
            event.returnValue = '';
            return '';
        };
    }

    start() {
        try {
            this.win?.addEventListener('beforeunload', this.listener);
        } catch {
            // A sandbox that refuses the listener: the draft still keeps the edits.
        }
    }

    stop() {
        try {
            this.win?.removeEventListener('beforeunload', this.listener);
        } catch {
            // Nothing was added.
        }
    }

    /** Keeps `draft` (the records, the settings and when they were loaded), or forgets it when `draft` is null. */
    keep(draft) {
        try {
            if (draft === null) this.storage?.removeItem(DRAFT_KEY);
            else this.storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
        } catch {
            // Storage full or refused: the browser's prompt still guards a reload.
        }
    }

    /** The draft kept by an earlier visit, or null. */
    draft() {
        try {
            const text = this.storage?.getItem(DRAFT_KEY);
            const draft = text ? JSON.parse(text) : null;
            return draft && Array.isArray(draft.records) ? draft : null;
        } catch {
            return null;
        }
    }

    /** Keeps the page's edits (`page`: the Setup component's records, settings and loadedAt), or none when clean. */
    keepEdits(page) {
        const dirty = page.changes.length > 0;
        this.keep(dirty ? { records: page.records, settings: page.settings, loadedAt: page.loadedAt } : null);
    }

    /** Puts a kept draft back into the page, with the records as that visit loaded them; whether there was one. */
    restoreInto(page) {
        const draft = this.draft();
        if (!draft) return false;
        page.records = draft.records;
        page.settings = draft.settings;
        page.loadedAt = draft.loadedAt;
        return true;
    }
}
