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
 *
 * This file builds messages and reads them, and is what the rest of the code imports. Its parts: the
 * message shapes and limits in protocol-types.ts (re-exported here), the envelope and field checks in
 * protocol-fields.ts, the payload of each message type in protocol-payloads.ts.
 */
import { hostPayload, softphonePayload } from './protocol-payloads';
import { parseEnvelope } from './protocol-fields';
import {
    PROTOCOL,
    PROTOCOL_VERSIONS,
    type HostMessage,
    type Parsed,
    type SoftphoneMessage,
    type WireMessage
} from './protocol-types';

export * from './protocol-types';
export { hasControlCharacter, isPlainObject, withoutControlCharacters } from './protocol-fields';

// ─── Building ─────────────────────────────────────────────────────────────────────────

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

// ─── Reading ──────────────────────────────────────────────────────────────────────────

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
 * `originMatches` against a list of patterns, read once: the exact origins go into a set and each wildcard
 * pattern is taken apart when the matcher is made, so a message's origin costs a set lookup and, for a wildcard,
 * two string comparisons and one test of the host, not a parse of every pattern (the client's checks run on
 * every command, cold).
 */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
    const exact = new Set(patterns);
    const wildcards: { prefix: string; suffix: string }[] = [];
    for (const pattern of patterns) {
        const match = WILDCARD_ORIGIN.exec(pattern);
        if (match !== null) wildcards.push({ prefix: `${match[1] ?? ''}://`, suffix: `.${match[2] ?? ''}` });
    }
    return (origin) => {
        if (exact.has(origin)) return true;
        for (const { prefix, suffix } of wildcards) {
            if (!origin.startsWith(prefix)) continue;
            const host = origin.slice(prefix.length);
            if (host.endsWith(suffix) && ORIGIN_HOST.test(host)) return true;
        }
        return false;
    };
}

/** A wildcard origin pattern: a scheme, `://*.` and a domain. */
const WILDCARD_ORIGIN = /^(https?):\/\/\*\.([^/*]+)$/;
/** The host (and port) of an origin a wildcard pattern may match. */
const ORIGIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i;

/**
 * Does an origin match a pattern? A pattern is an exact origin, or a scheme and `*.` before a
 * domain, which matches any subdomain at any depth (sandboxes are mydomain--sandbox.sandbox.…)
 * on the same port: https://*.lightning.force.com.
 */
export function originMatches(origin: string, pattern: string): boolean {
    return originMatcher([pattern])(origin);
}
