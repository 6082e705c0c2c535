/**
 * What the runtime saves so that a console reload never turns a standing Omni-Channel logout into a
 * login (B15, B16): a standing logout saved at once, a save that fails shown in the panel, a save
 * from the future not taken as fresh, and the old page's calls recognised after the reload.
 */
import { FakeBrowser } from '../test-support/fake-browser';
import { FakeToolkit, openTab, run, settle, statusId } from '../test-support/runtime-harness';

const USER_KEY = 'omniPresenceSync:005000000000001';
const READY = { major: 'Ready', minor: null };
/** Only a softphone login may log Omni in: the softphone left logged in on an Omni logout keeps this visible. */
const KEEP_SOFTPHONE = { Logout_Softphone_On_Omni_Logout__c: false };

/** A console whose page died without saving: a new browser on the same storage, its clock going on. */
function reloadedBrowser(old: FakeBrowser): FakeBrowser {
    const browser = new FakeBrowser(old.clock);
    for (const [key, value] of old.storage) browser.storage.set(key, value);
    return browser;
}

async function consoleWithAgentLogout(settings: Record<string, unknown> = {}) {
    const toolkit = new FakeToolkit('Available');
    const tab = openTab({
        toolkit,
        settings: { ...KEEP_SOFTPHONE, ...settings },
        session: { loggedIn: true, state: READY }
    });
    tab.pair.client.start();
    tab.runtime.start();
    await run([tab], 500);
    // The agent logs out of Omni-Channel by hand (no reason), and the page reloads at once.
    toolkit.status = null;
    tab.runtime.omniEvent('omniChannelLogout', {});
    return { toolkit, tab };
}

describe('runtime: saved state and standing logouts', () => {
    it('Fault 9: a standing logout is saved at once, so a reload inside the save delay does not log the agent back in', async () => {
        const { tab } = await consoleWithAgentLogout();
        // No time passes: the 25-ms save has not run.
        const browser = reloadedBrowser(tab.browser);
        const toolkit = new FakeToolkit(null);
        const next = openTab({ toolkit, browser, settings: KEEP_SOFTPHONE, session: { loggedIn: true, state: READY } });
        next.pair.client.start();
        next.runtime.start();
        await run([next], 10_000);
        expect(next.view().omni.presence).toBe('offline');
        expect(next.view().softphone.presence).toBe('loggedIn');
        expect(toolkit.presenceCalls()).toEqual([]);
    });

    it('Fault 9: a save the storage refuses is shown, and the small logout marker still keeps the logout', async () => {
        const { tab } = await consoleWithAgentLogout();
        // Storage is full now: the state (large) no longer fits, the marker (small) was written at once.
        const storage = tab.window.localStorage as Storage;
        const setItem = storage.setItem.bind(storage);
        storage.setItem = (key: string, value: string) => {
            if (value.length > 100) throw new Error('QuotaExceededError');
            setItem(key, value);
        };
        tab.runtime.omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            statusName: 'Lunch',
            channels: '[]',
            reason: 'OmniManualStatusChange'
        });
        tab.runtime.omniEvent('omniChannelLogout', { reason: 'OmniSupervisorLogout' });
        await settle(tab);
        await run([tab], 100);
        const notices = tab.view().diagnostics.map((d) => `${d.code} ${d.subject}`);
        expect(notices).toContain('state-not-saved storage');
        expect(notices).toContain('omni-supervisor-logout OmniSupervisorLogout');
        expect(tab.browser.storage.get(`${USER_KEY}:logoutStands`)).toBe('1');

        const browser = reloadedBrowser(tab.browser);
        const toolkit = new FakeToolkit(null);
        const next = openTab({ toolkit, browser, settings: KEEP_SOFTPHONE, session: { loggedIn: true, state: READY } });
        next.pair.client.start();
        next.runtime.start();
        await run([next], 10_000);
        expect(next.view().omni.presence).toBe('offline');
        expect(toolkit.presenceCalls()).toEqual([]);
    });

    it('Fault 11: a save dated in the future is not resumed as fresh', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = openTab({ toolkit, session: { loggedIn: true, state: READY } });
        tab.pair.client.start();
        tab.runtime.start();
        await run([tab], 500);
        tab.pair.client.interactionStarted('call-1', 'inbound');
        tab.pair.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await run([tab], 200);
        tab.runtime.omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            statusName: 'Lunch',
            channels: '[]',
            reason: 'OmniManualStatusChange'
        });
        await run([tab], 200);
        expect(tab.view().held).not.toBeNull();
        tab.runtime.stop();
        // The saved state claims to be from a day ahead (a wall clock that was wrong when it saved).
        const saved = JSON.parse(tab.browser.storage.get(USER_KEY) ?? '{}') as { savedAt: number };
        tab.browser.storage.set(USER_KEY, JSON.stringify({ ...saved, savedAt: saved.savedAt + 24 * 3_600_000 }));
        const next = openTab({ toolkit, browser: tab.browser, session: { loggedIn: true, state: READY } });
        next.pair.client.start();
        next.runtime.start();
        await run([next], 1000);
        // Nothing of the old save is resumed: neither its held Lunch nor its decisions.
        expect(next.view().held).toBeNull();
        expect(next.pair.commands.filter((c) => c.type === 'setState')).toEqual([]);
        expect(next.runtime.exportAudit('json')).not.toContain('held_on_interaction');
    });
});
