import { LockElection, type LockManagerLike } from './lock-election';
import { FakeToolkit, agentPicksStatus, openTab, settle } from '../test-support/runtime-harness';
import { SOFTPHONE_ORIGIN } from '../test-support/bridge-harness';

describe('runtime', () => {
    it('B15: reads Omni once at start-up, the reads together, and reconciles when the softphone connects', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit, session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } } });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        expect(tab.runtime.role).toBe('driver');
        // The three start-up reads go out together; commands then go one at a time.
        expect(toolkit.calls.map((c) => c.method)).toEqual([
            'getServicePresenceStatusId',
            'getAgentWorks',
            'getAgentWorkload',
            'setServicePresenceStatus'
        ]);
        expect(toolkit.maxInFlight).toBe(3);
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        const view = tab.view();
        expect(view.omni.status).toBe('Lunch');
        expect(view.softphone).toMatchObject({
            bridge: 'connected',
            presence: 'loggedIn',
            state: 'Away / Lunch',
            product: 'Vonage ContactPad'
        });
        expect(view.health).toBe('ok');
    });

    it('B2 and B12: an Omni event sets the softphone state once; the echoes go nowhere', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        const before = toolkit.calls.length;
        agentPicksStatus(tab, 'Break');
        await settle(tab);
        expect(tab.pair.commands).toEqual([
            {
                type: 'setState',
                requestId: expect.any(String) as string,
                state: { major: 'Away', minor: 'Break' },
                reason: 'sync'
            }
        ]);
        expect(toolkit.calls.length).toBe(before);
        expect(tab.view().softphone.state).toBe('Away / Break');
    });

    it('B17: retries a failed toolkit call with backoff, then gives up and reports it', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit, settings: { Command_Retry_Limit__c: 2 } });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        toolkit.failures.set('setServicePresenceStatus', 5);
        tab.pair.client.state({ major: 'Away', minor: 'Meeting' });
        await settle(tab);
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Meeting']);
        tab.pair.clock.advance(500);
        await settle(tab);
        tab.pair.clock.advance(1000);
        await settle(tab);
        expect(toolkit.presenceCalls()).toHaveLength(3);
        tab.pair.clock.advance(10_000);
        await settle(tab);
        expect(toolkit.presenceCalls()).toHaveLength(3);
        expect(tab.view().diagnostics.map((d) => d.code)).toContain('command-failed');
        expect(tab.view().health).toBe('error');
    });

    it('B17: a toolkit call that never answers times out, and the next call still goes through', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit, settings: { Command_Timeout_Seconds__c: 5 } });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        toolkit.hold = true;
        tab.pair.client.state({ major: 'Away', minor: 'Lunch' });
        await settle(tab);
        expect(toolkit.inFlight).toBe(1);
        toolkit.hold = false;
        tab.pair.clock.advance(5000);
        await settle(tab);
        // The retry after the timeout is the second call; one call in flight at any time.
        tab.pair.clock.advance(500);
        await settle(tab);
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Lunch', 'setServicePresenceStatus Lunch']);
        // The abandoned call may still be running in the platform; the runtime only moved on after its timeout.
        expect(toolkit.inFlight).toBe(1);
    });

    it('B11: a held change survives a reload of the console and applies when the call ends', async () => {
        const toolkit = new FakeToolkit();
        const first = openTab({ toolkit });
        first.pair.client.start();
        first.runtime.start();
        await settle(first);
        first.pair.client.interactionStarted('call-1', 'inbound');
        first.pair.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await settle(first);
        agentPicksStatus(first, 'Lunch');
        await settle(first);
        expect(first.view().held).toMatchObject({ target: { kind: 'status', status: 'Lunch' }, statusLabel: 'Lunch' });
        first.runtime.stop();

        // The console reloads: a new runtime, the same browser storage, the softphone still on the call.
        const second = openTab({
            toolkit,
            browser: first.browser,
            session: { loggedIn: true, state: { major: 'Busy Inbound', minor: null } }
        });
        Object.assign(second.pair.client, {});
        second.pair.client.interactionStarted('call-1', 'inbound');
        second.pair.client.start();
        second.runtime.start();
        await settle(second);
        expect(second.view().held).toMatchObject({ target: { kind: 'status', status: 'Lunch' } });
        expect(second.view().diagnostics.map((d) => `${d.code} ${d.subject}`)).toContain('held-change Lunch');
        second.pair.client.interactionEnded('call-1');
        second.pair.client.state({ major: 'Ready', minor: null }, 'system');
        await settle(second);
        expect(second.view().held).toBeNull();
        expect(toolkit.status).toBe('Lunch');
        expect(second.pair.commands.at(-1)).toMatchObject({
            type: 'setState',
            state: { major: 'Away', minor: 'Lunch' }
        });
    });

    it('B20: keeps a bounded audit log, shows the latest decisions, and exports them', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit, settings: { Audit_Log_Size__c: 10 } });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        for (const minor of ['Lunch', 'Break', 'Meeting', 'Lunch', 'Break', 'Meeting']) {
            tab.pair.client.state({ major: 'Away', minor });
            await settle(tab);
        }
        const json = JSON.parse(tab.runtime.exportAudit('json')) as { entries: { rule: string }[]; user: string };
        expect(json.entries).toHaveLength(10);
        expect(json.user).toBe('005000000000001');
        const csv = tab.runtime.exportAudit('csv').split('\r\n');
        expect(csv[0]).toBe('seq,time,input,rule,outcome,detail,commands');
        expect(csv).toHaveLength(11);
        expect(tab.view().decisions[0]?.seq).toBeGreaterThan(tab.view().decisions[1]?.seq ?? Infinity);
    });

    it('S1: a hostile message at the utility is counted and changes nothing', async () => {
        const toolkit = new FakeToolkit();
        const tab = openTab({ toolkit });
        tab.pair.client.start();
        tab.runtime.start();
        await settle(tab);
        const calls = toolkit.calls.length;
        const state = JSON.stringify(tab.runtime.engineState);
        tab.pair.hostWindow.dispatch({
            data: {
                protocol: 'omni-presence-bridge',
                version: 1,
                id: 'x',
                type: 'state',
                payload: { state: { major: 'Away' }, cause: 'agent', __proto__: 1 }
            },
            origin: 'https://evil.example',
            source: {}
        });
        tab.pair.hostWindow.dispatch({ data: '{"not json', origin: SOFTPHONE_ORIGIN, source: tab.pair.frameHandle });
        expect(tab.view().rejectedMessages).toBe(2);
        expect(tab.view().rejectedByReason).toEqual({ 'wrong-source': 1, malformed: 1 });
        expect(JSON.stringify(tab.runtime.engineState)).toBe(state);
        expect(toolkit.calls.length).toBe(calls);
    });
});

describe('B18: one driver across tabs', () => {
    it('one tab drives, the other follows and shows what the driver shows, ignoring Omni events itself', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a', window: { locks: false } });
        const b = openTab({ toolkit, tabId: 'tab-b', browser: a.browser, window: { locks: false } });
        a.pair.client.start();
        b.pair.client.start();
        a.runtime.start();
        a.pair.clock.advance(1000);
        await settle(a);
        b.runtime.start();
        a.pair.clock.advance(1000);
        await settle(a);
        await settle(b);
        expect([a.runtime.role, b.runtime.role]).toEqual(['driver', 'follower']);
        const calls = toolkit.calls.length;
        agentPicksStatus(b, 'Break');
        await settle(b);
        expect(toolkit.calls.length).toBe(calls);
        a.pair.client.state({ major: 'Away', minor: 'Lunch' });
        await settle(a);
        a.pair.clock.advance(100);
        const followerView = b.view();
        expect(followerView.role).toBe('follower');
        expect(followerView.omni.status).toBe('Lunch');
        // The follower's bridge never asked its frame to connect.
        expect(b.pair.bus.log.filter((posted) => posted.from === b.pair.hostWindow)).toEqual([]);
    });

    it('the driver closing in the middle of a change hands over; the new driver reads both sides and ends consistent', async () => {
        const toolkit = new FakeToolkit();
        const a = openTab({ toolkit, tabId: 'tab-a' });
        const b = openTab({
            toolkit,
            tabId: 'tab-b',
            browser: a.browser,
            session: { loggedIn: true, state: { major: 'Away', minor: 'Meeting' } }
        });
        a.pair.client.start();
        b.pair.client.start();
        a.runtime.start();
        a.pair.clock.advance(1000);
        await settle(a);
        b.runtime.start();
        a.pair.clock.advance(1000);
        await settle(b);
        // Mid-change: the agent picks Meeting, the toolkit call is still on its way when the tab closes.
        toolkit.hold = true;
        a.pair.client.state({ major: 'Away', minor: 'Meeting' });
        await settle(a);
        expect(toolkit.inFlight).toBe(1);
        a.runtime.stop();
        toolkit.hold = false;
        for (const settleHeld of toolkit.held.splice(0)) settleHeld();
        a.pair.clock.advance(1500);
        await settle(b);
        a.pair.clock.advance(1500);
        await settle(b);
        expect(b.runtime.role).toBe('driver');
        expect(b.view().softphone.bridge).toBe('connected');
        expect(toolkit.status).toBe('Meeting');
        expect(b.view().omni.status).toBe('Meeting');
        expect(b.view().softphone.state).toBe('Away / Meeting');
        expect(toolkit.maxCommandsInFlight).toBe(1);
    });

    it('with Web Locks, the next tab is granted the lock as soon as the driver lets go', async () => {
        const queue: { grant: () => void }[] = [];
        let holder: Promise<void> | null = null;
        const locks: LockManagerLike = {
            request: (_name, _options, callback) =>
                new Promise((done) => {
                    const grant = () => {
                        holder = callback({}).then(() => {
                            holder = null;
                            queue.shift()?.grant();
                        });
                        void holder.then(() => {
                            done(undefined);
                        });
                    };
                    if (holder === null && queue.length === 0) grant();
                    else queue.push({ grant });
                })
        };
        const roles: string[][] = [];
        const make = (tabId: string) =>
            new LockElection({
                locks,
                name: 'sync',
                tabId,
                channel: null,
                now: () => 0,
                onRole: (role) => roles.push([tabId, role])
            });
        const first = make('one');
        const second = make('two');
        first.start();
        second.start();
        await Promise.resolve();
        expect([first.role, second.role]).toEqual(['driver', 'follower']);
        first.stop();
        for (let i = 0; i < 5; i++) await Promise.resolve();
        expect(second.role).toBe('driver');
        expect(roles).toContainEqual(['two', 'driver']);
    });
});
