/**
 * What a sync health report says (issue 24): the condition a view shows (healthReading), the decisions it carries
 * (reportDecisions), and the Report Sync Health setting that switches reports on and off.
 */
import { WALL_START, lost } from '../test-support/health-reporter-world';
import { view } from '../test-support/panel-view';
import { healthReading, reportDecisions, reportSyncHealthOf } from './health-report';
import { readSettings } from '../mapping/records';
import type { DiagnosticInput, PanelViewInput } from './types';

const diagnostic = (code: string, params: Record<string, string> = {}): DiagnosticInput =>
    ({ code, severity: 'warning', subject: 'x', message: 'x', params }) as DiagnosticInput;

describe('healthReading', () => {
    it.each<[string, PanelViewInput, string | null]>([
        ['a healthy driver', view(), 'healthy'],
        ['a follower (only the driving tab reports)', view({ role: 'follower' }), null],
        ['a starting tab', view({ role: 'starting' }), null],
        ['a softphone still loading', view({ softphone: { ...view().softphone, bridge: 'connecting' } }), null],
        [
            'no hello from the softphone',
            view({ softphone: { ...view().softphone, bridge: 'noHandshake' } }),
            'never-connected'
        ],
        ['a lost softphone', lost(), 'softphone-lost'],
        [
            'a timed-out command',
            view({ diagnostics: [diagnostic('command-failed', { reason: 'toolkit-no-answer' })] }),
            'command-timed-out'
        ],
        [
            'a refused command',
            view({ diagnostics: [diagnostic('command-failed', { reason: 'E4711' })] }),
            'command-refused'
        ],
        ['a held change dropped', view({ diagnostics: [diagnostic('held-dropped')] }), 'held-dropped'],
        ['storage failing', view({ diagnostics: [diagnostic('state-not-saved')] }), 'storage-failing'],
        ['an unmapped state', view({ diagnostics: [diagnostic('unmapped-state')] }), 'unmapped'],
        ['sides that differ', view({ sidesDiffer: true }), 'sides-differ'],
        [
            'configuration problems',
            view({ diagnostics: [diagnostic('config'), diagnostic('config')] }),
            'config-problems'
        ]
    ])('%s', (_what, v, condition) => {
        expect(healthReading(v)?.condition ?? null).toBe(condition);
    });

    it('names state and status names and a softphone error code, never the softphone’s sentence', () => {
        const refused = healthReading(view({ diagnostics: [diagnostic('command-failed', { reason: 'E4711' })] }));
        expect(refused?.detail).toEqual({ omni: 'Available', softphone: 'Ready', code: 'E4711' });
        const worded = healthReading(
            view({ diagnostics: [diagnostic('command-failed', { reason: 'busy: agent is on a call with Ann' })] })
        );
        expect(worded?.detail.code).toBeUndefined();
        expect(healthReading(view({ diagnostics: [diagnostic('config'), diagnostic('config')] }))?.configProblems).toBe(
            2
        );
    });

    it('puts a lost softphone before the problems it causes', () => {
        const both = { ...lost(), diagnostics: [diagnostic('command-failed', { reason: 'softphone-no-answer' })] };
        expect(healthReading(both)?.condition).toBe('softphone-lost');
    });
});

describe('reportDecisions', () => {
    it('gives the decisions list’s rows newest last, without confirmations and echoes', () => {
        const decision = (seq: number, outcome: string, inputKind: string) => ({
            seq,
            at: WALL_START + seq * 1000,
            input: inputKind,
            inputKind,
            inputParams: { status: 'Lunch', state: 'Away', minor: 'Lunch' },
            rule: 'B1',
            outcome,
            outcomeParams: { side: 'omni', status: 'Lunch' },
            commands: []
        });
        // The view gives the newest first, as the audit log's `latest`.
        const decisions = [
            decision(3, 'command', 'softphone.stateChanged'),
            decision(2, 'confirmed', 'result'),
            decision(1, 'command', 'omni.statusChanged')
        ];
        const rows = reportDecisions(view({ decisions }), { canConfigure: false });
        expect(rows.map((row) => row.at)).toEqual([WALL_START + 1000, WALL_START + 3000]);
        expect(rows.every((row) => !row.routine)).toBe(true);
    });
});

describe('the Report Sync Health setting', () => {
    it('is on by default and reads the checkbox, with or without a namespace', () => {
        expect(reportSyncHealthOf(null)).toBe(true);
        expect(reportSyncHealthOf({})).toBe(true);
        expect(reportSyncHealthOf({ Report_Sync_Health__c: false })).toBe(false);
        expect(reportSyncHealthOf({ ops__Report_Sync_Health__c: false })).toBe(false);
        expect(reportSyncHealthOf({ Report_Sync_Health__c: 'true' })).toBe(true);
    });

    it('is in the settings model as reportSyncHealth, read the same way', () => {
        expect(readSettings(null, []).reportSyncHealth).toBe(true);
        expect(readSettings({ Report_Sync_Health__c: false }, []).reportSyncHealth).toBe(false);
        expect(readSettings({ ops__Report_Sync_Health__c: 'false' }, []).reportSyncHealth).toBe(false);
    });
});
