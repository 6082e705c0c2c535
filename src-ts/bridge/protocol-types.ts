/**
 * The words of the presence bridge protocol (docs/bridge-protocol.md): its name and versions, the limits every
 * message is held to, and the shape of each message and of the envelope around it. No code: validation is in
 * protocol-fields.ts and protocol-payloads.ts, building and parsing in protocol.ts, which re-exports all of this.
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

/**
 * The code of a softphone's `error`: one of the protocol's list (`ERROR_CODES`) or a code of the softphone's own, a
 * short token (letters, digits, `_ . : -`, at most 40 characters, `VENDOR_ERROR_CODE`). Either refuses the command it
 * answers; an own code is shown as the vendor's words (issue 21). The host's own errors use the list only.
 */
export type SoftphoneErrorCode = string;
/** What a softphone's own error code must look like to be read (`SoftphoneErrorCode`). */
export const VENDOR_ERROR_CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}$/;

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
    | { type: 'error'; code: SoftphoneErrorCode; message: string }
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
