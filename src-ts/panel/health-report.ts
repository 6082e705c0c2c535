/**
 * The console's sync health report (issue 24): what the driving tab tells the org about this agent's sync, and
 * when. It reads the views the runtime publishes (`SyncView`, as the panel reads them) and decides, with its own
 * clock, when a report goes to `PresenceSyncHealthController.reportHealth` (the port `send`):
 *
 * - only when the condition CHANGES (healthy, never connected, softphone lost, …: `healthReading`), not per
 *   decision nor per presence change;
 * - debounced: a condition must hold for HEALTH_QUIET_MS before it is reported (at most HEALTH_MAX_QUIET_WAIT_MS
 *   while it keeps changing), so a change that goes back within that window is no report of its own;
 * - coalesced: every problem condition entered between two reports is counted in the next one (`occurrences`), so
 *   a flapping softphone is one report with a count (a flap back to what the org has is reported once, for its
 *   count); reports space out while they keep coming (`reportGapMs`) and at most HEALTH_REPORTS_PER_HOUR go in
 *   any hour;
 * - never on the latency path: `observe` only keeps the view and arms a timer; the condition is read after the
 *   view is published, off the event that caused it;
 * - only from the driving tab, and only while the Report Sync Health setting is on (a setting that cannot be read
 *   counts as on, its default, and the tab reports `config-problems`, so that the agent still shows in the tab);
 * - kept alive: when HEALTH_KEEP_ALIVE_MS passed without a report, the current condition is sent again, so that the
 *   health tab can tell an agent whose console went (no report for two hours: "Not reporting since …") from one
 *   whose condition stands;
 * - a refused report never disturbs the sync: `send` is awaited nowhere else. `reportHealth` answers true when the
 *   org kept the row and false when it did not (it never throws for org-side reasons); a false, a rejection or a
 *   throw is a refusal: counted, and tried once more after HEALTH_RETRY_MS at most once per condition change (then
 *   only if the condition still stands).
 *
 * The report is the contract's version 1 JSON (`HealthReport`): state and status names, a softphone error code and
 * counts; never free text from the softphone, never the user (Apex takes the user from UserInfo).
 */
import type { Clock } from '../bridge/endpoint';
import { SettingField, flag, withoutNamespace } from '../mapping/records';
import { decisionRows } from './decision-rows';
import { healthReading, type HealthCondition, type HealthDetail } from './health-reading';
import type { PanelContext, PanelDecision, PanelViewInput } from './types';

export { healthReading, type HealthCondition, type HealthDetail, type HealthReading } from './health-reading';

/** One decision that led to the condition, as the agent's decisions list words it. */
export interface HealthRecent {
    /** UTC ISO time of the decision. */
    at: string;
    /** The sentence, at most HEALTH_RECENT_CHARS characters. */
    what: string;
}

/** The report, version 1 (the contract between the console and PresenceSyncHealthController). */
export interface HealthReport {
    v: 1;
    condition: HealthCondition;
    /** When the current condition began (browser clock, UTC ISO). */
    since: string;
    /**
     * The softphone connected again after being lost, on this page, since the last report: true in the first report
     * after the reconnection only (and its retry), false in the ones after it.
     */
    reconnected: boolean;
    detail: HealthDetail;
    /** The problem conditions entered since the last report, by kind. */
    occurrences: Partial<Record<HealthCondition, number>>;
    packageVersion: string;
    softphoneName?: string;
    softphoneVersion?: string;
    configProblems: number;
    /** At most HEALTH_RECENT_COUNT, newest last. */
    recent: HealthRecent[];
}

/** How long a condition must hold before it is reported (ms). */
export const HEALTH_QUIET_MS = 2000;
/** The longest a changing condition waits for quiet before the newest one is reported all the same (ms). */
export const HEALTH_MAX_QUIET_WAIT_MS = 30_000;
/** At most this many reports in any hour; past it, the next waits and carries the counts. */
export const HEALTH_REPORTS_PER_HOUR = 20;
/** A refused report is tried once more after this long (ms), if its condition still stands. */
export const HEALTH_RETRY_MS = 60_000;
/** With no report for this long, the current condition is reported again (ms): the health tab's sign of life. */
export const HEALTH_KEEP_ALIVE_MS = 3_600_000;
/** The decisions a report carries, and the length of each sentence. */
export const HEALTH_RECENT_COUNT = 5;
export const HEALTH_RECENT_CHARS = 255;

const HOUR_MS = 3_600_000;
/** Reports within this window space out once there are more than two (see `reportGapMs`). */
const GAP_WINDOW_MS = 600_000;
const GAP_BASE_MS = 15_000;
const GAP_MAX_MS = 300_000;

/**
 * The least time between two reports, given how many went in the last ten minutes: none for the first two,
 * then 15 s doubling with each, at most 5 minutes (a softphone that keeps dropping is reported less and less often).
 */
export function reportGapMs(recentReports: number): number {
    return recentReports < 3 ? 0 : Math.min(GAP_MAX_MS, GAP_BASE_MS * 2 ** (recentReports - 3));
}

/** When the pending report may go (monotonic ms), from the last change, the pending one's start and the sent times. */
export function nextSendAt(now: number, lastChangeAt: number, pendingSince: number, sentAt: readonly number[]): number {
    let at = Math.min(lastChangeAt + HEALTH_QUIET_MS, pendingSince + HEALTH_MAX_QUIET_WAIT_MS);
    const last = sentAt[sentAt.length - 1];
    if (last !== undefined) at = Math.max(at, last + reportGapMs(sentAt.filter((t) => t > now - GAP_WINDOW_MS).length));
    const hour = sentAt.filter((t) => t > now - HOUR_MS);
    if (hour.length >= HEALTH_REPORTS_PER_HOUR) at = Math.max(at, (hour[0] ?? now) + HOUR_MS);
    return Math.max(at, now);
}

/** What the reporter needs: its clock, the wall clock, the Apex call, and the decisions in the agent's words. */
export interface HealthReporterHost {
    /** Monotonic milliseconds and timers. */
    clock: Clock;
    /** Wall-clock milliseconds since the Unix epoch (for `since` and the decisions' times). */
    wallNow(): number;
    /**
     * Sends one report (the JSON string): resolves to true when the org kept it; false (or any other answer), a
     * rejection or a throw is a report the org did not keep.
     */
    send(report: string): Promise<unknown>;
    /** The decisions that led to the view, newest last, as the agent's decisions list words them (wall-clock `at`). */
    recent(view: PanelViewInput): ReadonlyArray<{ at: number; what: string }>;
    packageVersion: string;
}

/** What became of the reports (for support): sent, refused by the org, tried again, and conditions never reported. */
export interface HealthReportCounts {
    sent: number;
    refused: number;
    retried: number;
}

/** The condition being reported: see `HealthReporter`. */
interface Current {
    condition: HealthCondition;
    since: number;
    recent: HealthRecent[];
    /** Numbers the changes, so that a retry knows whether its condition still stands. */
    change: number;
}

const iso = (at: number) => new Date(Number.isFinite(at) ? at : 0).toISOString();

/** Decides when the driving tab reports its sync health: see the module comment. */
export class HealthReporter {
    readonly counts: HealthReportCounts = { sent: 0, refused: 0, retried: 0 };
    private view: PanelViewInput | null = null;
    private enabled = false;
    private readTimer: unknown = null;
    private sendTimer: unknown = null;
    private retryTimer: unknown = null;
    private keepAliveTimer: unknown = null;
    private configUnread = false;
    private current: Current | null = null;
    private changes = 0;
    /** The condition of the last report sent, null before the first (in this driving turn). */
    private reported: HealthCondition | null = null;
    private occurrences: Partial<Record<HealthCondition, number>> = {};
    private lastChangeAt = 0;
    private pendingSince: number | null = null;
    private sentAt: number[] = [];
    private wasLost = false;
    private reconnected = false;
    /** Reports go one after another, so that the org keeps them in order. */
    private sending: Promise<unknown> = Promise.resolve();

    constructor(private readonly host: HealthReporterHost) {}

    /**
     * A view was published: kept, and read once the event that caused it is over. `enabled`: the setting;
     * `configUnread`: the configuration could not be read (see `healthReading`).
     */
    observe(view: PanelViewInput, enabled: boolean, configUnread = false): void {
        this.view = view;
        this.enabled = enabled;
        this.configUnread = configUnread;
        if (this.readTimer !== null) return;
        this.readTimer = this.host.clock.setTimeout(() => {
            this.readTimer = null;
            this.read();
        }, 0);
    }

    /** The page goes: nothing pending is sent. */
    stop(): void {
        const clock = this.host.clock;
        clock.clearTimeout(this.readTimer);
        this.readTimer = null;
        this.reset();
    }

    /** Not driving (or the setting off): nothing pending, and a later driving turn reports afresh. */
    private reset(): void {
        const clock = this.host.clock;
        clock.clearTimeout(this.sendTimer);
        clock.clearTimeout(this.retryTimer);
        clock.clearTimeout(this.keepAliveTimer);
        this.sendTimer = null;
        this.retryTimer = null;
        this.keepAliveTimer = null;
        this.current = null;
        this.reported = null;
        this.pendingSince = null;
        this.occurrences = {};
    }

    private read(): void {
        const view = this.view;
        const reading = view && this.enabled ? healthReading(view, this.configUnread) : null;
        if (view === null || !this.enabled || view.role !== 'driver') {
            this.reset();
            return;
        }
        const bridge = view.softphone.bridge;
        if (bridge === 'lost') {
            this.wasLost = true;
            this.reconnected = false;
        } else if (bridge === 'connected' && this.wasLost) this.reconnected = true;
        if (reading === null || reading.condition === this.current?.condition) return;
        this.changed(view, reading.condition);
    }

    private changed(view: PanelViewInput, condition: HealthCondition): void {
        const now = this.host.clock.now();
        const lostAt = view.softphone.lost?.at;
        this.current = {
            condition,
            since: condition === 'softphone-lost' && typeof lostAt === 'number' ? lostAt : this.host.wallNow(),
            recent: this.host
                .recent(view)
                .slice(-HEALTH_RECENT_COUNT)
                .map((decision) => ({ at: iso(decision.at), what: decision.what.slice(0, HEALTH_RECENT_CHARS) })),
            change: ++this.changes
        };
        if (condition !== 'healthy') this.occurrences[condition] = (this.occurrences[condition] ?? 0) + 1;
        this.host.clock.clearTimeout(this.retryTimer);
        this.retryTimer = null;
        this.lastChangeAt = now;
        if (condition === this.reported && Object.keys(this.occurrences).length === 0) {
            // Back to what the org already has, with nothing entered on the way: nothing to send.
            this.host.clock.clearTimeout(this.sendTimer);
            this.sendTimer = null;
            this.pendingSince = null;
            return;
        }
        if (this.pendingSince === null) this.pendingSince = now;
        this.schedule();
    }

    private schedule(): void {
        const clock = this.host.clock;
        const now = clock.now();
        clock.clearTimeout(this.sendTimer);
        const at = nextSendAt(now, this.lastChangeAt, this.pendingSince ?? now, this.sentAt);
        this.sendTimer = clock.setTimeout(() => {
            this.sendTimer = null;
            this.fire();
        }, at - now);
    }

    /** The pending report goes: its condition is now the org's, the counts start again. */
    private fire(): void {
        const current = this.current;
        if (current === null) return;
        this.pendingSince = null;
        this.reported = current.condition;
        const report = this.report(current);
        this.occurrences = {};
        // Said once: the reports after this one (the keep-alive's too) no longer say reconnected.
        this.reconnected = false;
        if (this.view?.softphone.bridge !== 'lost') this.wasLost = false;
        this.deliver(report, current.change, false);
    }

    /** HEALTH_KEEP_ALIVE_MS after the last report: the current condition again, unless a report is pending. */
    private keepAlive(): void {
        const clock = this.host.clock;
        clock.clearTimeout(this.keepAliveTimer);
        this.keepAliveTimer = clock.setTimeout(() => {
            this.keepAliveTimer = null;
            if (this.current === null) return;
            if (this.sendTimer !== null) {
                this.keepAlive();
                return;
            }
            this.fire();
        }, HEALTH_KEEP_ALIVE_MS);
    }

    private deliver(report: string, change: number, retry: boolean): void {
        const now = this.host.clock.now();
        this.sentAt = [...this.sentAt.filter((t) => t > now - HOUR_MS), now];
        if (retry) this.counts.retried++;
        this.keepAlive();
        this.sending = this.sending.then(() =>
            this.attempt(report).then((kept) => {
                if (kept) this.counts.sent++;
                else this.refused(report, change, retry);
            })
        );
    }

    /** One call of the port: whether the org kept the report (only `true` is a yes; a throw or a rejection is a no). */
    private attempt(report: string): Promise<boolean> {
        try {
            return this.host.send(report).then(
                (kept) => kept === true,
                () => false
            );
        } catch {
            return Promise.resolve(false);
        }
    }

    /** Counted; tried once more after HEALTH_RETRY_MS if this was the first try and the condition still stands. */
    private refused(report: string, change: number, retry: boolean): void {
        this.counts.refused++;
        if (retry || this.current?.change !== change) return;
        this.host.clock.clearTimeout(this.retryTimer);
        this.retryTimer = this.host.clock.setTimeout(() => {
            this.retryTimer = null;
            const hour = this.sentAt.filter((t) => t > this.host.clock.now() - HOUR_MS);
            if (this.current?.change !== change || hour.length >= HEALTH_REPORTS_PER_HOUR) return;
            this.deliver(report, change, true);
        }, HEALTH_RETRY_MS);
    }

    private report(current: Current): string {
        const view = this.view;
        const reading = view ? healthReading(view, this.configUnread) : null;
        const product = view?.softphone.product;
        const version = view?.softphone.version;
        const report: HealthReport = {
            v: 1,
            condition: current.condition,
            since: iso(current.since),
            reconnected: this.reconnected,
            detail: reading?.detail ?? {},
            occurrences: { ...this.occurrences },
            packageVersion: this.host.packageVersion,
            ...(product ? { softphoneName: product } : {}),
            ...(version ? { softphoneVersion: version } : {}),
            configProblems: reading?.configProblems ?? 0,
            recent: current.recent
        };
        return JSON.stringify(report);
    }
}

/**
 * The decisions a report carries, as the agent's decisions list shows them (its rows, in the context `panelModel`
 * builds), confirmations and echoes left out, newest last; the panel words them in the agent's language.
 */
export function reportDecisions(view: PanelViewInput, context: PanelContext): PanelDecision[] {
    const rowContext: PanelContext = {
        ...context,
        softphoneState: view.softphone.presence === 'loggedIn' ? view.softphone.state : null,
        omniStatus: view.omni.presence === 'online' ? view.omni.status : null,
        softphoneProduct: view.softphone.product
    };
    return decisionRows(view.decisions, rowContext)
        .filter((row) => !row.routine)
        .reverse();
}

/**
 * The Report Sync Health setting (`Report_Sync_Health__c`, on by default) from the settings record as Apex serves
 * it (a namespace prefix allowed; null for the package's defaults): read as `readSettings` reads it.
 */
export function reportSyncHealthOf(settings: Readonly<Record<string, unknown>> | null | undefined): boolean {
    return flag(withoutNamespace(settings ?? {}), SettingField.reportSyncHealth, true);
}
