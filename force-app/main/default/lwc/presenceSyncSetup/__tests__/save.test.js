import { LABELS } from '../labels';
import { conflictLines, writtenChanges } from '../save';

const awayTraining = (status) => ({
    Direction__c: 'SoftphoneToOmni',
    Softphone_State__c: 'Away',
    Softphone_Minor_State__c: 'Training',
    Presence_Status__c: status,
    Action__c: 'Map',
    Active__c: 'true'
});

const context = { labels: LABELS, records: [], settingFields: [] };

/** A refusal of Apex's for the Away / Training row, saved as Meeting by Alice Admin at 10:03 UTC. */
const conflict = (overrides) => ({
    type: 'Presence_Mapping',
    developerName: 'Softphone_Away_Training',
    label: 'Softphone Away / Training',
    exists: true,
    values: awayTraining('Meeting'),
    savedBy: 'Alice Admin',
    savedAt: '2026-12-06T10:03:00.000Z',
    inProgress: false,
    ...overrides
});

describe('what a refused save tells the admin to do next', () => {
    it('a record still being saved by another save: wait for it to end, since reloading now shows the old record', () => {
        const [line] = conflictLines([conflict({ exists: false, inProgress: true })], context);
        expect(line.text).toMatch(/^Softphone Away \/ Training \(Softphone_Away_Training\) is being saved as /);
        expect(line.text).toMatch(/by Alice Admin \(started .+\): wait until that save ends, then reload the page\.$/);
    });

    it('a record saved since the page loaded it: the headline says to reload and make the change again', () => {
        const [line] = conflictLines([conflict()], context);
        expect(line.text).toMatch(/is now Away \/ Training → Meeting: saved by Alice Admin on .*2026.*\.$/);
        expect(LABELS.Save_Conflict).toMatch(/Reload the page to see them, then make your change again\./);
    });
});

describe('which name a refused record goes by', () => {
    it('the label this page loaded, not the label the other save regenerated from its new targets', () => {
        const mine = {
            type: 'Presence_Mapping',
            developerName: 'Softphone_Away_Training',
            label: 'Softphone Away / Training → Break',
            values: {},
            original: JSON.stringify({ label: 'Softphone Away / Training', values: {} })
        };
        const [line] = conflictLines([conflict({ label: 'Softphone Away / Training → Meeting', inProgress: true })], {
            ...context,
            records: [mine]
        });
        expect(line.text.startsWith('Softphone Away / Training (Softphone_Away_Training) is being saved as')).toBe(
            true
        );
    });
});

describe("when a record was saved, in the user's Salesforce locale", () => {
    it("a Spanish user reads a Spanish date, whatever the browser's language", () => {
        const [line] = conflictLines([conflict()], {
            ...context,
            labels: { ...LABELS, Conflict_Saved: '{0} ahora es {1}: lo guardó {2} el {3}.' },
            locale: 'es-ES'
        });
        expect(line.text).toMatch(/lo guardó Alice Admin el 6 dic 2026, \d{1,2}:03\.$/);
    });
});

describe('what a finished save wrote', () => {
    const changes = [
        { type: 'Presence_Mapping', developerName: 'Omni_Lunch' },
        { type: 'Presence_Mapping', developerName: 'psync__Omni_Break' },
        { type: 'Presence_Sync_Setting', developerName: 'psync__Default' }
    ];
    it('a partly succeeded save wrote the records without an error of their own, namespaced or not', () => {
        const status = {
            status: 'SucceededPartial',
            errors: [{ record: 'psync__Presence_Mapping.psync__Omni_Break', message: 'bad value' }]
        };
        expect(writtenChanges(changes, status).map((change) => change.developerName)).toEqual([
            'Omni_Lunch',
            'psync__Default'
        ]);
    });
    it('a succeeded save wrote everything, a failed one nothing', () => {
        expect(writtenChanges(changes, { status: 'Succeeded', errors: [] })).toEqual(changes);
        expect(writtenChanges(changes, { status: 'Failed', errors: [] })).toEqual([]);
        expect(writtenChanges(changes, { status: 'Canceled', errors: [] })).toEqual([]);
    });
});
