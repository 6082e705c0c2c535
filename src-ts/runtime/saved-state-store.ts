/**
 * The saved state and the audit ring (B15, B16, B20): what a driving tab keeps in localStorage so
 * that a reload, or the next tab to drive, resumes where it left off. The engine state under the
 * user's key (version 2), the audit log in a ring of slots beside it (`audit-store.ts`), the logout
 * marker (`saved-state.ts`) and the Softphone URL for the next start-up's early frame. Owns the
 * reading and writing of these keys, the ring a reload has yet to read, and why the last save failed;
 * the runtime decides when to save (only a configured driver does).
 */
import { initialState, resumeState } from '../engine/engine';
import { shiftStateTimes } from '../engine/context';
import type { EngineState } from '../engine/types';
import { frameOriginOf } from '../mapping/records';
import type { AuditLog } from './audit';
import { AuditRingStore, ringNewestSeq, type AuditStoreFaults } from './audit-store';
import type { PlatformPort } from './platform';
import { logoutMarked, savedAgeMs, withMarkedLogout, writeLogoutMarker } from './saved-state';
import { errorText } from './toolkit-queue';

/**
 * 2: the state alone under the user's key, the audit log in a ring of slots beside it
 * (audit-store.ts). 1: the state and the whole log under one key (read once, then rewritten as 2).
 */
const STORAGE_VERSION = 2;
/** A saved state older than this belongs to another working day: start afresh. */
const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;

/** A save as read back: the state rebased onto this page's clock, and the log as it was kept. */
interface Loaded {
    state: EngineState;
    audit: unknown;
    legacy: boolean;
    ring: unknown;
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
     * are to be removed (the save was too old). Nothing is appended to the ring meanwhile.
     */
    private pending: { ring: unknown; discard: boolean } | null = null;
    /** The newest audit sequence number already in storage. */
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
            // The ring is read after the first reconciliation; what is recorded meanwhile comes after it.
            audit.startAfter(ringNewestSeq(saved.ring));
            this.pending = this.ring === null ? null : { ring: saved.ring, discard: false };
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
            return { state: shiftStateTimes(state, delta), audit: legacy ? saved.audit : null, legacy, ring };
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
        this.pending = this.ring === null || ring === null || ring === undefined ? null : { ring, discard: true };
        return null;
    }

    /**
     * Reads the ring a reload left unread (or removes an earlier one's slots), puts its entries
     * before those recorded since, and lets the next save store what is new.
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
        audit.restoreOlder(this.ring.load(pending.ring, this.auditLogSize()));
        this.storedSeq = this.ring.current.seq;
        this.onOlderEntries();
    }

    /**
     * Saves the state, and the log's entries not yet stored. While the ring is unread the state
     * names the ring as it was found, and new entries wait in memory; `final` (the tab stops
     * driving) reads the ring first, so that they are stored after it. Storage full or blocked: the
     * sync still works, but `problem` says it will not survive a reload (a standing logout is also
     * kept by its own small marker, `saveLogout`).
     */
    save(state: EngineState, audit: AuditLog, final = false): void {
        const storage = this.platform.storage;
        if (!storage) return;
        try {
            if (final) this.readRing(audit);
            const pending = this.pending;
            // The log's new entries first, then the state that names the ring's newest entry.
            if (this.ring !== null && pending === null && audit.lastSeq !== this.storedSeq) {
                this.ring.append(audit.since(this.storedSeq));
                this.storedSeq = audit.lastSeq;
            }
            const stateJson = () =>
                JSON.stringify({
                    version: STORAGE_VERSION,
                    savedAt: this.platform.wallNow(),
                    savedMono: this.platform.now(),
                    state,
                    ring: pending !== null && !pending.discard ? pending.ring : (this.ring?.current ?? null),
                    ...(this.faults.notKept > 0 ? { lost: this.faults.notKept } : {})
                });
            const text = stateJson();
            try {
                storage.setItem(this.key, text);
            } catch (error) {
                // Storage full: the oldest decisions make room for the state (a standing logout, the count of what
                // was lost), each counted as not kept, then the state is written once more. Only as many as the
                // state needs (its growth over what its key holds, and room for the count), only while the ring's
                // account is this page's own (not while a resumed ring is unread), and none when all of them would
                // not make room: then the save fails and the decisions stay.
                if (!isQuotaError(error) || this.ring === null || pending !== null) throw error;
                const shortfall = text.length - (storage.getItem(this.key)?.length ?? 0) + 32;
                if (!this.ring.freeOldest(Math.max(shortfall, 1))) throw error;
                storage.setItem(this.key, stateJson());
            }
            this.problem = null;
        } catch (error) {
            this.problem = errorText(error);
        }
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
 * Whether a Web Storage write failed for want of room: `QuotaExceededError` (Firefox before 2020:
 * `NS_ERROR_DOM_QUOTA_REACHED`), https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem#exceptions.
 */
function isQuotaError(error: unknown): boolean {
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
