/**
 * How the console tabs of one browser talk to each other (B18): a tiny broadcast channel with
 * two browser transports (BroadcastChannel, else localStorage storage events) and an in-memory
 * bus for tests. Every message received is validated here; anything else is dropped, silently,
 * and nothing a transport does ever throws at its caller.
 */
import type { Clock } from '../bridge/endpoint';

export type TabMessageKind = 'query' | 'claim' | 'heartbeat' | 'resign' | 'view';

export interface TabMessage {
    kind: TabMessageKind;
    /** The sending tab's id. */
    from: string;
    /** The sender's clock when it posted; for diagnostics, no decision depends on it. */
    at: number;
    /** What the driver shows its followers; only on 'view', always a plain object. */
    view?: unknown;
}

export interface TabChannel {
    /** Sends to every other tab; never to this one. */
    post(message: TabMessage): void;
    /** Returns the unsubscribe function. */
    subscribe(listener: (message: TabMessage) => void): () => void;
    close(): void;
}

const KINDS: readonly string[] = ['query', 'claim', 'heartbeat', 'resign', 'view'] satisfies TabMessageKind[];
export const MAX_TAB_ID_LENGTH = 64;
/** A storage value larger than this is not one of ours; don't even parse it. */
const MAX_STORED_CHARS = 64 * 1024;

function isKind(value: unknown): value is TabMessageKind {
    return typeof value === 'string' && KINDS.includes(value);
}

/** Plain object of any realm: its prototype is null or a prototype with no prototype of its own. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
}

/** The message in `data`, copied to a fresh envelope, or null when it is not a valid one. */
export function parseTabMessage(data: unknown): TabMessage | null {
    try {
        if (!isPlainObject(data)) return null;
        const { kind, from, at, view } = data;
        if (!isKind(kind)) return null;
        if (typeof from !== 'string' || from.length === 0 || from.length > MAX_TAB_ID_LENGTH) return null;
        if (typeof at !== 'number' || !Number.isFinite(at)) return null;
        if (kind !== 'view') return { kind, from, at };
        return isPlainObject(view) ? { kind, from, at, view } : null;
    } catch {
        // A proxy or a throwing getter: not something a tab of ours sent.
        return null;
    }
}

/** Calls each listener with a valid message; one listener's failure never reaches the others. */
function dispatch(listeners: ReadonlySet<(message: TabMessage) => void>, data: unknown): void {
    const message = parseTabMessage(data);
    if (message === null) return;
    for (const listener of [...listeners]) {
        try {
            listener({ ...message });
        } catch {
            // The listener's own business; the channel keeps delivering.
        }
    }
}

export interface BroadcastChannelLike {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
    removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
    close(): void;
}

export type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

interface BrowserScope {
    BroadcastChannel?: BroadcastChannelConstructor;
    localStorage?: StorageLike;
    addEventListener?: unknown;
    removeEventListener?: unknown;
}

const browser = globalThis as BrowserScope;

/**
 * A channel over BroadcastChannel, or null where there is none (or it cannot be opened).
 * `scope` is for tests; it defaults to the browser's global scope.
 */
export function broadcastChannelTransport(
    name: string,
    scope: { BroadcastChannel?: BroadcastChannelConstructor } = browser
): TabChannel | null {
    const Channel = scope.BroadcastChannel;
    if (typeof Channel !== 'function') return null;
    let channel: BroadcastChannelLike;
    try {
        channel = new Channel(name);
    } catch {
        return null;
    }
    const listeners = new Set<(message: TabMessage) => void>();
    const onMessage = (event: { data: unknown }) => {
        dispatch(listeners, event.data);
    };
    let open = true;
    channel.addEventListener('message', onMessage);
    return {
        post(message) {
            if (!open) return;
            try {
                channel.postMessage(message);
            } catch {
                // A view that cannot be cloned; the next heartbeat or view goes through.
            }
        },
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        close() {
            if (!open) return;
            open = false;
            listeners.clear();
            channel.removeEventListener('message', onMessage);
            try {
                channel.close();
            } catch {
                // Already closed by the browser; nothing left to release.
            }
        }
    };
}

export interface StorageLike {
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
}

export interface StorageEventLike {
    key: string | null;
    newValue: string | null;
    storageArea?: unknown;
}

/** The window whose 'storage' events tell of other tabs' writes. */
export interface StorageEventTarget {
    addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
    removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/**
 * A channel over localStorage: a post writes `{ message, nonce }` to `key` and removes it at
 * once, so nothing lingers; other tabs get a 'storage' event per write, this tab gets none.
 * Null when the storage refuses writes (private mode, blocked storage).
 */
export function storageTransport(storage: StorageLike, target: StorageEventTarget, key: string): TabChannel | null {
    try {
        storage.setItem(key, '');
        storage.removeItem(key);
    } catch {
        return null;
    }
    const listeners = new Set<(message: TabMessage) => void>();
    const onStorage = (event: StorageEventLike) => {
        try {
            if (event.key !== key || typeof event.newValue !== 'string') return;
            const area = event.storageArea;
            if (area !== undefined && area !== null && area !== storage) return;
            if (event.newValue.length === 0 || event.newValue.length > MAX_STORED_CHARS) return;
            const stored: unknown = JSON.parse(event.newValue);
            if (isPlainObject(stored)) dispatch(listeners, stored.message);
        } catch {
            // Not JSON: someone else's value under our key.
        }
    };
    let open = true;
    let sent = 0;
    // The nonce makes each write a change, so two equal messages still raise two events.
    const session = Math.floor(Math.random() * 36 ** 6).toString(36);
    target.addEventListener('storage', onStorage);
    return {
        post(message) {
            if (!open) return;
            try {
                storage.setItem(key, JSON.stringify({ message, nonce: `${session}-${++sent}` }));
                storage.removeItem(key);
            } catch {
                // Quota or a view JSON cannot hold; the next heartbeat or view goes through.
            }
        },
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        close() {
            if (!open) return;
            open = false;
            listeners.clear();
            target.removeEventListener('storage', onStorage);
        }
    };
}

function isStorageEventTarget(value: unknown): value is StorageEventTarget {
    const scope = value as BrowserScope;
    return typeof scope.addEventListener === 'function' && typeof scope.removeEventListener === 'function';
}

/** The best channel this browser offers, or null: then this tab drives alone. */
export function openTabChannel(name: string): TabChannel | null {
    const broadcast = broadcastChannelTransport(name);
    if (broadcast !== null) return broadcast;
    try {
        // Reading localStorage itself throws where storage is blocked.
        const storage = browser.localStorage;
        if (storage === undefined || !isStorageEventTarget(globalThis)) return null;
        return storageTransport(storage, globalThis, `${name}:tabs`);
    } catch {
        return null;
    }
}

interface BusTab {
    readonly listeners: Set<(message: TabMessage) => void>;
    open: boolean;
    reachable: boolean;
}

interface Delivery {
    sender: BusTab | null;
    data: unknown;
}

/**
 * Tabs of one browser, in memory, for tests. Each `channel()` is one tab; a post reaches every
 * other open, reachable tab, validated like a real transport's. Delivery is in post order:
 * - without a clock, synchronously: a post made while delivering is queued and delivered
 *   before the outermost post returns, so listeners never run nested;
 * - with `{ clock, latencyMs }`, each message arrives latencyMs later through the clock, like
 *   the browser's asynchronous delivery (a fake clock must run equal-time timers in order).
 * `partition` cuts a tab off both ways (a crashed or frozen tab); `reconnect` heals it.
 */
export class MemoryTabBus {
    private readonly tabs = new Map<TabChannel, BusTab>();
    private readonly queue: Delivery[] = [];
    private delivering = false;

    constructor(private readonly timing: { clock: Clock; latencyMs: number } | null = null) {}

    channel(): TabChannel {
        const tab: BusTab = { listeners: new Set(), open: true, reachable: true };
        const channel: TabChannel = {
            post: (message) => {
                if (tab.open && tab.reachable) this.send({ sender: tab, data: message });
            },
            subscribe: (listener) => {
                if (tab.open) tab.listeners.add(listener);
                return () => {
                    tab.listeners.delete(listener);
                };
            },
            close: () => {
                tab.open = false;
                tab.listeners.clear();
            }
        };
        this.tabs.set(channel, tab);
        return channel;
    }

    /** Raw data on the bus, as if another program wrote it: it reaches every tab. */
    inject(data: unknown): void {
        this.send({ sender: null, data });
    }

    partition(channel: TabChannel): void {
        const tab = this.tabs.get(channel);
        if (tab !== undefined) tab.reachable = false;
    }

    reconnect(channel: TabChannel): void {
        const tab = this.tabs.get(channel);
        if (tab !== undefined) tab.reachable = true;
    }

    private send(delivery: Delivery): void {
        if (this.timing !== null) {
            this.timing.clock.setTimeout(() => {
                this.deliver(delivery);
            }, this.timing.latencyMs);
            return;
        }
        this.queue.push(delivery);
        if (this.delivering) return;
        this.delivering = true;
        try {
            for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) this.deliver(next);
        } finally {
            this.delivering = false;
        }
    }

    private deliver({ sender, data }: Delivery): void {
        for (const tab of this.tabs.values()) {
            if (tab !== sender && tab.open && tab.reachable) dispatch(tab.listeners, data);
        }
    }
}
