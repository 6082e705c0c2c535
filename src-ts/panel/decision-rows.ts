/**
 * The decisions list one row per event (issue 21): one Omni-Channel or softphone event can make several decisions
 * (a supervisor's logout is recorded, then the softphone is logged out; an accepted work item is passed on, the
 * softphone set busy for it). The list says the event once, with everything the sync did about it, in order; the
 * exports keep every decision (B20).
 */
import { type CommandFates, commandFates } from './command-fates';
import { decisionWords, isRoutine, outcomeKey, worthShowing } from './decisions';
import type { DecisionInput, PanelContext, PanelDecision, PanelText } from './types';
import { type RowMemo, RowSources, sameEntries } from './row-memo';
import { withWrapEnds } from './wrap-ends';

/** Whether two decisions answer the same input: the same event, recorded at the same moment. */
const sameEvent = (a: DecisionInput, b: DecisionInput): boolean =>
    a.at === b.at && a.input === b.input && a.inputKind === b.inputKind;

/** Outcomes that only say nothing was done: left out of a row in which the sync did something. */
const NOTHING_DONE = new Set(['Outcome_recorded', 'Outcome_already']);

/**
 * The members of one event whose outcome the row says: without the "nothing to do" ones when another did
 * something, without "set the softphone busy for the work" beside the command that does it, and without the
 * Disconnect Status's command beside the lost connection that names it.
 */
function said(members: readonly DecisionInput[]): DecisionInput[] {
    const acted = members.filter((m) => !NOTHING_DONE.has(outcomeKey(m.outcome)));
    const kept = acted.length > 0 ? acted : members.slice(0, 1);
    const softphoneCommand = kept.some((m) => m.commands.some((c) => c.startsWith('softphone setState')));
    const fallback = kept.find((m) => m.outcome === 'disconnected')?.detailParams?.disconnectStatus;
    return kept.filter((m) => {
        if (m.outcome === 'work-busy' && softphoneCommand) return false;
        return !(fallback && m.outcome === 'command' && m.outcomeParams?.status === fallback);
    });
}

/** Several panel texts as one, unless there is only one. */
const joined = (texts: PanelText[]): PanelText =>
    texts.length === 1 && texts[0] !== undefined ? texts[0] : { key: '', params: [], parts: texts };

/** The same sentence only once (two decisions may say it alike). A single sentence is itself. */
function distinct(texts: PanelText[]): PanelText[] {
    if (texts.length < 2) return texts;
    const seen = new Set<string>();
    return texts.filter((text) => {
        const signature = JSON.stringify(text);
        if (seen.has(signature)) return false;
        seen.add(signature);
        return true;
    });
}

/** Each row's memo by its first decision as the view listed it (row-memo.ts). */
const rowMemos = new WeakMap<DecisionInput, RowMemo>();

/** The last list built, returned again when none of its rows changed. */
let lastRows: PanelDecision[] = [];

/** One event's decisions, as listed and as worded (the wrap's end marked). */
interface Group {
    listed: DecisionInput[];
    decisions: DecisionInput[];
}

/** One event's row: what the sync did about it, everything it did, in order. */
function wordRow(group: DecisionInput[], context: PanelContext, fates: CommandFates): PanelDecision {
    const members = [...group].sort((a, b) => a.seq - b.seq);
    const words = said(members).map((m) => decisionWords(m, context, fates));
    const first = words[0] ?? decisionWords(members[0] as DecisionInput, context, fates);
    return {
        ...first,
        outcome: joined(distinct(words.map((w) => w.outcome))),
        detail: joined(distinct(words.map((w) => w.detail))),
        routine: members.every(isRoutine)
    };
}

/**
 * The list's rows, in the view's order (newest first): a timer that found nothing to do left out (`worthShowing`),
 * one row per event. A row is routine (hidden until asked) only when every decision of it is.
 *
 * A row whose decisions (the same audit entries) and whose reads of the context and of the commands' fates are the
 * same as when it was last worded is the same object again, and a list whose rows are all the same is the same
 * array (issue 23: only the newest row changes from one view to the next).
 */
export function decisionRows(listed: readonly DecisionInput[], context: PanelContext): PanelDecision[] {
    // A wrap's end is said as the softphone's change, naming no one (wrap-ends.ts); its copies keep the list's order.
    const decisions = withWrapEnds(listed);
    const sources = new RowSources(context, commandFates(decisions, context.statusLabels));
    const groups: Group[] = [];
    decisions.forEach((decision, i) => {
        if (!worthShowing(decision)) return;
        const last = groups[groups.length - 1];
        const entry = listed[i] as DecisionInput;
        if (last !== undefined && last.decisions[0] !== undefined && sameEvent(last.decisions[0], decision)) {
            last.listed.push(entry);
            last.decisions.push(decision);
        } else groups.push({ listed: [entry], decisions: [decision] });
    });
    const rows = groups.map((group) => {
        const key = group.listed[0] as DecisionInput;
        const marks = group.decisions.map((decision, i) => decision !== group.listed[i]);
        const memo = rowMemos.get(key);
        if (
            memo !== undefined &&
            sameEntries(memo.members, group.listed) &&
            sameEntries(memo.marks, marks) &&
            sources.unchanged(memo)
        )
            return memo.row;
        const { row, reads } = sources.record((ctx, fates) => wordRow(group.decisions, ctx, fates));
        rowMemos.set(key, { members: group.listed, marks, reads, row });
        return row;
    });
    if (sameEntries(rows, lastRows)) return lastRows;
    lastRows = rows;
    return rows;
}
