/**
 * Issue 19 (a): a status call of ours that timed out and its retry both land. The retry in flight takes the first
 * landing as its echo; a person's change comes; the second landing, a toolkit call, is the retry's own (put right,
 * B14), so the first was the timed-out try's. That try's late claim is spent then: left open, it took the agent's own
 * later pick of the same status (no reason given) for one more landing of ours and put Omni back over it.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import { expectClean, omniOf, state, world } from '../test-support/hostile-script';

describe('a timed-out status call and its retry land once each: no third landing is claimed (B12, B14)', () => {
    it('Lunch timed out and retried, both land around a supervisor’s After_Call_Work; the agent’s later Lunch stands', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away', 'Break') },
            // By turns: lands two actions late (its result twice), or times out and lands an action after that.
            Array.from({ length: 12 }, (_, n) => ({
                when: () => true,
                plan:
                    n % 2 === 0
                        ? { delay: 2, duplicateResult: true, survivesReload: false }
                        : { outcome: 'timeout' as const, lateBy: 1, survivesReload: false }
            }))
        );
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // After_Call_Work → softphone Away [B2]
        w.act({ kind: 'softphonePick', pick: 742 }); // Away / Lunch → Lunch [B1]: times out, retried
        w.act({ kind: 'advance', ms: 500 });
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'supervisorStatus', pick: 0 }); // After_Call_Work
        w.act({ kind: 'platformStatus', pick: 0 }); // After_Call_Work (push time-out)
        w.act({ kind: 'agentOmniStatus', pick: 263, withReason: false }); // the agent's own Lunch
        w.act({ kind: 'advance', ms: 30_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch');
    });
});
