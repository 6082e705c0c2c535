/**
 * Issue 19 (a): the agent's Omni pick, with late landings of ours coming over it. After a reload the start-up's
 * status call (B15) times out; the agent picks in Omni, a restore of ours (B14) is under way, and the agent picks
 * again in Omni before both land; the softphone state sent for that last pick times out and lands after them. Each
 * landing is ours, sent before the pick: the pick is put back, never undone. And a pick after a reload is never
 * taken for the echo of a call of the page before that landed before a call of the new page did. Minimal
 * sequences the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
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

describe('issue 19 (a): late landings of ours over the agent’s latest Omni pick', () => {
    it('B14, B15: a start-up call and a restore sent before the pick land over it, then the pick’s own softphone state: the pick stands', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The softphone pick's status (B1) lands a little late, on the page after the reload.
                {
                    when: omniMethod('setServicePresenceStatus', 'Away'),
                    plan: { delay: 3, resultLag: 1, survivesReload: true }
                },
                // The start-up's status (B15) times out and lands later.
                {
                    when: omniMethod('setServicePresenceStatus', 'Away'),
                    plan: { outcome: 'timeout', lateBy: 3, survivesReload: false }
                },
                // The restore of the agent's After_Call_Work (B14) lands a little late.
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { delay: 3, resultLag: 1 }
                },
                // The softphone state for the agent's Available (B2) times out and lands later.
                { when: softphoneSets('Ready'), plan: { outcome: 'timeout', lateBy: 3, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1], under way
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 0, callEnds: false });
        // Omni read Available, the softphone Away → setServicePresenceStatus Away [B15], which times out.
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        // The B1 call lands over After_Call_Work and is put right (B14); the agent then picks Available.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        // B15's Away, the restore's After_Call_Work and the softphone's Ready all land after the pick.
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });

    const pickAfterReload = (stale: number, restoreResultFirst: boolean) => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // The start-up's login (B15) lands a step later, its result before its echo.
                {
                    when: omniMethod('login', 'Available'),
                    plan: { delay: 1, resultFirst: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { delay: 2, duplicateResult: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { delay: 1, resultFirst: restoreResultFirst, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 2, duplicateResult: true, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { delay: 1, resultFirst: true, survivesReload: false }
                }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // (Omni offline: the login under way takes it, B3)
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'After_Call_Work') });
        w.act({ kind: 'duplicateOmniEvent' });
        // Our Away_from_desk lands over the supervisor's After_Call_Work, which is put back (B14); a call starts.
        w.act({ kind: 'call', pick: 0 });
        // The restore lands; the page goes before its echo is saved (with two saves lost, while it was under way at
        // the last save that succeeded), the call ending meanwhile.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale, callEnds: true });
        // The start-up read finds After_Call_Work, the softphone Ready: Available is sent (B15) and lands.
        w.act({ kind: 'frameReload', pick: 0 });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    };

    it('B12: after a reload whose last save failed, the agent’s pick of the status the page before last set is the agent’s', () => {
        pickAfterReload(1, true);
    });

    it('B12: the same, the restore still under way at the last save that succeeded: the pick is the agent’s', () => {
        pickAfterReload(2, false);
    });
});
