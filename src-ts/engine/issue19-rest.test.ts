/**
 * Property (e) of issue 19 at rest: the sides agree by the mapping, or the panel says why not. Each
 * case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    agentLogsIn,
    endsIn,
    agentPicks,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneType,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (e): at rest the sides agree, or the panel says why not', () => {
    it('B16: Omni offline at start-up and the agent picks a softphone state: the panel says Omni stays offline', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                // The start-up logout of the softphone (Omni is the authority) times out.
                { when: softphoneType('logout'), plan: { outcome: 'lost' } }
            ]
        );
        w.act(softphonePicks(w, state('Away', 'Lunch')));
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'Away / Lunch']);
        expect(w.state.notices.map((n) => n.code)).toContain('omni-stays-offline');
    });

    it('B17: a status call that a reconnect took as "already under way" is retried when it times out', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { outcome: 'lost', delay: 2 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away, which never answers
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone comes back in Away: B13 "already"
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away']);
    });

    it('B14: a status of ours that lands again after a platform change is put right', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Lunch'), plan: { delay: 3 } }
        ]);
        w.act(softphonePicks(w, state('Away', 'Lunch'))); // → setServicePresenceStatus Lunch, landing later
        // The agent picks Lunch in Omni too (no reason: it reads as the echo of ours).
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: false });
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'After_Call_Work') });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
        expect(softphoneOf(w)).toBe('Away');
    });
    it('B14: a softphone state of ours that lands late, after a newer Omni change, is put right', () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('setState'), plan: { outcome: 'timeout', delay: 1, lateBy: 1 } }
        ]);
        w.act(agentPicks(w, 'Lunch_break')); // → softphone setState Away, which times out and lands later
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        w.act({ kind: 'advance', ms: 100 });
        w.act({ kind: 'advance', ms: 100 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
    it("B15: a reconnect keeps the agent's softphone pick though Omni is the authority (its status call still under way)", () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 2 } }]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk, landing later
        w.act({ kind: 'frameReload', pick: 0 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'Away']);
    });
    it('B15: the sides agree at a reconnect, and a status call of ours sent before it does not take Omni away when it lands', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // the call starts → setServicePresenceStatus On_a_Call, landing later
        // The console reloads and the call ends meanwhile: the softphone is back in Ready, Omni still Available.
        w.act({ kind: 'consoleReload', gapMs: 500, origin: 0, stale: 0, callEnds: true });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
    it("B14: a softphone state of ours that lands after the agent's own pick of its major state is put right", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: softphoneType('setState'), plan: { delay: 2 }, times: 1 }
        ]);
        w.act(agentPicks(w, 'Lunch')); // → softphone setState Away / Lunch, landing later
        w.act(softphonePicks(w, state('Away'))); // the agent's own Away, before ours lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away']);
    });

    it("B14: an earlier page's login that lands after a reload follows the softphone as it is now (in wrap)", () => {
        const w = world(talkdeskConfig(), { omniOnline: false, softphone: state('Ready') }, [
            { when: omniMethod('login', 'Available'), plan: { delay: 4 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        expectClean(w);
        expect(softphoneOf(w)).toBe('Wrap');
    });
    it('B13: a status call of ours that has echoed is not counted on once the agent changed Omni since', () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 0, resultLag: 3 } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → Away_from_desk: it lands at once, its result comes late
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false });
        w.act({ kind: 'advance', ms: 10 });
        w.act(softphonePicks(w, state('Away'))); // Omni must follow again, though the old call is "in flight"
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away_from_desk', 'Away']);
    });
});

describe("issue 19 (a): the agent's own Omni choice is not undone by a call of ours that lands after it", () => {
    it('B14: a status call that lands after the agent logged out and in again by hand is put right', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3, resultFirst: true } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing later
        w.act({ kind: 'agentOmniLogout' });
        w.act(agentLogsIn(w, 'After_Call_Work'));
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });
    it("B14: a frame reload during the call keeps putting back the agent's own pick over our late On_a_Call", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, resultLag: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // the call starts → setServicePresenceStatus On_a_Call, landing later
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'frameReload', pick: 0 }); // the call goes on
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });
});

describe('issue 19 (b): after a logout, Omni is online again only if the agent asked', () => {
    it("B16: the earlier page's status call (its save failed) that lands after the softphone logout is undone", () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away_from_desk'), plan: { delay: 3 }, times: 1 }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away_from_desk, landing late
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 1, callEnds: false });
        w.act({ kind: 'softphoneLogout' }); // → logout (B4), before the earlier page's call lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});

describe("issue 19 (d): an echo of the sync's own command is never followed as a change", () => {
    it("B12: the same supervisor logout told twice does not make our login for the softphone a stranger's", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('login', 'Available'), plan: { delay: 1 } }
        ]);
        w.act({ kind: 'supervisorLogout' }); // → softphone logout (B5)
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready → login Available
        w.act({ kind: 'duplicateOmniEvent' }); // the logout again, before our login lands
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});

describe('issue 19 (c): a held change is applied once after its call, or said', () => {
    it("B11: a held change whose softphone command lands after the next call ends goes over the contact centre's after-call state", () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 4 } },
            { when: softphoneType('setState'), plan: { delay: 3, resultFirst: true } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call, landing during call-2
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'Away') }); // held during the call
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away [B11], late
        w.act({ kind: 'call', pick: 0 }); // call-2 starts
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // the contact centre's Away / Lunch
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away']);
    });
});
