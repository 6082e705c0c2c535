/**
 * Issue 19, properties (a), (b) and (d) where a person's change and a call of the sync cross: the
 * agent's Omni choice is not undone (a), a logout stands unless the agent asks (b), and an echo is never
 * followed as a change (d). Each case is a minimal sequence found by the soak (`npm run soak -- --only a`),
 * played in the hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own
 * record of who acted.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import { agentLogsIn, expectClean, omniMethod, omniOf, state, world } from '../test-support/hostile-script';

describe('issue 19: a person and a call of the sync cross', () => {
    it("(a) B14: the agent's Omni login by hand after a softphone logout stands over our late softphone login", () => {
        // The softphone logs in (login Available goes) and out again before it lands; the agent logs in to
        // Omni by hand with After_Call_Work. Our login lands after that: it is put right, not undone with a
        // logout, for the agent asked to be online.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [{ when: omniMethod('login'), plan: { delay: 2 } }]
        );
        w.act({ kind: 'softphoneLogout' });
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'softphoneLogout' });
        w.act(agentLogsIn(w, 'After_Call_Work'));
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });
});
