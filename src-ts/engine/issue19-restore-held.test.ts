/**
 * Issue 19 (c): a change held during a call, applied after it, then undone by a late landing of an older softphone
 * command of ours, is put back (B14); when the softphone refuses that restore because the next call has already
 * started, the change is held again for that call and applied after it (B11), as the held change's own command is,
 * rather than written off as no longer needed and never sent again.
 */
import type { AnswerPlan, HostileAction } from '../test-support/hostile-world';
import { play } from '../test-support/hostile-cases';
import { shippedConfig } from '../test-support/hostile-mapping';
import { OK, omniOf, softphoneOf } from '../test-support/hostile-script';

const answer = (plan: Partial<AnswerPlan>): AnswerPlan => ({ ...OK, ...plan });

describe('a restore of an applied held change refused during the next call is held for that call (B11, B14)', () => {
    it('Available held over call-1 and applied; a late Away of ours lands; the restore to Ready is refused during call-2: after call-2 both sides go to Available / Ready', () => {
        const actions: HostileAction[] = [
            { kind: 'agentOmniStatus', pick: 0, withReason: false }, // the agent picks After_Call_Work in Omni → Away [B2]
            { kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false }, // → Away [B15], lands late
            { kind: 'call', pick: 0 }, // call-1 starts
            { kind: 'call', pick: 0 }, // call-1 in wrap
            { kind: 'agentOmniStatus', pick: 0, withReason: false }, // the agent picks Available in Omni: held
            { kind: 'call', pick: 0 }, // call-1 ends, the softphone returns to Ready: Available has landed
            { kind: 'call', pick: 0 }, // Away [B15] lands → Ready [B14]; call-2 starts; Ready is refused
            { kind: 'call', pick: 0 }, // call-2 in wrap
            { kind: 'call', pick: 7 } // call-2 ends, the contact centre puts the softphone in Away
        ];
        const plans = [
            answer({ delay: 3, resultLag: 1, survivesReload: false }),
            answer({ delay: 4, survivesReload: false }),
            answer({ survivesReload: false }),
            answer({ duplicateEcho: true, survivesReload: false }),
            answer({ delay: 1, survivesReload: false })
        ];
        // Omni Lunch, softphone Away / Lunch (the third state of the catalogue).
        const w = play({
            config: shippedConfig({ Startup_Authority__c: 'Softphone' }),
            omniOnline: true,
            softphoneState: 2,
            actions,
            plans
        });
        if (w.violations.length > 0)
            throw new Error(
                `${w.violations.map((v) => `(${v.property}) ${v.message}`).join('\n')}\nstory:\n${w.story.join('\n')}`
            );
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
