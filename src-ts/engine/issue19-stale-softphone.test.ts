/**
 * Issue 19, property (e): a softphone state of this sync's that lands after its late-echo window (the bridge
 * marks it as the host's, but no command of ours is waiting for it any more) is not followed, and the
 * sides are put right towards the latest change (B14). A minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneType,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a softphone state of ours that lands after its late window', () => {
    it('B14: is put right towards the agent’s newer softphone pick', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The softphone's Away for the agent's After_Call_Work times out and lands five minutes later.
                { when: softphoneType('setState'), plan: { outcome: 'timeout', delay: 1, lateBy: 2 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // → softphone setState Away [B2], times out
        w.act(softphonePicks(w, state('Away', 'Lunch'))); // → setServicePresenceStatus Lunch [B1]
        w.act({ kind: 'advance', ms: 300000 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });
});
