/**
 * Issue 19, start-up (B15) with the softphone logged out or on a call: minimal sequences the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19: start-up with the softphone on a call', () => {
    it('B11, B15: a start-up softphone logout that meets a call is held for the call’s end and shown, after a reload too', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'call', pick: 0 }); // a call starts while the start-up logout is under way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
    });

    it('B11, B15: the start-up logout held over the call applies when the call ends after the reload', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'call', pick: 0 }); // a call starts while the start-up logout is under way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: 0 }); // the call ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});

describe('issue 19: start-up with the softphone logged out and Omni online', () => {
    it('B4, B15: a softphone logout the saved state missed logs Omni out at start-up, two saves lost', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('logout'), plan: { delay: 1, outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], lost with the page
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });

    it('B15, B16: start-up keeps an Omni login the agent made by hand while the softphone was logged out', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: softphoneType('logout'), plan: { delay: 6, survivesReload: false } },
                { when: omniMethod('logout'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'supervisorStatus', pick: 0 }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // (no effect; counts for delays)
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'supervisorLogout' }); // (no effect; counts for delays)
        w.act({ kind: 'softphoneLogin', pick: 0 }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniLogin', pick: 0 }); // the agent logs in to Omni by hand: After_Call_Work
        w.act({ kind: 'consoleReload', gapMs: 420000, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'logged out']);
    });
});
