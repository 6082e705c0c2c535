// The held change in the panel (issue 21, item 5): one line naming what waits, which opens to the sentence, so that
// at 340×480 the softphone's frame keeps its room during the call (the layout itself: scripts/e2e/fit.test.mjs).
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { hostLink, panelHarness, panelQuery, panelTestPage } from '../../../../../test/jest-support/panel-harness';

const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

async function holdAChange() {
    const mounted = await mount();
    mounted.softphone.client.interactionStarted('call-1', 'inbound');
    mounted.softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
    await flush();
    hostLink(mounted.element).omniEvent('omniChannelStatusChanged', {
        statusId: statusId('Available_For_Chats'),
        statusApiName: 'Available_For_Chats',
        reason: 'OmniManualStatusChange'
    });
    await flush();
    return mounted;
}

describe('c-presence-sync-panel: the held change on one line', () => {
    panelTestPage();

    it('shows what waits on one closed line, the sentence behind it', async () => {
        const { element, text } = await holdAChange();
        const box = panelQuery(element, '[data-id="held-box"]');
        expect(box.tagName).toBe('DETAILS');
        expect(box.open).toBe(false);
        const summary = box.querySelector('summary');
        expect(summary.getAttribute('data-id')).toBe('held-toggle');
        expect(text('held-line')).toBe('Waiting: Available for Chats, after the call');
        // The line is the summary's text; the sentence is the disclosed part, not in the summary.
        expect(summary.contains(panelQuery(element, '[data-id="held-line"]'))).toBe(true);
        expect(summary.contains(panelQuery(element, '[data-id="held"]'))).toBe(false);
        expect(text('held')).toBe(
            'After this call your softphone follows your Omni-Channel change to Available for Chats.'
        );
        expect(summary.querySelector('lightning-icon').alternativeText).toBe('Held change');
        // Still announced: the box stays in the panel's live region.
        expect(box.closest('[aria-live="polite"]')).not.toBeNull();
    });

    it('goes when the call ends and the change is applied', async () => {
        const { element, softphone, text } = await holdAChange();
        softphone.client.interactionEnded('call-1');
        softphone.client.state({ major: 'Ready', minor: null }, 'system');
        await flush(20);
        expect(text('held-line')).toBeNull();
        expect(panelQuery(element, '[data-id="held-box"]')).toBeNull();
    });
});
