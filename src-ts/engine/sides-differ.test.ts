/**
 * When the panel's headline may say the sides differ (issue 21): only when the admin's rows disagree and nothing
 * keeps the softphone busy on purpose. Accepted Omni work (B7), full capacity (B8) and an interaction (B9) put the
 * softphone in a busy state while Omni keeps the agent's status: that is the sync working, not a disagreement.
 */
import { createEngine, initialState } from './engine';
import { sidesDiffer } from './sides-differ';
import type { EngineInput, EngineState } from './types';
import type { ScenarioConfiguration } from '../scenario/runner';
import defaultsJson from '../test-support/package-defaults.generated.json';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const engine = createEngine({ mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses });
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

/** Omni Available and the softphone Ready, both logged in; then `inputs`, every command answered as done. */
function after(inputs: EngineInput[]): EngineState {
    let state = initialState();
    const start: EngineInput[] = [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
        {
            kind: 'softphone',
            event: 'connected',
            catalogue: defaults.catalogue,
            capabilities: ['workItems'],
            loggedIn: true,
            state: { major: 'Ready', minor: null },
            interactions: []
        }
    ];
    let at = 1_000;
    for (const input of [...start, ...inputs]) {
        at += 100;
        const step = engine.step(state, input, at);
        state = step.state;
        for (const command of step.commands)
            state = engine.step(state, { kind: 'result', commandId: command.id, ok: true }, at).state;
    }
    return state;
}

const differ = (state: EngineState) => sidesDiffer(engine.mapping(state), state);

describe('the sides differ only when nothing keeps the softphone busy on purpose', () => {
    it('Omni-Channel work accepted: the softphone in the Work Accepted State while Omni keeps Available (B7)', () => {
        const state = after([
            { kind: 'omni', event: 'workAccepted', workId: '0Bz000000000001', workItemId: '500000000000001' },
            { kind: 'softphone', event: 'stateChanged', state: state0(defaults.settings), cause: 'host' }
        ]);
        expect(state.work.forced).not.toBeNull();
        expect(state.omni.status).toBe('Available');
        expect(differ(state)).toBe(false);
    });

    it('Omni-Channel in Lunch and the softphone still Ready, with no work and no call: they differ', () => {
        const state = after([]);
        const lunch: EngineState = { ...state, omni: { ...state.omni, status: 'Lunch' } };
        expect(differ(lunch)).toBe(true);
    });
});

/** The Work Accepted State the shipped settings name, as a softphone state. */
function state0(settings: ScenarioConfiguration['settings']): { major: string; minor: string | null } {
    const values = settings as unknown as Record<string, string | null>;
    return { major: values.Work_Accepted_State__c ?? '', minor: values.Work_Accepted_Minor_State__c ?? null };
}
