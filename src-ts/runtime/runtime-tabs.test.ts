/**
 * The runtime across console tabs and over time (B18, B15, B5): each way the tabs can coordinate
 * (BroadcastChannel with Web Locks; storage events only, with Locker's namespaced keys; nothing at
 * all), "Use this tab", the Omni session moving to another tab, the start-up read of Omni that
 * goes unanswered, and durations on the monotonic clock.
 */
import { FakeToolkit, openTab, run, settle, statusId } from '../test-support/runtime-harness';
import { FakeBrowser, type FakeWindowOptions } from '../test-support/fake-browser';
import { HANDSHAKE_GRACE_MS } from './runtime';

const BROADCAST_AND_LOCKS: FakeWindowOptions = { model: 'lws', namespace: 'c' };
const STORAGE_ONLY: FakeWindowOptions = { model: 'locker', namespace: 'c', broadcastChannel: false };
const NOTHING: FakeWindowOptions = { model: 'lws', namespace: 'c', broadcastChannel: false, locks: false };

/** Two tabs of one browser, the first opened (and driving) before the second. */
async function twoTabs(
    window: FakeWindowOptions,
    toolkits: [FakeToolkit, FakeToolkit] = [new FakeToolkit(), new FakeToolkit()]
) {
    const a = openTab({ toolkit: toolkits[0], tabId: 'tab-a', window });
    a.pair.client.start();
    a.runtime.start();
    await run([a], 3000);
    const b = openTab({ toolkit: toolkits[1], tabId: 'tab-b', browser: a.browser, window });
    b.pair.client.start();
    b.runtime.start();
    await run([a, b], 3000);
    return { a, b };
}

describe('B18: each way the tabs can coordinate', () => {
    it.each([
        ['BroadcastChannel and Web Locks', BROADCAST_AND_LOCKS],
        ['storage events only, namespaced keys (Locker)', STORAGE_ONLY]
    ])(
        'over %s: one drives and hosts the softphone, the other shows its state and can take over',
        async (_name, window) => {
            const { a, b } = await twoTabs(window);
            expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
            expect(a.view().tabs).toEqual({ coordination: 'ok', softphoneHere: true, canTakeOver: false });
            expect(b.view().tabs).toEqual({ coordination: 'ok', softphoneHere: false, canTakeOver: true });
            a.pair.client.state({ major: 'Away', minor: 'Lunch' });
            await run([a, b], 500);
            expect(b.view().omni.status).toBe('Lunch');
            // "Use this tab": the follower drives, connects its own softphone frame, and the old driver follows.
            b.runtime.takeOver();
            await run([a, b], 3000);
            expect([a.runtime.role, b.runtime.role]).toEqual(['follower', 'driver']);
            expect(b.view().tabs.softphoneHere).toBe(true);
            expect(b.view().softphone.bridge).toBe('connected');
            expect(a.view().tabs).toEqual({ coordination: 'ok', softphoneHere: false, canTakeOver: true });
            expect(b.view().decisions.map((d) => d.outcome)).toContain('takeOver');
        }
    );

    it('"Use this tab" waits while the driving tab is on a call: moving the softphone would drop it', async () => {
        const { a, b } = await twoTabs(BROADCAST_AND_LOCKS);
        a.pair.client.interactionStarted('call-1', 'inbound');
        a.pair.client.state({ major: 'Busy Inbound', minor: null });
        await run([a, b], 500);
        expect(b.view().softphone.onInteraction).toBe(true);
        expect(b.view().tabs.canTakeOver).toBe(false);
        b.runtime.takeOver();
        await run([a, b], 3000);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        expect(a.view().tabs.softphoneHere).toBe(true);
        a.pair.client.interactionEnded('call-1');
        a.pair.client.state({ major: 'Ready', minor: null });
        await run([a, b], 500);
        expect(b.view().tabs.canTakeOver).toBe(true);
    });

    it('over nothing at all: exactly one tab drives, the other says coordination is unavailable, audited; it can still take over', async () => {
        const { a, b } = await twoTabs(NOTHING);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        expect(b.view().tabs).toEqual({ coordination: 'unavailable', softphoneHere: false, canTakeOver: true });
        expect(a.view().tabs.coordination).toBe('unavailable');
        expect(a.view().decisions.map((d) => d.outcome)).toContain('tabsUncoordinated');
        for (let i = 0; i < 5; i++) {
            await run([a, b], 2000, 500);
            expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        }
        b.runtime.takeOver();
        await run([a, b], 5000, 250);
        expect([a.runtime.role, b.runtime.role]).toEqual(['follower', 'driver']);
        // The driver closing hands over too.
        b.runtime.stop();
        await run([a], 5000, 250);
        expect(a.runtime.role).toBe('driver');
    });

    it('over storage events, a third tab taking over: the driver hands over to it and the other follower follows it', async () => {
        const { a, b } = await twoTabs(STORAGE_ONLY);
        const c = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-c', browser: a.browser, window: STORAGE_ONLY });
        c.pair.client.start();
        c.runtime.start();
        await run([a, b, c], 3000);
        expect([a.runtime.role, b.runtime.role, c.runtime.role]).toEqual(['driver', 'follower', 'follower']);
        c.runtime.takeOver();
        for (let i = 0; i < 10; i++) {
            await run([a, b, c], 500);
            expect(
                [a.runtime.role, b.runtime.role, c.runtime.role].filter((role) => role === 'driver').length
            ).toBeLessThanOrEqual(1);
        }
        expect([a.runtime.role, b.runtime.role, c.runtime.role]).toEqual(['follower', 'follower', 'driver']);
        a.pair.client.state({ major: 'Away', minor: 'Break' });
        c.pair.client.state({ major: 'Away', minor: 'Meeting' });
        await run([a, b, c], 1000);
        expect(b.view().omni.status).toBe('Meeting');
    });

    it.each([
        ['BroadcastChannel and Web Locks', BROADCAST_AND_LOCKS],
        ['storage events only', STORAGE_ONLY]
    ])(
        'over %s, on the very first load two tabs opened together meet on one secret and one drives',
        async (_name, window) => {
            const browser = new FakeBrowser();
            const tabs = ['tab-a', 'tab-b'].map((tabId) =>
                openTab({ toolkit: new FakeToolkit(), tabId, browser, window, firstLoad: true })
            );
            // Both found no secret and wrote their own at the same moment: the second write stands.
            tabs[0]!.runtime.start();
            browser.writeRaw('LSKey[c]omniPresenceSync:005000000000001:tabSecret', 'z'.repeat(24));
            tabs[1]!.runtime.start();
            await run(tabs, 3000);
            expect(tabs.map((tab) => tab.runtime.role).sort()).toEqual(['driver', 'follower']);
            expect(browser.keysOf('c').filter((key) => key.endsWith(':tabSecret'))).toHaveLength(1);
        }
    );

    it('a component of another namespace on the origin cannot forge tab messages nor hold the lock', async () => {
        const { a, b } = await twoTabs(BROADCAST_AND_LOCKS);
        const intruder = a.browser.window({ model: 'lws', namespace: 'other' });
        const Channel = intruder.BroadcastChannel as new (name: string) => { postMessage(m: unknown): void };
        // It knows the user id and the names the package uses, not the secret in our namespace's storage.
        const forged = new Channel('omniPresenceSync:005000000000001');
        forged.postMessage({ kind: 'heartbeat', from: 'aaa', at: 1 });
        forged.postMessage({ kind: 'view', from: 'aaa', at: 1, view: { ...b.view(), omni: { status: 'Forged' } } });
        const locks = (intruder.navigator as { locks: { request: (...args: unknown[]) => Promise<unknown> } }).locks;
        void locks.request(
            'omniPresenceSync:005000000000001',
            { mode: 'exclusive', steal: true },
            () => new Promise(() => undefined)
        );
        a.browser.writeRaw(
            'LSKey[other]omniPresenceSync:005000000000001:tabs',
            JSON.stringify({ message: { kind: 'resign', from: 'tab-a', at: 1 } })
        );
        await run([a, b], 2000);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        expect(b.view().omni.status).not.toBe('Forged');
    });
});

describe('B18 with B5: driving moves to the tab that holds the Omni session', () => {
    it.each([
        ['BroadcastChannel and Web Locks', BROADCAST_AND_LOCKS],
        ['storage events only', STORAGE_ONLY]
    ])(
        'over %s: Omni logs the driver out for the same browser; the follower that now has Omni drives',
        async (_name, window) => {
            const driverOmni = new FakeToolkit();
            const otherOmni = new FakeToolkit();
            otherOmni.status = null;
            const { a, b } = await twoTabs(window, [driverOmni, otherOmni]);
            expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
            // The agent opens Omni in tab b: Omni moves the session there and logs tab a out.
            otherOmni.status = 'Available';
            driverOmni.status = null;
            b.runtime.omniEvent('omniChannelLoginSuccess', { statusId: statusId('Available') });
            a.runtime.omniEvent('omniChannelLogout', { reason: 'DuplicateLoginInSameBrowser' });
            await run([a, b], 4000);
            expect([a.runtime.role, b.runtime.role]).toEqual(['follower', 'driver']);
            expect(b.view().omni).toMatchObject({ presence: 'online', status: 'Available' });
            expect(b.view().decisions.map((d) => d.outcome)).toContain('takeOver');
            // The softphone stayed logged in: a handover is not the agent logging out (B5).
            expect(b.view().softphone.presence).toBe('loggedIn');
            expect(b.pair.commands.filter((c) => c.type === 'logout')).toEqual([]);
        }
    );

    it('a logout for another reason moves nothing', async () => {
        const { a, b } = await twoTabs(BROADCAST_AND_LOCKS);
        a.runtime.omniEvent('omniChannelLogout', { reason: 'OmniSupervisorLogout' });
        await run([a, b], 4000);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
    });
});

describe('B15: the start-up read of Omni tells online, offline and unknown apart', () => {
    it('a status read that times out is unknown, asked again with growing delays, and nothing is reconciled', async () => {
        const toolkit = new FakeToolkit();
        toolkit.hold = true;
        const tab = openTab({ toolkit, settings: { Command_Timeout_Seconds__c: 2 } });
        tab.pair.client.start();
        tab.runtime.start();
        await run([tab], 60_000, 250);
        const reads = toolkit.calls.filter((c) => c.method === 'getServicePresenceStatusId');
        // Timeouts of 2 s, then 0.5, 1, 2, 4, 8, 15 s between attempts.
        expect(reads.length).toBeGreaterThanOrEqual(5);
        expect(reads.length).toBeLessThanOrEqual(8);
        expect(tab.view().omni.presence).toBe('unknown');
        expect(toolkit.presenceCalls()).toEqual([]);
        expect(tab.pair.commands).toEqual([]);
        expect(tab.view().decisions.map((d) => d.outcome)).toContain('omniUnknown');
    });

    it('an answer without a status is offline at once', async () => {
        const toolkit = new FakeToolkit();
        const call = toolkit.call.bind(toolkit);
        toolkit.call = (method, args) =>
            method === 'getServicePresenceStatusId' ? Promise.resolve({}) : call(method, args);
        const tab = openTab({ toolkit });
        tab.runtime.start();
        await settle(tab);
        expect(tab.view().omni.presence).toBe('offline');
    });

    it('a rejection is the toolkit saying "not logged in": offline at once, the first command without waiting', async () => {
        const toolkit = new FakeToolkit();
        toolkit.status = null;
        const tab = openTab({ toolkit, session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } } });
        tab.pair.client.start();
        const started = tab.browser.clock.now();
        tab.runtime.start();
        await settle(tab);
        expect(toolkit.calls.filter((c) => c.method === 'getServicePresenceStatusId')).toHaveLength(1);
        expect(toolkit.presenceCalls()).toEqual(['login Lunch']);
        expect(tab.browser.clock.now() - started).toBeLessThan(100);
    });

    it('a status read the toolkit did not answer is unknown; the next definite answer reconciles', async () => {
        const toolkit = new FakeToolkit();
        const call = toolkit.call.bind(toolkit);
        let silent = 1;
        toolkit.call = (method, args) =>
            method === 'getServicePresenceStatusId' && silent-- > 0 ? new Promise(() => undefined) : call(method, args);
        const tab = openTab({
            toolkit,
            settings: { Command_Timeout_Seconds__c: 1 },
            session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
        });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        await run([tab], 1000);
        expect(tab.view().omni.presence).toBe('unknown');
        expect(toolkit.presenceCalls()).toEqual([]);
        await run([tab], 600);
        expect(tab.view().omni.presence).toBe('online');
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
    });

    it('an Omni event while unknown is the answer: the retries stop', async () => {
        const toolkit = new FakeToolkit();
        toolkit.failures.set('getServicePresenceStatusId', 1);
        const tab = openTab({ toolkit });
        tab.runtime.start();
        await settle(tab);
        tab.runtime.omniEvent('omniChannelStatusChanged', { statusId: statusId('Break'), statusApiName: 'Break' });
        await run([tab], 10_000, 250);
        expect(toolkit.calls.filter((c) => c.method === 'getServicePresenceStatusId')).toHaveLength(1);
        expect(tab.view().omni).toMatchObject({ presence: 'online', status: 'Break' });
    });
});

describe('durations on the monotonic clock', () => {
    it('setting the wall clock back an hour does not delay retries', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit, settings: { Command_Retry_Limit__c: 3 } });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        toolkit.failures.set('setServicePresenceStatus', 1);
        tab.pair.client.state({ major: 'Away', minor: 'Meeting' });
        await settle(tab);
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Meeting']);
        tab.browser.wallShift -= 60 * 60 * 1000;
        await run([tab], 1000);
        expect(toolkit.presenceCalls()).toEqual([
            'setServicePresenceStatus Meeting',
            'setServicePresenceStatus Meeting'
        ]);
        // The audit shows wall-clock times, the one set back.
        const latest = tab.view().decisions[0]!;
        expect(latest.at).toBeLessThan(tab.browser.wallStart + tab.browser.clock.now() - 59 * 60 * 1000);
    });

    it("a state saved on one page is rebased onto the next page's monotonic clock", async () => {
        const toolkit = new FakeToolkit();
        const browser = new FakeBrowser();
        const first = openTab({ toolkit, browser });
        first.pair.client.start();
        first.runtime.start();
        await run([first], 5000);
        first.pair.client.state({ major: 'Away', minor: 'Lunch' });
        await run([first], 1000);
        const since = first.runtime.engineState.softphone.since!;
        first.runtime.stop();
        browser.close(first.window);
        await run([first], 10_000);
        // A new page: its performance.now() starts again at 0.
        const second = openTab({
            toolkit,
            browser,
            session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
        });
        second.runtime.start();
        await settle(second);
        const rebased = second.runtime.engineState.softphone.since;
        // The change was 10 s (and a little) ago on the wall clock: 10 s before this page's "now".
        const now = (second.window.performance as { now(): number }).now();
        expect(since).toBeGreaterThan(5000);
        expect(rebased).not.toBeNull();
        expect(now - rebased!).toBeGreaterThanOrEqual(10_000);
        expect(now - rebased!).toBeLessThan(11_500);
    });
});

describe('C4: the view', () => {
    it("the bridge is 'connecting' until the grace period runs out, then 'noHandshake', with a view update", async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit });
        tab.runtime.start();
        await settle(tab);
        tab.runtime.frameLoaded();
        await run([tab], HANDSHAKE_GRACE_MS - 500);
        expect(tab.view().softphone.bridge).toBe('connecting');
        const updates = tab.views.length;
        await run([tab], 1000);
        expect(tab.views.length).toBeGreaterThan(updates);
        expect(tab.views.at(-1)?.softphone.bridge).toBe('noHandshake');
        expect(tab.view().health).toBe('error');
        // A softphone that says hello late still connects (on the bridge's next connect attempt).
        tab.pair.client.start();
        await run([tab], 20_000, 250);
        expect(tab.view().softphone.bridge).toBe('connected');
    });

    it('on an interaction, by the engine rule; held as a HeldView with the status label', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        tab.pair.client.interactionStarted('call-1', 'inbound');
        await settle(tab);
        expect(tab.view().softphone.onInteraction).toBe(true);
        tab.runtime.omniEvent('omniChannelLogout', { reason: 'OmniManualStatusChange' });
        await settle(tab);
        expect(tab.view().held).toEqual({ towards: 'softphone', target: { kind: 'offline' }, statusLabel: null });
    });
});
