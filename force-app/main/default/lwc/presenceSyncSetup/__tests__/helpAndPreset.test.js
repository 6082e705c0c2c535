// Issue 22, review item 11: the help above a list says to choose from it (not "API name of…"), with no other
// softphone's example; the settings headings sit on their own line; the preset message names the settings emptied.
import { createElement } from 'lwc';
import PresenceSyncSetup from 'c/presenceSyncSetup';
import getSetup from '@salesforce/apex/PresenceSyncSetupController.getSetup';
import getPresenceStatuses from '@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses';
import { LABELS } from '../labels';

const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

jest.mock('@salesforce/apex/PresenceSyncSetupController.getSetup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PresenceSyncSetupController.saveRecords', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PresenceSyncSetupController.getDeployStatus', () => ({ default: jest.fn() }), {
    virtual: true
});

const ROOT = join(__dirname, '../../../../../..');
const DEFAULTS = JSON.parse(readFileSync(join(ROOT, 'src-ts/test-support/package-defaults.generated.json'), 'utf8'));
const statuses = DEFAULTS.statuses;
function describedFields(objectName) {
    const dir = join(ROOT, 'force-app/main/default/objects', objectName, 'fields');
    return readdirSync(dir).map((file) => {
        const xml = readFileSync(join(dir, file), 'utf8');
        const tag = (name) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? null;
        const type = { Checkbox: 'BOOLEAN', Number: 'DOUBLE', Picklist: 'PICKLIST' }[tag('type')] ?? 'STRING';
        return { name: tag('fullName'), label: tag('label'), helpText: tag('inlineHelpText'), type, options: [] };
    });
}

const SETTING_FIELDS = describedFields('Presence_Sync_Setting__mdt');

const mappings = () => DEFAULTS.mappings.map((record) => ({ ...record }));

const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
};
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function mount() {
    const element = createElement('c-presence-sync-setup', { is: PresenceSyncSetup });
    document.body.appendChild(element);
    for (let i = 0; i < 5; i++) await flush();
    return element;
}

beforeEach(() => {
    getSetup.mockResolvedValue({
        mappings: mappings(),
        settings: { ...DEFAULTS.settings },
        settingFields: SETTING_FIELDS,
        mappingFields: describedFields('Presence_Mapping__mdt'),
        loadedAt: '2026-12-06T09:00:00.000Z'
    });
    getPresenceStatuses.mockResolvedValue(statuses);
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    sessionStorage.clear();
});

const helps = (element) =>
    Object.fromEntries(
        [...element.shadowRoot.querySelectorAll('div[data-field]')].map((div) => [
            div.dataset.field,
            div.querySelector('.setting-help')?.textContent.trim()
        ])
    );

async function applyTalkdesk(element) {
    const preset = $(element, '[data-id="softphone-preset"]');
    preset.value = 'talkdesk';
    preset.dispatchEvent(new CustomEvent('change'));
    await flush();
    $(element, '[data-id="apply-preset"]').click();
    await flush();
}

describe('issue 22.r11: help texts for lists, examples that fit, the preset message naming what it emptied', () => {
    it('no help above a list says "API name", and none gives a softphone’s example under the Talkdesk preset', async () => {
        const element = await mount();
        await applyTalkdesk(element);
        const texts = helps(element);
        // Old code: "API name of the presence status to log in to Omni-Channel with…", "(ContactPad: Away)".
        const wrong = Object.entries(texts).filter(([, help]) => /API name|ContactPad|ContactWorld/.test(help ?? ''));
        expect(wrong).toEqual([]);
        expect(texts.Login_Status__c).toBe(LABELS.Help_Login_Status);
        expect(texts.Busy_Fallback_State__c).toBe(LABELS.Help_Busy_Fallback_State);
        expect(element.shadowRoot.querySelector('select[data-field="Login_Status__c"]')).not.toBeNull();
    });

    it('the preset message names the settings it left empty, as the settings form names them', async () => {
        const element = await mount();
        await applyTalkdesk(element);
        const work = SETTING_FIELDS.find((field) => field.name === 'Work_Accepted_State__c').label;
        const message = $(element, '[data-id="preset-message"]').textContent;
        // Old code: "settings cleared: 2" (Ready State is set again by the preset, Work Accepted State is emptied).
        expect(message).toContain(`: 1 (${work})`);
    });

    it('each settings heading is a block of its own, not floated beside the first field', () => {
        const css = readFileSync(join(__dirname, '../presenceSyncSetup.css'), 'utf8');
        const html = readFileSync(join(__dirname, '../presenceSyncSetup.html'), 'utf8');
        expect(html).toMatch(/<legend\s+class="[^"]*\bsettings-legend\b/);
        expect(css).toMatch(/\.settings-legend\s*\{[^}]*float:\s*none;[^}]*display:\s*block;/);
    });
});
