/**
 * Issue 19, review findings: a softphone state the agent picks by hand, where a command of ours that failed
 * earlier was taking it, is the agent's pick across a reload within the save delay (B14, B15): a softphone
 * change of the agent's is saved at once, as a person's Omni choice is (save-at-once.ts).
 */
import { createEngine, initialState } from './engine';
import type { EngineInput, EngineState } from './types';
import defaultsJson from '../test-support/package-defaults.generated.json';
import type { ScenarioConfiguration } from '../scenario/runner';
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    agentPicks,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    state,
    world
} from '../test-support/hostile-script';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const engine = createEngine({ mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses });
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

/** Omni says the agent's status is now `status` (no reason: a person's). */
const omniStatus = (status: string): EngineInput => ({
    kind: 'omni',
    event: 'statusChanged',
    statusId: statusId(status),
    statusApiName: status
});

/** Omni Available, the softphone Ready, both known: the sync at rest. */
function atRest(): EngineState {
    let s = initialState();
    const inputs: EngineInput[] = [
        {
            kind: 'omni',
            event: 'snapshot',
            loggedIn: true,
            statusId: statusId('Available'),
            statusApiName: 'Available'
        },
        {
            kind: 'softphone',
            event: 'connected',
            catalogue: defaults.catalogue,
            capabilities: [],
            loggedIn: true,
            state: { major: 'Ready', minor: null }
        }
    ];
    for (const input of inputs) s = engine.step(s, input, 0).state;
    return s;
}

describe('issue 19 review: a failed softphone command does not take the agent’s later softphone pick', () => {
    it('B15: the agent’s hand pick of the state a failed command was setting survives a reload within the save delay', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The softphone answers 'failed' to every setState Away / Break: it did not change.
                { when: softphoneSets('Away', 'Break'), plan: { outcome: 'fail' }, times: 10 },
                { when: omniMethod('setServicePresenceStatus', 'Break'), plan: { delay: 3, survivesReload: false } }
            ]
        );
        w.act(agentPicks(w, 'Break')); // → softphone setState Away / Break, which fails (and its retries)
        w.act(agentPicks(w, 'Available')); // the agent changes their mind: the softphone stays Ready
        w.act(softphonePicks(w, state('Away', 'Break'))); // by hand → setServicePresenceStatus Break
        // The page reloads; the save of the softphone pick's step failed (a reload within the save delay).
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it('B15: the pick is saved at once only where a command of ours was taking the softphone (StepResult.saveAtOnce)', () => {
        const rest = atRest();
        const pickBreak: EngineInput = {
            kind: 'softphone',
            event: 'stateChanged',
            state: { major: 'Away', minor: 'Break' },
            cause: 'agent'
        };
        // No command of ours was heading there: the save a moment later is enough.
        expect(engine.step(rest, pickBreak, 100).saveAtOnce).toBe(false);
        // The agent picks Break in Omni; the softphone answers 'failed' to the sync's setState Away / Break.
        const omni = engine.step(rest, omniStatus('Break'), 100);
        const command = omni.commands.find((c) => c.side === 'softphone');
        expect(command).toEqual(
            expect.objectContaining({ type: 'setState', state: { major: 'Away', minor: 'Break' } })
        );
        const failed = engine.step(omni.state, { kind: 'result', commandId: command!.id, ok: false, error: 'x' }, 200);
        expect(engine.step(failed.state, pickBreak, 300).saveAtOnce).toBe(true);
    });
});
