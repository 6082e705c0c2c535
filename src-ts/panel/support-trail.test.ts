/**
 * Issue 21.r4: the support trail in support-facing words. One event id groups the rows of one agent action in the
 * CSV and the bundle; a rule that is no behaviour id (the engine's `track`) is no rule for support; the why never
 * holds a call id or "start-up authority", never calls a softphone state by an Omni-Channel status; and a softphone
 * without a known name is "El softphone" in Spanish.
 */
import { decisionsCsv, supportBundleJson } from './exports';
import { panelModel } from './model';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN, ES } from '../test-support/panel-labels';

const CONTEXT: PanelContext = { canConfigure: false, statusLabels: { Available: 'Available', On_a_Call: 'On a Call' } };
const at = Date.UTC(2026, 11, 6, 9, 0, 0);

const view = (decisions: DecisionInput[], product: string | null): PanelViewInput =>
    inSyncView({ softphone: { ...inSyncView().softphone, product }, decisions: [...decisions].reverse() });

const CALL_START = {
    at,
    input: 'softphone interactionStarted inbound call-1',
    inputKind: 'softphone.interactionStarted'
};
/** An inbound call: recorded (the engine's `track`), then Omni-Channel set On a Call; then the sync's start-up. */
const TRAIL: DecisionInput[] = [
    {
        seq: 1,
        at: at - 5000,
        input: 'softphone connected Ready',
        inputKind: 'softphone.connected',
        inputParams: { state: 'Ready' },
        rule: 'B15',
        outcome: 'reconcile',
        detailKey: 'reconcile_start',
        detailParams: { softphone: 'Ready', omni: 'Available', authority: 'Softphone' },
        commands: []
    },
    {
        seq: 2,
        ...CALL_START,
        inputParams: { interaction: 'call-1', direction: 'inbound' },
        rule: 'track',
        outcome: 'interaction',
        detailKey: 'interaction_started',
        detailParams: { interaction: 'call-1', direction: 'inbound', omni: 'Available' },
        commands: []
    },
    {
        seq: 3,
        ...CALL_START,
        inputParams: { interaction: 'call-1', direction: 'inbound' },
        rule: 'B1',
        outcome: 'command',
        outcomeParams: { side: 'omni', command: 'setServicePresenceStatus', status: 'On_a_Call', id: 'o4' },
        detailKey: 'set_omni',
        detailParams: { omni: 'On_a_Call' },
        commands: ['omni setServicePresenceStatus On_a_Call']
    },
    {
        seq: 4,
        at: at + 9000,
        input: 'omni workClosed 0BZ1',
        inputKind: 'omni.workClosed',
        inputParams: { work: '0BZ1' },
        rule: 'B7',
        outcome: 'work-release',
        detailKey: 'work_over',
        detailParams: { omni: 'Available' },
        commands: []
    }
];

const input = (language: Record<string, string>, product: string | null = 'ContactPad') => ({
    view: view(TRAIL, product),
    entries: TRAIL,
    configuration: null,
    userId: '005',
    exportedAt: at + 60_000,
    say: (text: Parameters<typeof sayText>[1]) => sayText(language, text),
    context: CONTEXT
});

describe('issue 21.r4: the support trail in support-facing words', () => {
    it('the CSV groups one action by its event and leaves the engine’s bookkeeping without a rule', () => {
        const csv = decisionsCsv(
            input(ES),
            Array.from({ length: 13 }, (_, i) => `c${i}`)
        );
        const rows = csv
            .split('\r\n')
            .slice(1)
            .map((row) => row.split('","').map((cell) => cell.replace(/^"|"$/g, '')));
        expect(rows.map((row) => row[12])).toEqual(['1', '2', '2', '4']);
        expect(rows.map((row) => row[2])).toEqual(['B15', '', 'B1', 'B7']);
        expect(csv).not.toContain('track');
    });

    it('the bundle: event and rule as support reads them; the why holds no call id, no "authority", no Omni status as a softphone state', () => {
        for (const language of [EN, ES]) {
            const bundle = JSON.parse(supportBundleJson(input(language))) as {
                decisions: { event: number; rule: string | null; why: string; codes: { rule?: string } }[];
            };
            expect(bundle.decisions.map((d) => d.event)).toEqual([1, 2, 2, 4]);
            expect(bundle.decisions.map((d) => d.rule)).toEqual(['B15', null, 'B1', 'B7']);
            expect(bundle.decisions[1]?.codes.rule).toBe('track');
            const why = bundle.decisions.map((d) => d.why).join(' ');
            expect(why).not.toMatch(/call-1|authority|autoridad/);
            expect(why).not.toMatch(/softphone (goes to|pasa a) Available/);
        }
    });

    it('a softphone without a known name is "El softphone" in Spanish', () => {
        const lost: DecisionInput = {
            seq: 9,
            at,
            input: 'softphone disconnected',
            inputKind: 'softphone.disconnected',
            inputParams: { reason: 'frame-reloaded' },
            rule: 'B17',
            outcome: 'disconnected',
            detailKey: 'softphone_disconnected',
            detailParams: { reason: 'frame-reloaded', softphone: 'logged out', omni: 'offline', disconnectStatus: '' },
            commands: []
        };
        const [row] = panelModel(view([lost], null), CONTEXT).decisions;
        expect(row && sayText(ES, row.input)).toMatch(/^El softphone perdió la conexión/);
        expect(row && sayText(EN, row.input)).toMatch(/^The softphone lost its connection/);
        const [named] = panelModel(view([lost], 'ContactPad'), CONTEXT).decisions;
        expect(named && sayText(ES, named.input)).toMatch(/^ContactPad perdió la conexión/);
    });
});
