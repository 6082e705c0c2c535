// Issue 22, review item 5: a saved record's label describes what the record does, whatever path changed it (a
// choice, a preset, a CSV import, the softphone switch), and an admin's own label is kept.
import { createElement } from 'lwc';
import PresenceSyncSetup from 'c/presenceSyncSetup';
import getSetup from '@salesforce/apex/PresenceSyncSetupController.getSetup';
import getPresenceStatuses from '@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses';
import saveRecords from '@salesforce/apex/PresenceSyncSetupController.saveRecords';
import { LABELS } from '../labels';
import { MAPPING_TYPE, SETTING_TYPE, changedRecords, editable } from '../model';
import { isGeneratedLabel, labelChanges, recordLabel } from '../recordLabels';
import { applyPreset } from '../softphoneSwitch';

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
const OWN = 'Front desk lunch rule (ask Maria)';
const named = (direction, status) =>
    DEFAULTS.mappings.find((m) => m.Direction__c === direction && m.Presence_Status__c === status).DeveloperName;
const LUNCH = named('OmniToSoftphone', 'Lunch');
const BREAK = named('OmniToSoftphone', 'Break');

function describedFields(objectName) {
    const dir = join(ROOT, 'force-app/main/default/objects', objectName, 'fields');
    return readdirSync(dir).map((file) => {
        const xml = readFileSync(join(dir, file), 'utf8');
        const tag = (name) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? null;
        const type = { Checkbox: 'BOOLEAN', Number: 'DOUBLE', Picklist: 'PICKLIST' }[tag('type')] ?? 'STRING';
        return { name: tag('fullName'), label: tag('label'), helpText: tag('inlineHelpText'), type, options: [] };
    });
}

/** The shipped records, Omni_Lunch carrying the admin's own label. */
const mappings = () =>
    DEFAULTS.mappings.map((record) => ({ ...record, ...(record.DeveloperName === LUNCH ? { MasterLabel: OWN } : {}) }));

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

/** The mapping records the save sent: name → label, and whether each label is the one its values give. */
async function savedLabels(element) {
    $(element, '[data-id="save"]').click();
    await flush();
    expect(saveRecords).toHaveBeenCalledTimes(1);
    const changes = JSON.parse(saveRecords.mock.calls[0][0].changesJson).filter((c) => c.type === MAPPING_TYPE);
    return changes.map((change) => ({
        name: change.developerName,
        label: change.label,
        describes: change.label === recordLabel(change.values, statuses, LABELS)
    }));
}

beforeEach(() => {
    saveRecords.mockReset();
    saveRecords.mockResolvedValue({ deploymentId: '0Af000000000001', conflicts: [] });
    getSetup.mockResolvedValue({
        mappings: mappings(),
        settings: { ...DEFAULTS.settings },
        settingFields: describedFields('Presence_Sync_Setting__mdt'),
        mappingFields: describedFields('Presence_Mapping__mdt'),
        loadedAt: '2026-12-06T09:00:00.000Z'
    });
    getPresenceStatuses.mockResolvedValue(statuses);
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    sessionStorage.clear();
});

describe('issue 22.r5: which labels are descriptions and which are the admin’s own', () => {
    const records = DEFAULTS.mappings.map((record) => editable(MAPPING_TYPE, record));
    const generated = (label, developerName = 'Omni_Lunch') =>
        isGeneratedLabel(label, { records, statuses, labels: LABELS, developerName });

    it('every shipped label, a half label, a label of this page and a cut one are descriptions', () => {
        for (const record of DEFAULTS.mappings)
            expect([record.MasterLabel, generated(record.MasterLabel)]).toEqual([record.MasterLabel, true]);
        expect(generated('Softphone Available')).toBe(true);
        expect(generated('Omni Lunch')).toBe(true);
        expect(generated('Lunch → Away / Lunch')).toBe(true);
        expect(generated('Available for Chats → Away / Meeti…')).toBe(true);
        expect(generated('Omni_Lunch')).toBe(true);
    });

    it('any other word makes the label the admin’s own', () => {
        expect(generated(OWN)).toBe(false);
        expect(generated('Lunch (team B)')).toBe(false);
        expect(generated('Almuerzo del equipo')).toBe(false);
    });
});

describe('issue 22.r5: every path saves labels that describe the rows', () => {
    const page = () => ({
        records: mappings().map((record) => editable(MAPPING_TYPE, record)),
        settings: editable(SETTING_TYPE, DEFAULTS.settings),
        statuses,
        catalogue: null
    });
    const sent = (after) =>
        labelChanges(changedRecords(after.records, after.settings), {
            records: after.records,
            statuses,
            labels: LABELS
        }).filter((change) => change.type === MAPPING_TYPE);

    it.each(['talkdesk', 'geomant'])('the %s preset', (id) => {
        const changes = sent(applyPreset(page(), id));
        expect(changes.length).toBeGreaterThan(0);
        const own = (change) => change.developerName === LUNCH;
        const expected = (change) => (own(change) ? OWN : recordLabel(change.values, statuses, LABELS));
        expect(changes.map((change) => [change.developerName, change.label])).toEqual(
            changes.map((change) => [change.developerName, expected(change)])
        );
        expect(changes.map((change) => change.developerName)).toContain(LUNCH);
    });

    it('the Talkdesk preset in the page: no stale shipped label and no half label is saved; the own label is kept', async () => {
        const element = await mount();
        const preset = $(element, '[data-id="softphone-preset"]');
        preset.value = 'talkdesk';
        preset.dispatchEvent(new CustomEvent('change'));
        await flush();
        $(element, '[data-id="apply-preset"]').click();
        await flush();
        const labels = await savedLabels(element);
        // Old code: "Available for Chats to softphone Ready" (now Away), "Softphone Available" (a new record).
        expect(labels.filter((entry) => !entry.describes)).toEqual([{ name: LUNCH, label: OWN, describes: false }]);
        expect(labels.map((entry) => entry.label)).toContain('Available for Chats → Away');
    });

    it('a CSV import: the edited row is labelled from its new target, the own label kept', async () => {
        const element = await mount();
        const href = $(element, '[data-id="export"]').getAttribute('href');
        const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
        const lines = csv.split('\r\n');
        const header = lines[0].split(',');
        const minor = header.indexOf('Softphone_Minor_State__c');
        const edited = lines.map((line) => {
            const cells = line.split(',');
            if (cells[1] === BREAK || cells[1] === LUNCH) cells[minor] = '';
            return cells.join(',');
        });
        const input = $(element, '[data-id="import-file"]');
        Object.defineProperty(input, 'files', {
            value: [{ text: () => Promise.resolve(edited.join('\r\n')) }],
            configurable: true
        });
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        await flush();
        const labels = await savedLabels(element);
        // Old code: "Break to softphone Away / Break" saved for a row that now sets Away.
        expect(labels).toEqual(
            expect.arrayContaining([
                { name: BREAK, label: 'Break → Away', describes: true },
                { name: LUNCH, label: OWN, describes: false }
            ])
        );
    });
});
