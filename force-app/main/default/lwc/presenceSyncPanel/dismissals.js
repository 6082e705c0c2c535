// The notices the agent dismissed (information they cannot act on: a configuration gap only an admin can fix, a
// storage loss said once), remembered for the browser session in sessionStorage, else for the page. The panel model
// (src-ts/panel/notices.ts) leaves out a notice whose dismiss key is here; a changed problem has another key.
// Session storage belongs to this tab alone and only this module writes the key: it is read once, at the first view,
// and kept in memory after, so that a view costs no storage read.

const KEY = 'omniPresenceSync:dismissedNotices';
/** The most keys kept: each changed problem adds one. */
const MAX_KEYS = 50;

/** The keys known to this page (read from session storage once, then kept here); null until first asked. */
let known = null;

function storage() {
    try {
        return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
        return null;
    }
}

function stored() {
    try {
        const read = JSON.parse(storage()?.getItem(KEY) ?? '[]');
        if (Array.isArray(read)) return read.filter((key) => typeof key === 'string');
    } catch {
        // A damaged entry: none dismissed.
    }
    return [];
}

/** The dismiss keys of this session, and of this page where storage refused them (never throws; do not change it). */
export function dismissedNotices() {
    if (known === null) known = Object.freeze([...new Set(stored())]);
    return known;
}

/** Remembers that the agent dismissed the notice with this key. */
export function dismissNotice(key) {
    if (typeof key !== 'string' || key === '') return;
    const keys = [...dismissedNotices().filter((k) => k !== key), key].slice(-MAX_KEYS);
    known = Object.freeze(keys);
    const store = storage();
    try {
        store?.setItem(KEY, JSON.stringify(keys));
    } catch {
        // Storage full or blocked: remembered for this page only.
    }
}
