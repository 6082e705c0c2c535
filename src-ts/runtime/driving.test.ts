/**
 * The driving tab's engine loop: it asks the engine's handover rule (B18 with B5), reads Omni when
 * it starts to drive (B15), and drops what comes back after its turn ended.
 */
import { FakeBrowser } from '../test-support/fake-browser';
import { defaults, statusId } from '../test-support/runtime-harness';
import { AuditLog } from './audit';
import { Driving, engineOf } from './driving';
import { Outcomes } from './outcomes';
import { browserPlatform } from './platform';
import { SavedStateStore } from './saved-state-store';

const flush = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
};

function driving(options: { driving?: boolean } = {}) {
    const browser = new FakeBrowser();
    const platform = browserPlatform(browser.window());
    const world = { driving: options.driving ?? true, moved: 0, calls: [] as string[] };
    const audit = new AuditLog(50);
    const engine = engineOf(defaults);
    const store = new SavedStateStore(
        platform,
        '005000000000001',
        () => 50,
        () => undefined
    );
    store.openRing();
    const outcomes = new Outcomes({
        audit,
        now: () => platform.now(),
        wallNow: () => platform.wallNow(),
        driving: () => world.driving
    });
    const loop = new Driving(
        {
            clock: browser.clock,
            toolkit: {
                call: (method) => {
                    world.calls.push(method);
                    return Promise.resolve(
                        method === 'getServicePresenceStatusId'
                            ? { statusId: statusId('Available'), statusApiName: 'Available' }
                            : []
                    );
                }
            },
            createBridge: () => null,
            audit,
            store,
            outcomes,
            driving: () => world.driving,
            configured: () => true,
            omniMoved: () => world.moved++,
            flushSoon: () => undefined,
            publish: () => undefined
        },
        engine
    );
    return { browser, world, loop, audit };
}

describe('Driving', () => {
    it('B18 with B5: an Omni logout because the session opened in another tab of this browser is told to the other tabs', () => {
        const { world, loop } = driving();
        loop.step({ kind: 'omni', event: 'logout', reason: 'DuplicateLogin' });
        expect(world.moved).toBe(0);
        loop.step({ kind: 'omni', event: 'logout', reason: 'DuplicateLoginInSameBrowser' });
        expect(world.moved).toBe(1);
    });

    it('a tab that does not drive tells no one', () => {
        const { world, loop } = driving({ driving: false });
        loop.step({ kind: 'omni', event: 'logout', reason: 'DuplicateLoginInSameBrowser' });
        expect(world.moved).toBe(0);
    });

    it('B15: starting to drive reads Omni and reconciles on the answer', async () => {
        const { world, loop } = driving();
        loop.start();
        await flush();
        expect(world.calls).toEqual(['getServicePresenceStatusId', 'getAgentWorks', 'getAgentWorkload']);
        expect(loop.state.omni).toMatchObject({ presence: 'online', status: 'Available' });
    });

    it('drops the start-up answers of a turn that ended', async () => {
        const { loop } = driving();
        loop.start();
        loop.stop();
        await flush();
        expect(loop.state.omni.presence).toBe('unknown');
    });
});
