/**
 * What a decisions-list row was worded from, so that the next view words only the rows whose inputs changed (issue 23:
 * the open panel rebuilt and reworded every row on every view though only the newest one changes). A row's words
 * come from its decisions (kept by identity: the audit's entries are not changed once recorded), from the fields of
 * the panel's context it read and from the fates of the commands it asked about (command-fates.ts). While it is
 * worded, both are read through recorders; a row is reused only while every value it read is the same.
 *
 * How a value is compared between two views, without serialising it: a primitive or a function by identity; a frozen
 * object by identity (it cannot have changed since: the panel gives its status labels, busy statuses and dismissed
 * notices frozen, and the same objects while they say the same, presenceSyncPanel/display.js); any other object by
 * its own fields, each by identity, against a copy of its fields taken when the row read it (a copy per view, as
 * the fates' answers are, passes when it says the same; an object changed in place since does not). A nested object
 * is compared by identity: the configuration is replaced when it is read again, never changed in place.
 */
import type { CommandFates } from './command-fates';
import type { DecisionInput, PanelContext, PanelDecision } from './types';

/** A value as a row read it: the value, and an object's own fields as they were then (null for other values). */
export interface Seen {
    value: unknown;
    fields: readonly (readonly [string, unknown])[] | null;
}

/** One value a row read: a field of the context, or a command's fate. */
type Read =
    | { from: 'context'; key: string | symbol; seen: Seen }
    | { from: 'fates'; method: keyof CommandFates; arg: unknown; seen: Seen };

/** A row with what it was worded from. */
export interface RowMemo {
    /** The row's decisions as the view listed them, in the view's order. */
    members: readonly DecisionInput[];
    /** Which of them were marked as a wrap's end (wrap-ends.ts copies those, so their identity says nothing). */
    marks: readonly boolean[];
    reads: readonly Read[];
    row: PanelDecision;
}

/** A value as read now, to be compared with a later view's (`stillSame`). */
export function seenNow(value: unknown): Seen {
    return typeof value === 'object' && value !== null
        ? { value, fields: Object.entries(value as Record<string, unknown>) }
        : { value, fields: null };
}

/** Whether `now` says what `seen` did (the rules at the top of this file). */
export function stillSame(seen: Seen, now: unknown): boolean {
    if (now === seen.value && (seen.fields === null || Object.isFrozen(now))) return true;
    if (seen.fields === null || typeof now !== 'object' || now === null) return false;
    const fields = now as Record<string, unknown>;
    if (Object.keys(fields).length !== seen.fields.length) return false;
    return seen.fields.every(
        ([key, value]) => Object.prototype.hasOwnProperty.call(fields, key) && fields[key] === value
    );
}

/** The context and the fates of one view, for recording a new row's reads and checking an old row's. */
export class RowSources {
    /** Each context field read in this view as it was first read (shared by the rows recorded in this view). */
    private readonly contextSeen = new Map<string | symbol, Seen>();
    /** Whether a context field's value as a row read it (`Seen`) is still the same in this view, each asked once. */
    private readonly contextSame = new Map<Seen, boolean>();

    constructor(
        readonly context: PanelContext,
        readonly fates: CommandFates
    ) {}

    private field(key: string | symbol): unknown {
        return (this.context as unknown as Record<string | symbol, unknown>)[key];
    }

    private contextUnchanged(seen: Seen, key: string | symbol): boolean {
        let same = this.contextSame.get(seen);
        if (same === undefined) {
            same = stillSame(seen, this.field(key));
            this.contextSame.set(seen, same);
        }
        return same;
    }

    /** Whether every value the memo's row read is the same in this view. */
    unchanged(memo: RowMemo): boolean {
        return memo.reads.every((read) =>
            read.from === 'context'
                ? this.contextUnchanged(read.seen, read.key)
                : stillSame(read.seen, (this.fates[read.method] as (arg: unknown) => unknown)(read.arg))
        );
    }

    /** A row worded by `word` from recorders of the context and fates, with what it read (each field once). */
    record(word: (context: PanelContext, fates: CommandFates) => PanelDecision): {
        row: PanelDecision;
        reads: Read[];
    } {
        const reads: Read[] = [];
        const readKeys = new Set<string | symbol>();
        const context = new Proxy(this.context, {
            get: (target, key) => {
                const value = (target as unknown as Record<string | symbol, unknown>)[key];
                if (!readKeys.has(key)) {
                    readKeys.add(key);
                    let seen = this.contextSeen.get(key);
                    if (seen === undefined) {
                        seen = seenNow(value);
                        this.contextSeen.set(key, seen);
                        this.contextSame.set(seen, true);
                    }
                    reads.push({ from: 'context', key, seen });
                }
                return value;
            }
        });
        const fated = (method: keyof CommandFates) => (arg: never) => {
            const value = (this.fates[method] as (arg: unknown) => unknown)(arg);
            reads.push({ from: 'fates', method, arg, seen: seenNow(value) });
            return value;
        };
        const fates = { answer: fated('answer'), target: fated('target'), landed: fated('landed') } as CommandFates;
        return { row: word(context, fates), reads };
    }
}

/** Whether two lists hold the same entries, in order. */
export function sameEntries<T>(a: readonly T[], b: readonly T[]): boolean {
    return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
