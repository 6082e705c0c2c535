// Browser benchmark (headless Chromium, the console simulator with the real panel, the shipped bridge and the
// simulated ContactPad), in three parts, each printing min / median / max over its runs:
//   start-up     a console reload with ContactPad logged in until the first reconciliation command, Omni offline
//                and online, the panel's Apex read answered after 0 / 300 / 3,000 ms (scripts/bench-e2e/startup.mjs);
//   main thread  the console's main-thread time per change, the utility open and closed, at 10 / 200 / 5,000 audit
//                entries (scripts/bench-e2e/thread.mjs says how it is measured);
//   latency      softphone → Omni and Omni → softphone against a bare postMessage round trip beside it, same-site
//                and cross-site (scripts/bench-e2e/latency.mjs, simulator/bench/README.md).
// The goals are reported, never failing the run. The machine's load average is printed beside the figures.
//   npm run bench:e2e [-- --only startup,thread,latency] [--runs 3] [--changes 8] [--window 250]
//                     [--rounds 30] [--rest 300] [--sizes 10,200,5000] [--profile]
// `--profile` also prints where the console page's main thread spends the main-thread part's changes, and the latency
// part's cross-site rounds, run again after the measured ones (scripts/bench-e2e/profile.mjs).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startSimulator } from '../simulator/server.mjs';
import { ensureChromium, launch } from './e2e/chromium.mjs';
import { root } from './bench-e2e/pages.mjs';
import { startup } from './bench-e2e/startup.mjs';
import { mainThread } from './bench-e2e/thread.mjs';
import { latency } from './bench-e2e/latency.mjs';

const { values } = parseArgs({
    options: {
        only: { type: 'string', default: 'startup,thread,latency' },
        runs: { type: 'string', default: '3' },
        changes: { type: 'string', default: '8' },
        window: { type: 'string', default: '250' },
        rounds: { type: 'string', default: '30' },
        rest: { type: 'string', default: '300' },
        sizes: { type: 'string', default: '10,200,5000' },
        profile: { type: 'boolean', default: false }
    }
});
const whole = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
    return value;
};
const parts = new Set(values.only.split(','));
const sizes = values.sizes.split(',').map(Number);
/** Cross-site latency goal: each direction's median at most this many times the bare round trip's. */
const GOAL = 1.15;

// A fresh clone has the generated service module committed; build it if it is missing.
if (!existsSync(join(root, 'force-app/main/default/lwc/presenceSync/presenceSync.js'))) {
    console.log('Building the service module (npm run build) …');
    const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
}

ensureChromium();
const started = Date.now();
const loadStart = loadavg()[0];
const simulator = await startSimulator({ port: 0, quiet: true });
const browser = await launch();
try {
    // The simulator builds the console's script on its first request: built here, outside every measured figure.
    const built = await fetch(new URL('/console.js', simulator.consoleUrl));
    if (!built.ok) throw new Error(`the console's script: HTTP ${built.status}`);
    await built.arrayBuffer();
    console.log(
        `Browser benchmark, headless Chromium, on the console simulator (console built in ${((Date.now() - started) / 1000).toFixed(0)} s).`
    );
    if (parts.has('startup')) await startup({ browser, simulator, runs: whole('runs') });
    if (parts.has('thread'))
        await mainThread({
            browser,
            simulator,
            sizes,
            changes: whole('changes'),
            windowMs: whole('window'),
            profile: values.profile
        });
    if (parts.has('latency'))
        await latency({
            browser,
            simulator,
            rounds: whole('rounds'),
            rest: whole('rest'),
            goal: GOAL,
            profile: values.profile
        });
    // A shared machine's load moves every figure: say how loaded it was.
    console.log(
        `\nLoad average over 1 minute at the start ${loadStart.toFixed(2)}, at the end ${loadavg()[0].toFixed(2)}, on ${cpus().length} cores; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`
    );
} finally {
    await browser.close();
    await simulator.close();
}
