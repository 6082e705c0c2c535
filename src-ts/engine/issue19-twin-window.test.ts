/**
 * A logout of ours whose echo was already taken may claim a second logout event (what was taken for its echo may
 * have been a twin's: the agent's own logout, an earlier send's landing) only for TWIN_LANDING_MS from its issue:
 * after that a reasonless Omni logout is the agent's, which the softphone follows (B5), in this page, after a
 * reload, and after the logout failed or timed out. Within those seconds the claim stands, and the panel says
 * Omni-Channel stays offline (B12, B16).
 */
import { TWIN_LANDING_MS } from './earlier-page';
import { shippedConfig } from '../test-support/hostile-mapping';
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

const noticesOf = (w: unknown) => (w as { state: { notices: { code: string }[] } }).state.notices.map((n) => n.code);
const config = () => shippedConfig({ Startup_Authority__c: 'Softphone' });
const start = { omniOnline: true, softphone: state('Ready') };

describe("the agent's own Omni logout after a logout of ours is followed by the softphone (B5)", () => {
    it('our logout [B4] lands, the console reloads before its result; back two minutes later, the agent logs out of Omni by hand: the softphone logs out', () => {
        const w = world(config(), start, [{ when: omniMethod('logout'), plan: { delay: 0, resultLag: 2 } }]);
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]: lands at once (its echo), its result lags
        w.act({ kind: 'consoleReload', gapMs: 30_000, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'advance', ms: 30_000 });
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'advance', ms: 120_000 });
        w.act({ kind: 'agentOmniLogout' });
        w.act({ kind: 'advance', ms: 1_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
        expect(softphoneOf(w)).toBe('logged out');
        expect(noticesOf(w)).not.toContain('omni-stays-offline');
    });

    it.each([
        ['lost' as const, false],
        ['fail' as const, false],
        ['lost' as const, true]
    ])(
        'the agent logs out of both sides (our logout [B4] %s; the Omni login by hand before the softphone: %s), comes back, and logs out of Omni by hand a minute later: the softphone logs out',
        (outcome, omniByHand) => {
            const w = world(config(), start, [{ when: omniMethod('logout'), plan: { delay: 1, outcome }, times: 1 }]);
            w.act({ kind: 'softphoneLogout' }); // → logout [B4]
            w.act({ kind: 'agentOmniLogout' }); // taken for its echo
            w.act({ kind: 'advance', ms: 10_000 }); // logout [B4] fails or times out
            if (omniByHand) w.act(agentLogsIn(w, 'Available'));
            w.act({ kind: 'softphoneLogin', pick: 0 }); // → login [B3] unless Omni is online by hand
            w.act({ kind: 'advance', ms: 60_000 });
            w.act({ kind: 'agentOmniLogout' });
            w.act({ kind: 'advance', ms: 1_000 });
            expectClean(w);
            expect(omniOf(w)).toBe('offline');
            expect(softphoneOf(w)).toBe('logged out');
        }
    );

    it('our undo logout [B16] times out and is given up; a minute later the agent logs out of Omni by hand: the softphone logs out', () => {
        const w = world(shippedConfig({ Startup_Authority__c: 'Softphone', Command_Retry_Limit__c: 0 }), start, [
            // The status for the softphone's Away lands after a handover logout; the logout undoing it is lost.
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 2 } },
            { when: omniMethod('logout'), plan: { outcome: 'lost', delay: 1 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1], landing later
        w.act({ kind: 'handover', pick: 0 }); // the softphone stays (B5)
        w.act({ kind: 'advance', ms: 100 }); // Away lands over the handover → logout [B16]
        w.act({ kind: 'advance', ms: 10_000 }); // it times out, is not retried, and never lands
        w.act({ kind: 'advance', ms: 60_000 });
        w.act({ kind: 'agentOmniLogout' }); // long after the window: the agent's own
        w.act({ kind: 'advance', ms: 1_000 });
        expectClean(w);
        expect(omniOf(w)).toBe('offline');
        expect(softphoneOf(w)).toBe('logged out');
    });

    it.each([
        [15_001, 0],
        [12_000, 4_000]
    ])(
        'our logout [B4] fails %i ms after its issue; the agent logs in to the softphone and, %i ms later, out of Omni by hand: past the twin window the softphone logs out',
        (failsAfterMs, logoutAfterMs) => {
            const w = world(config(), start, [
                { when: omniMethod('logout'), plan: { delay: 1, outcome: 'fail' }, times: 1 }
            ]);
            w.act({ kind: 'softphoneLogout' }); // → logout [B4], never landing
            w.act({ kind: 'advance', ms: failsAfterMs }); // its failure: a retry, then the agent's login cancels it
            w.act({ kind: 'softphoneLogin', pick: 0 }); // Omni is still online: nothing to send
            if (logoutAfterMs > 0) w.act({ kind: 'advance', ms: logoutAfterMs });
            w.act({ kind: 'agentOmniLogout' }); // past TWIN_LANDING_MS from the issue: the agent's own
            w.act({ kind: 'advance', ms: 1_000 });
            expectClean(w);
            expect(omniOf(w)).toBe('offline');
            expect(softphoneOf(w)).toBe('logged out');
            expect(noticesOf(w)).not.toContain('omni-stays-offline');
        }
    );

    it('within the twin window the claim stands and is said: our logout [B4] lands, the agent logs in and out by hand before its result; Omni stays offline, the panel says so', () => {
        expect(TWIN_LANDING_MS).toBe(15_000);
        const w = world(config(), start, [{ when: omniMethod('logout'), plan: { delay: 0, resultLag: 4 } }]);
        w.act({ kind: 'softphoneLogout' }); // → logout [B4]: lands at once, its result lags
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'agentOmniLogout' }); // within seconds: may be our logout's own landing
        w.act({ kind: 'advance', ms: 1_000 });
        expect(omniOf(w)).toBe('offline');
        expect(noticesOf(w)).toContain('omni-stays-offline');
    });
});
