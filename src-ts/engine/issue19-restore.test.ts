/**
 * Issue 19, property (e): late landings are put right towards the current target, the latest genuine
 * choice (B14), not the value from before the late call. Each case is a minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
 */
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
import { shippedConfig } from '../test-support/hostile-mapping';

describe('issue 19 (e): a late landing is put right towards the latest choice', () => {
    it('B14: after late landings Omni is put back to the agent’s latest softphone pick, whose restore waits for its retry', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 3, resultLag: 1 } },
                { when: softphoneSets('Ready'), plan: { outcome: 'timeout', lateBy: 1, resultLag: 1 } },
                // The restore of the agent's Away / Lunch times out and waits for its retry as our Away lands.
                {
                    when: softphoneSets('Away', 'Lunch'),
                    plan: { outcome: 'timeout', lateBy: 1, resultLag: 1, duplicateEcho: true }
                },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { outcome: 'fail' } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 3, resultLag: 1 } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone → Away [B1], slow
        w.act({ kind: 'agentOmniStatus', pick: 120, withReason: false }); // Available_For_Chats → softphone Ready [B2]
        w.act({ kind: 'softphonePick', pick: 56 }); // the agent picks Away / Lunch in the softphone
        expectClean(w);
        // Not Available (what our stale Ready, landed meanwhile, maps to): Lunch, the agent's latest pick.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });

    it('B14, B16: an earlier page’s logout that lands after the agent’s softphone login and our login for it stands, and the panel says Omni stays offline', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { survivesReload: false } },
                { when: softphoneSets('Ready'), plan: { survivesReload: false } },
                // The B4 logout of the page before the reload times out and lands last.
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'timeout' } },
                { when: omniMethod('logout'), plan: { survivesReload: false } },
                { when: omniMethod('login', 'Available'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'agentOmniStatus', pick: 260, withReason: false }); // the agent picks Available in Omni
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], slow
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // → logout [B15]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready → login Available [B3]
        expectClean(w);
        // The agent's own Omni logout arrives alike (no reason): it stands, and is said.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
        expect(w.state.notices.map((n) => n.code)).toContain('omni-stays-offline');
    });

    it('B14: our status call landing after the agent’s picks is put right towards the latest one, not towards a softphone restore that pick overtook', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 4, resultLag: 1 } },
                { when: softphoneSets('Away', 'Break'), plan: { delay: 1 } },
                // The restore of the agent's Away, still under way when the agent picks Ready again.
                { when: softphoneSets('Away'), plan: { delay: 2 } }
            ]
        );
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available [B1], slow
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Break') }); // → softphone Away / Break [B2]
        w.act(softphonePicks(w, state('Away'))); // B2 lands after it → softphone Away [B14]
        w.act(softphonePicks(w, state('Ready'))); // Available [B1] under way already asks for it
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B1, B14: the earlier page’s start-up login, landing during a call after the new page decided not to log in, is put right: Omni follows the call', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: omniMethod('login', 'Available'), plan: { delay: 2 } }]
        );
        // Start-up logs Omni in for the softphone (B15); the login lands after the reload.
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false }); // a reconnect: no login
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });
});
