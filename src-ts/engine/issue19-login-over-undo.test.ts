/**
 * Issue 19 (b): the agent logs out of Omni during a call; the call's status of ours lands after that logout and our
 * logout undoing it fails (a retry waits). A login event then, while Omni is still online, is no person's login by
 * hand (the agent's own login is from offline): it is the late landing of a login of ours, here a start-up login of
 * the page before a reload that the lost save never recorded, and it is undone with the rest (B16). It was taken for
 * the agent's change, held for the call's end, and Omni stayed online after the agent's logout.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphonePicks,
    state,
    world
} from '../test-support/hostile-script';

describe('a login landing while our undo of a landing over the agent’s logout is under way is ours (B16)', () => {
    it('the page before’s start-up login lands after the agent’s logout during a call: Omni ends offline', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login'), plan: { delay: 6, duplicateEcho: true, duplicateResult: true } },
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 1, survivesReload: false }
                },
                { when: omniMethod('logout'), plan: { outcome: 'fail', survivesReload: false } }
            ]
        );
        // → login Available [B15], landing six actions later; the reload loses the save that had it.
        w.act({ kind: 'consoleReload', gapMs: 3_000, origin: 0, stale: 1, callEnds: false });
        w.act(softphonePicks(w, state('Away')));
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], landing an action later
        w.act({ kind: 'agentOmniLogout' }); // held for the call's end; On_a_Call lands over it → logout [B16], fails
        w.act({ kind: 'advance', ms: 0 }); // the page before's login lands now, before the retry
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
    });
});
