/**
 * What both ends of the bridge share: the platform seams (windows, clocks, randomness), and the
 * inbound gate that every message passes before it means anything (S1): allowed origin, within
 * the rate limit, valid by the protocol, from the peer (its window, or where the window cannot
 * be compared, its session nonce), never seen before. Everything else is counted by reason and
 * dropped, and nothing escapes the listener.
 *
 * Nothing here reads a global: windows, timers and the random source are passed in.
 */
import { NONCE_PATTERN, type Envelope, type Parsed } from './protocol';

/** The parts of a `message` event the bridge reads. */
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

/** Time and timers. The bridge measures every duration with `now()`, in milliseconds. */
export interface Clock {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

/** The parts of a window a monotonic clock is made of (a browser `window` has them all). */
export interface TimeSource {
    performance: { now(): number };
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

/**
 * A monotonic clock from an injected source: `now()` is the source's `performance.now()`
 * (milliseconds since the page's time origin, never set back with the wall clock), timers are
 * its `setTimeout`. Durations in the bridge (heartbeat, timeouts, retries, rate limit) use it.
 * MDN "Performance: now()"; HTML "Timers".
 */
export function monotonicClock(source: TimeSource): Clock {
    return {
        now: () => source.performance.now(),
        setTimeout: (callback, ms) => source.setTimeout(callback, ms),
        clearTimeout: (handle) => {
            source.clearTimeout(handle);
        }
    };
}

/**
 * The wall clock (milliseconds since the epoch) with the global timers. Kept only for the
 * runtime, which still stores times that other tabs and later page loads compare; the bridge
 * does not use it. It goes away once the runtime takes its clocks from the platform object
 * (contract C4). Use `monotonicClock(window)` for durations.
 */
export const systemClock: Clock = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
    }
};

/** Fills the array with cryptographically strong random bytes (the shape of `crypto.getRandomValues`). */
export type RandomFill = (bytes: Uint8Array) => void;

/** The random source of a window-like object (`window.crypto.getRandomValues`), or null when it has none. */
export function randomFillOf(source: unknown): RandomFill | null {
    const crypto = (source as { crypto?: { getRandomValues?: unknown } } | null | undefined)?.crypto;
    const getRandomValues = crypto?.getRandomValues;
    if (crypto === undefined || typeof getRandomValues !== 'function') return null;
    return (bytes) => {
        (getRandomValues as (this: unknown, bytes: Uint8Array) => unknown).call(crypto, bytes);
    };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A fresh session nonce: 24 random bytes (192 bits) as 32 base64url characters. Throws when
 * the source leaves the bytes all zero, i.e. did not fill them.
 */
export function newNonce(fill: RandomFill): string {
    const bytes = new Uint8Array(24);
    fill(bytes);
    if (bytes.every((b) => b === 0)) throw new Error('the random source returned nothing');
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
        const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
        out += (BASE64URL[(n >> 18) & 63] ?? '') + (BASE64URL[(n >> 12) & 63] ?? '');
        out += (BASE64URL[(n >> 6) & 63] ?? '') + (BASE64URL[n & 63] ?? '');
    }
    return out;
}

/** Is this a well-formed session nonce? */
export function isNonce(value: unknown): value is string {
    return typeof value === 'string' && NONCE_PATTERN.test(value);
}

/** Why a received message was dropped; counted per reason (docs/bridge-protocol.md, section 7). */
export type DropReason =
    | 'wrong-source'
    | 'wrong-nonce'
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

/** Messages accepted and dropped by one endpoint, with the drops by reason. */
export interface BridgeStats {
    accepted: number;
    dropped: number;
    byReason: Partial<Record<DropReason, number>>;
}

/** What an endpoint's inbound gate checks, and whom it tells. */
export interface GateOptions<M> {
    clock: Clock;
    /** Is this the peer's window? */
    fromPeer: (source: unknown) => boolean;
    /** Is this origin allowed to talk to us? */
    originAllowed: (origin: string) => boolean;
    parse: (data: unknown) => Parsed<M>;
    /**
     * Does a valid message come from the peer? `fromPeer` says whether its window is the peer's.
     * Null accepts it; otherwise the reason it is dropped ('wrong-source' or 'wrong-nonce').
     * Without it, the window alone decides.
     */
    authenticate?: (envelope: Envelope<M>, fromPeer: boolean) => DropReason | null;
    maxPerSecond: number;
    /** Told of every drop, after it is counted. */
    onDrop?: (reason: DropReason) => void;
    /** Told of every message dropped by the rate limit; `fromPeer` says whether it came from the peer's window. */
    onFlood?: (fromPeer: boolean) => void;
}

const REMEMBERED_IDS = 512;

/** The inbound filter of one endpoint, with its counters. */
export class InboundGate<M> {
    private accepted = 0;
    private readonly byReason: Partial<Record<DropReason, number>> = {};
    private tokens: number;
    private refilledAt: number;
    private readonly seen = new Set<string>();
    /** The remembered ids in a ring of REMEMBERED_IDS slots, `nextSlot` the oldest's once it is full. */
    private readonly seenOrder: (string | undefined)[] = new Array<string | undefined>(REMEMBERED_IDS);
    private nextSlot = 0;

    constructor(private readonly options: GateOptions<M>) {
        this.tokens = options.maxPerSecond * 2;
        this.refilledAt = options.clock.now();
    }

    /** The validated envelope, or null when the event was dropped (and counted). */
    admit(event: MessageEventLike): ReturnType<GateOptions<M>['parse']> | null {
        const { options } = this;
        const fromPeer = options.fromPeer(event.source);
        const originAllowed = typeof event.origin === 'string' && options.originAllowed(event.origin);
        // Another window may speak only from an allowed origin and with the session nonce (checked below).
        if (!fromPeer && (options.authenticate === undefined || !originAllowed)) return this.drop('wrong-source');
        if (!originAllowed) return this.drop('wrong-origin');
        if (!this.takeToken()) {
            this.drop('flood');
            options.onFlood?.(fromPeer);
            return null;
        }
        const parsed = options.parse(event.data);
        if (!parsed.ok) return this.drop(fromPeer ? parsed.reason : 'wrong-source');
        const refused = options.authenticate?.(parsed.envelope, fromPeer) ?? null;
        if (refused !== null) return this.drop(refused);
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
        this.seenOrder.fill(undefined);
        this.nextSlot = 0;
    }

    /** How many message ids are remembered (bounded by 512). */
    get rememberedIds(): number {
        return this.seen.size;
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

    /** Remembers an id, forgetting the oldest of the last REMEMBERED_IDS: one slot written, nothing moved. */
    private remember(id: string): void {
        const oldest = this.seenOrder[this.nextSlot];
        if (oldest !== undefined) this.seen.delete(oldest);
        this.seenOrder[this.nextSlot] = id;
        this.nextSlot = (this.nextSlot + 1) % REMEMBERED_IDS;
        this.seen.add(id);
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
