// Latency benchmark in a real browser (headless Chromium), on the console simulator with the real
// panel, the shipped bridge and the simulated ContactPad. Three legs, interleaved round by round:
//   bare         a JSON string as large as a bridge message, console → softphone frame → console,
//                echoed with no logic: the transport's own round trip;
//   Omni → softphone  an Omni status event reaches the utility → the sync's command reaches
//                ContactPad's handler → a bare JSON string back to the console;
//   softphone → Omni  a bare JSON string asks ContactPad for the agent's change → ContactPad
//                reports it over the bridge → the sync calls setServicePresenceStatus.
// Each direction is one leg through the sync plus one bare leg, so a sync that cost nothing would
// equal the bare round trip. Fair to the baseline: every leg starts in an ordinary task of the page
// (simulator/bench/console-harness.js), none inside a DevTools call, and every figure is
// performance.now() of the console page. After each leg the page rests until the sync's deferred
// saving and drawing are done (they come 25 ms after a change, 250 ms after a dropped message).
// Both softphone origins: same-site (localhost, another port) and cross-site (127.0.0.1 against the
// console's localhost: another site, as a vendor's softphone is against *.lightning.force.com).
// Prints min / median / p95 / max of each leg, each direction's median over its bare median, the
// goal (each at most 1.5×; reported, never failing the run), and where Omni → softphone spends its time.
//   npm run bench:e2e [-- --changes 150] [--rest 300]
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startSimulator } from '../simulator/server.mjs';
import { ensureChromium, launch } from './e2e/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
    options: {
        changes: { type: 'string', default: '150' },
        rest: { type: 'string', default: '300' }
    }
});
const N = Number(values.changes);
const REST_MS = Number(values.rest);
const GOAL = 1.5;
if (!Number.isInteger(N) || N < 1) throw new Error('--changes takes a positive whole number');

// A fresh clone has the generated service module committed; build it if it is missing.
if (!existsSync(join(root, 'force-app/main/default/lwc/presenceSync/presenceSync.js'))) {
    console.log('Building the service module (npm run build) …');
    const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
}

const sorted = (samples) => [...samples].sort((a, b) => a - b);
const quantile = (samples, q) => sorted(samples)[Math.min(samples.length - 1, Math.floor(samples.length * q))];
const median = (samples) => quantile(samples, 0.5);
const mean = (samples) => samples.reduce((sum, value) => sum + value, 0) / samples.length;
const f3 = (value) => (value === null || value === undefined ? '  n/a' : value.toFixed(3));
const summary = (samples) =>
    `min ${f3(Math.min(...samples))}  median ${f3(median(samples))}  p95 ${f3(quantile(samples, 0.95))}  max ${f3(Math.max(...samples))} ms`;

ensureChromium();
const loadStart = loadavg()[0];
const simulator = await startSimulator({ port: 0, quiet: true });
const consoleOrigin = new URL(simulator.consoleUrl).origin;
const sameSitePad = simulator.padOrigin;
const crossSitePad = sameSitePad.replace('//localhost:', '//127.0.0.1:');
const browser = await launch();

/**
 * One console page with ContactPad logged in, the softphone at `padOrigin`. The simulator names
 * ContactPad's origin with localhost; for the cross-site page a script run before the page's own
 * rewrites the console's configuration and the Apex answer to name 127.0.0.1 instead (the same
 * server answers both names). Both pages get the same script, so neither pays more than the other.
 * (Rewriting the responses in the network layer instead would make Chromium's local network access
 * checks block the frame.)
 */
async function openConsole(padOrigin) {
    const context = await browser.newContext();
    await context.addInitScript(
        ([consoleAt, from, to]) => {
            if (window.location.origin !== consoleAt) return;
            let config;
            Object.defineProperty(window, 'SIMULATOR', {
                configurable: true,
                get: () => config,
                set: (value) => {
                    config = { ...value, padOrigin: value.padOrigin.replace(from, to) };
                }
            });
            const realFetch = window.fetch.bind(window);
            window.fetch = async (input, init) => {
                const response = await realFetch(input, init);
                if (!String(input).startsWith('/api/configuration')) return response;
                const text = (await response.text()).replaceAll(from, to);
                return new Response(text, { status: response.status, headers: response.headers });
            };
        },
        [consoleOrigin, sameSitePad, padOrigin]
    );
    // The harness's first listeners must come before the sync's and the bridge client's.
    await context.addInitScript({ path: join(root, 'simulator/bench/console-harness.js') });
    await context.addInitScript({ path: join(root, 'simulator/bench/pad-harness.js') });
    const page = await context.newPage();
    await page.goto(simulator.consoleUrl);
    let pad;
    const started = Date.now();
    while (!pad) {
        if (Date.now() - started > 20_000) throw new Error(`ContactPad at ${padOrigin} never connected`);
        const frame = page.frames().find((f) => f.url().startsWith(padOrigin));
        if (frame && (await frame.locator('[data-test="pad-connection"]').textContent()) === 'connected to Salesforce')
            pad = frame;
        else await page.waitForTimeout(50);
    }
    await pad.click('[data-test="pad-login"]');
    await page.waitForFunction(() => window.omniSimulator.online);
    // Both simulators keep their own drawing out of the measured windows.
    await page.evaluate(() => (window.benchNotify = true));
    await pad.evaluate(() => (window.benchNotify = true));
    await page.evaluate(() => window.benchHarness.attach());
    await pad.evaluate(() => window.benchPad.attach());
    const statusIds = await page.evaluate(() =>
        Object.fromEntries(window.omniSimulator.statuses.map((s) => [s.developerName, s.id]))
    );
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    return { context, page, pad, statusIds, isolated, padOrigin, samples: null };
}

/** One round: the three legs, each from its own task after a rest. */
async function round(setup, i, size) {
    const minor = i % 2 === 0 ? 'Lunch' : 'Break';
    const result = await setup.page.evaluate(
        async ([rest, minorState, meetingId, bareSize]) => {
            const h = window.benchHarness;
            await h.sleep(rest);
            const bare = await h.bare(bareSize);
            await h.sleep(rest);
            const toOmni = await h.toOmni('Away', minorState, bareSize);
            await h.untilStatus(minorState);
            await h.sleep(rest);
            const toSoftphone = await h.toSoftphone(meetingId);
            return { bare, toOmni, toSoftphone };
        },
        [REST_MS, minor, setup.statusIds.Meeting, size]
    );
    // Every change was one: ContactPad took Omni's Meeting.
    await setup.pad.waitForFunction(() => window.contactPad.state?.minor === 'Meeting', null, { timeout: 5000 });
    return result;
}

try {
    const setups = [
        { name: 'same-site', ...(await openConsole(sameSitePad)) },
        { name: 'cross-site', ...(await openConsole(crossSitePad)) }
    ];
    // Warm up, ending in a state the first measured change differs from; learn the bridge's sizes.
    let size = 0;
    for (const setup of setups) {
        for (const warmUp of ['Lunch', 'Break', 'Meeting']) {
            await setup.pad.evaluate((m) => window.benchChangeState('Away', m), warmUp);
            await setup.page.waitForTimeout(150);
        }
        const sizes = await setup.page.evaluate(() => window.benchHarness.sizes);
        size = Math.max(size, median([...sizes.toPad, ...sizes.fromPad]));
    }
    for (const setup of setups) await setup.pad.evaluate((value) => window.benchPad.setSize(value), size);
    for (const setup of setups) {
        for (let i = 0; i < 4; i++) await round(setup, i, size);
        await setup.pad.evaluate(() => window.benchPad.take());
        setup.samples = { bare: [], postMs: [], toOmni: [], toSoftphone: [], encodeMs: [], commandPostMs: [], pad: [] };
    }
    // Interleaved: the two pages take turns, ten rounds at a time, so both meet the same load.
    for (let block = 0; block * 10 < N; block++) {
        for (const setup of setups) {
            for (let i = block * 10; i < Math.min(N, block * 10 + 10); i++) {
                const { bare, toOmni, toSoftphone } = await round(setup, i, size);
                const s = setup.samples;
                s.bare.push(bare.ms);
                s.postMs.push(bare.postMs);
                s.toOmni.push(toOmni.ms);
                s.toSoftphone.push(toSoftphone.ms);
                if (toSoftphone.encodeMs !== null) s.encodeMs.push(toSoftphone.encodeMs);
                if (toSoftphone.postMs !== null) s.commandPostMs.push(toSoftphone.postMs);
            }
            setup.samples.pad.push(...(await setup.pad.evaluate(() => window.benchPad.take())));
        }
    }

    console.log(
        `Latency over ${N} rounds per softphone origin, headless Chromium (fine-grained timers: ${setups.every((s) => s.isolated)}), ` +
            `bare messages ${size} characters (the median bridge message seen). All figures are the console page's clock.`
    );
    // A shared machine's load moves every figure: say how loaded it was.
    console.log(
        `Load average over 1 minute at the start ${loadStart.toFixed(2)}, at the end ${loadavg()[0].toFixed(2)}, on ${cpus().length} cores.`
    );
    const verdicts = [];
    for (const setup of setups) {
        const s = setup.samples;
        console.log(`\n${setup.name}: console ${consoleOrigin}, softphone ${setup.padOrigin}`);
        console.log(`  bare round trip            ${summary(s.bare)}`);
        console.log(`  Omni → softphone           ${summary(s.toSoftphone)}`);
        console.log(`  softphone → Omni           ${summary(s.toOmni)}`);
        const ratioC = median(s.toSoftphone) / median(s.bare);
        const ratioB = median(s.toOmni) / median(s.bare);
        console.log(
            `  median / bare median       Omni → softphone ${ratioC.toFixed(2)}×   softphone → Omni ${ratioB.toFixed(2)}×`
        );
        verdicts.push([setup.name, ratioC, ratioB]);
        // Where Omni → softphone spends its time: median and mean of each part, on the clock of
        // the page it runs in (ContactPad's frame is not cross-origin isolated: its clock has 0.1 ms
        // steps, so its means say more than its medians).
        const checks = s.pad.map((r) => r.checksMs);
        const handler = s.pad.map((r) => r.handlerMs);
        const part = (label, samples) =>
            console.log(`    ${label.padEnd(78)} ${f3(median(samples))}  ${f3(mean(samples))}`);
        console.log(`${'  Omni → softphone, its parts (ms):'.padEnd(83)}median   mean`);
        part('console: the event reaches the utility → the sync has encoded the command', s.encodeMs);
        part("console: posting it (postMessage, and the sync's work after it in that task)", s.commandPostMs);
        part("softphone: the message arrives → the handler is called (the client's checks)", checks);
        part("softphone: the handler and the client's ack, until its listener returns", handler);
        const rest = s.toSoftphone.map(
            (total, k) => total - (s.encodeMs[k] ?? 0) - (s.commandPostMs[k] ?? 0) - (checks[k] ?? 0)
        );
        part('the rest: delivery there, and the bare string back (the leg less the above)', rest);
        part('for comparison: one postMessage call of a bridge-sized string (bare leg)', s.postMs);
    }
    const met = verdicts.every(([, c, b]) => c <= GOAL && b <= GOAL);
    console.log(
        `\nGoal: each direction's median at most ${GOAL}× its bare round trip's median: ${met ? 'met' : 'NOT met'} (` +
            verdicts.map(([name, c, b]) => `${name} ${c.toFixed(2)}× / ${b.toFixed(2)}×`).join(', ') +
            ', Omni → softphone / softphone → Omni).'
    );
} finally {
    await browser.close();
    await simulator.close();
}
