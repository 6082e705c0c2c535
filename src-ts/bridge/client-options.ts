/**
 * What a softphone page gives its bridge client and gets from it (client.ts): the options, the client's status,
 * the host's commands and the error a command handler throws to refuse one; and the client's stateless
 * judgements: which host messages carry the right nonce, and a host message as the command the page carries out.
 */
import type { ListenTarget, PostTarget, Clock, DropReason } from './endpoint';
import type { Capability, Envelope, ErrorCode, HostMessage, Session, WireState, WorkEventName } from './protocol';

/** A command from the host, for the softphone to carry out. */
export type HostCommand =
    | { type: 'setState'; requestId: string; state: WireState; reason: 'sync' | 'work' | 'restore' }
    | { type: 'logout'; requestId: string }
    | { type: 'work'; requestId: string; event: WorkEventName; workId: string; workItemId: string };

/** Throw from a command handler to refuse a command with a protocol error code. */
export class BridgeCommandError extends Error {
    constructor(
        readonly code: ErrorCode,
        message: string
    ) {
        super(message);
    }
}

/** The client's view: waiting for a connect or welcome, in a session, refused, or stopped. */
export type ClientStatus = 'waiting' | 'connected' | 'rejected' | 'stopped';

/** How a softphone page sets up its client (docs/bridge-protocol.md, section 8). */
export interface SoftphoneClientOptions {
    vendor: string;
    product: string;
    version: string;
    capabilities: Capability[];
    catalogue: { major: string; minor?: string | null; reserved?: boolean; label?: string | null }[];
    /**
     * Origins the host may be on; one leading wildcard label is allowed: https://*.lightning.force.com. Read once, when
     * the client is made: changing the array afterwards changes nothing (make a new client).
     */
    allowedHostOrigins: string[];
    /** Carries out a host command; resolve when done, throw BridgeCommandError to refuse. */
    onCommand: (command: HostCommand) => void | Promise<void>;
    onStatus?: (status: ClientStatus, detail: string | null) => void;
    /** The softphone's own window and its parent; default to the page's. */
    self?: ListenTarget;
    parent?: PostTarget;
    /** A monotonic clock for timeouts and the rate limit; default: the page's `performance.now()` and timers. */
    clock?: Clock;
    /** The wall clock in milliseconds since the epoch, for `session.since` and `sentAt`; default `Date.now`. */
    wallClock?: () => number;
    initialSession?: Partial<Session>;
    requestTimeoutMs?: number;
    maxMessagesPerSecond?: number;
    /** The protocol versions this softphone speaks (default: this client's). */
    protocolVersions?: number[];
    newId?: () => string;
}

/** A host command message as the command the softphone page carries out; `requestId` is the message's id. */
export function hostCommand(
    requestId: string,
    message: Extract<HostMessage, { type: 'setState' | 'logout' | 'work' }>
): HostCommand {
    return message.type === 'setState'
        ? { type: 'setState', requestId, state: message.state, reason: message.reason }
        : message.type === 'logout'
          ? { type: 'logout', requestId }
          : {
                type: 'work',
                requestId,
                event: message.event,
                workId: message.workId,
                workItemId: message.workItemId
            };
}

/**
 * Is a valid message the host's? `connect` only from the parent window (it brings the
 * nonce); `welcome` and `reject` with the nonce of a connect this client answered; anything
 * else with the session nonce. From another window only the nonce can prove it.
 */
export function authenticateHost(
    envelope: Envelope<HostMessage>,
    fromPeer: boolean,
    answered: readonly string[],
    sessionNonce: string | null
): DropReason | null {
    const refuse: DropReason = fromPeer ? 'wrong-nonce' : 'wrong-source';
    const nonce = envelope.nonce;
    switch (envelope.message.type) {
        case 'connect':
            return fromPeer ? null : 'wrong-source';
        case 'welcome':
            return nonce !== null && answered.includes(nonce) ? null : refuse;
        case 'reject':
            return nonce !== null && (answered.includes(nonce) || nonce === sessionNonce) ? null : refuse;
        default:
            return nonce !== null && nonce === sessionNonce ? null : refuse;
    }
}
