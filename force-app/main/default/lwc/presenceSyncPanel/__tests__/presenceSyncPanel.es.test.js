// The panel as a Spanish-speaking agent and admin see it (?lang=es in the simulator): every label is
// served its Spanish translation, and no English sentence may be left on screen.
import { createElement } from 'lwc';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import {
    connectFakeHost,
    drawnText,
    hostLink,
    panelHarness,
    panelQuery,
    panelQueryAll,
    panelTestPage
} from '../../../../../test/jest-support/panel-harness';

const { join } = require('node:path');
const { readLabels } = require('../../../../../../scripts/lib/custom-labels.cjs');

const repo = join(__dirname, '../../../../../..');
const english = readLabels(repo, 'en');
const spanish = readLabels(repo, 'es');
for (const [name, value] of Object.entries(spanish)) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
}
// Required after the Spanish labels are in place.
const PresenceSyncPanel = require('c/presenceSyncPanel').default;

const { defaults, statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

/** Labels whose English text is also the right Spanish text. */
const SAME = new Set(['Presence_Sync_Value', 'Presence_Sync_Omni_Heading', 'Presence_Sync_Softphone_Heading']);
const englishFragments = Object.entries(english)
    .filter(([name]) => name.startsWith('Presence_Sync_') && !SAME.has(name) && english[name] !== spanish[name])
    .flatMap(([, value]) => value.split(/\{\d+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.split(/\s+/).length >= 2);

/** Everything a person reads or hears: text, accessible names and icon alternative text. */
function whatIsShown(element) {
    const texts = [drawnText(element.shadowRoot.querySelector('section')).replace(/\s+/g, ' ')];
    for (const node of panelQueryAll(element, '[aria-label], [title]')) {
        texts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '');
    }
    for (const node of panelQueryAll(element, 'lightning-icon, lightning-button')) {
        texts.push(node.alternativeText ?? '', node.label ?? '');
    }
    return texts.join(' | ');
}

describe('c-presence-sync-panel in Spanish', () => {
    panelTestPage();

    it('shows the sync, a held change, a configuration problem and the decisions with no English left', async () => {
        const mappings = [...defaults.mappings, { DeveloperName: 'Broken_Row', Direction__c: 'Sideways' }];
        const { element, softphone, text } = await mount({}, 'Available', undefined, mappings);
        expect(text('omni')).toBe('Available');
        softphone.client.interactionStarted('call-1', 'inbound');
        softphone.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        await flush();
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(text('headline')).toBe('Lunch espera a que termine la llamada');
        expect(text('held')).toBe('Tras esta llamada, su softphone seguirá su cambio de Omni-Channel a Lunch.');
        expect(text('interaction')).toBe('En una interacción');
        element.shadowRoot.querySelector('[data-id="details-toggle"]').click();
        await flush();
        const decisions = panelQueryAll(element, '[data-id="decision-text"]').map((p) => p.textContent.trim());
        expect(decisions).toContain(
            'Usted cambió Omni-Channel a Lunch. La sincronización retiene Lunch hasta que termine la llamada.'
        );
        const shown = whatIsShown(element);
        // The configuration problem names the record type in Spanish.
        expect(shown).toContain('Asignación de presencia «Broken_Row»');
        const leaks = englishFragments.filter((fragment) => shown.includes(fragment));
        expect(leaks).toEqual([]);
    });

    it('says "Connecting to the softphone…" in Spanish while the softphone page loads', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        getConfiguration.mockResolvedValue({
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: 'https://contactpad.example.com/pad' }
        });
        const link = connectFakeHost(element, { call: (requestId) => link.toolkitResult(requestId, false, 'x') });
        document.body.appendChild(element);
        // Past the start-up hold (the panel waits up to 2 s for a first state), the softphone still silent.
        await flush(30, 2000);
        expect(panelQuery(element, '[data-id="headline"]').textContent).toBe('Conectando con el softphone…');
    });
});
