/**
 * Outcomes: how the decisions reach the audit (B20). The engine's decisions, and those the runtime
 * makes itself (tabs, start-up reads, an Omni-Channel event it could not read), go into the audit
 * log with wall-clock times; what a tab records while it follows is also kept aside, so that it
 * survives the driver's log being restored when this tab takes over. Owns the shape of the
 * runtime's own decisions; the audit log owns their order and bounds.
 */
import type { Decision, DetailKey } from '../engine/types';
import type { AuditLog } from './audit';
import type { OmniProblem } from './omni-events';
import type { RuntimeEvent, RuntimeOutcome } from '../panel/decisions';

/** How many of a follower's own decisions are kept for when it takes over. */
const NOTES_KEPT_WHILE_FOLLOWING = 10;

/** What the outcomes need: the audit log, both clocks (milliseconds) and whether this tab drives now. */
export interface OutcomesOptions {
    audit: AuditLog;
    /** The page's monotonic clock: the engine's times. */
    now: () => number;
    /** The wall clock: the audit's times, for people. */
    wallNow: () => number;
    driving: () => boolean;
}

/** The decisions on their way into the audit: see the module comment. */
export class Outcomes {
    private notesWhileFollowing: Decision[] = [];

    constructor(private readonly options: OutcomesOptions) {}

    /** Into the audit with wall-clock times: the engine's are monotonic, the audit's are for people. */
    add(decisions: readonly Decision[]): void {
        if (decisions.length === 0) return;
        const offset = this.options.wallNow() - this.options.now();
        const entries = decisions.map((decision) => ({ ...decision, at: decision.at + offset }));
        this.options.audit.add(entries);
        if (!this.options.driving())
            this.notesWhileFollowing = [...this.notesWhileFollowing, ...entries].slice(-NOTES_KEPT_WHILE_FOLLOWING);
    }

    /** A decision the shell itself made (tabs, start-up reads), audited like the engine's (B20). */
    note(
        rule: string,
        event: RuntimeEvent,
        outcome: RuntimeOutcome,
        detailKey: DetailKey,
        detailParams: Readonly<Record<string, string>> = {}
    ): void {
        const decision = {
            at: this.options.now(),
            input: `runtime ${event}`,
            rule,
            outcome,
            detailKey,
            detailParams,
            commands: [],
            inputKind: 'runtime',
            inputParams: { event },
            outcomeParams: {}
        } as unknown as Decision;
        this.add([decision]);
    }

    /** An Omni-Channel event the runtime could not read: dropped, and audited with rule `track` (B20). */
    omniEventDropped(name: unknown, problem: OmniProblem): void {
        const eventLabel = typeof name === 'string' && name !== '' ? name : 'Omni-Channel event';
        const detailKey: DetailKey =
            problem.cause === 'event-field' ? 'omni_event_field_dropped' : 'omni_event_dropped';
        const detailParams: Record<string, string> =
            problem.cause === 'event-field'
                ? { omniEvent: eventLabel, field: problem.field ?? '' }
                : { omniEvent: eventLabel, reason: problem.cause, error: problem.error ?? '' };
        const dropped = {
            at: this.options.now(),
            input: `omni ${eventLabel}`,
            inputKind: 'omni',
            inputParams: { event: eventLabel, reason: problem.cause },
            rule: 'track' as const,
            outcome: 'omni-event-dropped',
            outcomeParams: {},
            detailKey,
            detailParams,
            commands: [] as string[]
        };
        this.add([dropped]);
    }

    /** What this tab recorded while it followed (the newest few), handed over once as it starts to drive. */
    takeNotesWhileFollowing(): Decision[] {
        return this.notesWhileFollowing.splice(0);
    }
}
