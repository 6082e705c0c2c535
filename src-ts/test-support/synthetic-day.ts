/**
 * A seeded synthetic agent day, as the benchmark (scripts/bench.mjs) and the engine's cost tests replay it: both
 * sides' events, the results and echoes of every command and time passing, generated once by the simulated world.
 * Mostly state changes and calls on the softphone, status changes and work in Omni, now and then a logout, a frame
 * reload or a connection error; every command answered after 0–2 steps, 2 % of them failing.
 */
import type { EngineInput } from '../engine/types';
import { SimulatedWorld, seededRandom, type WorldAction, type WorldConfiguration } from './world';

/** Each action's weight in the day's draw. */
const WEIGHTS: [WorldAction['kind'], number][] = [
    ['softphoneCall', 30],
    ['softphoneAgentState', 20],
    ['omniAgentStatus', 15],
    ['omniWork', 12],
    ['advance', 12],
    ['omniSystemStatus', 4],
    ['softphoneLogin', 2],
    ['omniLogin', 2],
    ['softphoneLogout', 1],
    ['omniLogout', 1],
    ['softphoneReconnect', 0.5],
    ['omniConnectionError', 0.2]
];

/**
 * `events` inputs of a day (at least; the last action's echoes drained), each with its time (the world's
 * monotonic ms), from `seed`; and the number of commands the live run issued (the replay's check).
 */
export function syntheticDay(
    config: WorldConfiguration,
    events: number,
    seed: number
): { inputs: { input: EngineInput; now: number }[]; commands: number } {
    const random = seededRandom(seed);
    const pick = () => Math.floor(random() * 1_000_000);
    const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
    const next = (): WorldAction => {
        let roll = random() * total;
        for (const [kind, weight] of WEIGHTS) {
            roll -= weight;
            if (roll > 0) continue;
            if (kind === 'advance') return { kind, ms: 1 + Math.floor(random() * 60_000) };
            if (kind === 'softphoneLogout' || kind === 'softphoneReconnect' || kind === 'omniConnectionError')
                return { kind };
            return { kind, pick: pick() } as WorldAction;
        }
        return { kind: 'advance', ms: 1000 };
    };
    const plans = () => ({ delay: Math.floor(random() * 3), fail: random() < 0.02, echoFirst: random() < 0.5 });
    const world = new SimulatedWorld({ ...config, capabilities: ['workItems'] }, plans, true);
    world.start();
    while (world.inputs.length < events) world.act(next());
    world.drain();
    const commands = world.records.reduce((sum, record) => sum + record.commands.length, 0);
    return { inputs: world.inputs.flatMap((entry) => ('input' in entry ? [entry] : [])), commands };
}
