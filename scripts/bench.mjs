// Benchmark of the engine and the runtime in Node (the browser's figures are scripts/bench-e2e.mjs).
// Every figure is min / median / max over runs, in CPU time of this process where it says µs of CPU
// (scripts/bench/stats.mjs), so that other work on a busy machine counts less.
//   The engine: a synthetic agent day (both sides' events, results and echoes of every command, time
//   passing) replayed on the package's shipped configuration: throughput, per-event cost, the ratio to
//   a no-op step that copies the state, diagnostics() with 9,984 invalid mapping rows; the sizes of the console's modules.
//   The runtime (scripts/bench/runtime.mjs): the whole cost of a change (event, bridge, save and view) at
//   10, 200 and 5,000 audit entries; start-up to the first command with Omni offline and online and Apex
//   answering after 0, 300 and 3,000 ms; a console reload; the heap over a simulated 8-hour shift.
//   npm run bench [-- --events 100000 --seed 42 --rounds 5 --changes 100 --hours 8]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';
import { diagnosticsCost, engineAgainstNoop } from './bench/engine.mjs';
import { syntheticDay } from './bench/tools.mjs';
import { show, spread } from './bench/stats.mjs';
import { buildRuntimeHarness, costPerChange, heapOverShift, reloadStart, shiftStart } from './bench/runtime.mjs';

const { values } = parseArgs({
    options: {
        events: { type: 'string', default: '100000' },
        seed: { type: 'string', default: '20261121' },
        rounds: { type: 'string', default: '5' },
        changes: { type: 'string', default: '100' },
        'startup-runs': { type: 'string', default: '5' },
        hours: { type: 'string', default: '8' }
    }
});
const rounds = Number(values.rounds);
const seed = Number(values.seed);
const format = (n) => Math.round(n).toLocaleString('en-US');

// ─── The engine ──────────────────────────────────────────────────────────────────────

// V8's collector, so that no figure pays for garbage another left (and for the heap figures).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const config = await loadPackageDefaults();
const day = syntheticDay(config, Number(values.events), seed);
console.log(
    `Synthetic agent day: ${format(day.inputs.length)} events (seed ${seed}), ${format(day.commands)} commands issued`
);
const engine = engineAgainstNoop(config, day.inputs, rounds, gc);
console.log(
    `Replay check: ${engine.commands === day.commands ? 'same commands as the live run' : `MISMATCH (${engine.commands})`}`
);
console.log(`Engine per event: ${show(engine.perEvent, 'µs of CPU', 3)}`);
console.log(`  no-op step that copies the state: ${show(engine.noop, 'µs of CPU', 3)}`);
console.log(
    `  engine / no-op: ${show(engine.ratio, '×')}; target at most 8×: ${engine.ratio.median <= 8 ? 'met' : 'NOT met'}`
);
console.log(`  throughput: ${format(1e6 / engine.perEvent.median)} events/s of CPU (at the median per-event cost)`);
const diagnostics = diagnosticsCost(config, 9984, rounds);
console.log(
    `diagnostics() with 9,984 invalid rows (${format(diagnostics.found)} diagnostics): ${show(diagnostics.micros, 'µs of CPU')}`
);
// What the agent console loads: the console module and the service modules it imports (the engine, the mapping
// model, the bridge host), each and together.
let consoleBytes = 0;
let consoleGzipped = 0;
for (const name of ['presenceSync', 'presenceSyncEngine', 'presenceSyncMapping', 'presenceSyncBridge']) {
    const modulePath = `force-app/main/default/lwc/${name}/${name}.js`;
    const moduleSource = await readFile(modulePath);
    const gzipped = gzipSync(moduleSource).length;
    consoleBytes += moduleSource.length;
    consoleGzipped += gzipped;
    console.log(`Generated module ${modulePath}: ${format(moduleSource.length)} bytes (${format(gzipped)} gzipped)`);
}
console.log(
    `  the agent console's modules together: ${format(consoleBytes)} bytes (${format(consoleGzipped)} gzipped)`
);
if (engine.commands !== day.commands) process.exit(1);

// ─── The runtime ─────────────────────────────────────────────────────────────────────

const harness = await buildRuntimeHarness();
const changes = Number(values.changes);
for (const entries of [10, 200, 5000]) {
    const result = await costPerChange(harness, entries, rounds, changes);
    console.log(
        `Runtime per change at ${format(result.entries)} audit entries (event, bridge, save and view): ${show(result.micros, 'µs of CPU')} (rounds of ${changes} changes), ${format(result.bytes)} bytes written to storage per change`
    );
    console.log(`  of it the saves (the save at once and the save delay's): ${show(result.saves, 'µs elapsed')}`);
}

const startupRuns = Number(values['startup-runs']);
for (const omniOnline of [false, true]) {
    for (const apexDelayMs of [0, 300, 3000]) {
        const runs = [];
        for (let i = 0; i < startupRuns; i++) runs.push(await shiftStart(harness, { omniOnline, apexDelayMs }));
        console.log(
            `Shift start, Omni ${omniOnline ? 'online' : 'offline'}, Apex after ${format(apexDelayMs)} ms: ${show(spread(runs.map((r) => r.waitedMs)), 'ms waited', 0)} from the configuration and the softphone to the first command (${runs[0].command}); ${show(spread(runs.map((r) => r.cpuMs)), 'ms of CPU', 2)} for the whole run (idle steps of 5 ms included)`
        );
    }
}
{
    const runs = [];
    for (let i = 0; i < startupRuns; i++) runs.push(await reloadStart(harness));
    console.log(
        `Console reload (softphone logged in, 200 audit entries saved) to the first command: ${show(spread(runs.map((r) => r.micros / 1000)), 'ms of our own work', 2)}, ${runs[0].waitedMs} ms waited on timers`
    );
}

{
    const hours = Number(values.hours);
    const shift = await heapOverShift(harness, gc, { hours, everyMs: 10_000 });
    const mb = shift.perHour;
    const steady = mb.slice(2);
    const creep = steady.length > 1 ? (steady[steady.length - 1] - steady[0]) / (steady.length - 1) : 0;
    console.log(
        `Heap over a simulated ${hours}-hour shift (${format(shift.changes)} changes, one every 10 s; after a full collection each hour): ${mb.map((v) => v.toFixed(2)).join(' → ')} MB; after the first two hours ${creep >= 0 ? '+' : ''}${creep.toFixed(3)} MB/h`
    );
    // The creep, split: V8's compiled code (it grows while V8 optimises, and levels off) and the rest.
    const code = shift.codePerHour;
    const last = mb.length - 1;
    if (last > 2) {
        const perHour = (series) => (series[last] - series[2]) / (last - 2);
        const signed = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(3)} MB/h`;
        console.log(
            `  of which V8's compiled code and bytecode: ${code.map((v) => v.toFixed(2)).join(' → ')} MB, ${signed(perHour(code))}; everything else ${signed(perHour(mb) - perHour(code))}`
        );
    }
}
