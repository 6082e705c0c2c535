/**
 * Property (e) of issue 19 around a call's wrap: at rest the sides agree by the mapping, or the panel
 * says why not. Each case is a minimal sequence the soak found (agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentPicks,
    endsIn,
    omniMethod,
    expectClean,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneType,
    statusPick,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): commands that land around a call', () => {
    it("B6/B14: a supervisor's state that lands over the wrap goes where Omni's after-call status maps (the wrap cannot be put back)", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('setState'), plan: { delay: 2 } }
        ]);
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Break') }); // → softphone setState Away / Break
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call
        w.act({ kind: 'call', pick: 0 }); // wrap → After_Call_Work; then Away / Break lands over the wrap
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it("B6/B14: the softphone state of the agent's earlier Omni pick that lands over the wrap goes where Omni's after-call status maps", () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Away') }, [
            { when: softphoneType('setState'), plan: { delay: 2 } }
        ]);
        w.act(agentPicks(w, 'Available')); // → softphone setState Ready, landing during the wrap
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it("B14: the softphone state of an earlier Omni change that lands over the wrap follows a supervisor's change held since, not the other way", () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Away') }, [
            { when: softphoneType('setState'), plan: { delay: 4 } }
        ]);
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Available') }); // → softphone setState Ready, landing late
        w.act({ kind: 'call', pick: 0 }); // call-1 → On_a_Call
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'After_Call_Work') });
        w.act({ kind: 'call', pick: 0 }); // wrap; then Ready lands over it: nothing follows it on Omni
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // the call ends: the held change applies
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B3/B15: the start-up login still under way when the softphone frame reloads on a call ends with Omni at the call status', () => {
        const w = world(shippedConfig(), { omniOnline: false, softphone: state('Ready') }, [
            { when: omniMethod('login'), plan: { delay: 3 } }
        ]);
        // The start-up login (B3) is under way when a call starts and the softphone frame reloads.
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone comes back on the call
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });

    it('B4/B14: a status call of ours that lands after the softphone logout and its Omni logout is put right: Omni goes offline again', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { outcome: 'timeout', delay: 1, lateBy: 2 } },
            { when: omniMethod('logout'), plan: { resultFirst: true } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away, which times out and lands later
        w.act({ kind: 'softphoneLogout' }); // → logout (B4) once the status call has timed out
        w.act({ kind: 'advance', ms: 100 });
        w.act({ kind: 'advance', ms: 100 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});
