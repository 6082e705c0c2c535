/**
 * Views between tabs (B18): the driver sends what changed, and only while another tab says it shows its views; a
 * follower says so, rebuilds the whole and asks again when it missed a base.
 */
import { FakeClock } from '../test-support/fake-clock';
import type { AuditEntry } from './audit';
import type { Election } from './election';
import { FollowerView, isTabView, TabViewSender, WATCH_LEASE_MS, WATCH_RENEW_MS, type TabView } from './tab-views';
import type { TabChannel, TabMessage } from './tab-channel';
import type { SyncView } from './view';

const entry = (seq: number): AuditEntry => ({ seq, at: seq, input: 'x', rule: 'B1', outcome: 'o', commands: [] });

const view = (revision: number, decisions: AuditEntry[], diagnostics: SyncView['diagnostics'] = []): SyncView => ({
    role: 'driver',
    syncEnabled: true,
    health: 'ok',
    omni: { presence: 'online', status: 'Available', label: 'Available' },
    softphone: { bridge: 'connected', presence: 'loggedIn', state: 'Ready', product: null, onInteraction: false },
    held: null,
    tabs: { coordination: 'ok', softphoneHere: true, canTakeOver: false },
    diagnostics,
    decisions,
    rejectedMessages: 0,
    rejectedByReason: {},
    updatedAt: 0,
    revision
});

function election(): Election & { sent: TabView[] } {
    const sent: TabView[] = [];
    return {
        sent,
        role: 'driver',
        start: () => undefined,
        stop: () => undefined,
        takeOver: () => undefined,
        signal: () => undefined,
        publishView: (message) => sent.push(message as TabView)
    };
}

function channel(): TabChannel & { posted: TabMessage[] } {
    const posted: TabMessage[] = [];
    return {
        posted,
        post: (message) => posted.push(message),
        subscribe: () => () => undefined,
        close: () => undefined
    };
}

/** A driver's sender that one follower ('follower-1') asked for its views at time 0. */
function watchedSender(driver = 'driver-1'): TabViewSender {
    const sender = new TabViewSender(driver);
    sender.asked('follower-1', true, 0, true);
    return sender;
}

describe('TabViewSender', () => {
    it('sends the first view whole, then only new decisions and changed diagnostics', () => {
        const sender = watchedSender();
        const tabs = election();
        sender.send(tabs, view(1, [entry(2), entry(1)]), 2, 0);
        expect(tabs.sent[0]).toMatchObject({ full: true, driver: 'driver-1', decisionsAfter: 0, diagnostics: [] });
        expect(isTabView(tabs.sent[0])).toBe(true);
        sender.send(tabs, view(1, [entry(2), entry(1)]), 2, 0);
        expect(tabs.sent).toHaveLength(1);
        sender.send(tabs, view(2, [entry(3), entry(2), entry(1)]), 3, 0);
        expect(tabs.sent[1]).toMatchObject({ full: false, decisionsAfter: 2, decisions: [entry(3)] });
        expect(tabs.sent[1]!.diagnostics).toBeUndefined();
        sender.fullViewWanted = true;
        sender.send(tabs, view(2, [entry(3), entry(2), entry(1)]), 3, 0);
        expect(tabs.sent[2]).toMatchObject({ full: true, decisions: [entry(3), entry(2), entry(1)] });
    });

    it('sends nothing without an election', () => {
        expect(() => {
            new TabViewSender('t').send(null, view(1, []), 0, 0);
        }).not.toThrow();
    });

    it('sends nothing while no other tab says it shows the views; a tab that says so gets the whole view at once', () => {
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        for (let revision = 1; revision <= 3; revision++)
            sender.send(tabs, view(revision, [entry(revision)]), revision, revision * 10);
        expect(tabs.sent).toEqual([]);
        // A tab joins with a 'watch' (no lease yet): the driver publishes now, and the view is whole.
        expect(sender.asked('follower-1', false, 40, true)).toBe(true);
        sender.send(tabs, view(3, [entry(3), entry(2)]), 3, 40);
        expect(tabs.sent).toHaveLength(1);
        expect(tabs.sent[0]).toMatchObject({ full: true, decisions: [entry(3), entry(2)], diagnostics: [] });
        // A renewal within the lease asks for nothing; a 'query' always asks for the whole view.
        expect(sender.asked('follower-1', false, 50, true)).toBe(false);
        expect(sender.fullViewWanted).toBe(false);
        expect(sender.asked('follower-1', true, 60, true)).toBe(true);
        expect(sender.fullViewWanted).toBe(true);
        // A tab that does not drive keeps the lease but publishes nothing.
        expect(new TabViewSender('other').asked('follower-1', true, 0, false)).toBe(false);
    });

    it('stops sending when the last lease lapses, and sends the whole view again to a tab that comes back', () => {
        const sender = watchedSender();
        const tabs = election();
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        // Renewed every WATCH_RENEW_MS: the views keep going.
        for (let at = WATCH_RENEW_MS; at < 3 * WATCH_LEASE_MS; at += WATCH_RENEW_MS)
            expect(sender.asked('follower-1', false, at, true)).toBe(false);
        const last = 3 * WATCH_LEASE_MS - WATCH_RENEW_MS;
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2, last + WATCH_LEASE_MS - 1);
        expect(tabs.sent).toHaveLength(2);
        // No renewal: at the lease's end the driver stops.
        sender.send(tabs, view(3, [entry(3), entry(2), entry(1)]), 3, last + WATCH_LEASE_MS);
        expect(tabs.sent).toHaveLength(2);
        // The tab renews late (a frozen tab): its lease had lapsed, so it is a new join and gets everything.
        const back = last + 2 * WATCH_LEASE_MS;
        expect(sender.asked('follower-1', false, back, true)).toBe(true);
        sender.send(tabs, view(3, [entry(3), entry(2), entry(1)]), 3, back);
        expect(tabs.sent[2]).toMatchObject({ full: true, decisions: [entry(3), entry(2), entry(1)] });
    });

    it('keeps sending to a tab that asked but never renews (a package version before leases) until it renews', () => {
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        // The older tab asks once, when it opens, and never says 'watch': its panel must not freeze.
        expect(sender.asked('older-tab', true, 0, true)).toBe(true);
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2, 10 * WATCH_LEASE_MS);
        expect(tabs.sent.map((sent) => sent.revision)).toEqual([1, 2]);
        // A tab heard renewing holds a lease like any other: without renewals, views stop.
        expect(sender.asked('older-tab', false, 10 * WATCH_LEASE_MS, true)).toBe(false);
        sender.send(tabs, view(3, [entry(3)]), 3, 11 * WATCH_LEASE_MS);
        expect(tabs.sent.map((sent) => sent.revision)).toEqual([1, 2]);
    });

    it('a tab that comes to drive sends its first view whole to every tab, known or not, then only to watching ones', () => {
        const sender = new TabViewSender('driver-2');
        const tabs = election();
        sender.announce();
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        expect(tabs.sent).toHaveLength(1);
        expect(tabs.sent[0]).toMatchObject({ full: true, driver: 'driver-2' });
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2, 0);
        expect(tabs.sent).toHaveLength(1);
    });
});

describe('FollowerView', () => {
    it("rebuilds the driver's view from whole and partial views", () => {
        const sender = watchedSender();
        const tabs = election();
        const follower = new FollowerView('follower-1', 20, new FakeClock(0));
        const link = channel();
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2, 0);
        for (const message of tabs.sent) expect(follower.receive(message, link)).toBe(true);
        expect(follower.view?.decisions).toEqual([entry(2), entry(1)]);
        expect(follower.received).toBe(2);
        expect(link.posted).toEqual([]);
    });

    it('asks the driver for the whole view when it missed a base, at most once a second', () => {
        const clock = new FakeClock(0);
        const sender = watchedSender();
        const tabs = election();
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2, 0);
        sender.send(tabs, view(3, [entry(3), entry(2), entry(1)]), 3, 0);
        const follower = new FollowerView('follower-1', 20, clock);
        const link = channel();
        follower.receive(tabs.sent[1], link);
        follower.receive(tabs.sent[2], link);
        expect(link.posted).toEqual([{ kind: 'query', from: 'follower-1', at: 0 }]);
        clock.advance(1000);
        follower.receive(tabs.sent[1], link);
        expect(link.posted).toHaveLength(2);
    });

    it('ignores what is no view, and knows whether the driver is on an interaction', () => {
        const follower = new FollowerView('f', 20, new FakeClock(0));
        expect(follower.receive({ health: 'ok' }, null)).toBe(false);
        expect(follower.driverOnInteraction()).toBe(false);
        const sender = watchedSender('d');
        const tabs = election();
        const busy = view(1, []);
        busy.softphone.onInteraction = true;
        sender.send(tabs, busy, 0, 0);
        follower.receive(tabs.sent[0], null);
        expect(follower.driverOnInteraction()).toBe(true);
    });

    it('while following, says it shows the views at once and every WATCH_RENEW_MS, until it no longer follows', () => {
        const clock = new FakeClock(0);
        const follower = new FollowerView('follower-1', 20, clock);
        const link = channel();
        const watches = () => link.posted.filter((message) => message.kind === 'watch').map((message) => message.at);
        follower.watch(link);
        expect(watches()).toEqual([0]);
        clock.advance(WATCH_RENEW_MS * 3);
        expect(watches()).toEqual([0, WATCH_RENEW_MS, 2 * WATCH_RENEW_MS, 3 * WATCH_RENEW_MS]);
        // It drives or stops: no more renewals.
        follower.unwatch();
        clock.advance(WATCH_RENEW_MS * 3);
        expect(watches()).toHaveLength(4);
        expect(clock.pendingTimers).toBe(0);
    });

    it('says at once that it shows the views when they come from a new driver, which may not have heard it yet', () => {
        const clock = new FakeClock(0);
        const follower = new FollowerView('follower-1', 20, clock);
        const link = channel();
        const watches = () => link.posted.filter((message) => message.kind === 'watch').length;
        follower.watch(link);
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        sender.announce();
        sender.send(tabs, view(1, [entry(1)]), 1, 0);
        follower.receive(tabs.sent[0], link);
        expect(watches()).toBe(1);
        clock.advance(1000);
        const next = new TabViewSender('driver-2');
        next.announce();
        next.send(tabs, view(1, [entry(1)]), 1, 1000);
        follower.receive(tabs.sent[1], link);
        expect(watches()).toBe(2);
        // More views from the same driver: no extra word before the renewal is due.
        next.asked('follower-1', false, 1000, true);
        next.send(tabs, view(2, [entry(2), entry(1)]), 2, 1001);
        follower.receive(tabs.sent[2], link);
        expect(watches()).toBe(2);
    });
});
