// Issue 22, review item 9: a typo'd setting (a CSV's Login_Status "Availabel", Disconnect_Status "Awya") is said
// one way everywhere: choose one from the list before saving; the select is marked invalid and described by its
// message; the save bar names the settings, not "rows".
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
const say = (template, ...values) => template.replace(/\{(\d+)\}/g, (match, index) => `${values[Number(index)]}`);

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
const labelOf = (name) => SETTING_FIELDS.find((field) => field.name === name).label;

const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
};
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
    getSetup.mockResolvedValue({
        mappings: DEFAULTS.mappings.map((record) => ({ ...record })),
        settings: { ...DEFAULTS.settings },
        settingFields: SETTING_FIELDS,
        mappingFields: describedFields('Presence_Mapping__mdt'),
        loadedAt: '2026-12-06T09:00:00.000Z'
    });
    getPresenceStatuses.mockResolvedValue(DEFAULTS.statuses);
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    sessionStorage.clear();
});

async function importTypos() {
    const element = createElement('c-presence-sync-setup', { is: PresenceSyncSetup });
    document.body.appendChild(element);
    for (let i = 0; i < 5; i++) await flush();
    const href = $(element, '[data-id="export"]').getAttribute('href');
    const lines = decodeURIComponent(href.slice(href.indexOf(',') + 1)).split('\r\n');
    const header = lines[0].split(',');
    const typo = { Login_Status__c: 'Availabel', Disconnect_Status__c: 'Awya' };
    const csv = lines
        .map((line) => {
            const cells = line.split(',');
            if (cells[0] !== 'Presence_Sync_Setting') return line;
            for (const [name, value] of Object.entries(typo)) cells[header.indexOf(name)] = value;
            return cells.join(',');
        })
        .join('\r\n');
    const input = $(element, '[data-id="import-file"]');
    Object.defineProperty(input, 'files', { value: [{ text: () => Promise.resolve(csv) }], configurable: true });
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
    await flush();
    return element;
}

describe('issue 22.r9: a value outside its list, said one way everywhere', () => {
    it('the field, the error summary and the save bar say "choose one from the list"; none says the default applies', async () => {
        const element = await importTypos();
        const expected = (value) => say(LABELS.Setting_Not_In_List, value);
        for (const [name, value] of [
            ['Login_Status__c', 'Availabel'],
            ['Disconnect_Status__c', 'Awya']
        ]) {
            const select = $(element, `select[data-field="${name}"]`);
            const list = select.closest('.slds-form-element').querySelector('[data-id="setting-problems"]');
            expect(text(list)).toContain(expected(value));
            // Old code: no aria-invalid on the select.
            expect(select.getAttribute('aria-invalid')).toBe('true');
            expect(select.getAttribute('aria-describedby').split(' ')).toContain(list.getAttribute('id'));
        }
        const links = [...element.shadowRoot.querySelectorAll('[data-id="error-summary"] a')].map(text);
        // Old code: "Settings (Login Status): Error: Setting not valid: … cannot be used, so its default applies."
        expect(links).toHaveLength(2);
        expect(links).toEqual(
            expect.arrayContaining([
                expect.stringContaining(expected('Availabel')),
                expect.stringContaining(expected('Awya'))
            ])
        );
        // The save bar names the settings in the summary's order.
        const order = ['Login_Status__c', 'Disconnect_Status__c'].sort(
            (a, b) =>
                links.findIndex((link) => link.includes(labelOf(a))) -
                links.findIndex((link) => link.includes(labelOf(b)))
        );
        const bar = text($(element, '[data-id="save-bar"]'));
        expect(bar).not.toContain(LABELS.Save_Blocked_Rows);
        expect(text($(element, '[data-id="save-reason"]'))).toBe(
            say(LABELS.Save_Blocked_Where, 2, say(LABELS.Where_Setting, order.map(labelOf).join(', ')))
        );
        const page = text(element.shadowRoot.querySelector('article') ?? element.shadowRoot.firstElementChild);
        expect(page).not.toMatch(/default applies/i);
    });

    it('a valid choice clears the mark', async () => {
        const element = await importTypos();
        const select = $(element, 'select[data-field="Login_Status__c"]');
        select.value = 'Available';
        select.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect($(element, 'select[data-field="Login_Status__c"]').getAttribute('aria-invalid')).toBeNull();
        expect($(element, 'select[data-field="Disconnect_Status__c"]').getAttribute('aria-invalid')).toBe('true');
    });
});
