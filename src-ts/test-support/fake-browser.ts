/**
 * One fake browser for the runtime's tests: tabs on one origin share localStorage, storage events,
 * BroadcastChannels and Web Locks, each seen through a window shaped as one security model shows
 * it. `plain`: the browser as is. `locker` (Lightning Locker): no `globalThis`-only APIs, no
 * navigator.locks, storage keys prefixed per namespace, storage events carrying the raw prefixed
 * key and the raw storage area. `lws` (Lightning Web Security): prefixed storage as well, and
 * adding a `storage` listener on the window throws. Every delivery is a task on the fake clock
 * (timers of 0 ms), so nothing runs nested inside a post; lock grants are promise jobs.
 */
import { FakeClock } from './fake-clock';
import type { BroadcastChannelLike, LockManagerLike, StorageEventLike, StorageLike } from '../runtime/platform';

/** How the window is shown to the component: see the module comment. */
export type SecurityModel = 'plain' | 'locker' | 'lws';

/** A tab's window; every API is there unless switched off (Locker never has Web Locks). */
export interface FakeWindowOptions {
    model?: SecurityModel;
    /** The namespace whose prefix Locker and LWS put on storage keys (`LSKey[c]…`). */
    namespace?: string;
    broadcastChannel?: boolean;
    locks?: boolean;
    /** Whether storage works at all (a blocked storage throws on access). */
    storage?: boolean;
}

interface LockRequest {
    callback: (lock: unknown) => Promise<void>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
    window: object;
}

class FakeAbortController {
    readonly signal = { aborted: false, listeners: [] as (() => void)[] };
    abort(): void {
        if (this.signal.aborted) return;
        this.signal.aborted = true;
        for (const listener of this.signal.listeners.splice(0)) listener();
    }
}

/** A browser for the runtime tests: tabs sharing one fake clock, localStorage, BroadcastChannels and Web Locks, as LWS or Locker expose them. */
export class FakeBrowser {
    /** One clock for the whole browser; each tab's performance.now() counts from its opening. */
    constructor(readonly clock: FakeClock = new FakeClock(0)) {}

    /** The raw storage of the origin, with the security layers' prefixes. */
    readonly storage = new Map<string, string>();
    /** Added to the wall clock (Date.now) of every tab: set it back to move the wall clock back. */
    wallShift = 0;
    readonly wallStart = 1_700_000_000_000;
    private readonly storageListeners = new Map<object, Set<(event: StorageEventLike) => void>>();
    private readonly channels = new Set<{ name: string; owner: object; deliver: (data: unknown) => void }>();
    private readonly lockHolders = new Map<string, { request: LockRequest; release: () => void } | null>();
    private readonly lockQueues = new Map<string, LockRequest[]>();
    private readonly rawArea = { kind: 'localStorage' };
    private readonly rawSession = { kind: 'sessionStorage' };

    /** A new tab's window. Its monotonic clock starts at 0 when it opens, as performance.now() does. */
    window(options: FakeWindowOptions = {}): Record<string, unknown> {
        const model = options.model ?? 'plain';
        const prefix = model === 'plain' ? '' : `LSKey[${options.namespace ?? 'c'}]`;
        const opened = this.clock.now();
        const clock = this.clock;
        const self: Record<string, unknown> = {};
        const storageWorks = options.storage !== false;
        const storage: StorageLike = {
            getItem: (key) => this.storage.get(prefix + key) ?? null,
            setItem: (key, value) => {
                this.write(self, prefix + key, value);
            },
            removeItem: (key) => {
                this.write(self, prefix + key, null);
            }
        };
        Object.assign(self, {
            performance: { now: () => clock.now() - opened },
            Date: { now: () => this.wallStart + clock.now() + this.wallShift },
            setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms),
            clearTimeout: (handle: unknown) => {
                clock.clearTimeout(handle);
            },
            AbortController: FakeAbortController,
            addEventListener: (type: string, listener: (event: StorageEventLike) => void) => {
                if (type !== 'storage') return;
                if (model === 'lws')
                    throw new Error("Lightning Web Security: Cannot add 'storage' event listener to Window object");
                let set = this.storageListeners.get(self);
                if (set === undefined) this.storageListeners.set(self, (set = new Set()));
                set.add(listener);
            },
            removeEventListener: (type: string, listener: (event: StorageEventLike) => void) => {
                if (type === 'storage') this.storageListeners.get(self)?.delete(listener);
            }
        });
        Object.defineProperty(self, 'localStorage', {
            get: () => {
                if (!storageWorks) throw new Error('SecurityError: storage is blocked');
                return storage;
            }
        });
        Object.defineProperty(self, 'sessionStorage', {
            get: () => (model === 'plain' ? this.rawSession : { getItem: () => null })
        });
        if (options.broadcastChannel !== false) self.BroadcastChannel = this.broadcastChannelClass(self);
        if (options.locks !== false && model !== 'locker') self.navigator = { locks: this.lockManager(self) };
        else self.navigator = {};
        return self;
    }

    /** Keys as a tab of `namespace` sees them (without the prefix). */
    keysOf(namespace: string | null): string[] {
        const prefix = namespace === null ? '' : `LSKey[${namespace}]`;
        return [...this.storage.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    }

    /** Writes as another program of the origin would, raising storage events in every tab. */
    writeRaw(key: string, value: string | null): void {
        this.write(null, key, value);
    }

    /** Closes a tab as the browser does when it is closed or crashes: its locks go, its listeners go. */
    close(win: object): void {
        this.storageListeners.delete(win);
        for (const channel of [...this.channels]) if (channel.owner === win) this.channels.delete(channel);
        for (const [name, holder] of this.lockHolders) {
            if (holder?.request.window === win) holder.release();
            const queue = this.lockQueues.get(name) ?? [];
            this.lockQueues.set(
                name,
                queue.filter((request) => request.window !== win)
            );
        }
    }

    private write(from: object | null, key: string, value: string | null): void {
        const old = this.storage.get(key) ?? null;
        if (value === null) this.storage.delete(key);
        else this.storage.set(key, value);
        if (old === value) return;
        for (const [win, listeners] of this.storageListeners) {
            if (win === from) continue;
            for (const listener of [...listeners]) {
                this.clock.setTimeout(() => {
                    listener({ key, newValue: value, storageArea: this.rawArea });
                }, 0);
            }
        }
    }

    private broadcastChannelClass(owner: object): new (name: string) => BroadcastChannelLike {
        const channels = this.channels;
        const clock = this.clock;
        return class implements BroadcastChannelLike {
            private readonly listeners = new Set<(event: { data: unknown }) => void>();
            private readonly entry: { name: string; owner: object; deliver: (data: unknown) => void };
            constructor(name: string) {
                this.entry = {
                    name,
                    owner,
                    deliver: (data) => {
                        for (const listener of [...this.listeners]) listener({ data });
                    }
                };
                channels.add(this.entry);
            }
            postMessage(message: unknown): void {
                const data: unknown = JSON.parse(JSON.stringify(message));
                for (const other of channels) {
                    if (other === this.entry || other.name !== this.entry.name) continue;
                    clock.setTimeout(() => {
                        if (channels.has(other)) other.deliver(data);
                    }, 0);
                }
            }
            addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
                this.listeners.add(listener);
            }
            removeEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
                this.listeners.delete(listener);
            }
            close(): void {
                channels.delete(this.entry);
            }
        };
    }

    private lockManager(win: object): LockManagerLike {
        return {
            request: (name, options, callback) =>
                new Promise((resolve, reject) => {
                    const request: LockRequest = { callback, resolve, reject, window: win };
                    const signal = options.signal as FakeAbortController['signal'] | undefined;
                    if (options.steal === true) {
                        const holder = this.lockHolders.get(name);
                        if (holder) {
                            this.lockHolders.set(name, null);
                            holder.request.reject(new Error('AbortError: the lock was stolen'));
                        }
                        this.grant(name, request);
                        return;
                    }
                    if (signal?.aborted) {
                        reject(new Error('AbortError'));
                        return;
                    }
                    signal?.listeners.push(() => {
                        const queue = this.lockQueues.get(name) ?? [];
                        if (!queue.includes(request)) return;
                        this.lockQueues.set(
                            name,
                            queue.filter((r) => r !== request)
                        );
                        reject(new Error('AbortError'));
                    });
                    if (this.lockHolders.get(name)) {
                        const queue = this.lockQueues.get(name) ?? [];
                        queue.push(request);
                        this.lockQueues.set(name, queue);
                    } else {
                        this.grant(name, request);
                    }
                })
        };
    }

    private grant(name: string, request: LockRequest): void {
        let released = false;
        const release = () => {
            if (released) return;
            released = true;
            if (this.lockHolders.get(name)?.request === request) this.lockHolders.set(name, null);
            if (this.lockHolders.get(name)) return;
            const next = this.lockQueues.get(name)?.shift();
            if (next !== undefined) this.grant(name, next);
        };
        this.lockHolders.set(name, { request, release });
        void Promise.resolve()
            .then(() => request.callback({ name }))
            .then(
                (value) => {
                    release();
                    request.resolve(value);
                },
                (error: unknown) => {
                    release();
                    request.reject(error);
                }
            );
    }
}

/** Lets promise jobs run and the fake clock's due tasks fire, until both are quiet. */
export async function settleBrowser(browser: FakeBrowser, rounds = 12): Promise<void> {
    for (let i = 0; i < rounds; i++) {
        for (let j = 0; j < 5; j++) await Promise.resolve();
        browser.clock.advance(0);
    }
}
