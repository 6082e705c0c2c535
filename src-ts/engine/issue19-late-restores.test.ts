/**
 * Issue 19 (e): a restore of ours (B14) that lands late is judged like any late landing of ours. A supervisor's
 * Available sends the softphone Ready (B2), which times out; a call starts, and the late Ready lands in its wrap,
 * where the softphone is put where Omni's status maps (B6, B14: Away); that restore times out too. The call ends
 * with the softphone in Ready and Omni is brought to Available (B1); then the late Away lands. No one chose anything
 * since it was sent, but the sync did (the call's end): the softphone follows Omni again (B2, B14), never left apart
 * from it with nothing said. A minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a late restore of ours after the sync decided otherwise', () => {
    it('B2, B14: a restore sent in the wrap lands after the call ended and Omni followed the softphone’s Ready: the softphone follows Omni again', () => {
        const late = { outcome: 'timeout' as const, lateBy: 3, survivesReload: false };
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                { when: softphoneSets('Ready'), plan: late, times: 2 },
                { when: softphoneSets('Away'), plan: late },
                { when: omniMethod('setServicePresenceStatus'), plan: { delay: 3 }, times: 2 }
            ]
        );
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Available') }); // → Ready [B2], times out
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], landing late
        w.act({ kind: 'advance', ms: 1 });
        w.act({ kind: 'call', pick: 0 }); // wrap: the late Ready lands → Away [B14], which times out
        w.act({ kind: 'call', pick: 0 }); // the call ends in Ready; On_a_Call lands → Available [B1]; Away lands
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});

describe('issue 19 (e): a late softphone landing of ours is put right towards where Omni is going, not a call overtaken', () => {
    it('B2, B14: the first try of the softphone state for the agent’s After Call Work lands after its retry: no restore towards the overtaken Lunch', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The status for the agent's softphone pick (B1) lands late, overtaken by the agent's Omni pick.
                { when: omniMethod('setServicePresenceStatus', 'Lunch'), plan: { delay: 4, duplicateResult: true } },
                // The softphone state for that pick (B2) times out and lands after its retry.
                { when: softphoneSets('Away'), plan: { outcome: 'timeout', lateBy: 2, resultLag: 1 } },
                { when: softphoneSets('Away'), plan: { duplicateEcho: true } }
            ]
        );
        w.act(softphonePicks(w, state('Away', 'Lunch'))); // → Lunch [B1], under way
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // → Away [B2]
        w.act({ kind: 'advance', ms: 500 }); // → Away [B2] again; both land, then Lunch lands and is put right
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
        expect(softphoneOf(w)).toBe('Away');
    });
});
