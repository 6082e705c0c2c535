/**
 * Issue 19, fault 9, through the runtime: when the state cannot be saved (storage full or blocked), or
 * the console reloads within the save delay, a logout the sync must respect (here a handover) is not
 * forgotten: the next console load does not log the agent back in to Omni-Channel (B15, B16).
 */
import type { StorageLike } from './platform';
import {
    FakeToolkit,
    agentPicksStatus,
    openTab,
    run,
    settle,
    statusId,
    type Tab
} from '../test-support/runtime-harness';
import { FakeBrowser } from '../test-support/fake-browser';

const READY = { loggedIn: true, state: { major: 'Ready', minor: null } };

/** Makes the tab's storage full: writes may not grow the origin's storage beyond what it holds now. */
function fillStorage(tab: Tab): void {
    const raw = tab.browser.storage;
    const size = () => [...raw].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    const quota = size();
    const storage = tab.window.localStorage as StorageLike;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
        const old = raw.get(key);
        const grown = size() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
        if (grown > quota) throw new Error("QuotaExceededError: Failed to execute 'setItem' on 'Storage'");
        setItem(key, value);
    };
}

async function firstConsole(toolkit: FakeToolkit, options: { browser?: FakeBrowser; storage?: boolean } = {}) {
    const tab = openTab({
        toolkit,
        session: READY,
        ...(options.browser ? { browser: options.browser } : {}),
        ...(options.storage === false ? { window: { storage: false } } : {})
    });
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    await run([tab], 1000);
    return tab;
}

/** Every write to the tab's storage fails from now on (storage full or blocked); reads still work. */
function failStorage(tab: Tab): void {
    const storage = tab.window.localStorage as StorageLike;
    storage.setItem = () => {
        throw new Error("QuotaExceededError: Failed to execute 'setItem' on 'Storage'");
    };
}

/** Omni-Channel logs this session out because the agent opened it in another tab of the browser. */
function handover(toolkit: FakeToolkit, tab: Tab): void {
    toolkit.status = null;
    tab.runtime.omniEvent('omniChannelLogout', { reason: 'DuplicateLoginInSameBrowser' });
}

async function nextConsole(toolkit: FakeToolkit, browser: FakeBrowser, storage = true, session = READY) {
    const tab = openTab({
        toolkit,
        browser,
        session,
        tabId: 'tab-b',
        ...(storage ? {} : { window: { storage: false } })
    });
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    await run([tab], 3000);
    return tab;
}

describe('issue 19, fault 9: a standing logout survives a save that failed', () => {
    it('B16: (the control) with storage that works, the next console load after a handover does not log Omni in', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        handover(toolkit, first);
        await run([first], 1000);
        const after = new FakeBrowser();
        for (const [key, value] of first.browser.storage) after.storage.set(key, value);
        const before = toolkit.presenceCalls().length;

        await nextConsole(toolkit, after);
        expect(toolkit.presenceCalls().slice(before)).toEqual([]);
        expect(toolkit.status).toBeNull();
    });

    it('B16: storage full when the handover comes: the next console load does not log Omni in', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        // The origin's storage is full from now on: a write that would need more room than is used now
        // throws (QuotaExceededError); reads, removals and writes that fit still work.
        fillStorage(first);
        handover(toolkit, first);
        await run([first], 1000);
        first.runtime.stop();
        first.browser.close(first.window);
        const before = toolkit.presenceCalls().length;

        const second = await nextConsole(toolkit, first.browser);
        expect(toolkit.presenceCalls().slice(before)).toEqual([]);
        expect(toolkit.status).toBeNull();
        expect(second.view().omni.status ?? null).toBeNull();
    });

    it('B16: the console reloads within the save delay after the handover: the next load does not log Omni in', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        handover(toolkit, first);
        // No time passes: the page is gone before its save delay (25 ms) ran out. A reload ends the page's
        // script where it stands (nothing of it runs after): the next page sees the storage as it was left.
        await first.pair.settle();
        const after = new FakeBrowser();
        for (const [key, value] of first.browser.storage) after.storage.set(key, value);
        const before = toolkit.presenceCalls().length;

        await nextConsole(toolkit, after);
        expect(toolkit.presenceCalls().slice(before)).toEqual([]);
        expect(toolkit.status).toBeNull();
    });

    it('B16: storage blocked: after a handover the next console load does not log Omni in', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit, { storage: false });
        handover(toolkit, first);
        await run([first], 1000);
        first.runtime.stop();
        first.browser.close(first.window);
        const before = toolkit.presenceCalls().length;

        await nextConsole(toolkit, first.browser, false);
        expect(toolkit.presenceCalls().slice(before)).toEqual([]);
        expect(toolkit.status).toBeNull();
    });

    it('B16: the console reloads within the save delay just as the undo of a late login starts: the next load logs Omni out', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        handover(toolkit, first);
        await run([first], 1000);
        // A status call of the sync's lands after the logout and logs the agent back in; the sync undoes it
        // with a logout. The page is gone at once, before its save delay ran out; its undo never lands.
        toolkit.failures.set('logout', 1);
        toolkit.status = 'Break';
        first.runtime.omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Break'),
            statusApiName: 'Break',
            statusName: 'Break',
            channels: '[]',
            reason: 'OmniToolkitStatusChange'
        });
        // The next page finds the storage as this one left it, on a wall clock that went on.
        const after = new FakeBrowser(first.browser.clock);
        for (const [key, value] of first.browser.storage) after.storage.set(key, value);
        first.runtime.stop();
        const before = toolkit.presenceCalls().length;

        await nextConsole(toolkit, after);
        expect(toolkit.presenceCalls().slice(before)).toContain('logout');
        expect(toolkit.status).toBeNull();
    });
});

describe('issue 19 (a): the agent’s Omni choice is saved at once and survives the saves that fail after it', () => {
    it('B14, B15: a status call of ours overtaken by the agent’s pick lands after a reload whose saves failed: the pick is put back', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        // The agent picks Away in the softphone: the sync sets Omni to Away, a call Omni has yet to answer.
        toolkit.hold = true;
        first.pair.client.state({ major: 'Away', minor: null }, 'agent');
        await first.pair.settle();
        expect(toolkit.presenceCalls().at(-1)).toBe('setServicePresenceStatus Away');
        // Before it lands the agent picks After_Call_Work in Omni; from then on every save fails.
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(first, 'After_Call_Work');
        failStorage(first);
        await run([first], 100);
        first.runtime.stop();
        first.browser.close(first.window);
        // The page is gone; its call lands now, over the agent's pick.
        toolkit.hold = false;
        toolkit.release();
        await first.pair.settle();
        expect(toolkit.status).toBe('Away');
        const before = toolkit.presenceCalls().length;

        await nextConsole(toolkit, first.browser, true, { loggedIn: true, state: { major: 'Away', minor: null } });
        expect(toolkit.presenceCalls().slice(before)).toEqual(['setServicePresenceStatus After_Call_Work']);
        expect(toolkit.status).toBe('After_Call_Work');
    });

    it('B20: the save a moment after a choice saved at once does not write the same state again', async () => {
        const toolkit = new FakeToolkit('Available');
        const first = await firstConsole(toolkit);
        const storage = first.window.localStorage as StorageLike;
        const setItem = storage.setItem.bind(storage);
        const stateWrites: string[] = [];
        storage.setItem = (key, value) => {
            // The state under the user's key; the audit slots and the logout marker have keys of their own.
            if (key.split(':').length === 2) stateWrites.push(value);
            setItem(key, value);
        };
        toolkit.status = 'Available_For_Chats';
        agentPicksStatus(first, 'Available_For_Chats');
        await run([first], 1000);
        expect(toolkit.presenceCalls()).toEqual([]);
        expect(stateWrites).toHaveLength(1);
    });
});
