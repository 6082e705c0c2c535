// Issue 22, review item 10: the dry run's inbound call shows what the console does, before the softphone's states
// are fetched too (the chosen preset's call states): the call's own states, the revert as a change, or a line
// saying Revert After Inbound is off; and every command in words, never an internal command line.
import { compileMapping, formatLabel } from 'c/presenceSyncSetupKit';
import { LABELS } from '../labels';
import { editable, MAPPING_TYPE, SETTING_TYPE, compilerInput } from '../model';
import { SEQUENCES } from '../sequences';
import { sequenceDryRun } from '../dryRunView';
import { applyPreset, pageCatalogue } from '../softphoneSwitch';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { readLabels } = require('../../../../../../lib/custom-labels.cjs');

const ROOT = join(__dirname, '../../../../../..');
const DEFAULTS = JSON.parse(readFileSync(join(ROOT, 'src-ts/test-support/package-defaults.generated.json'), 'utf8'));
const say = (template, ...values) => formatLabel(template, values);
const labelsIn = (language) => ({
    ...readLabels(ROOT, language, 'Presence_Sync_'),
    ...readLabels(ROOT, language, 'Presence_Sync_Setup_')
});
const REVERT_LABEL = { en: 'Revert After Inbound', es: 'Volver tras una llamada entrante' };

/**
 * The page as the component hands it to the dry run, before the softphone's states are fetched (`catalogue` null):
 * the states offered are the chosen preset's (`stateCatalogue`), with the preset applied unless `presetId` is vonage.
 */
function page(presetId, settings = {}, language = 'en') {
    const start = {
        records: DEFAULTS.mappings.map((record) => editable(MAPPING_TYPE, record)),
        settings: editable(SETTING_TYPE, DEFAULTS.settings),
        statuses: DEFAULTS.statuses,
        catalogue: null
    };
    const applied = presetId === 'vonage' ? start : { ...start, ...applyPreset(start, presetId) };
    const setting = { ...applied.settings, values: { ...applied.settings.values, ...settings } };
    const stateCatalogue = pageCatalogue(null, presetId);
    return {
        ...applied,
        settings: setting,
        stateCatalogue,
        manualStates: [],
        settingFields: [{ name: 'Revert_After_Inbound__c', label: REVERT_LABEL[language], type: 'BOOLEAN' }],
        compiled: compileMapping(compilerInput(applied.records, setting, DEFAULTS.statuses), stateCatalogue)
    };
}
const commands = (trace) => trace.flatMap((entry) => entry.decisions.map((d) => d.commands).filter(Boolean));

describe('issue 22.r10: the inbound call as the console plays it', () => {
    it('Talkdesk, revert on: On a Call, After Call Work, then back to the start status as a change', () => {
        const { trace } = sequenceDryRun({ sequenceId: 'inboundCall', start: 'Available' }, page('talkdesk'), LABELS);
        // Old code: no step for the call's states (the fetched catalogue is null), so Omni never left its status.
        expect(trace.map((entry) => entry.note)).toEqual(
            expect.arrayContaining([
                say(LABELS.Step_callState, 'On a Call'),
                say(LABELS.Step_wrapState, 'After Call Work')
            ])
        );
        const sent = commands(trace);
        const onCall = sent.indexOf(say(LABELS.Dry_Run_Command_Omni, 'On a Call'));
        const wrap = sent.indexOf(say(LABELS.Dry_Run_Command_Omni, 'After Call Work'));
        const back = sent.lastIndexOf(say(LABELS.Dry_Run_Command_Omni, 'Available'));
        expect(onCall).toBeGreaterThan(-1);
        expect(wrap).toBeGreaterThan(onCall);
        expect(back).toBeGreaterThan(wrap);
        expect(trace.some((entry) => entry.key === 'revert-off')).toBe(false);
    });

    it('Vonage, revert on, from Available for Chats: the revert is a change the sync makes (B10)', () => {
        const { trace } = sequenceDryRun(
            { sequenceId: 'inboundCall', start: 'Available_For_Chats' },
            page('vonage', { Revert_After_Inbound__c: true }),
            LABELS
        );
        const reverts = trace.flatMap((entry) => entry.decisions).filter((d) => d.badge === 'B10');
        // Old code: "Omni is already Available for Chats": Omni had never left it.
        expect(reverts.map((d) => d.commands)).toContain(say(LABELS.Dry_Run_Command_Omni, 'Available for Chats'));
        const sent = commands(trace);
        expect(sent.indexOf(say(LABELS.Dry_Run_Command_Omni, 'On a Call'))).toBeGreaterThan(-1);
    });

    it.each(['en', 'es'])('Vonage, revert off (%s): a line names the setting as Setup shows it', (language) => {
        const labels = labelsIn(language);
        const { trace } = sequenceDryRun(
            { sequenceId: 'inboundCall', start: 'Available_For_Chats' },
            page('vonage', { Revert_After_Inbound__c: false }, language),
            labels
        );
        expect(trace.map((entry) => entry.note)).toEqual(
            expect.arrayContaining([say(labels.Step_callState, 'Busy Inbound'), say(labels.Step_wrapState, 'Wrap')])
        );
        // Old code: nothing said the setting is off.
        expect(trace[trace.length - 1].heading).toBe(
            say(labels.Dry_Run_Revert_Off, REVERT_LABEL[language], 'Available for Chats')
        );
    });

    it.each(['en', 'es'])('no internal command line in any sequence (%s)', (language) => {
        const labels = labelsIn(language);
        for (const presetId of ['vonage', 'talkdesk', 'geomant']) {
            for (const sequence of SEQUENCES) {
                const { trace } = sequenceDryRun(
                    { sequenceId: sequence.id, start: 'Lunch', status: 'Break', state: 'Away' },
                    page(presetId, {}, language),
                    labels
                );
                const sent = commands(trace);
                // Old code: "omni setServicePresenceStatus Available", "softphone workItem accepted work-1".
                for (const line of sent)
                    expect([
                        line,
                        /setServicePresenceStatus|setState|workItem|AgentWork|work-\d|^omni /.test(line)
                    ]).toEqual([line, false]);
            }
        }
    });
});
