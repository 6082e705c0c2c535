/**
 * One driver per agent (B18) through the browser's Web Locks: the driving tab holds an exclusive
 * lock until it stops or the tab dies, and the next waiting tab is granted it at once. Unlike the
 * heartbeat lease, it needs no timers, so a background tab whose timers the browser throttles
 * keeps driving without churn. "Use this tab" steals the lock (`steal: true`): the holder's
 * request then fails, it follows and queues again. Views travel over the tab channel, if any.
 * The lock's name carries the tabs' secret: Web Locks are shared by every namespace on the origin.
 */
import { parseTabMessage, type TabChannel, type TabMessage } from './tab-channel';
import type { Election, TabRole } from './election';
import { type AbortHandle, type LockManagerLike, type PlatformPort } from './platform';

export type { LockManagerLike } from './platform';

/** What the Web Locks election needs: the browser's lock manager, the lock's name (with the tabs' secret) and this tab's id. */
export interface LockElectionOptions {
    locks: LockManagerLike;
    name: string;
    tabId: string;
    channel: TabChannel | null;
    /** The page's monotonic clock, for the messages' `at`. */
    now: () => number;
    /** An AbortController where the platform has one (a stopped tab withdraws its request). */
    abortHandle?: PlatformPort['abortHandle'];
    onRole: (role: TabRole) => void;
    onView?: (view: unknown) => void;
    /** Another tab's signal (e.g. 'omniMoved'). */
    onSignal?: (kind: 'omniMoved', from: string) => void;
}

/** The Web Locks election (B18): see the module comment. Web Locks API: https://developer.mozilla.org/docs/Web/API/Web_Locks_API */
export class LockElection implements Election {
    private current: TabRole = 'starting';
    private running = false;
    /** Bumped per request, so the failure of an old (stolen or aborted) request changes nothing. */
    private generation = 0;
    private release: (() => void) | null = null;
    private abort: AbortHandle | null = null;
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
        this.post({ kind: 'query' });
        this.request(false);
    }

    stop(): void {
        if (!this.running) return;
        this.running = false;
        this.generation++;
        this.abort?.abort();
        this.abort = null;
        this.release?.();
        this.release = null;
        this.unsubscribe?.();
        this.unsubscribe = null;
        this.setRole('starting');
    }

    publishView(view: unknown): void {
        if (this.current !== 'driver' || typeof view !== 'object' || view === null) return;
        this.lastView = view as Record<string, unknown>;
        this.post({ kind: 'view', view });
    }

    takeOver(): void {
        if (!this.running || this.current === 'driver') return;
        // Withdraw the queued request first, or the lock would come back to this tab twice.
        this.abort?.abort();
        this.abort = null;
        this.request(true);
    }

    signal(kind: 'omniMoved'): void {
        if (this.running) this.post({ kind });
    }

    private request(steal: boolean): void {
        const generation = ++this.generation;
        // A steal may not carry a signal (Web Locks forbids both together).
        const abort = steal ? null : (this.options.abortHandle?.() ?? null);
        this.abort = abort;
        const held = new Promise<void>((resolve) => {
            this.release = resolve;
        });
        const options: { mode: 'exclusive'; signal?: unknown; steal?: boolean } = steal
            ? { mode: 'exclusive', steal: true }
            : abort === null
              ? { mode: 'exclusive' }
              : { mode: 'exclusive', signal: abort.signal };
        let granted = false;
        let request: Promise<unknown>;
        try {
            request = this.options.locks.request(this.options.name, options, () => {
                if (!this.running || generation !== this.generation) return Promise.resolve();
                granted = true;
                this.setRole('driver');
                return held;
            });
        } catch {
            return;
        }
        request.then(
            () => undefined,
            () => {
                // Stolen by a tab that took over (or aborted on stop): follow, and queue again.
                if (!this.running || generation !== this.generation || !granted) return;
                this.release?.();
                this.setRole('follower');
                this.request(false);
            }
        );
    }

    private post(message: Omit<TabMessage, 'from' | 'at'>): void {
        try {
            this.options.channel?.post({ ...message, from: this.options.tabId, at: this.options.now() });
        } catch {
            // A lost message: the next view goes through.
        }
    }

    private receive(raw: unknown): void {
        try {
            const message: TabMessage | null = parseTabMessage(raw);
            if (message === null || message.from === this.options.tabId) return;
            if (message.kind === 'view' && this.current === 'follower') this.options.onView?.(message.view);
            if (message.kind === 'omniMoved' && this.current === 'follower')
                this.options.onSignal?.('omniMoved', message.from);
            // A tab just opened: give it something to show.
            if (message.kind === 'query' && this.current === 'driver' && this.lastView !== null)
                this.post({ kind: 'view', view: this.lastView });
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
