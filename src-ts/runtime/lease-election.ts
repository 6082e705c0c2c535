/**
 * One driver per agent (B18) where the tabs have no channel at all: a lease in localStorage,
 * polled by each tab's own timers (see `StorageLeaseElection`). The runtime picks it only where
 * neither Web Locks (`lock-election.ts`) nor a tab channel (`leader.ts`) is available.
 */
import type { Clock } from '../bridge/endpoint';
import type { Election, TabRole } from './election';
import { MAX_TAB_ID_LENGTH, isPlainObject } from './tab-channel';

/** The record the storage lease keeps: no clock in it, since each page's monotonic clock is its own. */
interface LeaseRecord {
    holder: string | null;
    /** Bumped by the holder at every beat; a follower that sees it stand still for a lease claims. */
    beat: number;
    /** A follower's "Use this tab": the holder hands the lease to it at its next beat. */
    request: string | null;
}

/** What `StorageLeaseElection` needs: localStorage (get and set only), the lease's key, the page's clock, this tab's id and the role callback. */
export interface StorageLeaseOptions {
    storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
    key: string;
    clock: Clock;
    tabId: string;
    onRole: (role: TabRole) => void;
    /** How often the holder beats and the others look; in ms of the page's monotonic clock. */
    pollMs?: number;
    /**
     * How long the beat must stand still before a follower claims. Longer than a minute: Chrome runs
     * a hidden tab's timers about once a minute, and a throttled driver is still alive.
     */
    leaseMs?: number;
    /** How long a claimant waits before it reads back whether its claim stood. */
    claimWaitMs?: number;
}

/**
 * One driver per agent where the tabs have no channel at all (no BroadcastChannel, no storage
 * events, no Web Locks): a lease in storage, polled. Exactly one tab drives; the others cannot see
 * its view (the runtime says coordination is unavailable), but take over when it stops or dies,
 * or when the agent picks "Use this tab". Storage is read and written only by this tab's timers.
 */
export class StorageLeaseElection implements Election {
    private current: TabRole = 'starting';
    private running = false;
    private timer: unknown = null;
    private lastBeat = -1;
    private lastBeatSeenAt = 0;
    private readonly pollMs: number;
    private readonly leaseMs: number;
    private readonly claimWaitMs: number;

    constructor(private readonly options: StorageLeaseOptions) {
        this.pollMs = options.pollMs ?? 2000;
        this.leaseMs = options.leaseMs ?? 75_000;
        this.claimWaitMs = options.claimWaitMs ?? 300;
    }

    get role(): TabRole {
        return this.current;
    }

    start(): void {
        if (this.running) return;
        this.running = true;
        this.look();
    }

    stop(): void {
        if (!this.running) return;
        this.running = false;
        this.options.clock.clearTimeout(this.timer);
        this.timer = null;
        const record = this.read();
        if (record?.holder === this.options.tabId) this.write({ holder: null, beat: record.beat + 1, request: null });
        this.setRole('starting');
    }

    /** No channel: nothing to publish. */
    publishView(): void {}

    signal(): void {}

    takeOver(): void {
        if (!this.running || this.current === 'driver') return;
        const record = this.read();
        if (record === null || record.holder === null) this.claim(record);
        else this.write({ ...record, request: this.options.tabId });
    }

    private look(): void {
        if (!this.running) return;
        const record = this.read();
        const { tabId } = this.options;
        if (this.current === 'driver') {
            if (record !== null && record.holder !== tabId) {
                this.setRole('follower');
            } else if (record?.request && record.request !== tabId) {
                this.write({ holder: record.request, beat: record.beat + 1, request: null });
                this.setRole('follower');
            } else {
                this.write({ holder: tabId, beat: (record?.beat ?? 0) + 1, request: null });
            }
            this.wait(this.pollMs, () => {
                this.look();
            });
            return;
        }
        const now = this.options.clock.now();
        if (record !== null && record.beat !== this.lastBeat) {
            this.lastBeat = record.beat;
            this.lastBeatSeenAt = now;
        }
        if (record !== null && record.holder === tabId) {
            this.setRole('driver');
            this.wait(this.pollMs, () => {
                this.look();
            });
            return;
        }
        if (record === null || record.holder === null || now - this.lastBeatSeenAt >= this.leaseMs) {
            this.claim(record);
            return;
        }
        this.setRole('follower');
        this.wait(this.pollMs, () => {
            this.look();
        });
    }

    private claim(record: LeaseRecord | null): void {
        const beat = (record?.beat ?? 0) + 1;
        this.write({ holder: this.options.tabId, beat, request: null });
        // Two tabs may claim together: the last write stands, each reads back before it drives.
        this.wait(this.claimWaitMs, () => {
            const now = this.read();
            if (now?.holder === this.options.tabId) this.setRole('driver');
            else {
                this.lastBeatSeenAt = this.options.clock.now();
                this.setRole('follower');
            }
            this.wait(this.pollMs, () => {
                this.look();
            });
        });
    }

    private wait(ms: number, then: () => void): void {
        this.options.clock.clearTimeout(this.timer);
        this.timer = this.options.clock.setTimeout(() => {
            this.timer = null;
            try {
                then();
            } catch {
                // Only a throwing onRole gets here; the lease is consistent.
            }
        }, ms);
    }

    private read(): LeaseRecord | null {
        try {
            const raw = this.options.storage.getItem(this.options.key);
            if (raw === null || raw.length > 1024) return null;
            const value: unknown = JSON.parse(raw);
            if (!isPlainObject(value)) return null;
            const { holder, beat, request } = value;
            if (holder !== null && (typeof holder !== 'string' || holder.length > MAX_TAB_ID_LENGTH)) return null;
            if (typeof beat !== 'number' || !Number.isSafeInteger(beat)) return null;
            return { holder, beat, request: typeof request === 'string' ? request : null };
        } catch {
            return null;
        }
    }

    private write(record: LeaseRecord): void {
        try {
            this.options.storage.setItem(this.options.key, JSON.stringify(record));
        } catch {
            // Storage full: the next beat tries again; a follower may claim meanwhile.
        }
    }

    private setRole(role: TabRole): void {
        if (this.current === role) return;
        this.current = role;
        this.options.onRole(role);
    }
}
