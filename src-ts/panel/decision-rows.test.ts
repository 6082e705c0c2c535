/**
 * Issue 21, items 2 and 4: the decisions list says each event once, with everything the sync did about it, and a
 * lost softphone as a lost connection (what it last showed, what the sync did to Omni-Channel and why).
 */
import { panelModel } from './model';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN, ES } from '../test-support/panel-labels';

const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: { Away: 'Away', On_a_Call: 'On a Call', Available: 'Available' }
};

const view = (decisions: DecisionInput[], product: string | null = 'ContactPad'): PanelViewInput =>
    inSyncView({
        omni: { presence: 'online', status: 'Away', label: 'Away' },
        softphone: { ...inSyncView().softphone, product },
        // The view lists the newest first.
        decisions: [...decisions].reverse()
    });

/** The list's sentences as the panel shows them (input, then what the sync did), with confirmations hidden. */
function rows(decisions: DecisionInput[], labels: Record<string, string>, product?: string | null): string[] {
    return panelModel(view(decisions, product), CONTEXT)
        .decisions.filter((d) => !d.routine)
        .map((d) => `${sayText(labels, d.input)} ${sayText(labels, d.outcome)}`)
        .reverse();
}

const at = 1_796_598_156_970;
const LOGOUT = { at, input: 'omni logout (OmniSupervisorLogout)', inputKind: 'omni.logout' };
const SUPERVISOR_LOGOUT: DecisionInput[] = [
    {
        seq: 41,
        ...LOGOUT,
        inputParams: { reason: 'OmniSupervisorLogout' },
        rule: 'B5',
        outcome: 'recorded',
        detailKey: 'omni_supervisor_logout',
        commands: []
    },
    {
        seq: 42,
        ...LOGOUT,
        inputParams: { reason: 'OmniSupervisorLogout' },
        rule: 'B5',
        outcome: 'command',
        outcomeParams: { side: 'softphone', command: 'logout', state: 'loggedOut' },
        detailKey: 'set_softphone',
        detailParams: { softphone: 'logged out' },
        commands: ['softphone logout']
    }
];
const ACCEPT = {
    at: at + 10,
    input: 'omni workAccepted 0BZ1',
    inputKind: 'omni.workAccepted',
    inputParams: { work: '0BZ1' }
};
const ACCEPTED: DecisionInput[] = [
    {
        seq: 25,
        ...ACCEPT,
        rule: 'B19',
        outcome: 'command',
        outcomeParams: { side: 'softphone', command: 'workItem', work: '0BZ1' },
        detailKey: 'work_forwarded',
        detailParams: { event: 'accepted', work: '0BZ1' },
        commands: ['softphone workItem accepted 0BZ1']
    },
    {
        seq: 26,
        ...ACCEPT,
        rule: 'B7',
        outcome: 'work-busy',
        detailKey: 'work_accepted_busy',
        detailParams: { state: 'Busy Inbound' },
        commands: []
    },
    {
        seq: 27,
        ...ACCEPT,
        rule: 'B7',
        outcome: 'command',
        outcomeParams: { side: 'softphone', command: 'setState', state: 'Busy Inbound' },
        detailKey: 'set_softphone',
        detailParams: { softphone: 'Busy Inbound' },
        commands: ['softphone setState Busy Inbound']
    }
];
const CONFIRMED: DecisionInput = {
    seq: 28,
    at: at + 20,
    input: 'result s7 ok',
    inputKind: 'result',
    inputParams: { command: 's7', ok: 'true' },
    rule: 'B7',
    outcome: 'confirmed',
    detailKey: 'softphone_confirmed',
    detailParams: { softphone: 'Busy Inbound' },
    commands: []
};

const lost = (disconnectStatus: string): DecisionInput[] => {
    const input = { at, input: 'softphone disconnected', inputKind: 'softphone.disconnected' };
    const decisions: DecisionInput[] = [
        {
            seq: 50,
            ...input,
            inputParams: { reason: 'heartbeat-lost' },
            rule: 'B17',
            outcome: 'disconnected',
            detailKey: 'softphone_disconnected',
            detailParams: { reason: 'heartbeat-lost', softphone: 'Busy Inbound', omni: 'On_a_Call', disconnectStatus },
            commands: []
        }
    ];
    if (disconnectStatus !== '')
        decisions.push({
            seq: 51,
            ...input,
            inputParams: { reason: 'heartbeat-lost' },
            rule: 'B17',
            outcome: 'command',
            outcomeParams: { side: 'omni', command: 'setServicePresenceStatus', status: disconnectStatus },
            detailKey: 'set_omni',
            detailParams: { omni: disconnectStatus },
            commands: [`omni setServicePresenceStatus ${disconnectStatus}`]
        });
    return decisions;
};

describe('issue 21.10: one row per event in the decisions list', () => {
    it('says a supervisor\'s logout once, with what the sync did, never also as "nothing to do"', () => {
        expect(rows(SUPERVISOR_LOGOUT, EN)).toEqual([
            'A supervisor logged you out of Omni-Channel. The sync logged the softphone out.'
        ]);
        expect(rows(SUPERVISOR_LOGOUT, ES)).toEqual([
            'Un supervisor cerró su sesión de Omni-Channel. La sincronización cerró la sesión del softphone.'
        ]);
    });

    it('says an accepted work item once, with each thing the sync did in order', () => {
        expect(rows([...ACCEPTED, CONFIRMED], EN)).toEqual([
            'You accepted Omni-Channel work. The sync passed it on to the softphone. The sync set the softphone to Busy Inbound.'
        ]);
        // Shown on request, the confirmation is its own event.
        const all = panelModel(view([...ACCEPTED, CONFIRMED]), CONTEXT).decisions;
        expect(all.map((d) => d.routine)).toEqual([true, false]);
    });

    it('keeps two events of the same words apart', () => {
        const again = SUPERVISOR_LOGOUT.map((d) => ({ ...d, seq: d.seq + 100, at: d.at + 5000 }));
        expect(rows([...SUPERVISOR_LOGOUT, ...again], EN)).toHaveLength(2);
    });
});

describe('issue 21.10: a lost softphone in the decisions list', () => {
    it('says the lost connection, what the softphone last showed, and the Disconnect Status the sync set', () => {
        expect(rows(lost('Away'), EN)).toEqual([
            'ContactPad lost its connection (the softphone stopped answering); it last showed Busy Inbound. The sync moves Omni-Channel to the Disconnect Status, Away, so that it routes you no work meanwhile.'
        ]);
        expect(rows(lost('Away'), ES)).toEqual([
            'ContactPad perdió la conexión (el softphone dejó de responder); lo último que mostró fue Busy Inbound. La sincronización pasa Omni-Channel al estado de desconexión, Away, para que no le asigne trabajo mientras tanto.'
        ]);
    });

    it('says why in detail: what the softphone showed, what Omni-Channel was in, the Disconnect Status', () => {
        const why = panelModel(view(lost('Away')), CONTEXT).decisions[0]?.detail;
        expect(why && sayText(EN, why)).toBe(
            "The softphone's connection was lost (the softphone stopped answering) while it showed Busy Inbound and Omni-Channel was On a Call; the sync moves Omni-Channel to the Disconnect Status, Away."
        );
    });

    it('says that Omni-Channel stays as it was, and why, without a Disconnect Status', () => {
        expect(rows(lost(''), EN, null)).toEqual([
            'The softphone lost its connection (the softphone stopped answering); it last showed Busy Inbound. The sync left Omni-Channel at On a Call: no Disconnect Status is set, so Omni-Channel may still route you work.'
        ]);
        const why = panelModel(view(lost('')), CONTEXT).decisions[0]?.detail;
        expect(why && sayText(ES, why)).toBe(
            'Se perdió la conexión del softphone (el softphone dejó de responder) cuando mostraba Busy Inbound; no hay ningún estado de desconexión, así que Omni-Channel sigue en On a Call.'
        );
    });
});
