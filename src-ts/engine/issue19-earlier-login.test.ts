/**
 * Issue 19 (a), start-up (B15) after a reload: the earlier page's login that timed out after that page saw
 * Omni-Channel online (the agent logged in by hand meanwhile) may still land, though the start-up read finds
 * Omni at its status: when it lands over the agent's newer pick, the pick is put back (B14); one whose landing
 * that page took claims only a toolkit call, as on that page. Minimal sequences the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (a): the earlier page’s late login over the agent’s pick after a reload', () => {
    it('B14, B15: a timed-out login the page before saw Omni online after still claims its landing, put right', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                {
                    when: omniMethod('login', 'Available'),
                    plan: { delay: 3, outcome: 'timeout', lateBy: 2 }
                },
                { when: softphoneSets('Away'), plan: { outcome: 'lost' } },
                { when: softphoneSets('Away'), plan: { delay: 3, outcome: 'timeout', lateBy: 2 } }
            ]
        );
        // The start-up logs Omni in for the softphone (B15); the agent logs in by hand at Lunch break first.
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // (Omni offline: nothing)
        w.act(agentLogsIn(w, 'Lunch_break'));
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Available') }); // Omni's push time-out: Available
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        // The agent picks Lunch break; the page before's login lands after it.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch_break');
    });

    it('B12, B15: one whose landing the page before took (it may have been a twin’s) claims after the reload only a toolkit call, not the agent’s pick', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: () => true, plan: { outcome: 'timeout', survivesReload: false }, times: 10 }]
        );
        // The start-up's login Available [B15] times out, then lands; the console reloads.
        w.act({ kind: 'duplicateOmniEvent' });
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Lunch_break') }); // → softphone Away [B2]
        // The agent picks Available (no reason): the agent's, not that login's landing put right.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
    });
});
