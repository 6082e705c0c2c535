// Issue 23: the panel draws nothing while its utility is closed, and draws the latest state once it opens. The
// simulated utility bar opens and minimises the utility as lightning:utilityBarAPI describes (its button, and the
// item's onUtilityClick handler hearing {panelVisible}); the Aura item tells the panel. The sync runs on while the
// utility is closed: both sides follow each other through the hidden panel's softphone frame.
import { ctx, expectEqual, loggedIn, omniStatus, padFrame, padStatus, panelText } from './lib.mjs';

/** Changes made while the utility is closed, half from each side. */
const CHANGES = 20;
const MINORS = ['Lunch', 'Break', 'Meeting'];

/** Starts counting every change to the panel's DOM: its own shadow tree and those of the components in it. */
function countPanelMutations(page) {
    return page.evaluate(() => {
        const panel = document.querySelector('c-presence-sync-panel');
        const counter = { records: 0, observers: [] };
        const watch = (root) => {
            const observer = new MutationObserver((records) => {
                counter.records += records.length;
            });
            observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
            counter.observers.push(observer);
            for (const element of root.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot);
        };
        watch(panel.shadowRoot);
        window.panelMutations = () => {
            for (const observer of counter.observers) counter.records += observer.takeRecords().length;
            return counter.records;
        };
    });
}

const clickUtility = (page) => page.click('[data-test="utility-presence-sync"]');
const utilityOpen = (page) => page.evaluate(() => window.simulatorUtilityBar.isOpen());
const omniName = (page) => page.evaluate(() => window.omniSimulator.status()?.developerName ?? null);

export const tests = [
    [
        'issue 23.closed: with the utility closed the panel does not change across 20 changes while both sides stay in sync; opened, it shows the current state',
        async (context) => {
            const { page, pad } = await loggedIn(context);
            await expectEqual(() => panelText(page, 'omni'), 'Available', 'the panel at Available');
            await clickUtility(page);
            await expectEqual(() => utilityOpen(page), false, 'the utility after its button was clicked');
            if (!(await page.evaluate(() => document.querySelector('[data-test="presence-sync-slot"]').hidden)))
                throw new Error('the closed utility still shows its panel');
            // Let the panel finish whatever it drew before closing.
            await page.waitForTimeout(300);
            await countPanelMutations(page);
            let expectedPad = null;
            for (let i = 0; i < CHANGES; i++) {
                const minor = MINORS[i % MINORS.length];
                if (i % 2 === 0) {
                    // The agent changes ContactPad (its frame hidden with the utility): Omni follows.
                    await pad.evaluate((m) => window.benchChangeState('Away', m), minor);
                    await expectEqual(() => omniName(page), minor, `Omni after ContactPad Away / ${minor} (${i + 1})`);
                } else {
                    // Omni-Channel changes: ContactPad follows.
                    await page.evaluate((m) => {
                        const status = window.omniSimulator.statuses.find((s) => s.developerName === m);
                        window.omniSimulator.chooseStatus(status.id);
                    }, minor);
                    await expectEqual(
                        () => padStatus(pad),
                        `Away / ${minor}`,
                        `ContactPad after Omni ${minor} (${i + 1})`
                    );
                }
                expectedPad = `Away / ${minor}`;
            }
            // Past the sync's deferred work (its saving and drawing come 25 ms after a change).
            await page.waitForTimeout(300);
            const whileClosed = await page.evaluate(() => window.panelMutations());
            if (whileClosed !== 0)
                throw new Error(`the closed panel changed its DOM ${whileClosed} times across ${CHANGES} changes`);
            if ((await panelText(page, 'omni')) !== 'Available')
                throw new Error(`the closed panel's Omni line changed to ${await panelText(page, 'omni')}`);
            // Opened: the state as it is now, at once.
            await clickUtility(page);
            await expectEqual(() => utilityOpen(page), true, 'the utility after its button was clicked again');
            const omniNow = await omniStatus(page);
            await expectEqual(() => panelText(page, 'omni'), omniNow, 'the panel showing Omni as it is now', 2000);
            await expectEqual(() => panelText(page, 'softphone'), expectedPad, 'the panel showing ContactPad', 2000);
            await expectEqual(() => panelText(page, 'headline'), 'In sync', 'the headline', 2000);
            const drawn = await page.evaluate(() => window.panelMutations());
            if (drawn === 0) throw new Error('the opened panel drew nothing');
            // Open, the panel follows each change again.
            await pad.evaluate(() => window.benchChangeState('Ready', null));
            await expectEqual(() => panelText(page, 'omni'), 'Available', 'the open panel after ContactPad Ready');
        }
    ],
    [
        'issue 23.closed: a console that loads its utility closed shows the current state when the agent opens it',
        async (context) => {
            const page = await context.newPage();
            page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
            await page.goto(`${ctx.simulator.consoleUrl}?utility=closed`);
            // The panel and its frame load hidden: ContactPad connects and logs in all the same.
            const pad = await padFrame(page);
            if (await utilityOpen(page)) throw new Error('the utility loaded open');
            await pad.evaluate(() => document.querySelector('[data-test="pad-login"]').click());
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after ContactPad logged in');
            if ((await panelText(page, 'headline')) !== null)
                throw new Error('the closed panel drew a state before it was opened');
            await pad.evaluate(() => window.benchChangeState('Away', 'Lunch'));
            await expectEqual(() => omniName(page), 'Lunch', 'Omni after ContactPad Away / Lunch');
            await clickUtility(page);
            await expectEqual(() => panelText(page, 'omni'), await omniStatus(page), 'the panel showing Omni', 2000);
            await expectEqual(() => panelText(page, 'softphone'), 'Away / Lunch', 'the panel showing ContactPad', 2000);
        }
    ]
];
