/**
 * What became of the sync's commands (issue 21): a decision that sends a command says what the sync asked for until
 * the side's answer says it landed, and a refusal names the change it refuses. Read from the decisions themselves: a
 * command's decision carries its id (`outcomeParams.id`, src-ts/engine/command-step.ts), and the decision of its
 * result carries the same id (`inputParams.command`) with `ok` and the side's `error`.
 */
import { CAUSES, causeWords, labelRef, theirWords } from './text';
import type { DecisionInput } from './types';

/** A command's answer: landed, or refused with the side's words (or a cause of the package's own). */
export interface CommandAnswer {
    ok: boolean;
    error: string;
}

/** The commands of a list of decisions: each one's answer (if any came) and what it asked for. */
export interface CommandFates {
    /** The answer to the command of this id; undefined while none came (or none was kept). */
    answer(id: string): CommandAnswer | undefined;
    /** What the command of this id asked for, as a panel parameter ("Away / Lunch", a status label, "logged out"). */
    target(id: string): { side: 'omni' | 'softphone'; value: string } | undefined;
    /** Whether every command sent for the decision's event (the same input at the same moment) has landed. */
    landed(decision: DecisionInput): boolean;
}

/** One event's key: its input at its moment. */
const eventOf = (decision: DecisionInput): string => `${decision.at}|${decision.input}`;

/** What a command's decision asked for, in words: a status by its label, a state with its minor, a logout. */
function targetOf(
    decision: DecisionInput,
    statusLabels: Readonly<Record<string, string>>
): { side: 'omni' | 'softphone'; value: string } | undefined {
    const p = decision.outcomeParams;
    if (p?.side === 'omni' && p.status)
        return {
            side: 'omni',
            value: p.status === 'offline' ? labelRef('Logged_Out') : (statusLabels[p.status] ?? p.status)
        };
    if (p?.side === 'softphone' && p.state)
        return {
            side: 'softphone',
            value: p.state === 'loggedOut' ? labelRef('Logged_Out') : p.minor ? `${p.state} / ${p.minor}` : p.state
        };
    return undefined;
}

/** The fates of every command the decisions sent. */
export function commandFates(
    decisions: readonly DecisionInput[],
    statusLabels: Readonly<Record<string, string>> = {}
): CommandFates {
    const answers = new Map<string, CommandAnswer>();
    const targets = new Map<string, { side: 'omni' | 'softphone'; value: string }>();
    const sent = new Map<string, string[]>();
    for (const decision of decisions) {
        const id = decision.outcomeParams?.id;
        const target = id === undefined ? undefined : targetOf(decision, statusLabels);
        if (id !== undefined && target !== undefined) targets.set(id, target);
        if (id !== undefined) sent.set(eventOf(decision), [...(sent.get(eventOf(decision)) ?? []), id]);
        const command = decision.inputParams?.command;
        if (decision.inputKind === 'result' && command !== undefined)
            answers.set(command, { ok: decision.inputParams?.ok === 'true', error: decision.inputParams?.error ?? '' });
    }
    return {
        answer: (id) => answers.get(id),
        target: (id) => targets.get(id),
        landed: (decision) => (sent.get(eventOf(decision)) ?? []).every((id) => answers.get(id)?.ok === true)
    };
}

/** A refusal's reason as a panel parameter: a cause of the package's own in the user's language, else the side's words. */
export function refusalWords(side: 'omni' | 'softphone', error: string): string {
    return error === '' || CAUSES.includes(error) ? causeWords(error) : theirWords(side, error);
}

/** No command is known: every command reads as asked for, never as landed. */
export const NO_FATES: CommandFates = { answer: () => undefined, target: () => undefined, landed: () => false };
