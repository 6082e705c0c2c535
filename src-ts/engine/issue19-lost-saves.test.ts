/**
 * Issue 19 (a), start-up (B15) after a reload whose last saves failed: the agent's Omni choice the saved state
 * knows is not undone by start-up because a command of ours sent before that choice landed over it. Minimal
 * sequences the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import { expectClean, omniMethod, omniOf, softphoneSets, state, world } from '../test-support/hostile-script';

describe('issue 19 (a): a reload after failed saves keeps the agent’s newer Omni choice', () => {
    it('B14, B15: our wrap status landing over the agent’s Available, its restore lost with the page, is put right at start-up', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: { delay: 3, duplicateResult: true, survivesReload: false } },
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { delay: 1, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { delay: 3, survivesReload: false }
                },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: 443, withReason: false }); // the agent picks On_a_Call in Omni
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 in wrap (After_Call_Work, B1), ends, call-2 starts
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks Available in Omni
        // After_Call_Work lands late, its restore to Available is sent; then the page goes, its last 2 saves lost.
        w.act({ kind: 'consoleReload', gapMs: 420000, origin: 0, stale: 2, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
    });
});
