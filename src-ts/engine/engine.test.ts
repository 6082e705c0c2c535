/**
 * Unit tests of the engine's edges: the saved state (resume, clock shift), the exports the runtime
 * and the panel use (isOnInteraction, heldChange), and the keyed diagnostics and decisions.
 */
import {
    createEngine,
    heldChange,
    initialState,
    isOnInteraction,
    resumeState,
    shiftStateTimes,
    softphoneCommandReason
} from './engine';
import type { EngineInput, EngineState } from './types';
import { compileMapping } from '../mapping/compile';
import type { ScenarioConfiguration } from '../scenario/runner';
import defaultsJson from '../test-support/package-defaults.generated.json';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const config = { mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses };
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

function run(inputs: EngineInput[], start: EngineState = initialState(), now = 0) {
    const engine = createEngine(config);
    let state = start;
    const results = inputs.map((input) => {
        const result = engine.step(state, input, now);
        state = result.state;
        return result;
    });
    return { engine, state, results };
}

const connected = (state: string, interactions: { interactionId: string; direction: 'inbound' }[] = []) =>
    ({
        kind: 'softphone',
        event: 'connected',
        catalogue: defaults.catalogue,
        capabilities: [],
        loggedIn: true,
        state: { major: state, minor: null },
        interactions
    }) as const;

describe('the saved state', () => {
    it('B20: a saved seq outside the safe integer range is refused on load (command ids would repeat)', () => {
        const saved = JSON.parse(JSON.stringify(initialState())) as Record<string, unknown>;
        expect(resumeState({ ...saved, seq: 42 })?.seq).toBe(42);
        expect(resumeState({ ...saved, seq: Number.MAX_SAFE_INTEGER + 2 })).toBeNull();
        expect(resumeState({ ...saved, seq: -1 })).toBeNull();
        expect(resumeState({ ...saved, seq: 1.5 })).toBeNull();
        expect(resumeState({ ...saved, seq: 1e300 })).toBeNull();
    });

    it('B14: a state saved when the latest change was kept under the old key `lead` resumes with it', () => {
        const saved = JSON.parse(JSON.stringify(initialState())) as Record<string, unknown>;
        delete saved.latestChange;
        const change = { side: 'omni', value: { kind: 'status', status: 'Available' } };
        expect(resumeState({ ...saved, lead: change })?.latestChange).toEqual(change);
        expect(resumeState({ ...saved, latestChange: change })?.latestChange).toEqual(change);
        expect(resumeState(saved)?.latestChange).toBeNull();
    });

    it('B12: an echo window saved on another page clock ends on time once shifted onto this clock', () => {
        // On the old page (clock at 1,000,000 ms) a command succeeded: its echo is expected for 5 s.
        const { state } = run(
            [
                { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
                connected('Ready'),
                {
                    kind: 'softphone',
                    event: 'stateChanged',
                    state: { major: 'Away', minor: 'Lunch' },
                    cause: 'agent'
                },
                { kind: 'result', commandId: 'o1', ok: true }
            ],
            initialState(),
            1_000_000
        );
        expect(state.omni.expect?.until).toBe(1_005_000);
        // The new page's clock reads 0 one second later: every time moves by -(1,000,000 + 1,000).
        const shifted = shiftStateTimes(state, -1_001_000);
        expect(shifted.omni.expect?.until).toBe(4_000);
        expect(shifted.omni.lastChangeAt).toBe(
            state.omni.lastChangeAt === null ? null : state.omni.lastChangeAt - 1_001_000
        );
        expect(shifted.softphone.since).toBe(state.softphone.since === null ? null : state.softphone.since - 1_001_000);
        const engine = createEngine(config);
        expect(engine.step(shifted, { kind: 'tick' }, 3_999).state.omni.expect).not.toBeNull();
        expect(engine.step(shifted, { kind: 'tick' }, 4_000).state.omni.expect).toBeNull();
        // The original is untouched, and a zero or non-finite shift is the identity.
        expect(state.omni.expect?.until).toBe(1_005_000);
        expect(shiftStateTimes(state, 0)).toBe(state);
        expect(shiftStateTimes(state, Number.NaN)).toBe(state);
    });
});

describe('the engine exports for the runtime and the panel', () => {
    it('B11: isOnInteraction and heldChange describe a held change during a call', () => {
        const { state, engine } = run([
            { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
            connected('Ready'),
            { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' },
            {
                kind: 'softphone',
                event: 'stateChanged',
                state: { major: 'Busy Inbound', minor: null },
                cause: 'system'
            },
            {
                kind: 'omni',
                event: 'statusChanged',
                statusId: statusId('Lunch'),
                statusApiName: 'Lunch',
                reason: 'OmniManualStatusChange'
            }
        ]);
        expect(isOnInteraction(state)).toBe(true);
        expect(heldChange(state)).toEqual({ towards: 'softphone', target: { kind: 'status', status: 'Lunch' } });
        expect(heldChange(initialState())).toBeNull();
        const held = engine.diagnostics(state).find((d) => d.code === 'held-change');
        expect(held).toMatchObject({ key: 'heldChange', params: { status: 'Lunch', statusLabel: 'Lunch' } });
    });

    it("B7: the sync's own busy state is not an interaction", () => {
        const { state } = run([
            { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
            connected('Ready'),
            { kind: 'omni', event: 'workAccepted', workId: '0Bz000000000001', workItemId: '0Bz000000000001' },
            { kind: 'result', commandId: 's1', ok: true }
        ]);
        expect(state.softphone.state).toEqual({ major: 'Busy Inbound', minor: null });
        expect(isOnInteraction(state)).toBe(false);
    });

    it('B20: decisions carry the input kind and named params of input and outcome', () => {
        const { results } = run([
            { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
            connected('Ready'),
            {
                kind: 'omni',
                event: 'statusChanged',
                statusId: statusId('Break'),
                statusApiName: 'Break',
                reason: 'OmniManualStatusChange'
            }
        ]);
        const last = results.at(-1);
        const command = last?.decisions.find((d) => d.outcome === 'command');
        expect(command).toMatchObject({
            inputKind: 'omni.statusChanged',
            inputParams: { status: 'Break', statusLabel: 'Break', reason: 'OmniManualStatusChange' },
            outcomeParams: { side: 'softphone', command: 'setState', state: 'Away', minor: 'Break' }
        });
        const softphoneCommand = last?.commands[0];
        expect(softphoneCommand?.side === 'softphone' && softphoneCommandReason(softphoneCommand)).toBe('sync');
    });
});

describe('keyed runtime diagnostics (C1)', () => {
    it('B9: an unmapped status met at run time is named with its label and the default that applied', () => {
        // Meeting loses its row: By status type (the default) sends a busy status to the busy fallback, Away.
        const engine = createEngine({
            ...config,
            mappings: config.mappings.filter((row) => !String(row.DeveloperName).endsWith('Omni_Meeting'))
        });
        let state = initialState();
        const inputs: EngineInput[] = [
            { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
            connected('Ready'),
            {
                kind: 'omni',
                event: 'statusChanged',
                statusId: statusId('Meeting'),
                statusApiName: 'Meeting',
                reason: 'OmniManualStatusChange'
            }
        ];
        const commands = inputs.flatMap((input) => {
            const result = engine.step(state, input, 0);
            state = result.state;
            return result.commands;
        });
        expect(commands).toMatchObject([
            { side: 'softphone', type: 'setState', state: { major: 'Away', minor: null } }
        ]);
        const notice = engine.diagnostics(state).find((d) => d.code === 'unmapped-status');
        expect(notice).toMatchObject({
            key: 'unmappedStatus',
            params: { status: 'Meeting', statusLabel: 'Meeting', default: 'Away' }
        });
    });
});

describe('keyed configuration diagnostics (C1)', () => {
    it('B9: every unmapped org status is reported at load with its label and the default that applies', () => {
        const engine = createEngine({ ...config, mappings: [] });
        const unmapped = engine.diagnostics(initialState()).filter((d) => d.key === 'unmappedStatus');
        expect(unmapped.map((d) => d.params?.status)).toEqual(defaults.statuses.map((s) => s.developerName));
        expect(unmapped.find((d) => d.params?.status === 'Available_For_Chats')).toMatchObject({
            severity: 'warning',
            field: 'Presence_Status__c',
            params: { statusLabel: 'Available for Chats', default: 'Ready' }
        });
        expect(unmapped.find((d) => d.params?.status === 'Lunch')?.params?.default).toBe('Away');
    });

    it('B9: contradictory-row diagnostics grow linearly: 1,000 rows for one state stay small', () => {
        const rows = Array.from({ length: 1000 }, (_, i) => ({
            DeveloperName: `Row_${String(i).padStart(4, '0')}`,
            Direction__c: 'SoftphoneToOmni',
            Softphone_State__c: 'Ready',
            Presence_Status__c: i % 2 === 0 ? 'Available' : 'Away'
        }));
        const mapping = compileMapping({ ...config, mappings: rows }, defaults.catalogue);
        const contradictions = mapping.diagnostics.filter((d) => d.problem === 'contradictory-rows');
        expect(contradictions).toHaveLength(1000);
        const size = JSON.stringify(contradictions).length;
        expect(size).toBeLessThan(1000 * 400);
        expect(contradictions[0]?.params).toMatchObject({ count: '999', others: 'Row_0001, Row_0002, Row_0003' });
        expect(contradictions[0]?.message).toContain('and 996 more');
        const engine = createEngine({ ...config, mappings: rows });
        const keyed = engine.diagnostics(initialState()).find((d) => d.key === 'contradictoryRows');
        expect(keyed).toMatchObject({ row: 'Row_0000', params: { record: 'Row_0000', type: 'Presence_Mapping__mdt' } });
    });
});
