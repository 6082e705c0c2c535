/**
 * Issue 21.r1: a notice or a decision that states what the sync did stops saying it once a later event makes it
 * false. The softphone stops answering and the sync sets Omni-Channel to the Disconnect Status; the agent then picks
 * another status: the notice says where Omni-Channel is now and whether it may route work. The decision for that pick
 * names why the sync changed nothing, and a change held for the call is named in the headline and the decision.
 */
import { panelModel } from './model';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelText, PanelViewInput } from './types';
import { NOTICES } from './notice-table';
import { EN, ES } from '../test-support/panel-labels';

const en = (t: PanelText) => sayText(EN, t);
const es = (t: PanelText) => sayText(ES, t);

const AT = Date.UTC(2026, 11, 6, 9, 2, 30);
const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: { Away: 'Away', Available: 'Available', Lunch: 'Lunch', On_a_Call: 'On a Call' },
    busyStatuses: { Away: true, Lunch: true, On_a_Call: true },
    timeOf: (at) => new Date(at).toISOString().slice(11, 16)
};

/** The softphone stopped answering; the sync set Omni-Channel to the Disconnect Status, Away. */
function lostView(omni: PanelViewInput['omni'], decisions: DecisionInput[] = []): PanelViewInput {
    return {
        role: 'driver',
        syncEnabled: true,
        health: 'error',
        omni,
        softphone: {
            bridge: 'lost',
            presence: 'loggedIn',
            state: 'Busy Inbound',
            product: 'ContactPad',
            onInteraction: true,
            lost: { at: AT, disconnectStatus: 'Away', disconnectLabel: 'Away' }
        },
        held: null,
        diagnostics: [],
        decisions: [...decisions].reverse(),
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

const lostNotice = (view: PanelViewInput, say: (t: PanelText) => string) =>
    panelModel(view, CONTEXT)
        .notices.filter((n) => n.id === 'softphone-lost')
        .map((n) => say({ key: n.key, params: n.params }));

describe('issue 21.r1: the lost-softphone notice after the agent changes Omni-Channel', () => {
    it('says the Disconnect Status while Omni-Channel is in it', () => {
        const view = lostView({ presence: 'online', status: 'Away', label: 'Away' });
        expect(lostNotice(view, en)[0]).toMatch(/^The sync set Omni-Channel to Away: the Disconnect Status/);
    });

    it('the agent picked Available: says Omni-Channel is Available again and may route work, in English and Spanish', () => {
        const view = lostView({ presence: 'online', status: 'Available', label: 'Available' });
        expect(lostNotice(view, en)).toEqual([
            'Omni-Channel is Available again: you may be routed work while your softphone does not answer. Select Reload softphone; once it answers, the sync checks both sides again.'
        ]);
        expect(lostNotice(view, es)[0]).toMatch(/^Omni-Channel vuelve a estar en Available: puede recibir trabajo/);
        expect(lostNotice(view, en).join(' ')).not.toContain('The sync set Omni-Channel to Away');
    });

    it('the agent picked another busy status, or logged out: never "the sync set Omni-Channel to Away"', () => {
        const lunch = lostNotice(lostView({ presence: 'online', status: 'Lunch', label: 'Lunch' }), en);
        expect(lunch[0]).toMatch(/^Omni-Channel is now Lunch, no longer the Disconnect Status the sync set/);
        const out = lostNotice(lostView({ presence: 'offline', status: null, label: null }), en);
        expect(out[0]).toMatch(/^You are logged out of Omni-Channel while your softphone does not answer/);
    });

    it('every wording of the notice is in the table, in English and Spanish', () => {
        for (const key of NOTICES.softphoneLost.wording) {
            expect(EN[key]).toBeTruthy();
            expect(ES[key]).toBeTruthy();
        }
    });
});

describe('issue 21.r1: the decisions name why the sync changed nothing, and the change it holds', () => {
    const pick: DecisionInput = {
        seq: 30,
        at: AT + 60_000,
        input: 'omni statusChanged Available (OmniManualStatusChange)',
        inputKind: 'omni.statusChanged',
        inputParams: { status: 'Available', statusLabel: 'Available', reason: 'OmniManualStatusChange' },
        rule: 'B2',
        outcome: 'softphone-unavailable',
        detailKey: 'omni_change_softphone_out',
        detailParams: { omni: 'Available' },
        commands: []
    };
    const rows = (decisions: DecisionInput[], say: (t: PanelText) => string) =>
        panelModel(lostView({ presence: 'online', status: 'Available', label: 'Available' }, decisions), CONTEXT)
            .decisions.filter((d) => !d.routine)
            .map((d) => `${say(d.input)} ${say(d.outcome)}`);

    it('the pick while the softphone does not answer says the softphone cannot be sent anything', () => {
        expect(rows([pick], en)).toEqual([
            'You changed Omni-Channel to Available. The sync left the softphone as it is: it is not connected or not logged in, so nothing can be sent to it.'
        ]);
        expect(rows([pick], es)[0]).toContain('La sincronización dejó el softphone como está');
    });

    it('no blocked outcome says only "a setting or the situation does not allow it"', () => {
        const blocked = [
            'omni-offline',
            'softphone-unavailable',
            'login-off',
            'logout-off',
            'sync-disabled',
            'drop-held',
            'handover',
            'maintenance',
            'held-superseded',
            'held-expired',
            'no-login',
            'refused',
            'omni-event-dropped'
        ];
        for (const outcome of blocked) {
            const [row] = rows([{ ...pick, outcome }], en);
            expect({ outcome, vague: row?.includes('a setting or the situation') }).toEqual({ outcome, vague: false });
            expect(ES[`Outcome_blocked_${outcome.replace(/-/g, '_')}`]).toBeTruthy();
        }
    });

    it('the softphone reconnects on its call: the decision and the headline name the change that waits', () => {
        const reconnected: DecisionInput = {
            seq: 31,
            at: AT + 90_000,
            input: 'softphone connected Busy Inbound',
            inputKind: 'softphone.connected',
            inputParams: { state: 'Busy Inbound' },
            rule: 'B11',
            outcome: 'hold',
            detailKey: 'held_on_interaction',
            detailParams: { omni: 'Lunch' },
            commands: []
        };
        expect(rows([reconnected], en)).toEqual([
            'The softphone connected in Busy Inbound. The sync holds Lunch until the call ends.'
        ]);
        expect(rows([reconnected], es)[0]).toContain('La sincronización retiene Lunch hasta que termine la llamada.');
        const held: PanelViewInput = {
            ...lostView({ presence: 'online', status: 'Lunch', label: 'Lunch' }),
            softphone: {
                bridge: 'connected',
                presence: 'loggedIn',
                state: 'Busy Inbound',
                product: 'ContactPad',
                onInteraction: true
            },
            health: 'ok',
            held: { towards: 'softphone', target: { kind: 'status', status: 'Lunch' }, statusLabel: 'Lunch' }
        };
        expect(en(panelModel(held, CONTEXT).headline)).toBe('Lunch waits for the call to end');
        expect(es(panelModel(held, CONTEXT).headline)).toBe('Lunch espera a que termine la llamada');
    });
});
