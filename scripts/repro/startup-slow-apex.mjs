/* global document */
// Reproduction: the console reloads with a saved Softphone URL while Apex answers after 3 s (a cold
// org). Samples what the agent sees in the 340×480 utility, in Spanish, every 100 ms.
//   node scripts/repro/startup-slow-apex.mjs [consoleUrl]   (default http://localhost:4817/, `npm start -- --port 4817`)
// Exits 1 when the panel shows a warning view before its first state, or "Starting…" is out of sight.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:4817/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const shadowState = () =>
    page.evaluate(() => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        slot.style.width = '340px';
        slot.style.height = '440px';
        slot.style.maxHeight = 'none';
        const shadow = document.querySelector('c-presence-sync-panel')?.shadowRoot;
        const q = (id) => shadow?.querySelector(`[data-id="${id}"]`);
        const starting = q('starting');
        const slotBox = slot.getBoundingClientRect();
        const box = starting?.getBoundingClientRect();
        return {
            starting: starting ? starting.textContent.trim() : null,
            startingVisible: box ? box.top >= slotBox.top && box.bottom <= slotBox.bottom + 1 : null,
            frame: !!shadow?.querySelector('iframe'),
            headline: q('headline')?.textContent.trim() ?? null,
            notices: [...(shadow?.querySelectorAll('[data-id="notices"] li') ?? [])].map((li) =>
                li.textContent.replace(/\s+/g, ' ').trim()
            ),
            tooltips: [...(shadow?.querySelectorAll('li.decision') ?? [])].map((li) => li.getAttribute('title'))
        };
    });

// A first console load: the configured driver saves the Softphone URL.
await page.goto(`${base}?lang=es`);
for (let i = 0; i < 100 && !(await shadowState()).headline; i++) await page.waitForTimeout(100);
await page.waitForTimeout(1500);
// The reload: Apex answers after 3 s. The console page reads the configuration first for its simulated
// Omni-Channel (answered at once); the panel's own Apex call is the second read.
let reads = 0;
await page.route('**/api/configuration**', async (route) => {
    if (++reads % 2 === 0) await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
});
await page.reload();
const samples = [];
const started = Date.now();
while (Date.now() - started < 6000) {
    try {
        samples.push({ ms: Date.now() - started, ...(await shadowState()) });
    } catch {
        // navigation in progress
    }
    await page.waitForTimeout(100);
}
let last = '';
for (const s of samples) {
    const line = JSON.stringify({ ...s, ms: undefined, tooltips: s.tooltips.length });
    if (line !== last) console.log(s.ms, line);
    last = line;
}
const final = samples.at(-1);
console.log('tooltips:', JSON.stringify(final?.tooltips.slice(0, 12), null, 1));
await page.screenshot({ path: 'test-results/repro-startup-slow-apex.png' });
await browser.close();
const hidden = samples.some((s) => s.starting !== null && s.startingVisible === false);
const firstView = samples.find((s) => s.headline !== null);
console.log({
    startingHiddenAtSomePoint: hidden,
    firstHeadline: firstView?.headline,
    firstNotices: firstView?.notices
});
process.exit(hidden || (firstView?.notices.length ?? 0) > 0 ? 1 : 0);
