/**
 * Issue 19, property (b): after a logout by the agent, a supervisor, maintenance or a handover, Omni is
 * never online again unless the agent asked (a softphone login, an Omni login by hand). Each case is a
 * minimal sequence found by the soak (`npm run soak -- --only b`), played in the hostile world
 * (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted; the undo
 * of a call of the sync's that landed after the logout (B16) must be sent at once, survive what comes
 * meanwhile, and be retried when it fails.
 */
import type { HostileAction } from '../test-support/hostile-world';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

const advance = (ms: number): HostileAction => ({ kind: 'advance', ms });

describe('issue 19 (b): a logout stands until the agent asks to be online', () => {
    it('B16: an earlier page status call landing after a handover, too late for any window, is undone', () => {
        // The call is sent on the first page and lands after a reload 7 minutes later and a handover: Omni
        // marks it a toolkit call, which no person's login is, so the logout stands and it is undone.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [{ when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } }]
        );
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 0, callEnds: true });
        w.act({ kind: 'handover', pick: 0 });
        expect(w.story.some((line) => line.includes('lands too late to be recognised'))).toBe(true);
        expect(
            w.story.some((line) => /^echo of setServicePresenceStatus On_a_Call .*→ logout \[B16\]/.test(line))
        ).toBe(true);
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B16: the undo goes out with the echo, not after the retry pause of the call it undoes', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 0 }
                }
            ]
        );
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'handover', pick: 0 });
        expect(
            w.story.some((line) => /^echo of setServicePresenceStatus On_a_Call .*→ logout \[B16\]/.test(line))
        ).toBe(true);
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it.each(['supervisorStatus', 'platformStatus'] as const)(
        'B16: a %s while the undo waits for the call in flight does not end the logout',
        (kind) => {
            const w = world(
                shippedConfig({ Startup_Authority__c: 'Softphone' }),
                {
                    omniOnline: true,
                    softphone: state('Ready')
                },
                [{ when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 1, resultLag: 2 } }]
            );
            w.act(softphonePicks(w, state('Away')));
            w.act({ kind: 'handover', pick: 0 });
            // The stale call has landed: Omni shows Away, and the person changes what they see.
            expect(omniOf(w)).toBe('Away');
            w.act({ kind, pick: statusPick(w, 'Available') });
            w.act(advance(1000));
            expectClean(w);
            expect(omniOf(w)).toBe('offline');
        }
    );

    it("B11, B16: a supervisor's status during the call while the undo waits is not held, and that is said", () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [{ when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, resultLag: 3 } }]
        );
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'handover', pick: 1 });
        expect(omniOf(w)).toBe('On_a_Call');
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Lunch') });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B16: the same toolkit event told twice while the undo is in flight keeps the undo wanted: its time-out is retried', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 1 } },
                { when: omniMethod('logout'), plan: { delay: 2, outcome: 'lost' } }
            ]
        );
        w.act(softphonePicks(w, state('Away')));
        w.act({ kind: 'maintenanceLogout' });
        w.act({ kind: 'duplicateOmniEvent' });
        w.act(advance(100));
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it("B16: the softphone's next state does not replace an undo that waits for its retry", () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'MostRecent' }),
            {
                omniOnline: true,
                softphone: state('Away', 'Break')
            },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
                { when: omniMethod('logout'), plan: { outcome: 'fail' } }
            ]
        );
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'maintenanceLogout' });
        expect(w.story.some((line) => line.startsWith('result of logout [B16]: failed'))).toBe(true);
        w.act({ kind: 'backToBack', pick: 0 });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B16: a softphone frame reload while the undo is in flight keeps it wanted: its time-out is retried', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            {
                omniOnline: true,
                softphone: state('Away')
            },
            [
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1 } },
                { when: omniMethod('logout'), plan: { delay: 2, outcome: 'lost' } }
            ]
        );
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'frameReload', pick: 0 });
        w.act(advance(100));
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B16: a console reload after the undo was sent, whatever the gap, finds the login still to undo', () => {
        // The earlier page's undo died with it; the saved state says the logout stands, and the earlier
        // page saw no login of the agent's since (that would have ended it).
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 1 } },
                { when: omniMethod('logout'), plan: { delay: 5, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Away')));
        w.act({ kind: 'handover', pick: 0 });
        expect(omniOf(w)).toBe('Away_from_desk');
        w.act({ kind: 'consoleReload', gapMs: 5_155_209, origin: 1, stale: 0, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it("B3: a start-up login overtaken by the agent's login and a handover is not resent for the softphone's next state", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'MostRecent' }),
            {
                omniOnline: false,
                softphone: state('Away')
            },
            [{ when: omniMethod('login', 'Away_from_desk'), plan: { delay: 4, outcome: 'timeout', lateBy: -1 } }]
        );
        w.act(advance(2916));
        w.act({ kind: 'agentOmniLogin', pick: statusPick(w, 'Lunch_break', true) });
        w.act({ kind: 'handover', pick: 1 });
        w.act(softphonePicks(w, state('Ready')));
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B4, B16: our status call lands after a handover, before the success of our logout sent before it: the logout’s success does not stop the undo', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 2, duplicateEcho: true, survivesReload: false }
                },
                {
                    when: omniMethod('logout'),
                    plan: { delay: 1, resultLag: 1, duplicateEcho: true, survivesReload: false }
                }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'On_a_Call'), withReason: false });
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts
        // The call ends while the console reloads: → setServicePresenceStatus Available [B15], which times out.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: true });
        w.act({ kind: 'softphoneLogout' }); // → logout [B4] once the status call has timed out
        w.act({ kind: 'handover', pick: 0 }); // the logout lands on an Omni already offline; then the status call
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B4, B15: the page before’s status call that lands while the start-up logs Omni out for the logged-out softphone does not stop that logout', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 3, duplicateResult: true } },
                // The start-up's logout times out and never lands.
                { when: omniMethod('logout'), plan: { outcome: 'timeout', lateBy: -1 } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away → setServicePresenceStatus Away [B1]
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'After_Call_Work') });
        w.act({ kind: 'softphoneLogout' });
        // The save of the softphone's logout failed: the start-up finds it logged out → logout [B15].
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        expect(w.story.some((line) => line.startsWith('  setServicePresenceStatus Away [B1] lands (page 1)'))).toBe(
            true
        );
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B4, B14: a late status call of ours that lands after the agent logged in by hand over our landed logout leaves the login', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { outcome: 'timeout', lateBy: 3 }
                },
                { when: omniMethod('logout'), plan: { resultLag: 1 } }
            ]
        );
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available [B1], which times out
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], which lands at once
        w.act(agentLogsIn(w, 'Available')); // then the status call lands; the logout's success comes after it
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
    });
});

describe('issue 19 (b): a logout of ours landing again after the softphone’s login is not answered with a login', () => {
    it('B16: the agent’s Omni logout within the window of our logout whose result came after its echo: no login for the softphone', () => {
        const w = world(shippedConfig(), { omniOnline: false, softphone: state('Ready') }, [
            // Start-up's login Available (B15) times out and lands after the softphone's logout and login.
            { when: omniMethod('login', 'Available'), plan: { outcome: 'timeout', lateBy: 3 } },
            // The logout for the softphone's logout (B4): its event, then its result one action later.
            { when: omniMethod('logout'), plan: { resultLag: 1 } }
        ]);
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent's, in Ready; the late login Available lands
        // The agent logs out of Omni within 15 s of our logout: it reads as that logout's own landing.
        w.act({ kind: 'agentOmniLogout' });
        expectClean(w);
        // No login of ours undoes that logout (it may be the agent's); the panel says Omni stays offline.
        expect(w.story.filter((line) => line.includes('→ login'))).toHaveLength(1);
        expect(omniOf(w)).toBe('offline');
        expect(w.state.notices).toContainEqual(expect.objectContaining({ code: 'omni-stays-offline' }));
    });
});
