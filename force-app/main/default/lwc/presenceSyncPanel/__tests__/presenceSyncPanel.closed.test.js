// Issue 23: no drawing while the utility is closed. The Aura item tells the panel, through the link connectHost
// returned, whether its utility is open (`utilityVisible`); while it is closed the panel's DOM does not change on any
// view, the utility bar's label and highlight still follow every change and the sync still runs; when it opens the
// panel draws the latest view, once.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import {
    hostLink,
    observePanel,
    panelHarness,
    panelQuery,
    panelTestPage
} from '../../../../../test/jest-support/panel-harness';
import defaults from '../../../../../../src-ts/test-support/package-defaults.generated.json';
import { FakeOmniToolkit } from '../../../../../../src-ts/test-support/fake-omni';

/** The views the whole panel model was built for (drawn), and those only the utility bar was worked out for. */
const modelled = [];
const announced = [];
jest.mock('c/presenceSyncPanelModel', () => {
    const actual = jest.requireActual('c/presenceSyncPanelModel');
    return {
        ...actual,
        panelModel: (...args) => {
            modelled.push(args[0].revision);
            return actual.panelModel(...args);
        },
        panelUtility: (...args) => {
            announced.push(args[0].revision);
            return actual.panelUtility(...args);
        }
    };
});

const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

/** Every change to the panel's shadow tree and its child components' (nodes, attributes, text), counted as it comes. */
function watchDom(element) {
    const seen = { records: 0 };
    const observer = new MutationObserver((records) => {
        seen.records += records.length;
    });
    observePanel(observer, element, { subtree: true, childList: true, attributes: true, characterData: true });
    seen.take = () => {
        seen.records += observer.takeRecords().length;
        const count = seen.records;
        seen.records = 0;
        return count;
    };
    seen.stop = () => observer.disconnect();
    return seen;
}

function omniChanges(element, status) {
    hostLink(element).omniEvent('omniChannelStatusChanged', {
        statusId: statusId(status),
        statusApiName: status,
        statusName: status,
        reason: 'OmniManualStatusChange'
    });
}

describe('c-presence-sync-panel with its utility closed', () => {
    panelTestPage();

    it('draws nothing while closed, keeps the utility bar and the sync going, and draws the latest view once on open', async () => {
        const { element, softphone, utility, text } = await mount();
        await flush();
        expect(text('omni')).toBe('Available');
        hostLink(element).utilityVisible(false);
        const dom = watchDom(element);
        modelled.length = 0;
        const sequence = ['Break', 'Lunch', 'Meeting', 'Available', 'Lunch', 'Break', 'Meeting', 'Lunch'];
        for (const status of sequence) {
            omniChanges(element, status);
            await flush();
        }
        // The sync ran: ContactPad took each change.
        expect(softphone.commands.length).toBeGreaterThanOrEqual(sequence.length);
        // Not one change in the panel's DOM while closed.
        expect(dom.take()).toBe(0);
        expect(text('omni')).toBe('Available');
        // The utility bar's state was worked out for each change (and set whenever it differed: announceUtility),
        // from the utility bar's own part of the model: the whole panel model was not built while closed.
        expect(announced.length).toBeGreaterThanOrEqual(sequence.length);
        expect(modelled).toEqual([]);
        expect(utility.length).toBeGreaterThan(0);
        // Open: the latest view, at once.
        hostLink(element).utilityVisible(true);
        await flush();
        expect(dom.take()).toBeGreaterThan(0);
        expect(text('omni')).toBe('Lunch');
        expect(text('softphone')).toBe('Away / Lunch');
        // The model is built once, for the latest view only.
        expect(modelled).toHaveLength(1);
        // Open again (a second "open" from the item): nothing to draw.
        hostLink(element).utilityVisible(true);
        await flush();
        expect(dom.take()).toBe(0);
        // And open, each change is drawn again.
        omniChanges(element, 'Break');
        await flush();
        expect(text('omni')).toBe('Break');
        dom.stop();
    });

    it('the utility bar says while closed what the drawn panel says: a warning stays highlighted', async () => {
        // Without the row for the Away category, Away / Training has no mapping at all (B9: a warning).
        const mappings = defaults.mappings.filter(
            (row) =>
                !(
                    row.Direction__c === 'SoftphoneToOmni' &&
                    row.Softphone_State__c === 'Away' &&
                    !row.Softphone_Minor_State__c
                )
        );
        const { element, softphone, utility } = await mount({}, 'Available', undefined, mappings);
        await flush();
        hostLink(element).utilityVisible(false);
        const dom = watchDom(element);
        modelled.length = 0;
        announced.length = 0;
        for (const state of [
            { major: 'Away', minor: 'Training' },
            { major: 'Ready', minor: null }
        ]) {
            softphone.client.state(state);
            await flush();
        }
        omniChanges(element, 'Lunch');
        await flush();
        expect(announced.length).toBeGreaterThanOrEqual(3);
        expect(utility.at(-1)).toEqual({ label: 'Presence Sync: check', icon: 'warning', highlighted: true });
        expect(dom.take()).toBe(0);
        expect(modelled).toEqual([]);
        // Opened, the whole model of the same view gives the same utility bar: nothing new to set.
        const said = utility.length;
        hostLink(element).utilityVisible(true);
        await flush();
        expect(modelled.length).toBe(1);
        expect(utility.length).toBe(said);
        dom.stop();
    });

    it.each([
        ['a focus', () => new FocusEvent('focusin', { bubbles: true, composed: true })],
        ['a pointer press', () => new MouseEvent('pointerdown', { bubbles: true, composed: true })]
    ])(
        'opened without a click (openUtility, a shortcut): %s inside the panel draws the latest view',
        async (_, make) => {
            // Review 6.8. Old code: the panel stayed on "Available" until the item said open, which it never did.
            const { element, text } = await mount();
            await flush();
            hostLink(element).utilityVisible(false);
            for (const status of ['Break', 'Lunch']) {
                omniChanges(element, status);
                await flush();
            }
            expect(text('omni')).toBe('Available');
            panelQuery(element, '[data-id="omni"]').dispatchEvent(make());
            await flush();
            expect(text('omni')).toBe('Lunch');
            omniChanges(element, 'Break');
            await flush();
            expect(text('omni')).toBe('Break');
        }
    );

    it('builds the template model once on open, however many views came while closed', async () => {
        const { element } = await mount();
        await flush();
        hostLink(element).utilityVisible(false);
        const rendered = jest.fn();
        const dom = watchDom(element);
        for (const status of ['Break', 'Lunch', 'Meeting', 'Break', 'Lunch']) {
            omniChanges(element, status);
            await flush();
        }
        expect(dom.take()).toBe(0);
        // One render pass on open: one batch of DOM changes in one microtask.
        const observer = new MutationObserver(rendered);
        observePanel(observer, element, { subtree: true, childList: true, characterData: true });
        hostLink(element).utilityVisible(true);
        await flush();
        observer.disconnect();
        expect(rendered).toHaveBeenCalledTimes(1);
        dom.stop();
    });

    it('a utility closed from the start draws its first view when opened', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        const omni = new FakeOmniToolkit(defaults.statuses, 'Available');
        const utility = [];
        let link = null;
        const call = (requestId, method, args) =>
            omni.call(method, args).then(
                (value) => link.toolkitResult(requestId, true, value),
                (error) => link.toolkitResult(requestId, false, error.message)
            );
        link = element.connectHost({ call, utilityState: (state) => utility.push(state) });
        omni.onEvent = (name, params) => link.omniEvent(name, params);
        link.utilityVisible(false);
        getConfiguration.mockResolvedValue({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: defaults.settings
        });
        document.body.appendChild(element);
        await flush(30, 3000);
        await flush(30, 3000);
        const starting = () => panelQuery(element, '[data-id="starting"]');
        // The sync has its first state (the utility bar shows it), the panel is still as it was drawn at load.
        expect(utility.length).toBeGreaterThan(0);
        expect(starting()).not.toBeNull();
        link.utilityVisible(true);
        await flush();
        expect(starting()).toBeNull();
        expect(panelQuery(element, '[data-id="headline"]')).not.toBeNull();
    });
});
