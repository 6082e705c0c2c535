/**
 * Issue 19, properties (c) and (d) around call ends and logouts: a change held during a call (B11) is
 * applied once the call ended, or said, also when an older command of the sync lands late after the
 * call; and a logout that lands after the agent's own login does not undo it (B5, B16). Each case is a
 * minimal sequence the soak found, played in the hostile world (src-ts/test-support/hostile-world.ts)
 * and judged by what the agent expects (docs/behaviour.md, "How long a held change lives (B11)" and
 * "Attribution").
 */
import type { HostileWorld, HostileAction } from '../test-support/hostile-world';
import {
    agentLogsIn,
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
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';

const supervisorSets = (w: HostileWorld, status: string): HostileAction => ({
    kind: 'supervisorStatus',
    pick: statusPick(w, status)
});

describe('issue 19 (c): a held change is applied after its call, whatever lands late', () => {
    it('B11/B14: a softphone command sent before the call that lands after the held change was applied does not bring back the after-call state', () => {
        // The agent's After_Call_Work sends the softphone to Away; that command times out and lands
        // only after the call ended and the supervisor's held Available was applied over Away / Lunch.
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneSets('Away'), plan: { delay: 3, outcome: 'timeout', lateBy: 2 } },
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 7 } }
        ]);
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act(supervisorSets(w, 'Available')); // held
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends in Away / Lunch
        w.act({ kind: 'advance', ms: 200 });
        w.act({ kind: 'advance', ms: 200 });
        w.act({ kind: 'advance', ms: 200 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B11/B14: a held change still landing on Omni is held again for the next call when Omni has only our restore of it', () => {
        // The call's On_a_Call lands after the call ended (B14 puts the held After_Call_Work back);
        // the softphone confirms Away, then call-2 starts before Omni got After_Call_Work.
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3, resultLag: 2 } },
            { when: softphoneSets('Away'), plan: { delay: 0, resultLag: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away [B11]
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends in Away / Lunch
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B14/B15: a frame reload while the held change is being put back on Omni sends the softphone where that change maps', () => {
        // Omni is the start-up authority. The call's On_a_Call lands after the held Available was
        // applied; its restore times out and waits for its retry when the softphone frame reloads.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Away') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { outcome: 'timeout', lateBy: -1 } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // held
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends in Ready: the held change is there
        w.act({ kind: 'frameReload', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B11/B16: a pick held during the call after our stray status was undone is applied after the call, or said', () => {
        // Maintenance logs Omni out during the call; the call's On_a_Call lands after it and is undone
        // with a logout (B16); the agent picks Lunch_break before that logout lands.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
            { when: omniMethod('logout'), plan: { delay: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'maintenanceLogout' });
        w.act({ kind: 'call', pick: 0 }); // wrap; On_a_Call lands → logout [B16]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // held
        w.act({ kind: 'call', pick: endsIn(w, state('Away')) }); // ends in Away; the logout lands
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends in Ready
        expectClean(w);
        // The logout stands (B16); the decisions list says the held Lunch_break was not applied to Omni.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
        expect(w.state.held).toBeNull();
    });

    it('B11/B12: the retry of a timed-out call that lands after the held change is its echo, the first try having landed before it', () => {
        // The call's On_a_Call times out and is retried five minutes later; the first try lands then (too late
        // for anyone to tell it from the retry), the agent picks Break during the wrap, and the retry lands
        // after the call ended and the held Break was applied.
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { outcome: 'timeout', lateBy: 1 } },
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 4, resultFirst: true } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call, which times out
        w.act({ kind: 'advance', ms: 297_592 }); // the retry goes; the first try lands
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // held
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone Away / Break [B11]
        w.act({ kind: 'advance', ms: 2408 }); // the retry lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it("B5/B11: the supervisor's logout's softphone logout that lands after the call does not silently end the agent's held login", () => {
        // A supervisor logs Omni out; B5's softphone logout is slow. During the call the agent logs in to
        // Omni again by hand (held); the call ends, the held Available goes to Omni, then B5's logout lands.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('logout'), plan: { delay: 4 } }
        ]);
        w.act({ kind: 'supervisorLogout' }); // → softphone logout [B5], slow
        w.act({ kind: 'call', pick: 0 }); // call-1: the logout is held for its end
        w.act(agentLogsIn(w, 'Available')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends; B5's logout lands
        expectClean(w);
        // Omni has the agent's login; the softphone, logged out, could not take it, and that is said.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
        expect(w.state.held).toBeNull();
    });

    it('B11/B16: a held logout whose softphone logout lands only after the agent logged in again by hand during the next call is said, not silent', () => {
        // The agent logs out of Omni during call-1 (held); at its end B11's softphone logout times out. In
        // call-2 the call's On_a_Call lands, is undone (B16), and the agent logs in to Omni by hand; after
        // call-2 ended the old softphone logout lands.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 5 } },
            { when: softphoneType('logout'), plan: { delay: 4, outcome: 'timeout', lateBy: 3 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'agentOmniLogout' }); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone logout [B11]
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'call', pick: 0 }); // wrap; On_a_Call lands → logout [B16]
        w.act({ kind: 'advance', ms: 100 });
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends; the softphone logout lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'logged out']);
    });

    it("B2/B11: an earlier page's call landing too late to be recognised is followed as anyone's change, not judged as the held change applied again", () => {
        // The agent picks Lunch_break during the call (held); the console comes back seven minutes later,
        // the call over, and applies it; the agent picks Ready; then the old page's On_a_Call lands.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 4 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call [B1], slow
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // held
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 0, callEnds: true });
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'advance', ms: 100 }); // the old page's On_a_Call lands
        expectClean(w);
    });
});

describe('issue 19 (d): a logout and a login of ours that land late are not followed as a change', () => {
    it('B3/B12: our start-up login that lands after the agent logged out and back in to the softphone is not followed by the softphone', () => {
        // Omni offline, softphone Away: the start-up login is slow. The agent logs in to Omni by hand,
        // logs out of it (B5 logs the softphone out), and logs in to the softphone in Ready.
        const w = world(talkdeskConfig(), { omniOnline: false, softphone: state('Away') }, [
            { when: omniMethod('login', 'Away_from_desk'), plan: { delay: 5 } },
            { when: softphoneType('logout'), plan: { delay: 1, outcome: 'timeout', lateBy: 0 } }
        ]);
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act({ kind: 'agentOmniLogout' });
        w.act({ kind: 'advance', ms: 100 });
        w.act({ kind: 'advance', ms: 100 });
        w.act({ kind: 'softphoneLogin', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it("B4/B5: a logout of ours that lands after the agent logged back in is not judged as an echo when the agent's own logout read as it", () => {
        // The agent logs out of the softphone (B4 sends a logout, which times out), logs out of Omni by
        // hand (no reason: it reads as that logout's echo), logs in to Omni and to the softphone again;
        // then the B4 logout lands. Its event is as much the agent's as the first one was.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('logout'), plan: { delay: 1, outcome: 'timeout', lateBy: 3 } }
        ]);
        w.act({ kind: 'softphoneLogout' });
        w.act({ kind: 'agentOmniLogout' });
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'advance', ms: 100 });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });

    it('B5/B16: the undo logout of an earlier page that a handover overtook is still ours when it lands after the agent logged in by hand', () => {
        // A slow Away_from_desk lands after a handover and is undone (B16); a second handover comes before
        // that logout lands; the console reloads and the agent logs in to Omni by hand; then the logout lands.
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { outcome: 'timeout', lateBy: 1 } },
            { when: omniMethod('logout'), plan: { delay: 5 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → Away_from_desk [B1], times out
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'advance', ms: 100 }); // Away_from_desk lands → logout [B16], slow
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'advance', ms: 100 }); // the logout lands
        expectClean(w);
        // Our logout stands (B16) and is not passed on to the softphone (B12).
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
    });
});
