/**
 * The host end of the bridge, in the utility: talks to the softphone page in the frame.
 * It accepts messages only from the frame's window and an allowed origin (S1), sends only with
 * an explicit target origin, turns softphone messages into engine inputs, correlates commands
 * with acknowledgements (and times them out), and detects a dead or reloaded frame by heartbeat
 * and re-handshakes (B17).
 */
import type { SoftphoneCommand, SoftphoneInput } from '../engine/types';
import {
    InboundGate,
    idFactory,
    type BridgeStats,
    type Clock,
    type DropReason,
    type ListenTarget,
    type MessageEventLike,
    type PostTarget
} from './endpoint';
import {
    CAPABILITIES,
    PROTOCOL_VERSIONS,
    negotiateVersion,
    parseSoftphoneMessage,
    toWire,
    type Capability,
    type HostMessage,
    type SoftphoneMessage
} from './protocol';

export type BridgeStatus = 'idle' | 'connecting' | 'connected' | 'rejected';

export interface SoftphoneInfo {
    vendor: string;
    product: string;
    version: string;
    protocolVersion: number;
    capabilities: Capability[];
}

export interface BridgeHostOptions {
    /** The utility's own window, where the frame's messages arrive. */
    listenOn: ListenTarget;
    /** The frame's window (iframe.contentWindow), read afresh each time. */
    frame: () => PostTarget | null;
    /** The origin of the softphone page: every message to it is sent to exactly this origin. */
    softphoneOrigin: string;
    /** Origins the softphone may send from (the softphone origin is always one of them). */
    allowedOrigins: readonly string[];
    clock: Clock;
    onInput: (input: SoftphoneInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onStatus?: (status: BridgeStatus, detail: string | null) => void;
    /** Told of every message dropped (after it is counted), for the panel's count. */
    onDrop?: (reason: DropReason) => void;
    heartbeatMs?: number;
    commandTimeoutMs?: number;
    connectRetryMs?: number;
    maxMessagesPerSecond?: number;
    newId?: () => string;
}

interface Pending {
    timer: unknown;
}

export class BridgeHostError extends Error {}

function exactOrigin(origin: string): string {
    const match = /^(https?:\/\/[^/?#*\s]+)$/i.exec(origin.trim());
    if (match?.[1] === undefined) throw new BridgeHostError(`"${origin}" is not an exact http(s) origin`);
    return match[1].toLowerCase();
}

export class BridgeHost {
    private status: BridgeStatus = 'idle';
    private readonly gate: InboundGate<SoftphoneMessage>;
    private readonly origins: Set<string>;
    private readonly target: string;
    private readonly pending = new Map<string, Pending>();
    private readonly newId: () => string;
    private connectTimer: unknown = null;
    private heartbeatTimer: unknown = null;
    private lastHeard = 0;
    private info: SoftphoneInfo | null = null;
    /** The connects of the current handshake: any hello answering one of them belongs to it. */
    private readonly answeredConnects = new Set<string>();
    private readonly heartbeatMs: number;
    private readonly commandTimeoutMs: number;
    private readonly connectRetryMs: number;
    private readonly listener = (event: MessageEventLike) => {
        this.receive(event);
    };

    constructor(private readonly options: BridgeHostOptions) {
        this.target = exactOrigin(options.softphoneOrigin);
        this.origins = new Set([this.target, ...options.allowedOrigins.map(exactOrigin)]);
        this.heartbeatMs = options.heartbeatMs ?? 5000;
        this.commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
        this.connectRetryMs = options.connectRetryMs ?? 1000;
        this.newId = options.newId ?? idFactory('h');
        this.gate = new InboundGate({
            clock: options.clock,
            fromPeer: (source) => source !== null && source !== undefined && source === options.frame(),
            originAllowed: (origin) => this.origins.has(origin),
            parse: parseSoftphoneMessage,
            maxPerSecond: options.maxMessagesPerSecond ?? 50,
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

    start(): void {
        if (this.status !== 'idle') return;
        this.options.listenOn.addEventListener('message', this.listener);
        this.setStatus('connecting', null);
        this.sendConnect();
    }

    stop(): void {
        this.options.listenOn.removeEventListener('message', this.listener);
        this.clearTimers();
        this.failPending('the bridge stopped');
        this.info = null;
        this.status = 'idle';
    }

    /** The frame loaded (again): whatever was connected is gone; handshake anew. */
    frameLoaded(): void {
        if (this.status === 'idle') return;
        this.lose('frame reloaded');
        this.sendConnect();
    }

    /** Sends an engine command; its outcome arrives through onResult (ack, error or timeout). */
    send(command: SoftphoneCommand): void {
        if (this.status !== 'connected') {
            this.options.onResult({ commandId: command.id, ok: false, error: 'softphone not connected' });
            return;
        }
        let message: HostMessage;
        switch (command.type) {
            case 'setState':
                message = {
                    type: 'setState',
                    state: { major: command.state.major, minor: command.state.minor },
                    reason:
                        command.rule === 'B7' || command.rule === 'B8'
                            ? 'work'
                            : command.rule === 'B14'
                              ? 'restore'
                              : 'sync'
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
        const timer = this.options.clock.setTimeout(() => {
            if (this.pending.delete(command.id)) {
                this.options.onResult({ commandId: command.id, ok: false, error: 'no answer from the softphone' });
            }
        }, this.commandTimeoutMs);
        this.pending.set(command.id, { timer });
        this.post(command.id, message);
    }

    private post(id: string, message: HostMessage, replyTo: string | null = null): void {
        const frame = this.options.frame();
        if (frame === null) return;
        try {
            frame.postMessage(
                toWire(id, message, {
                    replyTo,
                    sentAt: this.options.clock.now(),
                    version: this.info?.protocolVersion ?? 1
                }),
                this.target
            );
        } catch {
            // A frame that is navigating away can refuse the message; the heartbeat notices.
        }
    }

    private setStatus(status: BridgeStatus, detail: string | null): void {
        if (this.status === status) return;
        this.status = status;
        this.options.onStatus?.(status, detail);
    }

    private sendConnect(): void {
        this.options.clock.clearTimeout(this.connectTimer);
        this.connectTimer = null;
        if (this.status !== 'connecting') return;
        const id = this.newId();
        this.answeredConnects.add(id);
        this.post(id, { type: 'connect', protocolVersions: [...PROTOCOL_VERSIONS] });
        this.connectTimer = this.options.clock.setTimeout(() => {
            this.sendConnect();
        }, this.connectRetryMs);
    }

    private scheduleHeartbeat(): void {
        this.options.clock.clearTimeout(this.heartbeatTimer);
        this.heartbeatTimer = this.options.clock.setTimeout(() => {
            this.heartbeatTimer = null;
            if (this.status !== 'connected') return;
            if (this.options.clock.now() - this.lastHeard > this.heartbeatMs * 2.5) {
                this.lose('heartbeat lost');
                this.sendConnect();
                return;
            }
            this.post(this.newId(), { type: 'ping' });
            this.scheduleHeartbeat();
        }, this.heartbeatMs);
    }

    private clearTimers(): void {
        this.options.clock.clearTimeout(this.connectTimer);
        this.options.clock.clearTimeout(this.heartbeatTimer);
        this.connectTimer = null;
        this.heartbeatTimer = null;
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
        this.answeredConnects.clear();
        this.clearTimers();
        this.failPending(reason);
        this.info = null;
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
                this.hello(envelope.id, envelope.replyTo, message);
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

    private hello(id: string, replyTo: string | null, message: Extract<SoftphoneMessage, { type: 'hello' }>): void {
        // A softphone that saw two of our connects answers both: the second answer is not a restart.
        if (this.status === 'connected' && replyTo !== null && this.answeredConnects.has(replyTo)) {
            this.gate.drop('unexpected');
            return;
        }
        const version = negotiateVersion(message.protocolVersions);
        if (version === null) {
            if (this.status === 'connected') this.lose('softphone restarted with an unsupported protocol version');
            this.gate.drop('version');
            this.post(
                this.newId(),
                {
                    type: 'reject',
                    code: 'version',
                    supported: [...PROTOCOL_VERSIONS],
                    message: `this host speaks protocol versions ${PROTOCOL_VERSIONS.join(', ')}`
                },
                id
            );
            this.clearTimers();
            this.setStatus(
                'rejected',
                `${message.vendor} ${message.product} ${message.version} offers protocol versions ${message.protocolVersions.join(', ')}`
            );
            return;
        }
        // A hello while connected means the softphone restarted: it is a new session.
        if (this.status === 'connected') this.lose('softphone restarted');
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
        this.options.clock.clearTimeout(this.connectTimer);
        this.connectTimer = null;
        this.post(this.newId(), { type: 'welcome', version, capabilities, heartbeatMs: this.heartbeatMs }, id);
        this.lastHeard = this.options.clock.now();
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
            since: session.since,
            interactions: session.interactions.map((i) => ({ interactionId: i.id, direction: i.direction }))
        });
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
                this.lose('softphone closed');
                this.sendConnect();
                return true;
        }
    }
}
