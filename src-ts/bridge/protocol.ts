/**
 * The presence bridge protocol (version 2) between the utility (host) and a softphone page in
 * its frame, over window.postMessage. Described for vendors in docs/bridge-protocol.md.
 *
 * Both ends send every message as a JSON string. Every message is validated strictly here, by
 * both ends: a message is either returned as a freshly built, fully typed value (nothing of the
 * original object is kept), or rejected with a reason. Nothing a message carries is ever
 * evaluated or inserted as markup.
 *
 * Version 2 adds the session nonce: the `id` of the host's `connect` is a random token that only
 * the softphone page at the exact target origin receives; every later message of either end
 * carries it in the envelope's `nonce`. `connect` keeps the shape it had in version 1, so a
 * softphone of version 1 still answers it and is told, by `reject`, why it is refused.
 */

export const PROTOCOL = 'omni-presence-bridge';
/** The protocol versions this package speaks (host and shipped client). */
export const PROTOCOL_VERSIONS: readonly number[] = [2];
/** The envelope version of the handshake messages (`connect`, `hello`, `reject`), which every version can read. */
export const HANDSHAKE_ENVELOPE_VERSION = 1;
/** A session nonce: 22–64 characters of base64url (the host sends 32, from 24 random bytes). */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
/** Largest accepted message, in characters of its JSON form (objects are estimated the same way). */
export const MAX_MESSAGE_CHARS = 32 * 1024;
/** Longest text field (names, labels), in characters. */
export const MAX_TEXT = 128;
/** Most entries in a hello's state catalogue. */
export const MAX_CATALOGUE = 200;
/** Most open interactions in a hello's session. */
export const MAX_INTERACTIONS = 20;
/** Message ids, request ids, interaction and work ids. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** What a softphone may declare in its hello (docs/bridge-protocol.md, section 3). */
export const CAPABILITIES = ['state', 'login', 'logout', 'interactions', 'workItems', 'reservedStates'] as const;
/** One declared capability. */
export type Capability = (typeof CAPABILITIES)[number];

/** Who changed a softphone state: the agent, the contact centre, or a host command. */
export type Cause = 'agent' | 'system' | 'host';
/** An interaction's direction. */
export type InteractionDirection = 'inbound' | 'outbound';
/** Omni-Channel work events the host forwards (B19). */
export type WorkEventName = 'assigned' | 'accepted' | 'declined' | 'closed';
/** Work actions a softphone may ask for (B19). */
export type WorkActionName = 'accept' | 'decline' | 'close';
/** Error codes of `error` messages, in either direction. */
export type ErrorCode = 'unsupported' | 'invalid-state' | 'not-logged-in' | 'busy' | 'rejected' | 'internal';
/** Every error code, for validation. */
export const ERROR_CODES: readonly ErrorCode[] = [
    'unsupported',
    'invalid-state',
    'not-logged-in',
    'busy',
    'rejected',
    'internal'
];

/** A softphone state on the wire: major state and optional minor state. */
export interface WireState {
    major: string;
    minor: string | null;
}
/** One state of the softphone's catalogue. */
export interface WireCatalogueEntry {
    major: string;
    minor: string | null;
    reserved: boolean;
    label: string | null;
}
/** An open interaction in a hello's session. */
export interface WireInteraction {
    id: string;
    direction: InteractionDirection;
}
/** The softphone's session as a hello reports it; `since` is milliseconds on the softphone's wall clock. */
export interface Session {
    loggedIn: boolean;
    state: WireState | null;
    since: number | null;
    interactions: WireInteraction[];
}

/** Messages the softphone sends to the host. */
export type SoftphoneMessage =
    | {
          type: 'hello';
          vendor: string;
          product: string;
          version: string;
          protocolVersions: number[];
          capabilities: Capability[];
          catalogue: WireCatalogueEntry[];
          session: Session;
      }
    | { type: 'state'; state: WireState; cause: Cause; requestId: string | null }
    | { type: 'login'; state: WireState | null }
    | { type: 'logout'; cause: Cause; requestId: string | null }
    | { type: 'interactionStarted'; interactionId: string; direction: InteractionDirection }
    | { type: 'interactionEnded'; interactionId: string }
    | { type: 'workAction'; action: WorkActionName; workId: string; reason: string | null }
    | { type: 'ack' }
    | { type: 'error'; code: ErrorCode; message: string }
    | { type: 'pong' }
    | { type: 'goodbye' };

/** Messages the host sends to the softphone. */
export type HostMessage =
    | { type: 'connect'; protocolVersions: number[] }
    | { type: 'welcome'; version: number; capabilities: Capability[]; heartbeatMs: number }
    | { type: 'reject'; code: 'version'; supported: number[]; message: string }
    | { type: 'setState'; state: WireState; reason: 'sync' | 'work' | 'restore' }
    | { type: 'logout' }
    | { type: 'work'; event: WorkEventName; workId: string; workItemId: string }
    | { type: 'ack' }
    | { type: 'error'; code: ErrorCode; message: string }
    | { type: 'ping' };

/** What travels: the envelope around a message. */
export interface Envelope<M> {
    protocol: typeof PROTOCOL;
    version: number;
    id: string;
    replyTo: string | null;
    sentAt: number | null;
    /** The session nonce (version 2), or null when the message carries none. */
    nonce: string | null;
    message: M;
}

/** Why a message failed validation (a subset of the drop reasons). */
export type RejectReason =
    'malformed' | 'oversized' | 'not-protocol' | 'bad-envelope' | 'unknown-type' | 'bad-payload' | 'unexpected-keys';

/** A validated envelope, or why the message was refused. */
export type Parsed<M> = { ok: true; envelope: Envelope<M> } | { ok: false; reason: RejectReason; detail: string };

// ─── Building ─────────────────────────────────────────────────────────────────────────

/** The wire form: envelope fields plus `type` and `payload`. */
export interface WireMessage {
    protocol: string;
    version: number;
    id: string;
    type: string;
    replyTo?: string;
    sentAt?: number;
    nonce?: string;
    payload: Record<string, unknown>;
}

/**
 * The wire form of a message. `version` defaults to the current protocol version; `sentAt` is
 * the sender's wall clock in milliseconds since the epoch (informational); `nonce` is the
 * session nonce, left out when null.
 */
export function toWire(
    id: string,
    message: SoftphoneMessage | HostMessage,
    options: { replyTo?: string | null; sentAt?: number | null; version?: number; nonce?: string | null } = {}
): WireMessage {
    const { type, ...payload } = message;
    const wire: WireMessage = { protocol: PROTOCOL, version: options.version ?? 2, id, type, payload };
    if (options.replyTo != null) wire.replyTo = options.replyTo;
    if (options.sentAt != null) wire.sentAt = options.sentAt;
    if (options.nonce != null) wire.nonce = options.nonce;
    return wire;
}

/**
 * What is posted: the wire form as a JSON string (version 2 sends strings in both directions).
 * The same text as `JSON.stringify(toWire(id, message, options))`, built in one pass: it is on
 * the path of every command and every report.
 */
export function encode(
    id: string,
    message: SoftphoneMessage | HostMessage,
    options: Parameters<typeof toWire>[2] = {}
): string {
    const payload: Record<string, unknown> = {};
    for (const key of Object.keys(message)) {
        if (key !== 'type') payload[key] = (message as unknown as Record<string, unknown>)[key];
    }
    const wire: WireMessage = { protocol: PROTOCOL, version: options.version ?? 2, id, type: message.type, payload };
    if (options.replyTo != null) wire.replyTo = options.replyTo;
    if (options.sentAt != null) wire.sentAt = options.sentAt;
    if (options.nonce != null) wire.nonce = options.nonce;
    return JSON.stringify(wire);
}

// ─── Validation ───────────────────────────────────────────────────────────────────────

class Invalid extends Error {
    constructor(
        readonly reason: RejectReason,
        detail: string
    ) {
        super(detail);
    }
}

const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

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
function record(value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
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

function text(value: Record<string, unknown>, key: string, where: string, max = MAX_TEXT): string {
    const v = own(value, key) ? value[key] : undefined;
    if (typeof v !== 'string' || v.trim() === '' || v.length > max || hasControlCharacter(v)) {
        throw new Invalid('bad-payload', `${where}.${key} must be a non-blank string of at most ${max} characters`);
    }
    return v;
}

function optionalText(value: Record<string, unknown>, key: string, where: string, max = MAX_TEXT): string | null {
    if (absent(value, key) || value[key] === '') return null;
    return text(value, key, where, max);
}

function id(value: Record<string, unknown>, key: string, where: string): string {
    const v = optionalId(value, key, where);
    if (v === null) throw new Invalid('bad-payload', `${where}.${key} must be an id`);
    return v;
}

function optionalId(
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

function bool(value: Record<string, unknown>, key: string, where: string, fallback?: boolean): boolean {
    const v = own(value, key) ? value[key] : undefined;
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'boolean') throw new Invalid('bad-payload', `${where}.${key} must be true or false`);
    return v;
}

function oneOf<T extends string>(value: Record<string, unknown>, key: string, where: string, options: readonly T[]): T {
    const v = own(value, key) ? value[key] : undefined;
    const found = options.find((option) => option === v);
    if (found === undefined) throw new Invalid('bad-payload', `${where}.${key} must be one of ${options.join(', ')}`);
    return found;
}

function time(
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

function list(value: Record<string, unknown>, key: string, where: string, max: number): unknown[] {
    const v = own(value, key) ? value[key] : undefined;
    if (!Array.isArray(v) || v.length > max)
        throw new Invalid('bad-payload', `${where}.${key} must be a list of at most ${max}`);
    return v as unknown[];
}

function wireState(value: unknown, where: string): WireState {
    const state = record(value, where, ['major', 'minor']);
    return { major: text(state, 'major', where), minor: optionalText(state, 'minor', where) };
}

function optionalState(value: Record<string, unknown>, key: string, where: string): WireState | null {
    if (!own(value, key) || value[key] === null) return null;
    return wireState(value[key], `${where}.${key}`);
}

function versions(value: Record<string, unknown>, key: string, where: string): number[] {
    const raw = list(value, key, where, 16);
    if (raw.length === 0 || !raw.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000)) {
        throw new Invalid('bad-payload', `${where}.${key} must list protocol versions`);
    }
    return raw as number[];
}

function interaction(value: unknown, where: string): WireInteraction {
    const item = record(value, where, ['id', 'direction']);
    return { id: id(item, 'id', where), direction: oneOf(item, 'direction', where, ['inbound', 'outbound'] as const) };
}

function capabilityList(value: Record<string, unknown>, where: string): Capability[] {
    return list(value, 'capabilities', where, CAPABILITIES.length).map((c, i) => {
        const found = CAPABILITIES.find((known) => known === c);
        if (found === undefined)
            throw new Invalid('bad-payload', `${where}.capabilities[${i}] is not a known capability`);
        return found;
    });
}

function errorPayload(
    payload: Record<string, unknown>,
    where: string
): { type: 'error'; code: ErrorCode; message: string } {
    const p = record(payload, where, ['code', 'message']);
    return { type: 'error', code: oneOf(p, 'code', where, ERROR_CODES), message: text(p, 'message', where, 500) };
}

function softphonePayload(type: string, payload: Record<string, unknown>): SoftphoneMessage {
    const where = `payload`;
    switch (type) {
        case 'hello': {
            const p = record(payload, where, [
                'vendor',
                'product',
                'version',
                'protocolVersions',
                'capabilities',
                'catalogue',
                'session'
            ]);
            const capabilities = capabilityList(p, where);
            const catalogue = list(p, 'catalogue', where, MAX_CATALOGUE).map((entry, i) => {
                const at = `${where}.catalogue[${i}]`;
                const e = record(entry, at, ['major', 'minor', 'reserved', 'label']);
                return {
                    major: text(e, 'major', at),
                    minor: optionalText(e, 'minor', at),
                    reserved: bool(e, 'reserved', at, false),
                    label: optionalText(e, 'label', at)
                };
            });
            if (catalogue.length === 0)
                throw new Invalid('bad-payload', `${where}.catalogue must list the softphone's states`);
            const s = record(own(p, 'session') ? p.session : undefined, `${where}.session`, [
                'loggedIn',
                'state',
                'since',
                'interactions'
            ]);
            const session: Session = {
                loggedIn: bool(s, 'loggedIn', `${where}.session`),
                state: optionalState(s, 'state', `${where}.session`),
                since: time(s, 'since', `${where}.session`),
                interactions: own(s, 'interactions')
                    ? list(s, 'interactions', `${where}.session`, MAX_INTERACTIONS).map((i, n) =>
                          interaction(i, `${where}.session.interactions[${n}]`)
                      )
                    : []
            };
            return {
                type: 'hello',
                vendor: text(p, 'vendor', where),
                product: text(p, 'product', where),
                version: text(p, 'version', where),
                protocolVersions: versions(p, 'protocolVersions', where),
                capabilities,
                catalogue,
                session
            };
        }
        case 'state': {
            const p = record(payload, where, ['state', 'cause', 'requestId']);
            const cause = oneOf(p, 'cause', where, ['agent', 'system', 'host'] as const);
            const requestId = optionalId(p, 'requestId', where);
            if (requestId !== null && cause !== 'host')
                throw new Invalid('bad-payload', `${where}.requestId goes with cause host`);
            return {
                type: 'state',
                state: wireState(own(p, 'state') ? p.state : undefined, `${where}.state`),
                cause,
                requestId
            };
        }
        case 'login': {
            const p = record(payload, where, ['state']);
            return { type: 'login', state: optionalState(p, 'state', where) };
        }
        case 'logout': {
            const p = record(payload, where, ['cause', 'requestId']);
            const cause = oneOf(p, 'cause', where, ['agent', 'system', 'host'] as const);
            const requestId = optionalId(p, 'requestId', where);
            if (requestId !== null && cause !== 'host')
                throw new Invalid('bad-payload', `${where}.requestId goes with cause host`);
            return { type: 'logout', cause, requestId };
        }
        case 'interactionStarted': {
            const p = record(payload, where, ['interactionId', 'direction']);
            return {
                type: 'interactionStarted',
                interactionId: id(p, 'interactionId', where),
                direction: oneOf(p, 'direction', where, ['inbound', 'outbound'] as const)
            };
        }
        case 'interactionEnded': {
            const p = record(payload, where, ['interactionId']);
            return { type: 'interactionEnded', interactionId: id(p, 'interactionId', where) };
        }
        case 'workAction': {
            const p = record(payload, where, ['action', 'workId', 'reason']);
            const action = oneOf(p, 'action', where, ['accept', 'decline', 'close'] as const);
            const reason = optionalText(p, 'reason', where);
            if (reason !== null && action !== 'decline')
                throw new Invalid('bad-payload', `${where}.reason goes with decline`);
            return { type: 'workAction', action, workId: id(p, 'workId', where), reason };
        }
        case 'ack':
        case 'pong':
        case 'goodbye':
            record(payload, where, []);
            return { type };
        case 'error':
            return errorPayload(payload, where);
        default:
            throw new Invalid('unknown-type', `unknown message type ${type.slice(0, 40)}`);
    }
}

function hostPayload(type: string, payload: Record<string, unknown>): HostMessage {
    const where = 'payload';
    switch (type) {
        case 'connect': {
            const p = record(payload, where, ['protocolVersions']);
            return { type: 'connect', protocolVersions: versions(p, 'protocolVersions', where) };
        }
        case 'welcome': {
            const p = record(payload, where, ['version', 'capabilities', 'heartbeatMs']);
            const version = p.version;
            if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
                throw new Invalid('bad-payload', `${where}.version must be a protocol version`);
            }
            const heartbeatMs = p.heartbeatMs;
            if (
                typeof heartbeatMs !== 'number' ||
                !Number.isInteger(heartbeatMs) ||
                heartbeatMs < 100 ||
                heartbeatMs > 600_000
            ) {
                throw new Invalid('bad-payload', `${where}.heartbeatMs must be milliseconds`);
            }
            const capabilities = capabilityList(p, where);
            return { type: 'welcome', version, capabilities, heartbeatMs };
        }
        case 'reject': {
            const p = record(payload, where, ['code', 'supported', 'message']);
            return {
                type: 'reject',
                code: oneOf(p, 'code', where, ['version'] as const),
                supported: versions(p, 'supported', where),
                message: text(p, 'message', where, 500)
            };
        }
        case 'setState': {
            const p = record(payload, where, ['state', 'reason']);
            return {
                type: 'setState',
                state: wireState(own(p, 'state') ? p.state : undefined, `${where}.state`),
                reason: oneOf(p, 'reason', where, ['sync', 'work', 'restore'] as const)
            };
        }
        case 'work': {
            const p = record(payload, where, ['event', 'workId', 'workItemId']);
            return {
                type: 'work',
                event: oneOf(p, 'event', where, ['assigned', 'accepted', 'declined', 'closed'] as const),
                workId: id(p, 'workId', where),
                workItemId: id(p, 'workItemId', where)
            };
        }
        case 'logout':
        case 'ack':
        case 'ping':
            record(payload, where, []);
            return { type };
        case 'error':
            return errorPayload(payload, where);
        default:
            throw new Invalid('unknown-type', `unknown message type ${type.slice(0, 40)}`);
    }
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

function parseEnvelope<M>(data: unknown, payloadOf: (type: string, payload: Record<string, unknown>) => M): Parsed<M> {
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

/** Validates a message the host received from the softphone. */
export function parseSoftphoneMessage(data: unknown): Parsed<SoftphoneMessage> {
    return parseEnvelope(data, softphonePayload);
}

/** Validates a message the softphone received from the host. */
export function parseHostMessage(data: unknown): Parsed<HostMessage> {
    return parseEnvelope(data, hostPayload);
}

/** The highest version both ends speak, or null. */
export function negotiateVersion(
    offered: readonly number[],
    supported: readonly number[] = PROTOCOL_VERSIONS
): number | null {
    const common = offered.filter((v) => supported.includes(v));
    return common.length === 0 ? null : Math.max(...common);
}

/**
 * Does an origin match a pattern? A pattern is an exact origin, or a scheme and `*.` before a
 * domain, which matches any subdomain at any depth (sandboxes are mydomain--sandbox.sandbox.…)
 * on the same port: https://*.lightning.force.com.
 */
export function originMatches(origin: string, pattern: string): boolean {
    if (origin === pattern) return true;
    const match = /^(https?):\/\/\*\.([^/*]+)$/.exec(pattern);
    if (match === null) return false;
    const [, scheme, suffix] = match;
    const prefix = `${scheme ?? ''}://`;
    if (!origin.startsWith(prefix)) return false;
    const host = origin.slice(prefix.length);
    return host.endsWith(`.${suffix ?? ''}`) && /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(host);
}
