/**
 * Issue 19 (c), (e): a restore of the softphone decided during a call (a state of ours landed over the contact
 * centre's wrap, which no command puts back: the softphone was to go where Omni's status maps, B6, B14) and still
 * to be sent when the call ends gives way to the state the call ended in, which Omni then follows (B1), as one
 * under way does: the sides agree. A minimal sequence the soak found at seed 7
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19: the state a call ends in ends a restore decided during it', () => {
    it('B6, B11, B14: a restore towards the wrap’s status still to be sent when the call ends gives way to the state it ended in', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away', 'Lunch') },
            [
                // The first page's Away is lost with it; the start-up's lands only after the first call.
                { when: softphoneSets('Away'), plan: { delay: 3 } },
                { when: softphoneSets('Away'), plan: { delay: 4 } },
                // Its restore to Ready lands during the second call's wrap, its result after the call.
                { when: softphoneSets('Ready'), plan: { delay: 2, resultLag: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: {} },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 3, resultLag: 1 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false }); // → softphone Away [B15]
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: 0 }); // call-1 ends in Ready; Away [B15] lands → Ready [B14]
        w.act({ kind: 'call', pick: 0 }); // call-2 starts
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap; Ready [B14] lands over it
        w.act({ kind: 'call', pick: 0 }); // call-2 ends in Ready
        expect(w.story.some((line) => line.startsWith('  softphone setState Ready [B14] lands'))).toBe(true);
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
