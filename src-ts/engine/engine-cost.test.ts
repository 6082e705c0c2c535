/**
 * What the engine's cost rests on (issue 23): each step's working copy of the state has one shape,
 * and the configuration's diagnostics are made once, not at every `diagnostics()` call.
 */
import packageDefaults from '../test-support/package-defaults.generated.json';
import { draft } from './context';
import { createEngine, initialState } from './engine';
import type { SyncConfigurationInput } from '../mapping/types';
import type { EngineState } from './types';

const config = packageDefaults as unknown as SyncConfigurationInput;

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
