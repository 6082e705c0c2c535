/**
 * Property (e) of issue 19 at rest, as the soak found it after the earlier rounds: the sync brings
 * the sides together towards the latest choice of a person, or the panel says why it cannot. Each
 * case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    agentPicks,
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    softphoneType,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): at rest the sides agree, or the panel says why not', () => {
    it("B17: a status call overtaken by a supervisor's change, then wanted again by the next call, is retried when it times out", () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3, outcome: 'lost' } }]
        );
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 → setServicePresenceStatus On_a_Call, which never answers
        w.act({ kind: 'frameReload', pick: 357 }); // call-1 ends meanwhile: the softphone comes back in Away / Break
        w.act({ kind: 'supervisorStatus', pick: 0 }); // a supervisor sets After_Call_Work
        w.act({ kind: 'call', pick: 0 }); // call-2: On_a_Call again, taken as under way (B13)
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });
    it("B17: a status call the agent's Omni pick overtook, then wanted again by their softphone pick, is retried when it times out", () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away', 'Break'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 3, outcome: 'lost' } },
                { when: softphoneSets('Away'), plan: { delay: 3, outcome: 'fail' } }
            ]
        );
        w.act(agentPicks(w, 'Break')); // → softphone setState Away / Break, landing after the next pick
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away, which never answers
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        w.act(softphonePicks(w, state('Away'))); // Away again: taken as under way (B13)
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away']);
    });
    it("B14: a status call of ours that lands after the agent's newer Omni pick and the next call is put right", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 4, resultFirst: true } }]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 → setServicePresenceStatus On_a_Call, which lands
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap → setServicePresenceStatus After_Call_Work, landing later
        // The agent picks After_Call_Work in Omni too (no reason: it reads as the echo of ours).
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'call', pick: 0 }); // call-1 ends in Ready
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'On_a_Call'), withReason: false });
        w.act({ kind: 'call', pick: 0 }); // call-2; then After_Call_Work lands
        expectClean(w);
        expect(omniOf(w)).toBe('On_a_Call');
    });
    it("B14: the earlier page's status call that lands after start-up sent the softphone to Omni's status leaves the sides agreeing", () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Away') },
            [{ when: () => true, plan: { delay: 1 }, times: 10 }]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 → setServicePresenceStatus On_a_Call, landing after the reload
        // The call ends while the console reloads: the softphone is in Ready, start-up sends it to Omni's Away (B15).
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: true });
        expectClean(w);
        // On a Call agrees with the softphone's Away through the Busy box (its Busy_Fallback_State__c): the
        // softphone is not taken from Omni's Away to a status it does not show, nor Omni to Ready's Available.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Away']);
    });
    it("B4: the earlier page's status call that lands after the softphone's logout logged Omni out at start-up is put right", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login'), plan: { delay: 3, duplicateEcho: true } },
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 3 } },
                { when: omniMethod('logout'), plan: { resultFirst: true, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // start-up's login Available (B15) is under way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        // The login lands: the new page puts Omni to the softphone's Away_from_desk (B14), landing later.
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // (Omni offline: no effect; counts for delays)
        w.act({ kind: 'softphoneLogout' });
        // The last save missed the logout: start-up finds the softphone logged out and logs Omni out (B15).
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
    it("B16: a late login of ours that reads as the agent's own, after the softphone's login and logout, is said", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login'), plan: { outcome: 'timeout', lateBy: 4, resultLag: 1 } },
                { when: omniMethod('login'), plan: { delay: 4 } },
                { when: softphoneType('logout'), plan: { duplicateEcho: true } }
            ]
        );
        // Start-up's login Available (B15) times out; its retry lands. (Omni offline: no effect; counts for delays.)
        w.act({ kind: 'supervisorStatus', pick: 0 });
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false });
        w.act({ kind: 'advance', ms: 500 });
        w.act({ kind: 'supervisorStatus', pick: 0 });
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout (B5)
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'softphoneLogout' }); // then the first login lands: a login Omni reports as the agent's
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(w.state.notices).toContainEqual(
            expect.objectContaining({ code: 'softphone-stays-logged-out', params: { reason: 'login' } })
        );
    });
    it('B16: a login of ours overtaken by the agent’s Omni logout, its result then its event coming after the softphone logged out, is undone', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { outcome: 'timeout', lateBy: 1 } },
                { when: omniMethod('login', 'Away_from_desk'), plan: { delay: 5, resultFirst: true } },
                { when: softphoneType('logout'), plan: { duplicateEcho: true } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // start-up's login Available (B15) timed out
        w.act({ kind: 'advance', ms: 500 }); // → login Away_from_desk (B3), landing later
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout (B5)
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'softphoneLogout' }); // then the login's success, then its loginSuccess
        expectClean(w);
        // Its success said it landed and its event had not come: that event is the landing of ours (B12), after
        // the softphone's logout, so Omni-Channel goes offline again (B16).
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
    it('B14: a softphone state of ours that followed On a Call during the wrap and lands after the call is put right', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                { when: softphoneSets('Ready'), plan: { delay: 2 } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { outcome: 'timeout' } },
                { when: softphoneSets('Away'), plan: { delay: 2 } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { outcome: 'timeout' } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // → softphone Ready
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call, which times out and lands late
        w.act({ kind: 'call', pick: 0 }); // wrap: the softphone's Ready lands over it → Away (Omni's On a Call)
        w.act({ kind: 'call', pick: 0 }); // call-1 ends in Ready, before that Away lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
    it('B16: a timed-out login of ours taken to have landed at the agent’s own login lands after our logout for the softphone’s: said', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // Start-up's login Available (B15) times out and lands after the logout that undoes the agent's login.
                { when: omniMethod('login', 'Available'), plan: { delay: 3, outcome: 'timeout', lateBy: 1 } },
                { when: omniMethod('logout'), plan: { delay: 0, resultLag: 1 } }
            ]
        );
        w.act(agentLogsIn(w, 'Available')); // read as the echo of the start-up login
        w.act({ kind: 'softphoneLogout' }); // → logout [B16] once the login's result comes
        expectClean(w);
        // The landing reads as the agent's login by hand again: Omni stays online, and the panel says the softphone
        // stays logged out, though the logout of ours was still in flight (its landing already past) as it came.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(w.state.notices).toContainEqual(
            expect.objectContaining({ code: 'softphone-stays-logged-out', params: { reason: 'login' } })
        );
    });
    it('B14: a held change’s softphone command that lands after the agent logged the softphone out and in, its result first, is put right', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The held Break's softphone command lands late, its result before its event.
            { when: softphoneType('setState'), plan: { delay: 3, resultFirst: true } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call [B1]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // → Break [B11], softphone Away / Break [B11]
        w.act({ kind: 'softphoneLogout' }); // the agent's → logout [B4]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent's, in Ready → login Available [B3]
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
