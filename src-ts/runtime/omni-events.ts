/**
 * Translates Omni-Channel toolkit events and call results, as the Aura host passes them on
 * unchanged, into engine inputs. The toolkit's documentation and its samples disagree on
 * types (numbers or strings, arrays or JSON strings): accept both.
 */
import type { OmniInput, WorkRef } from '../engine/types';

/**
 * A `lightning:omniToolkitAPI` event by the name its handler gives it, without the `omniChannel` prefix
 * (Lightning Component Reference, lightning:omniToolkitAPI, "Events").
 */
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

/** The ten toolkit events the Aura host forwards, in the order the reference lists them. */
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

const nonEmptyText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A finite number from a number or a numeric string (the toolkit sends both); null otherwise. */
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

/**
 * Toolkit events the package hears but does not use: ignored without an audit entry.
 * (`omniChannelWorkFlagUpdated`: Lightning Component Reference, `lightning:omniToolkitAPI`.)
 */
const UNUSED_EVENTS: readonly string[] = ['workFlagUpdated'];

function shortName(name: string): string {
    const short = name.replace(/^lightning:/, '').replace(/^omniChannel/, '');
    return short.charAt(0).toLowerCase() + short.slice(1);
}

/** `omniChannelStatusChanged` → `statusChanged`, for each event the Aura host forwards. */
const AURA_NAMES: ReadonlyMap<string, OmniEventName> = new Map(
    OMNI_EVENTS.map((event) => [`omniChannel${event.charAt(0).toUpperCase()}${event.slice(1)}`, event])
);

/**
 * Accepts `omniChannelStatusChanged`, `lightning:omniChannelStatusChanged` or `statusChanged`; null
 * for anything else, including a name that is not a string (never throws).
 */
export function eventName(name: unknown): OmniEventName | null {
    if (typeof name !== 'string') return null;
    // The name each handler action of the Aura host passes, looked up as it is: no rewriting on the event's path.
    const literal = AURA_NAMES.get(name);
    if (literal !== undefined) return literal;
    const normalised = shortName(name);
    return OMNI_EVENTS.find((event) => event === normalised) ?? null;
}

/**
 * Why an Omni-Channel event is malformed, as a cause code the panel words through the label
 * `Presence_Sync_Cause_<code with _ for ->`: no name, a name the sync does not know, parameters that
 * are not an object, a required `field` missing or of the wrong type, or parameters that throw when read.
 */
export interface OmniProblem {
    cause: 'event-no-name' | 'event-unknown' | 'event-params' | 'event-field' | 'event-unreadable';
    /** The parameter at fault (`event-field`). */
    field?: string;
    /** What reading the parameters threw (`event-unreadable`), for support. */
    error?: string;
}

/**
 * What an Omni-Channel event the Aura host passed on means for the sync:
 * - `input` set: the engine input to step with;
 * - `input` null and `problem` null: a well-formed event the sync does not use (ignored);
 * - `problem` set: the event is malformed; the caller drops it and records the problem in the audit.
 */
export interface OmniReading {
    input: OmniInput | null;
    problem: OmniProblem | null;
}

const drop = (cause: OmniProblem['cause'], field?: string): OmniReading => ({
    input: null,
    problem: field === undefined ? { cause } : { cause, field }
});
const use = (input: OmniInput): OmniReading => ({ input, problem: null });

/**
 * Reads a toolkit event as the Aura host passes it on: `name` is the literal event name each
 * `<aura:handler>` action passes (Aura gives application events no name of their own:
 * `event.getName()` is undefined for them, forcedotcom/aura `Event.js`), `params` is
 * `event.getParams()`. Accepts anything and never throws: a malformed event comes back with a
 * `problem`. A missing `params` (null or undefined) reads as no parameters.
 */
export function omniInput(name: unknown, params: unknown): OmniReading {
    if (typeof name !== 'string' || name.trim() === '') return drop('event-no-name');
    const event = eventName(name);
    if (event === null) {
        return UNUSED_EVENTS.includes(shortName(name)) ? { input: null, problem: null } : drop('event-unknown');
    }
    if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params)))
        return drop('event-params');
    const p = (params ?? {}) as Readonly<Record<string, unknown>>;
    const required = (field: string): string | null => nonEmptyText(p[field]);
    const missing = (field: string): OmniReading => drop('event-field', field);
    switch (event) {
        case 'loginSuccess': {
            const statusId = required('statusId');
            return statusId === null ? missing('statusId') : use({ kind: 'omni', event, statusId });
        }
        case 'statusChanged': {
            const statusId = required('statusId');
            if (statusId === null) return missing('statusId');
            return use({
                kind: 'omni',
                event,
                statusId,
                statusApiName: nonEmptyText(p.statusApiName),
                statusName: nonEmptyText(p.statusName),
                reason: nonEmptyText(p.reason)
            });
        }
        case 'logout':
            return use({ kind: 'omni', event, reason: nonEmptyText(p.reason) });
        case 'workAssigned':
        case 'workAccepted':
        case 'workDeclined':
        case 'workClosed': {
            const workId = required('workId');
            if (workId === null) return missing('workId');
            return use({ kind: 'omni', event, workId, workItemId: nonEmptyText(p.workItemId) ?? '' });
        }
        case 'workloadChanged': {
            const newWorkload = toNumber(p.newWorkload);
            if (newWorkload === null) return drop('event-field', 'newWorkload');
            return use({
                kind: 'omni',
                event,
                newWorkload,
                previousWorkload: toNumber(p.previousWorkload),
                configuredCapacity: toNumber(p.configuredCapacity) ?? 0
            });
        }
        case 'connectionError':
            return use({ kind: 'omni', event, error: nonEmptyText(p.error) });
    }
}

/** The works of `getAgentWorks()`, which may be a JSON string. */
export function worksOf(result: unknown): (WorkRef & { isEngaged: boolean })[] {
    const works = typeof result === 'object' && result !== null ? (result as { works?: unknown }).works : undefined;
    return toArray(works).flatMap((work) => {
        if (typeof work !== 'object' || work === null) return [];
        const w = work as Record<string, unknown>;
        const workId = nonEmptyText(w.workId);
        return workId === null
            ? []
            : [{ workId, workItemId: nonEmptyText(w.workItemId) ?? '', isEngaged: w.isEngaged !== false }];
    });
}

/** Capacity and current workload from a `getAgentWorkload()` answer (numbers or numeric strings), or null when either is missing. */
export function workloadOf(result: unknown): { configuredCapacity: number; currentWorkload: number } | null {
    if (typeof result !== 'object' || result === null) return null;
    const r = result as Record<string, unknown>;
    const configuredCapacity = toNumber(r.configuredCapacity);
    const currentWorkload = toNumber(r.currentWorkload);
    return configuredCapacity === null || currentWorkload === null ? null : { configuredCapacity, currentWorkload };
}
