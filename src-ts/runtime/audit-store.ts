/**
 * The audit log in storage (B20): a ring of fixed slots, one storage key per entry. Each entry goes
 * to the slot after the previous one's (the entry of sequence number `seq` in slot `seq % capacity`
 * while the bound is not reached); once the next slot is taken or the entry would pass the bound,
 * it overwrites the oldest entry's slot in place, so at steady state a change costs one storage
 * write and no removal. A save writes only the entries added since the last one, so its cost does
 * not grow with the log; a reload reads the slots back in order of sequence number (the runtime
 * does so after its first reconciliation, off the start-up path) and removes this ring's slots
 * outside what the save describes (newer: a page stopped between writing them and saving its
 * state), so no sequence number is read twice.
 *
 * Bound: the slots of one user hold at most `AUDIT_STORE_MAX_CHARS` UTF-16 code units (keys and
 * values), 512 KiB as browsers count Web Storage: about 5 % of Chromium's 10 MiB per origin, and
 * 10 % of Firefox's 5 MiB. The origin is shared with Salesforce's own use of localStorage, so
 * the oldest slots are removed before a write would pass the bound; an entry bigger than
 * `AUDIT_STORE_MAX_ENTRY_CHARS` is stored with its detail shortened. The in-memory log keeps
 * the configured size (`Audit_Log_Size__c`, up to 5,000); after a reload it holds the newest
 * entries that fit the bound (at 200 to 260 characters a stored entry, about a thousand).
 */
import type { AuditEntry } from './audit';
import type { StorageLike } from './platform';
import { writeItem } from './saved-state';

/** The most UTF-16 code units (keys and values) the ring may hold in storage. */
export const AUDIT_STORE_MAX_CHARS = 262_144;
/** The most UTF-16 code units one stored entry may take; longer details are shortened. */
export const AUDIT_STORE_MAX_ENTRY_CHARS = 4096;
/** The most slots the ring may have (the audit log size setting's maximum). */
const MAX_SLOTS = 5000;

/** What the saved state records of the ring, so a reload reads the right slots. */
export interface AuditRingMeta {
    /** Random per ring: slots left by an earlier ring (another day, another size) are not read. */
    id: string;
    /** The number of slots. */
    capacity: number;
    /** The newest sequence number written. */
    seq: number;
}

/**
 * What the ring lost (issue 21): entries storage refused to write (full or blocked), which live in memory only and
 * are gone after a reload, and slots of this ring that could not be read back at a reload (corrupted), left out.
 */
export interface AuditStoreFaults {
    notKept: number;
    corrupted: number;
}

/** The audit log's ring of slots in storage, with what it lost (`faults`): see the module comment. */
export class AuditRingStore {
    private meta: AuditRingMeta;
    /** Entries storage refused since this page started (see `AuditStoreFaults`). */
    private notKept = 0;
    /** Slots found unreadable at the last load. */
    private corrupted = 0;
    /** The stored entries, oldest first: sequence number, slot and stored size (key and value). */
    private stored: StoredSlot[] = [];
    private head = 0;
    private chars = 0;
    /** The slots holding `stored` entries. */
    private taken = new Set<number>();
    /** The slot of the last write tried: the next entry goes to the slot after it. */
    private cursor = 0;

    constructor(
        private readonly storage: StorageLike,
        private readonly baseKey: string,
        capacity: number,
        private readonly newId: () => string,
        private readonly maxChars = AUDIT_STORE_MAX_CHARS
    ) {
        this.meta = { id: newId(), capacity: Math.max(1, Math.min(MAX_SLOTS, capacity)), seq: 0 };
    }

    /** The ring as the next save records it. */
    get current(): AuditRingMeta {
        return { ...this.meta };
    }

    /** What the ring lost: entries not written, slots unreadable at the last load. */
    get faults(): AuditStoreFaults {
        return { notKept: this.notKept, corrupted: this.corrupted };
    }

    /** The stored size in UTF-16 code units (keys and values). */
    get storedChars(): number {
        return this.chars;
    }

    private key(slot: number): string {
        return `${this.baseKey}:audit:${slot}`;
    }

    /**
     * Reads the ring a save described, oldest first, and keeps writing to it. A ring of another
     * size (the setting changed) is read, then written anew at the current size; no ring or a
     * malformed one gives nothing. Throws nothing: unreadable slots are skipped.
     */
    load(saved: unknown, capacity: number): AuditEntry[] {
        const wanted = Math.max(1, Math.min(MAX_SLOTS, capacity));
        const meta = ringMeta(saved);
        this.forget(0);
        this.corrupted = 0;
        if (meta === null) {
            this.meta = { id: this.newId(), capacity: wanted, seq: 0 };
            return [];
        }
        const found: { entry: AuditEntry; chars: number; slot: number }[] = [];
        for (let slot = 0; slot < meta.capacity; slot++) {
            const key = this.key(slot);
            let raw: string | null = null;
            try {
                raw = this.storage.getItem(key);
            } catch {
                raw = null;
            }
            if (raw === null) continue;
            const entry = storedEntry(raw, meta);
            if (entry === CORRUPTED) this.corrupted++;
            else if (entry === STALE) this.remove(key);
            else if (entry !== null) found.push({ entry, chars: key.length + raw.length, slot });
        }
        found.sort((a, b) => a.entry.seq - b.entry.seq);
        if (found.length === 0) {
            this.discard(meta, capacity);
            return [];
        }
        if (meta.capacity === wanted) {
            this.meta = meta;
            for (const { entry, chars, slot } of found) {
                this.stored.push({ seq: entry.seq, chars, slot });
                this.taken.add(slot);
                this.chars += chars;
            }
            this.cursor = found[found.length - 1]?.slot ?? 0;
            return found.map((item) => item.entry);
        }
        // Another size: clear the old slots, and write what is kept at the new size.
        this.clearSlots(meta.capacity);
        const kept = found.slice(-wanted).map((item) => item.entry);
        this.meta = { id: this.newId(), capacity: wanted, seq: 0 };
        this.append(kept);
        return kept;
    }

    /** Removes a described ring (a save too old to resume) and starts a new one. */
    discard(saved: unknown, capacity: number): void {
        const meta = ringMeta(saved);
        if (meta !== null) this.clearSlots(meta.capacity);
        this.forget(0);
        this.meta = { id: this.newId(), capacity: Math.max(1, Math.min(MAX_SLOTS, capacity)), seq: 0 };
    }

    /**
     * Writes entries newer than the ring's newest, each in its slot, within the bound. An entry storage refuses is
     * counted as not kept and the next ones are still tried; with `keepRefused` (the caller keeps them elsewhere) the
     * writing stops at the first refused entry instead, and that entry and the ones after it are returned, not
     * counted: the ring's newest stays the last entry written. Returns the entries not written (none without
     * `keepRefused`).
     */
    append(entries: readonly AuditEntry[], keepRefused = false): AuditEntry[] {
        const capacity = this.meta.capacity;
        const fresh = entries.filter((entry) => entry.seq > this.meta.seq).slice(-capacity);
        for (const [index, entry] of fresh.entries()) {
            const value = this.encode(entry);
            const cursor = this.cursor;
            const head = this.head;
            let slot = (cursor + 1) % capacity;
            // The next slot taken (a full turn), or the entry would pass the bound: the oldest entry's slot is
            // overwritten in place, one write instead of a removal and a write.
            const front = this.stored[this.head];
            const overwrites =
                front !== undefined &&
                (this.taken.has(slot) || this.chars + this.key(slot).length + value.length > this.maxChars);
            if (overwrites) {
                slot = front.slot;
                this.dropFront(false);
            }
            const key = this.key(slot);
            const chars = key.length + value.length;
            // An entry bigger than the one it replaces: the next oldest go too.
            while (this.chars + chars > this.maxChars && this.head < this.stored.length) this.dropFront(true);
            this.cursor = slot;
            try {
                this.storage.setItem(key, value);
                this.stored.push({ seq: entry.seq, chars, slot });
                this.taken.add(slot);
                this.chars += chars;
            } catch {
                // Kept elsewhere: the entry it was to replace stays in the ring's account when nothing else went.
                if (keepRefused && overwrites && this.head === head + 1) {
                    this.head = head;
                    this.chars += front.chars;
                    this.taken.add(slot);
                }
                if (keepRefused) {
                    this.cursor = cursor;
                    if (this.head !== head) this.remove(key);
                    return fresh.slice(index);
                }
                // Storage full or blocked: the entry stays in memory only, and is counted as not kept. The entry it
                // replaced is out of the ring's account, so it leaves storage too (the bound stays exact).
                this.notKept++;
                if (overwrites) this.remove(key);
            }
            this.meta.seq = entry.seq;
        }
        if (this.head > 64 && this.head * 2 > this.stored.length) {
            this.stored = this.stored.slice(this.head);
            this.head = 0;
        }
        return [];
    }

    /**
     * Removes the oldest stored entries, at least `chars` UTF-16 code units of them, to make room for the saved state
     * (storage full: the state, which carries a standing logout and the count of what was lost, matters more than an
     * old decision), then calls `write` (true once the state is written). Each removed entry is gone at the next
     * reload, so it counts as not kept (already while `write` runs, so that the state carries the count). When `write`
     * fails too (false or thrown), they are written back, newest first, and no longer counted (any storage refuses to
     * take back stays removed and counted, with those older than it), and the answer is false. Removes nothing and
     * answers false when all the stored entries together are fewer than `chars`: they would be lost for nothing.
     */
    freeOldest(chars: number, write: () => boolean): boolean {
        if (this.chars < chars) return false;
        const head = this.head;
        const values: (string | null)[] = [];
        let freed = 0;
        while (freed < chars && this.head < this.stored.length) {
            const front = this.stored[this.head] as StoredSlot;
            values.push(this.read(this.key(front.slot)));
            freed += front.chars;
            this.dropFront(true);
            this.notKept++;
        }
        let written = false;
        try {
            written = write();
        } finally {
            for (let i = values.length - 1; !written && i >= 0; i--) {
                const front = this.stored[head + i] as StoredSlot;
                const value = values[i];
                if (typeof value !== 'string' || !this.write(this.key(front.slot), value)) break;
                this.head = head + i;
                this.chars += front.chars;
                this.taken.add(front.slot);
                this.notKept--;
            }
        }
        return written;
    }

    private read(key: string): string | null {
        try {
            return this.storage.getItem(key);
        } catch {
            return null;
        }
    }

    /** Writes one slot: false when storage refuses it (full or blocked). */
    private write(key: string, value: string): boolean {
        return writeItem(this.storage, key, value, 'refuse');
    }

    private dropFront(remove: boolean): void {
        const front = this.stored[this.head];
        if (front === undefined) return;
        this.head++;
        this.chars -= front.chars;
        this.taken.delete(front.slot);
        if (remove) this.remove(this.key(front.slot));
    }

    private remove(key: string): void {
        try {
            this.storage.removeItem(key);
        } catch {
            // Nothing more to do: the bound is kept in memory's account.
        }
    }

    /** Forgets the stored entries (not storage): the next write goes to the slot after `cursor`. */
    private forget(cursor: number): void {
        this.stored = [];
        this.head = 0;
        this.chars = 0;
        this.taken = new Set();
        this.cursor = cursor;
    }

    private clearSlots(capacity: number): void {
        for (let slot = 0; slot < Math.min(MAX_SLOTS, capacity); slot++) {
            try {
                this.storage.removeItem(this.key(slot));
            } catch {
                return;
            }
        }
    }

    private encode(entry: AuditEntry): string {
        const value = JSON.stringify({ r: this.meta.id, e: entry });
        if (value.length <= AUDIT_STORE_MAX_ENTRY_CHARS) return value;
        // Too long (a softphone's long error text, long ids): shorten the values, keep what identifies the decision.
        const shorten = (params: Readonly<Record<string, string>> | undefined, length: number) =>
            params === undefined
                ? undefined
                : Object.fromEntries(Object.entries(params).map(([name, text]) => [name, clip(text, length)]));
        const shorter = JSON.stringify({
            r: this.meta.id,
            e: {
                ...entry,
                detailParams: shorten(entry.detailParams, 300),
                inputParams: shorten(entry.inputParams, 300),
                ...(entry.detail === undefined ? {} : { detail: clip(entry.detail, 500) })
            }
        });
        if (shorter.length <= AUDIT_STORE_MAX_ENTRY_CHARS) return shorter;
        return JSON.stringify({
            r: this.meta.id,
            e: {
                ...entry,
                input: clip(entry.input, 200),
                detailParams: shorten(entry.detailParams, 100),
                inputParams: shorten(entry.inputParams, 100),
                outcomeParams: shorten(entry.outcomeParams, 100),
                ...(entry.detail === undefined ? {} : { detail: clip(entry.detail, 200) }),
                commands: []
            }
        });
    }
}

/** `text` cut to at most `length` characters, an ellipsis marking the cut. */
function clip(text: string, length: number): string {
    return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/**
 * The newest sequence number a save's ring description names, without reading any slot (0 for no
 * ring or a malformed one): what a reload numbers its new entries after, before it reads the ring.
 */
export function ringNewestSeq(saved: unknown): number {
    return ringMeta(saved)?.seq ?? 0;
}

function ringMeta(saved: unknown): AuditRingMeta | null {
    if (typeof saved !== 'object' || saved === null) return null;
    const { id, capacity, seq } = saved as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') return null;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1 || capacity > MAX_SLOTS)
        return null;
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) return null;
    return { id, capacity, seq };
}

/** A slot that is not a ring's entry at all (not JSON, or this ring's mark on something else). */
const CORRUPTED = 'corrupted';
/**
 * A slot of the ring outside its saved description: newer than its newest entry (written by a page that stopped
 * before saving its state) or a full turn old.
 */
const STALE = 'stale';

/** A stored entry's place in the ring. */
interface StoredSlot {
    seq: number;
    slot: number;
    /** Key and value, in UTF-16 code units. */
    chars: number;
}

/**
 * A slot's entry if it belongs to the ring and falls within its newest `capacity` entries; null for another ring's
 * slot; `STALE` for an entry of the ring after its newest or a full turn old; `CORRUPTED` for a slot that cannot be
 * read as an entry.
 */
function storedEntry(raw: string, meta: AuditRingMeta): AuditEntry | null | typeof CORRUPTED | typeof STALE {
    let json: unknown;
    try {
        json = JSON.parse(raw);
    } catch {
        return CORRUPTED;
    }
    if (typeof json !== 'object' || json === null) return CORRUPTED;
    const parsed = json as { r?: unknown; e?: unknown };
    if (parsed.r !== meta.id) return null;
    if (typeof parsed.e !== 'object' || parsed.e === null) return CORRUPTED;
    const entry = parsed.e as AuditEntry;
    if (typeof entry.seq !== 'number' || typeof entry.rule !== 'string') return CORRUPTED;
    if (entry.seq > meta.seq || entry.seq <= meta.seq - meta.capacity) return STALE;
    return entry;
}
