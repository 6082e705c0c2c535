/**
 * Issue 19, property (a): a call of the sync whose echo has arrived has landed, and claims no later event.
 * The agent's own pick of the status it set, after a newer change, is the agent's and stands: it is not
 * taken for a second landing of that call (in flight, confirmed, or the earlier page's before a reload)
 * and put back. Each case is a minimal sequence the soak found (`npm run soak -- --only a`), played in
 * the hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphonePicks,
    softphoneSets,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (a): a call that has echoed claims no later pick of its status', () => {
    it('B12: the agent picks again the status our echoed call set, its result still to come: the pick stands', () => {
        // Old failure: "B14 restore restore_omni" → setServicePresenceStatus Break [B14] over the agent's Away.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { resultLag: 2 } },
                { when: softphoneSets('Away', 'Break'), plan: { outcome: 'lost' } },
                { when: omniMethod('setServicePresenceStatus', 'Break'), plan: { resultLag: 2 } },
                { when: softphoneSets('Away', 'Break'), plan: { outcome: 'lost' } },
                { when: softphoneSets('Away', 'Break'), plan: { resultLag: 2 } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1]: it lands, its result lags
        w.act({ kind: 'agentOmniStatus', pick: 283, withReason: false }); // the agent picks Break in Omni
        w.act({ kind: 'agentOmniStatus', pick: 864, withReason: false }); // the agent picks Away in Omni again
        expectClean(w);
        expect(omniOf(w)).toBe('Away');
    });

    it('B4, B12: after a reload, the agent’s Omni login by hand to the status the earlier page set and saw echo stands', () => {
        // Old failure: "(a) the agent's own Omni choice Away_from_desk was changed by "logout [B4]"": the login
        // was taken for the earlier page's call, already echoed twice, and the softphone's logout put back.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { resultFirst: true, duplicateEcho: true, survivesReload: false }
                },
                { when: omniMethod('logout'), plan: { resultFirst: true, duplicateEcho: true, survivesReload: false } },
                { when: omniMethod('logout'), plan: { resultFirst: true, duplicateEcho: true, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1], echoed twice
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]
        w.act(agentLogsIn(w, 'Away_from_desk'));
        expectClean(w);
        expect(omniOf(w)).toBe('Away_from_desk');
    });
});
