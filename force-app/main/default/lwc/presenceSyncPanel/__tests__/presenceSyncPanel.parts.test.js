// Issue 23: a change renders only the parts of the open panel it changed. LWC renders a component's whole template on
// each of its renders, and a child component only when one of its properties changed: the headline, the two sides,
// the live region (held change and notices) and the decisions list are child components, and the panel gives each
// the same object while its part says the same.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { hostLink, panelHarness, panelTestPage } from '../../../../../test/jest-support/panel-harness';

/** Each render of a child component, by part, as it comes (each child as shipped, its renders noted). */
const mockRenders = [];
function mockCounted(module, part) {
    const Shipped = jest.requireActual(module).default;
    return {
        __esModule: true,
        default: class extends Shipped {
            renderedCallback() {
                mockRenders.push(part);
            }
        }
    };
}
jest.mock('c/presenceSyncPanelHeadline', () => mockCounted('c/presenceSyncPanelHeadline', 'headline'));
jest.mock('c/presenceSyncPanelSides', () => mockCounted('c/presenceSyncPanelSides', 'sides'));
jest.mock('c/presenceSyncPanelNotices', () => mockCounted('c/presenceSyncPanelNotices', 'notices'));
jest.mock('c/presenceSyncPanelDecisions', () => mockCounted('c/presenceSyncPanelDecisions', 'decisions'));

const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

function omniChanges(element, status) {
    hostLink(element).omniEvent('omniChannelStatusChanged', {
        statusId: statusId(status),
        statusApiName: status,
        statusName: status,
        reason: 'OmniManualStatusChange'
    });
}

/** How many times each part rendered since the last call. */
function takeRenders() {
    const counts = { headline: 0, sides: 0, notices: 0, decisions: 0 };
    for (const part of mockRenders.splice(0)) counts[part]++;
    return counts;
}

describe('c-presence-sync-panel renders only the parts a change changed', () => {
    panelTestPage();

    it('an Omni-Channel change the softphone follows renders the sides and the decisions, not the headline or the notices', async () => {
        const { element, text } = await mount();
        await flush();
        expect(mockRenders).toEqual(expect.arrayContaining(['headline', 'sides', 'notices', 'decisions']));
        for (const status of ['Break', 'Lunch']) {
            takeRenders();
            omniChanges(element, status);
            await flush();
            expect(text('omni')).toBe(status);
            expect(text('softphone')).toBe(`Away / ${status}`);
            expect(text('headline')).toBe('In sync');
            const renders = takeRenders();
            expect(renders.sides).toBeGreaterThan(0);
            expect(renders.decisions).toBeGreaterThan(0);
            expect(renders).toMatchObject({ headline: 0, notices: 0 });
        }
    });

    it('a change held for a call renders the headline and the live region, which then say it', async () => {
        const { element, softphone, text } = await mount();
        await flush();
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        takeRenders();
        omniChanges(element, 'Lunch');
        await flush();
        const renders = takeRenders();
        expect(renders.headline).toBeGreaterThan(0);
        expect(renders.notices).toBeGreaterThan(0);
        expect(text('headline')).toBe('Lunch waits for the call to end');
        expect(text('held-line')).toBe('Waiting: Lunch, after the call');
    });

    it('the toggle of confirmations renders the decisions list alone', async () => {
        const { element } = await mount();
        await flush();
        omniChanges(element, 'Break');
        await flush();
        takeRenders();
        const toggle = element.shadowRoot
            .querySelector('c-presence-sync-panel-decisions')
            .shadowRoot.querySelector('[data-id="show-routine"]');
        toggle.click();
        await flush();
        expect(toggle.checked).toBe(true);
        expect(takeRenders()).toEqual({ headline: 0, sides: 0, notices: 0, decisions: 1 });
    });
});
