/**
 * What a decisions-list row was worded from, so that the next view words only the rows whose inputs changed (issue 23:
 * the open panel rebuilt and reworded every row on every view though only the newest one changes). A row's words
 * come from its decisions (kept by identity: the audit's entries are not changed once recorded), from the fields of
 * the panel's context it read and from the fates of the commands it asked about (command-fates.ts). While it is
 * worded, both are read through recorders; a row is reused only while every value it read is the same.
 */
import type { CommandFates } from './command-fates';
import type { DecisionInput, PanelContext, PanelDecision } from './types';

/** One value a row read: a field of the context, or a command's fate. */
type Read =
    | { from: 'context'; key: string | symbol; value: unknown }
    | { from: 'fates'; method: keyof CommandFates; arg: unknown; value: unknown };

/** A row with what it was worded from. */
export interface RowMemo {
    /** The row's decisions as the view listed them, in the view's order. */
    members: readonly DecisionInput[];
    /** Which of them were marked as a wrap's end (wrap-ends.ts copies those, so their identity says nothing). */
    marks: readonly boolean[];
    reads: readonly Read[];
    row: PanelDecision;
}

/**
 * A value as compared between two views: objects by their JSON (the panel gives a fresh copy of its status labels
 * per view, and a copy changed in place must not pass for the old one), functions and primitives by identity.
 */
function signature(value: unknown): unknown {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

/** The context and the fates of one view, for recording a new row's reads and checking an old row's. */
export class RowSources {
    /** The signatures of the context's fields read in this view, each worked out once. */
    private readonly contextSignatures = new Map<string | symbol, unknown>();

    constructor(
        readonly context: PanelContext,
        readonly fates: CommandFates
    ) {}

    private contextSignature(key: string | symbol): unknown {
        if (!this.contextSignatures.has(key))
            this.contextSignatures.set(
                key,
                signature((this.context as unknown as Record<string | symbol, unknown>)[key])
            );
        return this.contextSignatures.get(key);
    }

    /** Whether every value the memo's row read is the same in this view. */
    unchanged(memo: RowMemo): boolean {
        return memo.reads.every((read) =>
            read.from === 'context'
                ? this.contextSignature(read.key) === read.value
                : signature((this.fates[read.method] as (arg: unknown) => unknown)(read.arg)) === read.value
        );
    }

    /** A row worded by `word` from recorders of the context and fates, with what it read. */
    record(word: (context: PanelContext, fates: CommandFates) => PanelDecision): {
        row: PanelDecision;
        reads: Read[];
    } {
        const reads: Read[] = [];
        const context = new Proxy(this.context, {
            get: (target, key) => {
                reads.push({ from: 'context', key, value: this.contextSignature(key) });
                return (target as unknown as Record<string | symbol, unknown>)[key];
            }
        });
        const fated = (method: keyof CommandFates) => (arg: never) => {
            const value = (this.fates[method] as (arg: unknown) => unknown)(arg);
            reads.push({ from: 'fates', method, arg, value: signature(value) });
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
