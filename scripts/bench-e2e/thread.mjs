// Main-thread time per change in the browser (part of scripts/bench-e2e.mjs), the utility open and closed, at 10,
// 200 and 5,000 audit entries (Audit_Log_Size__c, the log filled first by Omni status changes, each adding at least
// one entry). The softphone is cross-site, as in production: its frame runs in a process of its own, so the console's
// main thread carries only the console's work.
// How it is measured: Chromium's own count of the console renderer's main-thread time, the DevTools protocol's
// Performance.getMetrics TaskDuration (all tasks: script, style, layout, paint), read before and after a window of
// fixed length in which one change is started in an ordinary task of the page and finished: the whole path from the
// event to the last paint, the sync's deferred saving and drawing included. The same window around a bare round trip
// (a bridge-sized string echoed by the softphone's frame) is the baseline: per change = median of the change windows
// less the median of the baseline windows. The simulated org draws nothing and saves nothing meanwhile (`benchQuiet`).
import { join } from 'node:path';
import { median, minMedMax, openConsole, root } from './pages.mjs';
import { printProfile, startProfile, stopProfile } from './profile.mjs';

const MINORS = ['Lunch', 'Break', 'Meeting'];

async function taskMs(cdp) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const read = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
        task: read('TaskDuration'),
        script: read('ScriptDuration'),
        layout: read('LayoutDuration') + read('RecalcStyleDuration')
    };
}

/** One window of `windowMs`: `start` starts its work in the page; returns the main-thread milliseconds it held. */
async function windowOf(cdp, page, windowMs, start) {
    const before = await taskMs(cdp);
    await start();
    await page.waitForTimeout(windowMs);
    const after = await taskMs(cdp);
    return {
        task: after.task - before.task,
        script: after.script - before.script,
        layout: after.layout - before.layout
    };
}

/** Fills the audit with `count` Omni status changes, in bursts, then lets the sync settle. */
async function fill(setup, count) {
    await setup.page.evaluate(async (n) => {
        const omni = window.omniSimulator;
        const ids = ['Lunch', 'Break', 'Meeting'].map((name) => omni.statuses.find((s) => s.developerName === name).id);
        for (let i = 0; i < n; i++) {
            omni.chooseStatus(ids[i % ids.length]);
            if (i % 25 === 24) await new Promise((resolve) => setTimeout(resolve, 30));
        }
    }, count);
    await setup.page.waitForTimeout(1500);
}

/** The median window of `changes` changes each way and of as many bare round trips, the utility open or closed. */
async function measure(setup, cdp, { changes, windowMs, size }) {
    const { page, pad, statusIds } = setup;
    const bare = [];
    const toSoftphone = [];
    const toOmni = [];
    const parts = { script: [], layout: [] };
    for (let i = 0; i < changes * 2; i++) {
        const minor = MINORS[i % MINORS.length];
        bare.push(
            (
                await windowOf(cdp, page, windowMs, () =>
                    page.evaluate((s) => void setTimeout(() => window.benchHarness.bare(s), 0), size)
                )
            ).task
        );
        let span;
        if (i % 2 === 0) {
            span = await windowOf(cdp, page, windowMs, () =>
                page.evaluate((id) => void setTimeout(() => window.omniSimulator.chooseStatus(id), 0), statusIds[minor])
            );
            toSoftphone.push(span.task);
            const state = await pad.evaluate(() => window.contactPad.state?.minor ?? null);
            if (state !== minor) throw new Error(`ContactPad at ${state}, not ${minor}, after Omni ${minor}`);
        } else {
            span = await windowOf(cdp, page, windowMs, () =>
                pad.evaluate((m) => void setTimeout(() => window.benchChangeState('Away', m), 0), minor)
            );
            toOmni.push(span.task);
            const state = await page.evaluate(() => window.omniSimulator.status()?.developerName ?? null);
            if (state !== minor) throw new Error(`Omni at ${state}, not ${minor}, after ContactPad ${minor}`);
        }
        parts.script.push(span.script);
        parts.layout.push(span.layout);
    }
    const base = median(bare);
    return {
        base,
        toSoftphone: toSoftphone.map((ms) => ms - base),
        toOmni: toOmni.map((ms) => ms - base),
        script: median(parts.script),
        layout: median(parts.layout)
    };
}

/**
 * For each audit size, a console page filled to it; the changes measured with the utility open, then closed (its
 * button in the utility bar). Prints min / median / max per change, less the bare window's median. With `profile`,
 * the page's main thread is also sampled over each row's windows and the functions with the most self time printed
 * (scripts/bench-e2e/profile.mjs).
 */
export async function mainThread({ browser, simulator, sizes = [10, 200, 5000], changes, windowMs, profile = false }) {
    const crossSitePad = simulator.padOrigin.replace('//localhost:', '//127.0.0.1:');
    const rows = [];
    for (const entries of sizes) {
        const setup = await openConsole(browser, simulator, crossSitePad, `?set=Audit_Log_Size__c:${entries}`);
        try {
            const cdp = await setup.context.newCDPSession(setup.page);
            await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
            await fill(setup, Math.ceil(entries * 1.2) + 3);
            await setup.page.evaluate(() => (window.benchQuiet = true));
            const size = 250;
            for (const utility of ['open', 'closed']) {
                if (utility === 'closed') {
                    await setup.page.click('[data-test="utility-presence-sync"]');
                    await setup.page.waitForTimeout(300);
                }
                if (profile) await startProfile(cdp);
                const result = await measure(setup, cdp, { changes, windowMs, size });
                if (profile)
                    printProfile(
                        `Profile, audit ${entries}, utility ${utility}, ${changes * 2} changes and as many bare round trips`,
                        await stopProfile(cdp, join(root, `test-results/bench-thread-${entries}-${utility}.cpuprofile`))
                    );
                rows.push({ entries, utility, ...result });
            }
        } finally {
            await setup.context.close();
        }
    }
    console.log(
        `\nMain-thread time per change in the console page (Chromium's TaskDuration over a ${windowMs} ms window, less a bare round trip's window; ${changes} changes each way per row), ms, min / median / max:`
    );
    console.log(
        `  ${'audit'.padEnd(7)}${'utility'.padEnd(9)}${'Omni → softphone'.padEnd(26)}${'softphone → Omni'.padEnd(26)}${'bare window'.padEnd(13)}median window: script, style+layout`
    );
    for (const row of rows) {
        console.log(
            `  ${String(row.entries).padEnd(7)}${row.utility.padEnd(9)}${minMedMax(row.toSoftphone).padEnd(26)}${minMedMax(row.toOmni).padEnd(26)}${row.base.toFixed(3).padEnd(13)}${row.script.toFixed(3)}, ${row.layout.toFixed(3)}`
        );
    }
    const worst = (utility) =>
        Math.max(
            ...rows.filter((r) => r.utility === utility).flatMap((r) => [median(r.toSoftphone), median(r.toOmni)])
        );
    console.log(
        `  Goal: under 1 ms per change closed (worst median ${worst('closed').toFixed(3)} ms), under 2 ms open (worst median ${worst('open').toFixed(3)} ms).`
    );
    return rows;
}
