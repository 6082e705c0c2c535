/**
 * Issue 19 (e): a status call of ours whose echo was taken (the agent's own pick of that status read as it) may still
 * land itself. When a newer want of the agent's (a softphone pick) finds Omni already where it asks, because an
 * earlier page's late login moved Omni there since that echo, that call's own landing later is put right to the
 * agent's pick (B14) rather than taken for a second echo: Omni was left in the call's status against a Ready
 * softphone, nothing said.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('a call of ours whose echo was a person’s twin lands after the agent’s newer softphone pick (B12, B14)', () => {
    it('start-up login of the page before lands in the call; the call’s On_a_Call lands after the agent’s Ready: Omni goes to Available', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login'), plan: { outcome: 'timeout', lateBy: 5 } }, // → login Available [B15], lands late
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3, survivesReload: false } }
            ]
        );
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act(softphonePicks(w, state('Away'))); // Omni offline: no login (B16)
        w.act(agentLogsIn(w, 'Lunch_break'));
        w.act({ kind: 'call', pick: 0 }); // → On_a_Call [B1], slow
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'On_a_Call'), withReason: false }); // read as that call's echo
        // The page before's login lands (Available): put back towards On_a_Call. The frame reloads; the call ended
        // meanwhile and the softphone is in Away.
        w.act({ kind: 'frameReload', pick: 397 });
        w.act(softphonePicks(w, state('Ready'))); // Omni is in Available already: nothing to send
        w.act({ kind: 'advance', ms: 10_000 }); // On_a_Call lands at last
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
