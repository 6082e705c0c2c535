/**
 * Property (e) of issue 19 at soak seed 3: at rest the sides agree by the mapping, or the panel says
 * why not. Each case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentPicks,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e) at seed 3: at rest the sides agree, or the panel says why not', () => {
    it("B4: a softphone logout after the agent's login by hand, read as our login in flight, logs Omni out when that login lands", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { delay: 3 } },
                { when: softphoneType('setState'), plan: { delay: 4 } }
            ]
        );
        // Start-up's login Available (B15) is under way; the agent logs in to Omni by hand to Available
        // (it reads as the echo of ours), picks Lunch_break and logs out of the softphone.
        w.act({ kind: 'agentOmniLogin', pick: 0 });
        w.act(agentPicks(w, 'Lunch_break'));
        w.act({ kind: 'softphoneLogout' }); // then the login of ours lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});
