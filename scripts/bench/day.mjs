// The benchmark's synthetic agent day: both sides' events, the results and echoes of every command
// and time passing, generated once by the simulated world on the package's shipped configuration.
import { seededRandom, SimulatedWorld } from './tools.mjs';

// Mostly state changes and calls on the softphone, status changes and work in Omni, now and then a
// logout, a frame reload or a connection error; every command answered after a delay.
const WEIGHTS = [
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

/** `events` inputs of a day (seeded), with the number of commands the live run issued. */
export function syntheticDay(config, events, seed) {
    const random = seededRandom(seed);
    const pick = () => Math.floor(random() * 1_000_000);
    const totalWeight = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
    const nextAction = () => {
        let roll = random() * totalWeight;
        for (const [kind, weight] of WEIGHTS) {
            roll -= weight;
            if (roll <= 0) {
                if (kind === 'advance') return { kind, ms: 1 + Math.floor(random() * 60_000) };
                if (kind === 'softphoneLogout' || kind === 'softphoneReconnect' || kind === 'omniConnectionError')
                    return { kind };
                return { kind, pick: pick() };
            }
        }
        return { kind: 'advance', ms: 1000 };
    };
    const plans = () => ({ delay: Math.floor(random() * 3), fail: random() < 0.02, echoFirst: random() < 0.5 });
    const world = new SimulatedWorld({ ...config, capabilities: ['workItems'] }, plans, true);
    world.start();
    while (world.inputs.length < events) world.act(nextAction());
    world.drain();
    const commands = world.records.reduce((sum, record) => sum + record.commands.length, 0);
    return { inputs: world.inputs, commands };
}
