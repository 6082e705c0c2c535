// Issue 22, the review's defects left, on the Setup page in the simulator (/setup), in English and Spanish:
// r5 a preset saves labels that describe the rows; r9 a typo'd setting said one way everywhere; r10 the dry run's
// inbound call as the console plays it, in words; r11 help texts for lists and settings headings on their own line.
import { createRequire } from 'node:module';
import { ctx, expectEqual, waitFor } from './lib.mjs';
import { inSetup, resetStore, setupText, setupUrl } from './setup-page.mjs';

const { readLabels } = createRequire(import.meta.url)('../../lib/custom-labels.cjs');
const LABELS = {
    en: { ...readLabels('.', 'en', 'Presence_Sync_'), ...readLabels('.', 'en', 'Presence_Sync_Setup_') },
    es: { ...readLabels('.', 'es', 'Presence_Sync_'), ...readLabels('.', 'es', 'Presence_Sync_Setup_') }
};
const say = (template, ...values) => template.replace(/\{(\d+)\}/g, (whole, n) => `${values[Number(n)] ?? whole}`);

async function open(context, lang) {
    // The simulator builds the page's bundle per language on its first request: wait for it outside the page's load.
    await fetch(`${ctx.simulator.consoleUrl}setup.js?lang=${lang}`);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(setupUrl(`?lang=${lang}`), { waitUntil: 'commit', timeout: 60000 });
    await waitFor(
        async () => /^8 /.test((await setupText(page, '[data-id="statuses-message"]')) ?? ''),
        'the presence statuses',
        60000
    );
    return page;
}

async function orgRecords() {
    const response = await fetch(`${ctx.simulator.consoleUrl}api/setup/records`, { method: 'POST' });
    return response.json();
}

/** Each test in both languages, named "issue 22.rN (en|es) …", the simulated org put back as shipped after it. */
const both = (id, name, run) =>
    ['en', 'es'].map((lang) => [
        `issue 22.r${id} (${lang}) ${name}`,
        async (context) => {
            try {
                await run(context, lang, LABELS[lang]);
            } finally {
                await resetStore();
            }
        }
    ]);

/** The label of a settings field as the settings form shows it. */
const fieldLabel = (page, name) => setupText(page, `div[data-field="${name}"] .slds-form-element__label`);

export const tests = [
    ...both(
        '5',
        'a preset saved: every record label describes its row, new records get whole labels',
        async (c, lang, l) => {
            const page = await open(c, lang);
            // What a row maps to, without its label and whether it is active: a row only switched on or off keeps
            // the label it had (an admin's own included); a row whose targets changed must be relabelled.
            const valuesOf = (record) =>
                JSON.stringify(record, (key, value) =>
                    key === 'label' || /active/i.test(key) || /active/i.test(`${value?.field ?? ''}`)
                        ? undefined
                        : value
                );
            const before = new Map((await orgRecords()).map((record) => [record.fullName, valuesOf(record)]));
            await inSetup(page, '[data-id="softphone-preset"]').selectOption('talkdesk');
            await inSetup(page, '[data-id="apply-preset"]').click();
            await waitFor(async () => !(await inSetup(page, '[data-id="save"]').isDisabled()), 'Save to be allowed');
            await inSetup(page, '[data-id="save"]').click();
            const done = say(l.Save_Succeeded, '#').split('#')[0];
            await waitFor(
                async () => ((await setupText(page, '[data-id="save-message"]')) ?? '').startsWith(done),
                'the preset to be saved',
                30000
            );
            const records = (await orgRecords()).filter((record) => record.fullName.startsWith('Presence_Mapping.'));
            const byName = new Map(records.map((record) => [record.fullName, record.label]));
            // Before: "Available for Chats to softphone Ready" (now Away), "Softphone Available" (a new record).
            const expected = [
                ['Presence_Mapping.Sample_Omni_Available_For_Chats', 'Available for Chats → Away'],
                ['Presence_Mapping.Sample_Omni_Lunch', 'Lunch → Away'],
                ['Presence_Mapping.Softphone_Available', say(l.Record_Label_Softphone, 'Available', 'Available')]
            ];
            for (const [name, text] of expected)
                if (byName.get(name) !== text)
                    throw new Error(`${name} is labelled "${byName.get(name)}", not "${text}"`);
            // Every record whose targets the save changed (or a new one) carries a label of the page's own.
            const written = records.filter((record) => before.get(record.fullName) !== valuesOf(record));
            if (written.length < 3) throw new Error(`only ${written.length} records were changed`);
            const stale = written.filter((record) => !(record.label ?? '').includes('→'));
            if (stale.length > 0) throw new Error(`stale labels saved: ${stale.map((r) => r.label).join(' | ')}`);
        }
    ),
    ...both('9', 'a typo’d setting: choose from the list, everywhere; the select is invalid', async (c, lang, l) => {
        const page = await open(c, lang);
        const href = await inSetup(page, '[data-id="export"]').getAttribute('href');
        const lines = decodeURIComponent(href.slice(href.indexOf(',') + 1)).split('\r\n');
        const header = lines[0].split(',');
        const csv = lines.map((line) => {
            const cells = line.split(',');
            if (cells[0] !== 'Presence_Sync_Setting') return line;
            cells[header.indexOf('Login_Status__c')] = 'Availabel';
            cells[header.indexOf('Disconnect_Status__c')] = 'Awya';
            return cells.join(',');
        });
        await inSetup(page, '[data-id="import-file"]').setInputFiles({
            name: 'typo.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(csv.join('\r\n'))
        });
        const select = inSetup(page, 'select[data-field="Disconnect_Status__c"]');
        await expectEqual(() => select.getAttribute('aria-invalid'), 'true', 'aria-invalid on the select');
        const describedBy = (await select.getAttribute('aria-describedby')).split(' ');
        const message = await select.evaluate(
            (node, ids) =>
                ids.map((id) => node.getRootNode().querySelector(`[id="${id}"]`)?.textContent ?? '').join(' '),
            describedBy
        );
        if (!message.includes(say(l.Setting_Not_In_List, 'Awya')))
            throw new Error(`the select is described by "${message}"`);
        const summary = (await setupText(page, '[data-id="error-summary"]')) ?? '';
        for (const value of ['Availabel', 'Awya'])
            if (!summary.includes(say(l.Setting_Not_In_List, value)))
                throw new Error(`the summary does not say to choose "${value}" from the list: ${summary}`);
        // Before: "…cannot be used, so its default applies. Correct the field…" and "fix the rows marked Error".
        const settings = [await fieldLabel(page, 'Login_Status__c'), await fieldLabel(page, 'Disconnect_Status__c')];
        const reason = (await setupText(page, '[data-id="save-reason"]')) ?? '';
        if (reason.includes(l.Save_Blocked_Rows) || !settings.every((name) => reason.includes(name)))
            throw new Error(`the save bar says "${reason}"`);
        const fields = await Promise.all(
            ['Login_Status__c', 'Disconnect_Status__c'].map((name) =>
                setupText(page, `div[data-field="${name}"] [data-id="setting-problems"]`)
            )
        );
        if (/default applies|se aplica su valor predeterminado/.test([summary, reason, ...fields].join(' ')))
            throw new Error('the page still says the default applies');
    }),
    ...both(
        '10',
        'the dry run’s inbound call: the call’s states, the revert setting said, commands in words',
        async (c, lang, l) => {
            const page = await open(c, lang);
            await inSetup(page, '[data-id="dry-run-sequence"]').selectOption('inboundCall');
            await inSetup(page, '[data-id="dry-run-start"]').selectOption('Available_For_Chats');
            await inSetup(page, '[data-id="dry-run"]').click();
            const traceOf = () =>
                page.evaluate(() => {
                    const dryRun = document
                        .querySelector('c-presence-sync-setup')
                        .shadowRoot.querySelector('c-presence-sync-dry-run');
                    return [...dryRun.shadowRoot.querySelectorAll('[data-id="dry-run-trace"] > li')].map((step) =>
                        step.textContent.replace(/\s+/g, ' ').trim()
                    );
                });
            let trace = [];
            await waitFor(async () => (trace = await traceOf()).length > 0, 'the dry run');
            const text = trace.join(' | ');
            // Before the softphone's states are fetched: the shipped ContactPad call states (Revert After Inbound off).
            for (const words of [
                say(l.Step_callState, 'Busy Inbound'),
                say(l.Step_wrapState, 'Wrap'),
                say(l.Dry_Run_Command_Omni, 'On a Call'),
                say(l.Dry_Run_Revert_Off, await fieldLabel(page, 'Revert_After_Inbound__c'), 'Available for Chats')
            ])
                if (!text.includes(words)) throw new Error(`the dry run does not say "${words}": ${text}`);
            if (/setServicePresenceStatus|setState|workItem|→ omni /.test(text))
                throw new Error(`the dry run prints command lines: ${text}`);
        }
    ),
    ...both(
        '11',
        'help for lists, and each settings heading on its own line at 1280 and 340 wide',
        async (c, lang, l) => {
            const page = await open(c, lang);
            for (const width of [1280, 340]) {
                await page.setViewportSize({ width, height: 900 });
                const beside = await page.evaluate(() => {
                    const root = document.querySelector('c-presence-sync-setup').shadowRoot;
                    return [...root.querySelectorAll('fieldset')]
                        .map((set) => {
                            const legend = set.querySelector('legend').getBoundingClientRect();
                            const first = set.querySelector('div[data-field]').getBoundingClientRect();
                            return {
                                legend: set.querySelector('legend').textContent.trim(),
                                gap: first.top - legend.bottom
                            };
                        })
                        .filter((entry) => entry.gap < 0);
                });
                // Before: "Faults and limits Disconnect Status" on one line (SLDS floats the legend).
                if (beside.length > 0)
                    throw new Error(`at ${width} px, headings beside a field: ${JSON.stringify(beside)}`);
            }
            await page.setViewportSize({ width: 1280, height: 900 });
            const help = await setupText(page, 'div[data-field="Login_Status__c"] .setting-help');
            if (help !== l.Help_Login_Status) throw new Error(`Login Status's help reads "${help}"`);
        }
    )
];
