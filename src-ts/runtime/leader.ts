/**
 * One driver per agent (B18): of the console tabs open in one browser, exactly one drives the
 * presence sync and the others follow. Lease-based: the driver heartbeats, followers take over
 * when the heartbeats stop (or at once when the driver resigns), and ties between tabs that claim
 * together go to the smallest tab id. Given the clock and the order of messages, it is
 * deterministic; nothing it does throws out of a channel listener or a timer.
 */
import type { Clock } from '../bridge/endpoint';
import { MAX_TAB_ID_LENGTH, isPlainObject, parseTabMessage, type TabChannel, type TabMessage } from './tab-channel';
import type { Election, TabRole } from './election';

/** What the heartbeat election needs: the tab channel (or null), the page's clock and this tab's id. Durations in milliseconds of the page's monotonic clock. */
export interface TabCoordinatorOptions {
    /** Null where the browser offers none: the tab then drives alone. */
    channel: TabChannel | null;
    clock: Clock;
    /** Unique per page load (a duplicated tab must not inherit it); 1 to 64 characters. */
    tabId: string;
    /** Called on every change of role, and only then. */
    onRole: (role: TabRole) => void;
    /** What the driver publishes, for a follower to show. */
    onView?: (view: unknown) => void;
    /** Another tab's signal (e.g. 'omniMoved'), heard while following. */
    onSignal?: (kind: 'omniMoved', from: string) => void;
    heartbeatMs?: number;
    /** How long a follower waits without a heartbeat before it claims; more than heartbeatMs. */
    leaseMs?: number;
    /** How long a tab listens after a query or a claim before it moves on. */
    claimWaitMs?: number;
}

/** Where the tab is in the protocol; `role` is what the rest of the runtime sees of it. */
type Phase = 'stopped' | 'querying' | 'claiming' | 'driver' | 'follower';

/** The heartbeat-lease election over the tab channel (B18), used where Web Locks are missing: see the module comment. */
export class TabCoordinator implements Election {
    private phase: Phase = 'stopped';
    private current: TabRole = 'starting';
    /** Bumped on every phase change, so a step interrupted by a nested one stops there. */
    private epoch = 0;
    private timer: unknown = null;
    private unsubscribe: (() => void) | null = null;
    /** The tab a follower defers to: the driver it heard, or the smaller tab that claimed. */
    private followedTab: string | null = null;
    /** The driver's latest view, repeated to each tab that asks, so it has something to show. */
    private lastView: Record<string, unknown> | null = null;
    private readonly heartbeatMs: number;
    private readonly leaseMs: number;
    private readonly claimWaitMs: number;
    private readonly listener = (message: TabMessage) => {
        try {
            this.receive(message);
        } catch {
            // Only a throwing onRole or onView gets here; the protocol state is already consistent.
        }
    };

    constructor(private readonly options: TabCoordinatorOptions) {
        this.heartbeatMs = options.heartbeatMs ?? 1000;
        this.leaseMs = options.leaseMs ?? 3000;
        this.claimWaitMs = options.claimWaitMs ?? 300;
        if (options.tabId.length === 0 || options.tabId.length > MAX_TAB_ID_LENGTH) {
            throw new RangeError(`tab id must have 1 to ${MAX_TAB_ID_LENGTH} characters`);
        }
        if (!(this.heartbeatMs > 0 && this.claimWaitMs > 0 && this.leaseMs > this.heartbeatMs)) {
            throw new RangeError('heartbeatMs and claimWaitMs must be positive, and leaseMs longer than heartbeatMs');
        }
    }

    get role(): TabRole {
        return this.current;
    }

    start(): void {
        if (this.phase !== 'stopped') return;
        const { channel } = this.options;
        if (channel === null) {
            // No channel, no other tab can be known: driving alone is the only safe choice.
            this.enter('driver', null);
            this.setRole('driver');
            return;
        }
        this.unsubscribe = channel.subscribe(this.listener);
        this.enter('querying', {
            ms: this.claimWaitMs,
            then: () => {
                this.claim();
            }
        });
        this.post('query');
    }

    /** Leaves the protocol; a driver (or a tab mid-claim) resigns so another takes over at once. */
    stop(): void {
        if (this.phase === 'stopped') return;
        const resign = this.phase === 'driver' || this.phase === 'claiming';
        this.enter('stopped', null);
        this.unsubscribe?.();
        this.unsubscribe = null;
        if (resign) this.post('resign');
        this.setRole('starting');
    }

    /** Shows the driver's view in every follower; ignored unless this tab drives. */
    publishView(view: unknown): void {
        if (this.phase !== 'driver' || !isPlainObject(view)) return;
        this.lastView = view;
        this.post('view', view);
    }

    /**
     * "Use this tab": asks the driver to hand over. The driver answers with a 'resign' naming this
     * tab, which then drives; if no driver answers, the lease runs out as for a closed driver.
     */
    takeOver(): void {
        if (this.phase !== 'follower' || this.followedTab === null) return;
        this.post('takeover', undefined, this.followedTab);
    }

    signal(kind: 'omniMoved'): void {
        if (this.phase !== 'stopped') this.post(kind);
    }

    private receive(raw: TabMessage): void {
        // Checked again here: the channel may be any implementation.
        const message = parseTabMessage(raw);
        if (message === null || message.from === this.options.tabId || this.phase === 'stopped') return;
        const { from } = message;
        switch (message.kind) {
            case 'query':
                if (this.phase === 'driver') this.answer();
                return;
            case 'claim':
                if (this.phase === 'driver') this.answer();
                else if (this.phase === 'claiming' && from < this.options.tabId) this.follow(from);
                return;
            case 'heartbeat':
                // Of two drivers the larger id steps down; the smaller answers so that happens now.
                if (this.phase !== 'driver' || from < this.options.tabId) this.follow(from);
                else this.post('heartbeat');
                return;
            case 'resign':
                if (this.phase !== 'follower' || from !== this.followedTab) return;
                // A handover names the next driver: it drives at once, the others follow it.
                if (message.to === this.options.tabId) this.becomeDriver();
                else if (message.to !== undefined) this.follow(message.to);
                else this.claim();
                return;
            case 'takeover':
                if (this.phase === 'driver' && message.to === this.options.tabId) this.handOver(from);
                return;
            case 'omniMoved':
                if (this.phase === 'follower') this.options.onSignal?.('omniMoved', from);
                return;
            case 'view':
                if (this.phase !== 'driver') this.options.onView?.(message.view);
                return;
        }
    }

    private handOver(to: string): void {
        this.follow(to);
        this.post('resign', undefined, to);
    }

    private claim(): void {
        this.enter('claiming', {
            ms: this.claimWaitMs,
            then: () => {
                this.becomeDriver();
            }
        });
        this.post('claim');
    }

    private becomeDriver(): void {
        const epoch = this.enter('driver', {
            ms: this.heartbeatMs,
            then: () => {
                this.beat();
            }
        });
        // The first heartbeat at once: followers renew their lease, late claimants back off.
        this.post('heartbeat');
        if (epoch === this.epoch) this.setRole('driver');
    }

    private beat(): void {
        this.setTimer(this.heartbeatMs, () => {
            this.beat();
        });
        this.post('heartbeat');
    }

    private answer(): void {
        const epoch = this.epoch;
        this.post('heartbeat');
        if (epoch === this.epoch && this.lastView !== null) this.post('view', this.lastView);
    }

    private follow(tabId: string): void {
        this.enter('follower', {
            ms: this.leaseMs,
            then: () => {
                this.claim();
            }
        });
        this.followedTab = tabId;
        this.setRole('follower');
    }

    /**
     * Moves to `phase` with its one timer (what happens when its wait runs out), before anything
     * is posted: a synchronous channel may deliver the answer inside the post. Returns the epoch.
     */
    private enter(phase: Phase, wait: { ms: number; then: () => void } | null): number {
        this.phase = phase;
        this.followedTab = null;
        if (phase !== 'driver') this.lastView = null;
        this.options.clock.clearTimeout(this.timer);
        this.timer = null;
        if (wait !== null) this.setTimer(wait.ms, wait.then);
        return ++this.epoch;
    }

    private setTimer(ms: number, callback: () => void): void {
        this.options.clock.clearTimeout(this.timer);
        this.timer = this.options.clock.setTimeout(() => {
            this.timer = null;
            try {
                callback();
            } catch {
                // Only a throwing onRole or onView gets here; the protocol state is already consistent.
            }
        }, ms);
    }

    private post(kind: TabMessage['kind'], view?: Record<string, unknown>, to?: string): void {
        const { channel, clock, tabId } = this.options;
        if (channel === null) return;
        const message: TabMessage = { kind, from: tabId, at: clock.now() };
        if (view !== undefined) message.view = view;
        if (to !== undefined) message.to = to;
        try {
            channel.post(message);
        } catch {
            // A channel failing to send is a lost message; the lease covers lost messages.
        }
    }

    private setRole(role: TabRole): void {
        if (this.current === role) return;
        this.current = role;
        this.options.onRole(role);
    }
}
