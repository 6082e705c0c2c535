/**
 * Issue 19, property (a): the agent's pick of a status a call of ours already set, after a newer pick of
 * theirs, is theirs. A call an earlier page sent whose landing came before the reload keeps a claim for its
 * own landing as a toolkit call (its twin's claim, B12); a pick by hand after a newer pick is never that
 * landing. The case is the sequence the soak found (`npm run soak -- --seed 3 --only a`), played in the
 * hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (a): a pick by hand of a status an earlier page’s call already set', () => {
    it('B12: the agent’s After_Call_Work then Away_from_desk in Omni stands, though page 1’s Away_from_desk call landed before the reload', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 1 } },
                {
                    when: omniMethod('setServicePresenceStatus', 'Lunch_break'),
                    plan: { delay: 9, survivesReload: false }
                },
                { when: omniMethod('setServicePresenceStatus', 'Lunch_break'), plan: { outcome: 'timeout' } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1]
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Lunch_break') }); // our call lands after it: put right
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Away_from_desk'), withReason: false });
        w.act({ kind: 'advance', ms: 10_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Away_from_desk');
    });
});
