// Latency benchmark in a real browser (headless Chromium), on the console simulator. Every figure
// is a round trip timed on one page's clock (clocks of two documents are not comparable to the
// millisecond), so each is directly comparable with the bare round trip:
//   (a) a bare postMessage round trip between the console's origin and ContactPad's, no logic;
//   (b) the console asks ContactPad for a state change (a bare hop) → ContactPad reports it over the
//       bridge → the sync calls setServicePresenceStatus (timed by the console);
//   (c) an Omni status event reaches the utility → ContactPad receives the sync's command → a bare
//       message back to the console (timed by the console).
// (b) and (c) each hold one leg through the sync and one bare leg: with a sync that cost nothing
// they would equal the bare round trip.
// Prints the median and 99th percentile of each and the ratio of (b) and (c) to (a).
//   npm run bench:e2e [-- --changes 500]
import { parseArgs } from 'node:util';
import { startSimulator } from '../simulator/server.mjs';
import { ensureChromium, launch } from './e2e.mjs';

const { values } = parseArgs({ options: { changes: { type: 'string', default: '500' } } });
const N = Number(values.changes);

const sorted = (samples) => [...samples].sort((a, b) => a - b);
const median = (samples) => sorted(samples)[Math.floor(samples.length / 2)];
const p99 = (samples) => sorted(samples)[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))];
const ms = (value) => `${value.toFixed(3)} ms`;

async function until(frame, predicate, arg) {
    return frame.evaluate(
        ([source, argument]) =>
            new Promise((resolve, reject) => {
                const test = new Function('arg', `return (${source})(arg);`);
                const started = performance.now();
                const check = () => {
                    const value = test(argument);
                    if (value !== undefined && value !== null && value !== false) resolve(value);
                    else if (performance.now() - started > 5000) reject(new Error(`timed out waiting for ${source}`));
                    else setTimeout(check, 1);
                };
                check();
            }),
        [predicate.toString(), arg]
    );
}

// An agent changes state a few times a minute; the bridge refuses more than 50 messages a second
// from the frame. Each change here brings three or four messages: pace the changes to stay under it.
let lastChange = Date.now();
async function pace(minimumMs = 90) {
    const wait = lastChange + minimumMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastChange = Date.now();
}

ensureChromium();
const simulator = await startSimulator({ port: 0, quiet: true });
const browser = await launch();
try {
    const context = await browser.newContext();

    // (a) The transport alone.
    const bench = await context.newPage();
    await bench.goto(`${simulator.consoleUrl}bench.html`);
    await bench.waitForFunction(() => window.echoReady === true);
    await bench.evaluate((n) => window.roundTrips(n), 50);
    const bare = await bench.evaluate((n) => window.roundTrips(n), N);
    await bench.close();

    // The console with ContactPad logged in.
    const page = await context.newPage();
    await page.goto(simulator.consoleUrl);
    let pad;
    while (!pad) {
        const frame = page.frames().find((f) => f.url().startsWith(simulator.padOrigin));
        if (frame && (await frame.locator('[data-test="pad-connection"]').textContent()) === 'connected to Salesforce')
            pad = frame;
        else await page.waitForTimeout(50);
    }
    await pad.click('[data-test="pad-login"]');
    await page.waitForFunction(() => window.omniSimulator.online);
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    // Both simulators keep their drawing out of the measured windows, and ContactPad reports commands.
    await page.evaluate(() => (window.benchNotify = true));
    await pad.evaluate(() => (window.benchNotify = true));
    // Warm up, ending in a state the first measured change differs from.
    for (const warmUp of ['Lunch', 'Break', 'Meeting']) {
        await pad.evaluate((m) => window.benchChangeState('Away', m), warmUp);
        await page.waitForTimeout(100);
    }
    // (a) again, between the very frames the sync uses, and (b) and (c), interleaved so that every
    // round of the three meets the same conditions; each after a pause, as an agent's change comes.
    const bareInConsole = [];
    const toOmni = [];
    const toSoftphone = [];
    const statusIds = await page.evaluate(() =>
        Object.fromEntries(window.omniSimulator.statuses.map((s) => [s.developerName, s.id]))
    );
    for (let i = 0; i < N; i++) {
        const [sample] = await page.evaluate(() => window.benchRoundTrips(1));
        bareInConsole.push(sample);
        await pace();

        const minor = i % 2 === 0 ? 'Lunch' : 'Break';
        toOmni.push(await page.evaluate(([major, m]) => window.benchSoftphoneChange(major, m), ['Away', minor]));
        await until(page, (status) => window.omniSimulator.status()?.developerName === status, minor);
        await pace();

        // Always Meeting: it differs from both states (b) alternates between, so every change is one.
        toSoftphone.push(
            await page
                .evaluate((id) => window.benchOmniChange(id), statusIds.Meeting)
                .catch(async (error) => {
                    const decisions = await page.evaluate(() =>
                        [
                            ...document
                                .querySelector('c-presence-sync-panel')
                                .shadowRoot.querySelectorAll('[data-id="decisions"] tr')
                        ]
                            .slice(1, 12)
                            .map((row) => `${row.textContent.replace(/\s+/g, ' ')} | ${row.title}`)
                    );
                    throw new Error(`${error.message}\nlatest decisions:\n${decisions.join('\n')}`);
                })
        );
        await until(pad, () => window.contactPad.state?.minor === 'Meeting');
        await pace();
    }

    console.log(`Latency over ${N} changes each, headless Chromium (fine-grained timers: ${isolated}):`);
    const rows = [
        ['(a) bare postMessage round trips back to back, two plain pages', bare],
        ['(a) bare postMessage round trip, console ↔ ContactPad frame, paced', bareInConsole],
        ['(b) softphone change → setServicePresenceStatus (+1 bare hop)', toOmni],
        ['(c) Omni change → softphone command (+1 bare hop)', toSoftphone]
    ];
    for (const [name, samples] of rows)
        console.log(`  ${name.padEnd(58)} median ${ms(median(samples))}   p99 ${ms(p99(samples))}`);
    const ratioB = median(toOmni) / median(bareInConsole);
    const ratioC = median(toSoftphone) / median(bareInConsole);
    console.log(
        `  ratio of medians to (a) between the same frames: (b) ${ratioB.toFixed(2)}, (c) ${ratioC.toFixed(2)}`
    );
    console.log(`Target (median within 2× of the bare round trip): ${ratioB <= 2 && ratioC <= 2 ? 'met' : 'NOT met'}`);
} finally {
    await browser.close();
    await simulator.close();
}
