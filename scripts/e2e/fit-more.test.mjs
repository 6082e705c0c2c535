// Issue 21, what was left of fitting the utility (340×480, and 420×640 where it adds), in English and Spanish:
// - a configuration that fails to load is one line (the sync is off, Retry) with its details on demand, and the
//   softphone frame gets the rest of the utility, its controls in sight, so the agent still takes calls; a Retry
//   that fails again shows it ran (busy while it runs, then when it was tried);
// - a notice with a held change during a call, admin information with a notice, a lost softphone with a held change
//   and the storage notice fit without the utility scrolling: the held change and the notices take the room the
//   frame leaves and scroll inside it, the headline whole, ContactPad's call controls in sight;
// - after a reload the storage notice says which decisions are already missing, not that they will be.
import { ctx, expectEqual, inPanel, loggedIn, omniStatus, padStatus, panelText, screenshot, waitFor } from './lib.mjs';
import { ENGLISH, noticeWith, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        lang: [],
        line: 'Sync off: set-up not loaded',
        retrying: 'Trying…',
        retried: /^Retried at \d{1,2}:\d{2}( ?[AP]M)?: failed$/,
        action: 'Select Retry. If it keeps failing, tell your Salesforce admin',
        inSync: 'In sync',
        held: 'Lunch waits for the call to end',
        notice: 'Capacity Threshold Percent',
        configGap: /^The sync's set-up has \d+ gaps? that only your admin can fix\./,
        lost: /^Your softphone stopped answering at /,
        storageFull: "This browser's storage is full",
        missing: /^(\d+) of the sync's decisions from before the last reload are missing/,
        willBe: 'will be missing after a reload'
    },
    es: {
        lang: ['lang=es'],
        line: 'Sincronización desactivada',
        retrying: 'Intentando…',
        retried: /^Reintento a las \d{1,2}:\d{2}: falló$/,
        action: 'Seleccione Reintentar. Si sigue fallando, avise a su administrador de Salesforce',
        inSync: 'Sincronizado',
        held: 'Lunch espera a que termine la llamada',
        // The field's label as a Spanish-speaking user's org shows it (the package's translation of the field).
        notice: 'Porcentaje de umbral de capacidad',
        configGap: /^La configuración de la sincronización tiene .* que solo su administrador puede corregir\./,
        lost: /^Su softphone dejó de responder a las /,
        storageFull: 'El almacenamiento de este navegador está lleno',
        missing: /^Faltan (\d+) decisiones de la sincronización de antes de la última recarga/,
        willBe: 'faltarán tras recargar'
    }
};

/** English of these flows that must not show under Spanish. */
const NOT_SPANISH = [
    ...ENGLISH,
    'Sync off',
    'set-up not loaded',
    'Retried',
    'failed',
    'Trying',
    'Retry',
    'Waiting',
    'after the call',
    'storage is full',
    'are missing',
    'stopped answering'
];

/** The heartbeat needs two unanswered pings (5 s apart) to find a silent page lost. */
const LOSS_TIMEOUT_MS = 30000;

const query = (language, ...more) => {
    const parts = [...WORDS[language].lang, ...more];
    return parts.length > 0 ? `?${parts.join('&')}` : '';
};

const slotOf = (page) => page.locator('[data-test="presence-sync-slot"]');

/** The panel's element by `data-id`, clicked as the agent clicks it (a lightning-button's own button inside). */
function clickPanel(page, id) {
    return inPanel(
        page,
        (panel, dataId) => {
            const node = panel.query(`[data-id="${dataId}"]`);
            if (!node) throw new Error(`no ${dataId}`);
            (node.shadowRoot?.querySelector('button') ?? node).click();
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

/**
 * The utility as the agent sees it with nothing scrolled: its content against its height, the headline (whole, in
 * sight, on top), the softphone frame's height in sight, where ContactPad's `controls` sit against the frame's
 * viewport and the utility, and the messages region (held change and notices) with its first notice.
 */
async function layout(page, pad, controls) {
    await page.evaluate(() => {
        document.querySelector('[data-test="presence-sync-slot"]').scrollTop = 0;
    });
    if (pad) await pad.evaluate(() => window.scrollTo(0, 0));
    const measured = await inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        const box = slot.getBoundingClientRect();
        const view = { top: box.top + slot.clientTop, bottom: box.top + slot.clientTop + slot.clientHeight };
        const headlineNode = panel.query('[data-id="headline"]');
        const headline = headlineNode?.getBoundingClientRect();
        // What shows there, as the headline's own shadow tree sees it (the child component that draws it).
        const onTop =
            headline &&
            headlineNode.getRootNode().elementFromPoint(headline.left + 4, headline.top + headline.height / 2);
        const frame = panel.query('[data-id="softphone-frame"]');
        const frameBox = frame?.getBoundingClientRect();
        const firstNotice = panel.query('[data-id="notices"] li p');
        const noticeBox = firstNotice?.getBoundingClientRect();
        const live = panel.query('.live')?.getBoundingClientRect();
        return {
            view,
            content: slot.scrollHeight,
            height: slot.clientHeight,
            sideways: slot.scrollWidth > slot.clientWidth + 1,
            headline: headline
                ? {
                      whole: headline.top >= view.top - 1 && headline.bottom <= view.bottom + 1,
                      onTop: Boolean(onTop?.closest('[data-id="headline"]'))
                  }
                : null,
            frame: frame && {
                top: frameBox.top + frame.clientTop,
                height: frame.clientHeight,
                inSight: Math.max(0, Math.min(frameBox.bottom, view.bottom) - Math.max(frameBox.top, view.top))
            },
            // Where the messages region and the first notice sit, for a failure's message.
            where: live && {
                live: [Math.round(live.top), Math.round(live.bottom)],
                notice: noticeBox ? Math.round(noticeBox.top) : null,
                headline: headline ? Math.round(headline.height) : null,
                // A child component draws no box of its own (display: contents): its first element stands for it.
                parts: [...panel.query('.panel').children]
                    .map((n) => n.shadowRoot?.firstElementChild ?? n)
                    .map((n) => [
                        n.className.split(' ')[0] || n.tagName,
                        Math.round(n.getBoundingClientRect().top),
                        Math.round(n.getBoundingClientRect().height)
                    ])
            },
            // The first line of the first notice, inside the messages region and the utility.
            noticeLineShows: noticeBox
                ? noticeBox.top >= live.top - 1 &&
                  noticeBox.top + parseFloat(getComputedStyle(firstNotice).lineHeight) <=
                      Math.min(live.bottom, view.bottom) + 1
                : null
        };
    });
    const buttons =
        pad && controls
            ? await pad.evaluate(
                  (tests) =>
                      Object.fromEntries(
                          tests.map((test) => {
                              const box = document.querySelector(`[data-test="${test}"]`).getBoundingClientRect();
                              return [test, { top: box.top, bottom: box.bottom, viewport: window.innerHeight }];
                          })
                      ),
                  controls
              )
            : {};
    return { ...measured, buttons };
}

/** Throws unless the utility does not scroll (nor sideways), the headline (if any) whole and on top. */
function fits(measure, what) {
    if (measure.content > measure.height + 1)
        throw new Error(`${what}: ${measure.content} px of content in a ${measure.height} px utility (it scrolls)`);
    if (measure.sideways) throw new Error(`${what}: the panel scrolls sideways`);
    if (measure.headline && (!measure.headline.whole || !measure.headline.onTop))
        throw new Error(`${what}: the headline is cut off`);
}

/** Throws unless each of ContactPad's controls shows whole inside the softphone frame and inside the utility. */
function controlsShow(measure, what) {
    if (!measure.frame) throw new Error(`${what}: no softphone frame`);
    for (const [test, button] of Object.entries(measure.buttons)) {
        if (button.top < 0 || button.bottom > button.viewport + 0.5)
            throw new Error(
                `${what}: ContactPad's ${test} is cut by the softphone frame (it ends ${Math.round(button.bottom)} px down a frame ${button.viewport} px high)`
            );
        const bottom = measure.frame.top + button.bottom;
        if (measure.frame.top + button.top < measure.view.top - 0.5 || bottom > measure.view.bottom + 0.5)
            throw new Error(
                `${what}: ContactPad's ${test} is below the fold (it ends ${Math.round(bottom - measure.view.top)} px down a utility ${measure.height} px high)`
            );
    }
}

/** Throws unless a notice shows at least its first line, and its whole text scrolls into sight in its region. */
async function noticeReadable(page, measure, what) {
    if (measure.noticeLineShows !== true)
        throw new Error(`${what}: the notice's first line does not show: ${JSON.stringify(measure.where)}`);
    const whole = await inPanel(page, (panel) => {
        const live = panel.query('.live');
        const items = panel.queryAll('[data-id="notices"] li');
        return items.every((item) => {
            item.scrollIntoView({ block: 'nearest' });
            const box = item.getBoundingClientRect();
            const region = live.getBoundingClientRect();
            return box.height <= region.height + 1
                ? box.top >= region.top - 1 && box.bottom <= region.bottom + 1
                : true;
        });
    });
    if (!whole) throw new Error(`${what}: a notice cannot be scrolled into sight`);
}

/** Logs in with `more` query parts, takes an inbound call, picks Lunch in Omni-Channel: a change held to the call's end. */
async function callWithHeldChange(context, language, ...more) {
    const { page, pad } = await loggedIn(context, query(language, ...more));
    await sizeUtility(page);
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
    await waitFor(() => panelText(page, 'held-box'), 'the held change');
    await expectEqual(() => panelText(page, 'headline'), WORDS[language].held, 'the headline');
    return { page, pad };
}

function configurationFails(language) {
    const words = WORDS[language];
    return [
        `issue 21.11 (${language}): a configuration that fails to load is one line with Retry at 340×480, the softphone frame gets the rest with its controls in sight, and a Retry that fails again shows it ran`,
        async (context) => {
            const faultId = `fit-${language}-${ctx.mode}-${Date.now()}`;
            // An earlier, configured load saved the Softphone URL (and ContactPad's session logs in on its server).
            const { page: first } = await loggedIn(context, query(language));
            await first.close();
            const page = await context.newPage();
            page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
            await page.goto(`${ctx.simulator.consoleUrl}${query(language, 'fail=configuration', `fault=${faultId}`)}`);
            await sizeUtility(page);
            await waitFor(() => panelText(page, 'load-error-action'), 'the load error');
            const pad = await padPage(page);
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad on its server session');
            const controls = ['pad-state-select', 'pad-inbound', 'pad-hangup', 'pad-end-wrap', 'pad-logout'];
            let measure = await layout(page, pad, controls);
            fits(measure, 'the load error');
            controlsShow(measure, 'the load error');
            if (measure.frame.inSight < measure.height - 64)
                throw new Error(
                    `the softphone frame shows ${Math.round(measure.frame.inSight)} px of a ${measure.height} px utility`
                );
            await expectEqual(() => panelText(page, 'load-error-line'), words.line, 'the one line');
            const box = () =>
                page.evaluate(() => {
                    const shadow = document.querySelector('c-presence-sync-panel').shadowRoot;
                    const line = shadow.querySelector('[data-id="load-error-line"]');
                    return {
                        lines: Math.round(
                            line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight)
                        ),
                        // The line shows whole: not cut to an ellipsis.
                        cut: line.scrollWidth > line.clientWidth + 1,
                        details: shadow.querySelector('[data-id="load-error-details"]').checkVisibility(),
                        // Widths (px) of the line, its text, the toggle and Retry, for a failure's message.
                        widths: ['load-line', 'load-line-text', 'load-toggle', 'load-retry'].map((name) =>
                            Math.round(shadow.querySelector(`.${name}`).getBoundingClientRect().width)
                        )
                    };
                });
            const closed = await box();
            if (closed.lines !== 1 || closed.cut || closed.details)
                throw new Error(`the load error is not one line: ${JSON.stringify(closed)}`);
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-configuration-failed-340x480-${language}`);

            // Details on demand: why and what to do, then closed again.
            await clickPanel(page, 'load-error-toggle');
            await waitFor(async () => (await box()).details, 'the details to open');
            const action = await panelText(page, 'load-error-action');
            if (!action.startsWith(words.action)) throw new Error(`the details say "${action}"`);
            await reads(page, language, { english: NOT_SPANISH });
            await clickPanel(page, 'load-error-toggle');
            await waitFor(async () => !(await box()).details, 'the details to close');

            // A Retry that fails again: busy while it runs, then the line says when it was tried.
            await clickPanel(page, 'load-retry');
            const busy = await page.evaluate(() => {
                const node = document
                    .querySelector('c-presence-sync-panel')
                    .shadowRoot.querySelector('[data-id="load-retry"]');
                return { text: node.textContent.trim(), disabled: node.disabled };
            });
            if (busy.text !== words.retrying || !busy.disabled)
                throw new Error(`Retry shows no sign it runs: ${JSON.stringify(busy)}`);
            const line = await waitFor(async () => {
                const text = await panelText(page, 'load-error-line');
                return words.retried.test(text ?? '') ? text : null;
            }, `the line to say when Retry ran (${words.retried})`);
            measure = await layout(page, pad, controls);
            fits(measure, 'after a Retry that failed');
            const retried = await box();
            if (retried.lines !== 1 || retried.cut)
                throw new Error(`"${line}" does not show whole on one line: ${JSON.stringify(retried)}`);
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-configuration-retried-340x480-${language}`);

            // The admin fixed it: Retry starts the sync.
            await fetch(`${ctx.simulator.consoleUrl}api/configuration/fault-ended?fault=${faultId}`);
            await clickPanel(page, 'load-retry');
            await waitFor(async () => (await panelText(page, 'load-error')) === null, 'the load error to go', 15000);
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync', 15000);
        }
    ];
}

function noticeHeldCall(language) {
    const words = WORDS[language];
    return [
        `issue 21.11 (${language}): a notice with a held change during a call fits 340×480 and 420×640 without scrolling, ContactPad's Hang up in sight`,
        async (context) => {
            const { page, pad } = await callWithHeldChange(context, language, 'set=Capacity_Threshold_Percent__c:500');
            await noticeWith(page, words.notice, 'the notice');
            for (const [width, height] of [
                [340, 480],
                [420, 640]
            ]) {
                await sizeUtility(page, width, height);
                const what = `a notice with a held change at ${width}×${height}`;
                const measure = await layout(page, pad, ['pad-hangup']);
                fits(measure, what);
                controlsShow(measure, what);
                await noticeReadable(page, measure, what);
                await reads(page, language, { width, height, english: NOT_SPANISH });
                await screenshot(slotOf(page), `fit-notice-held-call-${width}x${height}-${language}`);
            }
        }
    ];
}

function adminInformationAndNotice(language) {
    const words = WORDS[language];
    return [
        `issue 21.11 (${language}): admin information and a notice with a held change during a call fit 340×480`,
        async (context) => {
            const { page, pad } = await callWithHeldChange(
                context,
                language,
                'agent',
                'set=Command_Retry_Limit__c:99,Capacity_Threshold_Percent__c:500'
            );
            await noticeWith(page, words.configGap, 'the admin information');
            const measure = await layout(page, pad, ['pad-hangup']);
            fits(measure, 'admin information and a notice');
            controlsShow(measure, 'admin information and a notice');
            await noticeReadable(page, measure, 'admin information and a notice');
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-admin-notice-held-340x480-${language}`);
        }
    ];
}

function lostWithHeld(language) {
    const words = WORDS[language];
    return [
        `issue 21.11 (${language}): a softphone lost during a call with a held change fits 340×480, Reload softphone in sight`,
        async (context) => {
            const { page, pad } = await callWithHeldChange(context, language);
            await pad.evaluate(() => window.contactPad.stopAnswering());
            await waitFor(
                async () => words.lost.test((await panelText(page, 'headline')) ?? ''),
                'the softphone lost',
                LOSS_TIMEOUT_MS
            );
            const measure = await layout(page, null, null);
            fits(measure, 'a lost softphone with a held change');
            await noticeReadable(page, measure, 'a lost softphone with a held change');
            if (measure.frame.height < 120) throw new Error(`the softphone frame is ${measure.frame.height} px high`);
            const reload = await inPanel(
                page,
                (panel) => panel.query('[data-id="reload-softphone"]')?.getBoundingClientRect().bottom ?? null
            );
            if (reload === null || reload > measure.view.bottom) throw new Error('Reload softphone is not in sight');
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-lost-held-340x480-${language}`);
        }
    ];
}

/** Fills this origin's storage to its quota, as other applications of the console may. */
function fillStorage(page) {
    return page.evaluate(() => {
        const block = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 400; i++) {
            try {
                localStorage.setItem(`filler:${i}`, block);
            } catch {
                for (let j = 0; j < 4000; j++) {
                    try {
                        localStorage.setItem(`filler:${i}:${j}`, 'x'.repeat(256));
                    } catch {
                        return;
                    }
                }
                return;
            }
        }
    });
}

function storageNotice(language) {
    const words = WORDS[language];
    return [
        `issue 21.11 (${language}): the storage notice with a held change during a call fits 340×480, and after a reload says which decisions are already missing`,
        async (context) => {
            const { page, pad } = await loggedIn(context, query(language));
            await sizeUtility(page);
            await fillStorage(page);
            for (const state of ['Away: Lunch', 'Ready', 'Away: Meeting', 'Ready']) {
                await pad.selectOption('[data-test="pad-state-select"]', { label: state });
                await waitFor(async () => (await omniStatus(page)) !== 'Offline', 'Omni to follow');
            }
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the changes');
            await noticeWith(page, words.storageFull, 'the storage notice');
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
            await waitFor(() => panelText(page, 'held-box'), 'the held change');
            const measure = await layout(page, pad, ['pad-hangup']);
            fits(measure, 'the storage notice with a held change');
            controlsShow(measure, 'the storage notice with a held change');
            await noticeReadable(page, measure, 'the storage notice with a held change');
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-storage-held-call-340x480-${language}`);

            // The other application frees its storage; the next save records what was lost; the console reloads.
            await pad.click('[data-test="pad-hangup"]');
            await pad.click('[data-test="pad-end-wrap"]');
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the wrap');
            await page.evaluate(() => {
                for (const key of Object.keys(localStorage))
                    if (key.startsWith('filler:')) localStorage.removeItem(key);
            });
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Ready' });
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after Ready');
            await page.reload();
            await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
            await sizeUtility(page);
            const notice = await noticeWith(page, words.missing, 'the decisions already missing', 15000);
            if (notice.includes(words.willBe))
                throw new Error(`after the reload it says they will be missing: ${notice}`);
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-storage-after-reload-340x480-${language}`);
        }
    ];
}

export const tests = ['en', 'es'].flatMap((language) => [
    configurationFails(language),
    noticeHeldCall(language),
    adminInformationAndNotice(language),
    lostWithHeld(language),
    storageNotice(language)
]);
