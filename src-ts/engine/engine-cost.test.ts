/**
 * What the engine's cost rests on (issue 23): each step's working copy of the state has one shape, the
 * configuration's diagnostics are made once, not at every `diagnostics()` call, and what a step makes once
 * (the input's audit words, the attribution of an Omni status) is what it would have made at each use.
 */
import packageDefaults from '../test-support/package-defaults.generated.json';
import { draft } from './context';
import { createEngine, describeInput, initialState, inputKindOf, inputParamsOf } from './engine';
import { attributeOmni, isEcho } from './attribution';
import { syntheticDay } from '../test-support/synthetic-day';
import type { WorldConfiguration } from '../test-support/world';
import type { SyncConfigurationInput } from '../mapping/types';
import type { EngineState } from './types';

const config = packageDefaults as unknown as SyncConfigurationInput;
const worldConfig = packageDefaults as unknown as WorldConfiguration;

/** `count` mapping rows, each invalid (a direction that does not exist). */
function withInvalidRows(count: number): SyncConfigurationInput {
    const rows = Array.from({ length: count }, (_, i) => ({
        DeveloperName: `Invalid_${i}`,
        MasterLabel: `Invalid row ${i}`,
        Action__c: 'Map',
        Active__c: true,
        Busy__c: false,
        Direction__c: 'Sideways',
        Presence_Status__c: `No_Such_Status_${i}`,
        Softphone_Minor_State__c: null,
        Softphone_State__c: 'Nowhere'
    }));
    return { ...config, mappings: [...config.mappings, ...rows] };
}

describe('the engine does no work twice (issue 23)', () => {
    it('draft gives every state the same fields in the same order, equal to the state, which stays as it was', () => {
        const bare = initialState();
        const fuller: EngineState = {
            ...initialState(),
            heldSettled: null,
            resumed: true,
            omni: { ...bare.omni, logoutStands: true },
            softphone: { ...bare.softphone, changedAway: true }
        };
        const before = JSON.stringify(fuller);
        const a = draft(bare);
        const b = draft(fuller);
        expect(Object.keys(a)).toEqual(Object.keys(b));
        expect(Object.keys(a.omni)).toEqual(Object.keys(b.omni));
        expect(Object.keys(a.softphone)).toEqual(Object.keys(b.softphone));
        expect(a).toEqual(bare);
        expect(b).toEqual(fuller);
        expect(b.omni).not.toBe(fuller.omni);
        expect(b.softphone).not.toBe(fuller.softphone);
        expect(JSON.stringify(fuller)).toBe(before);
        expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(before));
    });

    it('diagnostics() makes the configuration diagnostics of 9,984 invalid rows once, and returns a fresh list each time', () => {
        const engine = createEngine(withInvalidRows(9984));
        const state = initialState();
        const first = engine.diagnostics(state);
        expect(first.length).toBeGreaterThanOrEqual(9984);
        first.push({ code: 'config', key: 'badValue', severity: 'error', subject: 'x', message: 'x', params: {} });
        const second = engine.diagnostics(state);
        expect(second).toHaveLength(first.length - 1);
        expect(second).toEqual(first.slice(0, -1));
        // The same row objects: nothing was made again.
        expect(second[5000]).toBe(first[5000]);
    });
});

describe('a long seeded replay: what the step makes once is what it made for every use (issue 23)', () => {
    const engine = createEngine(config);
    const inputs = syntheticDay(worldConfig, 20_000, 23).inputs;

    it('leaves every state it is given as it was; every decision gives its input in the audit words of that input, one object per step', () => {
        let state = initialState();
        let decided = 0;
        for (const { input, now } of inputs) {
            const before = JSON.stringify(state);
            const result = engine.step(state, input, now);
            expect(JSON.stringify(state)).toBe(before);
            const m = engine.mapping(result.state);
            for (const decision of result.decisions) {
                expect(decision.input).toBe(describeInput(input));
                expect(decision.inputKind).toBe(inputKindOf(input));
                expect(decision.inputParams).toEqual(inputParamsOf(input, m));
                expect(decision.inputParams).toBe(result.decisions[0]?.inputParams);
                decided++;
            }
            if (input.kind !== 'tick') expect(result.decisions.length).toBeGreaterThan(0);
            state = result.state;
        }
        expect(decided).toBeGreaterThan(inputs.length / 2);
    });

    it('saves at once an Omni status or login that is a new change exactly when the state before attributes it to a person', () => {
        let state = initialState();
        let checked = 0;
        for (const { input, now } of inputs) {
            const result = engine.step(state, input, now);
            const change = result.state.latestChange;
            const statusEvent =
                input.kind === 'omni' && (input.event === 'statusChanged' || input.event === 'loginSuccess');
            const logoutMoved = (state.omni.logoutStands === true) !== (result.state.omni.logoutStands === true);
            const undo = (s: EngineState) => s.omni.logoutStands === true && s.omni.presence === 'online';
            if (
                statusEvent &&
                !logoutMoved &&
                !(undo(result.state) && !undo(state)) &&
                change !== null &&
                change !== state.latestChange &&
                change.side === 'omni'
            ) {
                const m = engine.mapping(state);
                const apiName = input.event === 'statusChanged' ? input.statusApiName : null;
                const status =
                    typeof apiName === 'string' && apiName !== ''
                        ? (m.statusByName(apiName)?.developerName ?? apiName)
                        : typeof input.statusId === 'string'
                          ? (m.statusById(input.statusId)?.developerName ?? null)
                          : null;
                const who =
                    status === null
                        ? null
                        : attributeOmni(
                              { ...state, omni: { ...state.omni, connectionError: false } },
                              { kind: 'status', status },
                              input.event === 'statusChanged' ? (input.reason ?? null) : null,
                              now,
                              input.event,
                              state.omni.presence === 'online' && state.omni.status !== null
                          );
                const byPerson =
                    who !== null &&
                    !isEcho(who) &&
                    (who.by === 'agent' || who.by === 'supervisor' || who.by === 'unknown');
                expect(result.saveAtOnce).toBe(byPerson);
                checked++;
            }
            state = result.state;
        }
        expect(checked).toBeGreaterThan(100);
    });
});
