/**
 * How the console tabs of one browser talk to each other (B18): a tiny broadcast channel with
 * two browser transports (BroadcastChannel, else localStorage storage events) and an in-memory
 * bus for tests. Every message received is validated here; anything else is dropped, silently,
 * and nothing a transport does ever throws at its caller.
 */
import type { Clock } from '../bridge/endpoint';
import { isPlainObject } from '../bridge/protocol';
import type { BroadcastChannelLike, PlatformPort, StorageEventLike, StorageLike } from './platform';

/**
 * `takeover`: a follower asks the driver to hand over ("Use this tab"); `resign` with `to`
 * names the tab the driver hands over to; `omniMoved`: Omni-Channel logged the driver out for a
 * session in another tab of this browser, and the tab that holds it should drive (B18, B5);
 * `watch`: a follower shows the driver's views and wants them (renewed, tab-views.ts); `query`
 * says the same and asks for the whole view now.
 */
export type TabMessageKind = 'query' | 'claim' | 'heartbeat' | 'resign' | 'view' | 'takeover' | 'omniMoved' | 'watch';

/** A message between the console tabs of one browser: its kind, the sending tab, when (milliseconds of the sender's monotonic clock) and, for views, the driver's view. */
export interface TabMessage {
    kind: TabMessageKind;
    /** The sending tab's id. */
    from: string;
    /** The sender's clock when it posted; for diagnostics, no decision depends on it. */
    at: number;
    /** What the driver shows its followers; only on 'view', always a plain object. */
    view?: unknown;
    /** The tab a 'resign' hands over to, or the driver a 'takeover' asks. */
    to?: string;
}

/** How the console tabs talk: BroadcastChannel where it exists, else storage events (Locker). */
export interface TabChannel {
    /** Sends to every other tab; never to this one. */
    post(message: TabMessage): void;
    /** Returns the unsubscribe function. */
    subscribe(listener: (message: TabMessage) => void): () => void;
    close(): void;
}

const KINDS: readonly string[] = [
    'query',
    'claim',
    'heartbeat',
    'resign',
    'view',
    'takeover',
    'omniMoved',
    'watch'
] satisfies TabMessageKind[];
/** The longest tab id accepted from another tab. */
export const MAX_TAB_ID_LENGTH = 64;
/** A storage value larger than this is not one of ours; don't even parse it. */
const MAX_STORED_CHARS = 64 * 1024;

function isKind(value: unknown): value is TabMessageKind {
    return typeof value === 'string' && KINDS.includes(value);
}

/** The bridge's plain-object test (any realm), the one the tabs' messages are read with too. */
export { isPlainObject };

/** The message in `data`, copied to a fresh envelope, or null when it is not a valid one. */
export function parseTabMessage(data: unknown): TabMessage | null {
    try {
        if (!isPlainObject(data)) return null;
        const { kind, from, at, view, to } = data;
        if (!isKind(kind)) return null;
        if (typeof from !== 'string' || from.length === 0 || from.length > MAX_TAB_ID_LENGTH) return null;
        if (typeof at !== 'number' || !Number.isFinite(at)) return null;
        if (to !== undefined && (typeof to !== 'string' || to.length === 0 || to.length > MAX_TAB_ID_LENGTH))
            return null;
        if (kind !== 'view') return to === undefined ? { kind, from, at } : { kind, from, at, to };
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

/**
 * A channel over BroadcastChannel, or null where there is none (or it cannot be opened).
 * BroadcastChannel is shared by every namespace on the origin: `name` carries the tabs' secret.
 */
export function broadcastChannelTransport(
    name: string,
    open: (name: string) => BroadcastChannelLike | null
): TabChannel | null {
    let channel: BroadcastChannelLike | null;
    try {
        channel = open(name);
    } catch {
        return null;
    }
    if (channel === null) return null;
    const port = channel;
    const listeners = new Set<(message: TabMessage) => void>();
    const onMessage = (event: { data: unknown }) => {
        dispatch(listeners, event.data);
    };
    let isOpen = true;
    try {
        port.addEventListener('message', onMessage);
    } catch {
        return null;
    }
    return {
        post(message) {
            if (!isOpen) return;
            try {
                port.postMessage(message);
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
            if (!isOpen) return;
            isOpen = false;
            listeners.clear();
            try {
                port.removeEventListener('message', onMessage);
                port.close();
            } catch {
                // Already closed by the browser; nothing left to release.
            }
        }
    };
}

/** The storage-event transport's inputs: localStorage as the security layer hands it over and the window's storage events. */
export interface StorageTransportOptions {
    /** localStorage as the security layer hands it over: it may prefix every key with a namespace. */
    storage: StorageLike;
    /** Subscribes to the window's `storage` events; null where the security layer refuses. */
    onStorage: (listener: (event: StorageEventLike) => void) => (() => void) | null;
    /** The key, as this code names it (without any namespace prefix). */
    key: string;
    /** The page's other storage area where it can be told apart (events from it are not ours). */
    otherArea?: unknown;
}

/**
 * A channel over localStorage: a post writes `{ message, nonce }` to `key` and removes it at
 * once, so nothing lingers; other tabs get a 'storage' event per write, this tab gets none.
 * Under Locker and Lightning Web Security the event carries the raw key, with the namespace's
 * prefix, and a storage area that is not the object this code holds: so the key is matched on
 * its suffix, and the area is compared only where it can be (sessionStorage's events are not ours).
 * Null when the storage refuses writes (private mode, blocked storage) or no listener can be added.
 */
export function storageTransport(options: StorageTransportOptions): TabChannel | null {
    const { storage, key } = options;
    try {
        storage.setItem(key, '');
        storage.removeItem(key);
    } catch {
        return null;
    }
    const listeners = new Set<(message: TabMessage) => void>();
    const onStorage = (event: StorageEventLike) => {
        try {
            const raw = event.key;
            if (typeof raw !== 'string' || !raw.endsWith(key) || typeof event.newValue !== 'string') return;
            const area = event.storageArea;
            if (area !== undefined && area !== null && area !== storage && area === options.otherArea) return;
            if (event.newValue.length === 0 || event.newValue.length > MAX_STORED_CHARS) return;
            const stored: unknown = JSON.parse(event.newValue);
            if (isPlainObject(stored)) dispatch(listeners, stored.message);
        } catch {
            // Not JSON: someone else's value under our key.
        }
    };
    let unsubscribe: (() => void) | null;
    try {
        unsubscribe = options.onStorage(onStorage);
    } catch {
        unsubscribe = null;
    }
    if (unsubscribe === null) return null;
    let isOpen = true;
    let sent = 0;
    // The nonce makes each write a change, so two equal messages still raise two events.
    const session = Math.floor(Math.random() * 36 ** 6).toString(36);
    return {
        post(message) {
            if (!isOpen) return;
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
            if (!isOpen) return;
            isOpen = false;
            listeners.clear();
            unsubscribe();
        }
    };
}

/** Which browser transport carries a tab channel. */
export type TabTransport = 'broadcast' | 'storage';

/**
 * The best channel the platform offers: BroadcastChannel, else storage events, else none (then
 * the tabs cannot talk: see the runtime for how one still drives alone). `name` should carry the
 * tabs' secret: BroadcastChannel names are shared by every namespace of the origin, and the
 * storage channel matches its key on the suffix (Lightning Web Security guide, "lws-local-storage").
 */
export function openTabTransport(
    platform: Pick<PlatformPort, 'openBroadcastChannel' | 'storage' | 'onStorage' | 'otherStorageArea'>,
    name: string
): { channel: TabChannel; transport: TabTransport } | null {
    const broadcast = broadcastChannelTransport(name, (channelName) => platform.openBroadcastChannel(channelName));
    if (broadcast !== null) return { channel: broadcast, transport: 'broadcast' };
    const storage = platform.storage;
    if (storage === null) return null;
    const viaStorage = storageTransport({
        storage,
        onStorage: (listener) => platform.onStorage(listener),
        key: `${name}:tabs`,
        otherArea: platform.otherStorageArea
    });
    return viaStorage === null ? null : { channel: viaStorage, transport: 'storage' };
}

/** The best channel the platform offers, or null (see openTabTransport). */
export function openTabChannel(
    platform: Pick<PlatformPort, 'openBroadcastChannel' | 'storage' | 'onStorage' | 'otherStorageArea'>,
    name: string
): TabChannel | null {
    return openTabTransport(platform, name)?.channel ?? null;
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
