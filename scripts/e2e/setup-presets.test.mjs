// Issue 22 on the Setup page (/setup), in English and Spanish: reserved states never offered as targets before the
// softphone's states are fetched (22.1), settings that name a status or a state chosen from lists (22.4), moving to
// another softphone in one action (22.5), states typed by hand reported per line (22.9), the Busy box checked
// against the status's own option (22.10), and each vendor preset walked to a saved configuration the console then
// follows, counting the admin's clicks (22.presets).
import { createRequire } from 'node:module';
import { ctx, expectEqual, loggedIn, omniStatus, waitFor } from './lib.mjs';
import { inSetup, row, setupText } from './setup-page.mjs';

const { readLabels } = createRequire(import.meta.url)('../../lib/custom-labels.cjs');

const LANGUAGES = ['en', 'es'];
const label = (lang, name, ...values) =>
    readLabels('.', lang)[`Presence_Sync_Setup_${name}`].replace(/\{(\d+)\}/g, (_whole, n) => `${values[n]}`);

/** Text of the first match of a selector in the Setup component or its child components' shadow roots. */

/** The options of a select: label, value, disabled. */
const optionsOf = (select) =>
    select.evaluate((node) =>
        [...node.options].map((option) => ({
            label: option.textContent.replace(/\s+/g, ' ').trim(),
            value: option.value,
            disabled: option.disabled
        }))
    );

/** The admin's clicks and choices on the page, counted. */
function counted(page) {
    const tally = { clicks: 0 };
    return {
        tally,
        click: async (selector) => {
            tally.clicks++;
            await inSetup(page, selector).click();
        },
        choose: async (locator, value) => {
            tally.clicks++;
            await locator.selectOption(value);
        }
    };
}

async function openSetup(context, lang) {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    // The first request builds the page (a minute on a busy machine).
    await page.goto(`${ctx.simulator.consoleUrl}setup?lang=${lang}`, { timeout: 180000 });
    const fetched = label(lang, 'Statuses_Fetched', 8).trim();
    await waitFor(async () => (await setupText(page, '[data-id="statuses-message"]')) === fetched, 'the statuses');
    return page;
}

const post = (path) => fetch(`${ctx.simulator.consoleUrl}api/setup/${path}`, { method: 'POST' });

/** Each test in both languages, named "issue 22.N (en|es) …". */
const both = (id, name, run) =>
    LANGUAGES.map((lang) => [
        `issue 22.${id} (${lang}) ${name}`,
        async (context) => {
            try {
                await run(context, lang);
            } finally {
                await post('reset');
            }
        }
    ]);

async function saved(page, lang, count) {
    await inSetup(page, '[data-id="save"]').click();
    await expectEqual(
        () => setupText(page, '[data-id="save-message"]'),
        label(lang, 'Save_Succeeded', count),
        'the deployment result',
        20000
    );
}

/** A vendor preset walked from the page to a saved configuration; returns the admin's clicks. */
async function walkPreset(context, lang, preset) {
    const page = await openSetup(context, lang);
    const admin = counted(page);
    if (preset !== 'vonage') await admin.choose(inSetup(page, '[data-id="softphone-preset"]'), preset);
    await admin.click('[data-id="apply-preset"]');
    await waitFor(async () => ((await setupText(page, '[data-id="preset-message"]')) ?? '') !== '', 'the preset');
    await waitFor(async () => !(await inSetup(page, '[data-id="save"]').isDisabled()), 'Save to be allowed');
    admin.tally.clicks++;
    await inSetup(page, '[data-id="save"]').click();
    const done = label(lang, 'Save_Succeeded', '#').split('#')[0];
    await waitFor(
        async () => ((await setupText(page, '[data-id="save-message"]')) ?? '').startsWith(done),
        `the ${preset} preset to be saved`,
        20000
    ).catch(async (error) => {
        const said = await setupText(page, '[data-id="save-message"]');
        throw new Error(`${error.message}; ${said ?? (await setupText(page, '[data-id="save-reason"]'))}`);
    });
    await page.close();
    return admin.tally.clicks;
}

/** The console on the saved configuration, with the simulated softphone announcing `preset`'s states. */
async function consoleFollows(context, preset, login, pick, omni) {
    await post(`softphone?preset=${preset}`);
    // A new user and agent: the Omni-Channel and softphone sessions of the last walk are not theirs.
    const agent = await context.browser().newContext({ viewport: { width: 1400, height: 900 } });
    try {
        const { page, pad } = await loggedIn(agent, '', login);
        await pad.selectOption('[data-test="pad-state-select"]', { label: pick });
        await expectEqual(() => omniStatus(page), omni, `Omni after the softphone's ${pick} (${preset})`);
    } finally {
        await agent.close();
    }
}

export const tests = [
    ...both(
        '1',
        'reserved states are marked and never offered as targets before the softphone is asked',
        async (c, lang) => {
            const page = await openSetup(c, lang);
            // Before any fetch: the shipped ContactPad states, Busy Inbound reserved (it is the softphone's, on a call).
            const meeting = await optionsOf(row(page, 'omni-table', 'Meeting').locator('select'));
            const offered = meeting.map((option) => option.label);
            for (const reserved of ['Busy Inbound', 'Busy Outbound', 'Wrap'])
                if (offered.includes(reserved))
                    throw new Error(`Meeting's list offers ${reserved}: ${offered.join(' | ')}`);
            if (!offered.includes('Away / Meeting')) throw new Error(`Meeting's list lacks Away / Meeting: ${offered}`);
            await expectEqual(
                async () =>
                    (await row(page, 'softphone-table', 'Busy Inbound').textContent()).includes(
                        label(lang, 'Reserved')
                    ),
                true,
                'Busy Inbound shown as reserved'
            );
            // The reserved marker typed by hand is a word of the admin's language, not a [reserved] token.
            const help = (await setupText(page, 'div[id^="manual-states-help"]')) ?? '';
            if (help.includes('[reserved]') || !help.includes(label(lang, 'Reserved_Marker')))
                throw new Error(`the help names the marker as: ${help}`);
        }
    ),
    ...both('4', 'settings naming a status or a state are lists, reserved states refused', async (c, lang) => {
        const page = await openSetup(c, lang);
        const login = inSetup(page, 'select[data-field="Login_Status__c"]');
        const online = label(lang, 'Status_Option', 'Available', 'Available', label(lang, 'Online'));
        const options = await optionsOf(login);
        if (!options.some((option) => option.label === online))
            throw new Error(`Login Status lists: ${options.map((o) => o.label).join(' | ')}`);
        await login.selectOption('Available');
        const ready = await optionsOf(inSetup(page, 'select[data-field="Ready_State__c"]'));
        const busyInbound = ready.find((option) => option.value === 'Busy Inbound');
        if (!busyInbound?.disabled || busyInbound.label !== label(lang, 'Reserved_Refused', 'Busy Inbound'))
            throw new Error(`Ready State offers Busy Inbound as ${JSON.stringify(busyInbound)}`);
        const work = await optionsOf(inSetup(page, 'select[data-field="Work_Accepted_State__c"]'));
        if (work.find((option) => option.value === 'Busy Inbound')?.disabled !== false)
            throw new Error('Work Accepted State refuses Busy Inbound, which ContactWorld sets on accepted work');
        for (const field of ['Unmapped_State_Status__c', 'Disconnect_Status__c', 'Capacity_Busy_Minor_State__c'])
            await inSetup(page, `select[data-field="${field}"]`).waitFor({ timeout: 3000 });
        await saved(page, lang, 1);
    }),
    ...both('5', 'another softphone: its states replace the list, one action clears the rest', async (c, lang) => {
        await post('softphone?preset=talkdesk');
        const page = await openSetup(c, lang);
        const admin = counted(page);
        await admin.click('[data-id="fetch-states"]');
        await waitFor(
            async () => /(^| )5 /.test((await setupText(page, '[data-id="states-message"]')) ?? ''),
            'the softphone to announce its 5 states'
        );
        await admin.choose(inSetup(page, '[data-id="softphone-preset"]'), 'announced');
        await expectEqual(
            () => setupText(page, '[data-id="softphone-pending"]'),
            label(lang, 'Switch_Pending', 12, 2),
            'what the switch will clear'
        );
        await admin.click('[data-id="apply-preset"]');
        // The settings emptied are named as the settings form names them (issue 22.r11).
        const fieldName = (name) => setupText(page, `div[data-field="${name}"] label.slds-form-element__label`);
        const emptied = `2 (${await fieldName('Ready_State__c')}, ${await fieldName('Work_Accepted_State__c')})`;
        await expectEqual(
            () => setupText(page, '[data-id="preset-message"]'),
            label(lang, 'Preset_Applied', label(lang, 'Preset_announced'), 0, 12, emptied),
            'what the switch did'
        );
        const lunch = (await optionsOf(row(page, 'omni-table', 'Lunch').locator('select'))).map((o) => o.label);
        if (lunch.some((name) => /Away \/ |Ready/.test(name)))
            throw new Error(`stale ContactPad states still offered: ${lunch.join(' | ')}`);
        const work = await inSetup(page, 'select[data-field="Work_Accepted_State__c"]').inputValue();
        if (work !== '') throw new Error(`Work Accepted State still names ${work}`);
        if (admin.tally.clicks > 3) throw new Error(`the switch took ${admin.tally.clicks} clicks`);
    }),
    ...both('9', '"Enter states by hand" reports what it did with each line', async (c, lang) => {
        const page = await openSetup(c, lang);
        await inSetup(page, '[data-id="manual-states"]').fill('Coaching\nready\n/ Lunch');
        await inSetup(page, '[data-id="add-states"]').click();
        await expectEqual(
            () => setupText(page, '[data-id="states-message"]'),
            [
                label(lang, 'States_Added', 1),
                label(lang, 'Manual_Added', 1, 'Coaching'),
                label(lang, 'Manual_Merged', 2, 'ready', 'Ready'),
                label(lang, 'Manual_Skipped_No_Major', 3, '/ Lunch')
            ].join(' '),
            'the report per line'
        );
    }),
    ...both('10', 'a Busy box that contradicts the status’s Online option is flagged on the row', async (c, lang) => {
        const page = await openSetup(c, lang);
        const available = row(page, 'omni-table', 'Available');
        await available.locator('select').selectOption('busy');
        const flag = label(lang, 'Problem_busy_contradiction');
        await waitFor(async () => (await available.textContent()).includes(flag), 'the contradiction on the row');
        if ((await row(page, 'omni-table', 'Away').textContent()).includes(flag))
            throw new Error('the Busy box of a Busy status is flagged');
    }),
    ...both('presets', 'each vendor preset is saved and followed by the console, in fewer clicks', async (c, lang) => {
        const vonage = await walkPreset(c, lang, 'vonage');
        await consoleFollows(c, 'vonage', 'Ready', 'Away: Lunch', 'Lunch');
        await post('reset');
        const talkdesk = await walkPreset(c, lang, 'talkdesk');
        await consoleFollows(c, 'talkdesk', 'Available', 'Away', 'Away');
        await post('reset');
        const geomant = await walkPreset(c, lang, 'geomant');
        await consoleFollows(c, 'geomant', 'Ready', 'Not Ready', 'Away');
        // The Vonage flow took 15 clicks on the page before the presets (issue 22); Talkdesk took 52.
        console.log(`      clicks on the Setup page: Vonage ${vonage}, Talkdesk ${talkdesk}, Geomant ${geomant}`);
        if (talkdesk > 15 || talkdesk > vonage + 1)
            throw new Error(`clicks: Vonage ${vonage}, Talkdesk ${talkdesk}, Geomant ${geomant}`);
    })
];
