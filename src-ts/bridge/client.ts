/**
 * The softphone end of the bridge, for a softphone page running in the utility's frame. It waits
 * for the host's connect, answers with the softphone's identity, state catalogue and current
 * session, reports every change, carries out the host's commands through the vendor's handler
 * and acknowledges them. Every message it sends is a JSON string carrying the session nonce the
 * host gave in its connect. Built into dist/presence-bridge-client.js (global PresenceBridge),
 * dist/presence-bridge-client.min.js, and the ES modules dist/presence-bridge-client(.min).mjs.
 * Its options, status, commands and nonce check are in client-options.ts (re-exported here).
 */
import {
    InboundGate,
    idFactory,
    isNonce,
    monotonicClock,
    type BridgeStats,
    type Clock,
    type ListenTarget,
    type MessageEventLike,
    type PostTarget,
    type TimeSource
} from './endpoint';
import {
    HANDSHAKE_ENVELOPE_VERSION,
    PROTOCOL_VERSIONS,
    encode,
    negotiateVersion,
    originMatcher,
    parseHostMessage,
    type Envelope,
    withoutControlCharacters,
    type Capability,
    type Cause,
    type InteractionDirection,
    type ErrorCode,
    type HostMessage,
    type Session,
    type SoftphoneMessage,
    type WireCatalogueEntry,
    type WireState,
    type WorkActionName
} from './protocol';
import {
    BridgeCommandError,
    authenticateHost,
    hostCommand,
    type ClientStatus,
    type HostCommand,
    type SoftphoneClientOptions
} from './client-options';

export { BridgeCommandError, type ClientStatus, type HostCommand, type SoftphoneClientOptions } from './client-options';

/** The nonces of the latest connects this client answered: a welcome may name any of them. */
const ANSWERED_CONNECTS = 4;
/** Messages kept between a hello and its welcome, sent once welcomed. */
const MAX_QUEUED = 100;

/** The softphone end of the bridge; see the module comment. */
export class SoftphoneBridgeClient {
    private status: ClientStatus = 'stopped';
    private hostOrigin: string | null = null;
    /** The protocol version and capabilities the host agreed to in its welcome. */
    private version = HANDSHAKE_ENVELOPE_VERSION;
    private agreed: Capability[] = [];
    /** The session nonce from the host's connect that the welcome confirmed. */
    private sessionNonce: string | null = null;
    /** The nonces of the latest connects answered with a hello. */
    private answered: string[] = [];
    /** Changes made after the latest hello was sent, for the host once it welcomes that hello. */
    private queued: SoftphoneMessage[] = [];
    private readonly wallClock: () => number;
    private session: Session;
    private readonly gate: InboundGate<HostMessage>;
    private readonly self: ListenTarget;
    private readonly parent: PostTarget;
    private readonly clock: Clock;
    private readonly newId: () => string;
    private readonly requests = new Map<
        string,
        { resolve: () => void; reject: (error: Error) => void; timer: unknown }
    >();
    private readonly catalogue: WireCatalogueEntry[];
    private readonly listener = (event: MessageEventLike) => {
        this.receive(event);
    };

    constructor(private readonly options: SoftphoneClientOptions) {
        const globalWindow = (globalThis as { window?: ListenTarget & TimeSource & { parent?: PostTarget } }).window;
        const self = options.self ?? globalWindow;
        const parent = options.parent ?? globalWindow?.parent;
        if (self === undefined || parent === undefined)
            throw new Error('the bridge client needs a window and its parent');
        this.self = self;
        this.parent = parent;
        const clock = options.clock ?? (globalWindow === undefined ? undefined : monotonicClock(globalWindow));
        if (clock === undefined) throw new Error('the bridge client needs a clock');
        this.clock = clock;
        this.wallClock = options.wallClock ?? (() => Date.now());
        this.newId = options.newId ?? idFactory('sp');
        if (options.allowedHostOrigins.length === 0 || options.allowedHostOrigins.includes('*')) {
            throw new Error('allowedHostOrigins must name the host origins; "*" is not allowed');
        }
        this.catalogue = options.catalogue.map((entry) => ({
            major: entry.major,
            minor: entry.minor ?? null,
            reserved: entry.reserved === true,
            label: entry.label ?? null
        }));
        this.session = {
            loggedIn: options.initialSession?.loggedIn ?? false,
            state: options.initialSession?.state ?? null,
            since: options.initialSession?.since ?? this.wallClock(),
            interactions: [...(options.initialSession?.interactions ?? [])]
        };
        this.gate = new InboundGate({
            clock: this.clock,
            fromPeer: (source) => source !== null && source !== undefined && source === this.parent,
            originAllowed: originMatcher(options.allowedHostOrigins),
            parse: parseHostMessage,
            authenticate: (envelope, fromPeer) =>
                authenticateHost(envelope, fromPeer, this.answered, this.sessionNonce),
            maxPerSecond: options.maxMessagesPerSecond ?? 50
        });
    }

    get currentStatus(): ClientStatus {
        return this.status;
    }

    /** The capabilities the host agreed to (empty until welcomed). */
    get capabilities(): Capability[] {
        return [...this.agreed];
    }

    get currentSession(): Session {
        return { ...this.session, interactions: [...this.session.interactions] };
    }

    stats(): BridgeStats {
        return this.gate.stats();
    }

    start(): void {
        if (this.status !== 'stopped') return;
        this.self.addEventListener('message', this.listener);
        this.setStatus('waiting', null);
    }

    stop(): void {
        if (this.status === 'connected') this.post({ type: 'goodbye' });
        this.self.removeEventListener('message', this.listener);
        for (const [, request] of this.requests) {
            this.clock.clearTimeout(request.timer);
            request.reject(new Error('the bridge stopped'));
        }
        this.requests.clear();
        this.hostOrigin = null;
        this.sessionNonce = null;
        this.answered = [];
        this.queued = [];
        this.setStatus('stopped', null);
    }

    /** The agent state changed; `requestId` when it carries out a host command. */
    state(state: WireState, cause: Cause = 'agent', requestId: string | null = null): void {
        this.session = {
            ...this.session,
            loggedIn: true,
            state: { major: state.major, minor: state.minor ?? null },
            since: this.wallClock()
        };
        this.post({
            type: 'state',
            state: this.session.state ?? state,
            cause,
            requestId: cause === 'host' ? requestId : null
        });
    }

    login(state: WireState | null): void {
        this.session = { ...this.session, loggedIn: true, state, since: this.wallClock() };
        this.post({ type: 'login', state });
    }

    logout(cause: Cause = 'agent', requestId: string | null = null): void {
        this.session = { loggedIn: false, state: null, since: this.wallClock(), interactions: [] };
        this.post({ type: 'logout', cause, requestId: cause === 'host' ? requestId : null });
    }

    interactionStarted(interactionId: string, direction: InteractionDirection): void {
        this.session = {
            ...this.session,
            interactions: [...this.session.interactions, { id: interactionId, direction }]
        };
        this.post({ type: 'interactionStarted', interactionId, direction });
    }

    /** An interaction has ended, wrap included. Report it before the post-interaction state. */
    interactionEnded(interactionId: string): void {
        this.session = {
            ...this.session,
            interactions: this.session.interactions.filter((i) => i.id !== interactionId)
        };
        this.post({ type: 'interactionEnded', interactionId });
    }

    /** Accept, decline (with a reason) or close Omni-Channel work; resolves when the host acknowledges. */
    workAction(action: WorkActionName, workId: string, reason: string | null = null): Promise<void> {
        if (this.status !== 'connected') return Promise.reject(new Error('not connected to the host'));
        const id = this.newId();
        return new Promise<void>((resolve, reject) => {
            const timer = this.clock.setTimeout(() => {
                this.requests.delete(id);
                reject(new Error('the host did not answer'));
            }, this.options.requestTimeoutMs ?? 10_000);
            this.requests.set(id, { resolve, reject, timer });
            this.post({ type: 'workAction', action, workId, reason: action === 'decline' ? reason : null }, null, id);
        });
    }

    private setStatus(status: ClientStatus, detail: string | null): void {
        if (this.status === status) return;
        this.status = status;
        this.options.onStatus?.(status, detail);
    }

    private post(message: SoftphoneMessage, replyTo: string | null = null, id: string = this.newId()): void {
        if (this.hostOrigin === null) return;
        if (this.status !== 'connected') {
            // After a hello and before its welcome: keep the change for the new session (the
            // hello's session did not include it). Before any hello, the next one carries it.
            // Answers (ack, error, pong) belong to the old session and are not kept.
            const change = message.type !== 'ack' && message.type !== 'error' && message.type !== 'pong';
            if (change && this.answered.length > 0 && this.status === 'waiting' && this.queued.length < MAX_QUEUED)
                this.queued.push(message);
            return;
        }
        this.send(message, replyTo, id, this.version, this.sessionNonce);
    }

    private send(
        message: SoftphoneMessage,
        replyTo: string | null,
        id: string,
        version: number,
        nonce: string | null
    ): void {
        if (this.hostOrigin === null) return;
        try {
            this.parent.postMessage(
                encode(id, message, { replyTo, sentAt: this.wallClock(), version, nonce }),
                this.hostOrigin
            );
        } catch {
            // The host page is going away; it will connect again.
        }
    }

    private connect(envelope: Envelope<HostMessage>, protocolVersions: number[], origin: string): void {
        this.gate.countAccepted();
        this.hostOrigin = origin;
        // The connect's id is the session nonce; a host of version 1 sends none.
        const nonce = isNonce(envelope.id) ? envelope.id : null;
        if (nonce !== null) {
            this.answered.push(nonce);
            if (this.answered.length > ANSWERED_CONNECTS) this.answered.shift();
        }
        const offered = this.options.protocolVersions ?? [...PROTOCOL_VERSIONS];
        if (negotiateVersion(protocolVersions, offered) === null) {
            this.setStatus('rejected', `the host speaks versions ${protocolVersions.join(', ')}`);
        }
        if (this.status === 'connected') this.setStatus('waiting', 'the host is connecting again');
        // The hello carries the session as it is now: what was queued for an earlier hello is in it.
        this.queued = [];
        this.send(
            {
                type: 'hello',
                vendor: this.options.vendor,
                product: this.options.product,
                version: this.options.version,
                protocolVersions: offered,
                capabilities: this.options.capabilities,
                catalogue: this.catalogue,
                session: this.session
            },
            envelope.id,
            this.newId(),
            HANDSHAKE_ENVELOPE_VERSION,
            nonce
        );
    }

    private receive(event: MessageEventLike): void {
        try {
            const parsed = this.gate.admit(event);
            if (parsed === null || !parsed.ok) return;
            const { envelope } = parsed;
            const message = envelope.message;
            if (message.type === 'connect') {
                this.connect(envelope, message.protocolVersions, event.origin);
                return;
            }
            if (event.origin !== this.hostOrigin) {
                this.gate.drop('wrong-origin');
                return;
            }
            const expectedVersion =
                message.type === 'welcome'
                    ? message.version
                    : message.type === 'reject'
                      ? HANDSHAKE_ENVELOPE_VERSION
                      : this.version;
            if (envelope.version !== expectedVersion) {
                this.gate.drop('bad-envelope');
                return;
            }
            switch (message.type) {
                case 'welcome':
                    if (!(this.options.protocolVersions ?? PROTOCOL_VERSIONS).includes(message.version)) break;
                    this.welcomed(envelope.nonce, message);
                    return;
                case 'reject':
                    this.gate.countAccepted();
                    this.queued = [];
                    this.setStatus('rejected', message.message);
                    return;
                case 'ping':
                    if (this.status !== 'connected') break;
                    this.gate.countAccepted();
                    this.post({ type: 'pong' }, envelope.id);
                    return;
                case 'ack':
                case 'error':
                    if (!this.answer(envelope.replyTo, message)) break;
                    return;
                case 'setState':
                case 'logout':
                case 'work': {
                    if (this.status !== 'connected') break;
                    this.gate.countAccepted();
                    void this.carryOut(envelope.id, hostCommand(envelope.id, message));
                    return;
                }
            }
            this.gate.drop('unexpected');
        } catch {
            this.gate.drop('internal');
        }
    }

    /** The host welcomed a hello: the session is up, and the changes kept since that hello are sent. */
    private welcomed(nonce: string | null, message: Extract<HostMessage, { type: 'welcome' }>): void {
        this.version = message.version;
        this.agreed = [...message.capabilities];
        this.sessionNonce = nonce;
        this.gate.countAccepted();
        this.gate.forgetIds();
        this.setStatus('connected', `protocol version ${message.version}`);
        const queued = this.queued;
        this.queued = [];
        for (const change of queued) this.post(change);
    }

    /** The host answered a request of this client (a work action); false when none awaits that answer. */
    private answer(replyTo: string | null, message: Extract<HostMessage, { type: 'ack' | 'error' }>): boolean {
        const request = replyTo === null ? undefined : this.requests.get(replyTo);
        if (request === undefined || replyTo === null) return false;
        this.gate.countAccepted();
        this.requests.delete(replyTo);
        this.clock.clearTimeout(request.timer);
        if (message.type === 'ack') request.resolve();
        else request.reject(new BridgeCommandError(message.code, message.message));
        return true;
    }

    private async carryOut(id: string, command: HostCommand): Promise<void> {
        try {
            await this.options.onCommand(command);
            this.post({ type: 'ack' }, id);
        } catch (error) {
            const code: ErrorCode = error instanceof BridgeCommandError ? error.code : 'internal';
            const raw = error instanceof Error ? error.message : '';
            // The host refuses control characters and blank text: clean the vendor's message first.
            const cleaned = withoutControlCharacters(raw).trim().slice(0, 500);
            this.post(
                { type: 'error', code, message: cleaned === '' ? 'the softphone could not do that' : cleaned },
                id
            );
        }
    }
}
