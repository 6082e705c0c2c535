// Issue 22, review item 9: a typo'd setting (a CSV's Login_Status "Availabel", Disconnect_Status "Awya") is said
// one way everywhere: choose one from the list before saving; the select is marked invalid and described by its
// message; the save bar names the settings, not "rows".
import { LABELS } from '../labels';
import { $, choose, describedFields, exportedCsv, importCsv, mount, say, setupPageTest, text } from './setupPage';

const SETTING_FIELDS = describedFields('Presence_Sync_Setting__mdt');
const labelOf = (name) => SETTING_FIELDS.find((field) => field.name === name).label;

setupPageTest();

async function importTypos() {
    const element = await mount();
    const lines = exportedCsv(element).split('\r\n');
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
    await importCsv(element, csv);
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
        await choose($(element, 'select[data-field="Login_Status__c"]'), 'Available');
        expect($(element, 'select[data-field="Login_Status__c"]').getAttribute('aria-invalid')).toBeNull();
        expect($(element, 'select[data-field="Disconnect_Status__c"]').getAttribute('aria-invalid')).toBe('true');
    });
});
