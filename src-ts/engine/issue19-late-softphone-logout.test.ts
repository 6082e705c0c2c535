/**
 * Issue 19 (e), a softphone logout of ours (B5) that lands after the agent's own softphone logout and login: the
 * sync cannot log a softphone in, so it says so, and Omni-Channel, being logged in for the agent's softphone login
 * (B3), is not logged out again for a logout the agent did not make (B16): the agent logs in to the softphone
 * again, or out of Omni-Channel. Played in the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a softphone logout of ours landing after the agent logged the softphone in again', () => {
    it('B3, B5, B16: Omni stays online for the agent’s login, and the panel says the softphone stays logged out', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneType('logout'), plan: { delay: 3 } },
                { when: omniMethod('login'), plan: { delay: 2 } }
            ]
        );
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], slow to land
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone (Omni offline already)
        w.act({ kind: 'softphoneLogin', pick: 0 }); // Ready → Omni login Available [B3]
        w.act({ kind: 'advance', ms: 1 }); // the logout of ours lands: the softphone is logged out
        w.act({ kind: 'advance', ms: 1 }); // the login for the agent's softphone login lands
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('logged out');
        expect(w.state.notices.map((n) => [n.code, n.params?.reason])).toEqual([
            ['softphone-stays-logged-out', 'late']
        ]);
    });
});
