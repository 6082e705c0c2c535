/**
 * The saved state and the audit ring (B15, B16, B20): what a driving tab keeps in localStorage so
 * that a reload, or the next tab to drive, resumes where it left off. The engine state under the
 * user's key (version 2), the audit log in a ring of slots beside it (`audit-store.ts`), the logout
 * marker (`saved-state.ts`) and the Softphone URL for the next start-up's early frame. Owns the
 * reading and writing of these keys, the ring a reload has yet to read, and why the last save failed;
 * the runtime decides when to save (only a configured driver does).
 *
 * One storage write per change (issue 23): the log's newest entries travel inside the state's own value (its
 * `tail`, at most `TAIL_MAX_ENTRIES` entries and `TAIL_MAX_CHARS` characters), so a save that adds a few entries
 * writes one key, not one key per entry and one for the state. Once the tail would pass either bound, its entries
 * go to the ring's slots in that save (and the state's tail is emptied, but for entries storage refused a slot: they
 * stay in the tail); a tab that stops driving keeps its tail in the state, where the next driver finds it. An
 * entry is in storage from the save that first carries it, in the tail or in a slot: a reload (or a tab closed or
 * killed at any point after that save) finds it, whichever.
 */
import { initialState, resumeState } from '../engine/engine';
import { shiftStateTimes } from '../engine/context';
import type { EngineState } from '../engine/types';
import { frameOriginOf } from '../mapping/records';
import type { AuditEntry, AuditLog } from './audit';
import { AuditRingStore, ringNewestSeq, type AuditStoreFaults } from './audit-store';
import type { PlatformPort } from './platform';
import { isQuotaError, logoutMarked, savedAgeMs, withMarkedLogout, writeItem, writeLogoutMarker } from './saved-state';
import { errorText } from './toolkit-queue';

/**
 * 2: the state alone under the user's key, the audit log in a ring of slots beside it
 * (audit-store.ts). 1: the state and the whole log under one key (read once, then rewritten as 2).
 */
const STORAGE_VERSION = 2;
/** The most audit entries the state's value carries (its `tail`) before they go to the ring's slots. */
export const TAIL_MAX_ENTRIES = 12;
/** The most characters of the tail's JSON in the state's value before its entries go to the ring's slots. */
export const TAIL_MAX_CHARS = 6144;
/**
 * While the ring a reload found is unread, the tail found and the entries recorded since travel in the state's value
 * up to this many times the tail's bounds; past them the ring is read at that save (as a last save does, before the
 * first reconciliation that would read it otherwise) and they go to its slots.
 */
const UNREAD_TAIL_FACTOR = 2;
/** A saved state older than this belongs to another working day: start afresh. */
const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;

/** A save as read back: the state rebased onto this page's clock, and the log as it was kept. */
interface Loaded {
    state: EngineState;
    audit: unknown;
    legacy: boolean;
    ring: unknown;
    /** The newest entries, saved in the state's value rather than in the ring's slots (module comment). */
    tail: unknown[];
}

/** The saved state and audit ring of one user in this browser: see the module comment. */
export class SavedStateStore {
    /** Why the last save failed (storage blocked or full), shown in the panel; null once a save succeeds. */
    problem: string | null = null;
    /** The user's key: `omniPresenceSync:<userId>`; the tabs' keys start with it too. */
    readonly key: string;
    /** The audit log's ring in storage; null where storage is blocked. */
    private ring: AuditRingStore | null = null;
    /**
     * The audit ring a reload has yet to read (B20): read after the first reconciliation, off the
     * start-up path (or as soon as the log is needed whole); `discard`: an earlier ring whose slots
     * are to be removed (the save was too old). Nothing is appended to the ring meanwhile: the entries
     * recorded since travel in the state's tail after the one found (`UNREAD_TAIL_FACTOR`).
     */
    private pending: { ring: unknown; discard: boolean; tail: unknown[] } | null = null;
    /** The newest audit sequence number in the ring's slots (newer entries go in the state's tail). */
    private storedSeq = 0;
    /** Decisions an earlier page could not keep in storage (its save said so): gone since its reload. */
    private lostBefore = 0;

    constructor(
        private readonly platform: PlatformPort,
        userId: string,
        /** The audit log's size in the settings in force (they change once, on `configure()`). */
        private readonly auditLogSize: () => number,
        /** Older entries came in from the ring: the followers need the whole view (their copy lacks them). */
        private readonly onOlderEntries: () => void
    ) {
        this.key = `omniPresenceSync:${userId}`;
    }

    /** Opens the ring at the settings' audit log size (again once configured); none before the first call. */
    openRing(): void {
        const platform = this.platform;
        this.ring =
            platform.storage === null
                ? null
                : new AuditRingStore(platform.storage, this.key, this.auditLogSize(), () =>
                      platform.randomToken().slice(0, 12)
                  );
    }

    /**
     * What storage lost of the audit log (B20, issue 21): decisions not kept (this page's and, as its last save
     * said, the pages' before it since the save was resumed), of them `missing`, the earlier pages': already gone,
     * since the reload (this page's go at the next one), and slots unreadable at the reload.
     */
    get faults(): AuditStoreFaults & { missing: number } {
        const ring = this.ring?.faults ?? { notKept: 0, corrupted: 0 };
        return { notKept: this.lostBefore + ring.notKept, corrupted: ring.corrupted, missing: this.lostBefore };
    }

    /** Whether a ring from the last save is still to be read (or discarded). */
    get ringUnread(): boolean {
        return this.pending !== null;
    }

    /**
     * A tab starts to drive: the state the last driver saved (or a fresh one), with a standing logout
     * kept whatever the save did; the audit log restored (an old single-key save) or set to follow
     * the ring, which is read later (`readRing`).
     */
    resume(audit: AuditLog): EngineState {
        const saved = this.load();
        // A logout that stood when the last page marked it still stands, whatever the state's save did;
        // without storage nothing is known of the last page, so a softphone seen logged in is not taken
        // for a login either (B16).
        const storage = this.platform.storage;
        const state = withMarkedLogout(
            saved?.state ?? initialState(),
            storage === null || logoutMarked(storage, this.key)
        );
        if (storage === null) this.problem = 'storage-blocked';
        if (saved?.legacy === true) audit.restore(saved.audit);
        else if (saved !== null) {
            // The ring is read after the first reconciliation; what is recorded meanwhile comes after it and the tail.
            audit.startAfter(Math.max(ringNewestSeq(saved.ring), tailNewestSeq(saved.tail)));
            this.pending = this.ring === null ? null : { ring: saved.ring, discard: false, tail: saved.tail };
        }
        // A resumed ring holds the log already; a fresh ring, or the log of an old single-key save, is written whole.
        this.storedSeq = saved === null || saved.legacy ? 0 : audit.lastSeq;
        return state;
    }

    /**
     * The state saved by the last driver, rebased onto this page's monotonic clock: the engine's
     * times are another page's, so they move by the wall-clock age of the save (never negative,
     * so a wall clock set back does not push times into the future).
     */
    private load(): Loaded | null {
        const storage = this.platform.storage;
        if (!storage) return null;
        let ring: unknown = null;
        try {
            const raw = storage.getItem(this.key);
            if (raw === null) return this.startAfresh(null);
            const saved = JSON.parse(raw) as {
                version?: unknown;
                savedAt?: unknown;
                savedMono?: unknown;
                state?: unknown;
                audit?: unknown;
                ring?: unknown;
                tail?: unknown;
                lost?: unknown;
            };
            ring = saved.ring;
            const legacy = saved.version === 1;
            if ((saved.version !== STORAGE_VERSION && !legacy) || typeof saved.savedAt !== 'number')
                return this.startAfresh(ring);
            // A save from the future has no known age: it is not resumed as fresh.
            const age = savedAgeMs(this.platform.wallNow(), saved.savedAt);
            if (age === null || age > MAX_SAVED_AGE_MS) return this.startAfresh(ring);
            const state = resumeState(saved.state);
            if (state === null) return this.startAfresh(ring);
            // Saves from before the monotonic clock carried wall-clock engine times.
            const savedMono = typeof saved.savedMono === 'number' ? saved.savedMono : saved.savedAt;
            const delta = this.platform.now() - age - savedMono;
            // The ring's slots are not read here (readRing, after the first reconciliation).
            if (legacy) this.ring?.discard(null, this.auditLogSize());
            if (typeof saved.lost === 'number' && Number.isSafeInteger(saved.lost) && saved.lost > 0)
                this.lostBefore = saved.lost;
            const tail = !legacy && Array.isArray(saved.tail) ? (saved.tail as unknown[]) : [];
            return { state: shiftStateTimes(state, delta), audit: legacy ? saved.audit : null, legacy, ring, tail };
        } catch {
            return this.startAfresh(ring);
        }
    }

    /**
     * No state to resume: a new ring, and the ring of an earlier save goes too (its bytes would stay
     * for nothing), with the reading of the log, after the first reconciliation.
     */
    private startAfresh(ring: unknown): null {
        this.ring?.discard(null, this.auditLogSize());
        this.pending =
            this.ring === null || ring === null || ring === undefined ? null : { ring, discard: true, tail: [] };
        return null;
    }

    /**
     * Reads the ring a reload left unread (or removes an earlier one's slots), puts its entries and
     * the saved state's tail before those recorded since, and lets the next save store what is new
     * (the tail's entries with it: they are newer than the ring's slots).
     */
    readRing(audit: AuditLog): void {
        const pending = this.pending;
        this.pending = null;
        if (pending === null || this.ring === null) return;
        if (pending.discard) {
            this.ring.discard(pending.ring, this.auditLogSize());
            this.storedSeq = 0;
            return;
        }
        audit.restoreOlder([...this.ring.load(pending.ring, this.auditLogSize()), ...pending.tail]);
        this.storedSeq = this.ring.current.seq;
        this.onOlderEntries();
    }

    /**
     * Saves the state, and the log's entries not yet stored: in the state's own value (its tail) while they are
     * few, else in the ring's slots (module comment); the next driver finds the tail with the state. While the ring is
     * unread the state names the ring as it was found, and its tail is the one found followed by the entries recorded
     * since (past `UNREAD_TAIL_FACTOR` times the tail's bounds, or `final`, the ring is read first, so that they are
     * stored after it; storage full with them, it is read then and the save goes on as any other). Storage full or blocked: the sync still works, but `problem` says it will not survive a
     * reload (a standing logout is also kept by its own small marker, `saveLogout`).
     */
    save(state: EngineState, audit: AuditLog, final = false): void {
        const storage = this.platform.storage;
        if (!storage) return;
        try {
            if (final) this.readRing(audit);
            let pending = this.pending;
            let tail: unknown[] = [];
            if (pending !== null) {
                // The ring unread: the tail found, and after it what was recorded since (numbered after it).
                tail = [...pending.tail, ...audit.since(this.storedSeq)];
                if (!fitsTail(tail, UNREAD_TAIL_FACTOR)) {
                    this.readRing(audit);
                    pending = null;
                    tail = [];
                }
            }
            const storeFresh = () => {
                if (this.ring === null || pending !== null || audit.lastSeq === this.storedSeq) return;
                const fresh = audit.since(this.storedSeq);
                tail = fitsTail(fresh) ? fresh : this.toRing(audit, fresh);
            };
            storeFresh();
            const stateJson = () =>
                this.stateText(state, pending !== null && !pending.discard ? pending.ring : this.ring?.current, tail);
            try {
                storage.setItem(this.key, stateJson());
            } catch (error) {
                // Storage full: the tail's entries go to the ring's slots and the state is written without them
                // (those the slots refused stay in its tail; the state still refused with them, they are counted as
                // not kept and the state is written without them); still full, the oldest decisions make room for
                // the state (a standing logout, the count of what was lost), each counted as not kept, then the state
                // is written once more; refused again, they are written back and the save fails. Only as many as the
                // state needs (its growth over what its key holds, and room for the count), only while the ring's
                // account is this page's own (none at the save that reads a resumed ring: those are another page's
                // decisions), and none when all of them would not make room: then the save fails and the decisions
                // stay.
                if (!isQuotaError(error) || this.ring === null) throw error;
                const resumed = pending !== null;
                if (pending !== null) {
                    // The ring unread: it is read now (the tail found and the entries since follow its slots in the
                    // log), so that what is new is stored as at any other save, and its entries may go to the slots.
                    this.readRing(audit);
                    pending = null;
                    tail = [];
                    storeFresh();
                    if (writeItem(storage, this.key, stateJson(), 'throw')) {
                        this.problem = null;
                        return;
                    }
                }
                for (let keep = true; tail.length > 0; keep = false) {
                    tail = this.toRing(audit, tail as AuditEntry[], keep);
                    if (writeItem(storage, this.key, stateJson(), 'throw')) {
                        this.problem = null;
                        return;
                    }
                }
                const text = stateJson();
                const shortfall = text.length - (storage.getItem(this.key)?.length ?? 0) + 32;
                if (
                    resumed ||
                    !this.ring.freeOldest(Math.max(shortfall, 1), () =>
                        writeItem(storage, this.key, stateJson(), 'throw')
                    )
                )
                    throw error;
            }
            this.problem = null;
        } catch (error) {
            this.problem = errorText(error);
        }
    }

    /**
     * The state's value: the state, the ring its log follows (null for none), and the log's entries not in the ring's
     * slots (`tail`, its JSON made of each entry's, made once: `tailJson`).
     */
    private stateText(state: EngineState, ring: unknown, tail: readonly unknown[]): string {
        const json = JSON.stringify({
            version: STORAGE_VERSION,
            savedAt: this.platform.wallNow(),
            savedMono: this.platform.now(),
            state,
            ring: ring ?? null,
            ...(this.faults.notKept > 0 ? { lost: this.faults.notKept } : {})
        });
        return tail.length > 0 ? `${json.slice(0, -1)},"tail":${tailJson(tail)}}` : json;
    }

    /**
     * Writes `fresh` (the log's entries after the ring's newest) to the ring's slots, and answers those to keep in the
     * state's tail: storage full partway (the state's value still holds the entries it carried, so the slots may not
     * all fit), the entries from the first refused one on stay in the tail, which has room for them, and go to the
     * slots at a later save. When they pass the tail's bound (or not `keep`: the state has no room for them either)
     * they are tried one by one, each refused one counted as not kept (gone at the next reload).
     */
    private toRing(audit: AuditLog, fresh: readonly AuditEntry[], keep = true): AuditEntry[] {
        const ring = this.ring as AuditRingStore;
        let rest = ring.append(fresh, keep);
        if (!fitsTail(rest)) rest = ring.append(rest);
        this.storedSeq = rest.length > 0 ? (rest[0] as AuditEntry).seq - 1 : audit.lastSeq;
        return rest;
    }

    /** The logout marker and the state, saved at once when a logout comes to stand or stops standing. */
    saveLogout(stands: boolean, state: EngineState, audit: AuditLog): void {
        const storage = this.platform.storage;
        if (!storage) return;
        const problem = writeLogoutMarker(storage, this.key, stands);
        if (problem !== null) this.problem = problem;
        this.save(state, audit);
    }

    /**
     * The Softphone URL the last configured driver saved, if the frame may load it (`frameOriginOf`: https,
     * or http on a loopback host); else null. Only a frame address: the bridge's origin always comes from
     * the configuration.
     */
    savedSoftphoneUrl(): string | null {
        try {
            const url = this.platform.storage?.getItem(`${this.key}:softphoneUrl`) ?? null;
            return url !== null && frameOriginOf(url) !== null ? url : null;
        } catch {
            return null;
        }
    }

    /** Keeps the configured Softphone URL for the next start-up's early frame (one read, a write only on a change). */
    saveSoftphoneUrl(url: string | null): void {
        const storage = this.platform.storage;
        if (storage === null) return;
        const key = `${this.key}:softphoneUrl`;
        try {
            if (storage.getItem(key) === url) return;
            if (url === null) storage.removeItem(key);
            else storage.setItem(key, url);
        } catch {
            // Storage blocked: the next start-up waits for its configuration.
        }
    }
}

/**
 * Whether entries not yet in the ring's slots may travel in the state's value: few and short enough (`factor` times
 * the tail's bounds).
 */
function fitsTail(entries: readonly unknown[], factor = 1): boolean {
    return entries.length <= TAIL_MAX_ENTRIES * factor && tailJson(entries).length <= TAIL_MAX_CHARS * factor;
}

/** Each audit entry's JSON, made once: an entry travels in the tail of several saves (entries are never changed). */
const entryJson = new WeakMap<object, string>();

/** `entries` as a JSON array (`JSON.stringify(entries)`), each entry's JSON made once over all saves. */
function tailJson(entries: readonly unknown[]): string {
    let json = '';
    for (const entry of entries) {
        let text = entryJson.get(entry as object);
        if (text === undefined) {
            text = JSON.stringify(entry);
            if (entry === Object(entry)) entryJson.set(entry as object, text); // a tail read back may hold others
        }
        json += `,${text}`;
    }
    return `[${json.slice(1)}]`;
}

/** The newest sequence number among a saved tail's entries (0 for none or a malformed tail). */
function tailNewestSeq(tail: unknown[]): number {
    let newest = 0;
    for (const entry of tail) {
        const seq = typeof entry === 'object' && entry !== null ? (entry as { seq?: unknown }).seq : undefined;
        if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > newest) newest = seq;
    }
    return newest;
}
