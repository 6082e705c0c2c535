// The Setup page's dry run sequences (sequences.js, dryRunView.js) on the package defaults: an inbound call from a
// chosen status with Revert After Inbound (B10, seed 000), accepted Omni-Channel work (B7), a chosen start, steps
// titled apart, rule names beside the ids, and every word in the admin's language.
import { compileMapping, formatLabel } from 'c/presenceSyncSetupKit';
import { LABELS } from '../labels';
import { editable, MAPPING_TYPE, SETTING_TYPE, compilerInput } from '../model';
import { SEQUENCES } from '../sequences';
import { ruleWords, sequenceChoices, sequenceDryRun, startChoices } from '../dryRunView';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { readLabels } = require('../../../../../../lib/custom-labels.cjs');

const ROOT = join(__dirname, '../../../../../..');
const DEFAULTS = JSON.parse(readFileSync(join(ROOT, 'src-ts/test-support/package-defaults.generated.json'), 'utf8'));

/** The page's labels in a language, as the page's labels.js maps them (Setup's own, then the shared ones). */
function labelsIn(language) {
    return { ...readLabels(ROOT, language, 'Presence_Sync_'), ...readLabels(ROOT, language, 'Presence_Sync_Setup_') };
}

/** What the page hands the dry run: its records, settings, statuses and the softphone's catalogue, compiled. */
function page(settings = {}) {
    const records = DEFAULTS.mappings.map((record) => editable(MAPPING_TYPE, record));
    const setting = editable(SETTING_TYPE, { ...DEFAULTS.settings, ...settings });
    const catalogue = DEFAULTS.catalogue;
    const compiled = compileMapping(compilerInput(records, setting, DEFAULTS.statuses), catalogue);
    return {
        records,
        settings: setting,
        statuses: DEFAULTS.statuses,
        stateCatalogue: catalogue,
        manualStates: [],
        compiled
    };
}

const say = (template, ...values) => formatLabel(template, values);
const decisions = (trace) => trace.flatMap((entry) => entry.decisions);

describe('the dry run', () => {
    it('issue 22.7: an inbound call from a chosen status ends with that status back (Revert After Inbound, B10)', () => {
        const { trace } = sequenceDryRun(
            { sequenceId: 'inboundCall', start: 'Available_For_Chats' },
            page({ Revert_After_Inbound__c: true }),
            LABELS
        );
        expect(trace.map((entry) => entry.heading)).toEqual([
            say(LABELS.Step_Heading, 1, say(LABELS.Step_startOmni, 'Available for Chats')),
            say(LABELS.Step_Heading, 2, say(LABELS.Step_startSoftphone, 'Ready')),
            say(LABELS.Step_Heading, 3, LABELS.Step_inboundStarts),
            say(LABELS.Step_Heading, 4, say(LABELS.Step_callState, 'Busy Inbound')),
            say(LABELS.Step_Heading, 5, say(LABELS.Step_wrapState, 'Wrap')),
            say(LABELS.Step_Heading, 6, LABELS.Step_callEnds),
            say(LABELS.Step_Heading, 7, say(LABELS.Step_backReady, 'Ready'))
        ]);
        expect(trace[3].decisions.map((d) => d.commands)).toContain('Omni-Channel: On a Call');
        const reverts = trace[6].decisions.filter((d) => d.badge === 'B10');
        expect(reverts[0].ruleName).toBe(LABELS.Rule_B10);
        expect(reverts.map((d) => d.commands)).toContain('Omni-Channel: Available for Chats');

        // Without the setting, back in Ready sets Ready's own status.
        const off = sequenceDryRun({ sequenceId: 'inboundCall', start: 'Available_For_Chats' }, page(), LABELS).trace;
        expect(decisions(off).some((d) => d.badge === 'B10')).toBe(false);
        expect(off[6].decisions.map((d) => d.commands)).toContain('Omni-Channel: Available');
    });

    it('issue 22.7: accepted Omni-Channel work makes the softphone busy, and closing it brings the softphone back (B7)', () => {
        const { trace } = sequenceDryRun({ sequenceId: 'workAccepted', start: 'Available' }, page(), LABELS);
        const headings = trace.map((entry) => entry.note);
        expect(headings).toEqual(expect.arrayContaining([LABELS.Step_workAccepted, LABELS.Step_workClosed]));
        const accepted = trace.find((entry) => entry.note === LABELS.Step_workAccepted);
        expect(accepted.decisions).toContainEqual(
            expect.objectContaining({
                badge: 'B7',
                ruleName: LABELS.Rule_B7,
                commands: 'softphone: Busy Inbound'
            })
        );
        expect(decisions(trace.slice(-1)).map((d) => d.commands)).toContain('softphone: Ready');
    });

    it('issue 22.7: both sides start where the admin chooses, the softphone in the state that status maps to', () => {
        const defaults = page();
        expect(startChoices(DEFAULTS.statuses, defaults.compiled)[0].value).toBe('Available');
        const { trace } = sequenceDryRun(
            { sequenceId: 'pickStatus', start: 'Lunch', status: 'Break' },
            defaults,
            LABELS
        );
        expect(trace.map((entry) => entry.note)).toEqual([
            say(LABELS.Step_startOmni, 'Lunch'),
            say(LABELS.Step_startSoftphone, 'Away / Lunch'),
            say(LABELS.Step_picksStatus, 'Break')
        ]);
        expect(decisions(trace).map((d) => d.commands)).toContain('softphone: Away / Break');
    });

    it('issue 22.7: no two steps of a sequence share a title, and every sequence names the choices it takes', () => {
        for (const sequence of SEQUENCES) {
            const { trace } = sequenceDryRun(
                { sequenceId: sequence.id, start: 'Lunch', status: 'Break', state: 'Away / Meeting' },
                page(),
                LABELS
            );
            const notes = trace.map((entry) => entry.note);
            expect(new Set(notes).size).toBe(notes.length);
            expect(notes.every((note) => note && !/^[a-z]+[A-Z]/.test(note))).toBe(true);
        }
        expect(sequenceChoices(LABELS).every((choice) => Array.isArray(choice.needs))).toBe(true);
    });

    it('issue 22.7: each badge is worded: a behaviour by id and name, a recorded event explained, the sync off said', () => {
        expect(ruleWords('B10', LABELS)).toMatchObject({ badge: 'B10', ruleName: LABELS.Rule_B10 });
        expect(ruleWords('track', LABELS)).toMatchObject({
            badge: LABELS.Rule_track,
            ruleHelp: LABELS.Dry_Run_Recorded_Help,
            recorded: true
        });
        expect(ruleWords('off', LABELS)).toMatchObject({ badge: LABELS.Rule_off, recorded: false });
    });

    it('issue 22.7 (es): every word of a sequence is in the admin language: titles, rule names, the recorded badge', () => {
        const es = labelsIn('es');
        const en = labelsIn('en');
        const { trace } = sequenceDryRun(
            { sequenceId: 'inboundCall', start: 'Available_For_Chats' },
            page({ Revert_After_Inbound__c: true }),
            es
        );
        const all = decisions(trace);
        // No bare bookkeeping id: an event only recorded is named, and explained in words.
        expect(all.some((d) => d.badge === 'track')).toBe(false);
        const recorded = all.find((d) => d.recorded);
        expect(recorded).toMatchObject({ badge: es.Rule_track, ruleHelp: es.Dry_Run_Recorded_Help });
        expect(all.find((d) => d.badge === 'B10').ruleName).toBe(es.Rule_B10);
        const words = [
            ...trace.map((entry) => entry.heading),
            ...all.flatMap((d) => [d.badge, d.ruleName, d.ruleHelp, d.detail])
        ].join(' | ');
        const english = Object.keys(en)
            .filter((key) => /^(Step_|Rule_|Dry_Run_|Detail_)/.test(key) && en[key] !== es[key])
            .map((key) => [en[key].split('{')[0].trim(), es[key].split('{')[0].trim()])
            .filter(([lead, translated]) => lead !== translated && lead.length > 6 && words.includes(lead))
            .map(([lead]) => lead);
        expect(english).toEqual([]);
        expect(trace[0].heading).toBe('Paso 1: Omni-Channel empieza en Available for Chats');
    });
});
