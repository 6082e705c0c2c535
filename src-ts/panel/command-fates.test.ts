/**
 * Issue 21.r2: the decisions list says what the sync did from each command's answer, never from the request: asked
 * for while the answer is pending, set once it landed, and a refusal that names the change and the side's words.
 */
import { panelModel } from './model';
import { sayText } from './text';
import { supportBundleJson } from './exports';
import type { DecisionInput, PanelContext, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN, ES } from '../test-support/panel-labels';

const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: { Lunch: 'Lunch', Available: 'Available', On_a_Call: 'On a Call' }
};

const view = (decisions: DecisionInput[]): PanelViewInput =>
    inSyncView({
        omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
        softphone: { ...inSyncView().softphone, product: 'ContactPad' },
        decisions: [...decisions].reverse()
    });

/** The list's rows, oldest first: what came in, then what the sync did. */
function rows(decisions: DecisionInput[], labels: Record<string, string>): string[] {
    return panelModel(view(decisions), CONTEXT)
        .decisions.filter((d) => !d.routine)
        .map((d) => `${sayText(labels, d.input)} ${sayText(labels, d.outcome)}`)
        .reverse();
}

const at = 1_796_598_156_970;
/** The agent picks Lunch in Omni-Channel; the sync sends the softphone to Away / Lunch (command s5). */
const PICK: DecisionInput = {
    seq: 10,
    at,
    input: 'omni statusChanged Lunch (OmniManualStatusChange)',
    inputKind: 'omni.statusChanged',
    inputParams: { status: 'Lunch', statusLabel: 'Lunch', reason: 'OmniManualStatusChange' },
    rule: 'B2',
    outcome: 'command',
    outcomeParams: { side: 'softphone', command: 'setState', id: 's5', state: 'Away', minor: 'Lunch' },
    detailKey: 'set_softphone',
    detailParams: { softphone: 'Away / Lunch' },
    commands: ['softphone setState Away / Lunch']
};
const answer = (ok: boolean, seq = 11, id = 's5', rule = 'B2'): DecisionInput => ({
    seq,
    at: at + 40,
    input: ok ? `result ${id} ok` : `result ${id} failed (E4711: agent locked by supervisor)`,
    inputKind: 'result',
    inputParams: ok
        ? { command: id, ok: 'true' }
        : { command: id, ok: 'false', error: 'E4711: agent locked by supervisor' },
    rule: ok ? rule : 'B17',
    outcome: ok ? 'confirmed' : 'gave-up',
    detailKey: ok ? 'softphone_confirmed' : 'softphone_gave_up',
    detailParams: ok ? { softphone: 'Away / Lunch' } : { attempts: '1', reason: 'E4711: agent locked by supervisor' },
    commands: []
});

describe('issue 21.r2: what the sync did, from the command’s answer', () => {
    it('says the change was asked for while the answer is pending', () => {
        expect(rows([PICK], EN)).toEqual([
            'You changed Omni-Channel to Lunch. The sync asked the softphone to change to Away / Lunch.'
        ]);
        expect(rows([PICK], ES)).toEqual([
            'Usted cambió Omni-Channel a Lunch. La sincronización pidió al softphone que cambie a Away / Lunch.'
        ]);
    });

    it('says it was set once the softphone confirmed it', () => {
        expect(rows([PICK, answer(true)], EN)).toEqual([
            'You changed Omni-Channel to Lunch. The sync set the softphone to Away / Lunch.'
        ]);
    });

    it('a refusal keeps "asked" and its row names the change and the softphone’s words', () => {
        expect(rows([PICK, answer(false)], EN)).toEqual([
            'You changed Omni-Channel to Lunch. The sync asked the softphone to change to Away / Lunch.',
            "The softphone did not take the sync's change to Away / Lunch: the softphone's own words: “E4711: agent locked by supervisor”. The sync could not make its change."
        ]);
        const es = rows([PICK, answer(false)], ES);
        expect(es[1]).toContain('El softphone no aceptó el cambio de la sincronización a Away / Lunch');
        expect(es[1]).toContain('E4711: agent locked by supervisor');
    });

    it('a change held for the call and refused at its end is passed on, never "applied" nor "set"', () => {
        const end = {
            at: at + 1000,
            input: 'softphone interactionEnded call-1',
            inputKind: 'softphone.interactionEnded'
        };
        const applied: DecisionInput[] = [
            {
                seq: 20,
                ...end,
                rule: 'B11',
                outcome: 'apply-held',
                outcomeParams: { side: 'omni', status: 'Lunch' },
                detailKey: 'apply_held_status',
                detailParams: { status: 'Lunch' },
                commands: []
            },
            { ...PICK, ...end, seq: 21, rule: 'B11', outcomeParams: { ...PICK.outcomeParams, id: 's9' } }
        ];
        const refused = [...applied, { ...answer(false, 22, 's9'), at: at + 1040 }];
        const [ended, refusal] = rows(refused, EN);
        expect(ended).toBe(
            'The contact centre reported that the call ended. The sync passes on the change that waited: the call is over. The sync asked the softphone to change to Away / Lunch.'
        );
        expect(refusal).toContain("The softphone did not take the sync's change to Away / Lunch");
        // Once it landed, the change that waited was applied.
        const landed = rows([...applied, { ...answer(true, 22, 's9', 'B11'), at: at + 1040 }], EN);
        expect(landed[0]).toBe(
            'The contact centre reported that the call ended. The sync applied the change that waited. The sync set the softphone to Away / Lunch.'
        );
    });

    it('the support bundle says the same, decision by decision', () => {
        const bundle = JSON.parse(
            supportBundleJson({
                view: view([PICK, answer(false)]),
                entries: [PICK, answer(false)],
                configuration: null,
                userId: '005',
                exportedAt: at,
                say: (text) => sayText(EN, text),
                context: CONTEXT
            })
        ) as { decisions: { whatTheSyncDid: string; whatHappened: string }[] };
        expect(bundle.decisions[0]?.whatTheSyncDid).toBe('The sync asked the softphone to change to Away / Lunch.');
        expect(bundle.decisions[1]?.whatHappened).toContain("did not take the sync's change to Away / Lunch");
    });
});
