/**
 * Strict validation of one bridge message (see protocol.ts): the envelope (`parseEnvelope`) and the typed readers
 * of its fields (text, ids, times, lists, states, capabilities), each returning a freshly built value or throwing
 * `Invalid` with the reason the message is refused. The per-type payloads are read in protocol-payloads.ts.
 */
import {
    CAPABILITIES,
    ERROR_CODES,
    ID_PATTERN,
    MAX_MESSAGE_CHARS,
    MAX_TEXT,
    NONCE_PATTERN,
    PROTOCOL,
    VENDOR_ERROR_CODE,
    type Capability,
    type ErrorCode,
    type SoftphoneErrorCode,
    type Parsed,
    type RejectReason,
    type WireInteraction,
    type WireState
} from './protocol-types';

/** Why a message is refused: thrown by the readers, turned into a `Parsed` failure by `parseEnvelope`. */
export class Invalid extends Error {
    constructor(
        readonly reason: RejectReason,
        detail: string
    ) {
        super(detail);
    }
}

/** Does the object have this own property? */
export const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/**
 * A plain data object, from this realm or any other (a frame's, a sandbox's): no prototype, or
 * a prototype that ends the chain and is tagged Object, as every realm's Object.prototype is.
 * A class instance, an array, a Map or a Date fails; nothing is compared with this realm's
 * Object.prototype, so an object made in another realm is judged like one made here.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (Object.prototype.toString.call(value) !== '[object Object]') return false;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === null) return true;
    if (typeof proto !== 'object' || Object.getPrototypeOf(proto) !== null) return false;
    const constructor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    return (
        constructor !== undefined &&
        typeof constructor.value === 'function' &&
        (constructor.value as { name?: unknown }).name === 'Object'
    );
}

/**
 * True while a message read from JSON text is validated. JSON.parse builds nothing but ordinary
 * objects and arrays of this realm whose properties are all own, enumerable data properties
 * (ECMA-262, JSON.parse: InternalizeJSONProperty, CreateDataProperty; a "__proto__" member is an
 * own property like any other), so for such a value the prototype and property-descriptor checks
 * of `isPlainObject` and `record` cannot fail and are skipped; every other check still runs.
 */
let readingJsonText = false;

/** A plain data object: for a value read from JSON text, any non-array object (see `readingJsonText`). */
function plain(value: unknown): value is Record<string, unknown> {
    if (readingJsonText) return typeof value === 'object' && value !== null && !Array.isArray(value);
    return isPlainObject(value);
}

/** Only the listed keys, each an own data property: anything else (including __proto__) is refused. */
export function record(value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
    if (!plain(value)) throw new Invalid('bad-payload', `${where} must be an object`);
    if (readingJsonText) {
        for (const key of Object.keys(value)) {
            if (!allowed.includes(key)) throw new Invalid('unexpected-keys', `${where} has an unexpected key ${key}`);
        }
        return value;
    }
    for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== 'string' || !allowed.includes(key)) {
            throw new Invalid('unexpected-keys', `${where} has an unexpected key ${String(key)}`);
        }
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined || !('value' in descriptor)) {
            throw new Invalid('bad-payload', `${where}.${key} must be a plain value`);
        }
    }
    return value;
}

/** A C0 control character or DEL: never part of a name or a message. */
export function hasControlCharacter(value: string): boolean {
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code < 0x20 || code === 0x7f) return true;
    }
    return false;
}

/** The same text with control characters turned into spaces. */
export function withoutControlCharacters(value: string): string {
    let out = '';
    for (const char of value) {
        const code = char.charCodeAt(0);
        out += code < 0x20 || code === 0x7f ? ' ' : char;
    }
    return out;
}

/** An optional field left out: missing, null or undefined. */
function absent(value: Record<string, unknown>, key: string): boolean {
    return !own(value, key) || value[key] === null || value[key] === undefined;
}

/** A required text field: non-blank, at most `max` characters, no control characters. */
export function text(value: Record<string, unknown>, key: string, where: string, max = MAX_TEXT): string {
    const v = own(value, key) ? value[key] : undefined;
    if (typeof v !== 'string' || v.trim() === '' || v.length > max || hasControlCharacter(v)) {
        throw new Invalid('bad-payload', `${where}.${key} must be a non-blank string of at most ${max} characters`);
    }
    return v;
}

/** An optional text field: null when left out or empty, else as `text`. */
export function optionalText(
    value: Record<string, unknown>,
    key: string,
    where: string,
    max = MAX_TEXT
): string | null {
    if (absent(value, key) || value[key] === '') return null;
    return text(value, key, where, max);
}

/** A required id field (`ID_PATTERN`). */
export function id(value: Record<string, unknown>, key: string, where: string): string {
    const v = optionalId(value, key, where);
    if (v === null) throw new Invalid('bad-payload', `${where}.${key} must be an id`);
    return v;
}

/** An optional id field: null when left out, else an id (`ID_PATTERN`). */
export function optionalId(
    value: Record<string, unknown>,
    key: string,
    where: string,
    reason: RejectReason = 'bad-payload'
): string | null {
    if (absent(value, key)) return null;
    const v = value[key];
    if (typeof v !== 'string' || !ID_PATTERN.test(v)) throw new Invalid(reason, `${where}.${key} must be an id`);
    return v;
}

/** A true-or-false field; `fallback` when it is missing and a fallback is given. */
export function bool(value: Record<string, unknown>, key: string, where: string, fallback?: boolean): boolean {
    const v = own(value, key) ? value[key] : undefined;
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'boolean') throw new Invalid('bad-payload', `${where}.${key} must be true or false`);
    return v;
}

/** A field that must be one of the listed words. */
export function oneOf<T extends string>(
    value: Record<string, unknown>,
    key: string,
    where: string,
    options: readonly T[]
): T {
    const v = own(value, key) ? value[key] : undefined;
    const found = options.find((option) => option === v);
    if (found === undefined) throw new Invalid('bad-payload', `${where}.${key} must be one of ${options.join(', ')}`);
    return found;
}

/** An optional time field in milliseconds since the epoch: null when left out. */
export function time(
    value: Record<string, unknown>,
    key: string,
    where: string,
    reason: RejectReason = 'bad-payload'
): number | null {
    if (absent(value, key)) return null;
    const v = value[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 8.64e15) {
        throw new Invalid(reason, `${where}.${key} must be a time in milliseconds`);
    }
    return v;
}

/** A list field of at most `max` entries (the entries are read by the caller). */
export function list(value: Record<string, unknown>, key: string, where: string, max: number): unknown[] {
    const v = own(value, key) ? value[key] : undefined;
    if (!Array.isArray(v) || v.length > max)
        throw new Invalid('bad-payload', `${where}.${key} must be a list of at most ${max}`);
    return v as unknown[];
}

/** A softphone state: a major state and an optional minor state. */
export function wireState(value: unknown, where: string): WireState {
    const state = record(value, where, ['major', 'minor']);
    return { major: text(state, 'major', where), minor: optionalText(state, 'minor', where) };
}

/** An optional softphone state: null when missing or null. */
export function optionalState(value: Record<string, unknown>, key: string, where: string): WireState | null {
    if (!own(value, key) || value[key] === null) return null;
    return wireState(value[key], `${where}.${key}`);
}

/** A non-empty list of protocol versions. */
export function versions(value: Record<string, unknown>, key: string, where: string): number[] {
    const raw = list(value, key, where, 16);
    if (raw.length === 0 || !raw.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000)) {
        throw new Invalid('bad-payload', `${where}.${key} must list protocol versions`);
    }
    return raw as number[];
}

/** An open interaction of a hello's session: its id and direction. */
export function interaction(value: unknown, where: string): WireInteraction {
    const item = record(value, where, ['id', 'direction']);
    return { id: id(item, 'id', where), direction: oneOf(item, 'direction', where, ['inbound', 'outbound'] as const) };
}

/** The `capabilities` field: known capabilities only. */
export function capabilityList(value: Record<string, unknown>, where: string): Capability[] {
    return list(value, 'capabilities', where, CAPABILITIES.length).map((c, i) => {
        const found = CAPABILITIES.find((known) => known === c);
        if (found === undefined)
            throw new Invalid('bad-payload', `${where}.capabilities[${i}] is not a known capability`);
        return found;
    });
}

/** The payload of an `error` message, in either direction. */
export function errorPayload(
    payload: Record<string, unknown>,
    where: string
): { type: 'error'; code: ErrorCode; message: string } {
    const p = record(payload, where, ['code', 'message']);
    return { type: 'error', code: oneOf(p, 'code', where, ERROR_CODES), message: text(p, 'message', where, 500) };
}

/**
 * The payload of a softphone's `error`: a code of the protocol's list, or the vendor's own short token
 * (`VENDOR_ERROR_CODE`). A reply to a command is never dropped for its code: an unknown code is still that
 * command's refusal (issue 21). Anything else in `code` is a bad payload, counted and dropped.
 */
export function softphoneErrorPayload(
    payload: Record<string, unknown>,
    where: string
): { type: 'error'; code: SoftphoneErrorCode; message: string } {
    const p = record(payload, where, ['code', 'message']);
    const code = own(p, 'code') ? p.code : undefined;
    if (typeof code === 'string' && !ERROR_CODES.some((known) => known === code) && VENDOR_ERROR_CODE.test(code))
        return { type: 'error', code, message: text(p, 'message', where, 500) };
    return errorPayload(payload, where);
}

/** Rough size of a structured-clone value without serialising it (which could throw or be slow). */
function exceedsSize(value: unknown, budget: number): boolean {
    let remaining = budget;
    const stack: unknown[] = [value];
    let visited = 0;
    while (stack.length > 0) {
        const item = stack.pop();
        if (++visited > 5000) return true;
        if (typeof item === 'string') remaining -= item.length + 2;
        else if (typeof item === 'number' || typeof item === 'boolean' || item === null || item === undefined)
            remaining -= 8;
        else if (typeof item === 'object') {
            if (!Array.isArray(item) && !isPlainObject(item)) return true;
            for (const key of Reflect.ownKeys(item)) {
                remaining -= typeof key === 'string' ? key.length + 3 : 16;
                stack.push((item as Record<string | symbol, unknown>)[key]);
            }
        } else return true;
        if (remaining < 0) return true;
    }
    return false;
}

/** Validates a whole message, a JSON string or an object: its size, the envelope, then the payload through `payloadOf`. Never throws. */
export function parseEnvelope<M>(
    data: unknown,
    payloadOf: (type: string, payload: Record<string, unknown>) => M
): Parsed<M> {
    try {
        let value = data;
        if (typeof value === 'string') {
            if (value.length > MAX_MESSAGE_CHARS)
                return { ok: false, reason: 'oversized', detail: 'message too large' };
            try {
                value = JSON.parse(value) as unknown;
            } catch {
                return { ok: false, reason: 'malformed', detail: 'not JSON' };
            }
            readingJsonText = true;
        } else if (exceedsSize(value, MAX_MESSAGE_CHARS)) {
            return { ok: false, reason: 'oversized', detail: 'message too large or not plain data' };
        }
        if (!plain(value) || !own(value, 'protocol') || value.protocol !== PROTOCOL) {
            return { ok: false, reason: 'not-protocol', detail: 'not a presence bridge message' };
        }
        const wire = record(value, 'message', [
            'protocol',
            'version',
            'id',
            'type',
            'replyTo',
            'sentAt',
            'nonce',
            'payload'
        ]);
        const version = wire.version;
        if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 1000) {
            throw new Invalid('bad-envelope', 'version must be a positive integer');
        }
        const messageId = own(wire, 'id') ? wire.id : undefined;
        if (typeof messageId !== 'string' || !ID_PATTERN.test(messageId))
            throw new Invalid('bad-envelope', 'id must be an id');
        const type = own(wire, 'type') ? wire.type : undefined;
        if (typeof type !== 'string' || type.length > 40)
            throw new Invalid('bad-envelope', 'type must be a message type');
        const replyTo = optionalId(wire, 'replyTo', 'message', 'bad-envelope');
        const sentAt = time(wire, 'sentAt', 'message', 'bad-envelope');
        let nonce: string | null = null;
        if (!absent(wire, 'nonce')) {
            if (typeof wire.nonce !== 'string' || !NONCE_PATTERN.test(wire.nonce))
                throw new Invalid('bad-envelope', 'nonce must be a session nonce');
            nonce = wire.nonce;
        }
        const payload = own(wire, 'payload') ? wire.payload : {};
        if (!plain(payload)) throw new Invalid('bad-payload', 'payload must be an object');
        const message = payloadOf(type, payload);
        return {
            ok: true,
            envelope: { protocol: PROTOCOL, version, id: messageId, replyTo, sentAt, nonce, message }
        };
    } catch (error) {
        if (error instanceof Invalid) return { ok: false, reason: error.reason, detail: error.message };
        return { ok: false, reason: 'malformed', detail: 'unreadable message' };
    } finally {
        readingJsonText = false;
    }
}
