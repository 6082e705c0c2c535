/**
 * Issue 19, start-up and reconnects (B15) with a command of the sync's under way: a reconciliation that does not
 * replace it leaves it wanted, so its failure is retried or said (B17), not written off as not needed while the
 * sides differ. A minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in
 * the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import { expectClean, omniMethod, omniOf, softphoneOf, state, world } from '../test-support/hostile-script';

describe('issue 19 (e): a failed start-up command under way at a reconnect', () => {
    it('B15, B17: a start-up logout that fails after a frame reload is retried, not written off', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail', survivesReload: false } },
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'fail', survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone → logout [B4], fails
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false }); // → logout [B15]
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone frame reloads while the logout is under way
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});
