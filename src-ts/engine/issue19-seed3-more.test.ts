/**
 * Issue 19 at soak seed 3 (`npm run soak -- --seed 3`): the last failing cases of properties (a), (d) and (e).
 * Each case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in
 * the hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
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
