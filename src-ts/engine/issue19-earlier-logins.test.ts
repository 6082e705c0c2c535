/**
 * Issue 19 (d): an earlier page's login lands after a reload, while that page was logging Omni-Channel in for the
 * softphone. The start-up's login (B15) times out; the agent logs out of the softphone, logs in to Omni by hand, a
 * supervisor logs them out (which limits that login's claim to a toolkit call), and the agent logs in to the
 * softphone (B3: a login for it, which times out too). The console reloads; the start-up login lands. On the page
 * before, a login event while the sync logged Omni in for the softphone was the sync's; so it is on the new page
 * while that page's login for the softphone may still land: an echo, put right towards the softphone (B14), never
 * followed on the softphone as the agent's login by hand. A minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (d): an earlier page’s login landing while that page logged Omni in for the softphone', () => {
    // The start-up login times out before the softphone's login, which sends its own login (B3, timing out too);
    // or it is still under way then, and the login for the softphone waits behind it, unsent at the reload.
    it.each([
        ['timed out before the softphone’s login, whose own login timed out too', 3, 2],
        ['still under way at the reload, the softphone’s login waiting behind it', 5, 0]
    ])(
        'B3, B12, B14: the start-up login, %s, lands after the reload: the sync’s echo, put right to the softphone’s Away',
        (_story, delay, lateBy) => {
            const w = world(
                talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
                { omniOnline: false, softphone: state('Ready') },
                [
                    {
                        when: omniMethod('login', 'Available'),
                        plan: { delay, outcome: 'timeout', lateBy, survivesReload: true }
                    },
                    {
                        when: omniMethod('login', 'Away_from_desk'),
                        plan: { outcome: 'timeout', lateBy: 1, survivesReload: false }
                    }
                ]
            );
            // Omni offline, the softphone Ready → login Available [B15], which lands after the reload.
            w.act({ kind: 'softphoneLogout' });
            w.act(agentLogsIn(w, 'Lunch_break'));
            w.act({ kind: 'supervisorLogout' });
            w.act({ kind: 'softphoneLogin', pick: endsIn(w, state('Away')) }); // B3: login Away_from_desk
            w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
            expectClean(w);
            expect(omniOf(w)).toBe('Away_from_desk');
            expect(softphoneOf(w)).toBe('Away');
        }
    );
});
