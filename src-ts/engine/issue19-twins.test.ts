/**
 * Issue 19, property (e): the agent's own Omni pick of the same status as a call of ours under way reads
 * as that call's echo (its twin: no reason tells them apart). When the call itself lands later, after a
 * newer change, it is put right (B14), even when that change was made on the softphone. Each case is a
 * minimal sequence the soak found (`npm run soak -- --only e`), played in the hostile world
 * (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): a call of ours lands after its twin and a newer change', () => {
    it('B1, B14: our status call that lands after its twin, a supervisor’s change and a call is put right to the call’s status', () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The agent's Away goes to Omni and lands three actions later.
            { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 3 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1]
        // The agent picks the same status in Omni: read as our call's echo.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Away_from_desk'), withReason: false });
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'On_a_Call') });
        w.act({ kind: 'backToBack', pick: 0 }); // a call starts: the softphone's Busy Inbound is the latest change
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });
});
