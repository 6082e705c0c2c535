/**
 * Tab election and channel, as the runtime uses them (B18): the tabs' secret, the channel between
 * the agent's console tabs, and the election that picks the one driving tab, chosen from what the
 * platform offers (Web Locks, else a heartbeat lease over the channel, else a lease in storage).
 * Owns the election, the channel and their listeners; the elections themselves are `lock-election.ts`,
 * `leader.ts` and `lease-election.ts`, the channel `tab-channel.ts`.
 */
import type { Clock } from '../bridge/endpoint';
import type { DetailKey } from '../engine/types';
import type { Election, TabRole } from './election';
import { TabCoordinator } from './leader';
import { StorageLeaseElection } from './lease-election';
import { LockElection } from './lock-election';
import type { PlatformPort } from './platform';
import { openTabTransport, type TabChannel } from './tab-channel';
import type { TabsView } from './view';

/** How long the first tab waits after creating the tabs' secret, for a tab opened at the same moment. */
const SECRET_SETTLE_MS = 200;

/** What the tabs need of the runtime: the window, the clock, who this is, and where roles, views and signals go. */
export interface ConsoleTabsHost {
    platform: PlatformPort;
    clock: Clock;
    userId: string;
    tabId: string;
    onRole: (role: TabRole) => void;
    /** What the driver published, for a follower to show. */
    onView: (view: unknown) => void;
    /** Another tab said the agent's Omni session moved (B18 with B5). */
    onSignal: () => void;
    /**
     * Another tab (`from`) said it shows the driver's views: `whole` when it asks for all of it now (a tab
     * that just opened or lost track: 'query', 'claim'), else it renews its word ('watch', tab-views.ts).
     */
    onAsked: (from: string, whole: boolean) => void;
}

/** The tabs' secret, kept in this namespace's storage (created by the first tab); null without storage. */
export function tabSecret(
    platform: Pick<PlatformPort, 'storage' | 'randomToken'>,
    key: string
): { secret: string | null; created: boolean } {
    const storage = platform.storage;
    if (storage === null) return { secret: null, created: false };
    try {
        const known = storage.getItem(key);
        if (known !== null && /^[0-9a-z]{16,64}$/.test(known)) return { secret: known, created: false };
        storage.setItem(key, platform.randomToken());
        return { secret: storage.getItem(key), created: true };
    } catch {
        return { secret: null, created: false };
    }
}

/** This tab among the agent's console tabs: see the module comment. */
export class ConsoleTabs {
    /** The election, once it began; null before and after. */
    election: Election | null = null;
    /** The channel between the tabs; null where the browser offers none. */
    channel: TabChannel | null = null;
    coordination: TabsView['coordination'] = 'ok';
    private startTimer: unknown = null;
    private unsubscribe: (() => void) | null = null;
    private readonly base: string;

    constructor(private readonly host: ConsoleTabsHost) {
        this.base = `omniPresenceSync:${host.userId}`;
    }

    /**
     * Calls `begin` to elect: at once, or for the first tab ever (or two opened together) after
     * SECRET_SETTLE_MS, so that a concurrent tab's write of the secret lands and all read the one
     * secret that stands: they meet on one channel and one lock.
     */
    start(begin: () => void): void {
        if (tabSecret(this.host.platform, `${this.base}:tabSecret`).created) {
            this.startTimer = this.host.clock.setTimeout(() => {
                this.startTimer = null;
                begin();
            }, SECRET_SETTLE_MS);
        } else {
            begin();
        }
    }

    /**
     * Picks how the tabs coordinate, from what the platform offers. The channel's and the lock's
     * names carry a secret kept in this namespace's storage, which another package's component on
     * the same origin cannot read: it can neither forge tab messages nor hold the lock.
     */
    elect(): Election {
        const { platform, clock, tabId, onRole, onView } = this.host;
        const base = this.base;
        const secret = tabSecret(platform, `${base}:tabSecret`).secret;
        const name = secret === null ? base : `${base}:${secret}`;
        const channel = openTabTransport(platform, name)?.channel ?? null;
        this.channel = channel;
        const onSignal = () => {
            this.host.onSignal();
        };
        this.coordination = channel === null ? 'unavailable' : 'ok';
        // A tab that just opened (or lost track) asks: the next view it gets from the driver is whole.
        this.unsubscribe =
            channel?.subscribe((message) => {
                const { kind, from } = message;
                if (kind === 'query' || kind === 'claim' || kind === 'watch') this.host.onAsked(from, kind !== 'watch');
            }) ?? null;
        if (platform.locks !== null)
            this.election = new LockElection({
                locks: platform.locks,
                name,
                tabId,
                channel,
                now: () => clock.now(),
                abortHandle: () => platform.abortHandle(),
                onRole,
                onView,
                onSignal
            });
        else if (channel !== null || platform.storage === null)
            // Without any channel or storage no other tab can be known: this one drives, and says so.
            this.election = new TabCoordinator({ channel, clock, tabId, onRole, onView, onSignal });
        else
            this.election = new StorageLeaseElection({
                storage: platform.storage,
                key: `${name}:lease`,
                clock,
                tabId,
                onRole
            });
        return this.election;
    }

    /** Why the tabs cannot coordinate, as the audit's detail key (B18). */
    uncoordinatedDetail(): DetailKey {
        const platform = this.host.platform;
        return platform.locks !== null
            ? 'tabs_uncoordinated_locks'
            : platform.storage !== null
              ? 'tabs_uncoordinated_lease'
              : 'tabs_uncoordinated_alone';
    }

    /** The tab closes: no election pending, the election stopped, the channel closed. */
    stop(): void {
        this.host.clock.clearTimeout(this.startTimer);
        this.startTimer = null;
        this.election?.stop();
        this.election = null;
        this.unsubscribe?.();
        this.unsubscribe = null;
        this.channel?.close();
        this.channel = null;
    }
}
