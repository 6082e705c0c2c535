/**
 * Issue 19, late landings: a call of the sync that lands after a person's newer change is claimed by the
 * sync however its result and echo are ordered, and is put right to the newest genuine choice. Each case is
 * a minimal sequence the soak found, played in the hostile world (src-ts/test-support/hostile-world.ts) and
 * judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneSets,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19: late landings', () => {
    it('B14: the echo of a login whose result came first, after the agent logged in by hand, is not followed', () => {
        // Old failure: the echo read as the agent's login (the `expect` branch lacked "a login while Omni is
        // online is no person's login by hand") → softphone setState Ready [B2] over the agent's Lunch_break.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                {
                    when: omniMethod('login', 'Available'),
                    plan: { delay: 3, resultFirst: true, duplicateResult: true }
                },
                { when: softphoneSets('Away'), plan: { outcome: 'timeout' } },
                { when: softphoneSets('Ready'), plan: { delay: 3, resultFirst: true, duplicateResult: true } }
            ]
        );
        w.act({ kind: 'agentOmniLogin', pick: 1 }); // the agent logs in to Omni by hand: Lunch_break
        w.act({ kind: 'handover', pick: 0 }); // Omni logout (DuplicateLogin)
        w.act({ kind: 'agentOmniLogin', pick: 1 }); // the agent logs in to Omni by hand: Lunch_break
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B14: a late landing of the status a supervisor set since restores nothing older', () => {
        // Old failure: "B14 restore_after_late_landing" → setServicePresenceStatus Away_from_desk [B14], the
        // value from before the call, over the supervisor's Available.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Away') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 3 } },
                { when: softphoneSets('Ready'), plan: { delay: 3 } },
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 3 } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Ready in the softphone
        w.act({ kind: 'supervisorStatus', pick: 0 }); // a supervisor sets Available
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'frameReload', pick: 163 }); // the softphone frame reloads
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B14: the agent’s Omni pick made while our call is in flight, needing no softphone command, is put back', () => {
        // Old failure: After_Call_Work maps to the softphone's Away ("B13 softphone_already"), so it did not
        // overtake the start-up's Away in flight; its landing overwrote the agent's After_Call_Work.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 1, resultFirst: true } },
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 1, resultFirst: true } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'consoleReload', gapMs: 420000, origin: 0, stale: 0, callEnds: false }); // after 7 minutes
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks After_Call_Work (no reason)
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });
});
