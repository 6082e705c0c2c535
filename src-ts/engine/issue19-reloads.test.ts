/**
 * Issue 19, properties (a) and (e) across reloads: the console or the softphone frame reloads while a
 * B14 restore of the agent's pick, or a command of the sync sent before the reload, is still under way.
 * Each case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import type { SoftphoneState } from '../mapping/types';
import type { HostileAction, HostileWorld } from '../test-support/hostile-world';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneType,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

/** A frame reload's pick that ends the call while the frame is away (an odd pick) with the softphone in `s`. */
function oddPick(w: HostileWorld, s: SoftphoneState): number {
    const count = w.config.catalogue.filter((e) => e.reserved !== true).length;
    const index = endsIn(w, s);
    return index % 2 === 1 ? index : index + count;
}

describe('issue 19 (a): a restore of the agent’s pick outlives a reload', () => {
    it('B14: the console reloads while the agent’s Omni pick (during a call) is being put back: it is put back', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The call's status lands after the agent's pick; its result comes only after the reload.
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, resultLag: 3 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it('B14: the console reloads while the agent’s Omni pick is being put back: the softphone follows it too', () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Away') }, [
            // The softphone's call lands after the agent's Omni pick; its result comes only after the reload.
            { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1, resultLag: 3 } },
            // The softphone command that follows the pick never answers.
            { when: softphoneType('setState'), plan: { outcome: 'lost', delay: 3 } }
        ]);
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B12: a call of the earlier page that landed and echoed claims no later pick of the same status', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 1 } },
            // The restore's result comes after its echo: the earlier page saved it as still expected.
            { when: omniMethod('setServicePresenceStatus', 'Lunch'), plan: { duplicateResult: true } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away, landing after the pick
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: false }); // put back: Lunch [B14]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        // Within the old call's echo window, but after newer changes: the agent's own.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch');
    });

    it('B14: a timed-out call that landed over the agent’s login is put right after a reload whose last save failed', () => {
        const w = world(talkdeskConfig(), { omniOnline: false, softphone: state('Ready') }, [
            // The start-up login times out and lands later, over the agent's own login.
            { when: omniMethod('login', 'Available'), plan: { outcome: 'timeout', delay: 1, lateBy: 0 } },
            { when: softphoneType('setState'), plan: { outcome: 'lost', delay: 3 } },
            // The restore decided on the old page dies with it.
            { when: omniMethod('setServicePresenceStatus', 'Lunch_break'), plan: { delay: 1, survivesReload: false } }
        ]);
        w.act(agentLogsIn(w, 'Lunch_break'));
        // The state saved as the restore was sent is lost: the new page resumes the save before it.
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B14: the console reloads while the restore of the agent’s login is under way, its last save lost: the restore goes on', () => {
        const w = world(talkdeskConfig(), { omniOnline: false, softphone: state('Ready') }, [
            // The start-up login lands over the agent's own login; its result comes before its echo.
            { when: omniMethod('login', 'Available'), plan: { delay: 1, resultFirst: true } },
            { when: softphoneType('setState'), plan: { outcome: 'fail', delay: 0 } },
            // The restore sent by the old page dies with it.
            { when: omniMethod('setServicePresenceStatus', 'Lunch_break'), plan: { delay: 5, survivesReload: false } }
        ]);
        w.act(agentLogsIn(w, 'Lunch_break'));
        w.act({ kind: 'consoleReload', gapMs: 5000, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B15: the softphone found where the earlier page’s command was taking it has not changed by itself: the agent’s Omni pick stands', () => {
        const w = world(shippedConfig(), { omniOnline: false, softphone: state('Ready') }, [
            { when: softphoneType('setState'), plan: { delay: 1 } },
            // The softphone's next command dies with the page.
            { when: softphoneType('setState'), plan: { delay: 5 } },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { outcome: 'lost' } }
        ]);
        w.act({ kind: 'advance', ms: 100 }); // the start-up login lands
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // → softphone Away / Break
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        // The softphone lands in Away / Break; the saves after the pick fail.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });
});

describe('issue 19 (a): a command of ours carrying the agent’s Omni pick outlives a reload', () => {
    it('B14, B15: the call’s status the agent picked is under way when a late status of ours lands over it; five minutes later the console reloads: the pick is put back', () => {
        const p0 = { delay: 2, outcome: 'timeout' as const, lateBy: 1, survivesReload: false };
        const p1 = { delay: 3, outcome: 'timeout' as const, lateBy: 0, resultLag: 1, survivesReload: false };
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The status for the softphone's Away times out and lands after the agent's pick.
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: p0 },
                // The call's own status times out; its late landing dies with the page.
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: p1 },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: p0 }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // Away → setServicePresenceStatus Away_from_desk [B1]
        w.act({ kind: 'call', pick: 0 }); // call-1 (its On_a_Call [B1] once the Away_from_desk times out)
        w.act({ kind: 'softphoneLogout' }); // refused during the call: nothing happens
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'On_a_Call'), withReason: true });
        w.act({ kind: 'consoleReload', gapMs: 300_000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('On_a_Call');
    });
});

describe('issue 19 (e): a person’s Omni logout outlives a reload', () => {
    it('B5: the console reloads before the softphone’s logout for the agent’s Omni logout lands: start-up carries it on', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The softphone's logout for the agent's Omni logout dies with the page.
            { when: softphoneType('logout'), plan: { delay: 5, survivesReload: false } }
        ]);
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5]
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });

    const reloads: [string, HostileAction][] = [
        ['console', { kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }],
        ['frame', { kind: 'frameReload', pick: 0 }]
    ];
    it.each(reloads)(
        'B5: the %s reloads while a call of ours that landed over the agent’s Omni logout is undone: the softphone logs out too',
        (_, reload) => {
            const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
                // The status for the softphone's Away lands after the agent's Omni logout; its undo after the reload.
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 2 } },
                { when: omniMethod('logout'), plan: { delay: 3 } },
                // The softphone's logout for the agent's Omni logout dies with the page or the frame.
                { when: softphoneType('logout'), plan: { delay: 9, survivesReload: false } }
            ]);
            w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1], landing later
            w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5]
            w.act({ kind: 'advance', ms: 100 }); // Away lands → logout [B16]
            w.act(reload);
            expectClean(w);
            expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
        }
    );

    it('B5: with the softphone left alone on Omni logouts, the reload leaves it logged in and says Omni stays offline', () => {
        const w = world(
            shippedConfig({ Logout_Softphone_On_Omni_Logout__c: false }),
            { omniOnline: true, softphone: state('Ready') },
            []
        );
        w.act({ kind: 'agentOmniLogout' });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
    });
});

describe('issue 19 (e): what a reconnect decided is not undone by a command sent before it', () => {
    it('B15: the frame reloads as a call ends; the call’s status, landing after the reconnect, is put right', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneType('setState'), plan: { delay: 3 } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } }
            ]
        );
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Break') }); // → softphone Away / Break
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing later
        w.act({ kind: 'frameReload', pick: oddPick(w, state('Away')) }); // the call ends meanwhile, in Away
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it('B15: the console reloads as a call ends; the earlier page’s call status, landing after it, is put right', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } }]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing after the reload
        w.act({ kind: 'consoleReload', gapMs: 0, origin: endsIn(w, state('Away')), stale: 0, callEnds: true });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B11: the earlier page’s call status, landing while a held change is applied after the call, is not put right towards the after-call state', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 4 } },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 1 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing after the reload
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'On_a_Call') }); // held for the call's end
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // the held On_a_Call applies over Ready
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Away']);
    });

    it('B11: the earlier page’s call status, landing while a held change is applied after the call, is put back to the held change', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { outcome: 'fail' } },
            // The wrap's status of the old page lands after the call, over the held change.
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 2 } },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { outcome: 'fail' } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call, which fails
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Available_For_Chats') }); // held for the call's end
        w.act({ kind: 'call', pick: 0 }); // wrap → After_Call_Work, landing after the call
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'call', pick: endsIn(w, state('Away')) }); // the held change applies over Away
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available_For_Chats', 'Ready']);
    });
});

describe('issue 19 (e): the world demands nothing the engine cannot know', () => {
    it('B4: a login of ours that lands after a handover and the softphone’s logout reads as the agent’s login by hand, and stands', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: omniMethod('login', 'Available'), plan: { outcome: 'timeout', delay: 1, lateBy: 3 } }]
        );
        w.act({ kind: 'advance', ms: 100 }); // the start-up logout of the softphone lands
        w.act({ kind: 'softphoneLogin', pick: 0 }); // → login Available [B3], which times out and lands later
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'softphoneLogout' });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
    });
});
