/**
 * The hostile world judges what a person expects, not what the engine happens to do: each case is a sequence the
 * soak flagged where the world, not the engine, was wrong (issue 19), played through the world and judged clean.
 * The engine's own faults are the issue19-*.test.ts files in src-ts/engine.
 */
import { expectClean, omniMethod, softphoneSets, softphoneType, state, statusPick, world } from './hostile-script';
import { shippedConfig, talkdeskConfig } from './hostile-mapping';

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

    it('a logout of the page before that lands too late to be recognised is anyone’s logout, and ends the held change', () => {
        // Issue 19 (c): a held change is "ended by a newer choice of a person". The sync's logout from the page before
        // lands seven minutes later: the engine cannot tell it from a person's logout, which stands (b).
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 3, duplicateResult: true, survivesReload: false }
                },
                { when: softphoneType('logout'), plan: { survivesReload: false } },
                { when: omniMethod('logout'), plan: { delay: 4, duplicateEcho: true } },
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { outcome: 'lost', survivesReload: false }
                },
                { when: softphoneType('logout'), plan: { outcome: 'timeout', survivesReload: false } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'supervisorLogout' }); // Omni logout (OmniSupervisorLogout)
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniStatus', pick: 1, withReason: false }); // the agent picks Available in Omni (no reason)
        w.act({ kind: 'consoleReload', gapMs: 420000, origin: 0, stale: 0, callEnds: false }); // the console reloads after 420000 ms
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-2 ends
        expectClean(w);
        expect(w.story).toContain("  (it lands too late to be recognised: it reads as anyone's logout)");
    });

    it('a call may still land for five minutes after its time-out, not after its issue', () => {
        // Issue 19: "commands in flight, timed out or failed within an echo window". Our After_Call_Work is issued, then
        // 300,001 ms pass before it times out; the agent's After_Call_Work right after may still be its echo.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: { delay: 3 } },
                { when: softphoneSets('Away'), plan: { outcome: 'fail' } },
                {
                    when: omniMethod('setServicePresenceStatus', 'After_Call_Work'),
                    plan: { delay: 1, outcome: 'lost' }
                },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { resultLag: 1 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: 79, withReason: false }); // the agent picks Away in Omni (no reason)
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone frame reloads
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'advance', ms: 300001 }); // 300001 ms pass
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks After_Call_Work in Omni (no reason)
        w.act({ kind: 'call', pick: 0 }); // call-1 ends
        expectClean(w);
    });

    it('a twin call landing after a change held since is a person’s newer change for all the engine knows, and ends it', () => {
        // Issue 19 (c): the agent's On_a_Call (no reason) reads as our late On_a_Call's echo; the agent then picks
        // Available during the wrap (held). Our On_a_Call lands after the call: the engine, whose claim the twin
        // used, may take it for a person's newer change, which ends the held change.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { survivesReload: false } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { survivesReload: false } },
                {
                    when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                    plan: { delay: 1, outcome: 'timeout', lateBy: 4, survivesReload: false }
                },
                { when: softphoneSets('Ready'), plan: { delay: 3, survivesReload: false } },
                { when: softphoneSets('Away'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: true }); // the console reloads after 3000 ms
        w.act({ kind: 'call', pick: 0 }); // call-2 starts
        w.act({ kind: 'agentOmniLogin', pick: 0 }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniStatus', pick: 524, withReason: false }); // the agent picks On_a_Call in Omni (no reason)
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'agentOmniStatus', pick: 1, withReason: false }); // the agent picks Available in Omni (no reason)
        w.act({ kind: 'call', pick: 1 }); // call-2 ends
        expectClean(w);
        expect(w.story).toContain(
            "  (this call had a twin in a person's event: the Available held before it is not demanded)"
        );
    });

    it('a call that lands on the status Omni already shows reads as the last report told again, and may still land', () => {
        // Issue 19 (a): the earlier page's On_a_Call and this page's On_a_Call both land, each reported twice; the
        // second landing changes nothing, so the engine cannot tell it from a duplicated report, and the agent's
        // own On_a_Call (no reason) soon after may be that call's landing for all it knows.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: omniMethod('login', 'Available'), plan: { delay: 1, duplicateEcho: true } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, duplicateEcho: true } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { duplicateEcho: true } }
            ]
        );
        w.act({ kind: 'call', pick: 0 }); // call-1 starts; the start-up login lands → setServicePresenceStatus On_a_Call [B3]
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false }); // → On_a_Call [B15]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'On_a_Call'), withReason: false });
        expectClean(w);
        expect(w.story).toContain("  (the agent's On_a_Call, without a reason reads as the sync's own)");
    });
});
