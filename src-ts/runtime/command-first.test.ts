/**
 * A step's commands leave before the step's bookkeeping (issue 23, latency): the softphone's command is posted and
 * the toolkit called before the decisions are copied into the audit and the state is saved at once. The
 * bookkeeping still runs in the same task, so a reload right after the event finds the decision as before (B14, B20).
 */
import type { StorageLike } from './platform';
import { FakeToolkit, agentPicksStatus, openTab, run, settle, type Tab } from '../test-support/runtime-harness';

const READY = { loggedIn: true, state: { major: 'Ready', minor: null } };
const STATE_KEY = 'omniPresenceSync:005000000000001';

async function driver(toolkit: FakeToolkit): Promise<Tab> {
    const tab = openTab({ toolkit, session: READY });
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    await run([tab], 3000);
    return tab;
}

/** What happens, in order: the state's writes, the softphone's commands posted, the toolkit's calls. */
function watch(tab: Tab, toolkit: FakeToolkit): string[] {
    const order: string[] = [];
    const storage = tab.window.localStorage as StorageLike;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
        setItem(key, value);
        if (key === STATE_KEY) order.push('state saved');
    };
    const frame = tab.pair.frameHandle as { postMessage(data: unknown, origin: string): void };
    const post = frame.postMessage.bind(frame);
    frame.postMessage = (data, origin) => {
        const type = /"type":"(\w+)"/.exec(String(data))?.[1] ?? '?';
        if (type === 'setState') order.push('setState posted');
        post(data, origin);
    };
    const call = toolkit.call.bind(toolkit);
    toolkit.call = (method, args) => {
        order.push(`${method} called, audit at ${tab.runtime.view().decisions.length}`);
        return call(method, args);
    };
    return order;
}

describe('a step sends its commands before its bookkeeping', () => {
    it("Omni → softphone: the agent's Omni choice is posted to the softphone before the state is saved at once, and saved before the event returns", async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        const order = watch(tab, toolkit);
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(tab, 'After_Call_Work');
        expect(order).toEqual(['setState posted', 'state saved']);
        // Written in the event's own task: a reload now finds the choice.
        const saved = JSON.parse(tab.browser.storage.get(STATE_KEY)!) as { state: { latestChange: unknown } };
        expect(JSON.stringify(saved.state.latestChange)).toContain('After_Call_Work');
        tab.runtime.stop();
    });

    it("softphone → Omni: the toolkit is called before the step's decision is in the audit, which holds it once the message's task is done", async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        const before = tab.runtime.view().decisions.length;
        const order = watch(tab, toolkit);
        tab.pair.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await tab.pair.settle();
        expect(order[0]).toBe(`setServicePresenceStatus called, audit at ${before}`);
        expect(tab.runtime.view().decisions.some((decision) => decision.input.includes('Lunch'))).toBe(true);
        tab.runtime.stop();
    });
});

describe('a step whose commands go out first: what a throwing or early-answering edge leaves', () => {
    it('a toolkit call that throws synchronously: the decision is audited and the failure follows', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        toolkit.throws.set('setServicePresenceStatus', 1);
        tab.pair.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await tab.pair.settle();
        await run([tab], 100);
        // The view lists the newest first: in the order they were made.
        const inputs = tab.runtime
            .view()
            .decisions.map((d) => d.input)
            .reverse();
        expect(inputs.some((i) => i.includes('Lunch'))).toBe(true);
        tab.runtime.stop();
    });

    it('a post that throws synchronously: the Omni choice is still audited and saved at once', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        const frame = tab.pair.frameHandle as { postMessage(data: unknown, origin: string): void };
        frame.postMessage = () => {
            throw new Error('frame navigating away');
        };
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(tab, 'After_Call_Work');
        const saved = JSON.parse(tab.browser.storage.get(STATE_KEY)!) as { state: { latestChange: unknown } };
        expect(JSON.stringify(saved.state.latestChange)).toContain('After_Call_Work');
        expect(tab.runtime.view().decisions.some((d) => d.input.includes('After_Call_Work'))).toBe(true);
        tab.runtime.stop();
    });

    it('storage that throws during the save at once after the post: the post went, the decision is kept in memory and saved later', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        const storage = tab.window.localStorage as StorageLike;
        const setItem = storage.setItem.bind(storage);
        let fail = true;
        storage.setItem = (key, value) => {
            if (fail && key === STATE_KEY) throw new Error('QuotaExceededError');
            setItem(key, value);
        };
        const posted: string[] = [];
        const frame = tab.pair.frameHandle as { postMessage(data: unknown, origin: string): void };
        const post = frame.postMessage.bind(frame);
        frame.postMessage = (data, origin) => {
            posted.push(String(data));
            post(data, origin);
        };
        toolkit.status = 'After_Call_Work';
        agentPicksStatus(tab, 'After_Call_Work');
        expect(posted.some((p) => p.includes('setState'))).toBe(true);
        expect(tab.runtime.view().decisions.some((d) => d.input.includes('After_Call_Work'))).toBe(true);
        fail = false;
        await run([tab], 1000);
        const saved = JSON.parse(tab.browser.storage.get(STATE_KEY)!) as { state: { latestChange: unknown } };
        expect(JSON.stringify(saved.state.latestChange)).toContain('After_Call_Work');
        tab.runtime.stop();
    });

    it('a console whose toolkit tells its status event before the call returns: the audit keeps the engine order', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        const call = toolkit.call.bind(toolkit);
        toolkit.call = (method, args) => {
            if (method === 'setServicePresenceStatus') {
                const name = toolkit.statusName(args.statusId) ?? '';
                toolkit.status = name;
                tab.runtime.omniEvent('omniChannelStatusChanged', {
                    statusId: args.statusId,
                    statusApiName: name,
                    statusName: name,
                    channels: '[]',
                    reason: 'OmniToolkitStatusChange'
                });
            }
            return call(method, args);
        };
        tab.pair.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await tab.pair.settle();
        await run([tab], 100);
        // The view lists the newest first: in the order they were made.
        const inputs = tab.runtime
            .view()
            .decisions.map((d) => d.input)
            .reverse();
        const spIdx = inputs.findIndex((i) => i.startsWith('softphone stateChanged'));
        const omniIdx = inputs.findIndex((i) => i.startsWith('omni statusChanged'));
        expect(spIdx).toBeGreaterThanOrEqual(0);
        expect(omniIdx).toBeGreaterThan(spIdx);
        tab.runtime.stop();
    });
});

describe('a frame that cannot be reached as the command is posted', () => {
    it('a frame getter that throws: the Omni choice is still audited and saved at once', async () => {
        const toolkit = new FakeToolkit('Available');
        const tab = await driver(toolkit);
        Object.defineProperty(tab.pair, 'frameHandle', {
            get() {
                throw new Error('the frame is gone');
            }
        });
        toolkit.status = 'After_Call_Work';
        let threw: unknown = null;
        try {
            agentPicksStatus(tab, 'After_Call_Work');
        } catch (error) {
            threw = error;
        }
        expect(threw).toBeNull();
        const saved = JSON.parse(tab.browser.storage.get(STATE_KEY)!) as { state: { latestChange: unknown } };
        expect(JSON.stringify(saved.state.latestChange)).toContain('After_Call_Work');
        await run([tab], 100);
        expect(tab.runtime.view().decisions.some((d) => d.input.includes('After_Call_Work'))).toBe(true);
        tab.runtime.stop();
    });
});
