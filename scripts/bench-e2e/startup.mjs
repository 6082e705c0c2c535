// Start-up in the browser (part of scripts/bench-e2e.mjs): a console (re)load with ContactPad logged in, until the
// sync's first reconciliation command, with Omni-Channel offline (the usual state at the start of a shift: the
// command is `login`) and online in another status (the command is setServicePresenceStatus), the panel's Apex read
// answered after 0, 300 or 3,000 ms. Each run loads the console again in one page of one browser context, with
// nothing the sync saved in the browser (as a shift's first console): the org's Omni session and ContactPad's
// server session are set first (simulator/sessions.mjs), as the console finds them at the start of a shift.
// Measured on the console page's clock (performance.now(), from navigation): when the panel's Apex read answers,
// when ContactPad's first bridge message arrives, and when the first command leaves (a toolkit `login`, `logout` or
// setServicePresenceStatus, or a command to ContactPad), with the toolkit reads made before it.
import { median, minMedMax, f0 } from './pages.mjs';

const SESSIONS = {
    offline: {
        omni: () => ({ online: false, statusId: null, works: [], workSeq: 0 }),
        pad: { major: 'Ready', minor: null }
    },
    online: {
        omni: (ids) => ({ online: true, statusId: ids.Available, works: [], workSeq: 0 }),
        pad: { major: 'Away', minor: 'Lunch' }
    }
};

/** A load with no command this long after its Apex answer is counted as one without a command. */
const NO_COMMAND_MS = 15_000;

/** Run in the console page before its own scripts: delays the panel's Apex read and stamps the moments above. */
function startupHarness(padOrigin) {
    if (window.location.pathname !== '/') return;
    // The delay comes in the address's fragment, which neither the server nor the console reads.
    const delay = Number(/benchApexDelay=(\d+)/.exec(window.location.hash)?.[1] ?? 0);
    // A shift's first console: nothing the sync saved in this browser (its saved state would make a reload after the
    // run before, where the sync logged Omni in, a different case from the shift's start).
    window.localStorage.clear();
    const marks = { apexAt: null, padAt: null, commandAt: null, command: null, readsBefore: 0 };
    window.benchStartup = marks;
    const realFetch = window.fetch.bind(window);
    let configurationReads = 0;
    window.fetch = (input, init) => {
        // The first read is the simulated console's own (its Omni widget's statuses); the next are the panel's Apex.
        if (!String(input).startsWith('/api/configuration') || configurationReads++ === 0)
            return realFetch(input, init);
        return new Promise((resolve) => setTimeout(resolve, delay))
            .then(() => realFetch(input, init))
            .then((response) => {
                if (marks.apexAt === null) marks.apexAt = performance.now();
                return response;
            });
    };
    window.addEventListener(
        'message',
        (event) => {
            if (marks.padAt !== null || event.origin !== padOrigin || typeof event.data !== 'string') return;
            if (event.data.includes('"omni-presence-bridge"')) marks.padAt = performance.now();
        },
        true
    );
    // A command to ContactPad: the sync encodes it as a protocol string just before it posts it.
    const stringify = JSON.stringify;
    JSON.stringify = function (...args) {
        const out = stringify.apply(this, args);
        if (marks.commandAt === null && typeof out === 'string' && out.includes('"omni-presence-bridge"')) {
            const type = /"type":"(setState|login|logout)"/.exec(out)?.[1];
            if (type) {
                marks.commandAt = performance.now();
                marks.command = `ContactPad ${type}`;
            }
        }
        return out;
    };
    let omni;
    Object.defineProperty(window, 'omniSimulator', {
        configurable: true,
        get: () => omni,
        set: (value) => {
            omni = value;
            const call = value.call.bind(value);
            value.call = (method, args) => {
                if (marks.commandAt === null) {
                    if (['login', 'logout', 'setServicePresenceStatus'].includes(method)) {
                        marks.commandAt = performance.now();
                        marks.command = method;
                    } else marks.readsBefore++;
                }
                return call(method, args);
            };
        }
    });
}

/** `runs` reloads per Omni state and Apex delay; prints min / median / max of each figure. */
export async function startup({ browser, simulator, runs, delays = [0, 300, 3000] }) {
    const padOrigin = simulator.padOrigin;
    const context = await browser.newContext();
    const results = [];
    const missed = [];
    try {
        const configuration = await (await context.request.get(`${simulator.consoleUrl}api/configuration`)).json();
        const ids = Object.fromEntries(configuration.statuses.map((s) => [s.developerName, s.id]));
        // One page, reloaded for each run, as an agent reloads the console (a closed page's tab would still hold the
        // sync's lease for a while, and the next page would wait for it).
        const page = await context.newPage();
        await page.addInitScript(startupHarness, padOrigin);
        for (const state of ['offline', 'online']) {
            for (const delay of delays) {
                const samples = [];
                for (let run = 0; run < runs; run++) {
                    const sessions = SESSIONS[state];
                    // The page before is left first and has saved its sessions: they are set over them.
                    await page.goto('about:blank');
                    await page.waitForTimeout(500);
                    await context.request.post(`${simulator.consoleUrl}api/omni-session`, {
                        data: { tab: 'bench', session: sessions.omni(ids), events: [] }
                    });
                    await context.request.post(`${padOrigin}/api/pad-session`, {
                        data: { loggedIn: true, state: sessions.pad, call: null, works: [], callSeq: 0 }
                    });
                    // From about:blank, the next address is a new document even when only its fragment differs.
                    await page.goto(`${simulator.consoleUrl}#benchApexDelay=${delay}`);
                    const came = await page
                        .waitForFunction(() => window.benchStartup.commandAt !== null, null, {
                            timeout: NO_COMMAND_MS + delay
                        })
                        .then(
                            () => true,
                            () => false
                        );
                    const marks = await page.evaluate(() => ({ ...window.benchStartup }));
                    // A load with no command is counted and said (with the toolkit calls it made), not timed.
                    if (came) samples.push(marks);
                    else missed.push(`${state}, Apex ${delay} ms: ${marks.readsBefore} toolkit reads, no command`);
                }
                results.push({ state, delay, samples });
            }
        }
    } finally {
        await context.close();
    }
    console.log(
        `\nStart-up, a console reload with ContactPad logged in, until the first reconciliation command (${runs} reloads each; ms on the console page's clock, min / median / max):`
    );
    console.log(
        `  ${'Omni at load'.padEnd(13)}${'Apex'.padEnd(9)}${'command'.padEnd(27)}${'navigation → command'.padEnd(25)}${'both answered → command'.padEnd(26)}reads before`
    );
    for (const { state, delay, samples } of results) {
        if (samples.length === 0) {
            console.log(`  ${state.padEnd(13)}${`${delay} ms`.padEnd(9)}no load made a command`);
            continue;
        }
        const toCommand = samples.map((s) => s.commandAt);
        const afterBoth = samples.map((s) => s.commandAt - Math.max(s.apexAt ?? 0, s.padAt ?? 0));
        const kinds = [...new Set(samples.map((s) => s.command))].join(', ');
        console.log(
            `  ${state.padEnd(13)}${`${delay} ms`.padEnd(9)}${kinds.padEnd(27)}${minMedMax(toCommand, f0).padEnd(25)}${minMedMax(afterBoth, f0).padEnd(26)}${median(samples.map((s) => s.readsBefore))}`
        );
    }
    console.log(
        '  Goal: the first command at most 100 ms after both the configuration and the softphone have answered.'
    );
    return results;
}
