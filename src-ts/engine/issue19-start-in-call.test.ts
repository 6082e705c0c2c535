/**
 * Issue 19 (e): a console reload during a call, its last saves lost (they had the call's start and its status). The
 * saved state still had the agent's Omni pick before the call as the latest choice, and Omni, found in the call's
 * status, was taken for a late landing of ours over that choice: start-up put Omni back to the pick while the
 * softphone was on the call. A softphone found changed while the sync was away, agreeing with Omni as found, is
 * newer than that choice: the sides stay as they are (B14, B15).
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('a reload during a call that the lost saves never saw keeps Omni in the call’s status (B14, B15)', () => {
    it('the agent’s Lunch_break pick, then a call; the console reloads, its last three saves lost: Omni stays On_a_Call', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { outcome: 'fail' } },
                { when: softphoneSets('Away'), plan: { outcome: 'fail' } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → Away_from_desk [B1]
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], fails (a retry)
        w.act({ kind: 'frameReload', pick: 45 }); // the call ends while the frame is away: Away
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // → Ready [B2]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // → Away [B2], fails
        w.act({ kind: 'call', pick: 0 }); // call-2 → On_a_Call [B1]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 3, callEnds: false });
        w.act({ kind: 'advance', ms: 20_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('On_a_Call');
        expect(softphoneOf(w)).toBe('Busy Inbound');
    });

    it.each([[true], [false]])(
        'the agent’s Available undone by our late Away_from_desk, its restore under way; a call starts and the console reloads twice (changes held for a call’s end: %s): Omni follows the call, never routable during it',
        (hold) => {
            const w = world(
                talkdeskConfig({ Startup_Authority__c: 'Softphone', Hold_During_Interaction__c: hold }),
                { omniOnline: true, softphone: state('Ready') },
                // Every command lands late, two or three actions after it is sent, by turns; none outlives its page.
                Array.from({ length: 12 }, (_, n) => ({
                    when: () => true,
                    plan: { delay: n % 2 === 0 ? 2 : 3, survivesReload: false }
                }))
            );
            w.act(softphonePicks(w, state('Away'))); // → Away_from_desk [B1], landing two actions later
            w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
            w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // → Ready [B2]
            // Away_from_desk lands over Available: put back (B14); the console reloads before that restore lands.
            w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
            w.act({ kind: 'call', pick: 0 });
            w.act({ kind: 'consoleReload', gapMs: 3_000, origin: 0, stale: 3, callEnds: false });
            w.act({ kind: 'advance', ms: 20_000 });
            expectClean(w);
            expect(softphoneOf(w)).toBe('Busy Inbound');
            expect(omniOf(w)).toBe('On_a_Call');
        }
    );

    it.each([
        ['the agent’s', 'agentOmniStatus' as const],
        ['a supervisor’s', 'supervisorStatus' as const]
    ])(
        'changes not held for a call’s end: %s pick of Lunch_break during the call, put back over the call’s late On_a_Call, outlives a reload before that restore lands',
        (_who, kind) => {
            const w = world(
                talkdeskConfig({ Startup_Authority__c: 'Softphone', Hold_During_Interaction__c: false }),
                { omniOnline: true, softphone: state('Ready') },
                [
                    { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
                    {
                        when: omniMethod('setServicePresenceStatus', 'Lunch_break'),
                        plan: { delay: 3, survivesReload: false }
                    }
                ]
            );
            w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], landing late
            const pick = statusPick(w, 'Lunch_break');
            w.act(kind === 'agentOmniStatus' ? { kind, pick, withReason: true } : { kind, pick });
            w.act({ kind: 'advance', ms: 1_000 });
            w.act({ kind: 'advance', ms: 1_000 }); // On_a_Call lands over Lunch_break → Lunch_break [B14]
            w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
            w.act({ kind: 'advance', ms: 20_000 });
            w.drain();
            expect(omniOf(w)).toBe('Lunch_break');
        }
    );
});
