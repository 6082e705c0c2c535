/**
 * The hostile world judges what a person expects, not what the engine happens to do: each case is a sequence the
 * soak flagged where the world, not the engine, was wrong (issue 19), played through the world and judged clean.
 * The engine's own faults are the issue19-*.test.ts files in src-ts/engine.
 */
import { expectClean, omniMethod, state, world } from './hostile-script';
import { talkdeskConfig } from './hostile-mapping';

describe('the hostile world judges by what a person expects (issue 19)', () => {
    it('a call of the page before a stale resume and a call of the new page with the same id are two calls', () => {
        // The resumed state was saved before the last step, so the new page numbers its calls as the page before
        // did: the old page's login and the new page's Available share an id. One landing must not stand for both.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Away') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { outcome: 'timeout', lateBy: -1, resultLag: 1, survivesReload: false }
                }
            ]
        );
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false }); // the console reloads after 0 ms (the last 1 saves failed)
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Ready in the softphone
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks Available in Omni (no reason)
        expectClean(w);
    });
});
