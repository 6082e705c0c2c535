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
 *
 * This file keeps the session (status, nonces, handshake and retries) and wires its parts: options and status
 * (host-options.ts, re-exported here), messages to and from engine inputs (host-messages.ts), the commands
 * awaiting an answer (host-pending.ts), the heartbeat (host-heartbeat.ts), the resync after a flood (host-resync.ts).
 */
import type { SoftphoneCommand } from '../engine/types';
import {
    InboundGate,
    idFactory,
    newNonce,
    randomFillOf,
    type BridgeStats,
    type MessageEventLike,
    type RandomFill
} from './endpoint';
import { Heartbeat } from './host-heartbeat';
import {
    authenticateSoftphone,
    commandMessage,
    sinceOnClock,
    connectedInput,
    sessionInput,
    versionReject,
    versionRejectDetail,
    type Hello
} from './host-messages';
import {
    BridgeHostError,
    exactOrigin,
    type BridgeHostOptions,
    type BridgeStatus,
    type SoftphoneInfo
} from './host-options';
import { PendingCommands, type HostFailure } from './host-pending';
import { FloodResync } from './host-resync';
import {
    CAPABILITIES,
    HANDSHAKE_ENVELOPE_VERSION,
    PROTOCOL_VERSIONS,
    encode,
    negotiateVersion,
    parseSoftphoneMessage,
    type Envelope,
    type HostMessage,
    type SoftphoneMessage
} from './protocol';

export { BridgeHostError, type BridgeHostOptions, type BridgeStatus, type SoftphoneInfo } from './host-options';

/** The nonces of the latest `connect`s of one handshake that a `hello` may answer. */
const REMEMBERED_CONNECTS = 4;

/** The host end of one frame's bridge; see the module comment. */
export class BridgeHost {
    private status: BridgeStatus = 'idle';
    private readonly gate: InboundGate<SoftphoneMessage>;
    private readonly origins: Set<string>;
    private readonly target: string;
    private readonly pending: PendingCommands;
    private readonly heartbeat: Heartbeat;
    private readonly flood: FloodResync;
    private readonly newId: () => string;
    private readonly randomFill: RandomFill;
    private connectTimer: unknown = null;
    /** The wait before the next `connect`, in milliseconds; reset when a new handshake starts. */
    private connectDelay: number;
    private info: SoftphoneInfo | null = null;
    /** The nonce of the established session: every softphone message carries it. */
    private sessionNonce: string | null = null;
    /** The nonces of the connects of the current handshake (at most REMEMBERED_CONNECTS, newest last). */
    private handshakeNonces: string[] = [];
    /** A new handshake is running while the session stays up (after a flood). */
    private resyncing = false;
    private connectsSent = 0;
    private readonly heartbeatMs: number;
    private readonly connectRetryMs: number;
    private readonly maxConnectRetryMs: number;
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
        this.pending = new PendingCommands(options.clock, options.commandTimeoutMs ?? 10_000, options.onResult);
        this.heartbeat = new Heartbeat(options.clock, this.heartbeatMs, {
            connected: () => this.status === 'connected',
            ping: () => this.post(this.newId(), { type: 'ping' }),
            lost: () => {
                this.lose('heartbeat-lost');
                this.beginHandshake();
            }
        });
        this.connectRetryMs = options.connectRetryMs ?? 250;
        this.maxConnectRetryMs = Math.max(this.connectRetryMs, options.maxConnectRetryMs ?? 30_000);
        this.flood = new FloodResync(options.clock, options.resyncQuietMs ?? 1000, () => {
            // While connecting, the handshake under way brings a fresh session anyway.
            if (this.status !== 'connected' || this.resyncing) return;
            this.resyncing = true;
            this.beginHandshake();
        });
        this.connectDelay = this.connectRetryMs;
        this.newId = options.newId ?? idFactory('h');
        this.gate = new InboundGate({
            clock: options.clock,
            fromPeer: (source) => source !== null && source !== undefined && source === options.frame(),
            originAllowed: (origin) => this.origins.has(origin),
            parse: parseSoftphoneMessage,
            authenticate: (envelope, fromPeer) =>
                authenticateSoftphone(envelope, fromPeer, this.handshakeNonces, this.sessionNonce),
            maxPerSecond: options.maxMessagesPerSecond ?? 50,
            onFlood: (fromPeer) => {
                if (fromPeer) this.flood.flooded();
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
        const timers =
            (this.connectTimer === null ? 0 : 1) + (this.heartbeat.armed ? 1 : 0) + (this.flood.armed ? 1 : 0);
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
        this.pending.failAll('bridge-stopped');
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
            this.pending.failLater(command.id, 'softphone-not-connected');
            return;
        }
        const message = commandMessage(command);
        this.pending.track(command.id, () => this.post(command.id, message));
    }

    /** Posts a message as JSON to the exact softphone origin; false when it could not (the frame unreachable too). */
    private post(
        id: string,
        message: HostMessage,
        replyTo: string | null = null,
        nonce: string | null = this.sessionNonce,
        version: number = this.info?.protocolVersion ?? HANDSHAKE_ENVELOPE_VERSION
    ): boolean {
        try {
            const frame = this.options.frame();
            if (frame === null) return false;
            frame.postMessage(encode(id, message, { replyTo, version, nonce }), this.target);
            return true;
        } catch {
            // A frame navigating away or unreachable: no throw into the step that sent it; the command times out (B17).
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

    private clearTimers(): void {
        this.options.clock.clearTimeout(this.connectTimer);
        this.heartbeat.stop();
        this.flood.stop();
        this.connectTimer = null;
    }

    /** The softphone is gone: commands to it fail, the engine hears of it (B17), and we wait for a new hello. */
    private lose(reason: HostFailure): void {
        const wasConnected = this.status === 'connected';
        this.clearTimers();
        this.pending.failAll(reason);
        this.info = null;
        this.sessionNonce = null;
        this.resyncing = false;
        this.setStatus('connecting', reason);
        if (wasConnected) this.options.onInput({ kind: 'softphone', event: 'disconnected', reason });
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
            this.heartbeat.heard();
            if (this.handle(envelope.id, envelope.replyTo, message)) this.gate.countAccepted();
            else this.gate.drop('unexpected');
        } catch {
            this.gate.drop('internal');
        }
    }

    private hello(envelope: Envelope<SoftphoneMessage>, message: Hello): void {
        const token = envelope.nonce ?? envelope.replyTo ?? '';
        // A softphone that saw two of our connects answers both: the second answer is not a new session.
        if (this.status === 'connected' && (!this.resyncing || token === this.sessionNonce)) {
            this.gate.drop('unexpected');
            return;
        }
        const version = negotiateVersion(message.protocolVersions);
        if (version === null) {
            this.refuseVersion(envelope, message);
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
        if (resynced) this.pending.failAll('softphone-resynced');
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
        this.heartbeat.reset();
        this.setStatus('connected', `${message.vendor} ${message.product} ${message.version}`);
        this.heartbeat.schedule();
        this.options.onInput(
            connectedInput(
                message,
                capabilities,
                sinceOnClock(this.options.clock.now(), message.session.since, envelope.sentAt)
            )
        );
    }

    /** A hello that offers no version this host speaks: the host says so and stops trying. */
    private refuseVersion(envelope: Envelope<SoftphoneMessage>, message: Hello): void {
        if (this.status === 'connected') this.lose('protocol-unsupported');
        this.gate.drop('version');
        // Sent in the handshake's envelope, with the nonce only if the hello had one: a softphone
        // of version 1 can read it and say why it was refused.
        this.post(this.newId(), versionReject(message), envelope.id, envelope.nonce, HANDSHAKE_ENVELOPE_VERSION);
        this.clearTimers();
        this.handshakeNonces = [];
        this.setStatus('rejected', versionRejectDetail(message));
    }

    /** A message of a connected softphone; false when it makes no sense now. */
    private handle(id: string, replyTo: string | null, message: SoftphoneMessage): boolean {
        switch (message.type) {
            case 'hello':
                return false;
            case 'state':
            case 'login':
            case 'logout':
            case 'interactionStarted':
            case 'interactionEnded':
                this.options.onInput(sessionInput(message));
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
                this.options.onInput(sessionInput(message));
                return true;
            case 'ack':
                return this.pending.settle(replyTo, true, null);
            case 'error':
                return this.pending.settle(replyTo, false, `${message.code}: ${message.message}`);
            case 'pong':
                return true;
            case 'goodbye':
                this.lose('softphone-closed');
                this.beginHandshake();
                return true;
        }
    }
}
