/**
 * Issue 19 (c): a change held during a call and applied after it is carried to the softphone by a command of ours
 * (the held change's own, or a restore, B14, that put the softphone where it asks after an older command of ours
 * landed over it). When the next call starts before that command has landed, the change is held again for that
 * call and applied after it (B11): the contact centre's state at that call's end is no newer choice that the
 * late landing is put back to. Should that restore give up (B17), the panel names the held change as not applied, as
 * it does for the change's own command. Nor has the change landed while a command of ours under way takes the softphone
 * elsewhere (a restore decided during the call, B6, B14): it is applied over that landing. Minimal sequences the soak
 * found at seeds 7 and 15
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneSets,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19: a held change still on its way to the softphone when the next call starts', () => {
    it('B11, B14: Break held over call-1 is still landing when call-2 starts; it is held again and applied after call-2', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                // After_Call_Work's Away lands only after call-1, its result before its echo.
                { when: softphoneSets('Away'), plan: { delay: 4, resultFirst: true } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { resultLag: 1 } },
                // The softphone part of the held Break lands only after call-2.
                { when: softphoneSets('Away', 'Break'), plan: { delay: 4, resultFirst: true } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // → Away [B2]
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-1 ends in Ready; Away [B2] lands → Away / Break
        w.act({ kind: 'call', pick: 0 }); // call-2 starts
        w.act({ kind: 'call', pick: 0 }); // call-2 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-2 ends in Ready; Away / Break lands after it
        expectClean(w);
        // The Break it carries lands only after call-2 has ended.
        const ended = w.story.indexOf('call-2 ends');
        const landed = w.story.findIndex((line) => /^ +softphone setState Away \/ Break \[B1[14]\] lands/.test(line));
        expect(ended).toBeGreaterThan(-1);
        expect(landed).toBeGreaterThan(ended);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away / Break']);
    });

    it('B11, B14, B17: the restore carrying the held Break to the softphone gives up; the panel names the Break as not applied', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: { delay: 4, resultFirst: true } },
                { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { resultLag: 1 } },
                // The softphone refuses Away / Break every time it is asked (B17's attempts).
                { when: softphoneSets('Away', 'Break'), plan: { outcome: 'fail' }, times: 10 }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false }); // → Away [B2]
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap
        w.act({ kind: 'call', pick: 0 }); // call-1 ends in Ready; Away [B2] lands → Away / Break [B14]
        for (let i = 0; i < 6; i++) w.act({ kind: 'advance', ms: 60_000 }); // its retries (B17)
        expectClean(w);
        expect(w.state.held).toBeNull();
        // The softphone's refusal, naming the status the agent picked during the call.
        const said = w.state.notices.map((n) => [
            n.code,
            n.params?.side,
            n.params?.state,
            n.params?.minor,
            n.params?.picked
        ]);
        expect(said).toEqual([['command-failed', 'softphone', 'Away', 'Break', 'Break']]);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Break', 'Away']);
    });

    it('B6, B11, B14: a restore of ours decided during the wrap lands after the call; the held Available is applied over it', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            { omniOnline: true, softphone: state('Ready') },
            [
                { when: softphoneSets('Away'), plan: {} },
                // Available's Ready lands in call-1's wrap; the restore it calls for (Away, B6) after the call.
                { when: softphoneSets('Ready'), plan: { delay: 2 } },
                { when: softphoneSets('Away'), plan: { delay: 2 } }
            ]
        );
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Away'), withReason: false }); // → Away [B2]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // → Ready [B2]
        w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1]
        w.act({ kind: 'call', pick: 0 }); // call-1 in wrap; Ready [B2] lands over it → Away [B14]
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Available'), withReason: false }); // held (B11)
        w.act({ kind: 'call', pick: endsIn(w, state('Away')) }); // call-1 ends in Away; Away [B14] lands after it
        expectClean(w);
        expect(w.story.some((line) => / +softphone setState Away \[B14\] lands/.test(line))).toBe(true);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available', 'Ready']);
    });
});
