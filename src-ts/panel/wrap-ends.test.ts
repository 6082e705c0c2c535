/**
 * A call's wrap ended in the softphone (issue 21): ContactPad sends the interaction's end, then its after-call state
 * with `cause: 'system'`, whether the agent clicked End wrap or the wrap time ran out. The list and the exports say
 * the softphone changed as the wrap ended, naming neither the contact centre nor the agent, and the held change the
 * agent picked during the call still applies (B11). Words from the shipped English and Spanish labels.
 */
import { join } from 'node:path';
import { decisionRows } from './decision-rows';
import { decisionsCsv, supportBundleJson } from './exports';
import { sayText } from './text';
import type { DecisionInput, PanelContext, PanelViewInput } from './types';
import { WRAP_END_PARAM, withWrapEnds } from './wrap-ends';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('../../scripts/lib/custom-labels.cjs') as {
    readLabels: (root: string, language?: string, prefix?: string) => Record<string, string>;
};
const repo = join(__dirname, '..', '..');
const EN = readLabels(repo, 'en', 'Presence_Sync_');
const ES = readLabels(repo, 'es', 'Presence_Sync_');

const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: { Available: 'Available', On_a_Call: 'On a Call', After_Call_Work: 'After Call Work', Lunch: 'Lunch' }
};

/** A walk's decisions as the engine recorded them in the simulator (the export of an End wrap click). */
function walk(): DecisionInput[] {
    let seq = 0;
    const d = (
        at: number,
        inputKind: string,
        inputParams: Record<string, string>,
        outcome: string,
        more: Partial<DecisionInput> = {}
    ): DecisionInput => ({
        seq: ++seq,
        at,
        input: `${inputKind} ${JSON.stringify(inputParams)}`,
        inputKind,
        inputParams,
        rule: 'track',
        outcome,
        commands: [],
        detailKey: 'recorded',
        detailParams: {},
        ...more
    });
    const ready = { state: 'Ready', cause: 'system' };
    return [
        d(1, 'softphone.interactionStarted', { interaction: 'call-1', direction: 'inbound' }, 'interaction'),
        d(2, 'softphone.stateChanged', { state: 'Busy Inbound', cause: 'system' }, 'command', {
            outcomeParams: { side: 'omni', command: 'setServicePresenceStatus', id: 'o2', status: 'On_a_Call' }
        }),
        d(3, 'omni.statusChanged', { status: 'Lunch', reason: 'OmniManualStatusChange' }, 'hold', {
            outcomeParams: { side: 'softphone', status: 'Lunch' },
            detailKey: 'held_on_interaction',
            detailParams: { omni: 'Lunch' }
        }),
        d(4, 'softphone.stateChanged', { state: 'Wrap', cause: 'system' }, 'command', {
            outcomeParams: { side: 'omni', command: 'setServicePresenceStatus', id: 'o3', status: 'After_Call_Work' }
        }),
        d(5, 'softphone.interactionEnded', { interaction: 'call-1' }, 'interaction'),
        d(6, 'softphone.stateChanged', ready, 'apply-held', {
            outcomeParams: { side: 'omni', status: 'Lunch' },
            detailKey: 'apply_held_status',
            detailParams: { status: 'Lunch' }
        }),
        d(6, 'softphone.stateChanged', ready, 'command', {
            outcomeParams: { side: 'softphone', command: 'setState', id: 's5', state: 'Away', minor: 'Lunch' },
            commands: ['softphone setState Away / Lunch']
        })
    ];
}

const view = (decisions: readonly DecisionInput[]): PanelViewInput => ({
    role: 'driver',
    syncEnabled: true,
    health: 'ok',
    omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
    softphone: { bridge: 'connected', presence: 'loggedIn', state: 'Away', product: null, onInteraction: false },
    held: null,
    diagnostics: [],
    decisions: [...decisions].reverse(),
    rejectedMessages: 0,
    rejectedByReason: {}
});

/** The list's rows (newest first) as a person reads each: what came in. */
const listed = (labels: Record<string, string>, decisions: readonly DecisionInput[]) =>
    decisionRows([...decisions].reverse(), CONTEXT).map((row) => sayText(labels, row.input));

describe('a wrap ended in the softphone (issue 21)', () => {
    it('says the softphone changed as the wrap ended, naming no one, in English and Spanish', () => {
        const en = listed(EN, walk());
        expect(en[0]).toBe("The softphone changed to Ready: the call's wrap ended.");
        expect(en).not.toContain('The contact centre set the softphone to Ready.');
        // The call and the wrap the contact centre put the softphone in stay its own.
        expect(en).toContain('The contact centre set the softphone to Busy Inbound.');
        expect(en).toContain('The contact centre set the softphone to Wrap.');
        const es = listed(ES, walk());
        expect(es[0]).toBe('El softphone pasó a Ready: terminó el cierre de la llamada.');
        expect(es.join(' ')).not.toMatch(/El centro de contacto puso el softphone en Ready/);
    });

    it('the held change the agent picked still applies at the wrap end: the sync sets the softphone to Lunch', () => {
        const [row] = decisionRows([...walk()].reverse(), CONTEXT);
        expect(sayText(EN, row!.outcome)).toContain('Lunch');
        expect(sayText(EN, row!.outcome)).not.toMatch(/cancel|dropped|not applied/i);
    });

    it('the exports name the softphone as who acted, and keep the engine codes as recorded', () => {
        const decisions = walk();
        const bundle = JSON.parse(
            supportBundleJson({
                view: view(decisions),
                entries: decisions,
                configuration: null,
                userId: '005000000000001',
                exportedAt: 0,
                say: (text) => sayText(EN, text),
                context: CONTEXT
            })
        ) as { decisions: { whoActed: string; whatHappened: string; codes: DecisionInput }[] };
        const ends = bundle.decisions.filter((row) => row.codes.inputParams?.state === 'Ready');
        expect(ends.map((row) => [row.whoActed, row.whatHappened])).toEqual([
            ['The softphone', "The softphone changed to Ready: the call's wrap ended."],
            ['The softphone', "The softphone changed to Ready: the call's wrap ended."]
        ]);
        for (const row of bundle.decisions) expect(row.codes.inputParams?.[WRAP_END_PARAM]).toBeUndefined();
        const busy = bundle.decisions.find((row) => row.codes.inputParams?.state === 'Busy Inbound');
        expect(busy?.whoActed).toBe('The contact centre');
        const csv = decisionsCsv(
            {
                view: view(decisions),
                entries: decisions,
                configuration: null,
                userId: '005000000000001',
                exportedAt: 0,
                say: (text) => sayText(ES, text),
                context: CONTEXT
            },
            []
        );
        expect(csv).toContain('El softphone pasó a Ready: terminó el cierre de la llamada.');
    });

    it('a state change while another interaction stays open is not a wrap end', () => {
        const decisions = walk();
        const second = {
            ...decisions[0]!,
            seq: 0,
            at: 0,
            inputParams: { interaction: 'call-0', direction: 'inbound' },
            input: 'softphone.interactionStarted call-0'
        };
        const marked = withWrapEnds([second, ...decisions]);
        expect(marked.some((d) => d.inputParams?.[WRAP_END_PARAM] !== undefined)).toBe(false);
    });

    it('a state change of the agent after the call, or one not right after its end, is not a wrap end', () => {
        const decisions = walk().slice(0, 5);
        const agent: DecisionInput = {
            ...decisions[3]!,
            seq: 6,
            at: 6,
            input: 'softphone.stateChanged agent',
            inputParams: { state: 'Away', cause: 'agent' }
        };
        const later: DecisionInput = {
            ...agent,
            seq: 7,
            at: 7,
            input: 'softphone.stateChanged system',
            inputParams: { state: 'Ready', cause: 'system' }
        };
        const marked = withWrapEnds([...decisions, agent, later]);
        expect(marked.some((d) => d.inputParams?.[WRAP_END_PARAM] !== undefined)).toBe(false);
        expect(sayText(EN, decisionRows([later, agent], CONTEXT)[1]!.input)).toBe('You set the softphone to Away.');
    });
    it('an offer missed or declined, or a call without wrap, is not a wrap end: the contact centre set that state', () => {
        const [started, talk, , , ended] = walk();
        const after = (state: string): DecisionInput => ({
            ...started!,
            seq: 9,
            at: 9,
            inputKind: 'softphone.stateChanged',
            input: `softphone.stateChanged ${state}`,
            inputParams: { state, cause: 'system' }
        });
        const missed = withWrapEnds([started!, ended!, after('Away / Missed')]);
        expect(missed.some((d) => d.inputParams?.[WRAP_END_PARAM] !== undefined)).toBe(false);
        const noWrap = withWrapEnds([started!, talk!, ended!, after('Ready')]);
        expect(noWrap.some((d) => d.inputParams?.[WRAP_END_PARAM] !== undefined)).toBe(false);
    });
});
