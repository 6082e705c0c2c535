// Issue 23: the open panel redraws only what changed. A change writes the texts that changed and adds the new
// decision's row; the words already shown (every earlier decision's, the headings, the two sides when they stay) are
// not written again, and the rows already drawn stay the same elements.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import {
    hostLink,
    observePanel,
    panelHarness,
    panelQueryAll,
    panelTestPage
} from '../../../../../test/jest-support/panel-harness';

const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

function omniChanges(element, status) {
    hostLink(element).omniEvent('omniChannelStatusChanged', {
        statusId: statusId(status),
        statusApiName: status,
        statusName: status,
        reason: 'OmniManualStatusChange'
    });
}

/** Every text written in the panel's shadow tree and its child components', with what it said before. */
function watchTexts(element) {
    const written = [];
    const observer = new MutationObserver((records) => {
        for (const record of records)
            if (record.type === 'characterData') written.push({ was: record.oldValue, now: record.target.data });
    });
    observePanel(observer, element, { subtree: true, characterData: true, characterDataOldValue: true });
    return {
        take() {
            for (const record of observer.takeRecords())
                if (record.type === 'characterData') written.push({ was: record.oldValue, now: record.target.data });
            return written.splice(0);
        },
        stop: () => observer.disconnect()
    };
}

const rows = (element) => [...panelQueryAll(element, '[data-id="decisions"] li')];

describe('c-presence-sync-panel redraws only what changed', () => {
    panelTestPage();

    it('a change writes no text that stays the same and keeps the rows already drawn', async () => {
        const { element, text } = await mount();
        await flush();
        for (const status of ['Break', 'Lunch']) {
            omniChanges(element, status);
            await flush();
        }
        const before = rows(element);
        expect(before.length).toBeGreaterThan(1);
        const texts = watchTexts(element);
        omniChanges(element, 'Meeting');
        await flush();
        expect(text('omni')).toBe('Meeting');
        const written = texts.take();
        // Something was written (the sides), and nothing was written over with the words it already said.
        expect(written.length).toBeGreaterThan(0);
        expect(written.filter((w) => w.was === w.now)).toEqual([]);
        // The earlier rows are the same elements, still in the list, their words untouched.
        const after = rows(element);
        expect(after.length).toBeGreaterThan(before.length - 1);
        expect(before.filter((row) => after.includes(row)).length).toBeGreaterThanOrEqual(before.length - 1);
        texts.stop();
    });
});
