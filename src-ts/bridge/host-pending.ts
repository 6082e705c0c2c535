/**
 * The bridge host's commands awaiting the softphone's answer (host.ts): each settles once, by its ack or error,
 * by its timeout, or when the session it was sent in ends.
 */
import type { Clock } from './endpoint';

/**
 * Every reason of the host's own for a command that fails without the softphone's answer: no answer in time, no
 * connected softphone to send it to, or the session it was sent in ended (the frame reloaded, the heartbeat was
 * lost, the softphone said goodbye, a resync, a protocol refused, the host stopped). Each is a cause of
 * src-ts/core/causes.ts; src-ts/engine/final-failures.test.ts walks each to the notice that says it (issue 21).
 */
export const HOST_FAILURES = [
    'softphone-no-answer',
    'softphone-not-connected',
    'frame-reloaded',
    'heartbeat-lost',
    'softphone-closed',
    'softphone-resynced',
    'protocol-unsupported',
    'bridge-stopped'
] as const;

/** A reason of the host's own for a failed command (`HOST_FAILURES`). */
export type HostFailure = (typeof HOST_FAILURES)[number];

/** A command's outcome, as the host reports it. */
export interface CommandResult {
    commandId: string;
    ok: boolean;
    error: string | null;
}

interface Pending {
    timer: unknown;
}

/** The commands posted to the softphone and not yet answered. */
export class PendingCommands {
    private readonly pending = new Map<string, Pending>();

    constructor(
        private readonly clock: Clock,
        private readonly timeoutMs: number,
        private readonly onResult: (result: CommandResult) => void
    ) {}

    /** How many commands await an answer (each has a live timer). */
    get size(): number {
        return this.pending.size;
    }

    /**
     * Tracks a command and posts it, then arms its timeout. Its answer comes in a later task, so the timer is armed
     * before anything can settle the command (and not at all when something already did). The order does not take
     * the arming off the way to the softphone: Chromium forwards a message to a frame in another process (the
     * vendor's page is another site) only once the task that posted it has returned, so everything the console
     * does in that task, before or after the post, delays the command (docs/performance.md, "Latency").
     */
    track(commandId: string, post: () => void): void {
        const pending: Pending = { timer: null };
        this.pending.set(commandId, pending);
        post();
        if (this.pending.get(commandId) !== pending) return;
        pending.timer = this.clock.setTimeout(() => {
            if (this.pending.delete(commandId)) {
                const error: HostFailure = 'softphone-no-answer';
                this.onResult({ commandId, ok: false, error });
            }
        }, this.timeoutMs);
    }

    /**
     * A command that could not be sent fails with `error` in a later task, as an answer of the softphone's would: the
     * engine step that issued it is still running, and its wake-up (the retry, B17) must not be overwritten.
     */
    failLater(commandId: string, error: HostFailure): void {
        this.clock.setTimeout(() => {
            this.onResult({ commandId, ok: false, error });
        }, 0);
    }

    /** The softphone answered `replyTo`; false when no command awaits that answer. */
    settle(replyTo: string | null, ok: boolean, error: string | null): boolean {
        const pending = replyTo === null ? undefined : this.pending.get(replyTo);
        if (replyTo === null || pending === undefined) return false;
        this.clock.clearTimeout(pending.timer);
        this.pending.delete(replyTo);
        this.onResult({ commandId: replyTo, ok, error });
        return true;
    }

    /** Every command awaiting an answer fails with `error`. */
    failAll(error: HostFailure): void {
        for (const [commandId, pending] of [...this.pending]) {
            this.clock.clearTimeout(pending.timer);
            this.pending.delete(commandId);
            this.onResult({ commandId, ok: false, error });
        }
    }
}
