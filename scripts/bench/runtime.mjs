// The runtime's figures in Node, on the test harness (fake browser and timers, a toolkit that answers
// at once, the bridge harness's softphone): the whole cost of a change (the Omni event, the bridge's
// messages both ways, the deferred save and view), start-up to the first command, and the heap over a
// simulated shift. Costs are CPU time of this process (see stats.mjs), each over many changes.
import { getHeapCodeStatistics } from 'node:v8';
import { cpuMicros, hr, microsBetween, spread } from './stats.mjs';

/** Builds the runtime's test harness (runtime, fake browser, fake toolkit, softphone pair) for Node. */
export async function buildRuntimeHarness() {
    const { rollup } = await import('rollup');
    const typescript = (await import('@rollup/plugin-typescript')).default;
    const json = {
        name: 'json',
        transform(code, id) {
            return id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null;
        }
    };
    const bundle = await rollup({
        input: 'src-ts/test-support/runtime-harness.ts',
        plugins: [
            json,
            typescript({
                tsconfig: './tsconfig.json',
                include: ['src-ts/**/*.ts'],
                exclude: ['src-ts/**/*.test.ts'],
                compilerOptions: { noEmit: false, types: [] }
            })
        ],
        onwarn: () => undefined
    });
    const file = 'dist/bench-runtime.mjs';
    await bundle.write({ file, format: 'es' });
    await bundle.close();
    return import(`../../${file}`);
}

const FLUSH_MS = 25;
/** Changes made before any is timed, at least. */
const WARM_UP_CHANGES = 1000;
const STATUSES = ['Break', 'Lunch', 'Meeting'];

/** One change: an Omni status change, the softphone's command and echo over the bridge, the save and view. */
async function change(harness, tab, index) {
    const status = STATUSES[index % STATUSES.length];
    tab.runtime.omniEvent('omniChannelStatusChanged', {
        statusId: harness.statusId(status),
        statusApiName: status,
        statusName: status,
        channels: '[]',
        reason: 'OmniManualStatusChange'
    });
    await harness.settle(tab, 2);
    tab.browser.clock.advance(FLUSH_MS);
}

/** Counts what a browser's tabs write to its storage: UTF-16 code units of key and value, two bytes each. */
function countWrites(browser) {
    const counter = { bytes: 0 };
    const write = browser.write.bind(browser);
    browser.write = (win, key, value) => {
        if (value !== null) counter.bytes += 2 * (key.length + value.length);
        write(win, key, value);
    };
    return counter;
}

/** The harness's own records grow with every call, view and message: emptied, so that only the runtime's memory counts. */
function forgetHarnessRecords(toolkit, tab) {
    toolkit.calls.length = 0;
    tab.views.length = 0;
    tab.pair.commands.length = 0;
    // The harness's message bus keeps a log of every frame message (seven a change): the creep of the heap.
    tab.pair.bus.log.length = 0;
}

/**
 * The whole cost of a change with `auditEntries` in the log (filled first): µs of CPU per change, the
 * mean of each round of `changes`, over `rounds` rounds; and the bytes written to storage per change.
 */
export async function costPerChange(harness, auditEntries, rounds, changes) {
    const toolkit = new harness.FakeToolkit();
    const tab = harness.openTab({ toolkit, settings: { Audit_Log_Size__c: auditEntries } });
    tab.pair.client.start();
    tab.runtime.start();
    await harness.settle(tab);
    // Fills the log, and warms the code up as much whatever its size (the first log measured is not the coldest).
    for (let i = 0; i < Math.max(auditEntries, WARM_UP_CHANGES) + changes; i++) {
        await change(harness, tab, i);
        if (i % 500 === 0) forgetHarnessRecords(toolkit, tab);
    }
    const entries = JSON.parse(tab.runtime.exportAudit('json')).entries.length;
    const counter = countWrites(tab.browser);
    const saving = timeSaves(tab);
    const means = [];
    const saveMeans = [];
    for (let round = 0; round < rounds; round++) {
        forgetHarnessRecords(toolkit, tab);
        saving.micros = 0;
        const started = cpuMicros();
        for (let i = 0; i < changes; i++) await change(harness, tab, i);
        means.push((cpuMicros() - started) / changes);
        saveMeans.push(saving.micros / changes);
    }
    tab.runtime.stop();
    return { entries, micros: spread(means), saves: spread(saveMeans), bytes: counter.bytes / (rounds * changes) };
}

/**
 * Times the tab's saves (the saved state store's `save`: the save at once of a person's choice and the save delay's
 * save after the softphone's answer), in µs of elapsed time (the process's CPU clock is too coarse for one save).
 */
function timeSaves(tab) {
    const store = tab.runtime.store;
    const timing = { micros: 0 };
    // The save at once is `saveLogout` (the logout marker, then the state by `save`): timed once, not twice.
    let depth = 0;
    for (const name of ['save', 'saveLogout']) {
        const original = store[name].bind(store);
        store[name] = (...args) => {
            const started = depth === 0 ? hr() : 0n;
            depth++;
            try {
                original(...args);
            } finally {
                depth--;
                if (depth === 0) timing.micros += microsBetween(started, hr());
            }
        };
    }
    return timing;
}

/**
 * A shift's start: the console loads with the softphone logged in (Away, Lunch) and Omni offline or
 * online; Apex answers the configuration after `apexDelayMs` (simulated), the softphone at once.
 * Returns the simulated ms from the later of the two answers to the first reconciliation command
 * (toolkit or softphone), and our own CPU ms to get there.
 */
export async function shiftStart(harness, { omniOnline, apexDelayMs }) {
    const toolkit = new harness.FakeToolkit(omniOnline ? 'Available' : null);
    const tab = harness.openTab({
        toolkit,
        configureLater: true,
        session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
    });
    const clock = tab.browser.clock;
    const opened = clock.now();
    const cpuStarted = cpuMicros();
    tab.pair.client.start();
    tab.runtime.start();
    const commanded = () => toolkit.presenceCalls().length > 0 || tab.pair.commands.length > 0;
    let configuredAt = null;
    const STEP_MS = 5;
    for (let turn = 0; turn < 4000 && !commanded(); turn++) {
        if (configuredAt === null && clock.now() - opened >= apexDelayMs) {
            tab.runtime.configure(tab.configuration);
            configuredAt = clock.now();
        }
        await harness.settle(tab, 2);
        if (!commanded()) clock.advance(STEP_MS);
    }
    const cpuMs = (cpuMicros() - cpuStarted) / 1000;
    if (!commanded()) throw new Error('no command at the start of a shift');
    const waitedMs = clock.now() - (configuredAt ?? opened);
    tab.runtime.stop();
    return { waitedMs, cpuMs, command: [...toolkit.presenceCalls(), ...tab.pair.commands.map((c) => c.type)][0] };
}

/**
 * A console reload with the softphone logged in: the last driver saved its state and a full log
 * (the default 200 entries) and closed; a new tab starts. Our own work (wall µs) to the first
 * presence command; the clock stands still unless nothing is left to run.
 */
export async function reloadStart(harness) {
    const toolkit = new harness.FakeToolkit();
    const first = harness.openTab({ toolkit });
    first.pair.client.start();
    first.runtime.start();
    await harness.settle(first);
    for (let i = 0; i < 200; i++) await change(harness, first, i);
    first.runtime.stop();
    toolkit.status = 'Available';
    const commandsBefore = toolkit.presenceCalls().length;
    const started = hr();
    const tab = harness.openTab({
        toolkit,
        browser: first.browser,
        tabId: 'tab-reloaded',
        session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
    });
    tab.pair.client.start();
    tab.runtime.start();
    const clockStart = tab.browser.clock.now();
    const commanded = () => toolkit.presenceCalls().length > commandsBefore || tab.pair.commands.length > 0;
    for (let turn = 0; turn < 10_000 && !commanded(); turn++) {
        await tab.pair.settle();
        tab.browser.clock.advance(0);
        if (!commanded() && turn % 3 === 2) tab.browser.clock.advance(1);
    }
    const elapsed = microsBetween(started, hr());
    if (!commanded()) throw new Error('no command after a reload');
    tab.runtime.stop();
    return { micros: elapsed, waitedMs: tab.browser.clock.now() - clockStart };
}

/**
 * A simulated shift of `hours`: a change every `everyMs` (simulated), the heap measured after a full
 * collection at the end of each hour (the harness's own records emptied first). `gc` is V8's.
 * `perHour` is the heap in use (MB); `codePerHour` the part of it that is V8's compiled code, bytecode
 * and their metadata (node:v8 `getHeapCodeStatistics`), which grows while V8 optimises the runtime's
 * functions and does not hold the runtime's data.
 */
export async function heapOverShift(harness, gc, { hours, everyMs }) {
    const toolkit = new harness.FakeToolkit();
    const tab = harness.openTab({ toolkit });
    tab.pair.client.start();
    tab.runtime.start();
    await harness.settle(tab);
    const heapMb = () => {
        forgetHarnessRecords(toolkit, tab);
        gc();
        gc();
        const code = getHeapCodeStatistics();
        codePerHour.push((code.code_and_metadata_size + code.bytecode_and_metadata_size) / 1e6);
        return process.memoryUsage().heapUsed / 1e6;
    };
    const codePerHour = [];
    const perHour = [heapMb()];
    const changesPerHour = Math.round(3_600_000 / everyMs);
    let index = 0;
    for (let hour = 0; hour < hours; hour++) {
        for (let i = 0; i < changesPerHour; i++) {
            await change(harness, tab, index++);
            tab.browser.clock.advance(everyMs - FLUSH_MS);
            await harness.settle(tab, 1);
        }
        perHour.push(heapMb());
    }
    tab.runtime.stop();
    return { perHour, codePerHour, changes: index };
}
