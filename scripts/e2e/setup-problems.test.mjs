// Issue 22, items 2, 3 and 6, on the Setup page in the simulator (/setup), in English and in Spanish:
// 22.2 rows that contradict or repeat one another are shown where they are (each row visible, one error per problem,
// fixed with the page's own buttons, a duplicate flagged on the imported row and refused at Save); 22.3 a record's
// label is regenerated from what it maps to when it changes, and a new record gets a whole label; 22.6 an error
// summary at the top whose links move focus, a save bar in view that says where the errors are, a live region for a
// problem an edit makes elsewhere, and unsaved edits guarded when the page is left.
import { createRequire } from 'node:module';
import { ctx, expectEqual, screenshot, waitFor } from './lib.mjs';
import { inSetup, resetStore, row, setupText, setupUrl } from './setup-page.mjs';

const { readLabels } = createRequire(import.meta.url)('../../lib/custom-labels.cjs');
const LABELS = { en: readLabels('.', 'en'), es: readLabels('.', 'es') };
/** A Setup page label in `lang`, its {n} placeholders filled. */
const label = (lang, name, ...values) =>
    LABELS[lang][`Presence_Sync_Setup_${name}`].replace(/\{(\d+)\}/g, (match, index) => values[Number(index)] ?? match);

/** Text of the first element matching a selector in the Setup component or one of its child components. */
const rowText = async (page, table, name) =>
    (await row(page, table, name).count()) === 0
        ? null
        : ((await row(page, table, name).textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function orgRecords() {
    const response = await fetch(`${ctx.simulator.consoleUrl}api/setup/records`, { method: 'POST' });
    return new Map((await response.json()).map((record) => [record.fullName, record]));
}

/** Opens the Setup page in `lang` with the softphone's states fetched, so that every state has its row. */
async function openWithStates(context, lang) {
    // The simulator builds the page's bundle per language on its first request: wait for it outside the page's load.
    await fetch(`${ctx.simulator.consoleUrl}setup.js?lang=${lang}`);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(setupUrl(lang === 'es' ? '?lang=es' : ''), { waitUntil: 'commit', timeout: 60000 });
    await waitFor(() => setupText(page, '[data-id="title"]'), 'the Setup page to load', 60000);
    await waitFor(
        async () => /^8 /.test((await setupText(page, '[data-id="statuses-message"]')) ?? ''),
        'the presence statuses'
    );
    await inSetup(page, '[data-id="fetch-states"]').click();
    await waitFor(
        async () => /\b9\b/.test((await setupText(page, '[data-id="states-message"]')) ?? ''),
        'the softphone to announce its states'
    );
    return page;
}

/** Imports the page's own export with `rows` added (each `{ column: value }`), as an admin edits and imports it. */
async function importWithRows(page, rows) {
    const href = await inSetup(page, '[data-id="export"]').getAttribute('href');
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const header = csv.split('\r\n')[0].split(',');
    const lines = rows.map((values) => header.map((column) => values[column] ?? '').join(','));
    await inSetup(page, '[data-id="import-file"]').setInputFiles({
        name: 'configuration.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${csv}${lines.join('\r\n')}\r\n`)
    });
}

const mappingRow = (name, status, state, minor = '') => ({
    Type: 'Presence_Mapping',
    DeveloperName: name,
    Label: name,
    Direction__c: 'OmniToSoftphone',
    Presence_Status__c: status,
    Softphone_State__c: state,
    Softphone_Minor_State__c: minor,
    Action__c: 'Map',
    Busy__c: 'false',
    Active__c: 'true'
});

/** The selected option's text of a row's dropdown. */
const chosen = (page, table, name) =>
    row(page, table, name)
        .locator('select')
        .evaluate((select) => select.selectedOptions[0]?.textContent.trim());

/** The deepest focused element, through the shadow roots: its tag and data attributes. */
const focused = (page) =>
    page.evaluate(() => {
        let node = document.activeElement;
        while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
        return node ? { tag: node.tagName.toLowerCase(), ...node.dataset } : null;
    });

const contradictionTest = (lang) => [
    `issue 22.2 (${lang}) contradicting rows: both shown with the problem on each, one error, fixed with Keep this one`,
    async (context) => {
        try {
            const page = await openWithStates(context, lang);
            // The imported file adds a second active Lunch row that maps Lunch to Away (the shipped one: Away / Lunch).
            await importWithRows(page, [mappingRow('Lunch_Away', 'Lunch', 'Away')]);
            await waitFor(
                async () => (await rowText(page, 'omni-table', 'Lunch#Lunch_Away')) !== null,
                'the other Lunch row to be shown under Lunch'
            );
            // The dropdown shows the shipped row, the row under it the imported one: both values are visible.
            await expectEqual(() => chosen(page, 'omni-table', 'Lunch'), 'Away / Lunch', 'the Lunch dropdown');
            const other = await rowText(page, 'omni-table', 'Lunch#Lunch_Away');
            if (!other.includes(label(lang, 'Other_Row', 'Lunch_Away')) || !other.includes('Lunch → Away'))
                throw new Error(`the other row reads: ${other}`);
            const problem = label(lang, 'Problem_contradictory_rows');
            for (const name of ['Lunch', 'Lunch#Lunch_Away']) {
                const text = await rowText(page, 'omni-table', name);
                if (!text.includes(problem) || !text.includes(label(lang, 'Keep_This_One')))
                    throw new Error(`row ${name} lacks the problem or its action: ${text}`);
                if (/Custom Metadata|Presence Mapping/i.test(text))
                    throw new Error(`row ${name} offers a Custom Metadata action: ${text}`);
            }
            // One problem, one error.
            await expectEqual(
                () => setupText(page, '[data-id="save-reason"]'),
                label(lang, 'Save_Blocked', 1),
                'the reason Save is refused'
            );
            await expectEqual(
                () => setupText(page, '[data-id="error-sentence"]'),
                label(lang, 'Errors_One', label(lang, 'Errors_In_Row', 1, 'Lunch')),
                'the save bar'
            );
            await screenshot(page, `setup-contradiction-${lang}`);
            await row(page, 'omni-table', 'Lunch#Lunch_Away')
                .getByRole('button', { name: label(lang, 'Keep_This_One') })
                .click();
            await waitFor(
                async () => (await rowText(page, 'omni-table', 'Lunch#Lunch_Away')) === null,
                'the other row to go once one is kept'
            );
            await expectEqual(() => chosen(page, 'omni-table', 'Lunch'), 'Away', 'the Lunch dropdown, kept');
            await waitFor(async () => !(await inSetup(page, '[data-id="save"]').isDisabled()), 'Save to be allowed');
        } finally {
            await resetStore();
        }
    }
];

const duplicateTest = (lang) => [
    `issue 22.2 (${lang}) a duplicate is flagged on the imported row, names it, and Save waits until it is deactivated`,
    async (context) => {
        try {
            const page = await openWithStates(context, lang);
            // Named to sort before the shipped Sample_Omni_Lunch, which the compiler keeps first.
            await importWithRows(page, [mappingRow('A_Lunch_Copy', 'Lunch', 'Away', 'Lunch')]);
            let other = '';
            await waitFor(async () => {
                other = (await rowText(page, 'omni-table', 'Lunch#A_Lunch_Copy')) ?? '';
                return other.includes(label(lang, 'Problem_duplicate_row'));
            }, 'the imported row to be shown with the duplicate problem').catch(async (error) => {
                throw new Error(
                    `${error.message}; the Lunch row reads: ${other || (await rowText(page, 'omni-table', 'Lunch'))}`
                );
            });
            const said = label(lang, 'Conflict_Duplicate', 'A_Lunch_Copy', 'Lunch → Away / Lunch', 'Sample_Omni_Lunch');
            if (!other.includes(said)) throw new Error(`the duplicate problem reads: ${other}`);
            const shipped = await rowText(page, 'omni-table', 'Lunch');
            if (shipped.includes(label(lang, 'Problem_duplicate_row')))
                throw new Error(`the shipped row is flagged: ${shipped}`);
            await waitFor(() => inSetup(page, '[data-id="save"]').isDisabled(), 'Save to wait for the duplicate');
            await expectEqual(
                () => setupText(page, '[data-id="save-reason"]'),
                label(lang, 'Save_Blocked', 1),
                'the reason Save is refused'
            );
            await row(page, 'omni-table', 'Lunch#A_Lunch_Copy')
                .getByRole('button', { name: label(lang, 'Deactivate_Row') })
                .click();
            await waitFor(
                async () => (await rowText(page, 'omni-table', 'Lunch#A_Lunch_Copy')) === null,
                'the imported row to go once deactivated'
            );
            await expectEqual(
                () => setupText(page, '[data-id="save-reason"]'),
                label(lang, 'Nothing_To_Save'),
                'nothing left to save (the imported row is not created)'
            );
        } finally {
            await resetStore();
        }
    }
];

const labelsTest = (lang) => [
    `issue 22.3 (${lang}) record labels are regenerated from what the rows map to, and new records get whole labels`,
    async (context) => {
        try {
            const page = await openWithStates(context, lang);
            await row(page, 'omni-table', 'Lunch').locator('select').selectOption({ label: 'Away' });
            await row(page, 'omni-table', 'Break').locator('select').selectOption('noChange');
            await row(page, 'softphone-table', 'Away / Training').locator('select').selectOption('status:Meeting');
            await inSetup(page, '[data-id="save"]').click();
            await waitFor(
                async () => (await setupText(page, '[data-id="save-message"]')) === label(lang, 'Save_Succeeded', 3),
                'the save to succeed',
                15000
            );
            const records = await orgRecords();
            const expected = [
                ['Presence_Mapping.Sample_Omni_Lunch', 'Lunch → Away'],
                ['Presence_Mapping.Sample_Omni_Break', `Break → ${label(lang, 'No_Change')}`],
                [
                    'Presence_Mapping.Softphone_Away_Training',
                    label(lang, 'Record_Label_Softphone', 'Away / Training', 'Meeting')
                ]
            ];
            for (const [name, text] of expected) {
                const saved = records.get(name)?.label;
                if (saved !== text.slice(0, 40)) throw new Error(`${name} is labelled "${saved}", not "${text}"`);
            }
        } finally {
            await resetStore();
        }
    }
];

const whereTest = (lang) => [
    `issue 22.6 (${lang}) error summary with links, a save bar in view, a live region, and edits guarded on leave`,
    async (context) => {
        try {
            const page = await openWithStates(context, lang);
            await page.setViewportSize({ width: 1280, height: 800 });
            // A settings error, and a state typed by hand that makes an error in a row of its own.
            const retries = inSetup(page, 'input[data-field="Command_Retry_Limit__c"]');
            await retries.fill('99');
            await retries.dispatchEvent('change');
            const field = await setupText(page, 'div[data-field="Command_Retry_Limit__c"] label');
            await inSetup(page, '[data-id="manual-states"]').fill('Coaching');
            await inSetup(page, '[data-id="add-states"]').click();
            // The live region says what the edit did elsewhere.
            await waitFor(
                async () =>
                    ((await setupText(page, '[data-id="live-problems"]')) ?? '').startsWith(
                        label(lang, 'Live_New_Problem', label(lang, 'Where_Row', 'Coaching'), '')
                    ),
                'the live region to announce the problem in row Coaching'
            );
            if ((await inSetup(page, '[data-id="live-problems"]').getAttribute('aria-live')) !== 'polite')
                throw new Error('the live region is not polite');
            // Read by screen readers, not shown: the bar does not repeat on screen the problems the rows show.
            const liveBox = await inSetup(page, '[data-id="live-problems"]').boundingBox();
            if (liveBox !== null && liveBox.height > 1)
                throw new Error(`the live region shows on screen in the save bar (${liveBox.height} px high)`);
            const sentence = label(
                lang,
                'Errors_Many',
                2,
                `${label(lang, 'Errors_In_Settings', 1, field)}, ${label(lang, 'Errors_In_Row', 1, 'Coaching')}`
            );
            await expectEqual(() => setupText(page, '[data-id="error-sentence"]'), sentence, 'the save bar');
            // The save bar is in view at the top of the page and at its end.
            await page.evaluate(() => window.scrollTo(0, 0));
            const inView = () =>
                inSetup(page, '[data-id="save-bar"]').evaluate((bar) => {
                    const box = bar.getBoundingClientRect();
                    return box.top >= 0 && box.bottom <= window.innerHeight + 1 && box.height > 0;
                });
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            if (height <= 1600) throw new Error(`the page is only ${height} px tall`);
            if (!(await inView())) throw new Error('the save bar is not in view at the top of the page');
            await screenshot(page, `setup-error-summary-${lang}`);
            // The summary's links move focus to the settings field and to the row.
            const summary = inSetup(page, '[data-id="error-summary"]');
            await summary.getByRole('link', { name: label(lang, 'Where_Setting', field), exact: false }).click();
            await expectEqual(
                async () => (await focused(page))?.field,
                'Command_Retry_Limit__c',
                'focus on the settings field'
            );
            if (!(await inView())) throw new Error('the save bar is not in view beside the settings field');
            await summary.getByRole('link', { name: label(lang, 'Where_Row', 'Coaching'), exact: false }).click();
            await expectEqual(async () => (await focused(page))?.tag, 'select', 'focus on the row dropdown');
            const key = (await focused(page))?.key ?? '';
            if (!key.startsWith('coaching')) throw new Error(`focus is on ${key}`);

            // Leaving with unsaved edits: the browser asks first; staying keeps them.
            const dialogs = [];
            page.on('dialog', async (dialog) => {
                dialogs.push(dialog.type());
                if (dialogs.length === 1) await dialog.dismiss();
                else await dialog.accept();
            });
            await page.close({ runBeforeUnload: true });
            await waitFor(() => dialogs.length === 1, 'the browser to ask before leaving');
            if (dialogs[0] !== 'beforeunload') throw new Error(`the page asked with a ${dialogs[0]} dialog`);
            if (page.isClosed()) throw new Error('the page closed with unsaved edits');
            // Leaving anyway (here a reload; in Lightning, another tab): the edits come back with the page. The reload
            // waits only for the navigation to start; then for what the test needs, the restored edits (the page's
            // scripts load under a busy machine at their own pace: a page still loading is polled, not waited on).
            await page.reload({ waitUntil: 'commit', timeout: 60000 });
            await waitFor(() => setupText(page, '[data-id="draft"]'), 'the kept edits to be restored', 60000);
            await expectEqual(
                () => setupText(page, '[data-id="change-summary"]'),
                label(lang, 'Changes_Count', 1),
                'the restored change'
            );
            if ((await inSetup(page, 'input[data-field="Command_Retry_Limit__c"]').inputValue()) !== '99')
                throw new Error('the restored settings value is gone');
            await inSetup(page, '[data-id="discard-draft"]').click();
            await expectEqual(
                () => setupText(page, '[data-id="change-summary"]'),
                label(lang, 'Changes_Count', 0),
                'the edits discarded'
            );
        } finally {
            await resetStore();
        }
    }
];

export const tests = ['en', 'es'].flatMap((lang) => [
    contradictionTest(lang),
    duplicateTest(lang),
    labelsTest(lang),
    whereTest(lang)
]);
