/**
 * Issue 19, property (d): an echo is never followed as a change (B12). Each case is a minimal sequence
 * found by the soak (`npm run soak -- --only d`), played in the hostile world
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

describe('issue 19 (d): an echo is never followed as a change', () => {
    it('B12: a call whose echo was an earlier page’s same call, then timed out, is still ours when it lands', () => {
        // The agent picks Away in the softphone (→ Away_from_desk, B1), the console reloads before it
        // lands; the new page sends Away_from_desk again (B15). The first page's call lands and is taken
        // for the second's echo; the second times out, the agent picks Ready and then Available in Omni,
        // and the second call lands after all. It was read as someone's change and followed to the
        // softphone (Away), and Omni stayed on Away_from_desk over the agent's Available.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 1 } },
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { outcome: 'timeout', lateBy: 2 }
                }
            ]
        );
        w.act(softphonePicks(w, state('Away')));
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 0, callEnds: false });
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
