/**
 * The audit trail (B20): every decision the engine made, bounded, newest last, exportable for
 * support as JSON or CSV.
 */
import type { Decision } from '../engine/types';
import { detailTrace } from '../engine/detail-keys';
import { csvCell } from '../core/csv';

export interface AuditEntry extends Decision {
    seq: number;
}

/**
 * The log is a ring: a fixed array of `capacity` slots, `start` the slot of the oldest entry and
 * `count` the entries held. Adding an entry writes one slot (once full, over the oldest), so a
 * change costs the same at 10, 200 or 5,000 entries (issue 23: the log used to be copied whole on
 * every add once full). Only `resize`, `restore`, `restoreOlder`, `all` and the exports go through it
 * all.
 */
export class AuditLog {
    private slots: (AuditEntry | undefined)[] = [];
    private start = 0;
    private count = 0;
    private seq = 0;

    constructor(private capacity: number) {}

    add(decisions: readonly Decision[]): void {
        for (const decision of decisions) this.push({ ...decision, seq: ++this.seq });
    }

    resize(capacity: number): void {
        const entries = this.entries();
        this.capacity = capacity;
        this.fill(entries);
    }

    /** The newest entries first. */
    latest(count: number): AuditEntry[] {
        const out: AuditEntry[] = [];
        for (let i = this.count - 1; i >= 0 && out.length < count; i--) out.push(this.at(i));
        return out;
    }

    get size(): number {
        return this.count;
    }

    all(): AuditEntry[] {
        return this.entries();
    }

    /** The entries with a sequence number above `seq`, oldest first (what a save has not stored yet). */
    since(seq: number): AuditEntry[] {
        let from = this.count;
        while (from > 0 && this.at(from - 1).seq > seq) from--;
        const out: AuditEntry[] = [];
        for (let i = from; i < this.count; i++) out.push(this.at(i));
        return out;
    }

    /** The newest sequence number given out (0 before any). */
    get lastSeq(): number {
        return this.seq;
    }

    /** Restores entries saved by `all()` (after a reload), dropping anything malformed. */
    restore(saved: unknown): void {
        if (!Array.isArray(saved)) return;
        const entries = saved.filter(isEntry);
        this.fill(entries);
        this.seq = entries.reduce((max, entry) => Math.max(max, typeof entry.seq === 'number' ? entry.seq : 0), 0);
    }

    /**
     * Starts an empty log whose next entry is numbered `seq + 1`: a reload that will read its stored
     * entries later (`restoreOlder`), so that what it records meanwhile comes after them.
     */
    startAfter(seq: number): void {
        this.fill([]);
        this.seq = Math.max(0, Math.floor(seq));
    }

    /**
     * Puts entries read after the log went on (the stored log of `startAfter`) before the ones
     * recorded since, in sequence order; malformed ones, any not older than the oldest entry
     * already here, and any whose sequence number came before (a decision both in a slot and in the
     * saved tail, or twice in either: the first kept) are dropped. The newest `capacity` entries are kept.
     */
    restoreOlder(saved: readonly unknown[]): void {
        const first = this.count > 0 ? this.at(0).seq : this.seq + 1;
        const older = saved
            .filter(isEntry)
            .filter((entry) => typeof entry.seq === 'number' && entry.seq < first)
            .sort((a, b) => a.seq - b.seq)
            .filter((entry, i, sorted) => sorted[i - 1]?.seq !== entry.seq);
        if (older.length === 0) return;
        this.fill([...older, ...this.entries()]);
        this.seq = Math.max(this.seq, older[older.length - 1]?.seq ?? 0);
    }

    /** The `i`-th entry held, oldest first (0 ≤ i < count). */
    private at(i: number): AuditEntry {
        return this.slots[(this.start + i) % this.slots.length] as AuditEntry;
    }

    /** One entry, newest: into a free slot, or once full over the oldest. */
    private push(entry: AuditEntry): void {
        if (this.capacity <= 0) return;
        if (this.slots.length < this.capacity) {
            // Still growing: the ring is the array in order (start 0), as `fill` leaves it.
            this.slots.push(entry);
            this.count++;
            return;
        }
        this.slots[this.start] = entry;
        this.start = (this.start + 1) % this.slots.length;
    }

    /** The entries held, oldest first. */
    private entries(): AuditEntry[] {
        const out: AuditEntry[] = [];
        for (let i = 0; i < this.count; i++) out.push(this.at(i));
        return out;
    }

    /** Holds the newest `capacity` of `entries` (oldest first), the ring starting at slot 0. */
    private fill(entries: readonly AuditEntry[]): void {
        this.slots = this.capacity > 0 ? entries.slice(-this.capacity) : [];
        this.start = 0;
        this.count = this.slots.length;
    }

    toJson(meta: Record<string, unknown>): string {
        return JSON.stringify({ ...meta, entries: this.entries() }, null, 2);
    }

    toCsv(): string {
        const header = ['seq', 'time', 'input', 'rule', 'outcome', 'detail', 'commands'];
        const rows = this.entries().map((entry) =>
            [
                String(entry.seq),
                new Date(entry.at).toISOString(),
                entry.input,
                entry.rule,
                entry.outcome,
                detailTrace(entry),
                entry.commands.join('; ')
            ].map(csvCell)
        );
        return [header, ...rows].map((row) => row.join(',')).join('\r\n');
    }
}

function isEntry(entry: unknown): entry is AuditEntry {
    return (
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as AuditEntry).at === 'number' &&
        typeof (entry as AuditEntry).rule === 'string' &&
        typeof (entry as AuditEntry).input === 'string' &&
        (typeof (entry as AuditEntry).detailKey === 'string' || typeof (entry as AuditEntry).detail === 'string') &&
        typeof (entry as AuditEntry).outcome === 'string' &&
        Array.isArray((entry as AuditEntry).commands)
    );
}
