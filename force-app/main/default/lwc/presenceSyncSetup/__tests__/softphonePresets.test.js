// Issue 22, items 1, 4, 5, 9, 10 and the vendor presets, below the DOM: the state list the page offers before the
// softphone's is fetched, the settings lists, switching softphone in one action, states typed by hand, the Busy box.
import { compileMapping } from 'c/presenceSyncSetupKit';
import defaults from '../../../../../../src-ts/test-support/package-defaults.generated.json';
import { LABELS } from '../labels';
import {
    MAPPING_TYPE,
    SETTING_TYPE,
    TO_SOFTPHONE,
    applyChoice,
    compilerInput,
    editable,
    isErrorDiagnostic,
    omniRows
} from '../model';
import { PRESETS, presetById } from '../presets';
import { applyPreset, pageCatalogue, staleUse } from '../softphoneSwitch';
import { settingLists, withListWords, withMinorChecked } from '../fieldLists';
import { readManualStates } from '../manualStates';
import { busyContradictions } from '../busyCheck';
import { settingGroups } from '../settingsView';
import { problemText } from '../problems';

const statuses = defaults.statuses;
const records = () => defaults.mappings.map((record) => editable(MAPPING_TYPE, record));
const settings = () => editable(SETTING_TYPE, defaults.settings);
const compile = (page, catalogue) =>
    compileMapping(compilerInput(page.records, page.settings, statuses), catalogue).diagnostics;
const errors = (diagnostics) => diagnostics.filter(isErrorDiagnostic).map((d) => `${d.problem} ${d.record ?? ''}`);

describe('issue 22.1: reserved states before the softphone announces its own', () => {
    it('offers the shipped ContactPad catalogue, reserved states marked, and never as a status → state target', () => {
        const catalogue = pageCatalogue(null, 'vonage');
        expect(catalogue.filter((state) => state.reserved).map((state) => state.major)).toEqual([
            'Busy Inbound',
            'Busy Outbound',
            'Wrap'
        ]);
        const meeting = omniRows(records(), statuses, catalogue, []).find((row) => row.apiName === 'Meeting');
        expect(meeting.stateOptions.map((state) => state.major)).not.toContain('Busy Inbound');
    });

    it('refuses Meeting → Busy Inbound as an error (the old page compiled it with no catalogue: no problem)', () => {
        const meeting = omniRows(records(), statuses, null, []).find((row) => row.apiName === 'Meeting');
        const stateOf = () => ['Busy Inbound', null];
        const edited = applyChoice(records(), TO_SOFTPHONE, { ...meeting, stateOf }, 'state:busy inbound\u0001');
        const page = { records: edited, settings: settings() };
        expect(errors(compile(page, null))).toEqual([]);
        expect(errors(compile(page, pageCatalogue(null, 'vonage')))).toContain('reserved-target Sample_Omni_Meeting');
    });
});

describe('issue 22.4: settings that name a status or a state are lists', () => {
    const lists = (values) =>
        settingLists({ statuses, catalogue: pageCatalogue(null, 'vonage'), values, labels: LABELS });

    it('lists statuses with label, API name and kind', () => {
        const login = lists({ Login_Status__c: 'Available' }).get('Login_Status__c');
        expect(login.find((option) => option.selected).label).toBe('Available (Available) · Online');
        expect(login.find((option) => option.value === 'Away').label).toBe('Away (Away) · Busy');
    });

    it('marks reserved states in words and refuses them where the sync would set one', () => {
        const all = lists({ Ready_State__c: 'Ready', Work_Accepted_State__c: 'Busy Inbound' });
        const busyInbound = (field) => all.get(field).find((option) => option.value === 'Busy Inbound');
        expect(busyInbound('Ready_State__c')).toMatchObject({
            label: 'Busy Inbound (reserved: the sync cannot set it)',
            disabled: true
        });
        expect(busyInbound('Work_Accepted_State__c')).toMatchObject({
            label: 'Busy Inbound (reserved: the softphone sets it itself)',
            disabled: null,
            selected: true
        });
    });

    it('keeps a typo shown as itself, not in the list, and offers only the chosen major’s minor states', () => {
        const all = lists({ Login_Status__c: 'Availble', Busy_Fallback_State__c: 'Away' });
        expect(all.get('Login_Status__c').find((option) => option.selected).label).toBe('“Availble” (not in the list)');
        expect(all.get('Busy_Fallback_Minor_State__c').map((option) => option.value)).toEqual([
            'Lunch',
            'Break',
            'Meeting',
            'Training'
        ]);
        const catalogue = pageCatalogue(null, 'vonage');
        const values = { Busy_Fallback_State__c: 'Ready', Busy_Fallback_Minor_State__c: 'Lunch' };
        expect(withMinorChecked(values, 'Busy_Fallback_State__c', catalogue).Busy_Fallback_Minor_State__c).toBeNull();
    });
});

describe('issue 22.4: a value outside its list, worded for the Setup page', () => {
    it('names the value and says to choose from the list, not that its default applies', () => {
        const values = { Login_Status__c: 'Availble' };
        const page = { records: [], settings: { ...settings(), values } };
        const words = (d) => (d.problem === 'bad-setting' ? 'the panel’s words: so its default applies' : d.message);
        const placed = compile(page, null).map((d) => ({
            problem: d.problem,
            message: words(d),
            error: true,
            field: d.field
        }));
        const lists = settingLists({ statuses, catalogue: null, values, labels: LABELS });
        const settingFields = [{ name: 'Login_Status__c', label: 'Login Status', type: 'STRING' }];
        const { bySetting } = withListWords(
            { bySetting: new Map(placed.filter((p) => p.field).map((p) => [p.field, [p]])) },
            { lists, settingFields, values, labels: LABELS }
        );
        const [group] = settingGroups({
            settingFields,
            values,
            bySetting,
            labels: LABELS,
            problemText: (item) => problemText(item, LABELS),
            lists
        });
        const [field] = group.fields;
        expect(field.isPicklist).toBe(true);
        expect(field.problems.map((p) => p.text)).toEqual([
            'Error: Setting not valid: “Availble” is not one of the choices: choose one from the list before saving.'
        ]);
    });
});

describe('issue 22.5 and the presets: moving to another softphone in one action', () => {
    it('Talkdesk: the 7 ContactPad-only rows deactivated, Work Accepted State cleared, no error left', () => {
        const page = { records: records(), settings: settings(), statuses, catalogue: null };
        const before = staleUse(page.records, page.settings, pageCatalogue(null, 'talkdesk'));
        expect(before.fields).toEqual(['Ready_State__c', 'Work_Accepted_State__c']);
        const after = applyPreset(page, 'talkdesk');
        expect(after.report).toMatchObject({ deactivated: 7, cleared: ['Ready_State__c', 'Work_Accepted_State__c'] });
        expect(after.settings.values).toMatchObject({
            Work_Accepted_State__c: null,
            Ready_State__c: 'Available',
            Revert_After_Inbound__c: true,
            Revert_Scope__c: 'EveryCall'
        });
        expect(errors(compile(after, pageCatalogue(null, 'talkdesk')))).toEqual([]);
    });

    it.each(PRESETS.filter((preset) => preset.catalogue !== null).map((preset) => preset.id))(
        '%s: applied on the sample rows, it compiles with no error against its own catalogue',
        (id) => {
            const after = applyPreset({ records: records(), settings: settings(), statuses, catalogue: null }, id);
            expect(errors(compile(after, pageCatalogue(null, id)))).toEqual([]);
            expect(after.report.missing).toEqual([]);
        }
    );

    it("my softphone's announced states: only the clean-up, against the states fetched", () => {
        const fetched = pageCatalogue(null, 'geomant');
        const after = applyPreset(
            { records: records(), settings: settings(), statuses, catalogue: fetched },
            'announced'
        );
        const active = after.records.filter((record) => record.values.Active__c !== false);
        // Left active: the rows of Ready (announced) and the Busy box rows (no state); every other one deactivated.
        expect(active.map((record) => record.values.Softphone_State__c ?? 'busy box').sort()).toEqual([
            'Ready',
            'Ready',
            'Ready',
            'busy box',
            'busy box',
            'busy box'
        ]);
        expect(after.report.deactivated).toBe(after.records.length - active.length);
        expect(after.report.written).toBe(0);
        expect(presetById('announced').catalogue).toBeNull();
    });
});

describe('issue 22.9: states typed by hand, reported per line', () => {
    it('says what it did with each line', () => {
        const known = [{ major: 'Ready', minor: null }];
        const { added, lines } = readManualStates(
            'Coaching\nready\n/ Lunch\n---\nCoaching\nWrap (reserved)',
            known,
            LABELS
        );
        expect(added).toEqual([
            { major: 'Coaching', minor: null, reserved: false },
            { major: 'Wrap', minor: null, reserved: true }
        ]);
        expect(lines).toEqual([
            'Line 1 “Coaching”: added.',
            'Line 2 “ready”: merged into “Ready”, the same state.',
            'Line 3 “/ Lunch”: skipped, no major state before “/”.',
            'Line 4 “---”: skipped, it has no letter or digit.',
            'Line 5 “Coaching”: already listed.',
            'Line 6 “Wrap”: added.'
        ]);
    });
});

describe('issue 22.10: the Busy box against the status’s own option', () => {
    it('flags a Busy box on an Online status, not on a Busy one', () => {
        const rows = omniRows(records(), statuses, pageCatalogue(null, 'vonage'), []).map((row) => ({
            ...row,
            choice: row.apiName === 'Available' ? 'busy' : row.choice
        }));
        const found = busyContradictions(rows, statuses, LABELS);
        expect([...found.keys()]).toEqual(['available']);
        expect(found.get('available')[0].message).toMatch(/Available \(Available\) is an Online status/);
    });
});
