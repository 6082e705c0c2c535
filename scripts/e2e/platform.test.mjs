// The platform's edges in the browser: the real Aura utility item between Omni-Channel and the
// panel (application events without names, toolkit failures), the utility bar item it owns, and
// what Lightning Web Security's real sandbox does to the package's code (in the `lws` mode the
// panel and c/presenceSync run inside @locker/sandbox; `ctx.mode` says which mode runs).
import { readFileSync } from 'node:fs';
import {
    ctx,
    expectEqual,
    loggedIn,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelText,
    waitFor
} from './lib.mjs';
import { exportedFile } from './reading.mjs';

const OMNI_EVENTS = [
    'omniChannelLoginSuccess',
    'omniChannelStatusChanged',
    'omniChannelLogout',
    'omniChannelWorkAssigned',
    'omniChannelWorkAccepted',
    'omniChannelWorkDeclined',
    'omniChannelWorkClosed',
    'omniChannelWorkloadChanged',
    'omniChannelWorkFlagUpdated',
    'omniChannelConnectionError'
];

function skip(reason) {
    return Object.assign(new Error(reason), { skipped: true });
}

/**
 * From now on, each omniEvent call the Aura item makes through its link to the panel, as
 * [name, typeof params], in `window.omniEventsSeen` (the simulator's Aura records them: the panel's
 * element has no omniEvent method to spy on).
 */
function spyOnOmniEvents(page) {
    return page.evaluate(() => {
        const seen = window.auraUtility.omniEventsSeen;
        const from = seen.length;
        Object.defineProperty(window, 'omniEventsSeen', { configurable: true, get: () => seen.slice(from) });
    });
}

const utilityItem = (page) =>
    page.evaluate(() => {
        const item = document.querySelector('[data-test="utility-presence-sync"]');
        return {
            label: item.querySelector('[data-test="utility-label"]').textContent,
            icon: item.dataset.icon ?? null,
            highlighted: item.dataset.highlighted ?? null,
            calls: window.simulatorUtilityBar.calls
        };
    });

export const tests = [
    [
        'C5: each Omni-Channel event reaches the panel through its own Aura action with its literal name',
        async (context) => {
            const page = await openConsole(context);
            await padFrame(page);
            await spyOnOmniEvents(page);
            const handled = await page.evaluate((names) => {
                const params = {
                    statusId: '0N5000000000000',
                    workId: '0Bz000000000001',
                    workItemId: '500000000000001',
                    newWorkload: 0,
                    previousWorkload: 0,
                    configuredCapacity: 4
                };
                // Application events, as Aura fires them: no name of their own (getName() undefined).
                return names.map((name) => window.auraUtility.fire(`lightning:${name}`, params));
            }, OMNI_EVENTS);
            if (handled.includes(false)) throw new Error(`events without a handler: ${handled}`);
            const seen = await page.evaluate(() => window.omniEventsSeen);
            const expected = OMNI_EVENTS.map((name) => [name, 'object']);
            if (JSON.stringify(seen) !== JSON.stringify(expected))
                throw new Error(`the panel saw ${JSON.stringify(seen)}`);
        }
    ],
    [
        'B2 through Aura: an Omni status chosen in the widget reaches the panel as omniChannelStatusChanged',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await spyOnOmniEvents(page);
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Break (busy)' });
            await expectEqual(
                () => pad.locator('[data-test="pad-status"]').textContent(),
                'Away / Break',
                'ContactPad after Omni Break'
            );
            const names = await page.evaluate(() => window.omniEventsSeen.map(([name]) => name));
            if (!names.includes('omniChannelStatusChanged')) throw new Error(`the panel saw ${names.join(', ')}`);
        }
    ],
    [
        'B20: a malformed Omni event is dropped and audited, and nothing throws into Aura',
        async (context) => {
            const page = await openConsole(context);
            await padFrame(page);
            const errors = [];
            page.on('pageerror', (error) => errors.push(error.message));
            const thrown = await page.evaluate(() => {
                try {
                    window.auraUtility.fire('lightning:omniChannelStatusChanged', { statusId: 42 });
                    window.auraUtility.fire('lightning:omniChannelWorkAccepted', {});
                    return null;
                } catch (error) {
                    return error.message;
                }
            });
            if (thrown !== null) throw new Error(`the Aura action threw: ${thrown}`);
            const shown = await page.evaluate(() => window.auraUtility.shownErrors.map((error) => error.message));
            if (shown.length > 0) throw new Error(`Lightning errors shown: ${shown.join('; ')}`);
            await page.waitForTimeout(300);
            const audit = await exportedFile(page);
            const dropped = audit.split('omni-event-dropped').length - 1;
            if (dropped !== 2) throw new Error(`expected 2 dropped events in the audit, found ${dropped}`);
            // The export says why in the agent's words and keeps the field at fault for support.
            if (!audit.includes('its field statusId is missing or of the wrong type'))
                throw new Error('the audit does not say why the status change was dropped');
            if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni (untouched)');
        }
    ],
    [
        'issue 9.1: a toolkit method that throws synchronously fails its command at once, with its message',
        async (context) => {
            const { page, pad } = await loggedIn(context, '?set=Command_Timeout_Seconds__c:30');
            await page.evaluate(() => window.omniSimulator.failNext('setServicePresenceStatus', 'throw'));
            const started = Date.now();
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await waitFor(
                async () => (await exportedFile(page)).includes('simulated: setServicePresenceStatus threw'),
                'the failure in the audit',
                5000
            );
            const seconds = (Date.now() - started) / 1000;
            // The command timeout is 30 s here: a failure seen within 5 s was answered at once.
            if (seconds > 5) throw new Error(`the failure took ${seconds} s`);
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the retry');
        }
    ],
    [
        'issue 9.1: a toolkit rejection with a plain object is reported readably, not as [object Object]',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await page.evaluate(() => window.omniSimulator.failNext('setServicePresenceStatus', 'reject-object'));
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Meeting' });
            const audit = await waitFor(async () => {
                const text = await exportedFile(page);
                return text.includes('SIMULATED_FAILURE') ? text : null;
            }, 'the rejection in the audit');
            if (audit.includes('[object Object]')) throw new Error('the audit says [object Object]');
            await expectEqual(() => omniStatus(page), 'Meeting', 'Omni after the retry');
        }
    ],
    [
        'C5: the utility item shows the sync state through lightning:utilityBarAPI with bare icon names',
        async (context) => {
            const { page } = await loggedIn(context);
            await waitFor(async () => (await utilityItem(page)).icon === 'sync', 'the sync icon');
            const item = await utilityItem(page);
            if (item.highlighted !== 'false') throw new Error(`highlighted ${item.highlighted} while in sync`);
            const icons = item.calls.filter((call) => call.method === 'setUtilityIcon');
            if (icons.length === 0 || icons.some((call) => call.refused))
                throw new Error(`icon calls: ${JSON.stringify(icons)}`);
            if (!item.label) throw new Error('no utility label');
        }
    ],
    [
        'C5: a problem the admin must fix shows on the utility item, highlighted',
        async (context) => {
            // A setting out of its range: the sync runs on the default and says so.
            const page = await openConsole(context, '?set=Command_Retry_Limit__c:99');
            await waitFor(async () => {
                const state = await utilityItem(page);
                return state.highlighted === 'true' && ['warning', 'error'].includes(state.icon) ? state : null;
            }, 'a highlighted warning on the utility item');
        }
    ],
    [
        'C5: a configuration that fails to load shows as a problem on the utility item',
        async (context) => {
            const panelSource = readFileSync(
                'force-app/main/default/lwc/presenceSyncPanel/presenceSyncPanel.js',
                'utf8'
            );
            if (!panelSource.includes('utilityState'))
                throw skip('the panel does not tell its host the utility state yet (contract C5)');
            const page = await context.newPage();
            await page.goto(`${ctx.simulator.consoleUrl}?fail=configuration`);
            await waitFor(async () => {
                const state = await utilityItem(page);
                return state.highlighted === 'true' && state.icon === 'error';
            }, 'the utility item to show the failure');
        }
    ],
    [
        'LWS: the package code runs as the mode says; storage keys, the storage listener, postMessage',
        async (context) => {
            const page = await openConsole(context);
            await padFrame(page);
            const facts = JSON.parse(await page.evaluate(() => window.simulatorProbe()));
            const lws = ctx.mode === 'lws';
            // The panel saves its state a moment after it starts: wait for its key (and fail if it never comes).
            const keys = await waitFor(async () => {
                const now = await page.evaluate(() => Object.keys(localStorage));
                return now.some((key) => key.startsWith(lws ? 'LSKey[c]omniPresenceSync:' : 'omniPresenceSync:'))
                    ? now
                    : null;
            }, "the panel's own state key in localStorage").catch(() => page.evaluate(() => Object.keys(localStorage)));
            const expectFact = (what, actual, expected) => {
                if (actual !== expected)
                    throw new Error(
                        `${ctx.mode}: ${what} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`
                    );
            };
            // Storage is partitioned per namespace under LWS: the page sees the prefixed key.
            expectFact('the probe key', keys.includes(lws ? 'LSKey[c]presenceSyncProbe' : 'presenceSyncProbe'), true);
            expectFact(
                "the panel's own state key",
                keys.some((key) => key.startsWith(lws ? 'LSKey[c]omniPresenceSync:' : 'omniPresenceSync:')),
                true
            );
            expectFact(
                "adding a 'storage' listener",
                facts.storageListener,
                lws ? "throws: Lightning Web Security: Cannot add 'storage' event listener to Window object." : 'added'
            );
            expectFact('globalThis', facts.globalThis, 'object');
            expectFact('BroadcastChannel', facts.BroadcastChannel, 'function');
            expectFact('navigator.locks.request', facts.locks, 'function');
            expectFact('a JSON string echoed', facts.string.data, '{"probe":"text"}');
            expectFact('an object echoed', JSON.stringify(facts.object.data), '{"probe":"object"}');
            expectFact('event.source === frame.contentWindow (string)', facts.string.sourceIsFrame, true);
            expectFact('event.source === frame.contentWindow (object)', facts.object.sourceIsFrame, true);
            const evaluated = await page.evaluate(() => window.simulatorLws?.evaluated ?? []);
            expectFact(
                'the code evaluated in the c sandbox',
                evaluated.sort().join(', '),
                lws
                    ? 'presenceSyncPanel and c/presenceSync, presenceSyncUtilityController, presenceSyncUtilityHelper, presenceSyncUtilityRenderer'
                    : ''
            );
            const badge = await page.locator('[data-test="security-mode"]').textContent();
            expectFact('the badge', badge.includes('Lightning Web Security'), lws);
            await expectEqual(() => panelText(page, 'omni'), 'Offline', 'the panel');
        }
    ],
    [
        'LWS: a hostile script in a second namespace neither reads nor harms the package (storage, forged events and messages, the softphone frame)',
        async (context) => {
            if (ctx.mode !== 'lws') throw skip('the second namespace needs the LWS sandbox (lws mode)');
            const USER = '005SIMULATOR0001';
            const { page, pad } = await loggedIn(context);
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the panel before the hostile script');
            const packageStorage = () =>
                page.evaluate(() =>
                    Object.fromEntries(
                        Object.entries(localStorage).filter(([key]) => key.startsWith('LSKey[c]omniPresenceSync:'))
                    )
                );
            const before = await waitFor(async () => {
                const stored = await packageStorage();
                return Object.keys(stored).length > 0 ? stored : null;
            }, "the package's state in localStorage").catch(() => ({}));
            if (Object.keys(before).length === 0) throw new Error('the package keeps nothing in localStorage');
            const seen = JSON.parse(await page.evaluate((user) => window.simulatorHostile(user), USER));
            const fail = (what) => {
                throw new Error(`${what}; the hostile script saw ${JSON.stringify(seen)}`);
            };
            // Isolation: the other namespace sees only its own storage partition.
            if (seen.keys.some((key) => key.includes('omniPresenceSync') || key.startsWith('LSKey[')))
                fail('the hostile namespace saw the package keys');
            if (seen.state !== null || seen.secret !== null || seen.prefixedSecret !== null)
                fail("the hostile namespace read the package's state or tab secret");
            // Its writes landed in its own partition, and its clear() left the package's keys alone.
            const keys = await page.evaluate(() => Object.keys(localStorage));
            if (keys.some((key) => key.startsWith('LSKey[hostile]')))
                fail('the hostile namespace kept keys after its own clear()');
            const after = await packageStorage();
            for (const [key, value] of Object.entries(before)) {
                if (key.endsWith(':tabSecret') && after[key] !== value) fail(`the package's ${key} changed`);
                if (!(key in after)) fail(`the package's ${key} is gone`);
            }
            // LWS makes the panel's shadow root look closed to other namespaces ("DOM Access Containment",
            // Lightning Components Security guide): the softphone frame inside it is out of reach.
            if (seen.shadowRoot !== 'null' || seen.frameInShadow !== 'not found')
                fail("the hostile namespace reached into the panel's shadow root");
            if (seen.pageFrames.some((src) => src.startsWith(ctx.simulator.padOrigin)))
                fail('the hostile namespace found the softphone frame among the page frames');
            // Had it found the frame: another origin, so its window gives nothing but postMessage.
            if (seen.frameLocation !== undefined && !String(seen.frameLocation).startsWith('throws'))
                fail("the hostile namespace read the softphone frame's address");
            if (seen.frameDocument !== undefined && !String(seen.frameDocument).startsWith('throws'))
                fail("the hostile namespace read the softphone frame's document");
            // The package is unharmed: still connected and in sync, nothing moved, and it still syncs.
            await page.waitForTimeout(500);
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the hostile script');
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after the hostile script');
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the panel after the hostile script');
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after a real state change');
            console.log(`    hostile namespace saw: ${JSON.stringify(seen)}`);
        }
    ],
    [
        "LWS: another namespace finds the panel's element and can neither drive the Aura host nor the panel (forged toolkitcall, omniEvent, connectHost)",
        async (context) => {
            if (ctx.mode !== 'lws') throw skip('the second namespace needs the LWS sandbox (lws mode)');
            const { page, pad } = await loggedIn(context);
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the panel before the hostile script');
            const utilityCalls = (await utilityItem(page)).calls.length;
            const seen = JSON.parse(
                await page.evaluate((user) => window.simulatorHostile(user, true), '005SIMULATOR0001')
            );
            const fail = (what) => {
                throw new Error(`${what}; the hostile script saw ${JSON.stringify(seen)}`);
            };
            // The element is in the page's DOM, so the other namespace finds it and tries everything.
            if (!seen.panelFound) fail('the hostile namespace did not find the panel element (nothing was tried)');
            if (seen.forgedToolkitCall !== 'dispatched') fail('the forged toolkitcall was not dispatched');
            // The panel's element offers no omniEvent, and it refuses a second host (the Aura item connected first).
            if (seen.forgedOmniEvent !== 'no omniEvent') fail('the panel element still offers omniEvent');
            if (seen.forgedConnectHost !== 'refused') fail('the panel accepted a host from another namespace');
            if (seen.hostCalled.length > 0) fail('the panel called the hostile host');
            await page.waitForTimeout(1500);
            // Nothing moved: the Aura item carried out no forged call, and the panel took no forged event.
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the forged calls');
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after the forged calls');
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the panel after the forged calls');
            const item = await utilityItem(page);
            if (item.calls.slice(utilityCalls).some((call) => call.options.label === 'Forged'))
                fail('the forged utilitystate reached the utility bar');
            // And the sync still works both ways.
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after a real ContactPad change');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Break (busy)' });
            await expectEqual(() => padStatus(pad), 'Away / Break', 'ContactPad after a real Omni change');
            console.log(`    hostile namespace saw: ${JSON.stringify(seen)}`);
        }
    ]
];
