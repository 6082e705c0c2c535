// What the agent reads when the connection fails (issue 21, items 1 and 4), at 340×480 in English and Spanish:
// - a softphone that was connected stops answering mid-call: when it stopped, the softphone as last seen, Reload
//   softphone, and what Omni-Channel was left in (no Disconnect Status) or set to (with one), with no set-up advice;
// - a configuration that fails to load (Apex fails, or answers with nothing usable): what to do, the error to quote,
//   Retry, and the last softphone page still in the utility without sync; a Retry that succeeds starts the sync.
import {
    ctx,
    expectEqual,
    inPanel,
    loggedIn,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelNotices,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { ENGLISH, exportedFile, openDetails, reads, sizeUtility, waitNamingNotices } from './reading.mjs';

/** The heartbeat needs two unanswered pings (5 s apart) to find a silent page lost. */
const LOSS_TIMEOUT_MS = 30000;

const WORDS = {
    en: {
        query: '',
        inSync: 'In sync',
        lost: /^Your softphone stopped answering at \d{1,2}:\d{2}( ?[AP]M)?$/,
        lastSeen: 'Last seen: Busy Inbound',
        notAnswering: 'Not answering',
        reload: 'Reload softphone',
        stays: 'Omni-Channel stays in On a Call and will not change by itself',
        setTo: 'The sync set Omni-Channel to Away: the Disconnect Status in the Presence Sync settings',
        againAvailable: 'Omni-Channel is Available again: you may be routed work while your softphone does not answer',
        pickBlocked: 'You changed Omni-Channel to Available. The sync left the softphone as it is',
        vague: 'a setting or the situation',
        advice: ['Softphone URL', 'CSP Trusted Site', 'bridge client'],
        retry: 'Retry',
        action: 'Select Retry. If it keeps failing, tell your Salesforce admin and quote this error: ',
        syncOff: 'The sync is off until the configuration loads: your softphone below still takes calls'
    },
    es: {
        query: '?lang=es',
        inSync: 'Sincronizado',
        lost: /^Su softphone dejó de responder a las \d{1,2}:\d{2}$/,
        lastSeen: 'Visto por última vez: Busy Inbound',
        notAnswering: 'No responde',
        reload: 'Recargar softphone',
        stays: 'Omni-Channel sigue en On a Call y no cambiará por sí solo',
        setTo: 'La sincronización puso Omni-Channel en Away: el Estado al desconectar',
        againAvailable:
            'Omni-Channel vuelve a estar en Available: puede recibir trabajo mientras su softphone no responde',
        pickBlocked: 'Usted cambió Omni-Channel a Available. La sincronización dejó el softphone como está',
        vague: 'una configuración o la situación',
        advice: ['URL del softphone', 'sitio de confianza CSP', 'cliente del puente'],
        retry: 'Reintentar',
        action: 'Seleccione Reintentar. Si sigue fallando, avise a su administrador de Salesforce y cite este error: ',
        syncOff:
            'La sincronización está desactivada hasta que se cargue la configuración: su softphone, más abajo, sigue'
    }
};

/** English of these flows that must not show under Spanish. */
const FAULT_ENGLISH = [
    ...ENGLISH,
    'stopped answering',
    'Last seen',
    'Reload softphone',
    'Not answering',
    'Retry',
    'could not be loaded',
    'The sync is off'
];

const withQuery = (query, extra) => (query ? `${query}&${extra}` : `?${extra}`);

/** Clicks a lightning-button of the panel by its data-id. */
function clickPanelButton(page, id) {
    return inPanel(
        page,
        (panel, dataId) => {
            const button = panel.query(`[data-id="${dataId}"]`);
            if (!button) throw new Error(`no ${dataId} button`);
            (button.shadowRoot?.querySelector('button') ?? button).click();
        },
        id
    );
}

/** The label of a lightning-button of the panel, as the agent reads it (inside the button's own shadow tree). */
function buttonLabel(page, id) {
    return inPanel(
        page,
        (panel, dataId) => {
            const button = panel.query(`[data-id="${dataId}"]`);
            if (!button) return null;
            return (button.shadowRoot?.textContent ?? button.textContent).replace(/\s+/g, ' ').trim() || button.label;
        },
        id
    );
}

/** ContactPad's frame, connected to the panel or not (a softphone page without sync still takes calls). */
function padPage(page) {
    return waitFor(async () => {
        const frame = page.frames().find((f) => f.url().startsWith(ctx.simulator.padOrigin));
        if (!frame) return null;
        return (await frame.locator('[data-test="pad-status"]').count()) > 0 ? frame : null;
    }, "ContactPad's page in the utility");
}

/** A softphone page that hangs mid-call: the panel finds it lost. */
async function dropMidCall(language, context, query) {
    const words = WORDS[language];
    const { page, pad } = await loggedIn(context, query);
    await sizeUtility(page);
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync on the call');
    await pad.evaluate(() => window.contactPad.stopAnswering());
    const headline = await waitNamingNotices(
        page,
        async () => {
            const now = await panelText(page, 'headline');
            return words.lost.test(now ?? '') ? now : null;
        },
        `the headline to say when the softphone stopped answering (${words.lost})`,
        LOSS_TIMEOUT_MS
    );
    return { page, headline };
}

/** What the agent reads of a lost softphone, whatever Omni-Channel did. */
async function expectLostWords(page, language) {
    const words = WORDS[language];
    await expectEqual(() => panelText(page, 'softphone'), words.lastSeen, 'the softphone as last seen');
    await expectEqual(() => panelText(page, 'connection'), words.notAnswering, 'the connection line');
    await expectEqual(() => buttonLabel(page, 'reload-softphone'), words.reload, 'the Reload softphone action');
    if ((await panelText(page, 'interaction')) !== null)
        throw new Error('a lost softphone still shows "on an interaction"');
    const measure = await reads(page, language, { english: FAULT_ENGLISH });
    for (const advice of words.advice)
        if (measure.text.includes(advice))
            throw new Error(`set-up advice for a softphone that was connected: "${advice}"`);
    return measure;
}

/** Reload softphone: the page comes back on its server session, still on the call, and the sides agree again. */
async function reloadAndRecover(page, language, omni) {
    const words = WORDS[language];
    await clickPanelButton(page, 'reload-softphone');
    const pad = await padPage(page);
    await expectEqual(() => padStatus(pad), 'Busy Inbound', 'ContactPad after the reload, on its call');
    await expectEqual(() => panelText(page, 'softphone'), 'Busy Inbound', 'the softphone side after the reload', 15000);
    await expectEqual(() => omniStatus(page), omni, 'Omni after the softphone is back', 15000);
    await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync again', 15000);
    if ((await buttonLabel(page, 'reload-softphone')) !== null)
        throw new Error('Reload softphone stays after it answered');
    await reads(page, language, { english: FAULT_ENGLISH });
}

function lostWithoutDisconnectStatus(language) {
    const words = WORDS[language];
    return [
        `issue 21.1 (${language}): a softphone that stops answering mid-call is said as such; Omni stays and will not change by itself, at 340×480`,
        async (context) => {
            const { page, headline } = await dropMidCall(language, context, words.query);
            await expectLostWords(page, language);
            const notices = await panelNotices(page);
            if (!notices.some((n) => n.startsWith(words.stays)))
                throw new Error(
                    `no word of Omni staying in its status: ${notices.join(' | ')} (headline "${headline}")`
                );
            if ((await omniStatus(page)) !== 'On a Call')
                throw new Error('Omni-Channel changed without a Disconnect Status');
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `softphone-lost-340x480-${language}`);
            await reloadAndRecover(page, language, 'On a Call');
        }
    ];
}

function lostWithDisconnectStatus(language) {
    const words = WORDS[language];
    return [
        `issue 21.1 (${language}): with a Disconnect Status the panel says the sync set Omni to it, naming the setting, at 340×480`,
        async (context) => {
            const query = withQuery(words.query, 'set=Disconnect_Status__c:Away');
            const { page } = await dropMidCall(language, context, query);
            await expectEqual(() => omniStatus(page), 'Away', 'Omni in the Disconnect Status');
            await expectEqual(() => panelText(page, 'omni'), 'Away', "the panel's Omni side");
            await expectLostWords(page, language);
            const notices = await panelNotices(page);
            if (!notices.some((n) => n.startsWith(words.setTo)))
                throw new Error(`no word of the Disconnect Status: ${notices.join(' | ')}`);
            await screenshot(
                page.locator('[data-test="presence-sync-slot"]'),
                `softphone-lost-disconnect-status-340x480-${language}`
            );
        }
    ];
}

/** The panel's decisions list, as the agent reads its rows (input and outcome), newest first. */
function decisionTexts(page) {
    return inPanel(page, (panel) =>
        panel.queryAll('[data-id="decisions"] li').map((li) => li.textContent.replace(/\s+/g, ' ').trim())
    );
}

function lostThenAgentPicks(language) {
    const words = WORDS[language];
    return [
        `issue 21.r1 (${language}): after the Disconnect Status the agent picks Available; the notice says Omni-Channel is Available again and may route work, at 340×480`,
        async (context) => {
            const query = withQuery(words.query, 'set=Disconnect_Status__c:Away');
            const { page } = await dropMidCall(language, context, query);
            await expectEqual(() => omniStatus(page), 'Away', 'Omni in the Disconnect Status');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Available' });
            await expectEqual(() => omniStatus(page), 'Available', 'Omni as the agent picked it');
            await waitNamingNotices(
                page,
                async () => (await panelNotices(page)).some((n) => n.startsWith(words.againAvailable)),
                `the notice to say "${words.againAvailable}"`,
                8000
            );
            const notices = await panelNotices(page);
            if (notices.some((n) => n.startsWith(words.setTo)))
                throw new Error(`the notice still says the sync set the Disconnect Status: ${notices.join(' | ')}`);
            await openDetails(page);
            const rows = await decisionTexts(page);
            if (!rows.some((row) => row.includes(words.pickBlocked)))
                throw new Error(`no decision naming why the pick changed nothing: ${rows.slice(0, 4).join(' | ')}`);
            if (rows.some((row) => row.includes(words.vague)))
                throw new Error(`a decision says only "${words.vague}": ${rows.join(' | ')}`);
            await reads(page, language, { english: FAULT_ENGLISH });
        }
    ];
}

/**
 * The softphone page's own load finishes after its scripts said hello (an image still loading): the first load of
 * the frame is not a reload, so no lost connection is recorded at start-up.
 */
function slowFirstLoad(language) {
    const words = WORDS[language];
    return [
        `issue 21.r3 (${language}): a softphone page whose load ends after its hello records no lost connection at start-up`,
        async (context) => {
            await context.route(/\/contactpad\.html/, async (route) => {
                const response = await route.fetch();
                const body = (await response.text()).replace('</body>', '<img src="/slow-probe.png" alt="" /></body>');
                await route.fulfill({ response, body });
            });
            await context.route(/\/slow-probe\.png/, async (route) => {
                await new Promise((resolve) => setTimeout(resolve, 2500));
                await route.fulfill({ status: 404, body: '' });
            });
            const page = await openConsole(context, words.query);
            await padFrame(page);
            // The frame's load event comes once the image gave up, after the hello.
            await new Promise((resolve) => setTimeout(resolve, 3500));
            const bundle = JSON.parse(await exportedFile(page));
            const lost = bundle.decisions.filter((d) => d.codes.inputKind === 'softphone.disconnected');
            if (lost.length > 0)
                throw new Error(`a lost connection at start-up: ${lost.map((d) => d.whatHappened).join(' | ')}`);
            // One connect is one event, whatever decisions it made.
            const connects = new Set(
                bundle.decisions.filter((d) => d.codes.inputKind === 'softphone.connected').map((d) => d.event)
            );
            if (connects.size !== 1) throw new Error(`the softphone connected ${connects.size} times at start-up`);
        }
    ];
}

function configurationFails(language, fault) {
    const words = WORDS[language];
    const quote =
        fault === 'configuration'
            ? 'configuration-unreadable (System.NoAccessException)'
            : 'configuration-unreadable (NoConfiguration)';
    const what = fault === 'configuration' ? 'fails to load' : 'comes back empty';
    return [
        `issue 21.4 (${language}): a configuration that ${what} says what to do, keeps the softphone page without sync, and Retry starts the sync, at 340×480`,
        async (context) => {
            // The fault lasts until this test ends it (the admin fixed it), in this mode's run only.
            const faultId = `${fault}-${language}-${ctx.mode}-${Date.now()}`;
            // An earlier, configured load saved the Softphone URL (and ContactPad's session logs in on its server).
            const { page: first } = await loggedIn(context, words.query);
            await first.close();
            const page = await context.newPage();
            page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
            const logs = [];
            page.on('console', (message) => logs.push(message.text()));
            page.on('request', (request) => logs.push(request.url().replace(ctx.simulator.consoleUrl, '/')));
            await page.goto(`${ctx.simulator.consoleUrl}${withQuery(words.query, `fail=${fault}&fault=${faultId}`)}`);
            await sizeUtility(page);
            await waitFor(() => panelText(page, 'load-error-action'), 'the load error to say what to do');
            const action = await panelText(page, 'load-error-action');
            if (action !== `${words.action}${quote}`) throw new Error(`the load error says "${action}"`);
            const syncOff = await panelText(page, 'load-error-sync-off');
            if (!syncOff.startsWith(words.syncOff)) throw new Error(`the sync-off line says "${syncOff}"`);
            await expectEqual(() => buttonLabel(page, 'load-retry'), words.retry, 'the Retry button');

            // The last softphone page is in the utility, without sync: the agent takes a call there.
            const pad = await padPage(page);
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad on its server session');
            await reads(page, language, { english: FAULT_ENGLISH });
            const slot = await page.evaluate(() => {
                const frame = document
                    .querySelector('c-presence-sync-panel')
                    .shadowRoot.querySelector('[data-id="softphone-frame"]');
                return frame ? frame.getBoundingClientRect().height : 0;
            });
            if (slot < 100) throw new Error(`the softphone frame is ${slot} px high`);
            await screenshot(
                page.locator('[data-test="presence-sync-slot"]'),
                `configuration-failed-${fault}-340x480-${language}`
            );
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => padStatus(pad), 'Busy Inbound', 'a call taken in the softphone without sync');
            if ((await omniStatus(page)) !== 'Available')
                throw new Error('Omni-Channel changed while the sync was off');
            await pad.evaluate(() => {
                window.notReloaded = true;
            });

            // The admin fixed it: Retry loads the configuration and the sync starts, in the same softphone page.
            await fetch(`${ctx.simulator.consoleUrl}api/configuration/fault-ended?fault=${faultId}`);
            await clickPanelButton(page, 'load-retry');
            await waitFor(async () => (await panelText(page, 'load-error')) === null, 'the load error to go').catch(
                async (error) => {
                    throw new Error(
                        `${error.message}; it says: ${await panelText(page, 'load-error')}; console: ${logs.join(' | ')}`
                    );
                }
            );
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni set from the call (B15)', 15000);
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync after Retry', 15000);
            await expectEqual(() => panelText(page, 'softphone'), 'Busy Inbound', 'the softphone side after Retry');
            if (!(await pad.evaluate(() => window.notReloaded === true)))
                throw new Error('Retry reloaded the softphone page (a call would drop)');
            await reads(page, language, { english: FAULT_ENGLISH });
        }
    ];
}

export const tests = ['en', 'es'].flatMap((language) => [
    lostWithoutDisconnectStatus(language),
    lostWithDisconnectStatus(language),
    lostThenAgentPicks(language),
    slowFirstLoad(language),
    configurationFails(language, 'configuration'),
    configurationFails(language, 'configuration-empty')
]);
