/**
 * Issue 19, property (e): a frame reconnect keeps what is under way. Only start-up applies the Start-up
 * Authority afresh; a reconnect brings the sides together where Omni is being brought (a command of ours
 * under way, or one waiting behind it), so a choice made before it is not forgotten (B3, B15, B17). Each
 * case is a minimal sequence the soak found (src-ts/engine/agent-invariants.properties.test.ts), played in
 * the hostile world and judged by the world's own record of who acted.
 */
import type { SoftphoneState } from '../mapping/types';
import type { HostileWorld } from '../test-support/hostile-world';
import {
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    softphoneSets,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';
import { shippedConfig, talkdeskConfig } from '../test-support/hostile-mapping';

/** Where the world came to rest: Omni, the softphone, and the notices the panel shows. */
/** A pick with which a frame reload ends the call in `s` (the world's odd picks end it). */
function oddPick(w: HostileWorld, s: SoftphoneState): number {
    const count = w.config.catalogue.filter((e) => e.reserved !== true).length;
    const index = endsIn(w, s);
    return index % 2 === 1 ? index : index + count;
}

const atRest = (w: HostileWorld) => [omniOf(w), softphoneOf(w), w.state.notices.map((n) => n.code).sort()];

describe('issue 19 (e): a frame reconnect keeps what is under way', () => {
    /**
     * The agent picks Lunch_break in Omni (the softphone follows to Away), logs out of the softphone (our
     * Omni logout, slow) and back in while that logout is under way; then, perhaps, the frame reloads.
     */
    const loginBehindLogout = (frameReloads: boolean) => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: { delay: 3, resultLag: 1 } },
                { when: softphoneSets('Away'), plan: { outcome: 'timeout' } },
                { when: omniMethod('logout'), plan: { delay: 3, resultLag: 1 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // the agent picks Lunch_break in Omni
        w.act({ kind: 'frameReload', pick: 0 }); // the softphone frame reloads
        w.act({ kind: 'softphoneLogout' }); // → logout [B4], slow
        w.act({ kind: 'softphoneLogin', pick: 87 }); // the agent logs in to the softphone: Away
        if (frameReloads)
            w.act({ kind: 'frameReload', pick: 0 }); // before our logout lands
        else w.act({ kind: 'advance', ms: 0 });
        expectClean(w);
        return atRest(w);
    };

    it('B3, B15: the agent’s softphone login made while our Omni logout is under way is not forgotten by a frame reconnect', () => {
        const withoutReconnect = loginBehindLogout(false);
        // The reconnect ends as the same story without it does, and the panel says why Omni is offline.
        expect(loginBehindLogout(true)).toEqual(withoutReconnect);
        expect(withoutReconnect[2]).toContain('omni-stays-offline');
    });

    it('B3, B15: a frame reconnect does not log out the softphone the agent logged in to while our login for it is under way, Omni the authority', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: softphoneType('logout'), plan: { survivesReload: false } },
                { when: softphoneType('logout'), plan: { resultLag: 1, survivesReload: false } },
                // The B3 login for the softphone lands after the frame reconnect.
                { when: omniMethod('login', 'Available'), plan: { delay: 2, survivesReload: false } },
                { when: softphoneType('logout'), plan: { survivesReload: false } }
            ]
        );
        // Omni offline, the authority: start-up logs the softphone out, on both pages.
        w.act({ kind: 'consoleReload', gapMs: 3000, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'softphoneLogin', pick: 0 }); // the agent logs in to the softphone: Ready → login Available [B3]
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'frameReload', pick: 399 }); // the call ends meanwhile, in Away
        expectClean(w);
        // The softphone follows where Omni is being brought (Available), not where it was (offline).
        expect(atRest(w)).toEqual(['Available', 'Ready', []]);
    });

    it('B11: a held change whose softphone part is still to go at a frame reconnect has not landed: the next call holds it again', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 4 } },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 1 } },
                // The softphone's part of the held After_Call_Work lands after the next call.
                { when: softphoneSets('Away'), plan: { delay: 4 } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 4 } },
                { when: softphoneSets('Ready'), plan: { delay: 1 } },
                { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 4 } }
            ]
        );
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 starts
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'backToBack', pick: 0 }); // call-2 ends
        w.act({ kind: 'platformStatus', pick: 0 }); // Omni sets After_Call_Work (OmniPushTimeout): held
        w.act({ kind: 'frameReload', pick: 291 }); // the call ends meanwhile: the held change applies
        w.act({ kind: 'call', pick: 0 }); // call-4 starts before the softphone has it
        w.act({ kind: 'call', pick: 0 }); // call-4 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-4 ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B15, B17: a start-up login that fails after a frame reconnect, the call having ended meanwhile, is retried', () => {
        const w = world(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: false, softphone: state('Away') },
            [{ when: omniMethod('login', 'Away_from_desk'), plan: { delay: 3, outcome: 'fail' } }]
        );
        // Start-up logs Omni in for the softphone (B15); the login fails after the reconnect.
        w.act({ kind: 'call', pick: 0 }); // call-1 starts
        w.act({ kind: 'frameReload', pick: oddPick(w, state('Away')) }); // the call ends meanwhile, in Away
        expectClean(w);
        expect(atRest(w)).toEqual(['Away_from_desk', 'Away', []]);
    });

    it('B3, B15: the agent’s softphone login after their Omni logout, waiting behind our status call, is still a login after a frame reconnect', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [{ when: omniMethod('setServicePresenceStatus', 'Away'), plan: { delay: 4, resultFirst: true } }]
        );
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away [B1], slow
        w.act({ kind: 'agentOmniLogout' }); // → softphone logout [B5]
        w.act({ kind: 'softphoneLogin', pick: 0 }); // Ready: login Available [B3], waiting behind Away
        w.act({ kind: 'frameReload', pick: 0 });
        expectClean(w);
        expect(atRest(w)).toEqual(['Available', 'Ready', []]);
    });
});
