// Issue 23: the Aura utility item tells its panel whether the utility is open, from lightning:utilityBarAPI
// (Console Developer Guide: getUtilityInfo() resolves to {utilityVisible, utilityPoppedOut, …};
// onUtilityClick({eventHandler}) calls the handler with {utilityId, panelVisible} on each click of the utility).
// The real item (markup, controller, helper, renderer) runs in the simulator's small Aura (aura-host.js), around a
// fake panel and the simulated utility bar (utility-bar.js) or a bare one.
const { mountAuraUtility } = require('../../../../../../simulator/console/aura-host');
const { utilityBarOf } = require('../../../../../../simulator/console/utility-bar');

function fakePanel() {
    const panel = new EventTarget();
    panel.isConnected = false;
    panel.seen = [];
    panel.connectHost = function () {
        return {
            omniEvent: () => {},
            toolkitResult: () => {},
            utilityVisible: (visible) => panel.seen.push({ visible, insideAura: panel.insideAura() })
        };
    };
    return panel;
}

/** The simulated utility bar item: its button, label and icon, and the panel it opens and minimises. */
function barItem() {
    const item = document.createElement('button');
    item.innerHTML = '<svg><use href=""></use></svg><span data-test="utility-label">Presence Sync</span>';
    return item;
}

function mount(utilityBar, panel = fakePanel()) {
    let insideAura = () => false;
    panel.insideAura = () => insideAura();
    const host = mountAuraUtility({
        panel,
        toolkit: {},
        utilityBar,
        onError: (error) => {
            throw error;
        },
        insertPanel: () => {
            panel.isConnected = true;
        }
    });
    insideAura = host.insideAura;
    return { host, panel };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('presenceSyncUtility tells its panel whether the utility is open', () => {
    it('an open utility: nothing to say until the agent minimises it; each click after says open or closed', async () => {
        const slot = document.createElement('div');
        const bar = utilityBarOf(barItem(), slot, { open: true });
        const { panel } = mount(bar);
        await flush();
        expect(panel.seen).toEqual([]);
        bar.click();
        bar.click();
        bar.click();
        expect(panel.seen).toEqual([
            { visible: false, insideAura: true },
            { visible: true, insideAura: true },
            { visible: false, insideAura: true }
        ]);
        expect(slot.hidden).toBe(true);
    });

    it('a utility loaded closed: the panel hears it is closed at once, and open on the click', async () => {
        const slot = document.createElement('div');
        const bar = utilityBarOf(barItem(), slot, { open: false });
        const { panel } = mount(bar);
        await flush();
        expect(panel.seen).toEqual([{ visible: false, insideAura: true }]);
        bar.click();
        expect(panel.seen.at(-1)).toEqual({ visible: true, insideAura: true });
        expect(slot.hidden).toBe(false);
    });

    it('a click that comes before the start-up read answers wins over that read', async () => {
        const slot = document.createElement('div');
        const bar = utilityBarOf(barItem(), slot, { open: false });
        let answer;
        bar.getUtilityInfo = () => new Promise((resolve) => (answer = resolve));
        const { panel } = mount(bar);
        bar.click();
        answer({ utilityVisible: false, utilityPoppedOut: false });
        await flush();
        expect(panel.seen).toEqual([{ visible: true, insideAura: true }]);
    });

    describe('review 6.8: a utility opened without a click', () => {
        beforeEach(() => jest.useFakeTimers());
        afterEach(() => jest.useRealTimers());

        it('openUtility() while closed: the panel hears open at the next read, within 5 s; none while open', async () => {
            // Old code: only onUtilityClick and one read at start, so the panel stayed told closed for good.
            const slot = document.createElement('div');
            const bar = utilityBarOf(barItem(), slot, { open: false });
            let reads = 0;
            const getInfo = bar.getUtilityInfo;
            bar.getUtilityInfo = () => {
                reads++;
                return getInfo();
            };
            const { panel } = mount(bar);
            await jest.advanceTimersByTimeAsync(0);
            expect(panel.seen).toEqual([{ visible: false, insideAura: true }]);
            await jest.advanceTimersByTimeAsync(5000);
            expect([reads, panel.seen.length]).toEqual([2, 1]);
            await bar.openUtility();
            await jest.advanceTimersByTimeAsync(4999);
            expect(panel.seen.length).toBe(1);
            await jest.advanceTimersByTimeAsync(1);
            expect(panel.seen.at(-1)).toEqual({ visible: true, insideAura: true });
            // Open: no more reads.
            const open = reads;
            await jest.advanceTimersByTimeAsync(60000);
            expect(reads).toBe(open);
            // Closed by a click: read again every 5 s until opened.
            bar.click();
            await jest.advanceTimersByTimeAsync(15000);
            expect(reads).toBe(open + 3);
            expect(panel.seen.at(-1)).toEqual({ visible: false, insideAura: true });
        });

        it('a failing re-read is never taken as open or closed, and the item gone stops the reads', async () => {
            const bar = utilityBarOf(barItem(), null, { open: false });
            const { panel } = mount(bar);
            await jest.advanceTimersByTimeAsync(0);
            let reads = 0;
            bar.getUtilityInfo = () => {
                reads++;
                return Promise.reject(new Error('transient'));
            };
            await jest.advanceTimersByTimeAsync(10000);
            expect([reads, panel.seen]).toEqual([2, [{ visible: false, insideAura: true }]]);
            panel.isConnected = false;
            await jest.advanceTimersByTimeAsync(20000);
            expect(reads).toBe(2);
        });
    });

    it('a popped-out utility, a failing read or a bar without these methods never says closed', async () => {
        const popped = utilityBarOf(barItem(), null, { open: false });
        popped.getUtilityInfo = () => Promise.resolve({ utilityVisible: false, utilityPoppedOut: true });
        const failing = utilityBarOf(barItem(), null, { open: false });
        failing.getUtilityInfo = () => Promise.reject(new Error('not in a utility bar'));
        failing.onUtilityClick = () => {
            throw new Error('not in a utility bar');
        };
        const bare = {
            setUtilityLabel: () => Promise.resolve(true),
            setUtilityIcon: () => Promise.resolve(true),
            setUtilityHighlighted: () => Promise.resolve(true)
        };
        for (const bar of [popped, failing, bare]) {
            const { panel } = mount(bar);
            await flush();
            expect(panel.seen).toEqual([]);
        }
    });

    it('ignores a click answer without a boolean panelVisible, and a panel without utilityVisible is never called', async () => {
        const handlers = [];
        const bar = utilityBarOf(barItem(), null);
        bar.onUtilityClick = ({ eventHandler }) => {
            handlers.push(eventHandler);
            return Promise.resolve(true);
        };
        const { panel } = mount(bar);
        await flush();
        handlers[0]({ utilityId: 'x' });
        handlers[0](null);
        expect(panel.seen).toEqual([]);
        const older = fakePanel();
        older.connectHost = () => ({ omniEvent: () => {}, toolkitResult: () => {} });
        const registered = [];
        const bar2 = utilityBarOf(barItem(), null);
        bar2.onUtilityClick = (options) => {
            registered.push(options);
            return Promise.resolve(true);
        };
        mount(bar2, older);
        expect(registered).toEqual([]);
    });
});
