/**
 * Issue 19: what the sync cannot put right is said. The sync cannot log a softphone in (it has no credentials):
 * when its own softphone logout lands after a newer choice that wants the softphone online, or start-up finds the
 * softphone logged out while Omni-Channel is online and cannot tell which came last, the panel says so
 * (`softphone-stays-logged-out`), naming what to do. Each case is a minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the world's own
 * record of who acted.
 */
import { talkdeskConfig, shippedConfig } from '../test-support/hostile-mapping';
import type { HostileWorld } from '../test-support/hostile-world';
import {
    agentPicks,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';

const notices = (w: HostileWorld) => w.state.notices.map((n) => n.code);

describe('issue 19 (c, e): a softphone logout of the sync that lands after a newer choice is said', () => {
    it('E13 (c): the agent logs in to Omni by hand while our softphone logout is on its way', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { delay: 4 } }]
        );
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], slow
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'agentOmniLogin', pick: 453 }); // the agent logs in to Omni by hand: After_Call_Work
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'call', pick: 201 }); // call-1 ends; then B5's logout lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'logged out']);
        expect(notices(w)).toContain('softphone-stays-logged-out');
    });

    it('E13 (e): the agent logs out of the softphone and in again while our softphone logout is on its way', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { delay: 3 } }]
        );
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], slow
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready → login Available [B3]
        w.act({ kind: 'advance', ms: 1000 }); // then B5's logout lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(w.state.notices).toContainEqual(
            expect.objectContaining({ code: 'softphone-stays-logged-out', params: { reason: 'late' } })
        );
    });
});

describe('issue 19: a softphone logout that is not the sync’s is not said as one', () => {
    it('the agent’s own softphone logout, with Omni left online by the settings (B4 off), is not said', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone', Logout_Omni_On_Softphone_Logout__c: false }),
            { omniOnline: true, softphone: state('Ready') }
        );
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone: Omni stays (B4 off)
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone frame reloads and finds it logged out
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(notices(w)).not.toContain('softphone-stays-logged-out');
    });
});

describe('issue 19 (e): start-up with the softphone logged out and Omni online is said', () => {
    it('E8 (e): a softphone logout whose Omni logout died with the page, two saves lost', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('logout'), plan: { delay: 1, outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], lost with the page
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(w.state.notices).toContainEqual(
            expect.objectContaining({ code: 'softphone-stays-logged-out', params: { reason: 'start' } })
        );
    });
});

describe('issue 19 (b): an Omni logout taken for an earlier page’s logout', () => {
    it('E12 (b): is not undone by a login for the softphone; Omni staying offline is said', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { resultLag: 1, survivesReload: false }
                },
                { when: omniMethod('logout'), plan: { outcome: 'lost', survivesReload: false } },
                { when: omniMethod('logout'), plan: { survivesReload: false } },
                { when: omniMethod('login', 'Available'), plan: { resultLag: 1, survivesReload: false } },
                { when: omniMethod('login', 'Available'), plan: { outcome: 'lost', survivesReload: false } },
                { when: omniMethod('login', 'Available'), plan: { survivesReload: false } },
                { when: omniMethod('logout'), plan: { resultLag: 1, survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // the console reloads after 0 ms
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready
        w.act({ kind: 'agentOmniLogout' }); // Omni logout (the agent, no reason), taken for the page before's logout
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
        expect(notices(w)).toContain('omni-stays-offline');
    });
});

describe('issue 19 (b): a command that gave up is said until its target is met or a newer change replaces it', () => {
    it('E11 (b): a B16 undo whose logout gives up says command-failed while Omni stays online', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1 } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'lost' } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail', duplicateEcho: true } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail' } },
                { when: omniMethod('logout'), plan: { outcome: 'fail', resultLag: 1, duplicateEcho: true } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → setServicePresenceStatus On_a_Call [B1]
        w.act({ kind: 'agentOmniLogout' }); // the agent logs out of Omni; On_a_Call lands after it → logout [B16]
        expectClean(w);
        expect(omniOf(w)).toBe('On_a_Call');
        expect(notices(w)).toContain('command-failed');
    });

    it('E11 (a): a B14 restore of the agent’s status that gives up is said, though the status left agrees by the mapping', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 2 } },
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { outcome: 'fail' },
                    times: 10
                }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1], slow
        w.act(agentPicks(w, 'After_Call_Work')); // the agent picks After_Call_Work in Omni: it agrees with Away (B13)
        w.act({ kind: 'advance', ms: 1000 }); // B1 lands after it → B14 puts After_Call_Work back, refused every time
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'Away']);
        expect(notices(w)).toContain('command-failed');
    });
});
