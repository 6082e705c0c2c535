/**
 * Issue 19, property (a): the agent's Omni login by hand, made while Omni-Channel was offline, is the
 * agent's. A status call of this sync (`setServicePresenceStatus`, sent while Omni was online) that timed out,
 * or that an earlier page sent before a console reload, cannot answer it: such a call landing on an offline
 * agent logs them in as a toolkit status change, not as a login event. Only a login of ours claims a
 * `loginSuccess` while Omni was offline. Each case is a minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
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
    world
} from '../test-support/hostile-script';

describe('issue 19 (a): an Omni login by hand while Omni was offline is the agent’s', () => {
    it('B16: an earlier page’s status call does not take the agent’s login by hand for its echo', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            // The status call of the page that reloads never lands.
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { delay: 3, survivesReload: false }
                }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]
        w.act(agentLogsIn(w, 'Away_from_desk')); // the agent logs in to Omni by hand
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'logged out']);
    });

    it('B16: a timed-out status call of this page does not take the agent’s login by hand for its late echo', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            // The status call times out and never lands; its retry lands.
            [{ when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { outcome: 'lost' } }]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1], times out
        w.act({ kind: 'advance', ms: 5000 }); // → setServicePresenceStatus Away_from_desk [B1], the retry
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]
        w.act(agentLogsIn(w, 'Away_from_desk')); // the agent logs in to Omni by hand
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'logged out']);
    });
});
