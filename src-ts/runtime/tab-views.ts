/**
 * The view between tabs (B18): what the driving tab sends its followers (`TabViewSender`: the
 * diagnostics only when they changed, only the decisions added since the last view, everything when
 * a tab asks), and how a follower rebuilds the driver's view from what it gets (`FollowerView`,
 * which asks for the whole view again when it missed a base). Owns the messages' shape and their
 * check; the election carries them.
 */
import type { Diagnostic } from '../engine/types';
import type { AuditEntry } from './audit';
import type { Election } from './election';
import type { TabChannel } from './tab-channel';
import type { SyncView } from './view';

/** How soon a follower that missed part of the driver's view may ask for all of it again. */
const FULL_VIEW_ASK_MS = 1000;

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

/** The driver's side: what the other tabs were last sent, so that the next view carries only what changed. */
export class TabViewSender {
    /** Whether the next view goes out whole (a tab asked, a new driver, a log read from storage). */
    fullViewWanted = true;
    private sentRevision = -1;
    private sentDiagnostics = '';
    private diagnosticsRev = 0;
    private sentSeq = 0;

    constructor(private readonly tabId: string) {}

    /** What changed, to the followers: the diagnostics only when they changed, the decisions only when new. */
    send(election: Election | null, view: SyncView, lastSeq: number): void {
        if (election === null || (view.revision === this.sentRevision && !this.fullViewWanted)) return;
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

    constructor(
        private readonly tabId: string,
        private readonly recentDecisions: number,
        private readonly now: () => number
    ) {}

    /** Takes what the driver sent; false (and nothing changes) if it is no view. */
    receive(raw: unknown, channel: TabChannel | null): boolean {
        if (!isTabView(raw)) return false;
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
        const now = this.now();
        if (channel === null || now - this.askedFullAt < FULL_VIEW_ASK_MS) return;
        this.askedFullAt = now;
        try {
            channel.post({ kind: 'query', from: this.tabId, at: now });
        } catch {
            // The next full view heals it.
        }
    }
}
