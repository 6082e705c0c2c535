/**
 * The softphone end of the bridge, for a softphone page running in the utility's frame. It waits
 * for the host's connect, answers with the softphone's identity, state catalogue and current
 * session, reports every change, carries out the host's commands through the vendor's handler
 * and acknowledges them. Built into dist/presence-bridge-client.js (global PresenceBridge) and
 * dist/presence-bridge-client.mjs.
 */
import {
    InboundGate,
    idFactory,
    systemClock,
    type BridgeStats,
    type Clock,
    type ListenTarget,
    type MessageEventLike,
    type PostTarget
} from './endpoint';
import {
    PROTOCOL_VERSIONS,
    negotiateVersion,
    originMatches,
    parseHostMessage,
    toWire,
    withoutControlCharacters,
    type Capability,
    type Cause,
    type Direction,
    type ErrorCode,
    type HostMessage,
    type Session,
    type SoftphoneMessage,
    type WireCatalogueEntry,
    type WireState,
    type WorkActionName,
    type WorkEventName
} from './protocol';

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

export type ClientStatus = 'waiting' | 'connected' | 'rejected' | 'stopped';

export interface SoftphoneClientOptions {
    vendor: string;
    product: string;
    version: string;
    capabilities: Capability[];
    catalogue: { major: string; minor?: string | null; reserved?: boolean; label?: string | null }[];
    /** Origins the host may be on; one leading wildcard label is allowed: https://*.lightning.force.com */
    allowedHostOrigins: string[];
    /** Carries out a host command; resolve when done, throw BridgeCommandError to refuse. */
    onCommand: (command: HostCommand) => void | Promise<void>;
    onStatus?: (status: ClientStatus, detail: string | null) => void;
    /** The softphone's own window and its parent; default to the page's. */
    self?: ListenTarget;
    parent?: PostTarget;
    clock?: Clock;
    initialSession?: Partial<Session>;
    requestTimeoutMs?: number;
    maxMessagesPerSecond?: number;
    /** The protocol versions this softphone speaks (default: this client's). */
    protocolVersions?: number[];
    newId?: () => string;
}

export class SoftphoneBridgeClient {
    private status: ClientStatus = 'stopped';
    private hostOrigin: string | null = null;
    /** The protocol version and capabilities the host agreed to in its welcome. */
    private version = 1;
    private agreed: Capability[] = [];
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
        const globalWindow = (globalThis as { window?: ListenTarget & { parent?: PostTarget } }).window;
        const self = options.self ?? globalWindow;
        const parent = options.parent ?? globalWindow?.parent;
        if (self === undefined || parent === undefined)
            throw new Error('the bridge client needs a window and its parent');
        this.self = self;
        this.parent = parent;
        this.clock = options.clock ?? systemClock;
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
            since: options.initialSession?.since ?? this.clock.now(),
            interactions: [...(options.initialSession?.interactions ?? [])]
        };
        this.gate = new InboundGate({
            clock: this.clock,
            fromPeer: (source) => source !== null && source !== undefined && source === this.parent,
            originAllowed: (origin) => options.allowedHostOrigins.some((pattern) => originMatches(origin, pattern)),
            parse: parseHostMessage,
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
        this.setStatus('stopped', null);
    }

    /** The agent state changed; `requestId` when it carries out a host command. */
    state(state: WireState, cause: Cause = 'agent', requestId: string | null = null): void {
        this.session = {
            ...this.session,
            loggedIn: true,
            state: { major: state.major, minor: state.minor ?? null },
            since: this.clock.now()
        };
        this.post({
            type: 'state',
            state: this.session.state ?? state,
            cause,
            requestId: cause === 'host' ? requestId : null
        });
    }

    login(state: WireState | null): void {
        this.session = { ...this.session, loggedIn: true, state, since: this.clock.now() };
        this.post({ type: 'login', state });
    }

    logout(cause: Cause = 'agent', requestId: string | null = null): void {
        this.session = { loggedIn: false, state: null, since: this.clock.now(), interactions: [] };
        this.post({ type: 'logout', cause, requestId: cause === 'host' ? requestId : null });
    }

    interactionStarted(interactionId: string, direction: Direction): void {
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
        if (this.status !== 'connected' && message.type !== 'hello') return;
        try {
            this.parent.postMessage(
                toWire(id, message, { replyTo, sentAt: this.clock.now(), version: this.version }),
                this.hostOrigin
            );
        } catch {
            // The host page is going away; it will connect again.
        }
    }

    private receive(event: MessageEventLike): void {
        try {
            const parsed = this.gate.admit(event);
            if (parsed === null || !parsed.ok) return;
            const { envelope } = parsed;
            const message = envelope.message;
            if (message.type === 'connect') {
                this.gate.countAccepted();
                this.hostOrigin = event.origin;
                const offered = this.options.protocolVersions ?? [...PROTOCOL_VERSIONS];
                if (negotiateVersion(message.protocolVersions, offered) === null) {
                    this.setStatus('rejected', `the host speaks versions ${message.protocolVersions.join(', ')}`);
                }
                if (this.status === 'connected') this.setStatus('waiting', 'the host is connecting again');
                this.parent.postMessage(
                    toWire(
                        this.newId(),
                        {
                            type: 'hello',
                            vendor: this.options.vendor,
                            product: this.options.product,
                            version: this.options.version,
                            protocolVersions: offered,
                            capabilities: this.options.capabilities,
                            catalogue: this.catalogue,
                            session: this.session
                        } satisfies SoftphoneMessage,
                        { replyTo: envelope.id, sentAt: this.clock.now(), version: this.version }
                    ),
                    event.origin
                );
                return;
            }
            if (event.origin !== this.hostOrigin) {
                this.gate.drop('wrong-origin');
                return;
            }
            const expectedVersion = message.type === 'welcome' ? message.version : this.version;
            if (envelope.version !== expectedVersion) {
                this.gate.drop('bad-envelope');
                return;
            }
            switch (message.type) {
                case 'welcome':
                    if (!(this.options.protocolVersions ?? PROTOCOL_VERSIONS).includes(message.version)) break;
                    this.version = message.version;
                    this.agreed = [...message.capabilities];
                    this.gate.countAccepted();
                    this.gate.forgetIds();
                    this.setStatus('connected', `protocol version ${message.version}`);
                    return;
                case 'reject':
                    this.gate.countAccepted();
                    this.setStatus('rejected', message.message);
                    return;
                case 'ping':
                    if (this.status !== 'connected') break;
                    this.gate.countAccepted();
                    this.post({ type: 'pong' }, envelope.id);
                    return;
                case 'ack':
                case 'error': {
                    const request = envelope.replyTo === null ? undefined : this.requests.get(envelope.replyTo);
                    if (request === undefined || envelope.replyTo === null) break;
                    this.gate.countAccepted();
                    this.requests.delete(envelope.replyTo);
                    this.clock.clearTimeout(request.timer);
                    if (message.type === 'ack') request.resolve();
                    else request.reject(new BridgeCommandError(message.code, message.message));
                    return;
                }
                case 'setState':
                case 'logout':
                case 'work': {
                    if (this.status !== 'connected') break;
                    this.gate.countAccepted();
                    const command: HostCommand =
                        message.type === 'setState'
                            ? { type: 'setState', requestId: envelope.id, state: message.state, reason: message.reason }
                            : message.type === 'logout'
                              ? { type: 'logout', requestId: envelope.id }
                              : {
                                    type: 'work',
                                    requestId: envelope.id,
                                    event: message.event,
                                    workId: message.workId,
                                    workItemId: message.workItemId
                                };
                    void this.carryOut(envelope.id, command);
                    return;
                }
            }
            this.gate.drop('unexpected');
        } catch {
            this.gate.drop('internal');
        }
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
