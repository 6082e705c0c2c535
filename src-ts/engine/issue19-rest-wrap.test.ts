/**
 * Property (e) of issue 19 around a call's wrap: at rest the sides agree by the mapping, or the panel
 * says why not. Each case is a minimal sequence the soak found (agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentPicks,
    expectClean,
    omniOf,
    softphoneOf,
    softphoneType,
    statusPick,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a softphone command landing during wrap', () => {
    it("B6/B1: a supervisor's state that lands over the wrap stays, and Omni follows it (the wrap cannot be put back)", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('setState'), plan: { delay: 2 } }
        ]);
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Break') }); // → softphone setState Away / Break
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call
        w.act({ kind: 'call', pick: 0 }); // wrap → After_Call_Work; then Away / Break lands over the wrap
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it("B6/B1: the agent's Omni pick whose softphone state lands over the wrap stays, and Omni follows it", () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Away') }, [
            { when: softphoneType('setState'), plan: { delay: 2 } }
        ]);
        w.act(agentPicks(w, 'Available')); // → softphone setState Ready, landing during the wrap
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
