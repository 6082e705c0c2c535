/** Tab election and channel (B18): the tabs' secret, and the election picked from what the browser offers. */
import { FakeBrowser, type FakeWindowOptions } from '../test-support/fake-browser';
import { ConsoleTabs, tabSecret, type ConsoleTabsHost } from './console-tabs';
import { TabCoordinator } from './leader';
import { StorageLeaseElection } from './lease-election';
import { LockElection } from './lock-election';
import { browserPlatform } from './platform';

const USER = '005000000000001';

function tabs(browser: FakeBrowser, options: FakeWindowOptions = {}, host: Partial<ConsoleTabsHost> = {}) {
    const platform = browserPlatform(browser.window(options));
    return new ConsoleTabs({
        platform,
        clock: browser.clock,
        userId: USER,
        tabId: 'tab-1',
        onRole: () => undefined,
        onView: () => undefined,
        onSignal: () => undefined,
        onAsked: () => undefined,
        ...host
    });
}

describe('tabSecret', () => {
    it('is created by the first tab and read by the next; none without storage', () => {
        const browser = new FakeBrowser();
        const platform = browserPlatform(browser.window());
        const first = tabSecret(platform, 'k');
        expect(first.created).toBe(true);
        expect(first.secret).toMatch(/^[0-9a-z]{16,64}$/);
        expect(tabSecret(platform, 'k')).toEqual({ secret: first.secret, created: false });
        expect(tabSecret(browserPlatform(browser.window({ storage: false })), 'k')).toEqual({
            secret: null,
            created: false
        });
    });
});

describe('ConsoleTabs', () => {
    it('the first tab ever waits 200 ms for a tab opened with it; the next one elects at once', () => {
        const browser = new FakeBrowser();
        let begun = 0;
        tabs(browser).start(() => begun++);
        expect(begun).toBe(0);
        browser.clock.advance(200);
        expect(begun).toBe(1);
        tabs(browser).start(() => begun++);
        expect(begun).toBe(2);
    });

    it('elects over Web Locks where the browser has them, else a lease over the channel, else a lease in storage', () => {
        const locks = tabs(new FakeBrowser());
        expect(locks.elect()).toBeInstanceOf(LockElection);
        expect(locks.coordination).toBe('ok');
        const channel = tabs(new FakeBrowser(), { locks: false });
        expect(channel.elect()).toBeInstanceOf(TabCoordinator);
        const storage = tabs(new FakeBrowser(), { locks: false, broadcastChannel: false, model: 'lws' });
        expect(storage.elect()).toBeInstanceOf(StorageLeaseElection);
        expect(storage.coordination).toBe('unavailable');
        expect(storage.uncoordinatedDetail()).toBe('tabs_uncoordinated_lease');
        const alone = tabs(new FakeBrowser(), { locks: false, broadcastChannel: false, storage: false });
        expect(alone.elect()).toBeInstanceOf(TabCoordinator);
        expect(alone.uncoordinatedDetail()).toBe('tabs_uncoordinated_alone');
    });

    it('tells the runtime when another tab asks, and stops listening when stopped', () => {
        const browser = new FakeBrowser();
        let asked = 0;
        const one = tabs(browser, {}, { onAsked: () => asked++ });
        one.elect();
        const other = tabs(browser, {}, { tabId: 'tab-2' });
        other.elect();
        other.channel?.post({ kind: 'query', from: 'tab-2', at: 0 });
        browser.clock.advance(10);
        expect(asked).toBe(1);
        one.stop();
        expect(one.election).toBeNull();
        expect(one.channel).toBeNull();
        other.channel?.post({ kind: 'query', from: 'tab-2', at: 0 });
        browser.clock.advance(10);
        expect(asked).toBe(1);
    });
});
