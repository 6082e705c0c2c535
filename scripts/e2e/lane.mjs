// One lane of the browser suite: a child process of scripts/e2e.mjs with its own headless Chromium. It loads every
// test file, then runs the tests the runner hands it one at a time, each in a new browser context against the
// simulator the runner names (its own per lane and mode, so no two tests ever share a simulator at once; the next
// test's context and its first page are made while the test before it runs), and
// answers each with its result (its wall time, and how much of it its console pages took to start) and what the
// test printed. Its own module copy of lib.mjs's `ctx` is what the tests read, so lanes never see each other's
// simulator or mode.
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { ctx } from './lib.mjs';
import { launch } from './chromium.mjs';

const folder = dirname(fileURLToPath(import.meta.url));

/** Every test of every file in scripts/e2e/, in file order: [name, test, file] triples (file: its base name). */
export async function loadTests() {
    const files = (await readdir(folder)).filter((name) => name.endsWith('.test.mjs')).sort();
    const all = [];
    for (const file of files) {
        const module = await import(pathToFileURL(join(folder, file)).href);
        all.push(...module.tests.map(([name, test]) => [name, test, file]));
    }
    return all;
}

const VIEWPORT = { width: 1400, height: 900 };

/**
 * A new browser context for the next test, made ahead of time, with one blank page already open (its renderer
 * started): the test's first `context.newPage()` gets that page, later ones new pages as usual. Nothing else is
 * shared: each test still has a context of its own (a new user and agent to the simulator).
 */
async function preparedContext(browser) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    let spare = await context.newPage();
    const newPage = context.newPage.bind(context);
    context.newPage = async () => {
        const page = spare;
        spare = null;
        return page && !page.isClosed() ? page : newPage();
    };
    return context;
}

async function lane() {
    const tests = await loadTests();
    let browser = null;
    /** The next test's context (a promise), prepared while the test before it runs. */
    let next = null;
    const prepare = () => {
        next = (browser ??= launch()).then(preparedContext);
        next.catch(() => {}); // a failure shows when the test that would use it asks for it
    };
    /** What the running test prints goes with its result, so that lanes running at once do not mix their lines. */
    let printed = [];
    for (const method of ['log', 'error', 'warn', 'info']) console[method] = (...args) => printed.push(format(...args));

    // The runner stops a lane when its jobs are done, or ends (the channel closes): the lane closes its Chromium.
    const stop = async () => {
        await (await browser?.catch(() => null))?.close().catch(() => {});
        process.exit(0);
    };
    process.on('disconnect', stop);
    process.on('message', async (message) => {
        if (message.type === 'stop') return stop();
        if (message.type !== 'run') return;
        const { job, index, mode, simulator, screenshots } = message;
        Object.assign(ctx, { simulator, mode, screenshots, startupMs: 0 });
        printed = [];
        const result = { type: 'result', job, status: 'passed', ms: 0, message: '' };
        let context = null;
        let started = Date.now();
        try {
            if (next === null) prepare();
            const ready = next;
            next = null;
            context = await ready.catch(() => {
                // A context prepared on a browser that has since failed: one more try, on a new browser.
                browser = null;
                prepare();
                const retry = next;
                next = null;
                return retry;
            });
            // The next test's context is made while this one runs.
            prepare();
            if (!tests[index]) throw new Error(`no test ${index} in this lane`);
            started = Date.now();
            await tests[index][1](context);
        } catch (error) {
            result.status = error?.skipped === true ? 'skipped' : 'failed';
            result.message = error?.message ?? String(error);
        } finally {
            result.ms = Date.now() - started;
            result.startupMs = ctx.startupMs;
            await context?.close().catch(() => {});
        }
        result.printed = printed;
        process.send(result);
    });
    // The first test's context is made while the runner starts the simulators.
    prepare();
    process.send({ type: 'ready', tests: tests.length });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    lane().catch((error) => {
        process.stderr.write(`${error.stack ?? error.message}\n`);
        process.exit(1);
    });
}
