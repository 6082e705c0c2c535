// End-to-end suite: the console simulator in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core). Each test drives the simulated ContactPad (its own origin, in the panel's frame)
// and the simulated Omni-Channel, and checks what both sides and the real Presence Sync panel show.
// Writes screenshots of the main states (docs/screenshots/ with --update-screenshots).
// Tests live in scripts/e2e/*.test.mjs, each exporting `tests`: [name, async (context) => …] pairs.
// The whole suite runs in two modes:
//   plain  the package's code runs in the page, as LWC open source runs it;
//   lws    the package's namespace code (panel and c/presenceSync) runs inside Salesforce's
//          Lightning Web Security sandbox (@locker/sandbox, namespace key c), as an org with
//          Lightning Web Security runs it.
// `ctx.mode` tells a test which mode it runs in. A test may throw an error with `skipped: true`
// (and a reason as its message) when what it checks is not there to check: it is listed as skipped.
// Every (test, mode) pair is a job; the jobs run in parallel lanes, as many as the machine has cores
// (os.availableParallelism(); --workers N or E2E_WORKERS=N to choose), each running one test at a time
// (--tests-per-lane K or E2E_TESTS_PER_LANE=K for K at once): each test at once runs in a child process with a Chromium of its own
// (scripts/e2e/lane.mjs) and its own simulator per mode (its own ports and server state), started here, one test
// at a time; the simulators share their builds (simulator/builds.mjs), made once, here and in a worker thread. The
// slowest jobs of the last run (test-results/e2e-timings.json) start first; each test's line shows as it ends, and
// the run ends with each mode's counts, the 20 slowest tests and the total. The timing report (test-results/e2e-report.txt) lists
// every test's wall time, slowest first, with the part its console pages took to start, and each file's totals.
//   node scripts/e2e.mjs [--only <name part>] [--plain | --lws] [--update-screenshots] [--workers N]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startSimulator } from '../simulator/server.mjs';
import { CONSOLE_LANGUAGES, simulatorBuilds } from '../simulator/builds.mjs';
import { loadTests } from './e2e/lane.mjs';
import { ensureChromium } from './e2e/chromium.mjs';

const { values } = parseArgs({
    options: {
        only: { type: 'string' },
        plain: { type: 'boolean' },
        lws: { type: 'boolean' },
        'update-screenshots': { type: 'boolean' },
        workers: { type: 'string' },
        'tests-per-lane': { type: 'string' }
    },
    strict: false
});
// Every run writes its screenshots under test-results/; `npm run screenshots` refreshes the README's.
const screenshots = values['update-screenshots'] ? 'docs/screenshots' : 'test-results/screenshots';

// ─── Running ──────────────────────────────────────────────────────────────────────────

const MODES = {
    plain: 'plain: the package runs in the page',
    lws: "lws: the package's namespace code runs inside Lightning Web Security's sandbox (@locker/sandbox, key c)"
};
const LANE = join(dirname(fileURLToPath(import.meta.url)), 'e2e/lane.mjs');
const TIMINGS = 'test-results/e2e-timings.json';
const REPORT = 'test-results/e2e-report.txt';
/** How many of the slowest tests the run's end lists. */
const SLOWEST = 20;
/** A test still running after this long has hung: its lane is ended and the test fails (the others go on). */
const HUNG_MS = 20 * 60 * 1000;

/** How many lanes: --workers, else E2E_WORKERS, else the machine's cores; never more than there are jobs. */
function laneCount(jobs) {
    const asked = Number(values.workers ?? process.env.E2E_WORKERS ?? availableParallelism());
    const count = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
    return Math.max(1, Math.min(count, jobs));
}

/**
 * How many tests each lane runs at once: --tests-per-lane, else E2E_TESTS_PER_LANE, else 1. A test spends most of
 * its wall time waiting (the product's real-time timers, a page's network and start-up), so a second test in the
 * lane uses the core meanwhile (about a quarter less wall time on 2 cores); one at a time is the default because
 * four Chromiums on two cores put the tests' real-time waits at risk. Each test at once has its own process,
 * Chromium and simulators: tests never share a browser context or a simulator's server state.
 */
function testsPerLane() {
    const asked = Number(values['tests-per-lane'] ?? process.env.E2E_TESTS_PER_LANE ?? 1);
    return Number.isInteger(asked) && asked > 0 ? asked : 1;
}

async function readTimings() {
    try {
        return JSON.parse(await readFile(TIMINGS, 'utf8'));
    } catch {
        return {};
    }
}

/**
 * The simulators' builds (simulator/builds.mjs) for a run, on both cores: the plain console and the Setup page in a
 * worker thread, the LWS console and the softphone client in this process (the LWS console's object postMessage
 * probe passes only with it built here; the scripts a thread builds are the same text as those built here). Each
 * mode's English console comes first, so that no lane waits for every build before its first test.
 */
function suiteBuilds() {
    const threaded = simulatorBuilds({ threads: true });
    const here = simulatorBuilds({ threads: false });
    return {
        client: () => threaded.client(),
        console: (language, lws) => (lws ? here : threaded).console(language, lws),
        setupPage: (language) => threaded.setupPage(language),
        warm(lwsModes, { setup = false } = {}) {
            // The thread's warm() builds the client here, the consoles then the Setup pages in its thread.
            if (lwsModes.includes(false)) threaded.warm([false], { setup });
            else {
                threaded.client();
                if (setup) for (const language of CONSOLE_LANGUAGES) threaded.setupPage(language);
            }
            if (lwsModes.includes(true)) for (const language of CONSOLE_LANGUAGES) here.console(language, true);
        }
    };
}

/**
 * Runs the jobs in `processes` test processes at once (scripts/e2e/lane.mjs, each with its own Chromium and its own
 * simulator per mode); calls `report` with each job's result as it ends. Resolves when every job has a result.
 */
async function runJobs(jobs, processes, report) {
    const builds = suiteBuilds();
    // Every console script now, and the Setup page's when the whole suite runs; a subset builds those it asks for.
    builds.warm([...new Set(jobs.map((job) => job.mode === 'lws'))], { setup: !values.only });
    const simulators = new Map();
    const simulatorFor = (lane, mode) => {
        const key = `${lane}:${mode}`;
        if (!simulators.has(key))
            simulators.set(key, startSimulator({ port: 0, quiet: true, lws: mode === 'lws', builds }));
        return simulators.get(key);
    };
    const queue = [...jobs];
    let left = jobs.length;
    let respawns = 0;
    let done;
    const finished = new Promise((resolve) => {
        done = resolve;
    });
    const settle = (job, result) => {
        report(job, result);
        if (--left === 0) done();
    };

    const start = (lane) => {
        const child = fork(LANE, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let current = null;
        let timer = null;
        const next = async () => {
            const job = queue.shift();
            current = job ?? null;
            if (!job) return;
            try {
                const simulator = await simulatorFor(lane, job.mode);
                timer = setTimeout(() => child.kill('SIGKILL'), HUNG_MS);
                child.send({
                    type: 'run',
                    job: job.id,
                    index: job.index,
                    mode: job.mode,
                    screenshots: job.mode === 'plain' ? screenshots : 'test-results/screenshots/lws',
                    simulator: {
                        consoleUrl: simulator.consoleUrl,
                        padOrigin: simulator.padOrigin,
                        hostileOrigin: simulator.hostileOrigin
                    }
                });
            } catch (error) {
                current = null;
                settle(job, { status: 'failed', ms: 0, message: `the simulator did not start: ${error.message}` });
                next();
            }
        };
        child.on('message', (message) => {
            if (message.type === 'ready') next();
            if (message.type === 'result' && current?.id === message.job) {
                clearTimeout(timer);
                const job = current;
                current = null;
                settle(job, message);
                next();
            }
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            if (current) {
                const hung = signal === 'SIGKILL';
                settle(current, {
                    status: 'failed',
                    ms: 0,
                    message: hung
                        ? `still running after ${HUNG_MS / 1000} s: its lane was ended`
                        : `its lane ended (exit ${code ?? signal}) while it ran`
                });
                current = null;
            }
            // The jobs left go on in a new lane (a few times at most: a lane that cannot start fails the rest).
            if (queue.length > 0 && left > 0) {
                if (respawns++ < 3) start(lane);
                else
                    while (queue.length > 0)
                        settle(queue.shift(), { status: 'failed', ms: 0, message: 'no lane left to run it' });
            }
        });
        return child;
    };

    const children = Array.from({ length: processes }, (_, lane) => start(lane));
    try {
        await finished;
    } finally {
        for (const child of children) if (child.connected) child.send({ type: 'stop' });
        await Promise.all(
            [...simulators.values()].map((simulator) => simulator.then((s) => s.close()).catch(() => {}))
        );
    }
}

const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);

/** One test's line of the timing lists: wall seconds, [start-up seconds], mode, name. */
function timingLine(t) {
    return `${seconds(t.ms)} s [${seconds(t.startupMs)} s]  ${t.mode.padEnd(5)}  ${t.name}`;
}

/**
 * The timing report's text: the run, each mode's and each file's test time and console start-up time, then every
 * passed test, slowest first. `times` holds the passed tests ({ name, file, mode, ms, startupMs }), slowest first.
 */
function timingReport(times, counts, run) {
    const lines = [`Browser suite timings (${run})`, ''];
    const sum = (list, field) => list.reduce((total, t) => total + t[field], 0);
    for (const [mode, count] of Object.entries(counts)) {
        const own = times.filter((t) => t.mode === mode);
        lines.push(
            `mode ${mode}: ${seconds(count.ms)} s of test time, ${seconds(sum(own, 'startupMs'))} s of it console start-up`
        );
    }
    lines.push('', 'By file (passed tests: count, test time, console start-up):');
    const files = [...new Set(times.map((t) => t.file))]
        .map((file) => {
            const own = times.filter((t) => t.file === file);
            return { file, count: own.length, ms: sum(own, 'ms'), startupMs: sum(own, 'startupMs') };
        })
        .sort((a, b) => b.ms - a.ms);
    for (const f of files)
        lines.push(`  ${String(f.count).padStart(3)}  ${seconds(f.ms)} s [${seconds(f.startupMs)} s]  ${f.file}`);
    lines.push('', 'Every passed test, slowest first (wall time [console start-up], mode, name):');
    for (const t of times) lines.push(`  ${timingLine(t)}`);
    return `${lines.join('\n')}\n`;
}

async function main() {
    ensureChromium();
    const started = Date.now();
    const tests = await loadTests();
    const selected = tests
        .map(([name, , file], index) => ({ name, file, index }))
        .filter(({ name }) => !values.only || name.includes(values.only));
    const modes = values.lws && !values.plain ? ['lws'] : values.plain && !values.lws ? ['plain'] : ['plain', 'lws'];
    // The slowest first (as last timed here), so that no long test starts last; untimed ones first of all.
    const timings = await readTimings();
    const jobs = modes
        .flatMap((mode) => selected.map((test) => ({ ...test, mode, key: `${mode} ${test.name}` })))
        .map((job, id) => ({ ...job, id, last: timings[job.key] ?? Infinity }))
        .sort((a, b) => b.last - a.last || a.id - b.id);
    const lanes = laneCount(jobs.length);
    const perLane = Math.max(1, Math.min(testsPerLane(), Math.floor(jobs.length / lanes)));
    const laneWords = `${lanes} lane${lanes === 1 ? '' : 's'}, ${perLane} test${perLane === 1 ? '' : 's'} at once in each`;
    for (const mode of modes) console.log(`── mode ${MODES[mode]}`);
    console.log(`${jobs.length} tests in ${laneWords}\n`);

    const counts = Object.fromEntries(modes.map((mode) => [mode, { passed: 0, failed: 0, skipped: 0, ms: 0 }]));
    const times = [];
    await runJobs(jobs, lanes * perLane, (job, result) => {
        const count = counts[job.mode];
        count[result.status]++;
        count.ms += result.ms;
        if (result.status === 'passed') {
            console.log(`  ✓ ${job.name} (${result.ms} ms, ${job.mode})`);
            times.push({
                key: job.key,
                name: job.name,
                file: job.file,
                mode: job.mode,
                ms: result.ms,
                startupMs: result.startupMs ?? 0
            });
            timings[job.key] = result.ms;
        } else if (result.status === 'skipped')
            console.log(`  - ${job.name} (${job.mode}, skipped: ${result.message})`);
        else console.log(`  ✗ ${job.name} (${job.mode})\n      ${result.message}`);
        for (const line of result.printed ?? []) console.log(line);
    });

    times.sort((a, b) => b.ms - a.ms);
    console.log(`\nSlowest tests (wall time; in brackets, its console pages' start-up):`);
    for (const t of times.slice(0, SLOWEST)) console.log(`  ${timingLine(t)}`);
    await mkdir(dirname(TIMINGS), { recursive: true });
    await writeFile(TIMINGS, `${JSON.stringify(timings, null, 1)}\n`);

    console.log('');
    for (const mode of modes) {
        const r = counts[mode];
        const skipped = r.skipped > 0 ? `, ${r.skipped} skipped` : '';
        console.log(
            `mode ${mode}: ${r.passed} of ${r.passed + r.failed} passed${skipped} in ${(r.ms / 1000).toFixed(1)} s of test time`
        );
    }
    const passed = modes.reduce((sum, mode) => sum + counts[mode].passed, 0);
    const failed = modes.reduce((sum, mode) => sum + counts[mode].failed, 0);
    const wall = ((Date.now() - started) / 1000).toFixed(1);
    await writeFile(REPORT, timingReport(times, counts, `${wall} s wall, ${laneWords}`));
    console.log(`Timing report: ${REPORT}`);
    console.log(
        `\n${passed} of ${passed + failed} browser tests passed in ${wall} s (modes: ${modes.join(', ')}; ${laneWords}).`
    );
    process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    main().catch((error) => {
        console.error(error.stack ?? error.message);
        process.exit(1);
    });
}
