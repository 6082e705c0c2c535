// Security review items the agent's panel shows (docs/security-review.md): the softphone frame asks for
// the camera only where the Softphone Camera setting does, never loads an http: page, and a configuration
// that cannot be read is worded by its cause, with the exception's type name in the support export only.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import {
    connectFakeHost,
    panelHarness,
    panelQuery,
    panelQueryAll,
    panelTestPage
} from '../../../../../test/jest-support/panel-harness';

const { SOFTPHONE_ORIGIN, defaults, omniChannel, softphoneIn, blobText, flush, mount } = panelHarness({
    createElement,
    PresenceSyncPanel,
    getConfiguration
});

const SAVED_URL_KEY = 'omniPresenceSync:005000000000001AAA:softphoneUrl';
const frames = (element) => [...panelQueryAll(element, 'iframe')];
const permissions = (frame) =>
    frame
        .getAttribute('allow')
        .split(';')
        .map((part) => part.trim());

describe('c-presence-sync-panel: security review', () => {
    panelTestPage();

    it('the softphone frame may ask for the microphone, not the camera, by default', async () => {
        const { element, text } = await mount();
        expect(frames(element)).toHaveLength(1);
        expect(permissions(frames(element)[0])).toEqual(['microphone', 'autoplay', 'clipboard-write']);
        expect(text('headline')).toBe('In sync');
    });

    it('the camera only where Softphone Camera asks for it, and the frame still connects', async () => {
        const { element, text } = await mount({ Softphone_Camera__c: true });
        expect(frames(element)).toHaveLength(1);
        expect(permissions(frames(element)[0])).toEqual(['microphone', 'camera', 'autoplay', 'clipboard-write']);
        expect(frames(element)[0].getAttribute('src')).toBe(`${SOFTPHONE_ORIGIN}/pad`);
        expect(text('headline')).toBe('In sync');
    });

    it('an early frame has no camera; with Softphone Camera on, the configured frame replaces it', async () => {
        localStorage.setItem(SAVED_URL_KEY, `${SOFTPHONE_ORIGIN}/pad`);
        let answer;
        getConfiguration.mockReturnValue(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        omniChannel(element);
        document.body.appendChild(element);
        await flush(30, 1000);
        const early = frames(element)[0];
        expect(permissions(early)).not.toContain('camera');
        answer({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad`, Softphone_Camera__c: true }
        });
        await flush(30, 100);
        expect(frames(element)).toHaveLength(1);
        expect(frames(element)[0]).not.toBe(early);
        expect(permissions(frames(element)[0])).toContain('camera');
        softphoneIn(element);
        frames(element)[0].dispatchEvent(new CustomEvent('load'));
        await flush(30, 100);
        expect(panelQuery(element, '[data-id="headline"]').textContent).toBe('In sync');
    });

    it('never loads an http: Softphone URL, configured or saved by an earlier start', async () => {
        localStorage.setItem(SAVED_URL_KEY, 'http://contactpad.example.com/pad');
        let answer;
        getConfiguration.mockReturnValue(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        omniChannel(element);
        document.body.appendChild(element);
        await flush(30, 1000);
        expect(frames(element)).toEqual([]);
        answer({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: 'http://contactpad.example.com/pad' }
        });
        await flush(30, 1000);
        await flush();
        expect(frames(element)).toEqual([]);
        // The admin is told why (the panel's configuration notice, worded as in Setup).
        const notices = panelQuery(element, '[data-id="notices"]')?.textContent ?? '';
        expect(notices).toContain('http://contactpad.example.com/pad');
        expect(notices).toContain('must be https');
        expect(localStorage.getItem(SAVED_URL_KEY)).toBeNull();
    });

    it('words a failure without a cause code as a failed request, never with its text', async () => {
        getConfiguration.mockRejectedValue({
            status: 500,
            body: { message: 'List has no rows for assignment to SObject: SELECT Secret__c FROM Thing__c' }
        });
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        connectFakeHost(element);
        document.body.appendChild(element);
        await flush();
        const alert = panelQuery(element, '[data-id="load-error"] p').textContent;
        expect(alert).toBe('The presence sync configuration could not be loaded: the request failed');
        expect(alert).not.toContain('Secret__c');
    });

    it("exports the cause and Apex's exception type, never the exception text, when loading failed", async () => {
        getConfiguration.mockRejectedValue({ body: { message: 'configuration-unreadable:System.QueryException' } });
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        omniChannel(element);
        document.body.appendChild(element);
        await flush(30, 1000);
        const blobs = [];
        const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
        URL.createObjectURL = (blob) => {
            blobs.push(blob);
            return `blob:${SOFTPHONE_ORIGIN}/${blobs.length}`;
        };
        URL.revokeObjectURL = () => {};
        try {
            const clicks = [];
            panelQuery(element, 'a').click = function click() {
                clicks.push(this.download);
            };
            panelQuery(element, '[data-id="export-failure"]').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(clicks).toHaveLength(1);
            expect(clicks[0]).toMatch(/^presence-sync-support-\d{4}-\d\d-\d\d-\d{4}\.json$/);
            expect(blobs[0].type).toBe('application/json');
            expect(JSON.parse(await blobText(blobs[0]))).toMatchObject({
                product: 'Omni Presence Sync',
                exportedBy: '005000000000001AAA',
                configurationError: { cause: 'configuration-unreadable', detail: 'System.QueryException' }
            });
        } finally {
            URL.createObjectURL = original.create;
            URL.revokeObjectURL = original.revoke;
        }
    });
});
