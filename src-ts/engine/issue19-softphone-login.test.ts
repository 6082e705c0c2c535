/**
 * Issue 19, properties (b) and (e): the agent's softphone login made while an Omni logout of ours is under
 * way. That logout's landing and the agent's own Omni logout (no reason) arrive alike, so the logout stands
 * (B16) and the panel says Omni-Channel stays offline: logging Omni in for the softphone afterwards would undo
 * the agent's logout whenever the event was theirs. Played in the hostile world and judged by the world's own
 * record of who acted.
 */
import type { HostileWorld } from '../test-support/hostile-world';
import { expectClean, omniMethod, omniOf, softphoneOf, state, world } from '../test-support/hostile-script';
import { talkdeskConfig } from '../test-support/hostile-mapping';

/** Where the world came to rest: Omni, the softphone, and the notices the panel shows. */
const atRest = (w: HostileWorld) => [omniOf(w), softphoneOf(w), w.state.notices.map((n) => n.code).sort()];

describe('issue 19 (b, e): a softphone login while an Omni logout of ours is under way', () => {
    /** The agent logs out of the softphone (our Omni logout, slow) and back in; perhaps then out of Omni by hand. */
    const loginBehindLogout = (agentLogsOutOfOmni: boolean) => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('logout'), plan: { delay: 3, resultLag: 1 } }]
        );
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone → logout [B4], slow
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone again: Ready
        if (agentLogsOutOfOmni) w.act({ kind: 'agentOmniLogout' }); // before our logout lands: the same event
        expectClean(w);
        return w;
    };

    it('B16: the agent’s Omni logout that reads as our logout’s landing, after their softphone login, stands', () => {
        const w = loginBehindLogout(true);
        expect(w.story.join('\n')).toContain('Omni logout (the agent, no reason)');
        expect(w.story.join('\n')).not.toContain('[B3]');
        expect(atRest(w)).toEqual(['offline', 'Ready', ['omni-stays-offline']]);
    });

    it('B16: our logout landing after the agent’s softphone login stands alike, and the panel says Omni stays offline', () => {
        expect(atRest(loginBehindLogout(false))).toEqual(['offline', 'Ready', ['omni-stays-offline']]);
    });
});
