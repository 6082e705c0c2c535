/**
 * Issue 19, start-up (B15) with the softphone logged out or on a call: minimal sequences the soak found
 * (src-ts/engine/agent-invariants.properties.test.ts), played in the hostile world and judged by the
 * world's own record of who acted.
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphoneType,
    state,
    world
} from '../test-support/hostile-script';
import { createEngine, initialState, resumeState } from './engine';
import type { Command, EngineInput, EngineState } from './types';
import type { HostileConfig } from '../test-support/hostile-mapping';

/** The softphone's handshake: logged in as Ready, or logged out. */
const softphoneConnected = (config: HostileConfig, loggedIn: boolean): EngineInput => ({
    kind: 'softphone',
    event: 'connected',
    catalogue: config.catalogue,
    capabilities: [],
    loggedIn,
    state: loggedIn ? { major: 'Ready', minor: null } : null,
    interactions: []
});
const omniSnapshot = (config: HostileConfig, status: string): EngineInput => ({
    kind: 'omni',
    event: 'snapshot',
    loggedIn: true,
    statusId: config.statuses.find((s) => s.developerName === status)?.id ?? ''
});
/** Plays inputs at `now` (ms on the engine's clock) and gathers the commands. */
function play(config: HostileConfig, start: EngineState, now: number, inputs: EngineInput[]) {
    const engine = createEngine({ mappings: config.mappings, settings: config.settings, statuses: config.statuses });
    let engineState = start;
    const commands: Command[] = [];
    for (const input of inputs) {
        const result = engine.step(engineState, input, now);
        engineState = result.state;
        commands.push(...result.commands);
    }
    return { state: engineState, commands };
}

describe('issue 19: start-up with the softphone on a call', () => {
    it('B11, B15: a start-up softphone logout that meets a call is held for the call’s end and shown, after a reload too', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'call', pick: 0 }); // a call starts while the start-up logout is under way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
    });

    it('B11, B15: the start-up logout held over the call applies when the call ends after the reload', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [{ when: softphoneType('logout'), plan: { outcome: 'lost', survivesReload: false } }]
        );
        w.act({ kind: 'call', pick: 0 }); // a call starts while the start-up logout is under way
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        w.act({ kind: 'call', pick: 0 }); // wrap
        w.act({ kind: 'call', pick: 0 }); // the call ends
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['offline', 'logged out']);
    });
});

describe('issue 19: start-up with the softphone logged out and Omni online', () => {
    it('B15: a reload whose page never saw the softphone does not log out the agent working in Omni-Channel while the softphone is slow to log in', () => {
        // The softphone frame of the page before never connected (it hung: the reason for the reload); the agent
        // kept working in Omni-Channel. A softphone found logged out by a save that never saw it is no evidence of a
        // logout since: Omni-Channel is not logged out, and the agent's status stands when the softphone logs in.
        const config = shippedConfig({ Startup_Authority__c: 'Omni' });
        const working = omniSnapshot(config, 'Available_For_Chats');
        const before = play(config, initialState(), 1_000, [working]);
        const resumed = resumeState(JSON.parse(JSON.stringify(before.state)) as unknown);
        if (resumed === null) throw new Error('the saved state was not resumed');
        const after = play(config, resumed, 60_000, [working, softphoneConnected(config, false)]);
        expect(after.commands.filter((c) => c.side === 'omni')).toEqual([]);
        const login = play(config, after.state, 61_000, [softphoneConnected(config, true)]);
        expect(login.commands.filter((c) => c.side === 'omni')).toEqual([]);
        expect(login.state.omni.presence).toBe('online');
    });

    it('B15, B16: start-up keeps an Omni login the agent made by hand while the softphone was logged out', () => {
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Omni' }),
            { omniOnline: false, softphone: state('Ready') },
            [
                { when: softphoneType('logout'), plan: { delay: 6, survivesReload: false } },
                { when: omniMethod('logout'), plan: { survivesReload: false } }
            ]
        );
        w.act({ kind: 'supervisorStatus', pick: 0 }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniStatus', pick: 0, withReason: false }); // (no effect; counts for delays)
        w.act({ kind: 'softphonePick', pick: 0 }); // the agent picks Away in the softphone
        w.act({ kind: 'supervisorLogout' }); // (no effect; counts for delays)
        w.act({ kind: 'softphoneLogin', pick: 0 }); // (no effect; counts for delays)
        w.act({ kind: 'agentOmniLogin', pick: 0 }); // the agent logs in to Omni by hand: After_Call_Work
        w.act({ kind: 'consoleReload', gapMs: 420000, origin: 0, stale: 2, callEnds: false }); // the last 2 saves failed
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['After_Call_Work', 'logged out']);
    });
});
