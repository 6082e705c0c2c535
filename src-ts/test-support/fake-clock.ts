/**
 * A manual clock for tests: timers fire only when time is advanced, in time order, so runs
 * with timers (heartbeats, timeouts, retries, leases) are exact and repeatable.
 */
import type { Clock } from '../bridge/endpoint';

interface Timer {
    id: number;
    at: number;
    callback: () => void;
}

/** The one fake clock of the tests: `now()` in milliseconds from `start`; timers run in due order (ties in the order set) only when `advance(ms)` moves time. */
export class FakeClock implements Clock {
    private time: number;
    private nextId = 1;
    private timers: Timer[] = [];

    constructor(start = 1_700_000_000_000) {
        this.time = start;
    }

    now(): number {
        return this.time;
    }

    setTimeout(callback: () => void, ms: number): unknown {
        const timer = { id: this.nextId++, at: this.time + Math.max(0, ms), callback };
        this.timers.push(timer);
        return timer.id;
    }

    clearTimeout(handle: unknown): void {
        this.timers = this.timers.filter((timer) => timer.id !== handle);
    }

    get pendingTimers(): number {
        return this.timers.length;
    }

    /** Moves time forward, firing every timer due on the way, in order. */
    advance(ms: number): void {
        const end = this.time + ms;
        for (;;) {
            const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
            if (due === undefined) break;
            this.timers = this.timers.filter((timer) => timer !== due);
            this.time = Math.max(this.time, due.at);
            due.callback();
        }
        this.time = end;
    }
}
