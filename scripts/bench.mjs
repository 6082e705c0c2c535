// Engine benchmark: replays a synthetic agent day (both sides' events, the results and echoes
// of every command, time passing) through the engine on the package's shipped configuration,
// and prints throughput, per-event cost and the size of the generated LWC module. Then the
// runtime on a fake browser (fake timers, a toolkit that answers at once, the bridge harness's
// softphone): its own cost per change at 10, 200 and 5,000 audit entries, the bytes it writes
// to storage per change, and its start-up time on a console reload to the first command.
//   npm run bench [-- --events 100000 --seed 42 --changes 100]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';

const { values } = parseArgs({
    options: {
        events: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '20261121' },
        rounds: { type: 'string', default: '5' },
        changes: { type: 'string', default: '100' },
        'startup-runs': { type: 'string', default: '15' }
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

// ─── The runtime ─────────────────────────────────────────────────────────────────────

/** Builds the runtime's test harness (runtime, fake browser, fake toolkit, softphone pair) for Node. */
async function buildRuntimeHarness() {
    const { rollup } = await import('rollup');
    const typescript = (await import('@rollup/plugin-typescript')).default;
    const json = {
        name: 'json',
        transform(code, id) {
            return id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null;
        }
    };
    const bundle = await rollup({
        input: 'src-ts/test-support/runtime-harness.ts',
        plugins: [
            json,
            typescript({
                tsconfig: './tsconfig.json',
                include: ['src-ts/**/*.ts'],
                exclude: ['src-ts/**/*.test.ts'],
                compilerOptions: { noEmit: false, types: [] }
            })
        ],
        onwarn: () => undefined
    });
    const file = 'dist/bench-runtime.mjs';
    await bundle.write({ file, format: 'es' });
    await bundle.close();
    return import(`../${file}`);
}

const harness = await buildRuntimeHarness();
const { FakeToolkit, openTab, settle, statusId } = harness;
const FLUSH_MS = 25;
const changesPerRound = Number(values.changes);
const statuses = ['Break', 'Lunch', 'Meeting'];
const hr = () => process.hrtime.bigint();
const micros = (from, to) => Number(to - from) / 1000;

/** Counts what a browser's tabs write to its storage: UTF-16 code units of key and value, two bytes each. */
function countWrites(browser) {
    const counter = { bytes: 0 };
    const write = browser.write.bind(browser);
    browser.write = (win, key, value) => {
        if (value !== null) counter.bytes += 2 * (key.length + value.length);
        write(win, key, value);
    };
    return counter;
}

/** One change: an Omni status change, the softphone's echo, the save and the view a moment later. */
async function change(tab, index) {
    const status = statuses[index % statuses.length];
    const started = hr();
    tab.runtime.omniEvent('omniChannelStatusChanged', {
        statusId: statusId(status),
        statusApiName: status,
        statusName: status,
        channels: '[]',
        reason: 'OmniManualStatusChange'
    });
    const handled = hr();
    // The softphone's answer and echo (the harness's work, not timed), then the runtime's deferred save and view.
    await settle(tab, 2);
    const flushStarted = hr();
    tab.browser.clock.advance(FLUSH_MS);
    return micros(started, handled) + micros(flushStarted, hr());
}

async function costAt(auditEntries) {
    const toolkit = new FakeToolkit();
    const tab = openTab({ toolkit, settings: { Audit_Log_Size__c: auditEntries } });
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    // Fill the log (every change adds at least one entry).
    for (let i = 0; i < auditEntries; i++) await change(tab, i);
    const entries = JSON.parse(tab.runtime.exportAudit('json')).entries.length;
    const counter = countWrites(tab.browser);
    const roundMeans = [];
    for (let round = 0; round < rounds; round++) {
        let total = 0;
        for (let i = 0; i < changesPerRound; i++) total += await change(tab, i);
        roundMeans.push(total / changesPerRound);
    }
    roundMeans.sort((a, b) => a - b);
    tab.runtime.stop();
    return { entries, micros: median(roundMeans), bytes: counter.bytes / (rounds * changesPerRound) };
}

/**
 * A console reload with the softphone logged in: the last driver saved its state and a full log
 * (the default 200 entries) and closed; a new tab starts, and the clock stands still unless
 * nothing is left to run. Measured from opening the tab to the first presence command; the reads of
 * audit slots in that time are counted.
 */
async function startUp() {
    const toolkit = new FakeToolkit();
    const first = openTab({ toolkit });
    first.pair.client.start();
    first.runtime.start();
    await settle(first);
    for (let i = 0; i < 200; i++) await change(first, i);
    first.runtime.stop();
    toolkit.status = 'Available';
    const commandsBefore = toolkit.presenceCalls().length;
    // Reads of the audit ring's slots (B20) before the first command: none is needed to reconcile.
    const slotPrefix = 'omniPresenceSync:005000000000001:audit:';
    const counted = { reads: 0, on: true };
    const get = first.browser.storage.get.bind(first.browser.storage);
    first.browser.storage.get = (key) => {
        if (counted.on && key.startsWith(slotPrefix)) counted.reads++;
        return get(key);
    };
    const started = hr();
    const tab = openTab({
        toolkit,
        browser: first.browser,
        tabId: 'tab-reloaded',
        session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
    });
    tab.pair.client.start();
    tab.runtime.start();
    const clockStart = tab.browser.clock.now();
    const commanded = () => toolkit.presenceCalls().length > commandsBefore || tab.pair.commands.length > 0;
    for (let turn = 0; turn < 10_000 && !commanded(); turn++) {
        await tab.pair.settle();
        tab.browser.clock.advance(0);
        if (!commanded() && turn % 3 === 2) {
            tab.browser.clock.advance(1);
        }
    }
    const elapsed = micros(started, hr());
    counted.on = false;
    if (!commanded()) throw new Error('no command after a reload');
    tab.runtime.stop();
    return { micros: elapsed, waitedMs: tab.browser.clock.now() - clockStart, slotReads: counted.reads };
}

for (const entries of [10, 200, 5000]) {
    const result = await costAt(entries);
    console.log(
        `Runtime per change at ${format(result.entries)} audit entries: ${result.micros.toFixed(1)} µs (median of ${rounds} rounds of ${changesPerRound} changes; event + save + view), ${format(result.bytes)} bytes written to storage per change`
    );
}
{
    const runs = [];
    for (let i = 0; i < Number(values['startup-runs']); i++) runs.push(await startUp());
    runs.sort((a, b) => a.micros - b.micros);
    const mid = median(runs);
    const ms = (run) => (run.micros / 1000).toFixed(2);
    console.log(
        `Start-up on a console reload (softphone logged in) to the first command: ${ms(mid)} ms of our own work (median of ${runs.length}, min ${ms(runs[0])}, max ${ms(runs[runs.length - 1])}; instant toolkit and softphone), ${mid.waitedMs} ms waited on timers, ${mid.slotReads} audit slots read before it`
    );
}
