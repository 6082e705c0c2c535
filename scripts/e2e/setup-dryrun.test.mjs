// Issue 22, items 7 and 8, on the Presence Sync Setup page in the simulator (/setup), in English and Spanish:
// the dry run plays what admins change most (an inbound call from a chosen status with Revert After Inbound, seed 000;
// accepted Omni-Channel work; a chosen start), with steps titled apart, each rule's name beside its id, the recorded
// badge explained, every word in the admin's language; and the simulator answers as an org with the shipped
// translations does (the agent's refusal and the deploy-blocked message in the user's language, a refusal said as a
// refusal, not as a load failure).
import { createRequire } from 'node:module';
import { ctx, expectEqual, screenshot, waitFor } from './lib.mjs';
import { inSetup, setupText, setupUrl } from './setup-page.mjs';

const { readLabels } = createRequire(import.meta.url)('../../lib/custom-labels.cjs');

const LABELS = {
    en: { ...readLabels('.', 'en', 'Presence_Sync_'), ...readLabels('.', 'en', 'Presence_Sync_Setup_') },
    es: { ...readLabels('.', 'es', 'Presence_Sync_'), ...readLabels('.', 'es', 'Presence_Sync_Setup_') }
};
/** A label's words as a whole phrase in a text (not the start of an id such as work-1). */
const phrase = (words) => new RegExp(`${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
const say = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);

/** Text of the first match inside the Setup component or one of its child components, each in its shadow root. */
/** The dry run's trace: each step's heading, and each decision's badge, its title, rule name and detail. */
function traceOf(page) {
    return page.evaluate(() => {
        const dryRun = document
            .querySelector('c-presence-sync-setup')
            .shadowRoot.querySelector('c-presence-sync-dry-run');
        const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return [...dryRun.shadowRoot.querySelectorAll('[data-id="dry-run-trace"] > li')].map((step) => ({
            heading: clean(step.querySelector('h3')),
            decisions: [...step.querySelectorAll('ul > li')].map((decision) => ({
                badge: clean(decision.querySelector('.slds-badge')),
                title: decision.querySelector('.slds-badge').getAttribute('title'),
                text: clean(decision)
            }))
        }));
    });
}

async function openSetup(context, query) {
    // The simulator builds the page's bundle per language on its first request: wait for it outside the page's load.
    const language = new URLSearchParams(query).get('lang') ?? 'en';
    await fetch(`${ctx.simulator.consoleUrl}setup.js?lang=${language}`);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(setupUrl(query), { timeout: 60000 });
    await waitFor(() => setupText(page, '[data-id="title"]'), 'the Setup page to load', 30000);
    return page;
}

/** The Setup page with the statuses listed and the softphone's states fetched (its reserved call states known). */
async function openWithStates(context, language) {
    const page = await openSetup(context, `?lang=${language}`);
    await waitFor(async () => /^8 /.test((await setupText(page, '[data-id="statuses-message"]')) ?? ''), 'statuses');
    await inSetup(page, '[data-id="fetch-states"]').click();
    await waitFor(
        async () => /\b9\b.*Vonage|Vonage.*\b9\b/.test((await setupText(page, '[data-id="states-message"]')) ?? ''),
        'the softphone to announce its states',
        15000
    );
    return page;
}

async function runSequence(page, sequence, start) {
    await inSetup(page, '[data-id="dry-run-sequence"]').selectOption(sequence);
    if (start) await inSetup(page, '[data-id="dry-run-start"]').selectOption(start);
    await inSetup(page, '[data-id="dry-run"]').click();
    let trace = [];
    await waitFor(async () => {
        trace = await traceOf(page);
        return trace.length > 0 && trace[0].heading.includes(start ? 'Available for Chats' : '');
    }, `the dry run of ${sequence}`);
    return trace;
}

/** Issue 22.7 in one language: the inbound call sequence from Available for Chats, then accepted work. */
async function dryRunWalk(context, language) {
    const labels = LABELS[language];
    const page = await openWithStates(context, language);
    // Revert After Inbound on (seed 000's "revert to status before interaction, inbound only").
    // (SLDS draws the box over the input: the input is clicked as the label would.)
    const revertBox = inSetup(page, 'input[data-field="Revert_After_Inbound__c"]');
    await revertBox.evaluate((input) => input.click());
    await waitFor(() => revertBox.isChecked(), 'Revert After Inbound to be on');

    const trace = await runSequence(page, 'inboundCall', 'Available_For_Chats');
    const headings = trace.map((step) => step.heading);
    const heading = (n, text) => say(labels.Step_Heading, n, text);
    const expected = [
        heading(1, say(labels.Step_startOmni, 'Available for Chats')),
        heading(2, say(labels.Step_startSoftphone, 'Ready')),
        heading(3, labels.Step_inboundStarts),
        heading(4, say(labels.Step_callState, 'Busy Inbound')),
        heading(5, say(labels.Step_wrapState, 'Wrap')),
        heading(6, labels.Step_callEnds),
        heading(7, say(labels.Step_backReady, 'Ready'))
    ];
    if (JSON.stringify(headings) !== JSON.stringify(expected))
        throw new Error(`the steps are titled ${JSON.stringify(headings)}, not ${JSON.stringify(expected)}`);
    // Back in Ready: the status before the call comes back (B10), named beside its id.
    const last = trace.at(-1).decisions;
    const revert = last.find((decision) => decision.badge === 'B10');
    if (!revert?.text.includes(labels.Rule_B10))
        throw new Error(`no B10 with its name in the last step: ${JSON.stringify(last)}`);
    if (!last.some((decision) => decision.text.includes(say(labels.Dry_Run_Command_Omni, 'Available for Chats'))))
        throw new Error(`the last step does not set Available for Chats back: ${JSON.stringify(last)}`);
    // No bare bookkeeping id: an event only recorded reads as such, explained in words.
    const all = trace.flatMap((step) => step.decisions);
    if (all.some((decision) => decision.badge === 'track')) throw new Error('a "track" badge is shown');
    const recorded = all.find((decision) => decision.badge === labels.Rule_track);
    if (recorded?.title !== labels.Dry_Run_Recorded_Help)
        throw new Error(`the recorded badge is not explained: ${JSON.stringify(recorded)}`);
    await expectEqual(() => setupText(page, '[data-id="dry-run-legend"]'), labels.Dry_Run_Legend, 'the legend');
    for (const decision of all.filter((d) => /^[BS]\d+$/.test(d.badge))) {
        if (!decision.text.includes(labels[`Rule_${decision.badge}`]))
            throw new Error(`${decision.badge} without its name: ${decision.text}`);
    }
    await inSetup(page, '[data-id="dry-run-trace"]').scrollIntoViewIfNeeded();
    await screenshot(page, `setup-dry-run-inbound-${language}`);

    // Accepted Omni-Channel work: the softphone goes to the Work Accepted State (B7) and comes back.
    await inSetup(page, '[data-id="dry-run-sequence"]').selectOption('workAccepted');
    await inSetup(page, '[data-id="dry-run"]').click();
    let work = [];
    await waitFor(async () => {
        work = await traceOf(page);
        return work.some((step) => step.heading.endsWith(labels.Step_workAccepted));
    }, 'the accepted work sequence');
    const accepted = work.find((step) => step.heading.endsWith(labels.Step_workAccepted)).decisions;
    if (
        !accepted.some(
            (d) => d.badge === 'B7' && d.text.includes(say(labels.Dry_Run_Command_Softphone, 'Busy Inbound'))
        )
    )
        throw new Error(`accepted work does not make the softphone busy: ${JSON.stringify(accepted)}`);
    return { page, trace: [...trace, ...work] };
}

export const tests = [
    [
        'issue 22.7 (en) the dry run plays an inbound call from a chosen status with Revert After Inbound, and accepted work, each rule named',
        async (context) => {
            await dryRunWalk(context, 'en');
        }
    ],
    [
        'issue 22.7 (es) the dry run in Spanish: step titles, rule names and the recorded badge, no English word',
        async (context) => {
            const { trace } = await dryRunWalk(context, 'es');
            const words = trace.flatMap((step) => [step.heading, ...step.decisions.map((d) => `${d.text} ${d.title}`)]);
            const text = words.join(' | ');
            const english = Object.keys(LABELS.en)
                .filter((key) => /^(Step_|Rule_|Dry_Run_|Detail_)/.test(key))
                .map((key) => [LABELS.en[key].split('{')[0].trim(), LABELS.es[key].split('{')[0].trim()])
                // A whole phrase: "Omni work" is not in "Trabajo de Omni work-1" (work-1 is the work item's id).
                .filter(([lead, translated]) => lead !== translated && lead.length > 6 && phrase(lead).test(text))
                .map(([lead]) => lead);
            if (english.length > 0) throw new Error(`English in the Spanish dry run: ${english.join(' | ')}`);
        }
    ],
    [
        'issue 22.8 (en) an agent is refused in words of a refusal, and a save the org blocks says what to switch on',
        async (context) => refusalAndBlockedDeploy(context, 'en')
    ],
    [
        'issue 22.8 (es) the agent refusal and the deploy-blocked message in Spanish, the settings form translated',
        async (context) => refusalAndBlockedDeploy(context, 'es')
    ]
];

/** Issue 22.8 in one language: the refusal is a refusal in the user's language; a blocked deployment is said in it. */
async function refusalAndBlockedDeploy(context, language) {
    const labels = LABELS[language];
    const agent = await openSetup(context, `?lang=${language}&agent`);
    await expectEqual(() => setupText(agent, '[data-id="refused"]'), labels.Refused, "the agent's refusal");
    if ((await setupText(agent, '[data-id="load-error"]')) !== null)
        throw new Error(`the refusal is worded as a load failure: ${await setupText(agent, '[data-id="load-error"]')}`);

    const admin = await openSetup(context, `?lang=${language}&deployBlocked`);
    await waitFor(async () => (await setupText(admin, '[data-id="statuses-message"]')) ?? '', 'statuses');
    // The settings form as the org's describe gives it in the user's language: label, help text, picklist values.
    const scope = await admin.evaluate(() => {
        const field = document
            .querySelector('c-presence-sync-setup')
            .shadowRoot.querySelector('div[data-field="Revert_Scope__c"]');
        return {
            label: field.querySelector('label').textContent.trim(),
            options: [...field.querySelectorAll('option')].map((option) => option.textContent.trim())
        };
    });
    const expectedScope =
        language === 'es'
            ? { label: 'Alcance de la reversión', options: ['Solo interacciones entrantes', 'Todas las interacciones'] }
            : { label: 'Revert Scope', options: ['Inbound interactions only', 'Every interaction'] };
    for (const option of expectedScope.options)
        if (scope.label !== expectedScope.label || !scope.options.includes(option))
            throw new Error(`Revert Scope reads ${JSON.stringify(scope)}, not ${JSON.stringify(expectedScope)}`);

    const retries = inSetup(admin, 'input[data-field="Command_Retry_Limit__c"]');
    await retries.fill('7');
    await retries.dispatchEvent('change');
    await inSetup(admin, '[data-id="save"]').click();
    await expectEqual(
        () => setupText(admin, '[data-id="save-message"]'),
        labels.Deploy_Not_Allowed,
        'the deploy-blocked message',
        15000
    );
}
