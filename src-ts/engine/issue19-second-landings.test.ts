/**
 * Issue 19: each send of a command of ours may land, and an Omni event taken for one send's landing may have
 * been another's: a twin (an earlier page's call of the same status, the first send of a logout we sent again,
 * the agent's own logout by hand). The call whose result has not come may then still land itself, after a
 * person's newer choice: that landing is still ours, never a person's change to follow, and the choice it went
 * over is put back or said (B12, B14, B16). Minimal sequences the soak found at seed 6
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import type { Command } from './types';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

const byRule = (when: (c: Command) => boolean, rule: string) => (c: Command) => when(c) && c.rule === rule;

describe('issue 19: a send of ours lands a second time after a person’s choice', () => {
    it('B14, B15: a start-up call whose echo was an earlier page’s twin lands over the agent’s pick; the next start-up puts the pick back', () => {
        const onACall = omniMethod('setServicePresenceStatus', 'On_a_Call');
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // Page 1's B1 lands after the reload, too late for page 2 to know it: page 2 takes it for its B15.
                { when: byRule(onACall, 'B1'), plan: { delay: 1, resultLag: 1 } },
                // Page 2's own B15 lands after the agent's pick; its result is lost with the page.
                { when: byRule(onACall, 'B15'), plan: { delay: 2, resultLag: 1, survivesReload: false } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1]
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 0, callEnds: false }); // → B15 On_a_Call
        w.act({ kind: 'advance', ms: 0 }); // page 1's B1 lands
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        // Page 2's B15 has landed over the pick; the save after it failed, and the console reloads 7 minutes later.
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 1, callEnds: false });
        expect(w.story.some((line) => line.includes('lands too late to be recognised'))).toBe(true);
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it.each([
        ['its echo', false],
        ['its result', true]
    ])(
        'B11, B16: our logout that lands after its twin (the agent’s own logout) and the agent’s login by hand is not followed by the softphone, %s first; the held change applies',
        (_first, resultFirst) => {
            const w = world(
                shippedConfig({ Startup_Authority__c: 'Softphone' }),
                { omniOnline: true, softphone: state('Ready') },
                [
                    { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } },
                    { when: omniMethod('logout'), plan: { delay: 3, resultFirst } }
                ]
            );
            w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts → setServicePresenceStatus On_a_Call [B1]
            w.act({ kind: 'softphonePick', pick: 0 }); // nothing: the agent is on a call
            w.act({ kind: 'agentOmniLogout' }); // held for the call's end (B11)
            w.act({ kind: 'call', pick: 0 }); // call-1 in wrap; B1 lands over the logout → logout [B16]
            w.act({ kind: 'agentOmniLogout' }); // the agent's own logout: read as the echo of logout [B16]
            w.act(agentLogsIn(w, 'After_Call_Work')); // held for the call's end (B11)
            w.act({ kind: 'call', pick: 0 }); // call-1 ends (→ B11 applies the held status); logout [B16] lands
            expect(w.story.some((line) => line.startsWith('  logout [B16] lands'))).toBe(true);
            expectClean(w);
            expect(w.story.some((line) => line.includes('softphone logout [B5]'))).toBe(false);
            expect(softphoneOf(w)).toBe('Away');
        }
    );

    it('B4, B12: a logout sent again lands after its first send’s landing, the agent’s logins on both sides and a reload: the softphone is not logged out', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // The first send times out (told twice) and lands later all the same, too late to be recognised.
                {
                    when: omniMethod('logout'),
                    plan: { delay: 0, outcome: 'timeout', lateBy: 1, duplicateResult: true, survivesReload: false }
                },
                // The second send lands after the reload.
                { when: omniMethod('logout'), plan: { delay: 3 } }
            ]
        );
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], which times out
        w.act({ kind: 'advance', ms: 298_058 }); // → logout [B4] sent again; the first send lands
        w.act(agentLogsIn(w, 'Available'));
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready
        w.act({ kind: 'consoleReload', gapMs: 1942, origin: 0, stale: 0, callEnds: false });
        expect(w.story.filter((line) => line.startsWith('  logout [B4] lands')).length).toBe(2);
        expectClean(w);
        expect(softphoneOf(w)).toBe('Ready');
    });

    it('B5, B16: the start-up’s undo whose echo was the page before’s undo, timed out, lands after the agent’s login by hand: the softphone is not logged out', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 2 }
                },
                // The first page's undo lands after the reload, too late for the next page to know it.
                {
                    when: omniMethod('logout'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 3, resultLag: 1, survivesReload: true }
                },
                // The start-up's undo times out, and lands later all the same.
                { when: omniMethod('logout'), plan: { delay: 3, outcome: 'timeout', lateBy: 0 } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1], which times out
        w.act({ kind: 'platformStatus', pick: 0 });
        w.act({ kind: 'maintenanceLogout' }); // the call lands after it → logout [B16]
        w.act({ kind: 'supervisorStatus', pick: 0 }); // nothing: Omni is offline
        w.act({ kind: 'advance', ms: 1 });
        w.act({ kind: 'agentOmniLogin', pick: 0 }); // nothing: Omni is online by our call
        w.act({ kind: 'softphonePick', pick: 0 }); // nothing: the agent is on a call
        // The console reloads five minutes later, the call ended meanwhile: → logout [B16] again.
        w.act({ kind: 'consoleReload', gapMs: 300_000, origin: 0, stale: 0, callEnds: true });
        w.act(agentLogsIn(w, 'After_Call_Work'));
        expectClean(w);
        expect(w.story.filter((line) => line.startsWith('  logout [B16] lands')).length).toBe(2);
        expect(w.story.some((line) => line.includes('softphone logout [B5]'))).toBe(false);
    });

    it('B14, B15: a restore of ours sent before the agent’s pick lands over it; the next start-up, its save lost, puts the pick back', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2, resultLag: 1 } },
                {
                    when: omniMethod('setServicePresenceStatus', 'Available_For_Chats'),
                    plan: { delay: 1, resultLag: 1 }
                }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call [B1]
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Available_For_Chats') }); // a push time-out
        w.act({ kind: 'softphonePick', pick: 0 }); // nothing: the agent is on a call; B1 lands → Available_For_Chats [B14]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // nothing: the softphone is logged in
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // the restore lands
        w.act({ kind: 'consoleReload', gapMs: 420_000, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it('B14, B15: of two logins of ours sent before the agent’s login by hand, the older lands over it; the next start-up, its save lost, puts the login back', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // The start-up's login times out and lands later all the same; the softphone's login never lands.
                { when: omniMethod('login', 'Available'), plan: { delay: 0, outcome: 'timeout', lateBy: 3 } },
                { when: omniMethod('login', 'Away'), plan: { delay: 3, survivesReload: false } }
            ]
        );
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone → login Away [B3]
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // nothing: Omni is offline
        w.act(agentLogsIn(w, 'After_Call_Work'));
        w.act({ kind: 'consoleReload', gapMs: 300_000, origin: 0, stale: 1, callEnds: false });
        expect(w.story.some((line) => line.startsWith('  login Available [B15] lands'))).toBe(true);
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });
});
