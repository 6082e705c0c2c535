// Where the console page's main thread spends a benchmark's changes (`npm run bench:e2e -- --only thread --profile`):
// Chromium's sampling CPU profiler (the DevTools protocol's Profiler domain) runs over the open utility's changes at
// each audit size, and the functions with the most self time are printed, each with its share of the time the page's
// thread was busy (idle time left out). The shipped modules are minified: for names, build the readable copies
// (`node scripts/build-readable.mjs`) and put them in place of the generated ones for the run (the simulator compiles
// force-app/ as it finds it); `git checkout force-app/main/default/lwc` restores them. Each profile is also written to
// test-results/ as a .cpuprofile file, which Chromium's DevTools (Performance panel) opens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Starts sampling every `intervalUs` microseconds of the page's main thread. */
export async function startProfile(cdp, intervalUs = 100) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
}

/** A profile node's function: its name with its script's file name, line and column (native ones by name). */
function nameOf(frame) {
    const name = frame.functionName || '(anonymous)';
    if (frame.url === '') return name;
    return `${name} ${basename(frame.url.split('?')[0])}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

/** Rows of `{ name, ms, share }` from milliseconds by name, most first; `share` of `busy`. */
const rowsOf = (byName, busy) =>
    [...byName.entries()]
        .map(([name, ms]) => ({ name, ms, share: busy > 0 ? ms / busy : 0 }))
        .sort((a, b) => b.ms - a.ms);

/**
 * Stops sampling (and writes the profile to `file`, if given); returns the functions by self time (`self`) and by time with their callees (`inclusive`), most
 * first, each `{ name, ms, share }` with `share` of the busy milliseconds (`busy`: every sample but idle ones).
 */
export async function stopProfile(cdp, file = null) {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    if (file !== null) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(profile));
    }
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const self = new Map();
    const inclusive = new Map();
    let busy = 0;
    profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i] ?? 0) / 1000;
        const node = nodes.get(id);
        if (!node || node.callFrame.functionName === '(idle)') return;
        busy += ms;
        const name = nameOf(node.callFrame);
        self.set(name, (self.get(name) ?? 0) + ms);
        // Each function on the stack once, however often it recurses.
        const onStack = new Set();
        for (let at = id; at !== undefined; at = parents.get(at)) onStack.add(nameOf(nodes.get(at).callFrame));
        onStack.delete('(root)');
        for (const caller of onStack) inclusive.set(caller, (inclusive.get(caller) ?? 0) + ms);
    });
    return { self: rowsOf(self, busy), inclusive: rowsOf(inclusive, busy), busy };
}

/** Prints the `top` functions of a profile by self time and by time with their callees, under `title`. */
export function printProfile(title, { self, inclusive, busy }, top = 20) {
    const print = (rows) => {
        for (const row of rows.slice(0, top))
            console.log(
                `  ${row.ms.toFixed(2).padStart(8)}  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`
            );
    };
    console.log(`\n${title}: ${busy.toFixed(1)} ms busy. The functions with the most self time (ms, share of busy):`);
    print(self);
    console.log('  With their callees:');
    print(inclusive);
}
