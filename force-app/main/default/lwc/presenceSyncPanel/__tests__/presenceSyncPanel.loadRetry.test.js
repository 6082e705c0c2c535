// Issue 21.4: a configuration that fails to load says what to do, offers Retry, and still loads the last softphone
// page without sync; a Retry that succeeds starts the sync normally.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { panelHarness, panelQuery, panelTestPage } from '../../../../../test/jest-support/panel-harness';

const { SOFTPHONE_ORIGIN, defaults, omniChannel, softphoneIn, flush } = panelHarness({
    createElement,
    PresenceSyncPanel,
    getConfiguration
});

const CONFIGURATION = {
    mappings: defaults.mappings,
    statuses: defaults.statuses,
    settings: { ...defaults.settings, Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad` }
};

/** A console reload after an earlier, configured load saved the tabs' secret and the Softphone URL. */
function savedEarlier() {
    localStorage.setItem('omniPresenceSync:005000000000001AAA:tabSecret', 'k7q2m9x4w1z8c3v6b5n0p2r4');
    localStorage.setItem('omniPresenceSync:005000000000001AAA:softphoneUrl', `${SOFTPHONE_ORIGIN}/pad`);
}

async function mountFailing(failure) {
    if (failure === null) getConfiguration.mockResolvedValueOnce(null);
    else getConfiguration.mockRejectedValueOnce(failure);
    const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
    const omni = omniChannel(element);
    document.body.appendChild(element);
    await flush(30, 1000);
    const shadow = element.shadowRoot;
    const text = (id) => panelQuery(element, `[data-id="${id}"]`)?.textContent ?? null;
    return { element, omni, shadow, text };
}

describe('c-presence-sync-panel: a configuration that fails to load (issue 21.4)', () => {
    panelTestPage();

    it('says what to do with the error to quote, keeps the saved softphone page without sync, and Retry starts the sync', async () => {
        savedEarlier();
        const { element, omni, shadow, text } = await mountFailing({
            body: { message: 'configuration-unreadable:System.QueryException' }
        });
        expect(text('load-error-action')).toBe(
            'Select Retry. If it keeps failing, tell your Salesforce admin and quote this error: ' +
                'configuration-unreadable (System.QueryException)'
        );
        expect(text('load-error-sync-off')).toBe(
            'The sync is off until the configuration loads: your softphone below still takes calls, and your ' +
                'Omni-Channel status changes only by hand.'
        );
        // The softphone page the last configured driver saved is in its frame; nothing acts on Omni-Channel.
        const frame = shadow.querySelector('iframe');
        expect(frame.getAttribute('src')).toBe(`${SOFTPHONE_ORIGIN}/pad`);
        expect(omni.calls).toEqual([]);
        softphoneIn(element);
        frame.dispatchEvent(new CustomEvent('load'));
        await flush();

        getConfiguration.mockResolvedValueOnce(CONFIGURATION);
        shadow.querySelector('[data-id="load-retry"]').click();
        await flush(30, 200);
        expect(shadow.querySelector('[data-id="load-error"]')).toBeNull();
        expect(shadow.querySelector('iframe')).toBe(frame);
        expect(text('headline')).toBe('In sync');
        expect(text('connection')).toContain('Connected');
        expect(omni.calls.map((c) => c.method)).toContain('getServicePresenceStatusId');
    });

    it('an answer with no configuration in it is a failure too; a Retry that fails again keeps the box and the Retry', async () => {
        const { shadow, text } = await mountFailing(null);
        expect(text('load-error-action')).toBe(
            'Select Retry. If it keeps failing, tell your Salesforce admin and quote this error: ' +
                'configuration-unreadable (NoConfiguration)'
        );
        // No saved softphone page (a first start): the box does not promise one.
        expect(shadow.querySelector('iframe')).toBeNull();
        expect(text('load-error-sync-off')).toBe(
            'The sync is off until the configuration loads: your Omni-Channel status changes only by hand.'
        );
        getConfiguration.mockRejectedValueOnce({ status: 500, body: { message: 'Server error' } });
        shadow.querySelector('[data-id="load-retry"]').click();
        await flush(30, 200);
        expect(text('load-error-action')).toBe(
            'Select Retry. If it keeps failing, tell your Salesforce admin and quote this error: request-failed (HTTP 500)'
        );
        expect(shadow.querySelector('[data-id="load-retry"]')).not.toBeNull();
        expect(text('headline')).toBeNull();
    });
});
