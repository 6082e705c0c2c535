// What the browser benchmarks share (scripts/bench-e2e.mjs and its parts): figures over runs, and a console page with
// ContactPad logged in, the softphone on a same-site or a cross-site origin.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const sorted = (samples) => [...samples].sort((a, b) => a - b);
export const quantile = (samples, q) => sorted(samples)[Math.min(samples.length - 1, Math.floor(samples.length * q))];
export const median = (samples) => quantile(samples, 0.5);
export const mean = (samples) => samples.reduce((sum, value) => sum + value, 0) / samples.length;
export const f3 = (value) =>
    value === null || value === undefined || Number.isNaN(value) ? '  n/a' : value.toFixed(3);
export const f0 = (value) => (value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(0));
/** min / median / p95 / max of samples in milliseconds. */
export const summary = (samples) =>
    `min ${f3(Math.min(...samples))}  median ${f3(median(samples))}  p95 ${f3(quantile(samples, 0.95))}  max ${f3(Math.max(...samples))} ms`;
/** min / median / max, `format` applied to each. */
export const minMedMax = (samples, format = f3) =>
    samples.length === 0
        ? 'n/a'
        : `${format(Math.min(...samples))} / ${format(median(samples))} / ${format(Math.max(...samples))}`;

/**
 * The simulator names ContactPad's origin with localhost; for a cross-site page a script run before the page's own
 * rewrites the console's configuration and the Apex answer to name 127.0.0.1 instead (the same server answers both
 * names). Every page gets the same script, so neither pays more than the other. (Rewriting the responses in the
 * network layer instead would make Chromium's local network access checks block the frame.)
 */
export async function padOriginScript(context, consoleOrigin, sameSitePad, padOrigin) {
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
}

/** Waits until ContactPad at `padOrigin` says it is connected to the console in `page`; returns its frame. */
export async function connectedPad(page, padOrigin) {
    const started = Date.now();
    for (;;) {
        if (Date.now() - started > 20_000) throw new Error(`ContactPad at ${padOrigin} never connected`);
        const frame = page.frames().find((f) => f.url().startsWith(padOrigin));
        if (frame && (await frame.locator('[data-test="pad-connection"]').textContent()) === 'connected to Salesforce')
            return frame;
        await page.waitForTimeout(50);
    }
}

/**
 * One console page with ContactPad logged in, the softphone at `padOrigin`, the harnesses of simulator/bench attached
 * (their first listeners come before the sync's and the bridge client's). `query` goes to the console's address.
 */
export async function openConsole(browser, simulator, padOrigin, query = '') {
    const consoleOrigin = new URL(simulator.consoleUrl).origin;
    const context = await browser.newContext();
    await padOriginScript(context, consoleOrigin, simulator.padOrigin, padOrigin);
    await context.addInitScript({ path: join(root, 'simulator/bench/console-harness.js') });
    await context.addInitScript({ path: join(root, 'simulator/bench/pad-harness.js') });
    const page = await context.newPage();
    await page.goto(`${simulator.consoleUrl}${query}`);
    const pad = await connectedPad(page, padOrigin);
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
