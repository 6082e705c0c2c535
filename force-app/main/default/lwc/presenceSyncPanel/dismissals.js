// The notices the agent dismissed (information they cannot act on: a configuration gap only an admin can fix, a
// storage loss said once), remembered for the browser session in sessionStorage, else for the page. The panel model
// (src-ts/panel/notices.ts) leaves out a notice whose dismiss key is here; a changed problem has another key.

const KEY = 'omniPresenceSync:dismissedNotices';
/** The most keys kept: each changed problem adds one. */
const MAX_KEYS = 50;

let page = [];

function storage() {
    try {
        return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
        return null;
    }
}

/** The dismiss keys of this session, and of this page where storage refused them (never throws). */
export function dismissedNotices() {
    let saved = [];
    try {
        const read = JSON.parse(storage()?.getItem(KEY) ?? '[]');
        if (Array.isArray(read)) saved = read.filter((key) => typeof key === 'string');
    } catch {
        saved = [];
    }
    return [...new Set([...saved, ...page])];
}

/** Remembers that the agent dismissed the notice with this key. */
export function dismissNotice(key) {
    if (typeof key !== 'string' || key === '') return;
    const keys = [...dismissedNotices().filter((k) => k !== key), key].slice(-MAX_KEYS);
    page = keys;
    const store = storage();
    try {
        store?.setItem(KEY, JSON.stringify(keys));
    } catch {
        // Storage full or blocked: remembered for this page only.
    }
}
