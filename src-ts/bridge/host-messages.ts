/**
 * The bridge host's translations and judgements, with no state of their own (host.ts): an engine command into
 * the message the host posts, a softphone's hello and session messages into engine inputs, the refusal of a hello
 * whose protocol versions the host does not speak, whether a message carries the right nonce, and the time a
 * softphone entered its state on the host's clock.
 */
import { softphoneCommandReason } from '../engine/command-reason';
import type { SoftphoneCommand, SoftphoneInput } from '../engine/types';
import type { DropReason } from './endpoint';
import { PROTOCOL_VERSIONS, type Capability, type Envelope, type HostMessage, type SoftphoneMessage } from './protocol';

/** A softphone's hello. */
export type Hello = Extract<SoftphoneMessage, { type: 'hello' }>;
/** The softphone messages of a session that become engine inputs as they are. */
export type SessionReport = Extract<
    SoftphoneMessage,
    { type: 'state' | 'login' | 'logout' | 'interactionStarted' | 'interactionEnded' | 'workAction' }
>;

/** The message that carries out an engine command on the softphone. */
export function commandMessage(command: SoftphoneCommand): HostMessage {
    switch (command.type) {
        case 'setState':
            return {
                type: 'setState',
                state: { major: command.state.major, minor: command.state.minor },
                reason: softphoneCommandReason(command)
            };
        case 'logout':
            return { type: 'logout' };
        case 'workItem':
            return {
                type: 'work',
                event: command.event,
                workId: command.workId,
                workItemId: command.workItemId
            };
    }
}

/** The `reject` for a hello that offers no version this host speaks: it names both sides' versions. */
export function versionReject(message: Hello): HostMessage {
    return {
        type: 'reject',
        code: 'version',
        supported: [...PROTOCOL_VERSIONS],
        message: `this host speaks presence bridge protocol version ${PROTOCOL_VERSIONS.join(', ')}; the softphone offers ${message.protocolVersions.join(', ')}: update its bridge client`
    };
}

/** The status detail of a hello refused for its version. */
export function versionRejectDetail(message: Hello): string {
    return `${message.vendor} ${message.product} ${message.version} offers protocol versions ${message.protocolVersions.join(', ')}`;
}

/** The engine's `connected` input for a welcomed hello; `since` is already on the host's clock. */
export function connectedInput(message: Hello, capabilities: Capability[], since: number | null): SoftphoneInput {
    const session = message.session;
    return {
        kind: 'softphone',
        event: 'connected',
        catalogue: message.catalogue.map((entry) => ({
            major: entry.major,
            minor: entry.minor,
            reserved: entry.reserved,
            ...(entry.label === null ? {} : { label: entry.label })
        })),
        capabilities,
        loggedIn: session.loggedIn,
        state: session.loggedIn ? session.state : null,
        since,
        interactions: session.interactions.map((i) => ({ interactionId: i.id, direction: i.direction }))
    };
}

/** The engine input a session message of a connected softphone reports. */
export function sessionInput(message: SessionReport): SoftphoneInput {
    switch (message.type) {
        case 'state':
            return {
                kind: 'softphone',
                event: 'stateChanged',
                state: message.state,
                cause: message.cause,
                requestId: message.requestId
            };
        case 'login':
            return { kind: 'softphone', event: 'loggedIn', state: message.state };
        case 'logout':
            return { kind: 'softphone', event: 'loggedOut', cause: message.cause, requestId: message.requestId };
        case 'interactionStarted':
            return {
                kind: 'softphone',
                event: 'interactionStarted',
                interactionId: message.interactionId,
                direction: message.direction
            };
        case 'interactionEnded':
            return { kind: 'softphone', event: 'interactionEnded', interactionId: message.interactionId };
        case 'workAction':
            return {
                kind: 'softphone',
                event: 'workAction',
                action: message.action,
                workId: message.workId,
                reason: message.reason
            };
    }
}

/**
 * Is a valid message the softphone's? A `hello` must carry the nonce of one of our latest
 * connects (a version-1 softphone echoes it as `replyTo`); every other message the session
 * nonce. From the frame's window a wrong nonce is 'wrong-nonce'; from any other window (where
 * the window cannot be compared, as under Locker) the nonce is the only proof, and without it
 * the message is 'wrong-source'.
 */
export function authenticateSoftphone(
    envelope: Envelope<SoftphoneMessage>,
    fromPeer: boolean,
    handshakeNonces: readonly string[],
    sessionNonce: string | null
): DropReason | null {
    const refuse: DropReason = fromPeer ? 'wrong-nonce' : 'wrong-source';
    if (envelope.message.type === 'hello') {
        const token = envelope.nonce ?? envelope.replyTo;
        if (token === null) return refuse;
        return handshakeNonces.includes(token) || token === sessionNonce ? null : refuse;
    }
    return sessionNonce !== null && envelope.nonce === sessionNonce ? null : refuse;
}

/**
 * When the softphone entered its state, on the host's (monotonic) clock: its age measured on
 * the softphone's own wall clock (the hello's `sentAt` minus `since`), back from `now`. The two
 * clocks are never compared, so their skew does not matter. Null without `sentAt` or `since`.
 */
export function sinceOnClock(now: number, since: number | null, sentAt: number | null): number | null {
    if (since === null || sentAt === null) return null;
    return now - Math.max(0, sentAt - since);
}
