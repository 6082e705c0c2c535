/**
 * Issue 19 (c): a logout of ours that lands after the agent's own Omni choice, held during a call and applied at
 * its end. Our status call lands after a handover or maintenance logout and is undone with a logout (B16); before
 * that logout lands the agent picks a status in Omni by hand (or logs out and in again) during the wrap. Our logout
 * lands over the applied choice: it stands (the agent's own logout would read the same, B16), and the agent is told
 * the choice was not applied to Omni-Channel (B11), never left silently. Minimal sequences the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
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

describe('issue 19 (c): a logout of ours landing over a held change applied at the call’s end', () => {
    it('B11, B16: the undo of our call over a handover lands after the agent’s Lunch break, held and applied: said as not applied to Omni', () => {
        const late = { delay: 2, resultFirst: true, survivesReload: false };
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: late },
                { when: omniMethod('logout'), plan: late }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], landing late
        w.act({ kind: 'handover', pick: 0 });
        w.act({ kind: 'call', pick: 0 }); // wrap; On_a_Call lands over the handover → logout [B16]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: endsIn(w, state('Away')) }); // applied; then our logout lands over it
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
        expect(softphoneOf(w)).toBe('Ready');
        expect(w.state.notices.map((n) => n.code)).toContain('omni-stays-offline');
    });

    it('B11, B16: the agent logs out and in by hand during the wrap after maintenance; the undo’s logout lands after it: said', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
                // The undo's logout: its echo is taken by the agent's own logout, its own landing comes after
                // the agent's login by hand, within TWIN_LANDING_MS of its issue.
                { when: omniMethod('logout'), plan: { delay: 3 } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], landing late
        w.act({ kind: 'maintenanceLogout' });
        w.act({ kind: 'call', pick: 0 }); // wrap; On_a_Call lands over the maintenance logout → logout [B16]
        w.act({ kind: 'agentOmniLogout' });
        w.act(agentLogsIn(w, 'After_Call_Work')); // held (B11)
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Training')) }); // applied; our logout lands over it
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
        expect(w.state.notices.map((n) => n.code)).toContain('omni-stays-offline');
    });
});

describe('issue 19 (e): a softphone logout of ours the agent’s own softphone logout and login overtook', () => {
    it('B5, B11, B15: it is not held over the next call: after a reload that the call ended during, the sides are brought together', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneType('logout'), plan: { delay: 3 } },
                { when: omniMethod('login'), plan: { delay: 1, duplicateResult: true } }
            ]
        );
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], under way
        w.act({ kind: 'softphoneLogout' });
        w.act({ kind: 'softphoneLogin', pick: endsIn(w, state('Ready')) }); // → login Available [B3]
        w.act({ kind: 'call', pick: 0 }); // the softphone refuses our logout; Omni goes On_a_Call (B1)
        // The last save fails; the call ends while the page is away, the softphone back in Ready.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: endsIn(w, state('Ready')), stale: 1, callEnds: true });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
