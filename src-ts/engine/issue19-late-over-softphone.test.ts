/**
 * Issue 19 (e), a softphone command of ours that lands after the agent's own newer softphone change: the agent's
 * Omni pick sends the softphone a state, the agent logs the softphone out and in again (Omni logged out and being
 * logged in for it, B3), and a call starts; the stale state lands in the call's wrap, which cannot be put back
 * (B6): the softphone goes where Omni-Channel's status is being brought (the login for the softphone), so the
 * sides agree. Minimal sequences the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in
 * the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a softphone state of ours landing after the agent’s own softphone logout and login', () => {
    it('B3, B6, B14: landing in the wrap while Omni is logged in for the softphone, it goes where Omni goes', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away', 'Break'), plan: { delay: 4 } },
                { when: omniMethod('login'), plan: { delay: 2 } },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 4 } }
            ]
        );
        // The agent picks Break in Omni (no reason) → softphone Away / Break [B2], slow to land.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false });
        w.act({ kind: 'softphoneLogout' }); // → Omni logout [B4]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // Ready → Omni login Available [B3]
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts, the softphone on it, then in its wrap
        w.act({ kind: 'call', pick: 0 });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
        expect(softphoneOf(w)).toBe('Away');
    });
});
