/**
 * Issue 19, property (e) and its neighbours: what is left at rest after late landings, reloads whose saves
 * failed and frame reloads. Each case is a minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import type { HostileWorld } from '../test-support/hostile-world';
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

describe('issue 19 (e): the sides agree at rest', () => {
    it('B4, B15: a softphone logout the saved state missed (the console reloaded at once) logs Omni out, Omni the authority', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The B4 logout dies with the page before it lands.
                { when: omniMethod('logout'), plan: { delay: 2, survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});

describe('issue 19 (e): a late landing while the softphone is being put back', () => {
    it('B14: a timed-out status call that lands while the agent’s softphone pick is being put back is put right towards that pick', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('logout'), plan: { outcome: 'fail', delay: 1 } },
            // Omni's After_Call_Work for the softphone: it times out and lands after the agent's own picks.
            { when: softphoneType('setState'), plan: { outcome: 'timeout', delay: 1, lateBy: 1 } },
            // The agent's Away: it times out and lands after its replacement (Lunch) did.
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { outcome: 'timeout', delay: 2, lateBy: 2 } },
            // The softphone's restore of Away / Lunch lands last.
            { when: softphoneType('setState'), plan: { delay: 3 } }
        ]);
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], fails
        w.act(agentLogsIn(w, 'After_Call_Work')); // → softphone setState Away [B2], times out
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1]
        w.act(softphonePicks(w, state('Away', 'Lunch')));
        w.act({ kind: 'advance', ms: 100 });
        w.act({ kind: 'advance', ms: 100 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });
});

describe('issue 19 (e): a want met only by a command under way stays a want', () => {
    it('B5, B17: the agent’s Omni logout, met by a softphone logout under way that the agent’s own pick overtook, is retried when that logout times out', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // The start-up's softphone logout (Omni offline, the authority) times out after the agent's picks.
                { when: softphoneType('logout'), plan: { outcome: 'lost', delay: 3 } }
            ]
        );
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act(softphonePicks(w, state('Away', 'Lunch'))); // → setServicePresenceStatus Lunch [B1]
        w.act({ kind: 'agentOmniLogout' }); // the softphone logout under way already asks for it
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});

/**
 * Talkdesk: the agent's Ready (softphone) lands on Omni after Omni's decline set Away_from_desk, which is put
 * back (B14); the softphone's Away for the decline times out, and its retry is not yet due.
 */
function restoreUnderWay(): HostileWorld {
    const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
        // The agent's Ready goes to Omni and lands after Omni's decline; its result comes first, its echo twice.
        {
            when: omniMethod('setServicePresenceStatus', 'Available'),
            plan: { delay: 2, resultFirst: true, duplicateEcho: true }
        },
        // The softphone's Away for the agent's Lunch_break lands; the one for the decline times out.
        { when: softphoneType('setState'), plan: {} },
        { when: softphoneType('setState'), plan: { outcome: 'lost', delay: 1 } },
        // The restore of the decline's Away_from_desk lands two actions after it was sent.
        { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 2 } }
    ]);
    w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // → softphone Away
    w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available [B1], lands late
    w.act({ kind: 'platformStatus', pick: statusPick(w, 'Away_from_desk') }); // → softphone setState Away [B2]
    w.act({ kind: 'advance', ms: 100 }); // Available lands → setServicePresenceStatus Away_from_desk [B14]
    return w;
}

describe('issue 19 (e): a frame reload while a change is put back on Omni', () => {
    it('B14, B15: the softphone found elsewhere after a frame reload follows the platform’s change our restore under way puts back', () => {
        const w = restoreUnderWay();
        // The frame reloads before the restore lands: the softphone is found in the agent's Ready.
        w.act({ kind: 'frameReload', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'Away']);
    });

    it('B1, B14, B15: a restore under way that a call overtook does not outlive a frame reload during the call', () => {
        const w = restoreUnderWay();
        w.act({ kind: 'call', pick: 0 }); // the softphone's call is the latest change: Omni is to follow it (B1)
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone is found on the call
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });
});

describe('issue 19 (e): a softphone login after a logout logs Omni in', () => {
    it('B3, B16: a status call overtaken by the agent’s Omni logout does not count as the login the softphone’s login asks for', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The agent's Away goes to Omni and never answers: the agent logs out of Omni meanwhile.
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { outcome: 'lost', delay: 3 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1]
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5]
        w.act({ kind: 'softphoneLogin', pick: endsIn(w, state('Away', 'Training')) }); // → login [B3]
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away / Training']);
    });
});

describe('issue 19 (e): a restore carried over a frame reload', () => {
    it('B14, B15: a restore that timed out and is carried over a frame reload is not undone by its own late landing', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The call's On_a_Call times out and lands late, twice; so does the restore of Available it calls for.
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { outcome: 'timeout', lateBy: 1, duplicateEcho: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { outcome: 'timeout', lateBy: 1, duplicateEcho: true, survivesReload: false }
                },
                // The reconnect's softphone Ready is lost with the next frame reload.
                { when: softphoneType('setState'), plan: { delay: 1, survivesReload: false }, times: 2 }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1], times out
        w.act({ kind: 'frameReload', pick: 255 }); // the call ends while the frame is away: Away / Break
        w.act({ kind: 'frameReload', pick: 0 }); // the restore of Available is under way, Omni shows On_a_Call
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B14, B15: a softphone already where a restore carried over a frame reload asks is not sent after our stale status', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { outcome: 'timeout', lateBy: 2, duplicateEcho: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { outcome: 'timeout', lateBy: 2, duplicateEcho: true, survivesReload: false }
                }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1], times out
        w.act({ kind: 'frameReload', pick: 255 }); // the call ends while the frame is away; the softphone → Ready
        w.act({ kind: 'advance', ms: 1 }); // On_a_Call lands → setServicePresenceStatus Available [B14], times out
        // The softphone is found in Ready, where the restore under way asks, while Omni still shows On_a_Call.
        w.act({ kind: 'frameReload', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});

describe('issue 19 (e): the earlier page’s call lands after the start-up brought Omni to the softphone', () => {
    it('B14, B15: the earlier page’s status call that lands after the start-up’s own is put right to the status the start-up chose', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The call's On_a_Call survives the console reload and lands after the new page's call.
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } }
        ]);
        w.act({ kind: 'backToBack', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1]
        // The call ends while the console reloads, the softphone in Away / Lunch: Omni is to follow it (B15).
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 2, stale: 0, callEnds: true });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });
});
