import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import {
    connectFakeHost,
    hostLink,
    panelHarness,
    panelQuery,
    panelQueryAll,
    panelTestPage
} from '../../../../../test/jest-support/panel-harness';

const { SOFTPHONE_ORIGIN, defaults, statusId, omniChannel, softphoneIn, blobText, flush, mount } = panelHarness({
    createElement,
    PresenceSyncPanel,
    getConfiguration
});

describe('c-presence-sync-panel', () => {
    panelTestPage();

    it('starts by itself: reads Omni, connects the softphone, and shows both sides in sync', async () => {
        const { omni, utility, text } = await mount();
        expect(omni.calls.map((c) => c.method).slice(0, 3)).toEqual([
            'getServicePresenceStatusId',
            'getAgentWorks',
            'getAgentWorkload'
        ]);
        expect(text('headline')).toBe('In sync');
        expect(text('omni')).toBe('Available');
        expect(text('softphone')).toBe('Ready');
        expect(text('connection')).toContain('Connected');
        expect(utility.at(-1)).toEqual({ label: 'Presence Sync', icon: 'sync', highlighted: false });
    });

    it('B1: a softphone state change sets the mapped Omni status', async () => {
        const { omni, softphone, text } = await mount();
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(text('omni')).toBe('Lunch');
    });

    it('B2: an Omni status change sets the mapped softphone state', async () => {
        const { element, softphone, text } = await mount();
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Break'),
            statusApiName: 'Break',
            statusName: 'Break',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(softphone.commands).toEqual([
            expect.objectContaining({ type: 'setState', state: { major: 'Away', minor: 'Break' } })
        ]);
        expect(text('softphone')).toBe('Away / Break');
    });

    it('B4: logging out of the softphone logs out of Omni', async () => {
        const { omni, softphone, text } = await mount();
        softphone.client.logout('agent');
        await flush();
        expect(omni.presenceCalls()).toEqual(['logout']);
        expect(text('omni')).toBe('Offline');
    });

    it('B5: a supervisor logging the agent out of Omni logs the softphone out', async () => {
        const { element, softphone, text } = await mount();
        hostLink(element).omniEvent('omniChannelLogout', { reason: 'OmniSupervisorLogout' });
        await flush();
        expect(softphone.commands).toEqual([expect.objectContaining({ type: 'logout' })]);
        expect(text('softphone')).toBe('Logged out');
    });

    it('B7: accepted Omni work puts the softphone in Busy Inbound', async () => {
        const { element, softphone } = await mount();
        hostLink(element).omniEvent('omniChannelWorkAccepted', {
            workId: '0BZ000000000001AAA',
            workItemId: '500000000000001AAA'
        });
        await flush();
        expect(softphone.commands).toContainEqual(
            expect.objectContaining({ type: 'setState', state: { major: 'Busy Inbound', minor: null }, reason: 'work' })
        );
    });

    it('B10: after an inbound call the pre-call status is restored', async () => {
        const { element, omni, softphone, text } = await mount({ Revert_After_Inbound__c: true });
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Available_For_Chats'),
            statusApiName: 'Available_For_Chats',
            reason: 'OmniManualStatusChange'
        });
        omni.status = 'Available_For_Chats';
        await flush();
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        softphone.client.state({ major: 'Wrap', minor: null }, 'system');
        await flush();
        softphone.client.interactionEnded('call-1');
        softphone.client.state({ major: 'Ready', minor: null }, 'system');
        await flush();
        expect(omni.presenceCalls()).toEqual([
            'setServicePresenceStatus On_a_Call',
            'setServicePresenceStatus After_Call_Work',
            'setServicePresenceStatus Available_For_Chats'
        ]);
        expect(text('omni')).toBe('Available for Chats');
    });

    it('B11: an Omni change during a call is held, shown, and applied when the call ends', async () => {
        const { element, softphone, text } = await mount();
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(text('held')).toBe('After this call your softphone follows your Omni-Channel change to Lunch.');
        expect(text('headline')).toBe('Lunch waits for the call to end');
        expect(text('interaction')).toBe('On an interaction');
        expect(softphone.commands).toEqual([]);
        softphone.client.interactionEnded('call-1');
        softphone.client.state({ major: 'Ready', minor: null }, 'system');
        await flush();
        expect(text('held')).toBeNull();
        expect(softphone.commands).toEqual([
            expect.objectContaining({ type: 'setState', state: { major: 'Away', minor: 'Lunch' } })
        ]);
    });

    it('S1: a message from another origin or window is counted and changes nothing', async () => {
        const { element, omni, softphone, text } = await mount();
        const calls = omni.calls.length;
        const forged = {
            protocol: 'omni-presence-bridge',
            version: 1,
            id: 'evil-1',
            type: 'state',
            payload: { state: { major: 'Away', minor: 'Lunch' }, cause: 'agent' }
        };
        window.dispatchEvent(
            new MessageEvent('message', {
                data: forged,
                origin: 'https://evil.example.com',
                source: softphone.frame.contentWindow
            })
        );
        window.dispatchEvent(new MessageEvent('message', { data: forged, origin: SOFTPHONE_ORIGIN, source: window }));
        window.dispatchEvent(
            new MessageEvent('message', {
                data: '<img src=x onerror=alert(1)>',
                origin: SOFTPHONE_ORIGIN,
                source: softphone.frame.contentWindow
            })
        );
        await flush(30, 300);
        expect(omni.calls.length).toBe(calls);
        expect(text('rejected')).toBe('Rejected softphone messages: 3');
        expect(panelQuery(element, 'img')).toBeNull();
    });

    it('reports a configuration that cannot be read, by the cause Apex names (never the exception text)', async () => {
        getConfiguration.mockRejectedValue({ body: { message: 'configuration-unreadable:System.QueryException' } });
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        connectFakeHost(element);
        document.body.appendChild(element);
        await flush();
        expect(panelQuery(element, '[data-id="load-error"] p').textContent).toBe(
            'The presence sync configuration could not be loaded: Salesforce could not read the mappings, settings ' +
                'or presence statuses; ask your Salesforce admin to check your Presence Sync Agent permission set ' +
                '(the support export names the error)'
        );
    });

    it('B18: on a console reload the softphone frame loads while Apex reads the configuration, and the sync starts when it answers', async () => {
        // The earlier load saved the tabs' secret and the configured Softphone URL.
        localStorage.setItem('omniPresenceSync:005000000000001AAA:tabSecret', 'k7q2m9x4w1z8c3v6b5n0p2r4');
        localStorage.setItem('omniPresenceSync:005000000000001AAA:softphoneUrl', `${SOFTPHONE_ORIGIN}/pad`);
        let answer;
        getConfiguration.mockReturnValue(
            new Promise((resolve) => {
                answer = resolve;
            })
        );
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        const omni = omniChannel(element);
        document.body.appendChild(element);
        await flush(30, 1000);
        // Apex has not answered: the frame is there already, nothing else is shown, Omni is not read yet.
        const frame = panelQuery(element, 'iframe');
        expect(frame.getAttribute('src')).toBe(`${SOFTPHONE_ORIGIN}/pad`);
        expect(panelQuery(element, '[data-id="headline"]')).toBeNull();
        expect(omni.calls).toEqual([]);
        softphoneIn(element);
        frame.dispatchEvent(new CustomEvent('load'));
        await flush();
        answer({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad` }
        });
        await flush(30, 100);
        // The same frame (not reloaded) connects at once; both sides in sync.
        expect(panelQuery(element, 'iframe')).toBe(frame);
        expect(panelQuery(element, '[data-id="headline"]').textContent).toBe('In sync');
        expect(panelQuery(element, '[data-id="connection"]').textContent).toContain('Connected');
        expect(getConfiguration).toHaveBeenCalledTimes(1);
    });

    it('says so when no softphone is configured, and names configuration problems for admins', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        omniChannel(element);
        getConfiguration.mockResolvedValue({
            mappings: [...defaults.mappings, { DeveloperName: 'Broken_Row', Direction__c: 'Sideways' }],
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: null }
        });
        document.body.appendChild(element);
        // The first view comes with the first save after Omni-Channel's answer (25 ms).
        await flush(30, 1000);
        await flush();
        expect(panelQuery(element, 'iframe')).toBeNull();
        expect(panelQuery(element, '[data-id="no-softphone"]').textContent).toContain('No softphone URL is configured');
        const notices = panelQueryAll(element, '[data-id="notices"] li').map((li) => li.textContent.trim());
        const broken = notices.find((notice) => notice.startsWith('Presence Mapping “Broken_Row”'));
        expect(broken).toContain('Sideways');
    });

    it('B17: says "Connecting to the softphone…" without alarm until the softphone answers', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        const utility = [];
        omniChannel(element, 'Available', utility);
        getConfiguration.mockResolvedValue({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad` }
        });
        document.body.appendChild(element);
        // Past the start-up hold (the panel waits up to 2 s for a first state), the softphone still silent.
        await flush(30, 2000);
        expect(panelQuery(element, '[data-id="headline"]').textContent).toBe('Connecting to the softphone…');
        expect(panelQuery(element, '[data-id="notices"]')).toBeNull();
        expect(utility.at(-1)).toEqual({ label: 'Presence Sync', icon: 'sync', highlighted: false });
    });

    it('B11: the held change is said in words, in a live region, and the headline does not say "In sync"', async () => {
        const { element, softphone, text } = await mount();
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Available_For_Chats'),
            statusApiName: 'Available_For_Chats',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(text('headline')).toBe('Available for Chats waits for the call to end');
        // The status's label, not its API name.
        expect(text('held')).toContain('Available for Chats');
        const held = panelQuery(element, '[data-id="held-box"]');
        expect(held.closest('[aria-live="polite"]')).not.toBeNull();
        expect(held.querySelector('lightning-icon').alternativeText).toBe('Held change');
    });

    it('B9: an unmapped softphone state is said once, with what to do, and clears when the state is left', async () => {
        // Without the row for the Away category, Away / Training has no mapping at all.
        const mappings = defaults.mappings.filter(
            (row) =>
                !(
                    row.Direction__c === 'SoftphoneToOmni' &&
                    row.Softphone_State__c === 'Away' &&
                    !row.Softphone_Minor_State__c
                )
        );
        const { softphone, utility, element } = await mount({}, 'Available', undefined, mappings);
        const notices = () => [...panelQueryAll(element, '[data-id="notices"] li')].map((li) => li.textContent.trim());
        const before = notices();
        softphone.client.state({ major: 'Away', minor: 'Training' });
        await flush();
        const unmapped = notices().filter((notice) => notice.includes('Omni-Channel was not changed'));
        expect(unmapped).toEqual([
            'Your softphone is in Away / Training, which has no mapping, so Omni-Channel was not changed. Set your Omni-Channel status yourself if it should change.'
        ]);
        expect(utility.at(-1).highlighted).toBe(true);
        softphone.client.state({ major: 'Ready', minor: null });
        await flush();
        expect(notices()).toEqual(before);
    });

    it('B20: the decisions list reads as sentences with the rule names, behind an expandable section', async () => {
        const { element, softphone } = await mount();
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        const toggle = panelQuery(element, '[data-id="details-toggle"]');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(panelQuery(element, '[data-id="details"]').hidden).toBe(true);
        toggle.click();
        await flush();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(panelQuery(element, '[data-id="details"]').hidden).toBe(false);
        const sentences = [...panelQueryAll(element, '[data-id="decision-text"]')].map((p) => p.textContent.trim());
        const rules = [...panelQueryAll(element, '[data-id="decision-rule"]')].map((p) => p.textContent.trim());
        expect(sentences).toContain('You set the softphone to Away / Lunch. The sync set Omni-Channel to Lunch.');
        expect(rules.some((line) => line.endsWith('B1 Softphone sets Omni-Channel'))).toBe(true);
        expect(sentences.filter((line) => /result \w+ ok|stateChanged|statusChanged/.test(line))).toEqual([]);
    });

    it('B20: exports a support bundle and the decisions through a Blob URL, with dated file names', async () => {
        const { element, softphone } = await mount();
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        const blobs = [];
        const created = jest.fn((blob) => {
            blobs.push(blob);
            return `blob:${SOFTPHONE_ORIGIN}/${blobs.length}`;
        });
        const revoked = jest.fn();
        const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
        URL.createObjectURL = created;
        URL.revokeObjectURL = revoked;
        try {
            const timers = jest.spyOn(window, 'setTimeout');
            const link = panelQuery(element, 'a');
            const clicks = [];
            link.click = () => clicks.push({ href: link.href, download: link.download });
            panelQuery(element, '[data-id="export-csv"]').dispatchEvent(new CustomEvent('click'));
            await flush();
            panelQuery(element, '[data-id="export-json"]').dispatchEvent(new CustomEvent('click'));
            await flush();
            expect(created).toHaveBeenCalledTimes(2);
            // Lightning Web Security refuses a Blob URL for a type off its allow-list or with parameters.
            expect(blobs.map((blob) => blob.type)).toEqual(['text/plain', 'application/json']);
            expect(clicks.map((c) => c.href.startsWith('blob:'))).toEqual([true, true]);
            expect(clicks[0].download).toMatch(/^presence-sync-decisions-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
            expect(clicks[1].download).toMatch(/^presence-sync-support-\d{4}-\d\d-\d\d-\d{4}\.json$/);
            // The Blob URL outlives the click (the browser reads it afterwards), then is revoked.
            expect(revoked).not.toHaveBeenCalled();
            const revokers = timers.mock.calls.filter(([, delay]) => delay === 60000);
            expect(revokers).toHaveLength(2);
            revokers.forEach(([callback]) => callback());
            timers.mockRestore();
            expect(revoked).toHaveBeenCalledTimes(2);
            const csv = await blobText(blobs[0]);
            expect(csv.split('\r\n')[0]).toBe(
                '"Number","Time","Rule","Rule name","What happened","What the sync did","Detail","Command codes",' +
                    '"Who acted","User","Package version","Softphone version","Event"'
            );
            expect(csv).toContain('"You set the softphone to Away / Lunch.","The sync set Omni-Channel to Lunch."');
            const bundle = JSON.parse(await blobText(blobs[1]));
            expect(bundle).toMatchObject({
                exportedBy: '005000000000001AAA',
                softphone: { name: 'Vonage ContactPad' },
                settings: { Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad` },
                tab: 'The tab that drives the sync: the full decision log.'
            });
            expect(bundle.mappings.length).toBe(defaults.mappings.length);
            expect(bundle.decisions.length).toBeGreaterThan(0);
        } finally {
            URL.createObjectURL = original.create;
            URL.revokeObjectURL = original.revoke;
        }
    });

    it('puts the configuration problem on the utility bar when the configuration cannot be read', async () => {
        getConfiguration.mockRejectedValue({ body: { message: 'no access' } });
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        const utility = [];
        connectFakeHost(element, { utilityState: (detail) => utility.push(detail) });
        document.body.appendChild(element);
        await flush();
        expect(utility).toEqual([{ label: 'Presence Sync: problem', icon: 'error', highlighted: true }]);
    });

    it('is accessible with a held change, notices and the decisions open, and names run no text together', async () => {
        const mappings = [...defaults.mappings, { DeveloperName: 'Broken_Row', Direction__c: 'Sideways' }];
        const { element, softphone } = await mount({}, 'Available', undefined, mappings);
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        panelQuery(element, '[data-id="details-toggle"]').click();
        await flush();
        // Notices and the held change are announced: they sit in a live region.
        expect(panelQuery(element, '[data-id="notices"]').closest('[aria-live="polite"]')).not.toBeNull();
        expect(panelQuery(element, '[data-id="held"]').closest('[aria-live="polite"]')).not.toBeNull();
        // Every icon that means something has alternative text.
        const icons = panelQueryAll(element, '.headline lightning-icon, .notice lightning-icon, .held lightning-icon');
        expect(icons.length).toBeGreaterThan(2);
        expect(icons.filter((icon) => !icon.alternativeText)).toEqual([]);
        // The decisions' lines keep their words apart ("B11 No change", never "B11No change").
        const ruleLines = panelQueryAll(element, '[data-id="decision-rule"]').map((p) => p.textContent);
        expect(ruleLines.some((line) => / · B11 No change during a call$/.test(line))).toBe(true);
        expect(panelQuery(element, '[data-id="connection"]').textContent.replace(/\s+/g, ' ')).toMatch(
            /Connected · Vonage ContactPad/
        );
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('is accessible', async () => {
        const { element } = await mount();
        panelQuery(element, '[data-id="details-toggle"]').click();
        await flush();
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });
});

describe('the service module under test', () => {
    it('is the TypeScript source in src-ts/, not the generated file', () => {
        expect(require.resolve('c/presenceSync')).toMatch(/src-ts[\\/]lwc[\\/]presenceSync\.ts$/);
    });

    it('ships without a source map reference; a local source map is neither committed nor deployed', () => {
        const { readFileSync } = require('node:fs');
        const { join } = require('node:path');
        const repo = join(__dirname, '../../../../../..');
        const shipped = readFileSync(join(repo, 'force-app/main/default/lwc/presenceSync/presenceSync.js'), 'utf8');
        expect(shipped).not.toMatch(/sourceMappingURL/);
        expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toMatch(
            /^force-app\/main\/default\/lwc\/presenceSync\/\*\.map$/m
        );
        expect(readFileSync(join(repo, '.forceignore'), 'utf8')).toMatch(/^\*\*\/\*\.js\.map$/m);
    });
});
