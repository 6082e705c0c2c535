// The Presence Sync Setup page in the simulator (/setup): an admin lists both sides, maps a state,
// sees a problem flagged and fixed, runs a dry run, saves, and the console follows the new mapping;
// an agent is refused the page (S2).
import { createRequire } from 'node:module';
import { ctx, expectEqual, loggedIn, omniStatus, screenshot, waitFor } from './lib.mjs';

const { readLabels } = createRequire(import.meta.url)('../lib/custom-labels.cjs');

const setupUrl = (query = '') => `${ctx.simulator.consoleUrl}setup${query}`;

/** Text of the first element matching a selector inside the Setup component. */
function setupText(page, selector) {
    return page.evaluate((css) => {
        const node = document.querySelector('c-presence-sync-setup')?.shadowRoot?.querySelector(css);
        return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
    }, selector);
}

/** The Setup component's element for a selector (Playwright pierces its shadow root). */
const inSetup = (page, selector) => page.locator(`c-presence-sync-setup ${selector}`).first();
const row = (page, table, name) => page.locator(`c-presence-sync-setup [data-id="${table}"] tr[data-row="${name}"]`);

async function openSetup(context, query = '') {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(setupUrl(query));
    await waitFor(() => setupText(page, '[data-id="title"]'), 'the Setup page to load');
    return page;
}

async function resetStore() {
    await fetch(`${ctx.simulator.consoleUrl}api/setup/reset`, { method: 'POST' });
}

export const tests = [
    [
        'Setup page: an admin maps a new state, fixes a flagged problem, runs a dry run, saves, and the console follows',
        async (context) => {
            try {
                const page = await openSetup(context);
                await inSetup(page, '[data-id="fetch-statuses"]').click();
                await waitFor(
                    async () =>
                        /^8 presence statuses/.test((await setupText(page, '[data-id="statuses-message"]')) ?? ''),
                    'the presence statuses'
                );
                await inSetup(page, '[data-id="fetch-states"]').click();
                await waitFor(
                    async () =>
                        /9 states announced by Vonage/.test(
                            (await setupText(page, '[data-id="states-message"]')) ?? ''
                        ),
                    'the softphone to announce its states'
                );
                await screenshot(page, 'setup-page');

                // Before: Away / Training has no row and follows Away.
                const training = row(page, 'softphone-table', 'Away / Training').locator('select');
                await training.selectOption('status:Meeting');

                // A state typed by hand with no mapping: flagged beside its row, Save refused with the reason.
                await inSetup(page, '[data-id="manual-states"]').fill('Coaching');
                await inSetup(page, '[data-id="add-states"]').click();
                await waitFor(
                    async () =>
                        /Major state not mapped/.test(
                            (await row(page, 'softphone-table', 'Coaching').textContent()) ?? ''
                        ),
                    'the unmapped major state to be flagged'
                );
                await waitFor(() => inSetup(page, '[data-id="save"]').isDisabled(), 'Save to be refused');
                await row(page, 'softphone-table', 'Away / Training').scrollIntoViewIfNeeded();
                await screenshot(page, 'setup-page-problem');
                await expectEqual(
                    () => setupText(page, '[data-id="save-reason"]'),
                    'Save is not possible while errors stand (errors: 1): fix the rows marked Error.',
                    'the reason Save is refused'
                );
                await row(page, 'softphone-table', 'Coaching').locator('select').selectOption('status:Break');
                await waitFor(
                    async () => !(await row(page, 'softphone-table', 'Coaching').textContent()).includes('not mapped'),
                    'the problem to clear'
                );
                await waitFor(
                    async () => !(await inSetup(page, '[data-id="save"]').isDisabled()),
                    'Save to be allowed'
                );

                // Dry run with the edited mapping: the agent picks Away / Training on the softphone.
                await inSetup(page, '[data-id="dry-run-sequence"]').selectOption('pickState');
                await inSetup(page, '[data-id="dry-run-state"]').selectOption('Away / Training');
                await inSetup(page, '[data-id="dry-run"]').click();
                await waitFor(
                    async () =>
                        /setServicePresenceStatus Meeting/.test(
                            (await setupText(page, '[data-id="dry-run-trace"]')) ?? ''
                        ),
                    'the dry run to show the Omni change to Meeting'
                );

                await inSetup(page, '[data-id="save"]').click();
                await expectEqual(
                    () => setupText(page, '[data-id="save-message"]'),
                    'Saved. Records deployed: 2. Agents get them when their console reloads.',
                    'the deployment result',
                    15000
                );

                // The console, loaded after the save, follows the new mapping.
                const { page: console, pad } = await loggedIn(context);
                await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Training' });
                await expectEqual(() => omniStatus(console), 'Meeting', 'Omni after Away / Training (the saved row)');
            } finally {
                await resetStore();
            }
        }
    ],
    [
        'Setup page: S2 an agent is refused the page and its Apex methods',
        async (context) => {
            const page = await openSetup(context, '?agent');
            await waitFor(
                async () =>
                    /^Only Presence Sync admins can use this page/.test(
                        (await setupText(page, '[data-id="refused"]')) ?? ''
                    ),
                'the refusal'
            );
            if ((await setupText(page, '[data-id="omni-table"]')) !== null) throw new Error('an agent sees the tables');
            const response = await fetch(`${ctx.simulator.consoleUrl}api/setup/saveRecords?agent`, {
                method: 'POST',
                body: JSON.stringify({ changesJson: '[]' })
            });
            if (response.status !== 403) throw new Error(`an agent's save answered ${response.status}`);
        }
    ],
    [
        'Setup page in Spanish: every text of the page is translated, problems and the dry run included',
        async (context) => {
            const page = await openSetup(context, '?lang=es');
            await waitFor(
                async () =>
                    /^8 estados de presencia/.test((await setupText(page, '[data-id="statuses-message"]')) ?? ''),
                'the statuses, in Spanish'
            );
            // A flagged problem and a dry run's trace (the shipped rows are inactive: nothing is mapped yet), both in
            // the admin's language.
            await inSetup(page, '[data-id="manual-states"]').fill('Coaching');
            await inSetup(page, '[data-id="add-states"]').click();
            await waitFor(
                async () =>
                    /El estado del softphone Coaching no tiene asignación/.test(
                        (await row(page, 'softphone-table', 'Coaching').textContent()) ?? ''
                    ),
                'the unmapped state flagged in Spanish'
            );
            await inSetup(page, '[data-id="dry-run-sequence"]').selectOption('pickState');
            await inSetup(page, '[data-id="dry-run-state"]').selectOption('Away / Lunch');
            await inSetup(page, '[data-id="dry-run"]').click();
            let trace = '';
            await waitFor(async () => {
                trace = (await setupText(page, '[data-id="dry-run-trace"]')) ?? '';
                return /El estado del softphone Away \/ Lunch no está asignado; Omni se queda como está\./.test(trace);
            }, 'the dry run to give its reasons in Spanish').catch((error) => {
                throw new Error(`${error.message}; the trace reads: ${trace.slice(0, 600)}`);
            });
            const english = readLabels('.', 'en');
            const spanish = readLabels('.', 'es');
            // The settings fields' own labels, help texts and picklist values come from the field metadata
            // (translated by the object translations, not by this page's labels): left out here.
            const shown = await page.evaluate(() => {
                const root = document.querySelector('c-presence-sync-setup').shadowRoot;
                const fields = [...root.querySelectorAll('div[data-field]')].map((node) => node.textContent);
                return fields.reduce((text, field) => text.replace(field, ''), root.textContent);
            });
            const shared = /^Presence_Sync_(Setup_|Detail_|Config_|Work_|Direction_)/;
            const untranslated = Object.keys(english)
                .filter((name) => shared.test(name) && english[name] !== spanish[name])
                .map((name) => english[name].split('{')[0].trim())
                .filter((text) => text.length > 8 && shown.includes(text));
            if (untranslated.length > 0) throw new Error(`English left on ?lang=es: ${untranslated.join(' | ')}`);
            await expectEqual(
                () => setupText(page, '[data-id="title"]'),
                'Configuración de la sincronización de presencia',
                'the title'
            );
        }
    ]
];
