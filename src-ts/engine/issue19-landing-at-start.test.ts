/**
 * Issue 19 (a), start-up (B15) after a reload whose last save failed: the softphone found in the state a command
 * of the page before was setting (under way, failed or timed out at the save) did not change by itself, however
 * long the reload took; the agent's Omni choice made after that command stands. A minimal sequence the soak
 * found (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniOf,
    softphoneOf,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (a): a softphone command of the page before, found landed at start-up, is ours', () => {
    it('B15: sent before the agent’s Omni pick and found landed five minutes later, it is ours: the softphone follows the pick', () => {
        const w = world(
            // The softphone stays logged in over the supervisor's logout (B5 off), so the agent's login by hand moves it.
            shippedConfig({ Startup_Authority__c: 'Softphone', Logout_Softphone_On_Omni_Logout__c: false }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: { outcome: 'timeout', lateBy: 1, survivesReload: false } },
                { when: softphoneSets('Ready'), plan: { delay: 1, resultLag: 1, survivesReload: false } }
            ]
        );
        w.act({ kind: 'supervisorLogout' });
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone comes back Ready
        // The agent logs in to Omni by hand with After_Call_Work: the softphone is set to Away, which times out.
        w.act({ kind: 'agentOmniLogin', pick: statusPick(w, 'After_Call_Work', true) });
        // The agent picks Available in Omni; the timed-out Away lands after it, and the page puts Ready back.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        // Five minutes later the console reloads; the last save failed. The softphone shows the landed Away.
        w.act({ kind: 'consoleReload', gapMs: 300_000, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
