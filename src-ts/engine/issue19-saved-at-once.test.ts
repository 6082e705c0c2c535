/**
 * Issue 19 (a), what is saved at once (B14, B15, B16): a person's new Omni choice is saved at once, as a
 * standing logout is, so a reload within the save delay, or storage refusing the saves after it, carries the
 * choice and the calls it overtook; the next page does not take a call of ours landing over it for the latest
 * change. The engine decides (`StepResult.saveAtOnce`, save-at-once.ts); the hostile world keeps the steps it
 * names when the later saves fail, as the runtime does (src-ts/runtime/issue19-storage.test.ts). Minimal
 * sequences the soak found (src-ts/engine/agent-invariants.properties.test.ts).
 */
import { createEngine, initialState } from './engine';
import type { EngineInput, EngineState, StepResult } from './types';
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';
import defaultsJson from '../test-support/package-defaults.generated.json';
import type { ScenarioConfiguration } from '../scenario/runner';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const engine = createEngine({ mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses });
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

/** Omni says the agent's status is now `status`; `reason`: the status change reason, if Omni gives one. */
const omniStatus = (status: string, reason?: string): EngineInput => ({
    kind: 'omni',
    event: 'statusChanged',
    statusId: statusId(status),
    statusApiName: status,
    ...(reason === undefined ? {} : { reason })
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

const step = (s: EngineState, input: EngineInput, now = 100): StepResult => engine.step(s, input, now);

describe('issue 19 (a): which steps are saved at once (StepResult.saveAtOnce)', () => {
    it('B14: the agent’s Omni pick is saved at once, with OmniManualStatusChange or without a reason (unknown: a person)', () => {
        expect(step(atRest(), omniStatus('Break', 'OmniManualStatusChange')).saveAtOnce).toBe(true);
        expect(step(atRest(), omniStatus('Break')).saveAtOnce).toBe(true);
        expect(step(atRest(), omniStatus('Break', 'OmniSupervisorStatusChange')).saveAtOnce).toBe(true);
    });

    it('B12, B14: an echo of ours, the platform’s change, the same status again and a softphone pick are not', () => {
        const rest = atRest();
        // The agent picks Away / Lunch in the softphone: the sync sets Omni to Lunch; Omni's report of it is its echo.
        const picked = step(rest, {
            kind: 'softphone',
            event: 'stateChanged',
            state: { major: 'Away', minor: 'Lunch' },
            cause: 'agent'
        });
        expect(picked.saveAtOnce).toBe(false);
        expect(picked.commands).toEqual([expect.objectContaining({ side: 'omni', status: 'Lunch' })]);
        expect(step(picked.state, omniStatus('Lunch', 'OmniToolkitStatusChange')).saveAtOnce).toBe(false);
        expect(step(rest, omniStatus('Break', 'OmniPushTimeout')).saveAtOnce).toBe(false);
        expect(step(rest, omniStatus('Available', 'OmniManualStatusChange')).saveAtOnce).toBe(false);
    });

    it('B16: a logout that comes to stand is saved at once, as before', () => {
        const result = step(atRest(), { kind: 'omni', event: 'logout', reason: 'OmniSupervisorLogout' });
        expect(result.state.omni.logoutStands).toBe(true);
        expect(result.saveAtOnce).toBe(true);
    });
});

describe('issue 19 (a): a reload whose saves after the agent’s Omni pick failed keeps the pick', () => {
    it('B14, B15: a status call of ours overtaken by the pick, landing before the reload, is put right by the next page', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Away', 'Lunch')
            },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away'),
                    plan: { delay: 1, resultLag: 1, survivesReload: false }
                }
            ]
        );
        w.act(softphonePicks(w, state('Away', 'Training'))); // → setServicePresenceStatus Away [B1]
        // The agent picks After_Call_Work in Omni (no reason) before the call lands; its echo comes next.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        // The page reloads; the saves of its last two steps failed (the pick's and the echo's).
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 2, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });
});
