/**
 * Start-up with the configuration still on its way (the panel calls Apex and starts the runtime at
 * the same time): the tab election runs, and a tab elected to drive places the softphone frame from
 * the Softphone URL the last configured driver saved, so the page loads in parallel. The bridge, and
 * with it the session nonce, waits for the configuration, which keeps or replaces the frame (B18, S1).
 */
import { FakeToolkit, openTab, run } from '../test-support/runtime-harness';
import type { FakeWindowOptions } from '../test-support/fake-browser';

/** These start-up timings are read every 50 ms of the tabs' clock. */
const STEP_MS = 50;
const PAD = 'https://contactpad.example.com/pad';
const OTHER = 'https://softphone.example.org/pad';
const USER_KEY = 'omniPresenceSync:005000000000001';
const BROADCAST: FakeWindowOptions = { model: 'plain', locks: false };

/** A console that ran before: a configured driver with this Softphone URL drove, saved and closed. */
async function earlierConsole(url: string | null) {
    const toolkit = new FakeToolkit();
    const first = openTab({ toolkit, settings: { Softphone_Url__c: url } });
    first.pair.client.start();
    first.runtime.start();
    await run([first], 500, STEP_MS);
    first.runtime.stop();
    return { toolkit, browser: first.browser };
}

describe('B18 and S1: the softphone frame loads while the configuration is read', () => {
    it('a driver waiting for its configuration places the saved frame; the bridge starts with the configuration, which keeps it', async () => {
        const { toolkit, browser } = await earlierConsole(PAD);
        const callsBefore = toolkit.calls.length;
        const tab = openTab({
            toolkit,
            browser,
            tabId: 'tab-b',
            configureLater: true,
            settings: { Softphone_Url__c: PAD }
        });
        tab.runtime.start();
        // The softphone page loads and waits for a connect.
        tab.pair.client.start();
        await run([tab], 100, STEP_MS);
        expect(tab.runtime.role).toBe('driver');
        expect(tab.frames).toEqual([PAD]);
        // No bridge, so no nonce anywhere, and nothing to show or save yet.
        expect(tab.bridges).toEqual([]);
        expect(tab.views).toEqual([]);
        const saved = browser.storage.get(USER_KEY);
        expect(toolkit.calls).toHaveLength(callsBefore);
        tab.runtime.configure(tab.configuration);
        await run([tab], 100, STEP_MS);
        // The same address: the frame stays (no reload), the bridge's first connect finds the page loaded.
        expect(tab.frames).toEqual([PAD]);
        expect(tab.bridges).toEqual([PAD]);
        expect(tab.view().softphone.bridge).toBe('connected');
        expect(tab.views).toHaveLength(1);
        expect(browser.storage.get(USER_KEY)).not.toBe(saved);
        tab.runtime.stop();
    });

    it('a configuration naming another softphone replaces the frame before the bridge starts', async () => {
        const { toolkit, browser } = await earlierConsole(PAD);
        const tab = openTab({
            toolkit,
            browser,
            tabId: 'tab-b',
            configureLater: true,
            settings: { Softphone_Url__c: OTHER }
        });
        tab.runtime.start();
        await run([tab], 100, STEP_MS);
        expect(tab.frames).toEqual([PAD]);
        tab.runtime.configure(tab.configuration);
        expect(tab.frames).toEqual([PAD, OTHER]);
        expect(tab.bridges).toEqual([OTHER]);
        // The next start-up places the new address.
        tab.runtime.stop();
        const next = openTab({ toolkit, browser, tabId: 'tab-c', configureLater: true });
        next.runtime.start();
        await run([next], 100, STEP_MS);
        expect(next.frames).toEqual([OTHER]);
        next.runtime.stop();
    });

    it('a configuration without a softphone removes the early frame', async () => {
        const { toolkit, browser } = await earlierConsole(PAD);
        const tab = openTab({ toolkit, browser, tabId: 'tab-b', configureLater: true });
        tab.runtime.start();
        await run([tab], 100, STEP_MS);
        expect(tab.frames).toEqual([PAD]);
        tab.runtime.configure(tab.configuration);
        expect(tab.frames).toEqual([PAD, null]);
        tab.runtime.stop();
    });

    it('a first start with nothing saved waits for the configuration to place the frame', async () => {
        const tab = openTab({ toolkit: new FakeToolkit(), configureLater: true, settings: { Softphone_Url__c: PAD } });
        tab.runtime.start();
        await run([tab], 500, STEP_MS);
        expect(tab.runtime.role).toBe('driver');
        expect(tab.frames).toEqual([]);
        tab.runtime.configure(tab.configuration);
        expect(tab.frames).toEqual([PAD]);
        tab.runtime.stop();
    });

    it('a follower places no frame; a driver stopped before its configuration removes its frame and keeps the saved state', async () => {
        const { toolkit, browser } = await earlierConsole(PAD);
        const a = openTab({ toolkit, browser, tabId: 'tab-a', window: BROADCAST, configureLater: true });
        a.runtime.start();
        await run([a], 1000, STEP_MS);
        const b = openTab({
            toolkit: new FakeToolkit(),
            browser,
            tabId: 'tab-b',
            window: BROADCAST,
            configureLater: true
        });
        b.runtime.start();
        await run([a, b], 1000, STEP_MS);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        expect(a.frames).toEqual([PAD]);
        expect(b.frames).toEqual([]);
        const saved = browser.storage.get(USER_KEY);
        // The configuration could not be loaded: the panel stops the runtime.
        a.runtime.stop();
        expect(a.frames).toEqual([PAD, null]);
        expect(browser.storage.get(USER_KEY)).toBe(saved);
        b.runtime.stop();
    });

    it('a saved address that is not http(s) is not placed', async () => {
        const tab = openTab({ toolkit: new FakeToolkit(), configureLater: true, settings: { Softphone_Url__c: PAD } });
        tab.browser.storage.set(`${USER_KEY}:softphoneUrl`, 'javascript:alert(1)');
        tab.runtime.start();
        await run([tab], 500, STEP_MS);
        expect(tab.runtime.role).toBe('driver');
        expect(tab.frames).toEqual([]);
        tab.runtime.configure(tab.configuration);
        expect(tab.frames).toEqual([PAD]);
        tab.runtime.stop();
    });
});
