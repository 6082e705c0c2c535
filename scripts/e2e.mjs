// End-to-end suite: the console simulator in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core). Each test drives the simulated ContactPad (its own origin, in the panel's frame)
// and the simulated Omni-Channel, and checks what both sides and the real Presence Sync panel show.
// Writes screenshots of the main states (docs/screenshots/ with --update-screenshots).
// Tests live in scripts/e2e/*.test.mjs, each exporting `tests`: [name, async (context) => …] pairs.
// The whole suite runs in two modes, one after the other:
//   plain  the package's code runs in the page, as LWC open source runs it;
//   lws    the package's namespace code (panel and c/presenceSync) runs inside Salesforce's
//          Lightning Web Security sandbox (@locker/sandbox, namespace key c), as an org with
//          Lightning Web Security runs it.
// `ctx.mode` tells a test which mode it runs in. A test may throw an error with `skipped: true`
// (and a reason as its message) when what it checks is not there to check: it is listed as skipped.
//   node scripts/e2e.mjs [--only <name part>] [--plain | --lws] [--update-screenshots]
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ctx } from './e2e/lib.mjs';
import { startSimulator } from '../simulator/server.mjs';

const { values } = parseArgs({
    options: {
        only: { type: 'string' },
        plain: { type: 'boolean' },
        lws: { type: 'boolean' },
        'update-screenshots': { type: 'boolean' }
    },
    strict: false
});
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic'
];
// Every run writes its screenshots under test-results/; `npm run screenshots` refreshes the README's.
const screenshots = values['update-screenshots'] ? 'docs/screenshots' : 'test-results/screenshots';

/** Debian's Chromium, installed when missing and allowed (root with apt), else a clear error. */
export function ensureChromium() {
    if (existsSync(CHROMIUM)) return;
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
        console.log(`${CHROMIUM} is missing: installing Debian's chromium package`);
        const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
        const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
        });
        if (update.status === 0 && install.status === 0 && existsSync(CHROMIUM)) return;
    }
    console.error(
        `The browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`
    );
    process.exit(1);
}

// ─── Running ──────────────────────────────────────────────────────────────────────────

/** Every test of every file in scripts/e2e/, in file order. */
async function loadTests() {
    const folder = join(dirname(fileURLToPath(import.meta.url)), 'e2e');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.test.mjs')).sort();
    const all = [];
    for (const file of files) {
        const module = await import(pathToFileURL(join(folder, file)).href);
        all.push(...module.tests);
    }
    return all;
}

export async function launch() {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const MODES = {
    plain: 'plain: the package runs in the page',
    lws: "lws: the package's namespace code runs inside Lightning Web Security's sandbox (@locker/sandbox, key c)"
};

/** Runs the selected tests in one mode against its own simulator; returns the counts. */
async function runMode(mode, browser, tests) {
    const started = Date.now();
    console.log(`\n── mode ${MODES[mode]}`);
    const simulator = await startSimulator({ port: 0, quiet: true, lws: mode === 'lws' });
    ctx.simulator = simulator;
    ctx.mode = mode;
    // The README's screenshots come from the plain mode; the sandbox's go beside the run's others.
    ctx.screenshots = mode === 'plain' ? screenshots : 'test-results/screenshots/lws';
    const counts = { mode, passed: 0, failed: 0, skipped: 0, seconds: 0 };
    try {
        for (const [name, test] of tests) {
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
            const testStarted = Date.now();
            try {
                await test(context);
                counts.passed++;
                console.log(`  ✓ ${name} (${Date.now() - testStarted} ms)`);
            } catch (error) {
                if (error?.skipped === true) {
                    counts.skipped++;
                    console.log(`  - ${name} (skipped: ${error.message})`);
                } else {
                    counts.failed++;
                    console.log(`  ✗ ${name}\n      ${error.message}`);
                }
            } finally {
                await context.close();
            }
        }
    } finally {
        await simulator.close();
    }
    counts.seconds = (Date.now() - started) / 1000;
    return counts;
}

async function main() {
    ensureChromium();
    const started = Date.now();
    const tests = await loadTests();
    const selected = tests.filter(([name]) => !values.only || name.includes(values.only));
    const modes = values.lws && !values.plain ? ['lws'] : values.plain && !values.lws ? ['plain'] : ['plain', 'lws'];
    const browser = await launch();
    const results = [];
    try {
        for (const mode of modes) results.push(await runMode(mode, browser, selected));
    } finally {
        await browser.close();
    }
    console.log('');
    for (const r of results) {
        const skipped = r.skipped > 0 ? `, ${r.skipped} skipped` : '';
        console.log(
            `mode ${r.mode}: ${r.passed} of ${r.passed + r.failed} passed${skipped} in ${r.seconds.toFixed(1)} s`
        );
    }
    const passed = results.reduce((sum, r) => sum + r.passed, 0);
    const failed = results.reduce((sum, r) => sum + r.failed, 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n${passed} of ${passed + failed} browser tests passed in ${seconds} s (modes: ${modes.join(', ')}).`);
    process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    main().catch((error) => {
        console.error(error.stack ?? error.message);
        process.exit(1);
    });
}
