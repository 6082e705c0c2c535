/**
 * What came in, for a decision of the list: an Omni-Channel event, a softphone event, a command's
 * result, a timer, or something the runtime recorded itself, as a sentence of the panel's labels.
 */
import { panelText } from './text';
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

/** What came in, as a sentence: from the engine's keyed fields when present, else from its trace text. */
export function inputText(decision: DecisionInput, context: PanelContext): PanelText {
    const { side, event, params } = inputParts(decision);
    if (side === 'omni') {
        switch (event) {
            case 'statusChanged':
                return panelText('Input_omni_status', statusWords(params.status, params, context));
            case 'snapshot':
                return params.status && params.status !== 'offline'
                    ? panelText('Input_omni_read', statusWords(params.status, params, context))
                    : panelText('Input_omni_read_offline');
            case 'loginSuccess':
                return panelText('Input_omni_login');
            case 'logout':
                return panelText('Input_omni_logout');
            case 'workAssigned':
                return panelText('Input_omni_work_assigned');
            case 'workAccepted':
                return panelText('Input_omni_work_accepted');
            case 'workDeclined':
                return panelText('Input_omni_work_declined');
            case 'workClosed':
                return panelText('Input_omni_work_closed');
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
                return panelText('Input_softphone_logout');
            case 'stateChanged':
                return panelText('Input_softphone_state', params.state ?? '');
            case 'interactionStarted':
                return panelText(params.direction === 'outbound' ? 'Input_call_outbound' : 'Input_call_inbound');
            case 'interactionEnded':
                return panelText('Input_call_ended');
            case 'workAction':
                return panelText('Input_softphone_work');
            case 'disconnected':
                return panelText('Input_softphone_disconnected');
            default:
                return panelText('Input_softphone_other');
        }
    }
    if (side === 'result') {
        return params.ok === 'true' ? panelText('Input_result_ok') : panelText('Input_result_failed');
    }
    if (side === 'runtime') return panelText(RUNTIME_INPUT_KEY[event] ?? 'Input_runtime_other');
    return panelText('Input_tick');
}
