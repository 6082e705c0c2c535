/**
 * Translates Omni-Channel toolkit events and call results, as the Aura host passes them on
 * unchanged, into engine inputs. The toolkit's documentation and its samples disagree on
 * types (numbers or strings, arrays or JSON strings): accept both.
 */
import type { OmniInput, WorkRef } from '../engine/types';

export type OmniEventName =
    | 'loginSuccess'
    | 'statusChanged'
    | 'logout'
    | 'workAssigned'
    | 'workAccepted'
    | 'workDeclined'
    | 'workClosed'
    | 'workloadChanged'
    | 'connectionError';

export const OMNI_EVENTS: readonly OmniEventName[] = [
    'loginSuccess',
    'statusChanged',
    'logout',
    'workAssigned',
    'workAccepted',
    'workDeclined',
    'workClosed',
    'workloadChanged',
    'connectionError'
];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function toNumber(value: unknown): number | null {
    const parsed =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(parsed) ? parsed : null;
}

/** An array, or a JSON string of one (as every toolkit sample parses them). */
export function toArray(value: unknown): unknown[] {
    if (Array.isArray(value)) return value as unknown[];
    if (typeof value === 'string') {
        try {
            const parsed: unknown = JSON.parse(value);
            return Array.isArray(parsed) ? (parsed as unknown[]) : [];
        } catch {
            return [];
        }
    }
    return [];
}

/** Accepts `omniChannelStatusChanged` or `statusChanged`. */
export function eventName(name: string): OmniEventName | null {
    const short = name.replace(/^lightning:/, '').replace(/^omniChannel/, '');
    const normalised = short.charAt(0).toLowerCase() + short.slice(1);
    return OMNI_EVENTS.find((event) => event === normalised) ?? null;
}

/** The engine input for a toolkit event, or null when it is not one the sync uses or is unreadable. */
export function omniInput(
    name: string,
    params: Readonly<Record<string, unknown>> | null | undefined
): OmniInput | null {
    const event = eventName(name);
    const p = params ?? {};
    switch (event) {
        case 'loginSuccess': {
            const statusId = text(p.statusId);
            return statusId === null ? null : { kind: 'omni', event, statusId };
        }
        case 'statusChanged': {
            const statusId = text(p.statusId);
            if (statusId === null) return null;
            return {
                kind: 'omni',
                event,
                statusId,
                statusApiName: text(p.statusApiName),
                statusName: text(p.statusName),
                reason: text(p.reason)
            };
        }
        case 'logout':
            return { kind: 'omni', event, reason: text(p.reason) };
        case 'workAssigned':
        case 'workAccepted':
        case 'workDeclined':
        case 'workClosed': {
            const workId = text(p.workId);
            return workId === null ? null : { kind: 'omni', event, workId, workItemId: text(p.workItemId) ?? '' };
        }
        case 'workloadChanged': {
            const newWorkload = toNumber(p.newWorkload);
            if (newWorkload === null) return null;
            return {
                kind: 'omni',
                event,
                newWorkload,
                previousWorkload: toNumber(p.previousWorkload),
                configuredCapacity: toNumber(p.configuredCapacity) ?? 0
            };
        }
        case 'connectionError':
            return { kind: 'omni', event, error: text(p.error) };
        case null:
            return null;
    }
}

/** The works of `getAgentWorks()`, which may be a JSON string. */
export function worksOf(result: unknown): (WorkRef & { isEngaged: boolean })[] {
    const works = typeof result === 'object' && result !== null ? (result as { works?: unknown }).works : undefined;
    return toArray(works).flatMap((work) => {
        if (typeof work !== 'object' || work === null) return [];
        const w = work as Record<string, unknown>;
        const workId = text(w.workId);
        return workId === null
            ? []
            : [{ workId, workItemId: text(w.workItemId) ?? '', isEngaged: w.isEngaged !== false }];
    });
}

export function workloadOf(result: unknown): { configuredCapacity: number; currentWorkload: number } | null {
    if (typeof result !== 'object' || result === null) return null;
    const r = result as Record<string, unknown>;
    const configuredCapacity = toNumber(r.configuredCapacity);
    const currentWorkload = toNumber(r.currentWorkload);
    return configuredCapacity === null || currentWorkload === null ? null : { configuredCapacity, currentWorkload };
}
