/**
 * Issue 19, property (e): a failed command is written off as no longer needed only when nothing wants
 * it any more (B17). Each case is a minimal sequence the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
 */
import {
    agentPicks,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    state,
    world
} from '../test-support/hostile-script';
import { talkdeskConfig } from '../test-support/hostile-mapping';

describe('issue 19 (e): a failed command still wanted is retried, not written off', () => {
    it('B4, B17: the agent’s softphone logout, met by our undo logout under way that the agent’s Omni pick overtook, is retried when that logout times out', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 1 } },
                // The undo of that status's login after the handover (B16) times out and never lands.
                { when: omniMethod('logout'), plan: { delay: 2, outcome: 'lost' } },
                { when: softphoneSets('Ready'), plan: { outcome: 'lost' } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1]
        w.act({ kind: 'handover', pick: 0 }); // B1 lands after it → logout [B16]
        w.act(agentPicks(w, 'Available')); // → softphone Ready [B2], lost
        w.act({ kind: 'softphoneLogout' }); // B4: the undo logout under way already asks for it
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});
