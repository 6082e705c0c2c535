/**
 * Start-up under hostile timing: the configuration (Apex) later than the first view's hold, a
 * reload with a saved audit ring while decisions happen before the ring is read, and a tab that
 * hands over before its first reconciliation (B15, B18, B20).
 */
import { agentPicksStatus, FakeToolkit, openTab, run, type Tab } from '../test-support/runtime-harness';
import type { FakeBrowser } from '../test-support/fake-browser';

/** These start-up timings are read every 50 ms of the tabs' clock. */
const STEP_MS = 50;
const PAD = 'https://contactpad.example.com/pad';
const USER_KEY = 'omniPresenceSync:005000000000001';

/** A console that drove with a softphone, made some decisions, saved its ring and closed. */
async function earlierConsole() {
    const toolkit = new FakeToolkit();
    const first = openTab({ toolkit, settings: { Softphone_Url__c: PAD } });
    first.pair.client.start();
    first.runtime.start();
    await run([first], 500, STEP_MS);
    // A few agent changes, so the ring holds more than the start-up's decisions.
    for (const status of ['Lunch', 'Available', 'Lunch', 'Available']) {
        agentSets(first, toolkit, status);
        await run([first], 300, STEP_MS);
    }
    first.runtime.stop();
    return { toolkit, browser: first.browser };
}

/** Counts reads of the audit ring's slots (`…:audit:<n>`) in the browser's storage. */
/** The agent picks a status in Omni-Channel (the toolkit's event reaches the tab). */
function agentSets(tab: Tab, toolkit: FakeToolkit, status: string) {
    toolkit.status = status;
    agentPicksStatus(tab, status);
}

function countSlotReads(browser: FakeBrowser) {
    const counter = { reads: 0 };
    const map = browser.storage;
    const get = map.get.bind(map);
    map.get = (key: string) => {
        if (key.includes(':audit:')) counter.reads++;
        return get(key);
    };
    return counter;
}

/** The sequence numbers of the decisions in storage: the ring's slots, and the newest in the saved state's tail. */
function ringSeqs(browser: FakeBrowser): number[] {
    const state = browser.storage.get(USER_KEY);
    const tail = state === undefined ? [] : ((JSON.parse(state) as { tail?: { seq: number }[] }).tail ?? []);
    return [...browser.storage.entries()]
        .filter(([key]) => key.startsWith(`${USER_KEY}:audit:`))
        .map(([, value]) => (JSON.parse(value) as { e: { seq: number } }).e.seq)
        .concat(tail.map((entry) => entry.seq))
        .sort((a, b) => a - b);
}

describe('start-up with the configuration later than the view hold', () => {
    it('B20: with Apex answering after the 2-s hold, the stored ring is still read only after the first reconciliation', async () => {
        const { toolkit, browser } = await earlierConsole();
        expect(ringSeqs(browser).length).toBeGreaterThan(0);
        const tab = openTab({
            toolkit,
            browser,
            tabId: 'tab-b',
            configureLater: true,
            settings: { Softphone_Url__c: PAD }
        });
        tab.runtime.start();
        tab.pair.client.start();
        // Apex takes 2.5 s (a cold org): the 2-s view hold runs out while nothing is configured.
        await run([tab], 2500, STEP_MS);
        expect(tab.runtime.role).toBe('driver');
        const slots = countSlotReads(browser);
        tab.runtime.configure(tab.configuration);
        // Synchronously inside configure(): the start-up reconciliation has not happened yet.
        expect(tab.runtime.engineState.reconcile).toBe('startup');
        expect(slots.reads).toBe(0);
        tab.runtime.stop();
    });

    it("B15: with Apex answering after the 2-s hold, the panel's first view still waits for the first state", async () => {
        const { toolkit, browser } = await earlierConsole();
        const tab = openTab({
            toolkit,
            browser,
            tabId: 'tab-b',
            configureLater: true,
            settings: { Softphone_Url__c: PAD }
        });
        tab.runtime.start();
        tab.pair.client.start();
        await run([tab], 2500, STEP_MS);
        tab.runtime.configure(tab.configuration);
        // The first view shown after configure() should be a reconciled one, not "unknown / connecting".
        expect(tab.views).toHaveLength(0);
        await run([tab], 500, STEP_MS);
        expect(tab.views[0]?.omni.presence).toBe('online');
        tab.runtime.stop();
    });
});

describe('B20 reload with a saved ring: decisions before the ring is read', () => {
    it('keeps every stored entry and the new ones, in order, once, across two reloads', async () => {
        const { toolkit, browser } = await earlierConsole();
        const before = ringSeqs(browser);
        expect(before.length).toBeGreaterThan(3);
        const tab = openTab({ toolkit, browser, tabId: 'tab-b', settings: { Softphone_Url__c: PAD } });
        tab.runtime.start();
        // Omni changes before the softphone is even connected (no first reconciliation yet).
        await run([tab], 50, STEP_MS);
        agentSets(tab, toolkit, 'Lunch');
        await run([tab], 50, STEP_MS);
        tab.pair.client.start();
        await run([tab], 1000, STEP_MS);
        const exported = (JSON.parse(tab.runtime.exportAudit('json')) as { entries: { seq: number }[] }).entries.map(
            (entry) => entry.seq
        );
        // Every stored entry is still there, followed by the new ones; no number twice, ascending.
        for (const seq of before) expect(exported).toContain(seq);
        expect(new Set(exported).size).toBe(exported.length);
        expect([...exported].sort((a, b) => a - b)).toEqual(exported);
        tab.runtime.stop();
        const stored = ringSeqs(browser);
        for (const seq of exported) expect(stored).toContain(seq);
        // A second reload shows the same history.
        const again = openTab({ toolkit, browser, tabId: 'tab-c', settings: { Softphone_Url__c: PAD } });
        again.runtime.start();
        again.pair.client.start();
        await run([again], 1000, STEP_MS);
        const second = (JSON.parse(again.runtime.exportAudit('json')) as { entries: { seq: number }[] }).entries.map(
            (entry) => entry.seq
        );
        for (const seq of exported) expect(second).toContain(seq);
        again.runtime.stop();
    });

    it('a driver stopped before its first reconciliation stores its decisions after the ring, not over it', async () => {
        const { toolkit, browser } = await earlierConsole();
        const before = ringSeqs(browser);
        const tab = openTab({ toolkit, browser, tabId: 'tab-b', settings: { Softphone_Url__c: PAD } });
        tab.runtime.start();
        await run([tab], 50, STEP_MS);
        agentSets(tab, toolkit, 'Lunch');
        await run([tab], 50, STEP_MS);
        expect(tab.runtime.engineState.reconcile).toBe('startup');
        tab.runtime.stop();
        const stored = ringSeqs(browser);
        for (const seq of before) expect(stored).toContain(seq);
        expect(stored.length).toBeGreaterThanOrEqual(before.length);
    });
});
