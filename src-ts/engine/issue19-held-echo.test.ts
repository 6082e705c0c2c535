/**
 * Issue 19 (c): "a held change is applied exactly once after its interaction ends, or ended by a newer choice of a
 * person, never by an echo". A call of ours whose echo came, its result still to come, claims no second report once
 * another call of ours has landed since (Omni reports in order, B12): the agent's pick of its status then is the
 * agent's, held for the call's end over the platform's change held before it (B11).
 */
import type { HostileAction, HostileWorld } from '../test-support/hostile-world';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

/** The pick with which Omni-Channel itself sets `status` for a push time-out (the world's platform reasons alternate). */
function pushTimeoutPick(w: HostileWorld, status: string): number {
    const i = statusPick(w, status);
    const others = w.config.statuses.length - 1;
    const pick = [i, i + others].find((p) => p % 2 === 0);
    if (pick === undefined) throw new Error(`no push time-out pick for ${status}`);
    return pick;
}

describe('issue 19 (c): the agent’s pick of the status our call just set, after another call of ours landed', () => {
    it('B11, B12: our After_Call_Work echoed, our timed-out On_a_Call landed since: the agent’s After_Call_Work in wrap is held and applied', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            {
                when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                plan: { delay: 1, outcome: 'timeout', lateBy: 3 }
            },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 2, resultLag: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], timing out, landing late
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap → After_Call_Work [B1]
        w.act({ kind: 'backToBack', pick: endsIn(w, state('Ready')) }); // call-1 ends, call-2 starts
        w.act({ kind: 'platformStatus', pick: pushTimeoutPick(w, 'Available_For_Chats') }); // held; our After_Call_Work lands
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap; our On_a_Call lands late
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        // The agent's pick is the latest held change, not the second report of our After_Call_Work.
        expect(w.state.held).toEqual({ kind: 'status', status: 'After_Call_Work' });
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B11, B12: the same with no change held before, our After_Call_Work’s result come before the agent’s pick: held and applied', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            {
                when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                plan: { delay: 1, outcome: 'timeout', lateBy: 3 }
            },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 2, resultLag: 1 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], timing out, landing late
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap → After_Call_Work [B1]
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-1 ends
        w.act({ kind: 'call', pick: 0 }); // call-2 starts; our After_Call_Work lands
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap; our On_a_Call lands late, then After_Call_Work's result
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        expect(w.state.held).toEqual({ kind: 'status', status: 'After_Call_Work' });
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });
});

/** A frame reload during which the call ends, the softphone then in `s` (the world ends the call for an odd pick). */
function reloadEndingCallIn(w: HostileWorld, s: ReturnType<typeof state>): HostileAction {
    const pick = endsIn(w, s);
    const states = w.config.catalogue.filter((e) => e.reserved !== true).length;
    const odd = [pick, pick + states].find((p) => p % 2 === 1);
    if (odd === undefined) throw new Error('no odd pick');
    return { kind: 'frameReload', pick: odd };
}

/**
 * Talkdesk: call-1's On_a_Call [B1] lands `delay` actions after it is sent; in its wrap the agent logs out of Omni and
 * back in to Lunch_break (held for the call's end); call-1 ends while the frame reloads, in Away, which already
 * agrees with Lunch_break (so it is applied at once).
 */
function heldLunchBreakApplied(delay: number): HostileWorld {
    const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
        { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay, resultLag: 1 } }
    ]);
    w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], landing late
    w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
    w.act({ kind: 'agentOmniLogout' });
    w.act(agentLogsIn(w, 'Lunch_break')); // held for the call's end
    w.act(reloadEndingCallIn(w, state('Away')));
    return w;
}

describe('issue 19 (c): a held change applied at a call’s end, undone by a late landing of ours before the next call', () => {
    it('B11, B14: its restore still to be sent as the next call starts: held again for that call, applied at its end', () => {
        const w = heldLunchBreakApplied(4);
        // Our On_a_Call lands over it (the restore waits for its result), and call-2 starts.
        w.act({ kind: 'call', pick: 0 });
        expect(w.state.held).toEqual({ kind: 'status', status: 'Lunch_break' });
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B11, B15: the console reloads during that next call, its last saves lost before the change was held again: start-up holds it again', () => {
        const w = heldLunchBreakApplied(4);
        w.act({ kind: 'call', pick: 0 }); // our On_a_Call lands over it; call-2 starts: held again
        // The state resumed is from before call-2 started: start-up finds the restore of Lunch_break still to send.
        w.act({ kind: 'consoleReload', gapMs: 1000, origin: 0, stale: 3, callEnds: false });
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B11: held again hours after it was applied, it is not dropped as a change picked during the call hours ago', () => {
        const w = heldLunchBreakApplied(5);
        w.act({ kind: 'advance', ms: 4 * 3_600_000 + 10 * 60_000 }); // our On_a_Call lands over it hours later
        w.act({ kind: 'call', pick: 0 }); // call-2 starts: held again
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect(w.state.notices.map((n) => n.code)).not.toContain('held-dropped');
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });

    it('B11, B15: a supervisor’s change held for the call, applied as the call ends by a command of the call still under way, survives a console reload that loses that command', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // Every command lands two actions after it is sent, and dies with its page.
                { when: () => true, plan: { delay: 2, survivesReload: false }, times: 20 }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call [B1], landing after the agent's pick
        w.act({ kind: 'advance', ms: 0 });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // put back: Break [B14]
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'After_Call_Work') }); // held for the call's end
        w.act({ kind: 'call', pick: 0 }); // wrap; our Break lands over the supervisor's → After_Call_Work [B1]
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Training')) }); // ends: After_Call_Work on its way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // that command dies
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it('B11, B14: applied after two frame reloads over the call, then undone by the call’s own late status: put back to the held change, not to the status a reconnect agreed on', () => {
        const late = { delay: 0, outcome: 'timeout' as const, lateBy: 5 };
        const twice = { delay: 0, duplicateResult: true };
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: late },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: twice },
                { when: omniMethod('setServicePresenceStatus', 'Available_For_Chats'), plan: late },
                { when: softphoneType('setState'), plan: twice }
            ]
        );
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 → On_a_Call [B1], timing out and landing late
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available_For_Chats'), withReason: false }); // held
        w.act({ kind: 'call', pick: 0 }); // wrap → After_Call_Work [B1]
        w.act({ kind: 'frameReload', pick: 0 }); // the reconnect finds Wrap and After_Call_Work: they agree
        w.act({ kind: 'frameReload', pick: 421 }); // the call ended meanwhile: the held change is applied
        expectClean(w);
        expect(omniOf(w)).toBe('Available_For_Chats');
    });
});
