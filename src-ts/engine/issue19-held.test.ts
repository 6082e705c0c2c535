/**
 * Issue 19, property (c): a change held during a call (B11) is applied exactly once after its
 * interaction ends, or ended by a newer choice of a person, never by an echo, and never dropped
 * silently. Each case is a minimal sequence the soak found, played in the hostile world
 * (src-ts/test-support/hostile-world.ts) on the shipped records and judged by what the agent expects
 * (docs/behaviour.md, "How long a held change lives (B11)").
 */
import { createEngine, heldChange, initialState } from './engine';
import type { Command, EngineInput, EngineState } from './types';
import type { HostileWorld, HostileAction } from '../test-support/hostile-world';
import {
    endsIn,
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    statusPick,
    world as scriptWorld,
    type PlanRule
} from '../test-support/hostile-script';
import { agree, shippedConfig, talkdeskConfig, type HostileConfig } from '../test-support/hostile-mapping';
import type { SoftphoneState } from '../mapping/types';

/** A world starting with Omni Available and the softphone in its first state (Ready), answering by `rules`. */
function world(config: HostileConfig, rules: PlanRule[] = []): HostileWorld {
    const first = config.catalogue.find((e) => e.reserved !== true);
    return scriptWorld(
        config,
        { omniOnline: true, softphone: state(first?.major ?? 'Ready', first?.minor ?? null) },
        rules
    );
}

const softphoneSets = (major: string) => (c: Command) =>
    c.side === 'softphone' && c.type === 'setState' && c.state.major === major;

/** The agent's own pick in Omni, with no reason (it may read as the sync's own echo). */
const agentPicks = (w: HostileWorld, status: string): HostileAction => ({
    kind: 'agentOmniStatus',
    pick: statusPick(w, status),
    withReason: false
});

describe('issue 19 (c): a held change is applied once after its call, or said', () => {
    it('B11: the held change whose command is still under way when the next call starts and ends is applied after that call', () => {
        // The softphone command that applies After_Call_Work after call-1 lands only after call-2 ended.
        const w = world(shippedConfig(), [{ when: softphoneSets('Away'), plan: { delay: 4 } }]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act(agentPicks(w, 'After_Call_Work')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away, under way
        w.act({ kind: 'call', pick: 0 }); // call-2: held again
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends: the held change applies again
        w.act({ kind: 'advance', ms: 200 });
        w.act({ kind: 'advance', ms: 200 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B11/B17: the held change whose command fails after the next call ended is retried, not dropped silently', () => {
        const w = world(shippedConfig(), [
            { when: softphoneType('logout'), plan: { delay: 4, outcome: 'fail' } },
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 5 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'agentOmniLogout' }); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone logout, under way
        w.act({ kind: 'call', pick: 0 }); // call-2: held again
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends; then the softphone logout fails
        w.act({ kind: 'advance', ms: 5000 });
        w.act({ kind: 'advance', ms: 5000 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });

    it("B11/B5: a held logout is applied when the call ends while the frame is away, though the sync's stray login is still being undone", () => {
        const w = world(shippedConfig(), [
            { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { delay: 2 } },
            { when: omniMethod('logout'), plan: { outcome: 'timeout', delay: 0, lateBy: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // → setServicePresenceStatus Available, under way
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'agentOmniLogout' }); // held; then Available lands: a login after the logout, undone
        w.act({ kind: 'frameReload', pick: 1 }); // the call ends while the frame is away
        w.act({ kind: 'advance', ms: 200 });
        w.act({ kind: 'advance', ms: 200 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });

    it("B11: the contact centre's state after the call does not end a held logout that is landing", () => {
        // After_Call_Work's softphone command from call-1 lands during call-2's wrap (so the softphone is no
        // longer in a reserved state when call-2 ends); the held logout's first softphone logout fails.
        const w = world(shippedConfig(), [
            { when: softphoneSets('Away'), plan: { delay: 3 } },
            { when: softphoneType('logout'), plan: { outcome: 'fail' } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act(agentPicks(w, 'After_Call_Work')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away, under way
        w.act({ kind: 'call', pick: 0 }); // call-2: held again
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'agentOmniLogout' }); // held; the softphone's Away lands
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends → softphone logout; Away / Lunch
        w.act({ kind: 'advance', ms: 5000 });
        w.act({ kind: 'advance', ms: 5000 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });

    it("B11: a held change met at the call's end by a late landing is not undone by the contact centre's state after the call", () => {
        // After_Call_Work's softphone command from call-1 lands during call-2's wrap: the softphone is Away when
        // call-2 ends, and the contact centre then gives Away / Lunch (which maps back to Lunch).
        const w = world(shippedConfig(), [{ when: softphoneSets('Away'), plan: { delay: 3 } }]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act(agentPicks(w, 'After_Call_Work')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away, under way
        w.act({ kind: 'call', pick: 0 }); // call-2: held again
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'advance', ms: 100 }); // the softphone's Away lands
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends; then Away / Lunch
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it("B11/B12: the agent's pick of a status an earlier call set is held, once a newer call of the sync has landed", () => {
        // Talkdesk: On_a_Call (B1) landed at the call's start; After_Call_Work (B1, wrap) lands and echoes, its
        // result comes later; the agent then picks On_a_Call by hand: not a second echo of the first call.
        const w = world(talkdeskConfig(), [
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { resultLag: 1 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1: On_a_Call
        w.act({ kind: 'call', pick: 0 }); // wrap: After_Call_Work lands, its result later
        w.act(agentPicks(w, 'On_a_Call'));
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['On_a_Call', 'Away']);
    });

    it('B11: a held change whose Omni call has not landed when the next call starts is applied after that call', () => {
        const w = world(shippedConfig(), [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 3 } },
            { when: omniMethod('setServicePresenceStatus', 'Available_For_Chats'), plan: { delay: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1: On_a_Call, lands after the call
        w.act(agentPicks(w, 'Available_For_Chats')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends in Ready; Available_For_Chats (B11) follows
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'call', pick: 0 }); // wrap; Available_For_Chats lands
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends: held again, applied over Lunch
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available_For_Chats', 'Ready']);
    });

    it("B11: a held change whose Omni part waits behind the call's own command is held again by the next call", () => {
        // The softphone is already Ready when call-1 ends, but Omni's Available_For_Chats waits behind the wrap's
        // After_Call_Work (B1), still under way when call-2 starts.
        const w = world(shippedConfig(), [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay: 2 } },
            { when: omniMethod('setServicePresenceStatus', 'After_Call_Work'), plan: { delay: 2 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1: On_a_Call, lands at the wrap
        w.act(agentPicks(w, 'Available_For_Chats')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap → After_Call_Work, under way
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends in Ready
        w.act({ kind: 'call', pick: 0 }); // call-2: After_Call_Work lands
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends: the held change applies
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Available_For_Chats', 'Ready']);
    });

    it("B11/B14: a timed-out held-change command landing after the change was applied does not bring back the contact centre's state", () => {
        const w = world(shippedConfig(), [
            { when: softphoneSets('Away'), plan: { delay: 1, outcome: 'timeout', lateBy: 3 } }
        ]);
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act(agentPicks(w, 'After_Call_Work')); // held
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends → softphone setState Away, times out
        w.act({ kind: 'call', pick: 0 }); // call-2: held again
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // ends → setState Away again, lands
        w.act({ kind: 'advance', ms: 200 }); // the first setState Away lands late
        w.act({ kind: 'advance', ms: 200 });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away']);
    });

    it('B11: a held change applied when its call ended is not applied again after the next call', () => {
        const w = world(shippedConfig());
        w.act({ kind: 'call', pick: 0 }); // call-1
        w.act({ kind: 'call', pick: 0 }); // wrap: Omni After_Call_Work (B1)
        w.act(agentPicks(w, 'Available')); // held
        w.act({ kind: 'call', pick: endsIn(w, state('Ready')) }); // ends in Ready: applied, nothing to send
        w.act({ kind: 'call', pick: 0 }); // call-2
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Lunch')) }); // the contact centre's Lunch after it
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Lunch', 'Away / Lunch']);
    });

    it("B11/B15: a reconnect during the call (Omni the authority) keeps the agent's held change, not the call's own status", () => {
        const config = shippedConfig({ Startup_Authority__c: 'Omni' });
        const engine = createEngine(config);
        let s: EngineState = initialState();
        const step = (input: EngineInput) => {
            const r = engine.step(s, input, 0);
            s = r.state;
            return r.commands;
        };
        const statusOf = (name: string) => config.statuses.find((x) => x.developerName === name)!;
        const confirm = (commands: Command[]) => {
            for (const c of commands) step({ kind: 'result', commandId: c.id, ok: true, error: null });
        };
        const connected = (
            st: SoftphoneState,
            interactions = [{ interactionId: 'call-1', direction: 'inbound' as const }]
        ): EngineInput => ({
            kind: 'softphone',
            event: 'connected',
            catalogue: config.catalogue,
            capabilities: [],
            loggedIn: true,
            state: st,
            interactions
        });
        step({ kind: 'omni', event: 'snapshot', loggedIn: true, statusApiName: 'Available' });
        step(connected(state('Ready'), []));
        step({ kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' });
        confirm(step({ kind: 'softphone', event: 'stateChanged', state: state('Busy Inbound'), cause: 'system' }));
        const brk = statusOf('Break');
        step({
            kind: 'omni',
            event: 'statusChanged',
            statusId: brk.id,
            statusApiName: brk.developerName,
            reason: 'OmniManualStatusChange'
        });
        expect(heldChange(s)?.target).toEqual({ kind: 'status', status: 'Break' });
        // The sync's own After_Call_Work (B1, the wrap state) lands; the frame reloads in the call.
        confirm(step({ kind: 'softphone', event: 'stateChanged', state: state('Wrap'), cause: 'system' }));
        expect(s.omni.status).toBe('After_Call_Work');
        step({ kind: 'softphone', event: 'disconnected', reason: 'reload' });
        step(connected(state('Busy Inbound')));
        expect(heldChange(s)?.target).toEqual({ kind: 'status', status: 'Break' });
    });

    it('B11/B13: a held busy status is met by an away state with a minor state that maps back as Away alone does', () => {
        const w = world(shippedConfig());
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'supervisorStatus', pick: statusPick(w, 'After_Call_Work') });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: endsIn(w, state('Away', 'Training')) });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'Away / Training']);
    });
});

describe("the hostile world's reading of the mapping (docs/behaviour.md, B13)", () => {
    it('agrees where the contract does: a target without a minor state is met by a minor state that maps back the same', () => {
        const config = shippedConfig();
        // After_Call_Work → Away by the Busy box; Away / Training has no row of its own and maps back as Away does.
        expect(agree(config, 'After_Call_Work', state('Away', 'Training'))).toBe(true);
        // Away / Lunch maps back to Lunch: it would undo After_Call_Work at the next reload.
        expect(agree(config, 'After_Call_Work', state('Away', 'Lunch'))).toBe(false);
        expect(agree(config, 'Available', state('Away', 'Training'))).toBe(false);
    });
});
