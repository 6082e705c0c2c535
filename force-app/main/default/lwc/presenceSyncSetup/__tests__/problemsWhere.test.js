// Issue 22, items 2, 3 and 6: problems where they are (contradictions and duplicates on their rows, with the page's
// own actions), record labels that follow their targets, the error summary, the save bar, the live region and the
// leave guard.
import { LABELS } from '../labels';
import { changedRecords, editable } from '../model';
import { LABEL_LIMIT, fitLabel, labelChanges, recordLabel } from '../recordLabels';
import { DRAFT_KEY } from '../leaveGuard';
import {
    $,
    DEFAULTS,
    addStates,
    catalogueLines,
    choose,
    describedFields,
    exportedCsv,
    flush,
    getSetup,
    importCsv,
    mount,
    rowOf,
    saveRecords,
    say,
    setupData,
    setupPageTest,
    shippedMappings,
    text
} from './setupPage';

const row = (name, values) => ({
    DeveloperName: name,
    MasterLabel: name,
    Action__c: 'Map',
    Active__c: true,
    ...values
});
const lunchTo = (name, state, minor = null) =>
    row(name, {
        Direction__c: 'OmniToSoftphone',
        Presence_Status__c: 'Lunch',
        Softphone_State__c: state,
        Softphone_Minor_State__c: minor
    });

/** The page's own export with a Lunch row appended (as an admin edits the file and imports it). */
function exportWithRow(element, name, state, minor) {
    const csv = exportedCsv(element);
    const header = csv.split('\r\n')[0].split(',');
    const values = { Type: 'Presence_Mapping', DeveloperName: name, Label: name, ...lunchTo(name, state, minor) };
    values.Active__c = 'true';
    values.Busy__c = 'false';
    return `${csv}${header.map((column) => values[column] ?? '').join(',')}\r\n`;
}

setupPageTest();

describe('issue 22.2: rows that contradict or repeat one another', () => {
    it('both contradicting rows are shown with the problem on each, count as one error, and Keep this one settles them', async () => {
        getSetup.mockResolvedValue(setupData([...shippedMappings(), lunchTo('Lunch_Away', 'Away')]));
        const element = await mount();
        await addStates(element, catalogueLines().join('\n'));
        const main = rowOf(element, 'omni-table', 'Lunch');
        const other = rowOf(element, 'omni-table', 'Lunch#Lunch_Away');
        // Old code: no row for Lunch_Away, and "errors: 2".
        expect(other).toBeTruthy();
        expect(text(other)).toContain('Lunch → Away');
        expect(main.querySelector('select').selectedOptions[0].textContent.trim()).toBe('Away / Lunch');
        for (const tr of [main, other]) {
            expect(text(tr.querySelector('[data-id="row-problems"]'))).toContain(LABELS.Problem_contradictory_rows);
            expect(text(tr)).not.toMatch(/Custom Metadata|keep only one active/i);
        }
        expect(text($(element, '[data-id="save-reason"]'))).toBe(say(LABELS.Save_Blocked, 1));
        other.querySelector('button[data-action="keep"]').click();
        await flush();
        expect(rowOf(element, 'omni-table', 'Lunch#Lunch_Away')).toBeUndefined();
        expect(
            rowOf(element, 'omni-table', 'Lunch').querySelector('select').selectedOptions[0].textContent.trim()
        ).toBe('Away');
        expect($(element, '[data-id="save"]').disabled).toBe(false);
    });

    it('an imported duplicate is flagged on its own row, names it, blocks Save, and Deactivate this row drops it', async () => {
        const element = await mount();
        await importCsv(element, exportWithRow(element, 'A_Lunch_Copy', 'Away', 'Lunch'));
        const lunch = DEFAULTS.mappings.find(
            (m) => m.Direction__c === 'OmniToSoftphone' && m.Presence_Status__c === 'Lunch'
        );
        const other = rowOf(element, 'omni-table', 'Lunch#A_Lunch_Copy');
        // Old code: the warning sat on the shipped row ("duplicates A_Lunch_Copy") and Save went ahead.
        expect(text(other)).toContain(
            say(LABELS.Conflict_Duplicate, 'A_Lunch_Copy', 'Lunch → Away / Lunch', lunch.DeveloperName)
        );
        expect(rowOf(element, 'omni-table', 'Lunch').querySelector('[data-id="row-problems"]')).toBeNull();
        expect($(element, '[data-id="save"]').disabled).toBe(true);
        expect(text($(element, '[data-id="save-reason"]'))).toBe(say(LABELS.Save_Blocked, 1));
        other.querySelector('button[data-action="deactivate"]').click();
        await flush();
        expect(rowOf(element, 'omni-table', 'Lunch#A_Lunch_Copy')).toBeUndefined();
        expect(text($(element, '[data-id="save-reason"]'))).toBe(LABELS.Nothing_To_Save);
    });
});

describe('issue 22.3: record labels follow their targets', () => {
    const statuses = DEFAULTS.statuses;
    const values = (direction, status, state, minor, extra = {}) => ({
        Direction__c: direction,
        Presence_Status__c: status,
        Softphone_State__c: state,
        Softphone_Minor_State__c: minor,
        Action__c: 'Map',
        Busy__c: false,
        Active__c: true,
        ...extra
    });

    it('words each kind of row, by the status label, in at most 40 characters', () => {
        expect(recordLabel(values('OmniToSoftphone', 'Lunch', 'Away', null), statuses, LABELS)).toBe('Lunch → Away');
        expect(
            recordLabel(values('OmniToSoftphone', 'On_a_Call', null, null, { Busy__c: true }), statuses, LABELS)
        ).toBe(`On a Call → ${LABELS.Record_Label_Busy}`);
        expect(recordLabel(values('SoftphoneToOmni', 'After_Call_Work', 'Wrap', null), statuses, LABELS)).toBe(
            say(LABELS.Record_Label_Softphone, 'Wrap', 'After Call Work')
        );
        expect(
            recordLabel(
                values('SoftphoneToOmni', null, 'Away', 'Lunch', { Action__c: 'LogOutOfOmni' }),
                statuses,
                LABELS
            )
        ).toBe(fitLabel(say(LABELS.Record_Label_Softphone, 'Away / Lunch', LABELS.Log_Out_Of_Omni)));
        const long = recordLabel(
            values('OmniToSoftphone', 'Lunch', 'Away', 'A very long minor state name'),
            statuses,
            LABELS
        );
        expect(long.length).toBeLessThanOrEqual(LABEL_LIMIT);
        expect(long.length).toBeGreaterThan(LABEL_LIMIT - 3);
        expect(long.endsWith('…')).toBe(true);
        expect(fitLabel('x'.repeat(40))).toBe('x'.repeat(40));
    });

    it('labels anew only the records a save sends, each by what it is saved as', () => {
        const before = DEFAULTS.mappings.map((m) => editable('Presence_Mapping', m));
        const edit = (r) => {
            if (r.values.Presence_Status__c === 'Lunch' && r.values.Direction__c === 'OmniToSoftphone')
                return { ...r, values: { ...r.values, Softphone_Minor_State__c: null } };
            if (r.values.Presence_Status__c === 'Break') return { ...r, values: { ...r.values, Active__c: false } };
            return r;
        };
        const after = before.map(edit);
        const labelled = labelChanges(changedRecords(after, null), { records: after, statuses, labels: LABELS });
        expect(labelled.map((change) => change.label).sort()).toEqual(
            // Review 6.12: the Break rows only switched off keep their shipped labels.
            ['Lunch → Away', 'Break to softphone Away / Break', 'Softphone Away / Break to Break'].sort()
        );
    });

    it('a saved row carries its regenerated label, and a new record a whole one', async () => {
        saveRecords.mockResolvedValue({ deploymentId: '0Af000000000001', conflicts: [] });
        const element = await mount();
        await addStates(element, [...catalogueLines(), 'Away / Training'].join('\n'));
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'state:away\u0001');
        await choose(rowOf(element, 'softphone-table', 'Away / Training').querySelector('select'), 'status:Meeting');
        $(element, '[data-id="save"]').click();
        await flush();
        const changes = JSON.parse(saveRecords.mock.calls[0][0].changesJson);
        // Old code: "Lunch to softphone Away / Lunch" and "Softphone Away / Training".
        expect(changes.map((change) => change.label).sort()).toEqual(
            ['Lunch → Away', say(LABELS.Record_Label_Softphone, 'Away / Training', 'Meeting')].sort()
        );
    });
});

describe('issue 22.6: the error summary, the save bar, the live region and the leave guard', () => {
    async function withTwoErrors() {
        const element = await mount();
        const retries = $(element, 'input[data-field="Command_Retry_Limit__c"]');
        retries.value = '99';
        retries.dispatchEvent(new CustomEvent('change'));
        await flush();
        await addStates(element, [...catalogueLines(), 'Coaching'].join('\n'));
        return element;
    }

    it('says where the errors are, links to each, and announces a problem an edit makes in another row', async () => {
        const element = await withTwoErrors();
        const field = describedFields('Presence_Sync_Setting__mdt').find(
            (f) => f.name === 'Command_Retry_Limit__c'
        ).label;
        const where = `${say(LABELS.Errors_In_Settings, 1, field)}, ${say(LABELS.Errors_In_Row, 1, 'Coaching')}`;
        // Old code: no save bar sentence, no summary, no live region.
        expect(text($(element, '[data-id="error-sentence"]'))).toBe(say(LABELS.Errors_Many, 2, where));
        const live = $(element, '[data-id="live-problems"]');
        expect(live.getAttribute('aria-live')).toBe('polite');
        expect(text(live)).toContain(say(LABELS.Live_New_Problem, say(LABELS.Where_Row, 'Coaching'), ''));
        const links = [...$(element, '[data-id="error-summary"]').querySelectorAll('a')];
        expect(links.map((a) => text(a).split(':')[0])).toEqual([
            say(LABELS.Where_Row, 'Coaching'),
            say(LABELS.Where_Setting, field)
        ]);
        links[1].click();
        expect(element.shadowRoot.activeElement?.dataset.field).toBe('Command_Retry_Limit__c');
        links[0].click();
        const table = $(element, '[data-id="softphone-table"]');
        expect(element.shadowRoot.activeElement).toBe(table);
        expect(table.shadowRoot.activeElement.tagName).toBe('SELECT');
        expect(table.shadowRoot.activeElement.dataset.key).toBe('coaching\u0001');
    });

    it('asks before the browser leaves with unsaved edits, and keeps them for the next visit', async () => {
        const element = await mount();
        const leave = () => {
            // The browser's own event (a plain Event, as the window fires it).
            // eslint-disable-next-line @lwc/lwc/prefer-custom-event
            const event = new Event('beforeunload', { cancelable: true });
            window.dispatchEvent(event);
            return event.defaultPrevented;
        };
        expect(leave()).toBe(false);
        await choose(rowOf(element, 'omni-table', 'Lunch').querySelector('select'), 'noChange');
        // Old code: nothing asks, nothing is kept.
        expect(leave()).toBe(true);
        expect(sessionStorage.getItem(DRAFT_KEY)).toBeTruthy();
        document.body.removeChild(element);
        expect(leave()).toBe(false);
        const again = await mount();
        expect(text($(again, '[data-id="draft"]'))).toContain(say(LABELS.Draft_Restored, 1));
        expect(text($(again, '[data-id="change-summary"]'))).toBe(say(LABELS.Changes_Count, 1));
        $(again, '[data-id="discard-draft"]').click();
        for (let i = 0; i < 5; i++) await flush();
        expect(text($(again, '[data-id="change-summary"]'))).toBe(say(LABELS.Changes_Count, 0));
        expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    });
});
