/**
 * The Omni start-up read (B15): when a tab starts to drive it reads Omni-Channel's status, work
 * and workload together, and tells the engine only a definite answer. A read that goes unanswered
 * is "unknown", never "offline": it is asked again with backoff; a refusal is offline, read once more
 * a few seconds later (see `presenceOf`). Also the follower's probe
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

/**
 * Retries of a start-up read of Omni that got no answer (B15): the delays, in ms. Bounded: after the
 * last one the read waits for an Omni-Channel event, which tells the engine the presence anyway.
 */
const OMNI_READ_RETRY_MS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000, 60_000];
/** How long a follower keeps asking its own Omni whether the session moved to it (B18, B5). */
const OMNI_MOVED_PROBE_MS = [0, 1000, 2000, 4000, 8000];
/** How many stale answers (Omni events arrived while reading) are read again. */
const STALE_RETRIES = 2;
/** When a refusal was taken as offline, the one confirming read comes this long after (ms, B15). */
const REFUSAL_CONFIRM_MS = 3000;

/**
 * What a status read says of Omni: a status is online; an answer without one is offline; a
 * rejection (`ok` false, `answered` true) is offline too, and no answer at all is unknown.
 *
 * `lightning:omniToolkitAPI`'s `getServicePresenceStatusId()` "returns a promise that, upon
 * success, resolves to an object" with `statusId`, `statusName` and `statusApiName`
 * (Console Developer Guide, "getServicePresenceStatusId for Lightning Experience",
 * https://developer.salesforce.com/docs/service/api-console/guide/sforce-api-console-lightning-getservicepresencestatusid.html).
 * An agent who is not logged in to Omni-Channel has no current status: the guide's sample handles
 * that in `.catch`, the callback form of the same method (API 41 and before) answered
 * `success: false`, and integrations in the field log the agent in from that `.catch`. So the
 * toolkit's rejection is its answer "not logged in", offline at once; only a read the toolkit did
 * not answer (a timeout, a call that threw before reaching it) is unknown and asked again. A
 * rejection after an Omni-Channel connection error, or while the work read returned items, is not
 * believed, and an offline taken from a rejection is confirmed by one more read (see `OmniStartupRead`).
 */
export function presenceOf(answer: {
    ok: boolean;
    value: unknown;
    answered?: boolean;
}): 'online' | 'offline' | 'unknown' {
    if (!answer.ok) return answer.answered === true ? 'offline' : 'unknown';
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

/**
 * The driver's start-up read of Omni (B15): see the module comment. One chain of reads at a time:
 * every read has a number, and only the answer of the newest read of the current driving turn is
 * acted on, so a late answer (one that comes after a timeout, after a newer read, after `stop()` or
 * after another tab took over) can neither step the engine nor start another read. Each turn reads
 * at most 1 + OMNI_READ_RETRY_MS.length + STALE_RETRIES times.
 */
export class OmniStartupRead {
    private timer: unknown = null;
    private attempt = 0;
    /** The number of the newest read; `stop()` bumps it too, so that no earlier answer is used. */
    private readNo = 0;
    /** This turn's audit already says the read went unanswered (said once a turn). */
    private unansweredSaid = false;
    private eventsSeen = 0;
    /** This turn's offline taken from a refusal was read again once already. */
    private confirmed = false;

    constructor(private readonly host: OmniReadHost) {}

    /** An Omni-Channel event reached the engine: an answer read meanwhile may be stale. */
    eventSeen(): void {
        this.eventsSeen++;
    }

    /** This tab starts to drive: reads afresh. */
    begin(): void {
        this.attempt = 0;
        this.unansweredSaid = false;
        this.confirmed = false;
        this.read(STALE_RETRIES);
    }

    /** This tab stops driving: no retry is pending any more, and an answer still on its way is dropped. */
    stop(): void {
        this.host.clock.clearTimeout(this.timer);
        this.timer = null;
        this.readNo++;
    }

    /**
     * Reads Omni, the three reads together. A status read the toolkit does not answer is "unknown",
     * never "offline": it is asked again with backoff (bounded), and the engine reconciles only on a
     * definite answer (or on an Omni event, which ends the retries). If Omni events arrived while
     * reading, the answer may be stale: read again (at most `staleRetries` times). A refusal is not
     * believed while the work read returned items (the agent has work: Omni is on); an offline taken
     * from a refusal (which may be Omni not loaded yet after a reload, or a passing failure) is read
     * once more REFUSAL_CONFIRM_MS later, and a status in that answer is Omni's status after all.
     */
    private read(staleRetries: number): void {
        const host = this.host;
        this.stop();
        const readNo = this.readNo;
        const seenBefore = this.eventsSeen;
        const turn = host.turn();
        // The start-up reads, in the order of the one list of toolkit methods (src-ts/core/toolkit-methods.ts).
        const [statusRead, worksRead, workloadRead] = TOOLKIT_STARTUP_READS;
        void Promise.all([host.read(statusRead), host.read(worksRead), host.read(workloadRead)]).then(
            ([status, works, workload]) => {
                if (readNo !== this.readNo || !host.isTurn(turn)) return;
                const items = works.ok ? worksOf(works.value) : [];
                const answer = this.presence(status);
                const refused = answer === 'offline' && !status.ok;
                const presence = refused && items.length > 0 ? 'unknown' : answer;
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
                    works: online ? items : [],
                    workload: online && workload.ok ? workloadOf(workload.value) : null
                });
                if (!refused || this.confirmed) return;
                this.confirmed = true;
                this.timer = host.clock.setTimeout(() => {
                    this.timer = null;
                    if (host.isTurn(turn) && host.state().omni.presence === 'offline') this.read(0);
                }, REFUSAL_CONFIRM_MS);
            }
        );
    }

    /**
     * What the status read says: null where an Omni event told the engine meanwhile. A refusal is
     * the toolkit's "not logged in" (see `presenceOf`), except after an Omni-Channel connection
     * error: then Omni may be on its way back, and the read is unknown until it is.
     */
    private presence(status: ToolkitAnswer): 'online' | 'offline' | 'unknown' | null {
        const presence = presenceOf(status);
        const omni = this.host.state().omni;
        if (presence !== 'online' && omni.presence !== 'unknown') return null;
        if (presence === 'offline' && !status.ok && omni.connectionError) return 'unknown';
        return presence;
    }

    /** No definite answer: audited, and asked again after the next backoff delay, if any is left. */
    private retry(turn: number, staleRetries: number, status: ToolkitAnswer): void {
        const host = this.host;
        const delay = OMNI_READ_RETRY_MS[this.attempt];
        // Said once a turn, and only when the read truly could not be done (the toolkit did not answer): a
        // refusal is the agent being offline, no failure to tell the agent (issue 21).
        if (!status.answered && !this.unansweredSaid) {
            this.unansweredSaid = true;
            host.note('B15', 'omniReadUnanswered', 'omniUnknown', 'omni_read_unanswered', {
                reason: errorText(status.value),
                seconds: String(Math.round((delay ?? 0) / 1000))
            });
        }
        host.flushSoon();
        if (delay === undefined) return;
        this.attempt++;
        this.timer = host.clock.setTimeout(() => {
            this.timer = null;
            if (host.isTurn(turn) && host.state().omni.presence === 'unknown') this.read(staleRetries);
        }, delay);
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
