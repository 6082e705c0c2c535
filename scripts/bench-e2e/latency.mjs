// Latency in the browser (part of scripts/bench-e2e.mjs): three legs interleaved round by round, on a same-site and a
// cross-site softphone page (simulator/bench/README.md says how each leg is measured and why it is fair):
//   bare              a JSON string as large as a bridge message, console → softphone frame → console;
//   Omni → softphone  an Omni status event reaches the utility → the sync's command reaches ContactPad's handler →
//                     a bare JSON string back to the console;
//   softphone → Omni  a bare JSON string asks ContactPad for the agent's change → ContactPad reports it over the
//                     bridge → the sync calls setServicePresenceStatus.
// Beside each direction, the sync's own part on the console's clock: Omni → softphone from the event reaching the
// utility until the task that posted the command returns (Chromium forwards a message to a frame in another process
// only then), softphone → Omni from ContactPad's report arriving to the toolkit call; the leg less that part is
// transport and the softphone's own work, the same kind of time as the bare round trip.
import { join } from 'node:path';
import { f3, mean, median, openConsole, root, summary } from './pages.mjs';
import { printProfile, startProfile, stopProfile } from './profile.mjs';

/** The samples the harness stamped (it leaves null where it missed a stamp). */
const known = (samples) => samples.filter((value) => value !== null);

/** One round: the three legs, each from its own task after a rest. */
async function round(setup, i, size, rest) {
    const minor = i % 2 === 0 ? 'Lunch' : 'Break';
    const result = await setup.page.evaluate(
        async ([restMs, minorState, meetingId, bareSize]) => {
            const h = window.benchHarness;
            await h.sleep(restMs);
            const bare = await h.bare(bareSize);
            await h.sleep(restMs);
            const toOmni = await h.toOmni('Away', minorState, bareSize);
            await h.untilStatus(minorState);
            await h.sleep(restMs);
            const toSoftphone = await h.toSoftphone(meetingId);
            return { bare, toOmni, toSoftphone };
        },
        [rest, minor, setup.statusIds.Meeting, size]
    );
    // Every change was one: ContactPad took Omni's Meeting.
    await setup.pad.waitForFunction(() => window.contactPad.state?.minor === 'Meeting', null, { timeout: 5000 });
    return result;
}

/**
 * Runs `rounds` rounds per softphone origin and prints each leg's figures and each direction's median against its bare
 * round trip's (the goal: at most `goal`×). Returns the ratios.
 */
export async function latency({ browser, simulator, rounds: N, rest, goal, profile = false }) {
    const consoleOrigin = new URL(simulator.consoleUrl).origin;
    const sameSitePad = simulator.padOrigin;
    const crossSitePad = sameSitePad.replace('//localhost:', '//127.0.0.1:');
    const setups = [
        { name: 'same-site', ...(await openConsole(browser, simulator, sameSitePad)) },
        { name: 'cross-site', ...(await openConsole(browser, simulator, crossSitePad)) }
    ];
    try {
        // The simulated org saves nothing meanwhile (`benchQuiet`, as in the main-thread part): its Omni session write,
        // a fetch started with each status change just before the event reaches the utility, would run inside the
        // Omni → softphone window only (the browser's network work on this 2-core machine; about 0.6 ms of that leg
        // in one run) and in no bare round trip. It is the simulator's bookkeeping, not the sync's or the bridge's.
        for (const setup of setups) await setup.page.evaluate(() => (window.benchQuiet = true));
        // Warm up, ending in a state the first measured change differs from; learn the bridge's sizes.
        let size = 0;
        for (const setup of setups) {
            for (const warmUp of ['Lunch', 'Break', 'Meeting']) {
                await setup.pad.evaluate((m) => window.benchChangeState('Away', m), warmUp);
                await setup.page.waitForTimeout(150);
            }
            const sizes = await setup.page.evaluate(() => window.benchHarness.sizes);
            size = Math.max(size, median([...sizes.toPad, ...sizes.fromPad]));
        }
        for (const setup of setups) await setup.pad.evaluate((value) => window.benchPad.setSize(value), size);
        for (const setup of setups) {
            for (let i = 0; i < 4; i++) await round(setup, i, size, rest);
            await setup.pad.evaluate(() => window.benchPad.take());
            setup.samples = {
                bare: [],
                postMs: [],
                toOmni: [],
                toOmniSync: [],
                toOmniRest: [],
                toSoftphone: [],
                toSoftphoneRest: [],
                taskMs: [],
                encodeMs: [],
                commandPostMs: [],
                pad: []
            };
        }
        // Interleaved: the two pages take turns, ten rounds at a time, so both meet the same load.
        for (let block = 0; block * 10 < N; block++) {
            for (const setup of setups) {
                for (let i = block * 10; i < Math.min(N, block * 10 + 10); i++) {
                    const { bare, toOmni, toSoftphone } = await round(setup, i, size, rest);
                    const s = setup.samples;
                    s.bare.push(bare.ms);
                    s.postMs.push(bare.postMs);
                    s.toOmni.push(toOmni.ms);
                    if (toOmni.syncMs !== null) {
                        s.toOmniSync.push(toOmni.syncMs);
                        s.toOmniRest.push(toOmni.ms - toOmni.syncMs);
                    }
                    s.toSoftphone.push(toSoftphone.ms);
                    // Null where the harness missed a stamp; the parts below skip those rounds.
                    s.taskMs.push(toSoftphone.taskMs);
                    s.encodeMs.push(toSoftphone.encodeMs);
                    s.commandPostMs.push(toSoftphone.postMs);
                    if (toSoftphone.taskMs !== null) s.toSoftphoneRest.push(toSoftphone.ms - toSoftphone.taskMs);
                }
                setup.samples.pad.push(...(await setup.pad.evaluate(() => window.benchPad.take())));
            }
        }

        console.log(
            `\nLatency over ${N} rounds per softphone origin (fine-grained timers: ${setups.every((s) => s.isolated)}), ` +
                `bare messages ${size} characters (the median bridge message seen). All figures are the console page's clock.`
        );
        const verdicts = [];
        for (const setup of setups) {
            const s = setup.samples;
            console.log(`\n${setup.name}: console ${consoleOrigin}, softphone ${setup.padOrigin}`);
            console.log(`  bare round trip            ${summary(s.bare)}`);
            console.log(`  Omni → softphone           ${summary(s.toSoftphone)}`);
            console.log(`    the sync's own part      ${summary(known(s.taskMs))}`);
            console.log(`    the leg less that part   ${summary(s.toSoftphoneRest)}`);
            console.log(`  softphone → Omni           ${summary(s.toOmni)}`);
            console.log(`    the sync's own part      ${summary(s.toOmniSync)}`);
            console.log(`    the leg less that part   ${summary(s.toOmniRest)}`);
            const bare = median(s.bare);
            const ratioC = median(s.toSoftphone) / bare;
            const ratioB = median(s.toOmni) / bare;
            const line = (label, c, b) =>
                console.log(`  ${label.padEnd(40)} Omni → softphone ${c}   softphone → Omni ${b}`);
            line('median / bare median, end to end', `${ratioC.toFixed(2)}×`, `${ratioB.toFixed(2)}×`);
            line(
                "median / bare median, less the sync's part",
                `${(median(s.toSoftphoneRest) / bare).toFixed(2)}×`,
                `${(median(s.toOmniRest) / bare).toFixed(2)}×`
            );
            line("the sync's own part, median (ms)", `${f3(median(known(s.taskMs)))} `, `${f3(median(s.toOmniSync))} `);
            verdicts.push([setup.name, ratioC, ratioB]);
            // Where Omni → softphone spends its time: median and mean of each part, on the clock of the page it runs
            // in (ContactPad's frame is not cross-origin isolated: its clock has 0.1 ms steps, so its means say more).
            const checks = s.pad.map((r) => r.checksMs);
            const handler = s.pad.map((r) => r.handlerMs);
            const part = (label, samples) =>
                console.log(`    ${label.padEnd(78)} ${f3(median(samples))}  ${f3(mean(samples))}`);
            console.log(`${'  Omni → softphone, its parts (ms):'.padEnd(83)}median   mean`);
            part('console: the event reaches the utility → the sync has encoded the command', known(s.encodeMs));
            part("console: posting it, and the sync's work after it until that task returns", known(s.commandPostMs));
            part("softphone: the message arrives → the handler is called (the client's checks)", checks);
            part("softphone: the handler and the client's ack, until its listener returns", handler);
            // The marker leaves ContactPad's frame once its task has returned: the handler's part is on the path too.
            const restOf = s.toSoftphone
                .map((total, k) =>
                    s.taskMs[k] === null || checks[k] === undefined
                        ? null
                        : total - s.taskMs[k] - checks[k] - (handler[k] ?? 0)
                )
                .filter((value) => value !== null);
            part('the rest: delivery there, and the bare string back (the leg less the above)', restOf);
            part('for comparison: one postMessage call of a bridge-sized string (bare leg)', s.postMs);
        }
        // With `profile`: Chromium's sampling profiler over the console page for as many cross-site rounds again, after
        // the measured ones (it slows the page down, so it runs outside every figure above).
        if (profile) {
            const setup = setups.find((s) => s.name === 'cross-site');
            const cdp = await setup.context.newCDPSession(setup.page);
            await startProfile(cdp, 50);
            for (let i = 0; i < N; i++) await round(setup, i, size, rest);
            printProfile(
                `Profile of the console page, cross-site, ${N} rounds (each a bare round trip and one change each way)`,
                await stopProfile(cdp, join(root, 'test-results/bench-latency-cross-site.cpuprofile')),
                40
            );
            await setup.pad.evaluate(() => window.benchPad.take());
        }
        const cross = verdicts.find(([name]) => name === 'cross-site');
        const met = cross[1] <= goal && cross[2] <= goal;
        console.log(
            `\nGoal: cross-site, each direction's median at most ${goal}× its bare round trip's median: ${met ? 'met' : 'NOT met'} (` +
                verdicts.map(([name, c, b]) => `${name} ${c.toFixed(2)}× / ${b.toFixed(2)}×`).join(', ') +
                ', Omni → softphone / softphone → Omni).'
        );
        return verdicts;
    } finally {
        for (const setup of setups) await setup.context.close();
    }
}
