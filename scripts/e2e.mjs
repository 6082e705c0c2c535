// End-to-end suite: the console simulator in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core). Each test drives the simulated ContactPad (its own origin, in the panel's frame)
// and the simulated Omni-Channel, and checks what both sides and the real Presence Sync panel show.
// Writes screenshots of the main states (docs/screenshots/ with --update-screenshots).
// Tests live in scripts/e2e/*.test.mjs, each exporting `tests`: [name, async (context) => …] pairs.
//   node scripts/e2e.mjs [--only <name part>] [--update-screenshots]
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ctx } from './e2e/lib.mjs';
import { startSimulator } from '../simulator/server.mjs';

const { values } = parseArgs({
    options: { only: { type: 'string' }, 'update-screenshots': { type: 'boolean' } },
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
ctx.screenshots = values['update-screenshots'] ? 'docs/screenshots' : 'test-results/screenshots';

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

async function main() {
    ensureChromium();
    const started = Date.now();
    const simulator = await startSimulator({ port: 0, quiet: true });
    ctx.simulator = simulator;
    const tests = await loadTests();
    const browser = await launch();
    const selected = tests.filter(([name]) => !values.only || name.includes(values.only));
    let failed = 0;
    try {
        for (const [name, test] of selected) {
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
            const testStarted = Date.now();
            try {
                await test(context);
                console.log(`  ✓ ${name} (${Date.now() - testStarted} ms)`);
            } catch (error) {
                failed++;
                console.log(`  ✗ ${name}\n      ${error.message}`);
            } finally {
                await context.close();
            }
        }
    } finally {
        await browser.close();
        await simulator.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n${selected.length - failed} of ${selected.length} browser tests passed in ${seconds} s.`);
    process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    main().catch((error) => {
        console.error(error.stack ?? error.message);
        process.exit(1);
    });
}
