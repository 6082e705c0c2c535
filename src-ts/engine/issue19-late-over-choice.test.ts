/**
 * Issue 19 (a), start-up (B15) after a reload whose last save failed: a status call of ours that timed out before
 * the agent's Omni pick and landed over it on the page before is put right by the next page, however long the
 * reload took (its late echo's window closed meanwhile). A minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import { expectClean, omniMethod, omniOf, state, statusPick, world } from '../test-support/hostile-script';

describe('issue 19 (a): a timed-out call of ours landing over the agent’s pick before a reload', () => {
    it('B14, B15: found at start-up five minutes later, after the last save failed, the pick is put back', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 4, resultLag: 1, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Lunch_break'),
                    plan: { delay: 1, resultLag: 1, survivesReload: false }
                }
            ]
        );
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts → setServicePresenceStatus On_a_Call [B1], which times out
        w.act({ kind: 'softphonePick', pick: 0 }); // (on a call: nothing)
        w.act({ kind: 'agentOmniLogin', pick: 0 }); // (Omni online: nothing)
        // The agent picks Lunch_break in Omni (no reason) during the call.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        w.act({ kind: 'softphoneLogin', pick: 0 }); // (logged in: nothing)
        // On_a_Call lands over the pick; the page sends Lunch_break back, and goes before that lands.
        w.act({ kind: 'advance', ms: 1 });
        w.act({ kind: 'consoleReload', gapMs: 299_999, origin: 0, stale: 1, callEnds: false }); // the last save failed
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch_break');
    });
});
