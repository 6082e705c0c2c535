/**
 * What both ends of the bridge share: the platform seams (windows, clock), and the inbound
 * gate that every message passes before it means anything (S1): right window, allowed origin,
 * within the rate limit, valid by the protocol, never seen before. Everything else is counted
 * by reason and dropped, and nothing escapes the listener.
 */
import type { Parsed } from './protocol';

export interface MessageEventLike {
    data: unknown;
    origin: string;
    source: unknown;
}

/** The window an endpoint listens on. */
export interface ListenTarget {
    addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
    removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

/** The window an endpoint sends to. */
export interface PostTarget {
    postMessage(message: unknown, targetOrigin: string): void;
}

export interface Clock {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
    }
};

export type DropReason =
    | 'wrong-source'
    | 'wrong-origin'
    | 'flood'
    | 'malformed'
    | 'oversized'
    | 'not-protocol'
    | 'bad-envelope'
    | 'unknown-type'
    | 'bad-payload'
    | 'unexpected-keys'
    | 'replayed'
    | 'unexpected'
    | 'version'
    | 'internal';

export interface BridgeStats {
    accepted: number;
    dropped: number;
    byReason: Partial<Record<DropReason, number>>;
}

export interface GateOptions<M> {
    clock: Clock;
    /** Is this the peer's window? */
    fromPeer: (source: unknown) => boolean;
    /** Is this origin allowed to talk to us? */
    originAllowed: (origin: string) => boolean;
    parse: (data: unknown) => Parsed<M>;
    maxPerSecond: number;
    /** Told of every drop, after it is counted. */
    onDrop?: (reason: DropReason) => void;
}

const REMEMBERED_IDS = 512;

/** The inbound filter of one endpoint, with its counters. */
export class InboundGate<M> {
    private accepted = 0;
    private readonly byReason: Partial<Record<DropReason, number>> = {};
    private tokens: number;
    private refilledAt: number;
    private readonly seen = new Set<string>();
    private readonly seenOrder: string[] = [];

    constructor(private readonly options: GateOptions<M>) {
        this.tokens = options.maxPerSecond * 2;
        this.refilledAt = options.clock.now();
    }

    /** The validated envelope, or null when the event was dropped (and counted). */
    admit(event: MessageEventLike): ReturnType<GateOptions<M>['parse']> | null {
        const { options } = this;
        if (!options.fromPeer(event.source)) return this.drop('wrong-source');
        if (typeof event.origin !== 'string' || !options.originAllowed(event.origin)) return this.drop('wrong-origin');
        if (!this.takeToken()) return this.drop('flood');
        const parsed = options.parse(event.data);
        if (!parsed.ok) return this.drop(parsed.reason);
        if (this.seen.has(parsed.envelope.id)) return this.drop('replayed');
        this.remember(parsed.envelope.id);
        return parsed;
    }

    countAccepted(): void {
        this.accepted++;
    }

    drop(reason: DropReason): null {
        this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
        this.options.onDrop?.(reason);
        return null;
    }

    /** A new session of the peer may start its message ids afresh. */
    forgetIds(): void {
        this.seen.clear();
        this.seenOrder.length = 0;
    }

    stats(): BridgeStats {
        const dropped = Object.values(this.byReason).reduce((sum, n) => sum + n, 0);
        return { accepted: this.accepted, dropped, byReason: { ...this.byReason } };
    }

    private takeToken(): boolean {
        const now = this.options.clock.now();
        const capacity = this.options.maxPerSecond * 2;
        const elapsed = Math.max(0, now - this.refilledAt);
        this.tokens = Math.min(capacity, this.tokens + (elapsed * this.options.maxPerSecond) / 1000);
        this.refilledAt = now;
        if (this.tokens < 1) return false;
        this.tokens -= 1;
        return true;
    }

    private remember(id: string): void {
        this.seen.add(id);
        this.seenOrder.push(id);
        if (this.seenOrder.length > REMEMBERED_IDS) {
            const oldest = this.seenOrder.shift();
            if (oldest !== undefined) this.seen.delete(oldest);
        }
    }
}

/** Unique message ids for one endpoint session. */
export function idFactory(prefix: string): () => string {
    let counter = 0;
    const session = Math.floor(Math.random() * 36 ** 4)
        .toString(36)
        .padStart(4, '0');
    return () => `${prefix}-${session}-${++counter}`;
}
