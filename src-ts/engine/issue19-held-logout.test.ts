/**
 * Issue 19 (e): the softphone logout that follows the agent's Omni logout (B5) is held over a call that begins
 * before it lands (B11), unless the agent logged the softphone out and in again since: that login is newer than the
 * Omni logout, and the call is the agent's new work, not a reason to log the softphone out at its end. Held anyway,
 * a start-up after the call found it void and left Omni in the call's status against a Ready softphone.
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

const config = () => shippedConfig({ Startup_Authority__c: 'Softphone' });
const start = { omniOnline: true, softphone: state('Ready') };

describe('the agent’s softphone login after an Omni logout is newer than the softphone logout that follows it (B5, B11)', () => {
    const loginThenCall = () => {
        const w = world(config(), start, [
            { when: softphoneType('logout'), plan: { delay: 3, resultLag: 1, duplicateEcho: true } },
            { when: omniMethod('login'), plan: { delay: 1, duplicateResult: true } }
        ]);
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5], slow
        w.act({ kind: 'softphoneLogout' }); // the agent logs out of the softphone…
        w.act({ kind: 'softphoneLogin', pick: 0 }); // …and in again, Ready → login Available [B3]
        w.act({ kind: 'call', pick: 0 }); // a call starts before our softphone logout is refused
        return w;
    };

    it('the call ends: both sides follow it, the softphone stays logged in', () => {
        const w = loginThenCall();
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: 0 }); // the call ends
        w.act({ kind: 'advance', ms: 10_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });

    it('the console reloads as the call ends, its last save lost: start-up puts Omni to the softphone’s Ready', () => {
        const w = loginThenCall();
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: true });
        w.act({ kind: 'advance', ms: 10_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});

describe('nor after that softphone logout landed and the agent logged in again (B5, B11)', () => {
    it('a supervisor’s Omni logout logs the softphone out (its result late); the agent logs back in and takes a call: after it both sides are Available / Ready', () => {
        const w = world(config(), start, [
            { when: softphoneType('logout'), plan: { resultLag: 2 } },
            { when: omniMethod('login'), plan: { delay: 1, outcome: 'lost' } }
        ]);
        w.act({ kind: 'supervisorLogout' }); // → softphone logout [B5]: lands at once, its result lags
        w.act({ kind: 'softphoneLogin', pick: 0 }); // Ready → login Available [B3], lost
        w.act({ kind: 'backToBack', pick: 0 }); // a call starts
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: 0 }); // the call ends: Ready
        w.act({ kind: 'advance', ms: 30_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
        expect(softphoneOf(w)).toBe('Ready');
    });
});
