/**
 * What came in, for a decision of the list: an Omni-Channel event, a softphone event, a command's
 * result, a timer, or something the runtime recorded itself, as a sentence of the panel's labels.
 */
import { decisionActor, type DecisionActor } from './actors';
import { type CommandFates, NO_FATES, refusalWords } from './command-fates';
import { CAUSES, causeWords, labelRef, panelText, theirWords } from './text';
import type { DecisionInput, PanelContext, PanelText } from './types';

/**
 * What a decision the runtime records itself is about (its input's `event`): the agent's "Use this
 * tab", Omni-Channel moving the session to this tab, tabs that cannot coordinate, a start-up read of
 * Omni-Channel refused or unanswered.
 */
export type RuntimeEvent = 'takeOver' | 'sessionHere' | 'tabsUncoordinated' | 'omniReadRefused' | 'omniReadUnanswered';

interface InputParts {
    side: string;
    event: string;
    params: Record<string, string>;
}

/** Reads what came in: from the engine's keyed fields when present, else from its trace text. */
function inputParts(decision: DecisionInput): InputParts {
    const params: Record<string, string> = { ...(decision.inputParams ?? {}) };
    if (decision.inputKind) {
        const [side = '', event = params.event ?? ''] = decision.inputKind.split(/[.:/]/);
        if (side === 'omni' || side === 'softphone') return { side, event: params.event ?? event, params };
        return { side, event: params.event ?? event, params };
    }
    // The trace text: "<side> <event> <rest>" ("omni statusChanged Lunch (OmniManualStatusChange)").
    const [side = '', event = '', ...rest] = decision.input.split(' ');
    const tail = rest.join(' ');
    const reason = /\(([^)]*)\)$/.exec(tail)?.[1];
    const value = reason === undefined ? tail : tail.slice(0, tail.length - reason.length - 2).trim();
    if (side === 'omni') {
        if (event === 'statusChanged' || event === 'snapshot' || event === 'loginSuccess')
            params.status = params.status ?? value;
        if (event === 'workloadChanged') {
            const [now = '', capacity = ''] = value.split('/');
            params.workload = now;
            params.capacity = capacity;
        }
    } else if (side === 'softphone') {
        if (event === 'stateChanged' || event === 'connected' || event === 'loggedIn')
            params.state = params.state ?? value;
        if (event === 'interactionStarted') params.direction = rest[0] ?? '';
        if (event === 'workAction') params.action = rest[0] ?? '';
    } else if (side === 'result') {
        params.ok = rest[0] === 'ok' ? 'true' : 'false';
        if (reason !== undefined) params.error = reason;
    }
    return { side, event, params };
}

function statusWords(status: string | undefined, params: Record<string, string>, context: PanelContext): string {
    if (params.statusLabel) return params.statusLabel;
    if (!status) return '';
    return context.statusLabels?.[status] ?? status;
}

/** What came in, as a sentence, for a decision the runtime made itself (`note()` in runtime.ts). */
const RUNTIME_INPUT_KEY: Readonly<Record<string, string>> = {
    takeOver: 'Input_runtime_take_over',
    sessionHere: 'Input_runtime_session',
    tabsUncoordinated: 'Input_runtime_tabs',
    omniReadRefused: 'Input_runtime_omni_read',
    omniReadUnanswered: 'Input_runtime_omni_read'
} satisfies Record<RuntimeEvent, string>;

/**
 * The sentences that name who acted, by the label key that does not (label key `<key>_<actor or why>`):
 * "You changed Omni-Channel to Lunch.", "A supervisor logged you out of Omni-Channel.". An actor not listed
 * for a sentence keeps its plain key ("Omni-Channel changed to Lunch." when Omni did not say who).
 */
const BY_ACTOR: Readonly<Record<string, readonly string[]>> = {
    Input_omni_status: ['agent', 'supervisor', 'sync', 'push_timeout', 'decline'],
    Input_omni_logout: ['supervisor', 'sync', 'maintenance', 'handover'],
    Input_omni_login: ['agent', 'sync'],
    Input_omni_work_accepted: ['agent'],
    Input_omni_work_declined: ['agent'],
    Input_omni_work_closed: ['agent'],
    Input_softphone_state: ['agent', 'contact_centre', 'sync', 'wrap_end'],
    Input_softphone_logout: ['agent', 'contact_centre', 'sync']
};

/** The key of a sentence naming `who`, where the panel has one; else `key` itself. */
function byActor(key: string, who: DecisionActor): string {
    const variants = BY_ACTOR[key] ?? [];
    const suffix = who.why ?? who.by;
    return variants.includes(suffix) ? `${key}_${suffix}` : key;
}

/** What the softphone did with Omni-Channel work (B19): accept, decline (with the agent's reason code), close. */
function workActionText(params: Record<string, string>): PanelText {
    const action = params.action ?? '';
    if (action === 'decline' && params.reason) return panelText('Input_softphone_work_decline_reason', params.reason);
    if (action === 'accept' || action === 'decline' || action === 'close')
        return panelText(`Input_softphone_work_${action}`);
    return panelText('Input_softphone_work');
}

/**
 * Which side confirmed a command, by its id's letter (`o` Omni-Channel, `s` softphone); a work item's command (`w`,
 * B19) goes to either side, named by the first word of its label (`softphone workItem assigned …`, `omni
 * declineAgentWork …`, results.ts).
 */
function resultText(params: Record<string, string>, decision: DecisionInput, fates: CommandFates): PanelText {
    const id = (params.command ?? '').charAt(0);
    const workTo = (decision.detailParams?.command ?? '').split(' ')[0];
    const side = id === 'w' ? (workTo === 'softphone' ? 's' : 'o') : id;
    // A refusal names the change it refuses and the side's answer (issue 21).
    const refused = params.ok === 'true' ? undefined : fates.target(params.command ?? '');
    if (refused !== undefined)
        return panelText(
            `Input_result_refused_${refused.side}`,
            refused.value,
            refusalWords(refused.side, params.error ?? '')
        );
    if (params.ok !== 'true')
        return panelText(
            side === 'o'
                ? 'Input_result_failed_omni'
                : side === 's'
                  ? 'Input_result_failed_softphone'
                  : 'Input_result_failed'
        );
    if (side === 'o') return panelText('Input_result_ok_omni');
    if (side === 's') return panelText('Input_result_ok_softphone');
    return panelText('Input_result_ok');
}

/**
 * A softphone whose connection was lost (B17), said as a lost connection: the softphone by its name, why (a cause of
 * the bridge, or its own words) and what it last showed, as the engine recorded them (softphone-inputs.ts).
 */
function lostInputText(decision: DecisionInput, params: Record<string, string>, context: PanelContext): PanelText {
    // The softphone by its name, else "The softphone" (Spanish needs its article: "El softphone").
    const name = context.softphoneProduct || labelRef('Softphone_Subject');
    const reason = params.reason ?? decision.detailParams?.reason ?? '';
    const why = reason === '' || CAUSES.includes(reason) ? causeWords(reason) : theirWords('softphone', reason);
    const last = decision.detailParams?.softphone;
    if (last === undefined || last === 'unknown') return panelText('Input_softphone_lost_plain', name, why);
    return panelText('Input_softphone_lost', name, last === 'logged out' ? labelRef('Logged_Out') : last, why);
}

/** What came in, as a sentence that names who acted: from the engine's keyed fields, else its trace text. */
export function inputText(decision: DecisionInput, context: PanelContext, fates: CommandFates = NO_FATES): PanelText {
    const { side, event, params } = inputParts(decision);
    const who = decisionActor(decision);
    if (side === 'omni') {
        switch (event) {
            case 'statusChanged':
                return panelText(byActor('Input_omni_status', who), statusWords(params.status, params, context));
            case 'snapshot':
                return params.status && params.status !== 'offline'
                    ? panelText('Input_omni_read', statusWords(params.status, params, context))
                    : panelText('Input_omni_read_offline');
            case 'loginSuccess':
                return panelText(byActor('Input_omni_login', who));
            case 'logout':
                return panelText(byActor('Input_omni_logout', who));
            case 'workAssigned':
                return panelText('Input_omni_work_assigned');
            case 'workAccepted':
                return panelText(byActor('Input_omni_work_accepted', who));
            case 'workDeclined':
                return panelText(byActor('Input_omni_work_declined', who));
            case 'workClosed':
                return panelText(byActor('Input_omni_work_closed', who));
            case 'workloadChanged':
                return panelText('Input_omni_workload', params.workload ?? '', params.capacity ?? '');
            case 'connectionError':
                return panelText('Input_omni_connection_error');
            default:
                return panelText('Input_omni_other');
        }
    }
    if (side === 'softphone') {
        // The engine's keyed fields give the minor state apart ("Away" and "Lunch"): say "Away / Lunch".
        if (params.state && params.minor) params.state = `${params.state} / ${params.minor}`;
        switch (event) {
            case 'connected':
                return params.state && params.state !== 'logged out' && params.state !== 'logged in'
                    ? panelText('Input_softphone_connected', params.state)
                    : panelText('Input_softphone_connected_plain');
            case 'loggedIn':
                return panelText('Input_softphone_login');
            case 'loggedOut':
                return panelText(byActor('Input_softphone_logout', who));
            case 'stateChanged':
                return panelText(byActor('Input_softphone_state', who), params.state ?? '');
            case 'interactionStarted':
                return panelText(params.direction === 'outbound' ? 'Input_call_outbound' : 'Input_call_inbound');
            case 'interactionEnded':
                return panelText('Input_call_ended');
            case 'workAction':
                return workActionText(params);
            case 'disconnected':
                return lostInputText(decision, params, context);
            default:
                return panelText('Input_softphone_other');
        }
    }
    if (side === 'result') return resultText(params, decision, fates);
    if (side === 'runtime') return panelText(RUNTIME_INPUT_KEY[event] ?? 'Input_runtime_other');
    return panelText('Input_tick');
}
