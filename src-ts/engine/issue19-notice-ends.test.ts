/**
 * Issue 19, property (b) and the panel's word for it: after a logout, Omni-Channel is never online again unless
 * the agent asked, and when the sync cannot carry the logout out (its logout gave up, B17) the panel says so for
 * as long as Omni stays online (src-ts/engine/notice-ends.ts). A minimal sequence the soak found, played in the
 * hostile world (src-ts/test-support/hostile-world.ts).
 */
import { expectClean, omniMethod, omniOf, state, world } from '../test-support/hostile-script';
import { shippedConfig } from '../test-support/hostile-mapping';

describe('issue 19 (b): a logout the sync could not carry out is said while it stands', () => {
    it('B16/B17: the command-failed notice of a logout that gave up stays while Omni is online, though the sides agree by the mapping', () => {
        // During a call, the sync's On_a_Call is in flight when the agent logs out of Omni; it lands, so the sync logs
        // Omni out again (B16). That logout fails three times and gives up: Omni stays On_a_Call, which agrees with the
        // softphone on the call by the mapping, but the agent's logout is not carried out.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1 } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'lost' } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail', duplicateEcho: true } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail' } },
                { when: omniMethod('logout'), plan: { outcome: 'fail', resultLag: 1, duplicateEcho: true } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'agentOmniLogout' }); // the agent logs out of Omni (no reason)
        expectClean(w);
        expect(omniOf(w)).toBe('On_a_Call');
        expect(w.state.notices.map((n) => n.code)).toContain('command-failed');
    });
});
