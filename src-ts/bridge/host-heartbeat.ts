/**
 * The bridge host's liveness check (B17, host.ts): pings at each heartbeat, and the judgement of whether the
 * softphone still answers, from the messages it received after each ping it really sent.
 */
import type { Clock } from './endpoint';

/** Pings in a row that got no message back, each given a heartbeat interval to answer, before the softphone counts as lost. */
const MISSED_PINGS_FOR_LOSS = 2;

/** What the heartbeat asks of the host. */
export interface HeartbeatHooks {
    /** Is a session up? The heartbeat stops when not. */
    connected: () => boolean;
    /** Posts a ping; false when it could not be posted. */
    ping: () => boolean;
    /** The softphone stopped answering. */
    lost: () => void;
}

/** One host's heartbeat; see the module comment. */
export class Heartbeat {
    private timer: unknown = null;
    private lastHeard = 0;
    /** When the last ping was really posted (monotonic ms), or null when none is outstanding. */
    private pingSentAt: number | null = null;
    private missedPings = 0;

    constructor(
        private readonly clock: Clock,
        private readonly intervalMs: number,
        private readonly hooks: HeartbeatHooks
    ) {}

    /** A heartbeat timer is armed. */
    get armed(): boolean {
        return this.timer !== null;
    }

    /** A message came from the softphone now. */
    heard(): void {
        this.lastHeard = this.clock.now();
    }

    /** A session begins: heard now, no ping outstanding. */
    reset(): void {
        this.lastHeard = this.clock.now();
        this.pingSentAt = null;
        this.missedPings = 0;
    }

    stop(): void {
        this.clock.clearTimeout(this.timer);
        this.timer = null;
    }

    /**
     * Liveness (B17), judged from messages against pings really sent: at each heartbeat, the
     * last ping counts as missed only when it was posted, no message came after it, and a full
     * interval has passed since it was posted. A timer that fires late (a throttled background
     * tab runs it once a minute) therefore never makes a softphone that answers look lost.
     */
    schedule(): void {
        this.clock.clearTimeout(this.timer);
        this.timer = this.clock.setTimeout(() => {
            this.timer = null;
            if (!this.hooks.connected()) return;
            const now = this.clock.now();
            if (this.pingSentAt !== null) {
                const answered = this.lastHeard >= this.pingSentAt;
                if (answered) this.missedPings = 0;
                else if (now - this.pingSentAt >= this.intervalMs) this.missedPings++;
                if (this.missedPings >= MISSED_PINGS_FOR_LOSS) {
                    this.hooks.lost();
                    return;
                }
                // A ping not yet due for an answer is left to run.
                if (!answered && now - this.pingSentAt < this.intervalMs) {
                    this.schedule();
                    return;
                }
            }
            this.pingSentAt = this.hooks.ping() ? now : null;
            this.schedule();
        }, this.intervalMs);
    }
}
