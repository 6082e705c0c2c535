/**
 * The steps saved at once (StepResult.saveAtOnce) and the saved tail through the runtime: a reload between the
 * save at once and the save delay, storage failing after it, tabs driving in turn, and the decisions the panel
 * lists and the export holds after each of these: every decision once, in order, none lost.
 */
import type { AuditEntry } from './audit';
import type { StorageLike } from './platform';
import { FakeToolkit, agentPicksStatus, openTab, run, settle, type Tab } from '../test-support/runtime-harness';
import { FakeBrowser, type FakeWindowOptions } from '../test-support/fake-browser';

const READY = { loggedIn: true, state: { major: 'Ready', minor: null } };
const BROADCAST_AND_LOCKS: FakeWindowOptions = { model: 'lws', namespace: 'c' };
const STATE_KEY = 'omniPresenceSync:005000000000001';

async function console1(toolkit: FakeToolkit, browser?: FakeBrowser, tabId = 'tab-a', window?: FakeWindowOptions) {
    const tab = openTab({
        toolkit,
        session: READY,
        tabId,
        ...(browser ? { browser } : {}),
        ...(window ? { window } : {})
    });
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    await run([tab], 3000);
    return tab;
}

/** Two console tabs of one browser, each with its own toolkit: tab-a starts first (the driver), then tab-b. */
async function twoTabs(): Promise<{ toolkits: [FakeToolkit, FakeToolkit]; a: Tab; b: Tab }> {
    const toolkits: [FakeToolkit, FakeToolkit] = [new FakeToolkit('Available'), new FakeToolkit('Available')];
    const a = openTab({ toolkit: toolkits[0], tabId: 'tab-a', window: BROADCAST_AND_LOCKS, session: READY });
    a.pair.client.start();
    a.runtime.start();
    await run([a], 3000);
    const b = openTab({
        toolkit: toolkits[1],
        tabId: 'tab-b',
        browser: a.browser,
        window: BROADCAST_AND_LOCKS,
        session: READY
    });
    b.pair.client.start();
    b.runtime.start();
    await run([a, b], 3000);
    return { toolkits, a, b };
}

/** The decisions of the tab's export, as the support engineer reads them. */
function exported(tab: Tab): AuditEntry[] {
    return (JSON.parse(tab.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
}

const ids = (entries: readonly AuditEntry[]) => entries.map((entry) => `${entry.seq} ${entry.rule} ${entry.input}`);

/** The page is gone where it stands (a reload): the next page finds storage as it was left, the clock going on. */
function reloadNow(tab: Tab): FakeBrowser {
    const after = new FakeBrowser(tab.browser.clock);
    for (const [key, value] of tab.browser.storage) after.storage.set(key, value);
    return after;
}

/**
 * Records the tab's writes of the state key, less the save's own times: a write the same as the one before it
 * stored nothing new.
 */
function recordStateWrites(tab: Tab): string[] {
    const storage = tab.window.localStorage as StorageLike;
    const setItem = storage.setItem.bind(storage);
    const writes: string[] = [];
    storage.setItem = (key, value) => {
        setItem(key, value);
        if (key !== STATE_KEY) return;
        const saved = JSON.parse(value) as Record<string, unknown>;
        delete saved.savedAt;
        delete saved.savedMono;
        writes.push(JSON.stringify(saved));
    };
    return writes;
}

/** No state write the same as the one before it. */
function expectNoRepeatedWrite(writes: readonly string[]): void {
    const repeated = writes.filter((write, i) => i > 0 && write === writes[i - 1]).length;
    expect(repeated).toBe(0);
}

/**
 * The tab is killed: the browser releases its locks and channels, and nothing it would still do reaches storage
 * (its timers share the test's clock, so its writes are what is cut off).
 */
function kill(tab: Tab): void {
    const storage = tab.window.localStorage as StorageLike;
    storage.setItem = () => undefined;
    storage.removeItem = () => undefined;
    tab.browser.close(tab.window);
}

/** Each sequence number once, rising. */
function expectOnceInOrder(entries: readonly AuditEntry[]): void {
    const seqs = entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
}

describe('saved at once, through the runtime (issue 19 (a), issue 23)', () => {
    it("a reload right after the agent's Omni choice, before the save delay: its decisions and the earlier ones are all in the next page's log", async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(first, 'After_Call_Work');
        // The step's own decisions (what the softphone answers later comes within the save delay, unsaved).
        const before = exported(first);
        expect(before.at(-1)?.input).toContain('After_Call_Work');
        const after = reloadNow(first);
        first.runtime.stop();

        const second = await console1(toolkit, after, 'tab-b');
        const log = exported(second);
        expectOnceInOrder(log);
        expect(ids(log).slice(0, before.length)).toEqual(ids(before));
        expect(ids([...second.view().decisions].reverse())).toEqual(ids(log.slice(-second.view().decisions.length)));
    });

    it("storage refusing every write after the agent's Omni choice: the choice and its decisions, saved at once, are in the next page", async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(first, 'After_Call_Work');
        const before = exported(first);
        const storage = first.window.localStorage as StorageLike;
        storage.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        // More happens on the page, none of it saved; then the page is gone.
        first.pair.client.state({ major: 'Away', minor: null }, 'agent');
        await run([first], 1000);
        const after = reloadNow(first);
        first.runtime.stop();

        const second = await console1(toolkit, after, 'tab-b');
        const log = exported(second);
        expectOnceInOrder(log);
        expect(ids(log).slice(0, before.length)).toEqual(ids(before));
    });

    it('the save at once refused once (the state key only): the save a moment later writes it, and a reload keeps it', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        const storage = first.window.localStorage as StorageLike;
        const setItem = storage.setItem.bind(storage);
        let refuse = 1;
        const stateWrites: string[] = [];
        storage.setItem = (key, value) => {
            if (key === STATE_KEY) {
                if (refuse-- > 0) throw new Error('SecurityError: the operation is insecure');
                stateWrites.push(value);
            }
            setItem(key, value);
        };
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(first, 'After_Call_Work');
        await first.pair.settle();
        expect(stateWrites).toHaveLength(0);
        await run([first], 1000);
        expect(stateWrites).toHaveLength(1);
        const before = exported(first);
        const after = reloadNow(first);
        first.runtime.stop();
        const second = await console1(toolkit, after, 'tab-b');
        expect(ids(exported(second)).slice(0, before.length)).toEqual(ids(before));
    });

    it('two tabs driving in turn three times, a choice and a softphone change on each turn: every decision once, in order, in both the panel and the export', async () => {
        const { toolkits, a, b } = await twoTabs();
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        const writes = [recordStateWrites(a), recordStateWrites(b)];
        const picks = ['After_Call_Work', 'Available', 'Available_For_Chats', 'After_Call_Work', 'Available', 'Busy'];
        let driver = a;
        let follower = b;
        let seen: AuditEntry[] = exported(a);
        for (let turn = 0; turn < 6; turn++) {
            const toolkit = driver === a ? toolkits[0] : toolkits[1];
            toolkit.status = picks[turn]!;
            agentPicksStatus(driver, picks[turn]!);
            await run([a, b], 50);
            driver.pair.client.state({ major: turn % 2 === 0 ? 'Away' : 'Ready', minor: null }, 'agent');
            await run([a, b], 1000);
            const log = exported(driver);
            expectOnceInOrder(log);
            expect(ids(log).slice(0, seen.length)).toEqual(ids(seen));
            // The panel lists the newest first.
            const listed = driver.view().decisions;
            expect(ids([...listed].reverse())).toEqual(ids(log.slice(-listed.length)));
            // The other tab's panel shows the same decisions.
            expect(ids(follower.view().decisions)).toEqual(ids(listed));
            seen = log;
            follower.runtime.takeOver();
            await run([a, b], 3000);
            expect(follower.runtime.role).toBe('driver');
            [driver, follower] = [follower, driver];
        }
        const log = exported(driver);
        expectOnceInOrder(log);
        expect(ids(log).slice(0, seen.length)).toEqual(ids(seen));
        expect(writes[0]!.length + writes[1]!.length).toBeGreaterThan(6);
        expectNoRepeatedWrite(writes[0]!);
        expectNoRepeatedWrite(writes[1]!);
        // A reload of the whole console reads the same log back.
        const after = reloadNow(driver);
        a.runtime.stop();
        b.runtime.stop();
        const again = await console1(new FakeToolkit('Available'), after, 'tab-c', BROADCAST_AND_LOCKS);
        const reread = exported(again);
        expectOnceInOrder(reread);
        expect(ids(reread).slice(0, log.length)).toEqual(ids(log));
    });

    // While the page's saved ring is unread (until its first reconciliation), a save carries the tail it found and
    // the decisions recorded since, also the save at once of a person's choice: the next page has them once.
    it("a reload right after the agent's Omni choice made before the page's first reconciliation: the choice's decision is in the next page", async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        first.runtime.stop();
        // The next page: driving, its saved ring not read yet (that waits for its first reconciliation).
        const second = openTab({ toolkit, session: READY, tabId: 'tab-b', browser: first.browser });
        second.runtime.start();
        await settle(second);
        expect(second.runtime.role).toBe('driver');
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(second, 'After_Call_Work');
        const saved = JSON.parse(second.browser.storage.get(STATE_KEY)!) as { state: { latestChange: unknown } };
        expect(JSON.stringify(saved.state.latestChange)).toContain('After_Call_Work');
        const after = reloadNow(second);
        second.runtime.stop();

        const third = await console1(toolkit, after, 'tab-c');
        const log = exported(third);
        expectOnceInOrder(log);
        expect(log.filter((entry) => entry.input.startsWith('omni statusChanged After_Call_Work'))).toHaveLength(1);
    });

    it('the driving tab killed (no last save): the tab that takes over reads its saved tail, every decision once', async () => {
        const { toolkits, a, b } = await twoTabs();
        toolkits[0].status = 'After_Call_Work';
        agentPicksStatus(a, 'After_Call_Work');
        await run([a, b], 1000);
        const before = exported(a);
        // The tab is killed: nothing of it runs any more, its lock is released by the browser.
        kill(a);
        await run([b], 5000);
        expect(b.runtime.role).toBe('driver');
        const log = exported(b);
        expectOnceInOrder(log);
        expect(ids(log).slice(0, before.length)).toEqual(ids(before));
    });

    // As above; the ring stays unread for as long as the softphone does not connect (20 s tried), and every save in
    // that time carries the page's decisions.
    it("the agent's Omni choice while the softphone has yet to connect, the page reloaded after several save delays: the choice's decision is in the next page", async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        first.runtime.stop();
        const second = openTab({ toolkit, session: READY, tabId: 'tab-b', browser: first.browser });
        second.runtime.start();
        await settle(second);
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(second, 'After_Call_Work');
        // A second passes (forty save delays), the softphone frame still loading.
        await run([second], 1000);
        const after = reloadNow(second);
        second.runtime.stop();

        const third = await console1(toolkit, after, 'tab-c');
        const log = exported(third);
        expectOnceInOrder(log);
        expect(log.filter((entry) => entry.input.startsWith('omni statusChanged After_Call_Work'))).toHaveLength(1);
    });

    it('a handover logout, saved at once, and what follows it: no state write repeats the one before it', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await console1(toolkit);
        const writes = recordStateWrites(first);
        toolkit.status = null;
        first.runtime.omniEvent('omniChannelLogout', { reason: 'DuplicateLoginInSameBrowser' });
        await run([first], 2000);
        // The agent logs in to Omni again, and picks a status twice.
        toolkit.status = 'Available';
        first.runtime.omniEvent('omniChannelLoginSuccess', { statusId: '' });
        agentPicksStatus(first, 'Available');
        await run([first], 500);
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(first, 'After_Call_Work');
        await run([first], 500);
        expect(writes.length).toBeGreaterThan(2);
        expectNoRepeatedWrite(writes);
    });

    it("the driving tab killed right after the agent's Omni choice, before its save delay: the tab that takes over has the choice and its decision", async () => {
        const { toolkits, a, b } = await twoTabs();
        toolkits[0].status = 'After_Call_Work';
        toolkits[1].status = 'After_Call_Work';
        agentPicksStatus(a, 'After_Call_Work');
        const before = exported(a);
        kill(a);
        await run([b], 5000);
        expect(b.runtime.role).toBe('driver');
        const log = exported(b);
        expectOnceInOrder(log);
        expect(ids(log).slice(0, before.length)).toEqual(ids(before));
        expect(b.view().omni.status).toBe('After_Call_Work');
    });
});
