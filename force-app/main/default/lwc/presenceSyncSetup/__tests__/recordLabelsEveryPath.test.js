// Issue 22, review item 5: a saved record's label describes what the record does, whatever path changed it (a
// choice, a preset, a CSV import, the softphone switch), and an admin's own label is kept.
import { LABELS } from '../labels';
import { MAPPING_TYPE, SETTING_TYPE, changedRecords, editable } from '../model';
import { labelChanges, recordLabel, shippedLabels, shouldRelabel } from '../recordLabels';
import { applyPreset } from '../softphoneSwitch';
import {
    $,
    DEFAULTS,
    ROOT,
    choose,
    exportedCsv,
    flush,
    importCsv,
    mount,
    saveRecords,
    setupData,
    setupPageTest
} from './setupPage';

const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const statuses = DEFAULTS.statuses;
const OWN = 'Front desk lunch rule (ask Maria)';
const named = (direction, status) =>
    DEFAULTS.mappings.find((m) => m.Direction__c === direction && m.Presence_Status__c === status).DeveloperName;
const LUNCH = named('OmniToSoftphone', 'Lunch');
const BREAK = named('OmniToSoftphone', 'Break');

/** The shipped records, Omni_Lunch carrying the admin's own label. */
const mappings = () =>
    DEFAULTS.mappings.map((record) => ({ ...record, ...(record.DeveloperName === LUNCH ? { MasterLabel: OWN } : {}) }));

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

setupPageTest(() => setupData(mappings()));

beforeEach(() => {
    saveRecords.mockReset();
    saveRecords.mockResolvedValue({ deploymentId: '0Af000000000001', conflicts: [] });
});

describe('review 6.12: a save relabels a row only when its targets changed and its label was written for them', () => {
    const shipped = DEFAULTS.mappings.find((record) => record.DeveloperName === LUNCH);
    /** The change a save sends for the shipped Lunch row labelled `label`, its values after `edit`. */
    const change = (label, edit = {}, loadedLabel = label) => {
        const record = editable(MAPPING_TYPE, { ...shipped, MasterLabel: loadedLabel });
        const loaded = JSON.parse(JSON.stringify({ label: record.label, values: record.values }));
        return { type: MAPPING_TYPE, developerName: LUNCH, label, values: { ...record.values, ...edit }, loaded };
    };
    const relabels = (c) => shouldRelabel(c, { statuses, labels: LABELS });
    const newTarget = { Softphone_Minor_State__c: null };
    const generatedBefore = recordLabel(change('x').values, statuses, LABELS);

    it('an admin’s own "Lunch" or "Lunch to Away" is kept, whether or not the target changed', () => {
        // Old code: both replaced by "Lunch → Away / Lunch" on any save that includes the row.
        for (const label of ['Lunch', 'Lunch to Away', OWN]) {
            expect([label, relabels(change(label, { Active__c: false }))]).toEqual([label, false]);
            expect([label, relabels(change(label, newTarget))]).toEqual([label, false]);
        }
        const sent = labelChanges([change('Lunch', { Active__c: false })], { statuses, labels: LABELS });
        expect(sent[0].label).toBe('Lunch');
    });

    it('a row whose target is unchanged keeps even a generated or shipped label', () => {
        expect(relabels(change(generatedBefore, { Active__c: false }))).toBe(false);
        expect(relabels(change(shipped.MasterLabel, { Active__c: false }))).toBe(false);
    });

    it('a row whose target changed is relabelled when its label was the generated, shipped, DeveloperName or half one', () => {
        for (const label of [generatedBefore, shipped.MasterLabel, LUNCH, 'Omni Lunch', ''])
            expect([label, relabels(change(label, newTarget))]).toEqual([label, true]);
        const sent = labelChanges([change(generatedBefore, newTarget)], { statuses, labels: LABELS });
        expect(sent[0].label).toBe('Lunch → Away');
    });

    it('the shipped labels are the shipped records’ labels', () => {
        for (const folder of ['force-app/main/default/customMetadata', 'force-app/org-setup/customMetadata']) {
            const dir = join(ROOT, folder);
            const files = readdirSync(dir).filter((file) => file.startsWith('Presence_Mapping.'));
            const labels = files.map(
                (file) => /<label>([^<]*)<\/label>/.exec(readFileSync(join(dir, file), 'utf8'))[1]
            );
            expect([folder, [...new Set(labels)].sort()]).toEqual([folder, shippedLabels().sort()]);
        }
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
        // Review 6.12: a row whose targets did not change (only switched off) keeps its label.
        const same = (change) =>
            change.loaded !== null &&
            recordLabel(change.loaded.values, statuses, LABELS) === recordLabel(change.values, statuses, LABELS);
        const expected = (change) => {
            if (own(change) || same(change)) return change.loaded.label;
            return recordLabel(change.values, statuses, LABELS);
        };
        expect(changes.map((change) => [change.developerName, change.label])).toEqual(
            changes.map((change) => [change.developerName, expected(change)])
        );
        expect(changes.map((change) => change.developerName)).toContain(LUNCH);
    });

    it('the Talkdesk preset in the page: no stale shipped label and no half label is saved; the own label is kept', async () => {
        const element = await mount();
        await choose($(element, '[data-id="softphone-preset"]'), 'talkdesk');
        $(element, '[data-id="apply-preset"]').click();
        await flush();
        const labels = await savedLabels(element);
        // Old code: "Available for Chats to softphone Ready" (now Away), "Softphone Available" (a new record).
        // Review 6.12: rows whose targets did not change keep their label; every other row is described.
        const kept = labels.filter((entry) => !entry.describes);
        expect(kept).toContainEqual({ name: LUNCH, label: OWN, describes: false });
        expect(kept.map((entry) => entry.label)).not.toContain('Available for Chats to softphone Ready');
        expect(labels.map((entry) => entry.label)).not.toContain('Softphone Available');
        expect(labels.map((entry) => entry.label)).toContain('Available for Chats → Away');
    });

    it('a CSV import: the edited row is labelled from its new target, the own label kept', async () => {
        const element = await mount();
        const lines = exportedCsv(element).split('\r\n');
        const header = lines[0].split(',');
        const minor = header.indexOf('Softphone_Minor_State__c');
        const edited = lines.map((line) => {
            const cells = line.split(',');
            if (cells[1] === BREAK || cells[1] === LUNCH) cells[minor] = '';
            return cells.join(',');
        });
        await importCsv(element, edited.join('\r\n'));
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
