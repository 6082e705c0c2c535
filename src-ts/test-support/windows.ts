/**
 * Two fake windows (the utility and the softphone frame) and the postMessage traffic between
 * them, delivered when flushed, as a browser would: the receiver sees the sender's origin and
 * window, a copy of the data, and nothing at all when the target origin does not match.
 */
import type { ListenTarget, MessageEventLike, PostTarget } from '../bridge/endpoint';

type Listener = (event: MessageEventLike) => void;

/** A window for the bridge tests: its origin, message listeners and a crypto source. */
export class FakeWindow implements ListenTarget {
    readonly listeners = new Set<Listener>();
    /** The window's random source, as `window.crypto` has it (the host takes its nonces from it). */
    readonly crypto = {
        getRandomValues: (bytes: Uint8Array): Uint8Array => globalThis.crypto.getRandomValues(bytes)
    };

    constructor(readonly origin: string) {}

    addEventListener(_type: 'message', listener: Listener): void {
        this.listeners.add(listener);
    }

    removeEventListener(_type: 'message', listener: Listener): void {
        this.listeners.delete(listener);
    }

    /** Delivers an event directly, as if any window had posted it. */
    dispatch(event: MessageEventLike): void {
        for (const listener of [...this.listeners]) listener(event);
    }
}

/** A message posted between two fake windows, as logged. */
export interface Posted {
    from: FakeWindow;
    to: FakeWindow;
    data: unknown;
    targetOrigin: string;
}

/** Carries postMessage between fake windows asynchronously, in order, checking the target origin, with a log of everything posted. */
export class PostBus {
    readonly log: Posted[] = [];
    private queue: { to: FakeWindow; event: MessageEventLike }[] = [];

    /** A handle through which `from` posts to `to`; the receiver sees `seenAs` as the event source. */
    handle(from: FakeWindow, to: FakeWindow, seenAs: () => unknown): PostTarget {
        return {
            postMessage: (data: unknown, targetOrigin: string) => {
                this.log.push({ from, to, data, targetOrigin });
                if (targetOrigin !== '*' && targetOrigin !== to.origin) return;
                this.queue.push({
                    to,
                    event: { data: JSON.parse(JSON.stringify(data)) as unknown, origin: from.origin, source: seenAs() }
                });
            }
        };
    }

    /** Delivers everything posted so far, and what that provokes, until quiet. */
    flush(limit = 10_000): number {
        let delivered = 0;
        while (this.queue.length > 0 && delivered < limit) {
            const next = this.queue.shift();
            if (next === undefined) break;
            next.to.dispatch(next.event);
            delivered++;
        }
        return delivered;
    }

    clear(): void {
        this.queue = [];
    }
}
