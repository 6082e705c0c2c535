/** Views between tabs (B18): the driver sends what changed; a follower rebuilds the whole and asks again when it missed a base. */
import type { AuditEntry } from './audit';
import type { Election } from './election';
import { FollowerView, isTabView, TabViewSender, type TabView } from './tab-views';
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

describe('TabViewSender', () => {
    it('sends the first view whole, then only new decisions and changed diagnostics', () => {
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        sender.send(tabs, view(1, [entry(2), entry(1)]), 2);
        expect(tabs.sent[0]).toMatchObject({ full: true, driver: 'driver-1', decisionsAfter: 0, diagnostics: [] });
        expect(isTabView(tabs.sent[0])).toBe(true);
        sender.send(tabs, view(1, [entry(2), entry(1)]), 2);
        expect(tabs.sent).toHaveLength(1);
        sender.send(tabs, view(2, [entry(3), entry(2), entry(1)]), 3);
        expect(tabs.sent[1]).toMatchObject({ full: false, decisionsAfter: 2, decisions: [entry(3)] });
        expect(tabs.sent[1]!.diagnostics).toBeUndefined();
        sender.fullViewWanted = true;
        sender.send(tabs, view(2, [entry(3), entry(2), entry(1)]), 3);
        expect(tabs.sent[2]).toMatchObject({ full: true, decisions: [entry(3), entry(2), entry(1)] });
    });

    it('sends nothing without an election', () => {
        expect(() => {
            new TabViewSender('t').send(null, view(1, []), 0);
        }).not.toThrow();
    });
});

describe('FollowerView', () => {
    it("rebuilds the driver's view from whole and partial views", () => {
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        const follower = new FollowerView('follower-1', 20, () => 0);
        const link = channel();
        sender.send(tabs, view(1, [entry(1)]), 1);
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2);
        for (const message of tabs.sent) expect(follower.receive(message, link)).toBe(true);
        expect(follower.view?.decisions).toEqual([entry(2), entry(1)]);
        expect(follower.received).toBe(2);
        expect(link.posted).toEqual([]);
    });

    it('asks the driver for the whole view when it missed a base, at most once a second', () => {
        let now = 0;
        const sender = new TabViewSender('driver-1');
        const tabs = election();
        sender.send(tabs, view(1, [entry(1)]), 1);
        sender.send(tabs, view(2, [entry(2), entry(1)]), 2);
        sender.send(tabs, view(3, [entry(3), entry(2), entry(1)]), 3);
        const follower = new FollowerView('follower-1', 20, () => now);
        const link = channel();
        follower.receive(tabs.sent[1], link);
        follower.receive(tabs.sent[2], link);
        expect(link.posted).toEqual([{ kind: 'query', from: 'follower-1', at: 0 }]);
        now = 1000;
        follower.receive(tabs.sent[1], link);
        expect(link.posted).toHaveLength(2);
    });

    it('ignores what is no view, and knows whether the driver is on an interaction', () => {
        const follower = new FollowerView('f', 20, () => 0);
        expect(follower.receive({ health: 'ok' }, null)).toBe(false);
        expect(follower.driverOnInteraction()).toBe(false);
        const sender = new TabViewSender('d');
        const tabs = election();
        const busy = view(1, []);
        busy.softphone.onInteraction = true;
        sender.send(tabs, busy, 0);
        follower.receive(tabs.sent[0], null);
        expect(follower.driverOnInteraction()).toBe(true);
    });
});
