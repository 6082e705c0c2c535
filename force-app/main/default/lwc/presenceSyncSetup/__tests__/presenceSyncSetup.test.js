import { LABELS } from '../labels';
import { editable, changedRecords } from '../model';
import { fromCsv, toCsv } from '../csv';
import {
    $,
    $$,
    DEFAULTS,
    ROOT,
    addStates,
    catalogueLines,
    choose,
    describedFields,
    exportedCsv,
    flush,
    getDeployStatus,
    getSetup,
    insertPage,
    mount,
    rowOf,
    saveRecords,
    setupData,
    setupPageTest,
    text
} from './setupPage';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The DeveloperName of the active Lunch → softphone row of the package defaults. */
const LUNCH_ROW = DEFAULTS.mappings.find(
    (m) => m.Direction__c === 'OmniToSoftphone' && m.Presence_Status__c === 'Lunch' && m.Active__c !== false
).DeveloperName;

const settingFields = () => describedFields('Presence_Sync_Setting__mdt');

/** The same records as a subscriber org of the namespaced package serves them: packaged, fields prefixed. */
function namespacedSetupData(ns) {
    const prefixed = (record) =>
        Object.fromEntries([
            ['NamespacePrefix', ns],
            ...Object.entries(record).map(([key, value]) => [key.endsWith('__c') ? `${ns}__${key}` : key, value])
        ]);
    const data = setupData();
    return { ...data, namespace: ns, mappings: data.mappings.map(prefixed), settings: prefixed(data.settings) };
}

/** The column headers of one mapping table: text and help (the header's title). */
function headersOf(element, table) {
    return [...$(element, `[data-id="${table}"]`).shadowRoot.querySelectorAll('thead th')].map((th) => ({
        text: text(th),
        help: th.getAttribute('title')
    }));
}

setupPageTest();

describe('c-presence-sync-setup', () => {
    it('lists every presence status with label, API name and kind, and is accessible', async () => {
        const element = await mount();
        expect(text($(element, '[data-id="statuses-message"]'))).toContain(`${DEFAULTS.statuses.length}`);
        for (const status of DEFAULTS.statuses) {
            const row = rowOf(element, 'omni-table', status.developerName);
            expect(row).toBeTruthy();
            expect(text(row)).toContain(status.label);
            expect(text(row)).toContain(status.hasChannels ? LABELS.Online : LABELS.Busy);
        }
        await addStates(element, catalogueLines({ marked: true }).join('\n'));
        await expect(element).toBeAccessible();
    }, 30000);

    it("heads both mapping tables with the mapping fields' own labels and help texts, as Apex describes them", async () => {
        const data = setupData();
        // As a Spanish admin's org describes them (DescribeFieldResult getLabel and getInlineHelpText).
        data.mappingFields = data.mappingFields.map((field) => ({
            ...field,
            label: `${field.label} (org)`,
            helpText: `Help: ${field.name}`
        }));
        getSetup.mockResolvedValue(data);
        const element = await mount();
        await addStates(element, 'Ready\nAway');
        expect(headersOf(element, 'omni-table')).toEqual([
            { text: 'Presence Status (org)', help: 'Help: Presence_Status__c' },
            { text: LABELS.Col_Api_Name, help: null },
            { text: LABELS.Col_Kind, help: null },
            { text: 'Softphone State (org)', help: 'Help: Softphone_State__c' },
            { text: LABELS.Col_Problems, help: null }
        ]);
        expect(headersOf(element, 'softphone-table')).toEqual([
            { text: 'Softphone State (org)', help: 'Help: Softphone_State__c' },
            { text: LABELS.Col_Source, help: null },
            { text: 'Presence Status (org)', help: 'Help: Presence_Status__c' },
            { text: LABELS.Col_Problems, help: null }
        ]);
    });

    it('without a field description the mapping tables fall back to their own column labels', async () => {
        getSetup.mockResolvedValue({ ...setupData(), mappingFields: undefined });
        const element = await mount();
        await addStates(element, 'Ready');
        expect(headersOf(element, 'omni-table').map((header) => header.text)).toEqual([
            LABELS.Col_Status,
            LABELS.Col_Api_Name,
            LABELS.Col_Kind,
            LABELS.Col_Softphone_State,
            LABELS.Col_Problems
        ]);
        expect(headersOf(element, 'softphone-table').map((header) => header.text)).toEqual([
            LABELS.Col_State,
            LABELS.Col_Source,
            LABELS.Col_Presence_Status,
            LABELS.Col_Problems
        ]);
    });

    it('reserved states cannot be chosen for a presence status', async () => {
        const element = await mount();
        await addStates(element, 'Ready\nAway\nAway / Lunch\nBusy Inbound [reserved]\nWrap [reserved]');
        const select = rowOf(element, 'omni-table', 'Break').querySelector('select');
        const options = [...select.options].map((option) => option.textContent.trim());
        expect(options).toContain('Away / Lunch');
        expect(options).not.toContain('Busy Inbound');
        expect(options).not.toContain('Wrap');
        expect(options).toEqual(expect.arrayContaining([LABELS.No_Change, LABELS.Busy_Box]));
    });

    it('an unmapped major state is flagged beside its row, Save is refused with the reason, and mapping it clears both', async () => {
        const element = await mount();
        await addStates(element, [...catalogueLines({ marked: true }), 'Coaching'].join('\n'));
        const row = rowOf(element, 'softphone-table', 'Coaching');
        expect(text(row.querySelector('[data-id="row-problems"]'))).toContain(LABELS.Problem_major_state_unmapped);
        const select = row.querySelector('select');
        expect(select.getAttribute('aria-describedby')).toBeTruthy();
        expect($(element, '[data-id="save"]').disabled).toBe(true);
        expect(text($(element, '[data-id="save-reason"]'))).toBe(LABELS.Save_Blocked.replace('{0}', '1'));

        await choose(select, 'status:Meeting');
        expect(rowOf(element, 'softphone-table', 'Coaching').querySelector('[data-id="row-problems"]')).toBeNull();
        expect($(element, '[data-id="save"]').disabled).toBe(false);
        expect(text($(element, '[data-id="change-summary"]'))).toBe(LABELS.Changes_Count.replace('{0}', '1'));
    });

    it('unknown status, contradictory rows and a reserved target are each shown beside their row', async () => {
        const data = setupData();
        const row = (name, values) => ({
            DeveloperName: name,
            MasterLabel: name,
            Action__c: 'Map',
            Active__c: true,
            ...values
        });
        data.mappings = data.mappings.filter(
            (record) => !(record.Direction__c === 'OmniToSoftphone' && record.Presence_Status__c === 'Meeting')
        );
        data.mappings.push(
            row('Omni_Training', {
                Direction__c: 'OmniToSoftphone',
                Presence_Status__c: 'Training',
                Softphone_State__c: 'Away'
            }),
            row('Omni_Lunch_Again', {
                Direction__c: 'OmniToSoftphone',
                Presence_Status__c: 'Lunch',
                Softphone_State__c: 'Away',
                Softphone_Minor_State__c: 'Break'
            }),
            row('Omni_Meeting_Wrap', {
                Direction__c: 'OmniToSoftphone',
                Presence_Status__c: 'Meeting',
                Softphone_State__c: 'Wrap'
            })
        );
        getSetup.mockResolvedValue(data);
        const element = await mount();
        await addStates(element, 'Ready\nAway\nAway / Lunch\nAway / Break\nWrap [reserved]');
        const problems = (name) => text(rowOf(element, 'omni-table', name).querySelector('[data-id="row-problems"]'));
        expect(problems('Training')).toContain(LABELS.Problem_unknown_status);
        expect(problems('Lunch')).toContain(LABELS.Problem_contradictory_rows);
        expect(problems('Meeting')).toContain(LABELS.Problem_reserved_target);
        expect($(element, '[data-id="save"]').disabled).toBe(true);
    });

    it('a bad setting is shown beside its field with the field help text', async () => {
        const element = await mount();
        expect($(element, '[data-field="Sync_Enabled__c"] input').checked).toBe(true);
        expect($(element, '[data-field="Revert_After_Inbound__c"] input').checked).toBe(false);
        const input = $(element, '[data-field="Command_Retry_Limit__c"] input');
        expect(text($(element, '[data-field="Command_Retry_Limit__c"] .setting-help'))).toMatch(/retr/i);
        input.value = '99';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(text($(element, '[data-field="Command_Retry_Limit__c"] [data-id="setting-problems"]'))).toContain(
            LABELS.Problem_bad_setting
        );
        expect($(element, '[data-id="save"]').disabled).toBe(true);
    });

    it('the dry run shows step by step what the sync would do with the edited mapping', async () => {
        const element = await mount();
        await choose(rowOf(element, 'omni-table', 'Break').querySelector('select'), 'noChange');
        await choose($(element, '[data-id="dry-run-sequence"]'), 'pickStatus');
        await choose($(element, '[data-id="dry-run-status"]'), 'Lunch');
        $(element, '[data-id="dry-run"]').click();
        await flush();
        const trace = text($(element, '[data-id="dry-run-trace"]'));
        expect(trace).toContain(LABELS.Step_picksStatus.replace('{0}', 'Lunch'));
        expect(trace).toContain(`→ ${LABELS.Dry_Run_Command_Softphone.replace('{0}', 'Away / Lunch')}`);

        await choose($(element, '[data-id="dry-run-status"]'), 'Break');
        $(element, '[data-id="dry-run"]').click();
        await flush();
        const steps = $$(element, '[data-id="dry-run-trace"] > li');
        expect(text(steps[steps.length - 1])).not.toContain(LABELS.Dry_Run_Command_Softphone.replace('{0}', ''));
    });

    it('an uploaded scenario file runs on the edited configuration, with its expectations checked', async () => {
        const element = await mount();
        await addStates(element, catalogueLines({ marked: true }).join('\n'));
        const scenario = readFileSync(join(ROOT, 'scenarios/b01-softphone-state-sets-omni-status.json'), 'utf8');
        const input = $(element, '[data-id="scenario-file"]');
        Object.defineProperty(input, 'files', {
            value: [{ text: () => Promise.resolve(scenario) }],
            configurable: true
        });
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(text($(element, '[data-id="dry-run-message"]'))).toMatch(/every expectation met/);

        // The same scenario after an edit that breaks its expectation: the page says so.
        await choose(rowOf(element, 'softphone-table', 'Away / Lunch').querySelector('select'), 'status:Break');
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(text($(element, '[data-id="dry-run-message"]'))).toMatch(/some expectations were not met/);
    });

    it('saves only the changed records, shows progress, then success; a removed row is deactivated', async () => {
        jest.useFakeTimers();
        saveRecords.mockResolvedValue({ deploymentId: '0Af000000000001', conflicts: [] });
        getDeployStatus.mockResolvedValueOnce({ status: 'InProgress', errors: [] }).mockResolvedValue({
            status: 'Succeeded',
            errors: []
        });
        const element = insertPage();
        await jest.advanceTimersByTimeAsync(10);
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), '');
        $(element, '[data-id="save"]').click();
        await Promise.resolve();
        await Promise.resolve();
        const changes = JSON.parse(saveRecords.mock.calls[0][0].changesJson);
        expect(changes).toHaveLength(1);
        expect(changes[0].developerName).toBe(LUNCH_ROW);
        expect(changes[0].values.Active__c).toBe(false);
        // What the page loaded goes with the change, and when it loaded it: Apex refuses to overwrite a change since.
        expect(changes[0].loaded.values.Active__c).toBe(true);
        expect(saveRecords.mock.calls[0][0].loadedAt).toBe('2026-12-06T09:00:00.000Z');
        await jest.advanceTimersByTimeAsync(2000);
        expect(getDeployStatus).toHaveBeenCalledWith({ deploymentId: '0Af000000000001' });
        expect(text($(element, '[data-id="save-message"]'))).toContain('0Af000000000001');
        await jest.advanceTimersByTimeAsync(2000);
        expect(text($(element, '[data-id="save-message"]'))).toBe(LABELS.Save_Succeeded.replace('{0}', '1'));
        expect(text($(element, '[data-id="save-reason"]'))).toBe(LABELS.Nothing_To_Save);
    });

    it('a failed deployment lists each error by record', async () => {
        jest.useFakeTimers();
        saveRecords.mockResolvedValue({ deploymentId: '0Af000000000002', conflicts: [] });
        getDeployStatus.mockResolvedValue({
            status: 'Failed',
            message: 'two records failed',
            errors: [{ record: 'Presence_Mapping.Omni_Lunch', message: 'bad value' }]
        });
        const element = insertPage();
        await jest.advanceTimersByTimeAsync(10);
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        $(element, '[data-id="save"]').click();
        await jest.advanceTimersByTimeAsync(2100);
        expect(text($(element, '[data-id="save-errors"]'))).toContain('Presence_Mapping.Omni_Lunch: bad value');
    });

    it('a partly succeeded deployment: the records it wrote are no longer changes, the failed one still is', async () => {
        jest.useFakeTimers();
        saveRecords.mockResolvedValue({ deploymentId: '0Af000000000004', conflicts: [] });
        getDeployStatus.mockResolvedValue({
            status: 'SucceededPartial',
            errors: [{ record: `Presence_Mapping.${LUNCH_ROW}`, message: 'bad value' }]
        });
        const element = insertPage();
        await jest.advanceTimersByTimeAsync(10);
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        await choose(rowOf(element, 'softphone-table', 'Away / Lunch').querySelector('select'), 'status:Break');
        expect(text($(element, '[data-id="change-summary"]'))).toBe(LABELS.Changes_Count.replace('{0}', '2'));
        $(element, '[data-id="save"]').click();
        await jest.advanceTimersByTimeAsync(2100);
        expect(text($(element, '[data-id="save-errors"]'))).toContain(`Presence_Mapping.${LUNCH_ROW}: bad value`);
        expect(text($(element, '[data-id="change-summary"]'))).toBe(LABELS.Changes_Count.replace('{0}', '1'));
    });

    it('when the org does not allow the deploy, the page names the Setup option', async () => {
        saveRecords.mockRejectedValue({ body: { message: LABELS.Deploy_Not_Allowed } });
        const element = await mount();
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        $(element, '[data-id="save"]').click();
        await flush();
        await flush();
        expect(text($(element, '[data-id="save-message"]'))).toContain(
            'Deploy Metadata from Non-Certified Package Versions via Apex'
        );
    });

    it('with a namespace: packaged records are saved by their ns__ names, new ones without, and CSV keeps them', async () => {
        jest.useFakeTimers();
        getSetup.mockResolvedValue(namespacedSetupData('psync'));
        saveRecords.mockResolvedValue({ deploymentId: '0Af000000000003', conflicts: [] });
        getDeployStatus.mockResolvedValue({ status: 'Succeeded', errors: [] });
        const element = insertPage();
        await jest.advanceTimersByTimeAsync(10);
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        await addStates(element, [...catalogueLines(), 'Coaching'].join('\n'));
        await choose(rowOf(element, 'softphone-table', 'Coaching').querySelector('select'), 'status:Break');
        expect(text($(element, '[data-id="save-reason"]'))).toBe('');
        // The CSV names the packaged records as ns__Record, and reads them back.
        const csv = exportedCsv(element);
        expect(csv).toContain(`Presence_Mapping,psync__${LUNCH_ROW},`);
        expect(csv).toContain('Presence_Sync_Setting,psync__Default,');
        const input = $(element, '[data-id="import-file"]');
        Object.defineProperty(input, 'files', { value: [{ text: () => Promise.resolve(csv) }], configurable: true });
        input.dispatchEvent(new CustomEvent('change'));
        await jest.advanceTimersByTimeAsync(10);
        expect($(element, '[data-id="import-errors"]')).toBeNull();
        expect(text($(element, '[data-id="save-reason"]'))).toBe('');
        $(element, '[data-id="save"]').click();
        await jest.advanceTimersByTimeAsync(10);
        const changes = JSON.parse(saveRecords.mock.calls[0][0].changesJson);
        const names = changes.map((change) => change.developerName);
        expect(names).toContain(`psync__${LUNCH_ROW}`);
        expect(names).toContain('Softphone_Coaching');
        expect(names.filter((name) => name.startsWith('psync__'))).toEqual([`psync__${LUNCH_ROW}`]);
        const lunch = changes.find((change) => change.developerName === `psync__${LUNCH_ROW}`);
        expect(lunch.values.Action__c).toBe('NoChange');
        expect(Object.keys(lunch.values).every((key) => !key.startsWith('psync__'))).toBe(true);
        expect(changes.find((change) => change.developerName === 'Softphone_Coaching').loaded).toBeNull();
    });

    it('a CSV may not name a packaged record the org does not have', () => {
        const records = DEFAULTS.mappings.map((record) => editable('Presence_Mapping', record));
        const result = fromCsv('Type,DeveloperName,Label\nPresence_Mapping,psync__Not_Here,X\n', {
            settingFields: settingFields(),
            current: records,
            currentSettings: null
        });
        expect(result.errors[0].message).toMatch(/not a valid DeveloperName/);
    });

    it('a save refused for a record changed since the page loaded says which, what it is now, and who saved it when', async () => {
        saveRecords.mockResolvedValue({
            deploymentId: null,
            conflicts: [
                {
                    type: 'Presence_Mapping',
                    developerName: 'Softphone_Away_Training',
                    label: 'Softphone Away / Training',
                    exists: true,
                    values: {
                        Direction__c: 'SoftphoneToOmni',
                        Softphone_State__c: 'Away',
                        Softphone_Minor_State__c: 'Training',
                        Presence_Status__c: 'Meeting',
                        Action__c: 'Map',
                        Active__c: 'true'
                    },
                    savedBy: 'Alice Admin',
                    savedAt: '2026-12-06T10:03:00.000Z',
                    inProgress: false
                },
                {
                    type: 'Presence_Sync_Setting',
                    developerName: 'Default',
                    label: 'Default',
                    exists: true,
                    values: Object.fromEntries(
                        Object.entries({ ...DEFAULTS.settings, Command_Retry_Limit__c: 9 })
                            .filter(([key, value]) => key.endsWith('__c') && value !== null && value !== '')
                            .map(([key, value]) => [key, `${value}`])
                    ),
                    savedBy: null,
                    savedAt: null,
                    inProgress: false
                }
            ]
        });
        const element = await mount();
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        $(element, '[data-id="save"]').click();
        await flush();
        await flush();
        expect(text($(element, '[data-id="save-message"]'))).toBe(LABELS.Save_Conflict.replace('{0}', '2'));
        const lines = $$(element, '[data-id="save-errors"] li').map(text);
        expect(lines[0]).toMatch(
            /^Softphone Away \/ Training \(Softphone_Away_Training\) is now Away \/ Training → Meeting: saved by Alice Admin on .*2026/
        );
        expect(lines[1]).toBe('Default (Default) is now Command Retry Limit: 9: changed outside this page.');
        expect(getDeployStatus).not.toHaveBeenCalled();
        // Nothing was saved: the edit is still there to make again.
        expect(text($(element, '[data-id="change-summary"]'))).toBe(LABELS.Changes_Count.replace('{0}', '1'));
        await expect(element).toBeAccessible();
    }, 20000);

    it('S2 an agent is refused the page with the reason', async () => {
        getSetup.mockRejectedValue({ body: { message: LABELS.Refused } });
        const element = await mount();
        expect(text($(element, '[data-id="refused"]'))).toBe(LABELS.Refused);
        expect($(element, '[data-id="omni-table"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('CSV export and import round-trip; a bad file is refused line by line and changes nothing', async () => {
        const element = await mount();
        const csv = exportedCsv(element);
        expect(csv.split('\r\n')[0]).toMatch(/^Type,DeveloperName,Label,Direction__c/);
        const edited = csv.replace(new RegExp(`(Presence_Mapping,${LUNCH_ROW},[^\\r\\n]*?),Map,`), '$1,NoChange,');
        element.shadowRoot.querySelector('c-presence-sync-setup');
        const component = element;
        // Import goes through the same path a file input does.
        const input = $(component, '[data-id="import-file"]');
        Object.defineProperty(input, 'files', {
            value: [{ text: () => Promise.resolve('Type,DeveloperName,Label\nAccount,X,Y\n') }],
            configurable: true
        });
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(text($(element, '[data-id="import-errors"]'))).toContain('Line 2');
        Object.defineProperty(input, 'files', { value: [{ text: () => Promise.resolve(edited) }], configurable: true });
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        await flush();
        expect($(element, '[data-id="import-errors"]')).toBeNull();
        expect(text($(element, '[data-id="change-summary"]'))).toBe(LABELS.Changes_Count.replace('{0}', '1'));
        expect(rowOf(element, 'omni-table', 'Lunch').querySelector('select').value).toBe('noChange');
    });
});

describe('the Setup page model', () => {
    it('a field Apex leaves out (null) and the same field set blank are no change', () => {
        const record = editable('Presence_Mapping', {
            DeveloperName: 'Omni_Break',
            MasterLabel: 'Break',
            Direction__c: 'OmniToSoftphone'
        });
        record.values = { ...record.values, Softphone_Minor_State__c: null, Presence_Status__c: '' };
        expect(changedRecords([record], null)).toEqual([]);
        record.values = { ...record.values, Presence_Status__c: 'Break' };
        expect(changedRecords([record], null)).toHaveLength(1);
    });

    it('an imported file that leaves a row out deactivates it, and a bad checkbox value is refused', () => {
        const records = DEFAULTS.mappings.map((record) => editable('Presence_Mapping', record));
        const settings = editable('Presence_Sync_Setting', DEFAULTS.settings);
        const csv = toCsv(
            records,
            settings,
            Object.keys(DEFAULTS.settings).filter((k) => k.endsWith('__c'))
        );
        const withoutLunch = csv
            .split('\r\n')
            .filter((line) => !line.startsWith(`Presence_Mapping,${LUNCH_ROW},`))
            .join('\r\n');
        const result = fromCsv(withoutLunch, {
            settingFields: settingFields(),
            current: records,
            currentSettings: settings
        });
        expect(result.errors).toEqual([]);
        expect(
            changedRecords(result.records, result.settings).map((c) => [c.developerName, c.values.Active__c])
        ).toEqual([[LUNCH_ROW, false]]);
        const bad = csv.replace(/,true,/, ',yes,');
        expect(
            fromCsv(bad, { settingFields: settingFields(), current: records, currentSettings: settings }).errors[0]
                .message
        ).toMatch(/not true or false/);
    });
});
