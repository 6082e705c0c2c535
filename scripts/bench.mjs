// Engine benchmark: replays a synthetic agent day (both sides' events, the results and echoes
// of every command, time passing) through the engine on the package's shipped configuration,
// and prints throughput, per-event cost and the size of the generated LWC module.
//   npm run bench [-- --events 100000 --seed 42]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadPackageDefaults } from './lib/package-defaults.mjs';

const { values } = parseArgs({
    options: {
        events: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '20261121' },
        rounds: { type: 'string', default: '5' }
    }
});
const target = Number(values.events);
const seed = Number(values.seed);
const rounds = Number(values.rounds);

const { SimulatedWorld, createEngine, initialState, seededRandom } = await import('../dist/tools.mjs');
const config = await loadPackageDefaults();
const random = seededRandom(seed);
const pick = () => Math.floor(random() * 1_000_000);

// A day: mostly state changes and calls on the softphone, status changes and work in Omni,
// now and then a logout, a frame reload or a connection error; every command answered after a delay.
const weights = [
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
const totalWeight = weights.reduce((sum, [, weight]) => sum + weight, 0);
function nextAction() {
    let roll = random() * totalWeight;
    for (const [kind, weight] of weights) {
        roll -= weight;
        if (roll <= 0) {
            if (kind === 'advance') return { kind, ms: 1 + Math.floor(random() * 60_000) };
            if (kind === 'softphoneLogout' || kind === 'softphoneReconnect' || kind === 'omniConnectionError')
                return { kind };
            return { kind, pick: pick() };
        }
    }
    return { kind: 'advance', ms: 1000 };
}
const plans = () => ({ delay: Math.floor(random() * 3), fail: random() < 0.02, echoFirst: random() < 0.5 });

const world = new SimulatedWorld({ ...config, capabilities: ['workItems'] }, plans, true);
world.start();
while (world.inputs.length < target) world.act(nextAction());
world.drain();
const day = world.inputs;
const commandCount = world.records.reduce((sum, record) => sum + record.commands.length, 0);
// The generator's own records are not part of what is measured: let them go before timing.
world.records.length = 0;

const engine = createEngine(config);
function replay() {
    let state = initialState();
    let commands = 0;
    for (let i = 0; i < day.length; i++) {
        const event = day[i];
        const result = engine.step(state, event.input, event.now);
        state = result.state;
        commands += result.commands.length;
    }
    return commands;
}

// Warm up, then time whole replays (throughput) and each event alone (cost distribution).
replay();
const throughputs = [];
let replayedCommands = 0;
for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    replayedCommands = replay();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    throughputs.push(day.length / seconds);
}
const costs = new Float64Array(day.length);
{
    let state = initialState();
    for (let i = 0; i < day.length; i++) {
        const event = day[i];
        const started = process.hrtime.bigint();
        state = engine.step(state, event.input, event.now).state;
        costs[i] = Number(process.hrtime.bigint() - started);
    }
}
costs.sort();
const percentile = (p) => costs[Math.min(costs.length - 1, Math.floor((p / 100) * costs.length))];
throughputs.sort((a, b) => a - b);
const median = (list) => list[Math.floor(list.length / 2)];

const modulePath = 'force-app/main/default/lwc/presenceSync/presenceSync.js';
const moduleSource = await readFile(modulePath);

const format = (n) => Math.round(n).toLocaleString('en-US');
console.log(
    `Synthetic agent day: ${format(day.length)} events (seed ${seed}), ${format(commandCount)} commands issued`
);
console.log(
    `Replay check: ${replayedCommands === commandCount ? 'same commands as the live run' : `MISMATCH (${replayedCommands})`}`
);
console.log(
    `Throughput: ${format(median(throughputs))} events/s (median of ${rounds} replays; min ${format(throughputs[0])}, max ${format(throughputs[throughputs.length - 1])})`
);
console.log(
    `Per-event cost: median ${format(percentile(50))} ns, p99 ${format(percentile(99))} ns, max ${format(costs[costs.length - 1])} ns (timed one by one)`
);
console.log(
    `Generated module ${modulePath}: ${format(moduleSource.length)} bytes (${format(gzipSync(moduleSource).length)} gzipped)`
);
console.log(`Target: at least 1,000,000 events/s: ${median(throughputs) >= 1_000_000 ? 'met' : 'NOT met'}`);
if (replayedCommands !== commandCount) process.exit(1);
