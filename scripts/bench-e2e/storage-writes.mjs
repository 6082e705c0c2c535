// What a save's storage writes cost the console page's main thread (issue 23), on their own: Chromium's count of the
// renderer's main-thread time (the DevTools protocol's Performance.getMetrics TaskDuration, thread ticks) over a task
// that does only the writes, after 150 ms idle, as a save does 25 ms after a change. Two shapes, taken in turn:
//   four  three audit slots of 350 characters and the saved state of 1,900 (the save before the state carried the
//         newest entries: one key per entry and one for the state);
//   one   the saved state carrying those entries, 2,950 characters, and 6,100 (a full tail), in one key.
// Each figure is the median over the rounds less the median of an empty task's.
//   node scripts/bench-e2e/storage-writes.mjs [--rounds 40]
import { loadavg, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startSimulator } from '../../simulator/server.mjs';
import { ensureChromium, launch } from '../e2e/chromium.mjs';
import { median } from './pages.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive whole number');

ensureChromium();
const loadStart = loadavg()[0];
const simulator = await startSimulator({ port: 0, quiet: true });
const browser = await launch();
try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(simulator.consoleUrl);
    await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskMs = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    await page.evaluate(() => {
        const text = (length, round) => `v${round}${'x'.repeat(length)}`.slice(0, length);
        window.benchWrites = {
            empty: () => {},
            four: (round) => {
                for (let i = 0; i < 3; i++)
                    localStorage.setItem(`bench:audit:${(round * 3 + i) % 200}`, text(350, round));
                localStorage.setItem('bench:state', text(1900, round));
            },
            one: (round) => localStorage.setItem('bench:state', text(2950, round)),
            oneFullTail: (round) => localStorage.setItem('bench:state', text(6100, round))
        };
    });
    const shapes = ['empty', 'four', 'one', 'oneFullTail'];
    const samples = Object.fromEntries(shapes.map((shape) => [shape, []]));
    for (let round = 0; round < rounds; round++)
        for (const shape of shapes) {
            const before = await taskMs();
            await page.evaluate(([s, r]) => void setTimeout(() => window.benchWrites[s](r), 0), [shape, round]);
            await page.waitForTimeout(150);
            samples[shape].push((await taskMs()) - before);
        }
    const empty = median(samples.empty);
    console.log(
        `A save's storage writes in a task of their own, main-thread ms (median of ${rounds}, less an empty task's):`
    );
    for (const shape of shapes.slice(1))
        console.log(`  ${shape.padEnd(12)}${(median(samples[shape]) - empty).toFixed(3)}`);
    console.log(
        `Load average over 1 minute at the start ${loadStart.toFixed(2)}, at the end ${loadavg()[0].toFixed(2)}, on ${cpus().length} cores.`
    );
} finally {
    await browser.close();
    await simulator.close();
}
