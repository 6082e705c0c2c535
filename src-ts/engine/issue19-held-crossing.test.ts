/**
 * Issue 19 (c) where logouts cross: "a held change is applied exactly once after its interaction ends, or
 * ended by a newer choice of a person, never by an echo, and never dropped silently".
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

/** Call-1 in wrap; maintenance logs the agent out twice around our late call's landing and its undo (B16). */
function crossing(endsAway: boolean) {
    const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
        { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
        { when: omniMethod('logout'), plan: { delay: 2 } }
    ]);
    w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], landing late
    w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
    w.act({ kind: 'maintenanceLogout' }); // On_a_Call lands after it → logout [B16]
    w.act({ kind: 'maintenanceLogout' });
    w.act(agentLogsIn(w, 'After_Call_Work')); // held for the call's end; our undo lands after it
    w.act({ kind: 'call', pick: endsIn(w, state(endsAway ? 'Away' : 'Ready')) }); // call-1 ends
    return w;
}

describe('issue 19 (c): a held change where a maintenance logout and our B16 logout cross', () => {
    it('B11: the agent’s Omni login in wrap, logged out by our undo sent before it: its softphone part goes once, its Omni part is said', () => {
        const w = crossing(false);
        // Its softphone part went once; its Omni part is said as not applied, and it is not held for the next call.
        expect([omniOf(w), softphoneOf(w), w.state.held]).toEqual(['offline', 'Away', null]);
        w.act({ kind: 'backToBack', pick: 0 }); // call-2 starts
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        // The contact centre's Ready after the next call stands.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
    });

    it('B11: the same, the softphone already where the held change asks as the call ends: its Omni part is said', () => {
        const w = crossing(true);
        expect([omniOf(w), softphoneOf(w), w.state.held]).toEqual(['offline', 'Away', null]);
        w.act({ kind: 'backToBack', pick: 0 }); // call-2 starts
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // call-2 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
    });

    it('B11: the agent’s logout in the call, our late call undone, then the agent’s Omni pick: said though the agent ended the logout', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, duplicateEcho: true } },
            { when: omniMethod('logout'), plan: { delay: 1, resultFirst: true } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], landing after the agent's logout
        w.act({ kind: 'agentOmniLogout' }); // → logout [B16] once our call lands
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Meeting'), withReason: false }); // held; the undo lands after it
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Meeting')) }); // call-1 ends where the held change asks
        // Omni-Channel's part is said as not applied: the change is not held again for the next call.
        expect([omniOf(w), softphoneOf(w), w.state.held]).toEqual(['offline', 'Away / Meeting', null]);
        w.act({ kind: 'call', pick: 0 }); // call-2 starts
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: true });
        expectClean(w);
    });
});
