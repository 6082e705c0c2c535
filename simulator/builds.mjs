// The simulator's built scripts (the console page per language and security mode, the softphone's bridge client, the
// Setup page per language), each built once and shared by every simulator of one process that is handed the same
// `simulatorBuilds()`: the browser suite starts one simulator per lane and mode, and the builds (rollup with the LWC
// compiler, the slowest part of a start) happen once for all of them.
// With `threads: true` the console and Setup pages are built in worker threads (warm(): one per security mode,
// English, Spanish, then a Setup page, each thread with its rollup cache), so that the builds use the
// machine's other cores and never hold up the process's event loop, which answers the simulators' requests meanwhile:
// a page whose script is still being built waits for it, never a whole simulator.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { rollup } from 'rollup';
import { buildConsole } from './build.mjs';
import { buildSetupPage } from './setup/build.mjs';
import { softphoneClient } from '../rollup.config.mjs';

/** The languages the console is built in (simulator/server.mjs serves `?lang=es`, and English otherwise). */
export const CONSOLE_LANGUAGES = ['en', 'es'];

/** The softphone's bridge client as the package ships it (rollup.config.mjs), as one script for ContactPad's page. */
export async function buildClient() {
    const { output: outputs, ...input } = softphoneClient;
    const bundle = await rollup({ ...input, onwarn: () => {} });
    const iife = outputs.find((output) => output.format === 'iife');
    const { output } = await bundle.generate(iife);
    await bundle.close();
    return output[0].code;
}

/**
 * Builds `tasks` ({kind: 'console', language, lws} or {kind: 'setup', language}) in turn in one worker thread (the
 * later ones reuse the thread's rollup cache); returns one promise per task, each settled as its script comes.
 */
function buildInThread(tasks) {
    const settlers = [];
    const promises = tasks.map(
        () =>
            new Promise((resolve, reject) => {
                settlers.push({ resolve, reject });
            })
    );
    for (const promise of promises) promise.catch(() => {}); // a warmed script nobody asks for may fail unobserved
    const worker = new Worker(new URL(import.meta.url), { workerData: { tasks } });
    worker.on('message', ({ task, code, error }) => {
        if (error) settlers[task].reject(new Error(`building ${JSON.stringify(tasks[task])}: ${error}`));
        else settlers[task].resolve(code);
    });
    const failAll = (error) => {
        for (const settler of settlers) settler.reject(error);
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the build thread ended (exit ${code})`)));
    return promises;
}

/**
 * One set of builds, shared by the simulators it is handed to. Each getter builds on first use and hands every later
 * caller the same promise.
 * @param {{threads?: boolean}} [options] `threads`: build the console and Setup pages in worker threads.
 */
export function simulatorBuilds({ threads = false } = {}) {
    const scripts = new Map();
    let client = null;
    const keyOf = (task) => `${task.kind} ${task.language}${task.lws ? ' lws' : ''}`;
    const inProcess = (task) =>
        task.kind === 'setup'
            ? buildSetupPage({ language: task.language })
            : buildConsole({ language: task.language, lws: task.lws });
    /** The scripts of `tasks` not yet built or under way, started: in one thread (in turn), or here. */
    const start = (tasks) => {
        const fresh = tasks.filter((task) => !scripts.has(keyOf(task)));
        if (fresh.length === 0) return;
        const promises = threads ? buildInThread(fresh) : fresh.map(inProcess);
        fresh.forEach((task, index) => scripts.set(keyOf(task), promises[index]));
    };
    const script = (task) => {
        start([task]);
        return scripts.get(keyOf(task));
    };
    const builds = {
        client: () => (client ??= buildClient()),
        console: (language, lws) => script({ kind: 'console', language, lws: Boolean(lws) }),
        setupPage: (language) => script({ kind: 'setup', language }),
        /**
         * Starts now, in the background, every console build of the given modes (`lws` true or false), English
         * first, and with `setup` the Setup page's, so that no page waits for its script to be built.
         */
        warm(lwsModes, { setup = false } = {}) {
            builds.client();
            // One thread per mode, no more: the English pages every simulator waits for get the cores first, and
            // the Setup pages come last, after each thread's Spanish console.
            const lists = lwsModes.map((lws) =>
                CONSOLE_LANGUAGES.map((language) => ({ kind: 'console', language, lws: Boolean(lws) }))
            );
            if (setup && lists.length > 0)
                CONSOLE_LANGUAGES.forEach((language, index) =>
                    lists[index % lists.length].push({ kind: 'setup', language })
                );
            for (const list of lists) start(list);
        }
    };
    return builds;
}

// In a build thread: build the tasks in turn and post each script.
if (!isMainThread && workerData?.tasks) {
    for (const [task, { kind, language, lws }] of workerData.tasks.entries()) {
        try {
            const code = kind === 'setup' ? await buildSetupPage({ language }) : await buildConsole({ language, lws });
            parentPort.postMessage({ task, code });
        } catch (error) {
            parentPort.postMessage({ task, error: error.stack ?? error.message });
        }
    }
}
