/**
 * An engine input as the audit gives it (C2): its kind (`<side>.<event>`, `result`, `tick`), its named values
 * for the panel's sentence, and one line of plain English for the trail and the export. A step makes them once,
 * at its end, for all its decisions (engine.ts); a step that decides nothing (most ticks) makes none.
 */
import { formatState, type CompiledMapping } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { EngineInput } from './types';

/** The kind of an input as the audit names it: `<side>.<event>`, `result` or `tick`. */
export function inputKindOf(input: EngineInput): string {
    return input.kind === 'omni' || input.kind === 'softphone' ? `${input.kind}.${input.event}` : input.kind;
}

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';

/** Adds `status` (and `statusLabel` where the mapping knows the status) to `out`: the API name first, else the id. */
function putStatus(
    out: Record<string, string>,
    m: CompiledMapping,
    id: string | null | undefined,
    apiName: string | null | undefined
): Record<string, string> {
    const info = (given(apiName) ? m.statusByName(apiName) : null) ?? (given(id) ? m.statusById(id) : null);
    const name = info?.developerName ?? (given(apiName) ? apiName : null);
    if (name === null) return out;
    out.status = name;
    if (info !== null) out.statusLabel = info.label;
    return out;
}

/** Adds `key` to `out` when `value` is a non-empty string. */
function putGiven(out: Record<string, string>, key: string, value: string | null | undefined): Record<string, string> {
    if (given(value)) out[key] = value;
    return out;
}

/** Adds a softphone state's `state` and `minor` (when it has one) to `out`. */
function putState(out: Record<string, string>, state: SoftphoneState | null | undefined): Record<string, string> {
    if (state === null || state === undefined) return out;
    out.state = state.major;
    if (state.minor !== null) out.minor = state.minor;
    return out;
}

/** The named values of an input, for the panel's sentence (C2): a new object each call. Status labels come from the mapping. */
export function inputParamsOf(input: EngineInput, m: CompiledMapping): Record<string, string> {
    switch (input.kind) {
        case 'omni':
            switch (input.event) {
                case 'snapshot':
                    return input.loggedIn
                        ? putStatus({}, m, input.statusId, input.statusApiName)
                        : { status: 'offline' };
                case 'statusChanged':
                    return putGiven(putStatus({}, m, input.statusId, input.statusApiName), 'reason', input.reason);
                case 'loginSuccess':
                    return putStatus({}, m, input.statusId, null);
                case 'logout':
                    return putGiven({}, 'reason', input.reason);
                case 'workloadChanged':
                    return { workload: String(input.newWorkload), capacity: String(input.configuredCapacity) };
                case 'connectionError':
                    return putGiven({}, 'error', input.error);
                default:
                    return { work: input.workId };
            }
        case 'softphone':
            switch (input.event) {
                case 'connected': {
                    const out = putState({}, input.loggedIn ? input.state : null);
                    out.loggedIn = String(input.loggedIn);
                    return out;
                }
                case 'loggedIn':
                    return putState({}, input.state);
                case 'loggedOut':
                    return putGiven({}, 'cause', input.cause);
                case 'stateChanged': {
                    const out = putState({}, input.state);
                    out.cause = input.cause;
                    return out;
                }
                case 'interactionStarted':
                    return { interaction: input.interactionId, direction: input.direction };
                case 'interactionEnded':
                    return { interaction: input.interactionId };
                case 'workAction':
                    return putGiven({ action: input.action, work: input.workId }, 'reason', input.reason);
                case 'disconnected':
                    return putGiven({}, 'reason', input.reason);
            }
            return {};
        case 'result':
            return putGiven({ command: input.commandId, ok: String(input.ok) }, 'error', input.error);
        case 'tick':
            return {};
    }
}

/** An engine input in one line of plain English, for the audit trail and the export. */
export function describeInput(input: EngineInput): string {
    switch (input.kind) {
        case 'omni':
            switch (input.event) {
                case 'snapshot':
                    return `omni snapshot ${input.loggedIn ? (input.statusApiName ?? input.statusId ?? 'online') : 'offline'}`;
                case 'statusChanged':
                    return `omni statusChanged ${input.statusApiName ?? input.statusId}${input.reason ? ` (${input.reason})` : ''}`;
                case 'loginSuccess':
                    return `omni loginSuccess ${input.statusId}`;
                case 'logout':
                    return `omni logout${input.reason ? ` (${input.reason})` : ''}`;
                case 'workloadChanged':
                    return `omni workloadChanged ${input.newWorkload}/${input.configuredCapacity}`;
                case 'connectionError':
                    return 'omni connectionError';
                default:
                    return `omni ${input.event} ${input.workId}`;
            }
        case 'softphone':
            switch (input.event) {
                case 'connected':
                    return `softphone connected ${input.loggedIn ? (input.state ? formatState(input.state) : 'logged in') : 'logged out'}`;
                case 'loggedIn':
                    return `softphone loggedIn${input.state ? ` ${formatState(input.state)}` : ''}`;
                case 'stateChanged':
                    return `softphone stateChanged ${formatState(input.state)} (${input.cause})`;
                case 'interactionStarted':
                    return `softphone interactionStarted ${input.direction} ${input.interactionId}`;
                case 'interactionEnded':
                    return `softphone interactionEnded ${input.interactionId}`;
                case 'workAction':
                    return `softphone workAction ${input.action} ${input.workId}`;
                default:
                    return `softphone ${input.event}`;
            }
        case 'result':
            return `result ${input.commandId} ${input.ok ? 'ok' : `failed${input.error ? ` (${input.error})` : ''}`}`;
        case 'tick':
            return 'tick';
    }
}
