/**
 * The view between tabs (B18): what the driving tab sends its followers (`TabViewSender`: the
 * diagnostics only when they changed, only the decisions added since the last view, everything when
 * a tab asks), and how a follower rebuilds the driver's view from what it gets (`FollowerView`,
 * which asks for the whole view again when it missed a base). Views go out only while another tab
 * says it shows them: a follower says so when it starts following ('watch', or the election's
 * 'query') and again every WATCH_RENEW_MS; the driver sends while any such lease (WATCH_LEASE_MS)
 * runs, so a tab alone in its browser sends nothing. Owns the messages' shape and their check, and
 * the leases; the election carries the messages.
 */
import type { Clock } from '../bridge/endpoint';
import type { Diagnostic } from '../engine/types';
import type { AuditEntry } from './audit';
import type { Election } from './election';
import type { TabChannel } from './tab-channel';
import type { SyncView } from './view';

/** How soon a follower that missed part of the driver's view may ask for all of it again. */
const FULL_VIEW_ASK_MS = 1000;

/**
 * How long a tab's word that it shows the driver's views holds (milliseconds of the receiving tab's
 * monotonic clock, from when the word arrived): past it, without a renewal, the driver stops sending
 * to it. Long against WATCH_RENEW_MS because a hidden tab's timers may run only once a minute
 * (Chromium's intensive throttling of chained timers in pages hidden five minutes:
 * https://developer.chrome.com/blog/timer-throttling-in-chrome-88).
 */
export const WATCH_LEASE_MS = 120_000;
/** How often a follower renews its word (milliseconds of its monotonic clock). */
export const WATCH_RENEW_MS = 20_000;

/**
 * A view as the driver sends it to the other tabs: the diagnostics only when they changed, and only
 * the decisions added since the previous one. `full` views carry everything (for a tab that just
 * asked); a follower that misses a base asks again.
 */
export interface TabView extends Omit<SyncView, 'diagnostics' | 'decisions'> {
    full: boolean;
    /** The driving tab's id: its `revision` counts that tab's views. */
    driver: string;
    /** The driver's count of diagnostics changes, and the diagnostics when they changed (or on a full view). */
    diagnosticsRev: number;
    diagnostics?: Diagnostic[];
    /** Decisions newer than `decisionsAfter` (a sequence number), newest first; all shown ones on a full view. */
    decisions: AuditEntry[];
    decisionsAfter: number;
}

/** Whether a message from another tab has the shape of a `TabView` (anything else is ignored). */
export function isTabView(value: unknown): value is TabView {
    if (typeof value !== 'object' || value === null) return false;
    const view = value as Partial<Record<keyof TabView, unknown>>;
    return (
        typeof view.health === 'string' &&
        typeof view.omni === 'object' &&
        view.omni !== null &&
        typeof view.softphone === 'object' &&
        view.softphone !== null &&
        typeof view.revision === 'number' &&
        typeof view.driver === 'string' &&
        typeof view.diagnosticsRev === 'number' &&
        typeof view.decisionsAfter === 'number' &&
        (view.diagnostics === undefined || Array.isArray(view.diagnostics)) &&
        Array.isArray(view.decisions)
    );
}

/**
 * The driver's side: which tabs show its views (their leases) and what they were last sent, so that
 * the next view carries only what changed, and no view goes out while no tab shows them.
 */
export class TabViewSender {
    /** Whether the next view goes out whole (a tab asked, a new driver, a log read from storage). */
    fullViewWanted = true;
    private sentRevision = -1;
    private sentDiagnostics = '';
    private diagnosticsRev = 0;
    private sentSeq = 0;
    /** Tab id → when its lease ends (monotonic ms); kept whatever this tab's role, for when it comes to drive. */
    private readonly watchers = new Map<string, number>();
    /**
     * Tabs heard renewing with 'watch'. A tab that asks ('query', 'claim') and was never heard to renew may be of a
     * package version before leases, which never renews: its lease does not lapse (views go to it as before leases),
     * until a 'watch' from it shows it renews.
     */
    private readonly renewing = new Set<string>();
    /** The next whole view goes out even to no known tab: this tab just came to drive, the followers must learn it. */
    private announcing = false;

    constructor(private readonly tabId: string) {}

    /**
     * Another tab said it shows the driver's views (at `now`, monotonic ms): its lease runs
     * WATCH_LEASE_MS from now, kept whatever this tab's role (a tab that comes to drive already knows
     * who shows its views). Returns whether this tab, if `driving`, now sends the whole view: the tab
     * asked for it (`whole`), or it had no running lease (a tab that joins never shows a stale panel).
     */
    asked(tabId: string, whole: boolean, now: number, driving: boolean): boolean {
        const until = this.watchers.get(tabId);
        if (!whole) this.renewing.add(tabId);
        this.watchers.set(tabId, this.renewing.has(tabId) ? now + WATCH_LEASE_MS : Infinity);
        if (!driving || !(whole || until === undefined || until <= now)) return false;
        this.fullViewWanted = true;
        return true;
    }

    /** Whether any tab's lease runs at `now`; lapsed leases are forgotten. */
    watched(now: number): boolean {
        for (const [tabId, until] of this.watchers) {
            if (until > now) return true;
            this.watchers.delete(tabId);
        }
        return false;
    }

    /** This tab came to drive: its next view goes out whole, to every tab, known or not. */
    announce(): void {
        this.fullViewWanted = true;
        this.announcing = true;
    }

    /**
     * What changed, to the followers: the diagnostics only when they changed, the decisions only when
     * new; nothing while no tab shows the views (then the next one goes out whole). `now`: monotonic ms.
     */
    send(election: Election | null, view: SyncView, lastSeq: number, now: number): void {
        if (election === null || (view.revision === this.sentRevision && !this.fullViewWanted)) return;
        if (!this.announcing && !this.watched(now)) {
            this.fullViewWanted = true;
            return;
        }
        this.announcing = false;
        const full = this.fullViewWanted;
        const diagnosticsKey = JSON.stringify(view.diagnostics);
        const diagnosticsChanged = diagnosticsKey !== this.sentDiagnostics;
        if (diagnosticsChanged) this.diagnosticsRev++;
        const { diagnostics, decisions, ...rest } = view;
        const message: TabView = {
            ...rest,
            full,
            driver: this.tabId,
            diagnosticsRev: this.diagnosticsRev,
            decisions: full ? decisions : decisions.filter((entry) => entry.seq > this.sentSeq),
            decisionsAfter: full ? 0 : this.sentSeq
        };
        if (full || diagnosticsChanged) message.diagnostics = diagnostics;
        election.publishView(message);
        this.fullViewWanted = false;
        this.sentRevision = view.revision;
        this.sentDiagnostics = diagnosticsKey;
        this.sentSeq = lastSeq;
    }
}

/** A follower's side: the driver's view as last rebuilt, and what it was rebuilt from. */
export class FollowerView {
    /** The driver's view as this follower shows it; null until the first one (or once this tab drives). */
    view: SyncView | null = null;
    /** Views received from the driver, counted when their driver or revision differs. */
    received = 0;
    /** The driver's count of diagnostics changes this follower's diagnostics are of. */
    private diagnosticsRev = -1;
    /** The driver and revision of the view this follower shows. */
    private from = '';
    /** When this follower last asked the driver for its whole view (monotonic ms). */
    private askedFullAt = -Infinity;
    /** While following: the channel its word goes over and the renewal's timer. */
    private watching: { channel: TabChannel | null; timer: unknown } | null = null;

    constructor(
        private readonly tabId: string,
        private readonly recentDecisions: number,
        private readonly clock: Clock
    ) {}

    /**
     * This tab follows: it says at once that it shows the driver's views (the driver answers with the
     * whole view), and again every WATCH_RENEW_MS until `unwatch()`.
     */
    watch(channel: TabChannel | null): void {
        this.unwatch();
        this.watching = { channel, timer: null };
        this.renew();
    }

    /** This tab no longer follows (it drives, or stops): no more renewals. */
    unwatch(): void {
        if (this.watching === null) return;
        this.clock.clearTimeout(this.watching.timer);
        this.watching = null;
    }

    private renew(): void {
        const watching = this.watching;
        if (watching === null) return;
        this.clock.clearTimeout(watching.timer);
        watching.timer = this.clock.setTimeout(() => {
            this.renew();
        }, WATCH_RENEW_MS);
        this.post(watching.channel, 'watch');
    }

    /** Takes what the driver sent; false (and nothing changes) if it is no view. */
    receive(raw: unknown, channel: TabChannel | null): boolean {
        if (!isTabView(raw)) return false;
        // A new driver may not have heard this tab's word yet (it took over before the next renewal): say it now.
        if (this.from !== '' && !this.from.startsWith(`${raw.driver}|`)) this.renew();
        const received = `${raw.driver}|${raw.revision}`;
        this.view = this.merge(raw, channel);
        if (received !== this.from) this.received++;
        this.from = received;
        return true;
    }

    /**
     * Whether the driving tab's softphone is on an interaction, as its last view said. Moving the
     * softphone reloads its page and would drop the call, so "Use this tab" waits for it to end (B18).
     */
    driverOnInteraction(): boolean {
        return this.view?.softphone.onInteraction === true;
    }

    /**
     * A follower applies what the driver sent to what it has. Where a base is missing (it has not
     * seen the previous diagnostics, or misses decisions in between), it shows what it has and
     * asks the driver for its whole view (at most once a second).
     */
    private merge(received: TabView, channel: TabChannel | null): SyncView {
        const base = this.view;
        const { full, diagnosticsRev, decisionsAfter, diagnostics: sentDiagnostics, decisions: sent } = received;
        const rest: Partial<TabView> = { ...received };
        delete rest.full;
        delete rest.driver;
        delete rest.diagnosticsRev;
        delete rest.decisionsAfter;
        delete rest.diagnostics;
        delete rest.decisions;
        let missing = false;
        let diagnostics: Diagnostic[];
        if (sentDiagnostics !== undefined) diagnostics = sentDiagnostics;
        else {
            diagnostics = base?.diagnostics ?? [];
            missing = base === null || this.diagnosticsRev !== diagnosticsRev;
        }
        let decisions: AuditEntry[];
        if (full) decisions = sent;
        else {
            const had = base?.decisions ?? [];
            if ((had[0]?.seq ?? 0) !== decisionsAfter) missing = true;
            decisions = [...sent, ...had.filter((entry) => entry.seq <= decisionsAfter)].slice(0, this.recentDecisions);
        }
        if (missing) this.askForFullView(channel);
        this.diagnosticsRev = diagnosticsRev;
        return { ...(rest as unknown as Omit<SyncView, 'diagnostics' | 'decisions'>), diagnostics, decisions };
    }

    private askForFullView(channel: TabChannel | null): void {
        const now = this.clock.now();
        if (channel === null || now - this.askedFullAt < FULL_VIEW_ASK_MS) return;
        this.askedFullAt = now;
        this.post(channel, 'query');
    }

    private post(channel: TabChannel | null, kind: 'query' | 'watch'): void {
        try {
            channel?.post({ kind, from: this.tabId, at: this.clock.now() });
        } catch {
            // A lost word: the next renewal, or the next full view, heals it.
        }
    }
}
