/**
 * Issue 19 (e), start-up (B15) after a reload whose last save failed: Omni-Channel found at a status other than the
 * latest Omni choice the saved state knows (a push time-out the lost save had recorded), agreeing with the softphone,
 * is newer than that choice: a call of ours sent before the reload that lands afterwards is put back to the status
 * found, not to the older choice, which the softphone no longer agrees with. A minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniOf,
    softphoneOf,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a late call of ours after a start-up that found Omni changed since the last save', () => {
    it('B14, B15: the earlier page’s login landing late is put back to the push time-out’s status found at start-up', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Away') },
            [{ when: () => true, plan: { delay: 3, outcome: 'timeout', resultLag: 1 }, times: 10 }]
        );
        // The start-up logs Omni in for the softphone (B15), slow to land; the agent logs in by hand first.
        w.act(agentLogsIn(w, 'Available')); // → softphone Ready [B2], lost with the page
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Lunch_break') }); // Omni's push time-out
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false }); // the last save failed
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch_break');
        expect(softphoneOf(w)).toBe('Away');
    });
});
