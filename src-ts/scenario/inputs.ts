/**
 * A scenario's readable events as engine inputs (`{ "event": "statusChanged", "status": "Available" }` becomes an
 * Omni `statusChanged` input with the status's id), and the answers of a well-behaved world to each command.
 */
import type { Command, EngineInput } from '../engine/types';
import type { PresenceStatusInfo, SoftphoneState } from '../mapping/types';
import { omniEcho, softphoneEcho } from './echoes';
import type { ScenarioConfiguration } from './types';

/** Reads `Major / Minor` (or `Major`) into a softphone state; slashes after the first belong to the minor. */
export function parseState(text: string): SoftphoneState {
    const [major = '', ...rest] = text.split('/');
    const minor = rest.join('/').trim();
    return { major: major.trim(), minor: minor === '' ? null : minor };
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

function statusFor(config: ScenarioConfiguration, name: string | null): PresenceStatusInfo | null {
    if (name === null) return null;
    return config.statuses.find((status) => status.developerName.toLowerCase() === name.toLowerCase()) ?? null;
}

/** A scenario event as written: its name and its readable fields. */
type RawEvent = Record<string, unknown> & { event: string };

/** Turns a scenario's readable event into the engine's input. */
export function toInput(
    config: ScenarioConfiguration,
    side: 'omni' | 'softphone',
    raw: RawEvent,
    lastCommandId: (side: 'omni' | 'softphone') => string | null
): EngineInput {
    return side === 'omni' ? omniInput(config, raw) : softphoneInput(config, raw, lastCommandId);
}

/** An Omni-Channel event of a scenario as the engine's input. */
function omniInput(config: ScenarioConfiguration, raw: RawEvent): EngineInput {
    const statusName = str(raw.status);
    const status = statusFor(config, statusName);
    const statusId = str(raw.statusId) ?? status?.id ?? (statusName === null ? '' : `unknown:${statusName}`);
    switch (raw.event) {
        case 'snapshot':
            return {
                kind: 'omni',
                event: 'snapshot',
                loggedIn: raw.loggedIn === true,
                statusId: raw.loggedIn === true ? statusId : null,
                statusApiName: raw.loggedIn === true ? (status?.developerName ?? statusName) : null,
                works: Array.isArray(raw.works)
                    ? raw.works.map((id) => ({
                          workId: String(id),
                          workItemId: `item-${String(id)}`,
                          isEngaged: true
                      }))
                    : [],
                workload:
                    typeof raw.workload === 'number'
                        ? { currentWorkload: raw.workload, configuredCapacity: num(raw.capacity, 100) }
                        : null
            };
        case 'loginSuccess':
            return { kind: 'omni', event: 'loginSuccess', statusId };
        case 'statusChanged':
            return {
                kind: 'omni',
                event: 'statusChanged',
                statusId,
                statusApiName: raw.omitApiName === true ? null : (status?.developerName ?? statusName),
                statusName: status?.label ?? statusName,
                reason: str(raw.reason)
            };
        case 'logout':
            return { kind: 'omni', event: 'logout', reason: str(raw.reason) };
        case 'workAssigned':
        case 'workAccepted':
        case 'workDeclined':
        case 'workClosed': {
            const workId = str(raw.workId) ?? 'work-1';
            return { kind: 'omni', event: raw.event, workId, workItemId: str(raw.workItemId) ?? `item-${workId}` };
        }
        case 'workloadChanged':
            return {
                kind: 'omni',
                event: 'workloadChanged',
                configuredCapacity: num(raw.capacity, 100),
                previousWorkload: typeof raw.previous === 'number' ? raw.previous : null,
                newWorkload: num(raw.workload, 0)
            };
        case 'connectionError':
            return { kind: 'omni', event: 'connectionError', error: str(raw.error) };
    }
    throw new Error(`unknown omni event "${raw.event}"`);
}

/** A softphone event of a scenario as the engine's input; `requestId: "last"` names the latest softphone command. */
function softphoneInput(
    config: ScenarioConfiguration,
    raw: RawEvent,
    lastCommandId: (side: 'omni' | 'softphone') => string | null
): EngineInput {
    const state = str(raw.state) === null ? null : parseState(str(raw.state) ?? '');
    switch (raw.event) {
        case 'connected':
            return {
                kind: 'softphone',
                event: 'connected',
                catalogue: config.catalogue,
                capabilities: config.capabilities ?? ['workItems'],
                loggedIn: raw.loggedIn === true,
                state,
                since: typeof raw.since === 'number' ? raw.since : null,
                sinceAgeMs: typeof raw.sinceAge === 'number' ? raw.sinceAge : null,
                interactions: Array.isArray(raw.interactions)
                    ? raw.interactions.map((i: { id?: unknown; direction?: unknown }) => ({
                          interactionId: String(i.id),
                          direction: i.direction === 'outbound' ? 'outbound' : 'inbound'
                      }))
                    : []
            };
        case 'disconnected':
            return { kind: 'softphone', event: 'disconnected', reason: str(raw.reason) };
        case 'loggedIn':
            return { kind: 'softphone', event: 'loggedIn', state };
        case 'loggedOut': {
            const cause = raw.cause === 'host' ? 'host' : raw.cause === 'system' ? 'system' : 'agent';
            return {
                kind: 'softphone',
                event: 'loggedOut',
                cause,
                requestId: raw.requestId === 'last' ? lastCommandId('softphone') : str(raw.requestId)
            };
        }
        case 'stateChanged': {
            if (state === null) throw new Error('stateChanged needs a state');
            const cause = raw.cause === 'host' ? 'host' : raw.cause === 'system' ? 'system' : 'agent';
            return {
                kind: 'softphone',
                event: 'stateChanged',
                state,
                cause,
                requestId: raw.requestId === 'last' ? lastCommandId('softphone') : str(raw.requestId)
            };
        }
        case 'interactionStarted':
            return {
                kind: 'softphone',
                event: 'interactionStarted',
                interactionId: str(raw.id) ?? 'call-1',
                direction: raw.direction === 'outbound' ? 'outbound' : 'inbound'
            };
        case 'interactionEnded':
            return { kind: 'softphone', event: 'interactionEnded', interactionId: str(raw.id) ?? 'call-1' };
        case 'workAction': {
            const action =
                raw.action === 'accept' || raw.action === 'decline' || raw.action === 'close' ? raw.action : null;
            if (action === null) throw new Error('workAction needs an action: accept, decline or close');
            return {
                kind: 'softphone',
                event: 'workAction',
                action,
                workId: str(raw.workId) ?? 'work-1',
                reason: str(raw.reason)
            };
        }
    }
    throw new Error(`unknown softphone event "${raw.event}"`);
}

/** The events a well-behaved side sends back after carrying out a command: result, then echo. */
export function worldResponse(
    config: ScenarioConfiguration,
    command: Command,
    echoReason: string | null
): EngineInput[] {
    const result: EngineInput = { kind: 'result', commandId: command.id, ok: true };
    const echo =
        command.side === 'omni'
            ? omniEcho(command, {
                  reason: echoReason,
                  statusName:
                      command.method === 'setServicePresenceStatus'
                          ? (statusFor(config, command.status)?.label ?? command.status)
                          : undefined
              })
            : softphoneEcho(command);
    return echo === null ? [result] : [result, echo];
}
