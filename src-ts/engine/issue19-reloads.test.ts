/**
 * Issue 19, properties (a) and (e) across reloads: the console or the softphone frame reloads while a
 * B14 restore of the agent's pick, or a command of the sync sent before the reload, is still under way.
 * Each case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts),
 * played in the hostile world and judged by the world's own record of who acted.
 */
import type { SoftphoneState } from '../mapping/types';
import type { HostileWorld } from '../test-support/hostile-world';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';
import {
    endsIn,
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

/** A frame reload's pick that ends the call while the frame is away (an odd pick) with the softphone in `s`. */
function oddPick(w: HostileWorld, s: SoftphoneState): number {
    const count = w.config.catalogue.filter((e) => e.reserved !== true).length;
    const index = endsIn(w, s);
    return index % 2 === 1 ? index : index + count;
}

describe('issue 19 (a): a restore of the agent’s pick outlives a reload', () => {
    it('B14: the console reloads while the agent’s Omni pick (during a call) is being put back: it is put back', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            // The call's status lands after the agent's pick; its result comes only after the reload.
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1, resultLag: 3 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it('B14: the console reloads while the agent’s Omni pick is being put back: the softphone follows it too', () => {
        const w = world(talkdeskConfig(), { omniOnline: true, softphone: state('Away') }, [
            // The softphone's call lands after the agent's Omni pick; its result comes only after the reload.
            { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 1, resultLag: 3 } },
            // The softphone command that follows the pick never answers.
            { when: softphoneType('setState'), plan: { outcome: 'lost' } }
        ]);
        w.act(softphonePicks(w, state('Ready'))); // → setServicePresenceStatus Available
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch_break'), withReason: false });
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch_break', 'Away']);
    });
});

describe('issue 19 (e): what a reconnect decided is not undone by a command sent before it', () => {
    it('B15: the frame reloads as a call ends; the call’s status, landing after the reconnect, is put right', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneType('setState'), plan: { delay: 3 } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } }
            ]
        );
        w.act({ kind: 'platformStatus', pick: statusPick(w, 'Break') }); // → softphone Away / Break
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing later
        w.act({ kind: 'frameReload', pick: oddPick(w, state('Away')) }); // the call ends meanwhile, in Away
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it('B15: the console reloads as a call ends; the earlier page’s call status, landing after it, is put right', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } }]
        );
        w.act({ kind: 'call', pick: 0 }); // → setServicePresenceStatus On_a_Call, landing after the reload
        w.act({ kind: 'consoleReload', gapMs: 0, origin: endsIn(w, state('Away')), stale: 0, callEnds: true });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
