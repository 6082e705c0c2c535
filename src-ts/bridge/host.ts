/**
 * The host end of the bridge, in the utility: talks to the softphone page in the frame.
 * It accepts messages only from an allowed origin and from the frame's window or with the
 * session nonce (S1), sends JSON strings only to the exact softphone origin, turns softphone
 * messages into engine inputs, correlates commands with acknowledgements (and times them out),
 * judges liveness from the messages it receives after each ping it really sent (B17), resumes
 * the session after a flood forced it to drop softphone messages (S1), and backs off while the
 * softphone does not answer.
 *
 * Every duration is measured on the injected clock, which is monotonic (`monotonicClock`).
 */
import type { SoftphoneCommand, SoftphoneInput } from '../engine/types';
import { softphoneCommandReason } from '../engine/command-reason';
import {
    InboundGate,
    idFactory,
    newNonce,
    randomFillOf,
    type BridgeStats,
    type Clock,
    type DropReason,
    type ListenTarget,
    type MessageEventLike,
    type PostTarget,
    type RandomFill
} from './endpoint';
import {
    CAPABILITIES,
    HANDSHAKE_ENVELOPE_VERSION,
    PROTOCOL_VERSIONS,
    encode,
    negotiateVersion,
    parseSoftphoneMessage,
    type Capability,
    type Envelope,
    type HostMessage,
    type SoftphoneMessage
} from './protocol';

/** The host's view of the bridge: not started, handshaking, in a session, or refused for its version. */
export type BridgeStatus = 'idle' | 'connecting' | 'connected' | 'rejected';

/** Who answered the handshake, and what was agreed. */
export interface SoftphoneInfo {
    vendor: string;
    product: string;
    version: string;
    protocolVersion: number;
    capabilities: Capability[];
}

/** How the host is wired to the page; every time is in milliseconds of `clock`. */
export interface BridgeHostOptions {
    /** The utility's own window, where the frame's messages arrive. */
    listenOn: ListenTarget;
    /** The frame's window (iframe.contentWindow), read afresh each time. */
    frame: () => PostTarget | null;
    /** The origin of the softphone page: every message to it is sent to exactly this origin. */
    softphoneOrigin: string;
    /** Origins the softphone may send from (the softphone origin is always one of them). */
    allowedOrigins: readonly string[];
    /** A monotonic clock (milliseconds); see `monotonicClock`. */
    clock: Clock;
    /**
     * The random source for session nonces (`crypto.getRandomValues` of the page). Default: the
     * `crypto` of `listenOn` when it has one; without either the host cannot start (BridgeHostError).
     */
    randomFill?: RandomFill;
    onInput: (input: SoftphoneInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onStatus?: (status: BridgeStatus, detail: string | null) => void;
    /** Told of every message dropped (after it is counted), for the panel's count. */
    onDrop?: (reason: DropReason) => void;
    /** Ping interval in milliseconds (5 000). */
    heartbeatMs?: number;
    /** How long a command waits for its ack or error, in milliseconds (10 000). */
    commandTimeoutMs?: number;
    /** First wait before `connect` is sent again, in milliseconds (250); it doubles after each try. */
    connectRetryMs?: number;
    /** Longest wait between two `connect`s, in milliseconds (30 000). */
    maxConnectRetryMs?: number;
    /** After a flood dropped the softphone's messages, how long it must stay quiet before the resync, in ms (1 000). */
    resyncQuietMs?: number;
    maxMessagesPerSecond?: number;
    newId?: () => string;
}

interface Pending {
    timer: unknown;
}

/** A configuration the host refuses: an inexact origin, or no random source. */
export class BridgeHostError extends Error {}

function exactOrigin(origin: string): string {
    const match = /^(https?:\/\/[^/?#*\s]+)$/i.exec(origin.trim());
    if (match?.[1] === undefined) throw new BridgeHostError(`"${origin}" is not an exact http(s) origin`);
    return match[1].toLowerCase();
}

/** The nonces of the latest `connect`s of one handshake that a `hello` may answer. */
const REMEMBERED_CONNECTS = 4;
/** Pings in a row that got no message back, each given a heartbeat interval to answer, before the softphone counts as lost. */
const MISSED_PINGS_FOR_LOSS = 2;

/** The host end of one frame's bridge; see the module comment. */
export class BridgeHost {
    private status: BridgeStatus = 'idle';
    private readonly gate: InboundGate<SoftphoneMessage>;
    private readonly origins: Set<string>;
    private readonly target: string;
    private readonly pending = new Map<string, Pending>();
    private readonly newId: () => string;
    private readonly randomFill: RandomFill;
    private connectTimer: unknown = null;
    private heartbeatTimer: unknown = null;
    private resyncTimer: unknown = null;
    /** The wait before the next `connect`, in milliseconds; reset when a new handshake starts. */
    private connectDelay: number;
    private lastHeard = 0;
    /** When the last ping was really posted (monotonic ms), or null when none is outstanding. */
    private pingSentAt: number | null = null;
    private missedPings = 0;
    private info: SoftphoneInfo | null = null;
    /** The nonce of the established session: every softphone message carries it. */
    private sessionNonce: string | null = null;
    /** The nonces of the connects of the current handshake (at most REMEMBERED_CONNECTS, newest last). */
    private handshakeNonces: string[] = [];
    /** A new handshake is running while the session stays up (after a flood). */
    private resyncing = false;
    /** When the rate limit last dropped a message from the frame's window (monotonic ms), or null. */
    private floodedAt: number | null = null;
    private connectsSent = 0;
    private readonly heartbeatMs: number;
    private readonly commandTimeoutMs: number;
    private readonly connectRetryMs: number;
    private readonly maxConnectRetryMs: number;
    private readonly resyncQuietMs: number;
    private readonly listener = (event: MessageEventLike) => {
        this.receive(event);
    };

    constructor(private readonly options: BridgeHostOptions) {
        this.target = exactOrigin(options.softphoneOrigin);
        this.origins = new Set([this.target, ...options.allowedOrigins.map(exactOrigin)]);
        const randomFill = options.randomFill ?? randomFillOf(options.listenOn);
        if (randomFill === null) throw new BridgeHostError('no random source for the session nonce');
        this.randomFill = randomFill;
        this.heartbeatMs = options.heartbeatMs ?? 5000;
        this.commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
        this.connectRetryMs = options.connectRetryMs ?? 250;
        this.maxConnectRetryMs = Math.max(this.connectRetryMs, options.maxConnectRetryMs ?? 30_000);
        this.resyncQuietMs = options.resyncQuietMs ?? 1000;
        this.connectDelay = this.connectRetryMs;
        this.newId = options.newId ?? idFactory('h');
        this.gate = new InboundGate({
            clock: options.clock,
            fromPeer: (source) => source !== null && source !== undefined && source === options.frame(),
            originAllowed: (origin) => this.origins.has(origin),
            parse: parseSoftphoneMessage,
            authenticate: (envelope, fromPeer) => this.authenticate(envelope, fromPeer),
            maxPerSecond: options.maxMessagesPerSecond ?? 50,
            onFlood: (fromPeer) => {
                if (fromPeer) this.flooded();
            },
            ...(options.onDrop ? { onDrop: options.onDrop } : {})
        });
    }

    get currentStatus(): BridgeStatus {
        return this.status;
    }

    get softphone(): SoftphoneInfo | null {
        return this.info;
    }

    stats(): BridgeStats {
        return this.gate.stats();
    }

    /**
     * What the host holds on to, for the bounded-memory checks: connects sent so far, the
     * connect nonces it remembers, pending commands, remembered message ids and live timers.
     */
    retained(): { connectsSent: number; connectNonces: number; pending: number; messageIds: number; timers: number } {
        const timers = [this.connectTimer, this.heartbeatTimer, this.resyncTimer].filter((t) => t !== null).length;
        return {
            connectsSent: this.connectsSent,
            connectNonces: this.handshakeNonces.length,
            pending: this.pending.size,
            messageIds: this.gate.rememberedIds,
            timers: timers + this.pending.size
        };
    }

    start(): void {
        if (this.status !== 'idle') return;
        this.options.listenOn.addEventListener('message', this.listener);
        this.setStatus('connecting', null);
        this.beginHandshake();
    }

    stop(): void {
        this.options.listenOn.removeEventListener('message', this.listener);
        this.clearTimers();
        this.failPending('bridge-stopped');
        this.info = null;
        this.sessionNonce = null;
        this.handshakeNonces = [];
        this.resyncing = false;
        this.status = 'idle';
    }

    /** The frame loaded (again): whatever was connected is gone; handshake anew at once, with quick retries. */
    frameLoaded(): void {
        if (this.status === 'idle') return;
        this.lose('frame-reloaded');
        this.beginHandshake();
    }

    /** Sends an engine command; its outcome arrives through onResult (ack, error or timeout). */
    send(command: SoftphoneCommand): void {
        if (this.status !== 'connected') {
            this.options.onResult({ commandId: command.id, ok: false, error: 'softphone-not-connected' });
            return;
        }
        let message: HostMessage;
        switch (command.type) {
            case 'setState':
                message = {
                    type: 'setState',
                    state: { major: command.state.major, minor: command.state.minor },
                    reason: softphoneCommandReason(command)
                };
                break;
            case 'logout':
                message = { type: 'logout' };
                break;
            case 'workItem':
                message = {
                    type: 'work',
                    event: command.event,
                    workId: command.workId,
                    workItemId: command.workItemId
                };
                break;
        }
        // Posted first: arming its timeout is not on the way to the softphone. Its answer comes in a
        // later task, so the timer is armed before anything can settle the command (and not at all
        // when something already did).
        const pending: Pending = { timer: null };
        this.pending.set(command.id, pending);
        this.post(command.id, message);
        if (this.pending.get(command.id) !== pending) return;
        pending.timer = this.options.clock.setTimeout(() => {
            if (this.pending.delete(command.id)) {
                this.options.onResult({ commandId: command.id, ok: false, error: 'softphone-no-answer' });
            }
        }, this.commandTimeoutMs);
    }

    /** Posts a message as a JSON string to the exact softphone origin; false when it could not be posted. */
    private post(
        id: string,
        message: HostMessage,
        replyTo: string | null = null,
        nonce: string | null = this.sessionNonce,
        version: number = this.info?.protocolVersion ?? HANDSHAKE_ENVELOPE_VERSION
    ): boolean {
        const frame = this.options.frame();
        if (frame === null) return false;
        try {
            frame.postMessage(encode(id, message, { replyTo, version, nonce }), this.target);
            return true;
        } catch {
            // A frame that is navigating away can refuse the message; the heartbeat notices.
            return false;
        }
    }

    private setStatus(status: BridgeStatus, detail: string | null): void {
        if (this.status === status) return;
        this.status = status;
        this.options.onStatus?.(status, detail);
    }

    /** A new handshake: fresh nonces, `connect` at once, then retries that back off. */
    private beginHandshake(): void {
        this.handshakeNonces = [];
        this.connectDelay = this.connectRetryMs;
        this.sendConnect();
    }

    private sendConnect(): void {
        this.options.clock.clearTimeout(this.connectTimer);
        this.connectTimer = null;
        if (this.status !== 'connecting' && !(this.status === 'connected' && this.resyncing)) return;
        // The connect's id is the nonce: only the page at the exact softphone origin receives it.
        const nonce = newNonce(this.randomFill);
        this.handshakeNonces.push(nonce);
        if (this.handshakeNonces.length > REMEMBERED_CONNECTS) this.handshakeNonces.shift();
        this.connectsSent++;
        this.post(
            nonce,
            { type: 'connect', protocolVersions: [...PROTOCOL_VERSIONS] },
            null,
            null,
            HANDSHAKE_ENVELOPE_VERSION
        );
        const delay = this.connectDelay;
        this.connectDelay = Math.min(this.maxConnectRetryMs, this.connectDelay * 2);
        this.connectTimer = this.options.clock.setTimeout(() => {
            this.sendConnect();
        }, delay);
    }

    /**
     * Liveness (B17), judged from messages against pings really sent: at each heartbeat, the
     * last ping counts as missed only when it was posted, no message came after it, and a full
     * interval has passed since it was posted. A timer that fires late (a throttled background
     * tab runs it once a minute) therefore never makes a softphone that answers look lost.
     */
    private scheduleHeartbeat(): void {
        this.options.clock.clearTimeout(this.heartbeatTimer);
        this.heartbeatTimer = this.options.clock.setTimeout(() => {
            this.heartbeatTimer = null;
            if (this.status !== 'connected') return;
            const now = this.options.clock.now();
            if (this.pingSentAt !== null) {
                const answered = this.lastHeard >= this.pingSentAt;
                if (answered) this.missedPings = 0;
                else if (now - this.pingSentAt >= this.heartbeatMs) this.missedPings++;
                if (this.missedPings >= MISSED_PINGS_FOR_LOSS) {
                    this.lose('heartbeat-lost');
                    this.beginHandshake();
                    return;
                }
                // A ping not yet due for an answer is left to run.
                if (!answered && now - this.pingSentAt < this.heartbeatMs) {
                    this.scheduleHeartbeat();
                    return;
                }
            }
            this.pingSentAt = this.post(this.newId(), { type: 'ping' }) ? now : null;
            this.scheduleHeartbeat();
        }, this.heartbeatMs);
    }

    /** The rate limit dropped a message from the frame's window: resynchronise once the burst is over (S1). */
    private flooded(): void {
        this.floodedAt = this.options.clock.now();
        if (this.resyncTimer !== null) return;
        const check = () => {
            this.resyncTimer = null;
            if (this.floodedAt === null) return;
            const quietFor = this.options.clock.now() - this.floodedAt;
            if (quietFor < this.resyncQuietMs) {
                this.resyncTimer = this.options.clock.setTimeout(check, this.resyncQuietMs - quietFor);
                return;
            }
            this.floodedAt = null;
            // While connecting, the handshake under way brings a fresh session anyway.
            if (this.status !== 'connected' || this.resyncing) return;
            this.resyncing = true;
            this.beginHandshake();
        };
        this.resyncTimer = this.options.clock.setTimeout(check, this.resyncQuietMs);
    }

    private clearTimers(): void {
        this.options.clock.clearTimeout(this.connectTimer);
        this.options.clock.clearTimeout(this.heartbeatTimer);
        this.options.clock.clearTimeout(this.resyncTimer);
        this.connectTimer = null;
        this.heartbeatTimer = null;
        this.resyncTimer = null;
        this.floodedAt = null;
    }

    private failPending(error: string): void {
        for (const [commandId, pending] of [...this.pending]) {
            this.options.clock.clearTimeout(pending.timer);
            this.pending.delete(commandId);
            this.options.onResult({ commandId, ok: false, error });
        }
    }

    /** The softphone is gone: commands to it fail, the engine hears of it (B17), and we wait for a new hello. */
    private lose(reason: string): void {
        const wasConnected = this.status === 'connected';
        this.clearTimers();
        this.failPending(reason);
        this.info = null;
        this.sessionNonce = null;
        this.resyncing = false;
        this.setStatus('connecting', reason);
        if (wasConnected) this.options.onInput({ kind: 'softphone', event: 'disconnected', reason });
    }

    /**
     * Is a valid message the softphone's? A `hello` must carry the nonce of one of our latest
     * connects (a version-1 softphone echoes it as `replyTo`); every other message the session
     * nonce. From the frame's window a wrong nonce is 'wrong-nonce'; from any other window (where
     * the window cannot be compared, as under Locker) the nonce is the only proof, and without it
     * the message is 'wrong-source'.
     */
    private authenticate(envelope: Envelope<SoftphoneMessage>, fromPeer: boolean): DropReason | null {
        const refuse: DropReason = fromPeer ? 'wrong-nonce' : 'wrong-source';
        if (envelope.message.type === 'hello') {
            const token = envelope.nonce ?? envelope.replyTo;
            if (token === null) return refuse;
            return this.handshakeNonces.includes(token) || token === this.sessionNonce ? null : refuse;
        }
        return this.sessionNonce !== null && envelope.nonce === this.sessionNonce ? null : refuse;
    }

    private receive(event: MessageEventLike): void {
        try {
            const parsed = this.gate.admit(event);
            if (parsed === null || !parsed.ok) return;
            const { envelope } = parsed;
            const message = envelope.message;
            if (message.type === 'hello') {
                this.hello(envelope, message);
                return;
            }
            if (this.status !== 'connected' || this.info === null) {
                this.gate.drop('unexpected');
                return;
            }
            // After the handshake every message speaks the negotiated version.
            if (envelope.version !== this.info.protocolVersion) {
                this.gate.drop('bad-envelope');
                return;
            }
            this.lastHeard = this.options.clock.now();
            if (this.handle(envelope.id, envelope.replyTo, message)) this.gate.countAccepted();
            else this.gate.drop('unexpected');
        } catch {
            this.gate.drop('internal');
        }
    }

    private hello(envelope: Envelope<SoftphoneMessage>, message: Extract<SoftphoneMessage, { type: 'hello' }>): void {
        const token = envelope.nonce ?? envelope.replyTo ?? '';
        // A softphone that saw two of our connects answers both: the second answer is not a new session.
        if (this.status === 'connected' && (!this.resyncing || token === this.sessionNonce)) {
            this.gate.drop('unexpected');
            return;
        }
        const version = negotiateVersion(message.protocolVersions);
        if (version === null) {
            if (this.status === 'connected') this.lose('protocol-unsupported');
            this.gate.drop('version');
            // Sent in the handshake's envelope, with the nonce only if the hello had one: a softphone
            // of version 1 can read it and say why it was refused.
            this.post(
                this.newId(),
                {
                    type: 'reject',
                    code: 'version',
                    supported: [...PROTOCOL_VERSIONS],
                    message: `this host speaks presence bridge protocol version ${PROTOCOL_VERSIONS.join(', ')}; the softphone offers ${message.protocolVersions.join(', ')}: update its bridge client`
                },
                envelope.id,
                envelope.nonce,
                HANDSHAKE_ENVELOPE_VERSION
            );
            this.clearTimers();
            this.handshakeNonces = [];
            this.setStatus(
                'rejected',
                `${message.vendor} ${message.product} ${message.version} offers protocol versions ${message.protocolVersions.join(', ')}`
            );
            return;
        }
        if (envelope.nonce === null) {
            // Version 2 and later carry the nonce in every message from the hello on.
            this.gate.drop('wrong-nonce');
            return;
        }
        // A hello answering a resync connect starts a new session over the old one: what was
        // pending in the old one gets no answer any more.
        const resynced = this.status === 'connected';
        if (resynced) this.failPending('softphone-resynced');
        this.resyncing = false;
        this.gate.forgetIds();
        this.gate.countAccepted();
        const capabilities = message.capabilities.filter((c) => CAPABILITIES.includes(c));
        this.info = {
            vendor: message.vendor,
            product: message.product,
            version: message.version,
            protocolVersion: version,
            capabilities
        };
        this.sessionNonce = envelope.nonce;
        this.options.clock.clearTimeout(this.connectTimer);
        this.connectTimer = null;
        this.post(
            this.newId(),
            { type: 'welcome', version, capabilities, heartbeatMs: this.heartbeatMs },
            envelope.id,
            envelope.nonce,
            version
        );
        this.lastHeard = this.options.clock.now();
        this.pingSentAt = null;
        this.missedPings = 0;
        this.setStatus('connected', `${message.vendor} ${message.product} ${message.version}`);
        this.scheduleHeartbeat();
        const session = message.session;
        this.options.onInput({
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
            since: this.sinceOnOurClock(session.since, envelope.sentAt),
            interactions: session.interactions.map((i) => ({ interactionId: i.id, direction: i.direction }))
        });
    }

    /**
     * When the softphone entered its state, on this host's (monotonic) clock: its age measured on
     * the softphone's own wall clock (the hello's `sentAt` minus `since`), back from now. The two
     * clocks are never compared, so their skew does not matter. Null without `sentAt` or `since`.
     */
    private sinceOnOurClock(since: number | null, sentAt: number | null): number | null {
        if (since === null || sentAt === null) return null;
        return this.options.clock.now() - Math.max(0, sentAt - since);
    }

    /** A message of a connected softphone; false when it makes no sense now. */
    private handle(id: string, replyTo: string | null, message: SoftphoneMessage): boolean {
        const emit = this.options.onInput;
        switch (message.type) {
            case 'hello':
                return false;
            case 'state':
                emit({
                    kind: 'softphone',
                    event: 'stateChanged',
                    state: message.state,
                    cause: message.cause,
                    requestId: message.requestId
                });
                return true;
            case 'login':
                emit({ kind: 'softphone', event: 'loggedIn', state: message.state });
                return true;
            case 'logout':
                emit({ kind: 'softphone', event: 'loggedOut', cause: message.cause, requestId: message.requestId });
                return true;
            case 'interactionStarted':
                emit({
                    kind: 'softphone',
                    event: 'interactionStarted',
                    interactionId: message.interactionId,
                    direction: message.direction
                });
                return true;
            case 'interactionEnded':
                emit({ kind: 'softphone', event: 'interactionEnded', interactionId: message.interactionId });
                return true;
            case 'workAction':
                if (!this.info?.capabilities.includes('workItems')) {
                    this.post(
                        this.newId(),
                        { type: 'error', code: 'unsupported', message: 'work items were not negotiated' },
                        id
                    );
                    return true;
                }
                // Acknowledged on receipt; the outcome shows in the work messages that follow.
                this.post(this.newId(), { type: 'ack' }, id);
                emit({
                    kind: 'softphone',
                    event: 'workAction',
                    action: message.action,
                    workId: message.workId,
                    reason: message.reason
                });
                return true;
            case 'ack':
            case 'error': {
                const pending = replyTo === null ? undefined : this.pending.get(replyTo);
                if (replyTo === null || pending === undefined) return false;
                this.options.clock.clearTimeout(pending.timer);
                this.pending.delete(replyTo);
                this.options.onResult({
                    commandId: replyTo,
                    ok: message.type === 'ack',
                    error: message.type === 'error' ? `${message.code}: ${message.message}` : null
                });
                return true;
            }
            case 'pong':
                return true;
            case 'goodbye':
                this.lose('softphone-closed');
                this.beginHandshake();
                return true;
        }
    }
}
