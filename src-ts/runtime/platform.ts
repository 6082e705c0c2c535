/**
 * Every window API the runtime uses, in one object (C4). The shipped module touches no global:
 * Lightning Locker has no `globalThis` and no `navigator.locks`, and Lightning Web Security
 * refuses a `storage` listener on the window, so the component passes its own `window` and
 * `browserPlatform` reads from it, feature by feature, never throwing.
 *
 * Platform facts (Lightning Web Security guide, "lws-local-storage"; SalesforceLabs/OrgCheck
 * issue 633 for Locker's missing `globalThis`): both security models prefix localStorage keys
 * per namespace, and a `storage` event in another tab carries the raw, prefixed key.
 */

/** The part of Web Storage the runtime uses (namespaced by the security layer). */
export interface StorageLike {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
}

/** The part of navigator.locks the election uses (Web Locks API). */
export interface LockManagerLike {
    request(
        name: string,
        options: { mode: 'exclusive'; signal?: unknown; steal?: boolean },
        callback: (lock: unknown) => Promise<void>
    ): Promise<unknown>;
}

/** A BroadcastChannel, as far as the tab channel uses it. */
export interface BroadcastChannelLike {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
    removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
    close(): void;
}

/** A `storage` event as the window delivers it: `key` is the raw key, with any namespace prefix. */
export interface StorageEventLike {
    key: string | null;
    newValue: string | null;
    storageArea?: unknown;
}

/** What aborts a pending lock request when the tab stops. */
export interface AbortHandle {
    readonly signal: unknown;
    abort(): void;
}

/**
 * The runtime's window. Times are milliseconds: `now` is monotonic within the page
 * (performance.now(): durations, timers, the engine's clock); `wallNow` is the wall clock
 * (Date.now(): display and the age of a saved state only, since a user may set it back).
 */
export interface PlatformPort {
    now(): number;
    wallNow(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    /** localStorage as the security layer hands it over, or null where storage is blocked. */
    readonly storage: StorageLike | null;
    /** The page's other storage area (sessionStorage) where it can be told apart, else null. */
    readonly otherStorageArea: unknown;
    /** Web Locks, or null (Lightning Locker, older browsers). */
    readonly locks: LockManagerLike | null;
    /** Opens a BroadcastChannel, or null where there is none or it cannot be opened. */
    openBroadcastChannel(name: string): BroadcastChannelLike | null;
    /**
     * Listens to `storage` events of the window; returns the unsubscribe function, or null where the
     * security layer refuses the listener (Lightning Web Security throws).
     */
    onStorage(listener: (event: StorageEventLike) => void): (() => void) | null;
    /** A random token of 24 base-36 characters (crypto.getRandomValues where available). */
    randomToken(): string;
    /** An AbortController, or null where there is none. */
    abortHandle(): AbortHandle | null;
}

type Fn = (...args: never[]) => unknown;

interface WindowLike {
    performance?: { now?: Fn };
    Date?: { now?: Fn };
    setTimeout?: Fn;
    clearTimeout?: Fn;
    localStorage?: unknown;
    sessionStorage?: unknown;
    navigator?: { locks?: unknown };
    BroadcastChannel?: unknown;
    addEventListener?: Fn;
    removeEventListener?: Fn;
    crypto?: { getRandomValues?: Fn };
    AbortController?: unknown;
}

function read<T>(get: () => T): NonNullable<T> | null {
    try {
        return get() ?? null;
    } catch {
        // A security layer may throw on a property it does not expose.
        return null;
    }
}

function isStorage(value: unknown): value is StorageLike {
    const storage = value as StorageLike | null;
    return (
        typeof storage === 'object' &&
        storage !== null &&
        typeof storage.getItem === 'function' &&
        typeof storage.setItem === 'function' &&
        typeof storage.removeItem === 'function'
    );
}

/**
 * The platform of a browser window: `win` is the `window` the component sees (Locker's secure
 * window, LWS's distorted one, or the plain one). Never throws; what is missing is null.
 */
export function browserPlatform(win: unknown): PlatformPort {
    const w = (typeof win === 'object' && win !== null ? win : {}) as WindowLike;
    const performance = read(() => w.performance);
    const monotonic = typeof performance?.now === 'function';
    const dateNow = (): number => {
        const own = read(() => w.Date);
        return typeof own?.now === 'function' ? Number(own.now.call(own)) : Date.now();
    };
    const storage = read(() => w.localStorage);
    const locks = read(() => w.navigator?.locks);
    const Channel = read(() => w.BroadcastChannel);
    const Abort = read(() => w.AbortController);
    const crypto = read(() => w.crypto);
    return {
        now: monotonic ? () => (performance.now as () => number).call(performance) : dateNow,
        wallNow: dateNow,
        setTimeout: (callback, ms) => (w.setTimeout as (cb: () => void, ms: number) => unknown).call(w, callback, ms),
        clearTimeout: (handle) => {
            if (handle !== null && handle !== undefined) (w.clearTimeout as (h: unknown) => void).call(w, handle);
        },
        storage: isStorage(storage) ? storage : null,
        otherStorageArea: read(() => w.sessionStorage),
        locks:
            typeof locks === 'object' && locks !== null && typeof (locks as LockManagerLike).request === 'function'
                ? (locks as LockManagerLike)
                : null,
        openBroadcastChannel: (name) => {
            if (typeof Channel !== 'function') return null;
            try {
                return new (Channel as new (name: string) => BroadcastChannelLike)(name);
            } catch {
                return null;
            }
        },
        onStorage: (listener) => {
            const handler = (event: StorageEventLike) => {
                listener(event);
            };
            try {
                (w.addEventListener as (type: string, l: unknown) => void).call(w, 'storage', handler);
            } catch {
                // "Lightning Web Security: Cannot add 'storage' event listener to Window object".
                return null;
            }
            return () => {
                try {
                    (w.removeEventListener as (type: string, l: unknown) => void).call(w, 'storage', handler);
                } catch {
                    // Nothing left to release.
                }
            };
        },
        randomToken: () => randomToken(crypto),
        abortHandle: () => {
            if (typeof Abort !== 'function') return null;
            try {
                return new (Abort as new () => AbortHandle)();
            } catch {
                return null;
            }
        }
    };
}

function randomToken(crypto: { getRandomValues?: Fn } | null): string {
    let token = '';
    try {
        if (typeof crypto?.getRandomValues === 'function') {
            const words = new Uint32Array(4);
            (crypto.getRandomValues as (array: Uint32Array) => unknown).call(crypto, words);
            for (const word of words) token += word.toString(36).padStart(7, '0').slice(-6);
        }
    } catch {
        token = '';
    }
    // Only where the security layer hides crypto: still unguessable enough for a tab-channel name.
    while (token.length < 24) token += Math.floor(Math.random() * 36).toString(36);
    return token.slice(0, 24);
}
