/**
 * One driver per agent (B18) through the browser's Web Locks: the driving tab holds an exclusive
 * lock until it stops or the tab dies, and the next waiting tab is granted it at once. Unlike the
 * heartbeat lease, it needs no timers, so a background tab whose timers the browser throttles
 * keeps driving without churn. Views still travel over the tab channel.
 */
import { parseTabMessage, type TabChannel, type TabMessage } from './tab-channel';
import type { TabRole } from './leader';

/** The part of navigator.locks this needs. */
export interface LockManagerLike {
    request(
        name: string,
        options: { mode: 'exclusive'; signal?: AbortSignal },
        callback: (lock: unknown) => Promise<void>
    ): Promise<unknown>;
}

export interface Election {
    start(): void;
    stop(): void;
    readonly role: TabRole;
    publishView(view: unknown): void;
}

export interface LockElectionOptions {
    locks: LockManagerLike;
    name: string;
    tabId: string;
    channel: TabChannel | null;
    onRole: (role: TabRole) => void;
    onView?: (view: unknown) => void;
}

export class LockElection implements Election {
    private current: TabRole = 'starting';
    private running = false;
    private release: (() => void) | null = null;
    private abort: AbortController | null = null;
    private unsubscribe: (() => void) | null = null;
    private lastView: Record<string, unknown> | null = null;

    constructor(private readonly options: LockElectionOptions) {}

    get role(): TabRole {
        return this.current;
    }

    start(): void {
        if (this.running) return;
        this.running = true;
        this.unsubscribe =
            this.options.channel?.subscribe((message) => {
                this.receive(message);
            }) ?? null;
        // Until the lock is granted, another tab drives (or is about to): follow it.
        this.setRole('follower');
        this.options.channel?.post({ kind: 'query', from: this.options.tabId, at: Date.now() });
        const abort = typeof AbortController === 'function' ? new AbortController() : null;
        this.abort = abort;
        const held = new Promise<void>((resolve) => {
            this.release = resolve;
        });
        this.options.locks
            .request(
                this.options.name,
                abort === null ? { mode: 'exclusive' } : { mode: 'exclusive', signal: abort.signal },
                () => {
                    if (!this.running) return Promise.resolve();
                    this.setRole('driver');
                    return held;
                }
            )
            .catch(() => {
                // Aborted on stop, or the browser refused: this tab does not drive.
            });
    }

    stop(): void {
        if (!this.running) return;
        this.running = false;
        this.abort?.abort();
        this.release?.();
        this.release = null;
        this.unsubscribe?.();
        this.unsubscribe = null;
        this.setRole('starting');
    }

    publishView(view: unknown): void {
        if (this.current !== 'driver' || typeof view !== 'object' || view === null) return;
        this.lastView = view as Record<string, unknown>;
        this.options.channel?.post({ kind: 'view', from: this.options.tabId, at: Date.now(), view });
    }

    private receive(raw: unknown): void {
        try {
            const message: TabMessage | null = parseTabMessage(raw);
            if (message === null || message.from === this.options.tabId) return;
            if (message.kind === 'view' && this.current === 'follower') this.options.onView?.(message.view);
            // A tab just opened: give it something to show.
            if (message.kind === 'query' && this.current === 'driver' && this.lastView !== null) {
                this.options.channel?.post({
                    kind: 'view',
                    from: this.options.tabId,
                    at: Date.now(),
                    view: this.lastView
                });
            }
        } catch {
            // Nothing a message says may break the election.
        }
    }

    private setRole(role: TabRole): void {
        if (this.current === role) return;
        this.current = role;
        this.options.onRole(role);
    }
}

/** navigator.locks, where the browser (and the platform's security layer) offers it. */
export function browserLocks(): LockManagerLike | null {
    const navigatorLike = (globalThis as { navigator?: { locks?: unknown } }).navigator;
    const locks = navigatorLike?.locks;
    return typeof locks === 'object' && locks !== null && typeof (locks as LockManagerLike).request === 'function'
        ? (locks as LockManagerLike)
        : null;
}
