/**
 * Issue 19, start-up (B15) after reloads whose saves failed: a restore of the agent's Omni choice (B14) that the
 * page before had decided on is carried on by the next start-up, not lost with a failed save. Minimal sequences
 * the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import { expectClean, omniMethod, omniOf, softphoneSets, state, world } from '../test-support/hostile-script';

describe('issue 19 (a): reloads after failed saves keep the agent’s Omni choice', () => {
    it('B14, B15: a restore decided before a reload, not yet sent when the next reload’s save failed, is carried on', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away'),
                    plan: { delay: 1, duplicateResult: true, survivesReload: false }
                },
                { when: softphoneSets('Ready'), plan: { survivesReload: false } },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available_For_Chats'),
                    plan: { delay: 3, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available_For_Chats'),
                    plan: { delay: 1, resultLag: 1, survivesReload: false }
                },
                { when: softphoneSets('Away'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'agentOmniStatus', pick: 1, withReason: false }); // the agent picks Available_For_Chats in Omni
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 1, callEnds: false }); // the last save failed
        expectClean(w);
        expect(omniOf(w)).toBe('Available_For_Chats');
    });

    it('B14, B15: a restore after a late landing, under way when the page went, is carried on over two reloads', () => {
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
                    plan: { outcome: 'timeout', lateBy: -1, duplicateResult: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { delay: 3, duplicateEcho: true, survivesReload: false }
                },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: 443, withReason: false }); // the agent picks On_a_Call in Omni
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 in wrap, ends, call-2 starts
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks Available in Omni
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 1, callEnds: false }); // the last save failed
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false }); // the last save failed
        expectClean(w);
    });
});
