/**
 * The decisions list in words (B20): each decision's rule by its plain name (docs/behaviour.md), what
 * came in (decision-input.ts), what the sync did, and why in detail.
 */
import type { EngineOutcome } from '../engine/types';
import { actorKey, decisionActor, inputSideEvent } from './actors';
import { type CommandFates, NO_FATES } from './command-fates';
import { inputText } from './decision-input';
export type { RuntimeEvent } from './decision-input';
import { revertText } from './revert-words';
import { CAUSES, causeWords, labelRef, panelText, theirWords } from './text';
import type { DecisionInput, PanelContext, PanelDecision, PanelText } from './types';

// ─── Behaviour names ────────────────────────────────────────────────────────────────────────

const RULE_IDS = [
    'B1',
    'B2',
    'B3',
    'B4',
    'B5',
    'B6',
    'B7',
    'B8',
    'B9',
    'B10',
    'B11',
    'B12',
    'B13',
    'B14',
    'B15',
    'B16',
    'B17',
    'B18',
    'B19',
    'B20',
    'S1',
    'S2'
];

/** The label key of a rule's plain name (docs/behaviour.md). */
export function ruleNameKey(rule: string): string {
    if (RULE_IDS.includes(rule)) return `Rule_${rule}`;
    return rule === 'off' ? 'Rule_off' : 'Rule_track';
}

// ─── Decision outcomes ──────────────────────────────────────────────────────────────────────

/**
 * Outcome codes the runtime records itself (`note()` and a dropped Omni event in runtime.ts); they
 * are decisions of the edges, not of the engine.
 */
export type RuntimeOutcome =
    'omni-event-dropped' | 'tabsUncoordinated' | 'takeOver' | 'omniRefusedAsOffline' | 'omniUnknown';

/** Every outcome code a decision in the audit may carry. */
export type DecisionOutcome = EngineOutcome | RuntimeOutcome;

/** The categories the panel words outcomes in (label key `Outcome_<category>`). */
export type OutcomeCategory =
    | 'changed'
    | 'confirmed'
    | 'echo'
    | 'already'
    | 'held'
    | 'applied'
    | 'reverted'
    | 'restored'
    | 'released'
    | 'work'
    | 'unmapped'
    | 'blocked'
    | 'retry'
    | 'failed'
    | 'connection'
    | 'drives'
    | 'alone'
    | 'recorded';

/**
 * Each outcome's category. Exhaustive: an outcome added to `EngineOutcome` or `RuntimeOutcome` and
 * not here is a type error, so it cannot silently show as "recorded".
 */
const OUTCOME_CATEGORY: Record<DecisionOutcome, OutcomeCategory> = {
    command: 'changed',
    confirmed: 'confirmed',
    done: 'confirmed',
    echo: 'echo',
    already: 'already',
    unchanged: 'already',
    hold: 'held',
    'revert-waits': 'held',
    'login-waits': 'held',
    wait: 'held',
    'apply-held': 'applied',
    revert: 'reverted',
    restore: 'restored',
    'work-release': 'released',
    'work-busy': 'work',
    'agent-override': 'work',
    unmapped: 'unmapped',
    'unmapped-fallback': 'unmapped',
    'unknown-status': 'unmapped',
    'no-change-row': 'unmapped',
    'reserved-target': 'unmapped',
    'no-login-status': 'unmapped',
    'stays-offline': 'unmapped',
    'omni-offline': 'blocked',
    'softphone-unavailable': 'blocked',
    'login-off': 'blocked',
    'logout-off': 'blocked',
    'sync-disabled': 'blocked',
    'drop-held': 'blocked',
    handover: 'blocked',
    maintenance: 'blocked',
    retry: 'retry',
    failed: 'failed',
    'failed-superseded': 'failed',
    'gave-up': 'failed',
    lost: 'failed',
    'stale-result': 'recorded',
    connected: 'connection',
    disconnected: 'connection',
    'connection-error': 'connection',
    'omni-back': 'connection',
    snapshot: 'connection',
    reconcile: 'connection',
    interaction: 'recorded',
    recorded: 'recorded',
    'held-landed': 'confirmed',
    'hold-again': 'held',
    'held-waits': 'held',
    'undo-login': 'changed',
    'cancel-login': 'changed',
    'held-superseded': 'blocked',
    'held-expired': 'blocked',
    'no-login': 'blocked',
    'held-failed': 'failed',
    refused: 'blocked',
    'omni-event-dropped': 'blocked',
    tabsUncoordinated: 'alone',
    takeOver: 'drives',
    omniRefusedAsOffline: 'connection',
    omniUnknown: 'connection'
};

const isDecisionOutcome = (outcome: string): outcome is DecisionOutcome =>
    Object.prototype.hasOwnProperty.call(OUTCOME_CATEGORY, outcome);

/**
 * The label key for a decision's outcome (`Outcome_<category>`). A code this version does not know
 * (an entry saved by another version) reads as `Outcome_recorded`.
 */
export function outcomeKey(outcome: string): string {
    return `Outcome_${isDecisionOutcome(outcome) ? OUTCOME_CATEGORY[outcome] : 'recorded'}`;
}

/** Outcomes that hold a change for the call's end (B11), naming it in the outcome or the detail parameters. */
const HOLDS = new Set(['hold', 'hold-again', 'held-waits']);

/**
 * What the sync did: with the engine's outcome parameters, which side it set and to what. A log-out is
 * said as one (never the engine's `loggedOut` or `offline`), a change passed on (B19) names the side it
 * went to, and an interaction's start says whether Omni-Channel goes back after it (revert-words.ts).
 */
function outcomeText(decision: DecisionInput, context: PanelContext, fates: CommandFates): PanelText {
    const key = outcomeKey(decision.outcome);
    const p = decision.outcomeParams;
    const status = (name: string) => p?.statusLabel ?? context.statusLabels?.[name] ?? name;
    if (key === 'Outcome_reverted' && p?.side === 'omni' && p.status && p.status !== 'offline')
        return panelText('Outcome_set_omni_reverted', status(p.status));
    // A command said from its answer (issue 21): asked for until its side says it landed, never "set" before that.
    const asked = p?.id === undefined ? undefined : fates.answer(p.id)?.ok === true ? undefined : fates.target(p.id);
    if (key === 'Outcome_applied' && !fates.landed(decision)) return panelText('Outcome_applied_asked');
    // A held change by its name (issue 21): "holds Lunch until the call ends", never a bare "it".
    const heldValue = p?.status ?? decision.detailParams?.omni;
    if (HOLDS.has(decision.outcome) && heldValue !== undefined && heldValue !== 'unknown')
        return heldValue === 'offline'
            ? panelText('Outcome_held_logout')
            : panelText('Outcome_held_named', status(heldValue));
    // Nothing changed: which setting or situation kept the sync from it (issue 21), never only "a setting or the situation".
    if (key === 'Outcome_blocked' && isDecisionOutcome(decision.outcome))
        return panelText(`Outcome_blocked_${decision.outcome.replace(/-/g, '_')}`);
    if ((key === 'Outcome_changed' || key === 'Outcome_restored') && asked !== undefined)
        return asked.value === labelRef('Logged_Out')
            ? panelText(`Outcome_asked_logout_${asked.side}`)
            : panelText(`Outcome_asked_${asked.side}`, asked.value);
    if ((key === 'Outcome_changed' || key === 'Outcome_restored') && p) {
        const suffix = key === 'Outcome_changed' ? '' : '_restored';
        if (p.side === 'omni' && p.status === 'offline') return panelText(`Outcome_logout_omni${suffix}`);
        if (p.side === 'omni' && p.status) return panelText(`Outcome_set_omni${suffix}`, status(p.status));
        if (p.side === 'softphone' && p.state === 'loggedOut') return panelText(`Outcome_logout_softphone${suffix}`);
        if (p.side === 'softphone' && p.state)
            return panelText(`Outcome_set_softphone${suffix}`, p.minor ? `${p.state} / ${p.minor}` : p.state);
    }
    if (key === 'Outcome_changed' && decision.rule === 'B19')
        return panelText(
            inputSideEvent(decision)[0] === 'softphone' ? 'Outcome_passed_omni' : 'Outcome_passed_softphone'
        );
    if (decision.detailKey === 'interaction_started') return revertText(decision, context) ?? panelText(key);
    if (decision.detailKey === 'softphone_disconnected') return lostText(decision, context) ?? panelText(key);
    return panelText(key);
}

/**
 * What the sync did to Omni-Channel when the softphone's connection was lost (B17), from what the engine recorded
 * (softphone-inputs.ts): moved it to the Disconnect Status, left it at its status (none is set), or left it as it is
 * (logged out). Null for an entry saved before the engine recorded it.
 */
function lostText(decision: DecisionInput, context: PanelContext): PanelText | null {
    const p = decision.detailParams ?? {};
    if (p.omni === undefined) return null;
    const label = (status: string) => context.statusLabels?.[status] ?? status;
    if (p.disconnectStatus) return panelText('Outcome_lost_fallback', label(p.disconnectStatus));
    if (p.omni === 'offline' || p.omni === 'unknown') return panelText('Outcome_lost_offline');
    return panelText('Outcome_lost_left', label(p.omni));
}

/**
 * Confirmations and echoes: a command's confirmation and the sync's own change coming back (B12). The list
 * hides them unless the agent asks (they are most of a busy day's rows); the exports keep them.
 */
export function isRoutine(decision: DecisionInput): boolean {
    const key = outcomeKey(decision.outcome);
    return key === 'Outcome_confirmed' || key === 'Outcome_echo';
}

/**
 * One decision in the panel's words. `fates` tells what became of the commands (command-fates.ts): without them a
 * command reads as asked for, never as landed.
 */
export function decisionWords(
    decision: DecisionInput,
    context: PanelContext,
    fates: CommandFates = NO_FATES
): PanelDecision {
    return {
        id: `${decision.seq}`,
        at: decision.at,
        rule: decision.rule,
        ruleName: panelText(ruleNameKey(decision.rule)),
        input: inputText(decision, context, fates),
        outcome: outcomeText(decision, context, fates),
        detail: detailText(decision, context),
        actor: panelText(actorKey(decisionActor(decision))),
        routine: isRoutine(decision)
    };
}

/**
 * A decision's detail as a panel text: the label `Detail_<key>` (docs: src-ts/engine/detail-keys.ts)
 * with its named values in words: Omni and softphone values, statuses by their labels, and the
 * fixed words (offline, logged out, unknown, no reason given, work actions and events, call
 * directions) as label references, so that each shows in the user's language. An entry saved by an
 * older version shows the English it saved (`Detail_saved`).
 */
export function detailText(decision: DecisionInput, context: PanelContext): PanelText {
    if (decision.detailKey === undefined)
        return { key: 'Detail_saved', params: [], named: { text: decision.detail ?? '' } };
    const named: Record<string, string> = {};
    const who = reasonSide(decision);
    for (const [name, value] of Object.entries(decision.detailParams ?? {}))
        named[name] = detailWords(name, value, context, who);
    return { key: detailKeyOf(decision), params: [], named };
}

/** The label of a decision's detail: `Detail_<key>`, or for a lost softphone the panel's own words (`Why_…`). */
function detailKeyOf(decision: DecisionInput): string {
    const p = decision.detailParams ?? {};
    if (decision.detailKey === 'softphone_disconnected' && p.softphone !== undefined && p.omni !== undefined)
        return p.disconnectStatus ? 'Why_softphone_lost_set' : 'Why_softphone_lost_left';
    return `Detail_${decision.detailKey}`;
}

/**
 * Whose words a reason that is not a cause of the package's own code is: Omni-Channel's (its toolkit's answer) or
 * the softphone's, by the side the decision is about; a work item's command by the side it went to.
 */
function reasonSide(decision: DecisionInput): 'omni' | 'softphone' {
    const key = decision.detailKey ?? '';
    if (key.startsWith('work_command'))
        return (decision.detailParams?.command ?? '').startsWith('omni') ? 'omni' : 'softphone';
    return key.startsWith('omni') || key.startsWith('status') || key.startsWith('reconcile_omni')
        ? 'omni'
        : 'softphone';
}

/**
 * A command in words (`command` of a detail): a work item's command by what it does (results.ts prints it as
 * `softphone workItem assigned <id>`, `omni declineAgentWork <id> (<reason>)`), a presence command by its side;
 * a command id (`o3`, `s7`) stays as it is, to match the exports' codes.
 */
function commandWords(value: string): string {
    const [side = '', method = ''] = value.split(' ');
    if (side === 'softphone') return labelRef(method === 'workItem' ? 'Command_softphone_work' : 'Command_softphone');
    if (side !== 'omni') return value;
    const work = /^(accept|decline|close)AgentWork$/.exec(method)?.[1];
    return labelRef(work === undefined ? 'Command_omni' : `Command_omni_work_${work}`);
}

const FIXED_VALUES: Readonly<Record<string, string>> = {
    offline: 'Offline',
    'logged out': 'Logged_Out',
    unknown: 'Unknown'
};

function detailWords(name: string, value: string, context: PanelContext, who: 'omni' | 'softphone'): string {
    switch (name) {
        case 'omni':
        case 'softphone':
            if (Object.prototype.hasOwnProperty.call(FIXED_VALUES, value))
                return labelRef(FIXED_VALUES[value] ?? value);
            return name === 'omni' ? (context.statusLabels?.[value] ?? value) : value;
        case 'status':
        case 'disconnectStatus':
            return context.statusLabels?.[value] ?? value;
        case 'reason':
            // A cause of the package's own code in the user's language; anyone else's text quoted as theirs.
            return value === '' || CAUSES.includes(value) ? causeWords(value) : theirWords(who, value);
        case 'command':
            return commandWords(value);
        case 'omniEvent':
            // The toolkit's own event name (omniChannelStatusChanged): Omni-Channel's word, quoted as such.
            return theirWords('omni', value);
        case 'action':
            return labelRef(`Work_action_${value}`);
        case 'event':
            return labelRef(`Work_event_${value}`);
        case 'direction':
            return labelRef(`Direction_${value}`);
        default:
            return value;
    }
}

/**
 * Whether the panel lists a decision: a timer that found nothing to do ("Time passed. Recorded")
 * stays in the audit and the exports (B20) but would only crowd the agent's list.
 */
export function worthShowing(decision: DecisionInput): boolean {
    const quietTick =
        decision.inputKind === 'tick' &&
        decision.commands.length === 0 &&
        outcomeKey(decision.outcome) === 'Outcome_recorded';
    return !quietTick;
}
