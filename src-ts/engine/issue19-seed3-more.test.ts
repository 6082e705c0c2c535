/**
 * Issue 19 at soak seed 3 (`npm run soak -- --seed 3`): the last failing cases of properties (a), (d) and (e).
 * Each case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in
 * the hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    agentPicks,
    expectClean,
    softphoneSets,
    statusPick,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    statePick,
    state,
    world
} from '../test-support/hostile-script';

describe('issue 19 (d) at seed 3: the echo of a login of ours is never followed', () => {
    it('B12, B3: a login overtaken by a supervisor logout, whose result comes before its event while the next login is under way, is ours', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // Start-up's login Available (B15) times out, then lands.
                { when: omniMethod('login', 'Available'), plan: { delay: 1, outcome: 'timeout', lateBy: 1 } },
                // Its retry, login Away (B3), lands after the supervisor's logout, its result before its event.
                { when: omniMethod('login', 'Away'), plan: { delay: 4, resultFirst: true } },
                { when: omniMethod('login', 'Available'), plan: { delay: 2 } }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // login Available times out → login Away [B3]
        w.act({ kind: 'advance', ms: 100 }); // login Available lands late
        w.act({ kind: 'supervisorLogout' }); // → softphone logout [B5]
        w.act({ kind: 'softphoneLogin', pick: statePick(w, state('Ready'), false) }); // login Away lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });

    it('B16: a login of ours whose event came before a handover logout and its result after claims no login by hand since', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: omniMethod('login', 'Available'), plan: { delay: 1, resultLag: 1 } }]
        );
        w.act(softphonePicks(w, state('Away'))); // start-up's login Available [B15] lands, its result to come
        w.act({ kind: 'handover', pick: 0 }); // Omni-Channel opened elsewhere; then the login's result
        w.act(agentLogsIn(w, 'Available')); // the agent logs in to Omni by hand
        expectClean(w);
        expect(omniOf(w)).toBe('Available');
    });
});

describe('issue 19 (a) at seed 3: the agent’s own Omni pick stands', () => {
    it('B12: the agent’s pick of Lunch, after an earlier page’s call landed, is not a second echo of our Lunch that landed before it', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Away', 'Meeting') },
            [
                // Page 1's Available (B1) lands after the reload, after the calls of page 2 below.
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 4 } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Lunch'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 2 } },
                { when: softphoneSets('Away', 'Lunch'), plan: { delay: 3 } }
            ]
        );
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available [B1]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // → Available [B15]
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Lunch') }); // → setState Away / Lunch [B2]; Lunch [B14]
        w.act(softphonePicks(w, state('Away'))); // our Lunch lands → setServicePresenceStatus Away [B1]
        w.act(softphonePicks(w, state('Ready'))); // page 1's Available lands
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: false });
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch');
    });
});

describe('issue 19 (e) at seed 3: at rest the sides agree, or the panel says why not', () => {
    it('B14: a softphone state of ours sent before the agent logged out of the softphone lands after they log in again', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { delay: 1, resultLag: 1 } },
                { when: softphoneSets('Away', 'Break'), plan: { delay: 3, resultFirst: true } },
                { when: omniMethod('logout'), plan: { delay: 0, resultLag: 1 } },
                { when: omniMethod('login', 'Away'), plan: { delay: 2, outcome: 'fail' } }
            ]
        );
        w.act(agentLogsIn(w, 'Break')); // → setState Away / Break [B2]; start-up's login Available lands
        w.act({ kind: 'softphoneLogout' }); // the login's result → logout [B4]
        w.act({ kind: 'softphoneLogin', pick: statePick(w, state('Away', 'Training'), false) }); // → login Away [B3]
        w.act(agentLogsIn(w, 'After_Call_Work')); // our Away / Break lands
        expectClean(w);
        // After Call Work's Busy box: the softphone's Away.
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });
});

describe('issue 19 (a) at seeds 4 and 5: a restore of the agent’s Omni pick that lands late stands', () => {
    it('B14: the agent’s Lunch_break during a call, put back after our On_a_Call landed over it, is not undone when that restore lands late', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1 } },
                // The restore times out and lands after the sync gave up on its retries, which never land.
                {
                    when: omniMethod('setServicePresenceStatus', 'Lunch_break'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 5 }
                },
                { when: omniMethod('setServicePresenceStatus', 'Lunch_break'), plan: { outcome: 'lost' }, times: 9 }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false }); // ours lands after it
        // The restore's retries (B17), each lost, until the sync gives up; then the restore itself lands.
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch_break');
    });
});

describe('issue 19 (d) at seed 4: an earlier page’s call whose claim a twin took still claims its own landing', () => {
    it('B12, B14: page 2’s On_a_Call, its claim taken by page 1’s On_a_Call landing after page 1’s window, is ours when it lands after the agent’s pick', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1]
        // Page 1's window (seven minutes from its call) ends while the console is away.
        w.act({ kind: 'consoleReload', gapMs: 417_884, origin: 0, stale: 0, callEnds: false }); // → On_a_Call [B15]
        // The call ends while the console reloads again; page 1's On_a_Call lands, taken for page 2's.
        w.act({ kind: 'consoleReload', gapMs: 2116, origin: 0, stale: 0, callEnds: true });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false });
        w.act({ kind: 'advance', ms: 100 }); // page 2's On_a_Call lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });
});

describe('issue 19 (a) at seed 4: an earlier page’s login that may still land after the reload', () => {
    it('B12, B14: start-up’s timed-out login Available, Omni found Available by another call of that page, is ours when it lands after the agent’s pick', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { delay: 1, outcome: 'timeout', lateBy: 4 } },
                { when: omniMethod('login', 'Away_from_desk'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Lunch_break'), plan: { delay: 1 }, times: 2 },
                { when: softphoneSets('Away'), plan: { delay: 0, outcome: 'lost' }, times: 2 }
            ]
        );
        w.act(softphonePicks(w, state('Away'))); // login Available [B15] times out → login Away_from_desk [B3]
        w.act(softphonePicks(w, state('Ready'))); // that login lands → setServicePresenceStatus Available [B3]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        // Our Available lands over the pick → Lunch_break [B14]; the reload resumes the save before the last.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        w.act({ kind: 'advance', ms: 100 }); // page 1's login Available lands, then page 2's Lunch_break
        expectClean(w);
        expect(omniOf(w)).toBe('Lunch_break');
    });
});

describe('issue 19 (e) at seed 5: a softphone found changed while the console reloaded', () => {
    it('B15, B14: a call begun while the console reloaded is newer than the Omni pick being put back: Omni follows the call', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { delay: 1, duplicateEcho: true } },
                // Page 1's restore of the agent's Lunch_break never lands; page 2's does.
                {
                    when: omniMethod('setServicePresenceStatus', 'Lunch_break'),
                    plan: { delay: 9, survivesReload: false }
                },
                { when: softphoneSets('Away'), plan: { delay: 1 } }
            ]
        );
        // Start-up's login Available lands over the agent's login by hand → Lunch_break [B14]
        w.act(agentLogsIn(w, 'Lunch_break'));
        w.act({ kind: 'call', pick: 0 }); // the softphone refuses the Away that followed the pick
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the saves since the pick fail
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Busy Inbound']);
    });
});

describe('issue 19 (e) at seed 4: a logout of ours whose result comes after the agent’s Omni login by hand', () => {
    it('B16, B1: Omni is where the agent’s login put it, and follows the agent’s softphone pick after it', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1, duplicateEcho: true } },
                // The undo lands while Omni is offline (nothing to change); its result comes two actions later.
                { when: omniMethod('logout'), plan: { delay: 1, resultLag: 2 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available [B1]
        w.act({ kind: 'handover', pick: 0 }); // our Available logs the agent back in → logout [B16]
        w.act({ kind: 'handover', pick: 0 });
        w.act(softphonePicks(w, state('Away')));
        w.act(agentLogsIn(w, 'After_Call_Work')); // then the undo's result
        w.act(softphonePicks(w, state('Ready'))); // sent once the echo window of the undo has passed
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});

describe('issue 19 (e) at seed 5: the agent’s Omni pick taken for an earlier page’s call that set it', () => {
    it('B14, B2: the agent’s Break, read as page 1’s Break landing after the reload brought the softphone to Away, brings the softphone to Break too', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Away', 'Meeting') },
            [
                // Page 1's Break (B1) and its Away (B2) are lost with the page.
                { when: omniMethod('setServicePresenceStatus', 'Break'), plan: { delay: 3, survivesReload: false } },
                { when: softphoneSets('Away'), plan: { delay: 1, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Away', 'Break'))); // → setServicePresenceStatus Break [B1]
        w.act(agentPicks(w, 'Break'));
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'After_Call_Work') }); // → softphone setState Away [B2]
        // The save of After_Call_Work fails; Omni is read After_Call_Work → softphone setState Away [B15].
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // read as page 1's Break
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });
});

describe('issue 19 (d) at seed 3: a restore of ours that logs Omni in over a handover’s logout', () => {
    it('B16, B12: the restore, landing on the latest Omni status after a reload, is undone and the softphone is not moved after it', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Away') },
            [
                { when: omniMethod('login', 'Away_from_desk'), plan: { outcome: 'timeout', survivesReload: false } },
                { when: omniMethod('login', 'Available'), plan: { delay: 3, survivesReload: false } },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available'),
                    plan: { outcome: 'timeout', lateBy: 1, resultLag: 1 }
                },
                // Page 2's restore of Away_from_desk lands after the handover and the next reload.
                { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 4 } },
                { when: softphoneSets('Away'), plan: { outcome: 'timeout', lateBy: 2, survivesReload: false } }
            ]
        );
        w.act(softphonePicks(w, state('Ready'))); // login Away_from_desk [B15] times out → login Available [B3]
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // → Available [B15]
        w.act(softphonePicks(w, state('Away'))); // our Available lands late → Away_from_desk [B14]
        w.act(softphonePicks(w, state('Ready')));
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Away_from_desk') }); // → softphone setState Away [B2]
        w.act({ kind: 'handover', pick: 0 }); // Omni logged out (DuplicateLogin)
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false }); // the restore lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Ready']);
    });
});
