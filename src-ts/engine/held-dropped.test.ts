/**
 * B11 (issue 21, item 6): a status the agent picked during a call, held for its end, that a console restart voids
 * (ContactPad comes back logged out) is said to the agent as a notice, not only as a line of the decisions list.
 */
import { panelModel } from '../panel/model';
import type { ScenarioConfiguration } from '../scenario/runner';
import defaultsJson from '../test-support/package-defaults.generated.json';
import { createEngine, initialState, resumeState } from './engine';
import type { EngineInput, EngineState } from './types';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const engine = createEngine({ mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses });
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';
const run = (state: EngineState, inputs: EngineInput[]) =>
    inputs.reduce((s, input) => engine.step(s, input, 1000).state, state);

const softphone = (loggedIn: boolean, interactions: { interactionId: string; direction: 'inbound' }[] = []) =>
    ({
        kind: 'softphone',
        event: 'connected',
        catalogue: defaults.catalogue,
        capabilities: [],
        loggedIn,
        state: loggedIn ? { major: 'Busy', minor: 'Inbound' } : null,
        interactions
    }) as const;

it('B11: a held pick a console restart voids (the softphone back logged out) is said as not applied', () => {
    const onCall = run(initialState(), [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
        softphone(true, [{ interactionId: 'c1', direction: 'inbound' }]),
        {
            kind: 'omni',
            event: 'statusChanged',
            statusId: statusId('Lunch'),
            statusApiName: 'Lunch',
            reason: 'OmniManualStatusChange'
        }
    ]);
    expect(onCall.held).toEqual({ kind: 'status', status: 'Lunch' });
    // The console restarts; ContactPad's session ended meanwhile: it comes back logged out.
    const resumed = resumeState(JSON.parse(JSON.stringify(onCall)));
    expect(resumed).not.toBeNull();
    const after = run(resumed as EngineState, [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Lunch') },
        softphone(false)
    ]);
    expect(after.held).toBeNull();
    const dropped = engine.diagnostics(after).filter((d) => d.code === 'held-dropped');
    expect(dropped).toMatchObject([{ params: { status: 'Lunch', reason: 'logged-out' } }]);
    const model = panelModel(
        {
            role: 'driver',
            syncEnabled: true,
            health: 'attention',
            omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
            softphone: { bridge: 'connected', presence: 'loggedOut', state: null, product: null, onInteraction: false },
            held: null,
            diagnostics: engine.diagnostics(after),
            decisions: [],
            rejectedMessages: 0,
            rejectedByReason: {}
        },
        false
    );
    expect(model.notices.map((n) => [n.key, n.params])).toContainEqual(['Notice_held_dropped_logged_out', ['Lunch']]);
});
