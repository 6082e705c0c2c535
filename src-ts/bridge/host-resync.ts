/**
 * The bridge host's resynchronisation after a flood (S1, host.ts): once the rate limit has dropped messages from
 * the frame's window, the host waits until the softphone has been quiet for a while, then asks for a new handshake.
 */
import type { Clock } from './endpoint';

/** Waits for the end of a burst, then resynchronises once; see the module comment. */
export class FloodResync {
    private timer: unknown = null;
    /** When the rate limit last dropped a message from the frame's window (monotonic ms), or null. */
    private floodedAt: number | null = null;

    constructor(
        private readonly clock: Clock,
        private readonly quietMs: number,
        /** The burst is over: resynchronise (the host decides whether a session is there to resync). */
        private readonly resync: () => void
    ) {}

    /** A resync timer is armed. */
    get armed(): boolean {
        return this.timer !== null;
    }

    /** The rate limit dropped a message from the frame's window: resynchronise once the burst is over (S1). */
    flooded(): void {
        this.floodedAt = this.clock.now();
        if (this.timer !== null) return;
        const check = () => {
            this.timer = null;
            if (this.floodedAt === null) return;
            const quietFor = this.clock.now() - this.floodedAt;
            if (quietFor < this.quietMs) {
                this.timer = this.clock.setTimeout(check, this.quietMs - quietFor);
                return;
            }
            this.floodedAt = null;
            this.resync();
        };
        this.timer = this.clock.setTimeout(check, this.quietMs);
    }

    /** Forgets the flood and its timer. */
    stop(): void {
        this.clock.clearTimeout(this.timer);
        this.timer = null;
        this.floodedAt = null;
    }
}
