/**
 * Issue 19, properties (a), (d) and (e): one landing per call. Two calls of the sync for the same status
 * (an earlier page's and this page's, or a timed-out first try and its retry) each have one landing of
 * their own: a landing told twice (a duplicated report) uses up no other call's claim, and the one landing
 * of a first try and its retry is no landing of the retry after a newer change. Each case is a minimal
 * sequence the soak found (`npm run soak -- --only a,d`), played in the hostile world
 * (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19: one landing per call', () => {
    it('B12: the earlier page’s call and this page’s call of the same status each claim a landing of their own, a duplicated report none', () => {
        // Old failure: (d) "the echo of setServicePresenceStatus Away_from_desk [B1] was followed on the other side:
        // softphone setState Away [B2]": this page's Away_from_desk, reported twice, used up both claims.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { delay: 3, outcome: 'timeout', lateBy: 3 }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { delay: 3, outcome: 'timeout', lateBy: 1, duplicateEcho: true, survivesReload: false }
                },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { survivesReload: false } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { survivesReload: false } },
                { when: softphoneSets('Away'), plan: { delay: 3, outcome: 'fail', survivesReload: false } },
                { when: softphoneSets('Away'), plan: { delay: 3, outcome: 'timeout', lateBy: 3 } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk [B1], slow
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // → Away_from_desk [B15]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        w.act(softphonePicks(w, state('Ready'))); // the agent's latest choice
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B12, B14: a start-up login whose first try and retry landed once, then a supervisor’s change: the agent’s later pick stands', () => {
        // Old failure: (a) "the agent's own Omni choice Lunch was changed by setServicePresenceStatus Meeting
        // [B14]": the retry's result after the supervisor's Meeting was taken for a landing over Meeting.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Away', 'Lunch') },
            [
                { when: omniMethod('login', 'Lunch'), plan: { outcome: 'lost' } },
                { when: omniMethod('login', 'Lunch'), plan: { resultLag: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Meeting'), plan: { outcome: 'lost' } },
                { when: softphoneSets('Away', 'Meeting'), plan: { delay: 2 } }
            ]
        );
        w.act({ kind: 'supervisorStatus', pick: 0 }); // no effect (Omni offline): login Lunch [B15] times out
        w.act({ kind: 'advance', ms: 500 }); // → the retry of login Lunch [B15]: it lands, its result lags
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Meeting') });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: true });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });

    it('B12: a call of the earlier page whose echo came may still land itself after a reload, as a toolkit call: not followed', () => {
        // Old failure (the soak's (d)): the echo page 3 took for its call was page 2's call landing late; after the
        // next reload nothing claimed page 3's own landing, which came after a supervisor's Available: it was
        // followed (softphone Away) and the supervisor's Available lost.
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { delay: 5, survivesReload: false }
                },
                {
                    when: omniMethod('setServicePresenceStatus', 'Away_from_desk'),
                    plan: { outcome: 'timeout', lateBy: 1 }
                },
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 3 } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // → Away_from_desk [B1], lost with the page
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // → [B15], times out
        w.act({ kind: 'consoleReload', gapMs: 415_247, origin: 0, stale: 0, callEnds: false }); // → [B15] again
        w.act({ kind: 'advance', ms: 1445 });
        w.act({ kind: 'consoleReload', gapMs: 3308, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Available') }); // → softphone Ready [B2]
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B12, B15: the earlier page’s login that the start-up read finds landed claims no pick made after a newer change', () => {
        // Old failure: (a) "the agent's own Omni choice Away_from_desk was changed by setServicePresenceStatus Available
        // [B14]": the saves that knew the login had landed failed, and the resumed login claimed the agent's pick.
        const w = world(talkdeskConfig({ Startup_Authority__c: 'Softphone' }), {
            omniOnline: false,
            softphone: state('Away')
        });
        w.act({ kind: 'advance', ms: 1 }); // login Away_from_desk [B15] lands, its result ok
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Available') }); // → softphone Ready [B2]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Away_from_desk'), withReason: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'Away']);
    });
});
