/**
 * What the runtime renders and publishes per change (issue: render and publish only what changed):
 * the panel gets a view only when something in it changed (`revision`), and the driver sends the
 * other tabs the diagnostics only when they changed and only the new decisions, while every
 * follower shows exactly what the driver shows, a late one included.
 */
import { agentPicksStatus, FakeToolkit, openTab, run, settle, type Tab } from '../test-support/runtime-harness';
import { browserPlatform } from './platform';
import type { FakeWindowOptions } from '../test-support/fake-browser';
import type { SyncView } from './runtime';
import { WATCH_LEASE_MS, WATCH_RENEW_MS } from './tab-views';

const BROADCAST: FakeWindowOptions = { model: 'plain', locks: false };
const BROADCAST_AND_LOCKS: FakeWindowOptions = { model: 'lws', namespace: 'c' };
const SECRET = 'k7q2m9x4w1z8c3v6b5n0p2r4';

/** An Omni status change in the driving tab; the softphone confirms it at once (within the view's 25 ms). */
async function omniStatus(tab: Tab, status: string) {
    agentPicksStatus(tab, status);
    await settle(tab);
}

/** The view messages on the tabs' channel, as any tab of the browser receives them. */
function listen(tab: Tab) {
    const platform = browserPlatform(tab.browser.window(BROADCAST));
    const channel = platform.openBroadcastChannel(`omniPresenceSync:005000000000001:${SECRET}`)!;
    const views: Record<string, unknown>[] = [];
    channel.addEventListener('message', (event) => {
        const data = event.data as { kind?: string; view?: Record<string, unknown> };
        if (data.kind === 'view' && data.view) views.push(data.view);
    });
    return views;
}

/** A tab's view less what is the tab's own (its role, its tabs, its revision count, its clock). */
const comparable = (tab: Tab) => {
    const view: Partial<SyncView> = { ...tab.view() };
    delete view.role;
    delete view.tabs;
    delete view.revision;
    delete view.updatedAt;
    return view;
};

describe('B18 and B20: the driver sends the other tabs only what changed', () => {
    it('diagnostics go out only when they change, decisions only when new; the follower shows what the driver shows', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST });
        a.pair.client.start();
        a.runtime.start();
        await run([a], 3000);
        const b = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-b', browser: a.browser, window: BROADCAST });
        b.pair.client.start();
        b.runtime.start();
        await run([a, b], 3000);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        expect(comparable(b)).toEqual(comparable(a));

        const sent = listen(a);
        for (const status of ['Break', 'Lunch', 'Meeting', 'Break']) {
            await omniStatus(a, status);
            await run([a, b], 200);
        }
        expect(sent.length).toBeGreaterThanOrEqual(4);
        // The diagnostics did not change: none of the views carried them again.
        expect(sent.filter((view) => 'diagnostics' in view)).toEqual([]);
        // Each view carries only the decisions after the previous one.
        for (const view of sent) {
            const decisions = view.decisions as { seq: number }[];
            expect(decisions.every((d) => d.seq > (view.decisionsAfter as number))).toBe(true);
        }
        expect(b.view().omni.status).toBe('Break');
        expect(comparable(b)).toEqual(comparable(a));

        // A diagnostic appears (the softphone frame goes quiet): it is sent, once.
        a.pair.client.stop();
        a.browser.clock.advance(120_000);
        await run([a, b], 1000);
        expect(comparable(b)).toEqual(comparable(a));
    });

    it('a tab opened later gets the whole view, decisions and diagnostics, and shows what the driver shows', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST });
        a.pair.client.start();
        a.runtime.start();
        await run([a], 3000);
        for (const status of ['Break', 'Lunch', 'Meeting']) {
            await omniStatus(a, status);
            await run([a], 200);
        }
        const c = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-c', browser: a.browser, window: BROADCAST });
        c.pair.client.start();
        c.runtime.start();
        await run([a, c], 3000);
        expect(c.runtime.role).toBe('follower');
        expect(c.view().decisions.length).toBeGreaterThan(3);
        expect(comparable(c)).toEqual(comparable(a));
    });

    it('the panel gets a view only when something in it changed: one per change, none for a repeated view', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST });
        a.pair.client.start();
        a.runtime.start();
        await run([a], 3000);
        const b = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-b', browser: a.browser, window: BROADCAST });
        b.pair.client.start();
        b.runtime.start();
        await run([a, b], 3000);
        const [driverViews, followerViews] = [a.views.length, b.views.length];
        for (const status of ['Break', 'Lunch', 'Meeting']) {
            await omniStatus(a, status);
            await run([a, b], 200);
        }
        expect(a.views.length - driverViews).toBe(3);
        expect(b.views.length - followerViews).toBe(3);
        const revisions = a.views.map((view) => view.revision);
        expect(new Set(revisions).size).toBe(revisions.length);
        // A third tab opens: the driver sends its view again; the follower has nothing new to render.
        const before = b.views.length;
        const c = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-c', browser: a.browser, window: BROADCAST });
        c.pair.client.start();
        c.runtime.start();
        await run([a, b, c], 3000);
        expect(b.views.length).toBe(before);
        expect(comparable(c)).toEqual(comparable(a));
    });
});

describe('B18: views go to the other tabs only while another tab shows them', () => {
    it.each([
        ['BroadcastChannel (heartbeat election)', BROADCAST],
        ['BroadcastChannel and Web Locks', BROADCAST_AND_LOCKS]
    ])(
        'over %s: a tab alone sends none; a tab that opens gets the current view at once; none once it closed',
        async (_name, window) => {
            const toolkit = new FakeToolkit();
            const a = openTab({ toolkit, tabId: 'tab-a', window });
            a.pair.client.start();
            a.runtime.start();
            await run([a], 3000);
            const sent = listen(a);
            for (const status of ['Break', 'Lunch', 'Meeting']) {
                await omniStatus(a, status);
                await run([a], 200);
            }
            expect(a.view().omni.status).toBe('Meeting');
            expect(sent).toEqual([]);

            // A second tab opens: its first view is the driver's current one, whole.
            const b = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-b', browser: a.browser, window });
            b.pair.client.start();
            b.runtime.start();
            await run([a, b], 3000);
            expect(b.runtime.role).toBe('follower');
            expect(b.views[0]).toMatchObject({ role: 'follower', omni: { status: 'Meeting' } });
            expect(comparable(b)).toEqual(comparable(a));
            // It renews its word: changes keep reaching it however long it stays.
            await run([a, b], 3 * WATCH_LEASE_MS, 1000);
            const before = sent.length;
            await omniStatus(a, 'Break');
            await run([a, b], 200);
            expect(sent.length).toBeGreaterThan(before);
            expect(b.view().omni.status).toBe('Break');

            // It closes: the driver sends until its lease ends, then nothing.
            b.runtime.stop();
            await run([a], WATCH_LEASE_MS, 1000);
            const closed = sent.length;
            for (const status of ['Lunch', 'Meeting']) {
                await omniStatus(a, status);
                await run([a], 200);
            }
            expect(a.view().omni.status).toBe('Meeting');
            expect(sent.length).toBe(closed);
        }
    );

    it.each([
        ['BroadcastChannel (heartbeat election)', BROADCAST],
        ['BroadcastChannel and Web Locks', BROADCAST_AND_LOCKS]
    ])(
        'over %s: after "Use this tab" the new driver\'s changes reach the tab that drove, and a third tab',
        async (_name, window) => {
            const toolkit = new FakeToolkit();
            const a = openTab({ toolkit, tabId: 'tab-a', window });
            a.pair.client.start();
            a.runtime.start();
            await run([a], 3000);
            const c = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-c', browser: a.browser, window });
            c.pair.client.start();
            c.runtime.start();
            await run([a, c], 3000);
            // Tab b opens after c last said it shows the views, and takes over before c says it again.
            const b = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-b', browser: a.browser, window });
            b.pair.client.start();
            b.runtime.start();
            await run([a, b, c], 3000);
            b.runtime.takeOver();
            await run([a, b, c], 3000);
            expect([a.runtime.role, b.runtime.role, c.runtime.role]).toEqual(['follower', 'driver', 'follower']);
            for (const status of ['Lunch', 'Meeting']) {
                await omniStatus(b, status);
                await run([a, b, c], 200);
                expect(b.view().omni.status).toBe(status);
                expect(comparable(a)).toEqual(comparable(b));
                expect(comparable(c)).toEqual(comparable(b));
            }
            // Well past every lease given before the handover: the views still flow.
            await run([a, b, c], WATCH_LEASE_MS + WATCH_RENEW_MS, 1000);
            await omniStatus(b, 'Break');
            await run([a, b, c], 200);
            expect(comparable(a)).toEqual(comparable(b));
            expect(comparable(c)).toEqual(comparable(b));
        }
    );

    it('a driver that closes: the tab that comes to drive, new to the other follower, is told it shows the views', async () => {
        // The heartbeat election: of the tabs that claim, the smallest id drives.
        const a = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-a', window: BROADCAST });
        a.pair.client.start();
        a.runtime.start();
        await run([a], 3000);
        const c = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-c', browser: a.browser, window: BROADCAST });
        c.pair.client.start();
        c.runtime.start();
        await run([a, c], 3000);
        // Tab b opens after c last said it shows the views; the driver closes before c says it again.
        const b = openTab({ toolkit: new FakeToolkit(), tabId: 'tab-b', browser: a.browser, window: BROADCAST });
        b.pair.client.start();
        b.runtime.start();
        await run([a, b, c], 3000);
        a.runtime.stop();
        await run([b, c], 3000);
        expect([b.runtime.role, c.runtime.role]).toEqual(['driver', 'follower']);
        expect(comparable(c)).toEqual(comparable(b));
        await omniStatus(b, 'Lunch');
        await run([b, c], 200);
        expect(b.view().omni.status).toBe('Lunch');
        expect(comparable(c)).toEqual(comparable(b));
    });
});

describe('B15 and B18: at start-up the panel gets the first state, once', () => {
    const PAD = 'https://contactpad.example.com/pad';

    it('a driver shows nothing until its first reconciliation, then one view; the frame is placed before it', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST, settings: { Softphone_Url__c: PAD } });
        a.runtime.start();
        await run([a], 1000, 50);
        // The frame is there (the softphone page loads), but no half-known view was shown.
        expect(a.frames).toEqual([PAD]);
        expect(a.views).toEqual([]);
        // The softphone page has loaded and answers.
        a.pair.client.start();
        a.runtime.frameLoaded();
        await run([a], 200, 50);
        expect(a.views).toHaveLength(1);
        expect(a.views[0]).toMatchObject({
            role: 'driver',
            omni: { presence: 'online' },
            softphone: { bridge: 'connected', presence: 'loggedIn' }
        });
    });

    it('without a first state the view is shown after 2 s, and a driver that stops driving removes its frame', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST, settings: { Softphone_Url__c: PAD } });
        a.runtime.start();
        await run([a], 1900, 50);
        expect(a.views).toEqual([]);
        await run([a], 200, 50);
        expect(a.views).toHaveLength(1);
        expect(a.views[0]).toMatchObject({ role: 'driver', softphone: { bridge: 'connecting' } });
        a.runtime.stop();
        expect(a.frames).toEqual([PAD, null]);
    });

    it("a follower's first view is the driver's, not its own unknown state", async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: BROADCAST });
        a.pair.client.start();
        a.runtime.start();
        await run([a], 1000);
        const b = openTab({
            toolkit: new FakeToolkit(),
            tabId: 'tab-b',
            browser: a.browser,
            window: BROADCAST,
            settings: { Softphone_Url__c: PAD }
        });
        b.runtime.start();
        await run([a, b], 1500, 50);
        expect(b.runtime.role).toBe('follower');
        expect(b.frames).toEqual([]);
        expect(b.views).toHaveLength(1);
        expect(b.views[0]).toMatchObject({
            role: 'follower',
            omni: { presence: 'online' },
            softphone: { presence: 'loggedIn' }
        });
    });
});
