/**
 * The Omni start-up read (B15): when a tab starts to drive it reads Omni-Channel's status, work
 * and workload together, and tells the engine only a definite answer. A read that fails or times
 * out is "unknown", never "offline": it is asked again with backoff. Also the follower's probe
 * (B18 with B5): after the driver's Omni session moved to another tab of this browser, each
 * follower asks its own toolkit whether the session is now here. Owns these reads' timers,
 * attempts and the count of Omni events seen while reading; the runtime steps the engine.
 */
import type { Clock } from '../bridge/endpoint';
import type { DetailKey, EngineInput, EngineState } from '../engine/types';
import { TOOLKIT_STARTUP_READS } from '../core/toolkit-methods';
import { workloadOf, worksOf } from './omni-events';
import type { RuntimeEvent, RuntimeOutcome } from '../panel/decisions';
import { errorText, type ToolkitAnswer } from './toolkit-queue';

/** Retries of an unanswered start-up read of Omni (B15): the delays, in ms, the last one repeating. */
const OMNI_READ_RETRY_MS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000, 60_000];
/**
 * Whether the toolkit rejects `getServicePresenceStatusId` for an agent who is offline, or resolves
 * without a status, is not documented (Omni-Channel Developer Guide, "getServicePresenceStatusId
 * for Lightning Experience"): an org must confirm it. Both are handled: an answer without a status
 * is offline at once; a rejection is unknown and asked again, and only this many rejections in a
 * row (answers, not timeouts, with no Omni event or connection error meanwhile) count as offline.
 */
const OMNI_REFUSALS_AS_OFFLINE = 3;
/** How long a follower keeps asking its own Omni whether the session moved to it (B18, B5). */
const OMNI_MOVED_PROBE_MS = [0, 1000, 2000, 4000, 8000];
/** How many stale answers (Omni events arrived while reading) are read again. */
const STALE_RETRIES = 2;

/** What a status read says of Omni: a status is online; an answer without one is offline; no answer is unknown. */
export function presenceOf(answer: { ok: boolean; value: unknown }): 'online' | 'offline' | 'unknown' {
    if (!answer.ok) return 'unknown';
    const value = answer.value;
    if (value === null || value === undefined) return 'offline';
    if (typeof value !== 'object') return 'unknown';
    const statusId = (value as { statusId?: unknown }).statusId;
    if (typeof statusId === 'string' && statusId !== '') return 'online';
    return statusId === undefined || statusId === null || statusId === '' ? 'offline' : 'unknown';
}

/** What the reads need of the runtime: the clock, one toolkit call, the driving turn, the engine and the audit. */
export interface OmniReadHost {
    clock: Clock;
    /** One toolkit call (`callToolkit`): never rejects. */
    read(method: string): Promise<ToolkitAnswer>;
    /** The runtime's driving turn now, and whether a turn is still the current one of a driving tab. */
    turn(): number;
    isTurn(turn: number): boolean;
    state(): EngineState;
    step(input: EngineInput): void;
    note(
        rule: string,
        event: RuntimeEvent,
        outcome: RuntimeOutcome,
        detailKey: DetailKey,
        detailParams?: Readonly<Record<string, string>>
    ): void;
    /** Saves and shows a moment later (the audit has a new entry). */
    flushSoon(): void;
}

/** The driver's start-up read of Omni (B15): see the module comment. */
export class OmniStartupRead {
    private timer: unknown = null;
    private attempt = 0;
    /** Start-up status reads rejected in a row (see OMNI_REFUSALS_AS_OFFLINE). */
    private refusals = 0;
    /** This turn's audit already says the read went unanswered (said once a turn). */
    private unansweredSaid = false;
    private eventsSeen = 0;

    constructor(private readonly host: OmniReadHost) {}

    /** An Omni-Channel event reached the engine: an answer read meanwhile may be stale. */
    eventSeen(): void {
        this.eventsSeen++;
    }

    /** This tab starts to drive: reads afresh. */
    begin(): void {
        this.attempt = 0;
        this.refusals = 0;
        this.unansweredSaid = false;
        this.read(STALE_RETRIES);
    }

    /** This tab stops driving: no retry is pending any more. */
    stop(): void {
        this.host.clock.clearTimeout(this.timer);
        this.timer = null;
    }

    /**
     * Reads Omni, the three reads together. A status read that fails or times out is "unknown",
     * never "offline": it is asked again with backoff, and the engine reconciles only on a definite
     * answer (or on an Omni event, which ends the retries). If Omni events arrived while reading,
     * the answer may be stale: read again (at most `staleRetries` times).
     */
    private read(staleRetries: number): void {
        const host = this.host;
        this.stop();
        const seenBefore = this.eventsSeen;
        const turn = host.turn();
        // The start-up reads, in the order of the one list of toolkit methods (src-ts/core/toolkit-methods.ts).
        const [statusRead, worksRead, workloadRead] = TOOLKIT_STARTUP_READS;
        void Promise.all([host.read(statusRead), host.read(worksRead), host.read(workloadRead)]).then(
            ([status, works, workload]) => {
                if (!host.isTurn(turn)) return;
                const presence = this.presence(status);
                // An Omni event told the engine meanwhile: it needs no read any more.
                if (presence === null) return;
                if (presence === 'unknown') {
                    this.retry(turn, staleRetries, status);
                    return;
                }
                if (this.eventsSeen !== seenBefore && staleRetries > 0) {
                    this.read(staleRetries - 1);
                    return;
                }
                const value = status.value as Record<string, unknown> | null;
                const online = presence === 'online';
                host.step({
                    kind: 'omni',
                    event: 'snapshot',
                    loggedIn: online,
                    statusId: online ? (value?.statusId as string) : null,
                    statusApiName: online && typeof value?.statusApiName === 'string' ? value.statusApiName : null,
                    works: online && works.ok ? worksOf(works.value) : [],
                    workload: online && workload.ok ? workloadOf(workload.value) : null
                });
            }
        );
    }

    /**
     * What the status read says, counting refusals: null where an Omni event told the engine
     * meanwhile; offline after OMNI_REFUSALS_AS_OFFLINE refusals in a row (audited).
     */
    private presence(status: ToolkitAnswer): 'online' | 'offline' | 'unknown' | null {
        const presence = presenceOf(status);
        const omni = this.host.state().omni;
        if (presence === 'unknown' && omni.presence !== 'unknown') return null;
        this.refusals = presence === 'unknown' && status.answered ? this.refusals + 1 : 0;
        // Refused because the agent is offline: no failure to tell (issue 21); the snapshot's decision says offline.
        if (presence === 'unknown' && this.refusals >= OMNI_REFUSALS_AS_OFFLINE && !omni.connectionError)
            return 'offline';
        return presence;
    }

    /** No definite answer: audited, and asked again after the next backoff delay. */
    private retry(turn: number, staleRetries: number, status: ToolkitAnswer): void {
        const host = this.host;
        const delay = OMNI_READ_RETRY_MS[Math.min(this.attempt, OMNI_READ_RETRY_MS.length - 1)] ?? 60_000;
        // Said once a turn, and only when the read truly could not be done (the toolkit did not answer): a refusal
        // counts towards offline (OMNI_REFUSALS_AS_OFFLINE) and is no failure to tell the agent (issue 21).
        if (!status.answered && !this.unansweredSaid) {
            this.unansweredSaid = true;
            host.note('B15', 'omniReadUnanswered', 'omniUnknown', 'omni_read_unanswered', {
                reason: errorText(status.value),
                seconds: String(Math.round(delay / 1000))
            });
        }
        this.attempt++;
        this.timer = host.clock.setTimeout(() => {
            this.timer = null;
            if (host.isTurn(turn) && host.state().omni.presence === 'unknown') this.read(staleRetries);
        }, delay);
        host.flushSoon();
    }
}

/** What the follower's probe needs: the clock, one toolkit call, whether this tab still follows, and the way to take over. */
export interface OmniSessionProbeHost {
    clock: Clock;
    read(method: string): Promise<ToolkitAnswer>;
    following(): boolean;
    /** The session is here: audit it and take over (B18). */
    sessionHere(): void;
}

/**
 * B18 with B5: Omni-Channel logged the driver out because the agent's Omni session moved to another
 * tab of this browser. Every follower asks its own toolkit, a few times while the new session
 * settles; the one that holds the session takes over, so driving goes where Omni is.
 */
export class OmniSessionProbe {
    private timer: unknown = null;

    constructor(private readonly host: OmniSessionProbeHost) {}

    /** Starts (or restarts) the probe at its first attempt. */
    start(): void {
        this.probe(0);
    }

    stop(): void {
        this.host.clock.clearTimeout(this.timer);
        this.timer = null;
    }

    private probe(attempt: number): void {
        const host = this.host;
        this.stop();
        const delay = OMNI_MOVED_PROBE_MS[attempt];
        if (delay === undefined || !host.following()) return;
        this.timer = host.clock.setTimeout(() => {
            this.timer = null;
            void host.read('getServicePresenceStatusId').then((answer) => {
                if (!host.following()) return;
                if (presenceOf(answer) === 'online') host.sessionHere();
                else this.probe(attempt + 1);
            });
        }, delay);
    }
}
