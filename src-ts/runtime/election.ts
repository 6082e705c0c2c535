/**
 * What every tab election shares (B18): a tab's role, and what the runtime asks of an election
 * whichever way the tabs coordinate (`LockElection` over Web Locks, `TabCoordinator` over the tab
 * channel, `StorageLeaseElection` over a lease in storage). The elections import this file, and
 * none imports another.
 */

/** A console tab's part in B18: still electing, driving the sync (and hosting the softphone), or following. */
export type TabRole = 'starting' | 'driver' | 'follower';

/** What the runtime needs of a tab election, whichever way the tabs coordinate. */
export interface Election {
    start(): void;
    stop(): void;
    readonly role: TabRole;
    publishView(view: unknown): void;
    /** "Use this tab": this follower asks to drive; the driver hands over. */
    takeOver(): void;
    /** Tells the other tabs something that is not a view (see TabMessageKind); ignored without a channel. */
    signal(kind: 'omniMoved'): void;
}
