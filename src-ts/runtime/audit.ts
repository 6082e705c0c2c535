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

export class AuditLog {
    private entries: AuditEntry[] = [];
    private seq = 0;

    constructor(private capacity: number) {}

    add(decisions: readonly Decision[]): void {
        for (const decision of decisions) this.entries.push({ ...decision, seq: ++this.seq });
        if (this.entries.length > this.capacity) this.entries = this.entries.slice(-this.capacity);
    }

    resize(capacity: number): void {
        this.capacity = capacity;
        if (this.entries.length > capacity) this.entries = this.entries.slice(-capacity);
    }

    /** The newest entries first. */
    latest(count: number): AuditEntry[] {
        return this.entries.slice(-count).reverse();
    }

    get size(): number {
        return this.entries.length;
    }

    all(): AuditEntry[] {
        return [...this.entries];
    }

    /** The entries with a sequence number above `seq`, oldest first (what a save has not stored yet). */
    since(seq: number): AuditEntry[] {
        let from = this.entries.length;
        while (from > 0 && (this.entries[from - 1]?.seq ?? 0) > seq) from--;
        return this.entries.slice(from);
    }

    /** The newest sequence number given out (0 before any). */
    get lastSeq(): number {
        return this.seq;
    }

    /** Restores entries saved by `all()` (after a reload), dropping anything malformed. */
    restore(saved: unknown): void {
        if (!Array.isArray(saved)) return;
        this.entries = saved.filter(isEntry).slice(-this.capacity);
        this.seq = this.entries.reduce((max, entry) => Math.max(max, typeof entry.seq === 'number' ? entry.seq : 0), 0);
    }

    /**
     * Starts an empty log whose next entry is numbered `seq + 1`: a reload that will read its stored
     * entries later (`restoreOlder`), so that what it records meanwhile comes after them.
     */
    startAfter(seq: number): void {
        this.entries = [];
        this.seq = Math.max(0, Math.floor(seq));
    }

    /**
     * Puts entries read after the log went on (the stored log of `startAfter`) before the ones
     * recorded since, in sequence order; malformed ones, and any not older than the oldest entry
     * already here, are dropped. The newest `capacity` entries are kept.
     */
    restoreOlder(saved: readonly unknown[]): void {
        const first = this.entries[0]?.seq ?? this.seq + 1;
        const older = saved
            .filter(isEntry)
            .filter((entry) => typeof entry.seq === 'number' && entry.seq < first)
            .sort((a, b) => a.seq - b.seq);
        if (older.length === 0) return;
        this.entries = [...older, ...this.entries].slice(-this.capacity);
        this.seq = Math.max(this.seq, older[older.length - 1]?.seq ?? 0);
    }

    toJson(meta: Record<string, unknown>): string {
        return JSON.stringify({ ...meta, entries: this.entries }, null, 2);
    }

    toCsv(): string {
        const header = ['seq', 'time', 'input', 'rule', 'outcome', 'detail', 'commands'];
        const rows = this.entries.map((entry) =>
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
