/**
 * When the view is published (B15, B18): to the panel only when what it shows changed, and at
 * start-up not before this tab has a first state to show (held at most FIRST_VIEW_HOLD_MS), while a
 * driver's views still go to the other tabs meanwhile. Owns the first view's hold timer and the
 * revision last shown; the runtime says what the view is and whether the first state is in.
 */
import type { Clock } from '../bridge/endpoint';
import type { SyncView } from './view';

/**
 * How long a tab keeps its views to itself at start-up (monotonic ms from `start()`): until it has
 * a first state to show (a driver's first reconciliation, a follower's first view of the driver, B15,
 * B18), so the panel renders that state once rather than each step towards it; past this, the
 * panel shows what is known.
 */
const FIRST_VIEW_HOLD_MS = 2000;

/** What the publisher needs of the runtime, each asked at the moment of publishing. */
export interface ViewPublisherHost {
    clock: Clock;
    /** Whether the configuration is in: before it there is nothing this tab can show or tell the others. */
    configured(): boolean;
    /** Whether this tab has its first state to show. */
    hasFirstState(): boolean;
    /** Whether this tab drives (its views also go to the other tabs). */
    driving(): boolean;
    /** Makes the view whole before it is first shown (the audit ring a reload left unread). */
    beforeShow(): void;
    view(): SyncView;
    sendToTabs(view: SyncView): void;
    show(view: SyncView): void;
}

/** Decides when a view reaches the panel: see the module comment. */
export class ViewPublisher {
    private firstViewShown = false;
    /** At start-up: the timer that shows the view if the first state takes longer (FIRST_VIEW_HOLD_MS). */
    private firstViewHold: unknown = null;
    /** The revision last given to the panel. */
    private shownRevision = -1;

    constructor(private readonly host: ViewPublisherHost) {}

    /** The tab starts: its next view waits for a first state again. */
    restart(): void {
        this.firstViewShown = false;
    }

    /**
     * Holds this tab's first view until its first state, at most FIRST_VIEW_HOLD_MS (milliseconds of
     * the runtime's clock) from when the configuration is in, so that a slow Apex answer does not
     * spend the hold: the panel then shows the reconciled state, not a half-known one.
     */
    armFirstViewHold(): void {
        if (this.firstViewShown || this.firstViewHold !== null) return;
        this.firstViewHold = this.host.clock.setTimeout(() => {
            this.firstViewHold = null;
            this.firstViewShown = true;
            this.publish();
        }, FIRST_VIEW_HOLD_MS);
    }

    /** The tab stops: no hold pending. */
    stop(): void {
        this.host.clock.clearTimeout(this.firstViewHold);
        this.firstViewHold = null;
    }

    /** Shows the view, and sends it to the other tabs, when something in it changed since it was last shown. */
    publish(): void {
        const host = this.host;
        if (!host.configured()) return;
        if (!this.firstViewShown) {
            if (!host.hasFirstState()) {
                // The followers still get the driver's views; this tab's panel waits for its first state.
                if (host.driving()) host.sendToTabs(host.view());
                return;
            }
            this.firstViewShown = true;
            this.stop();
        }
        // The first view shows the log whole.
        host.beforeShow();
        const view = host.view();
        if (host.driving()) host.sendToTabs(view);
        if (view.revision === this.shownRevision) return;
        this.shownRevision = view.revision;
        host.show(view);
    }
}
