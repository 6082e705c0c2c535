// Issue 21, item 5: the panel fits the utility at 340×480 (a utility item added by hand) during a call with a held
// change, in English and Spanish. The held change is one line naming what waits, with the sentence behind it; the
// headline is never cut; the panel's own part stays small enough that ContactPad's Hang up and End wrap (in the
// softphone frame) show whole without scrolling; nothing scrolls sideways. Then the other busy states at 340×480
// (wrap with a held change, a follower tab, a notice with a held change) and the shipped 420×640.
import { expectEqual, inPanel, loggedIn, omniStatus, openConsole, panelText, screenshot, waitFor } from './lib.mjs';
import { ENGLISH, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        query: '',
        held: 'Lunch waits for the call to end',
        line: 'Waiting: Lunch, after the call',
        sentence: 'After this call your softphone follows your Omni-Channel change to Lunch.',
        otherTab: 'Sync runs in another tab'
    },
    es: {
        query: '?lang=es',
        held: 'Lunch espera a que termine la llamada',
        line: 'En espera: Lunch, tras la llamada',
        sentence: 'Tras esta llamada, su softphone seguirá su cambio de Omni-Channel a Lunch.',
        otherTab: 'La sincronización se ejecuta en otra pestaña'
    }
};

/** English that must not show under Spanish, this item's words included. */
const NOT_SPANISH = [...ENGLISH, 'Waiting', 'after the call', 'Change waits', 'Held change'];

/** A configuration problem the panel shows as a notice (a Capacity Threshold Percent out of range). */
const NOTICE_SETTING = 'set=Capacity_Threshold_Percent__c:500';

const slotOf = (page) => page.locator('[data-test="presence-sync-slot"]');

/** Scrolls the utility to `where` ('top' or 'bottom') and ContactPad's page to its top. */
async function scrollUtility(page, pad, where) {
    await page.evaluate((to) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        slot.scrollTop = to === 'top' ? 0 : slot.scrollHeight;
    }, where);
    if (pad) await pad.evaluate(() => window.scrollTo(0, 0));
}

/**
 * What the utility shows as it is scrolled now: its content against its height, the headline (whole, in sight and
 * on top), the held box's line count, and where ContactPad's Hang up and End wrap sit against the softphone frame's
 * viewport and the utility's.
 */
async function layout(page, pad) {
    const measured = await inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        const slotBox = slot.getBoundingClientRect();
        const view = { top: slotBox.top + slot.clientTop, bottom: slotBox.top + slot.clientTop + slot.clientHeight };
        const headlineNode = panel.query('[data-id="headline"]');
        const headline = headlineNode.getBoundingClientRect();
        // What shows there, as the headline's own shadow tree sees it (the child component that draws it).
        const onTop = headlineNode
            .getRootNode()
            .elementFromPoint(headline.left + 4, headline.top + headline.height / 2);
        const line = panel.query('[data-id="held-line"]');
        const sentence = panel.query('[data-id="held"]');
        const frame = panel.query('[data-id="softphone-frame"]');
        const frameBox = frame?.getBoundingClientRect();
        return {
            view,
            content: slot.scrollHeight,
            height: slot.clientHeight,
            sideways: slot.scrollWidth > slot.clientWidth + 1,
            headline: {
                inSight: headline.top >= view.top - 1 && headline.bottom <= view.bottom + 1,
                onTop: Boolean(onTop?.closest('[data-id="headline"]')),
                height: headline.height
            },
            heldLines: line
                ? Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight))
                : null,
            sentenceShown: sentence ? sentence.checkVisibility() : null,
            frame: frame && { top: frameBox.top + frame.clientTop, height: frame.clientHeight }
        };
    });
    const buttons = pad
        ? await pad.evaluate(() =>
              Object.fromEntries(
                  ['pad-hangup', 'pad-end-wrap'].map((test) => {
                      const box = document.querySelector(`[data-test="${test}"]`).getBoundingClientRect();
                      return [test, { top: box.top, bottom: box.bottom, viewport: window.innerHeight }];
                  })
              )
          )
        : {};
    return { ...measured, buttons };
}

/** Throws unless ContactPad's `test` button shows whole inside the softphone frame and the utility, as scrolled. */
function buttonShows(measure, test, name) {
    const button = measure.buttons[test];
    if (!measure.frame) throw new Error(`no softphone frame to show ${name}`);
    const top = measure.frame.top + button.top;
    const bottom = measure.frame.top + button.bottom;
    if (button.top < 0 || button.bottom > button.viewport + 0.5)
        throw new Error(
            `ContactPad's ${name} is cut by the softphone frame: it ends ${Math.round(button.bottom)} px down a frame ${button.viewport} px high`
        );
    if (top < measure.view.top - 0.5 || bottom > measure.view.bottom + 0.5)
        throw new Error(
            `ContactPad's ${name} is outside the utility: ${Math.round(bottom - measure.view.top)} px down a utility ${measure.height} px high`
        );
}

/** Throws unless everything shows in the utility without scrolling (and none sideways), the headline whole. */
function fitsWithoutScrolling(measure, what) {
    if (measure.content > measure.height + 1)
        throw new Error(`${what}: ${measure.content} px of content in a ${measure.height} px utility (it scrolls)`);
    if (measure.sideways) throw new Error(`${what}: the panel scrolls sideways`);
    if (!measure.headline.inSight || !measure.headline.onTop) throw new Error(`${what}: the headline is cut off`);
}

/** Throws unless the held change shows as one line (its sentence closed). */
function heldOnOneLine(measure, what) {
    if (measure.heldLines !== 1) throw new Error(`${what}: the held change takes ${measure.heldLines} lines, not one`);
    if (measure.sentenceShown !== false) throw new Error(`${what}: the held change's sentence shows, not its line`);
}

/** Logs in, takes an inbound call, picks Lunch in Omni-Channel during it: a change held until the call ends. */
async function callWithHeldChange(context, query, width = 340, height = 480) {
    const { page, pad } = await loggedIn(context, query);
    await sizeUtility(page, width, height);
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
    await waitFor(() => panelText(page, 'held-box'), 'the held change');
    return { page, pad };
}

async function expectWords(page, language, expected) {
    const words = WORDS[language];
    await expectEqual(() => panelText(page, 'headline'), expected.headline ?? words.held, 'the headline');
    await expectEqual(() => panelText(page, 'held-line'), words.line, 'the held change on one line');
    await expectEqual(() => panelText(page, 'held'), words.sentence, 'the held change behind its line');
}

function duringCall(language) {
    const words = WORDS[language];
    return [
        `issue 21.5 (${language}): during a call with a held change at 340×480 ContactPad's Hang up and End wrap show whole without scrolling`,
        async (context) => {
            const { page, pad } = await callWithHeldChange(context, words.query);
            await expectEqual(() => panelText(page, 'headline'), words.held, 'the headline');
            await scrollUtility(page, pad, 'top');
            let measure = await layout(page, pad);
            fitsWithoutScrolling(measure, 'on the call');
            buttonShows(measure, 'pad-hangup', 'Hang up');
            await expectWords(page, language, {});
            heldOnOneLine(measure, 'on the call');
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-held-call-340x480-${language}`);

            // The line opens to the sentence, and closes again.
            await page.locator('c-presence-sync-panel [data-id="held-toggle"]').click();
            await waitFor(async () => (await layout(page, pad)).sentenceShown, 'the sentence to open');
            await page.locator('c-presence-sync-panel [data-id="held-toggle"]').click();
            await waitFor(async () => (await layout(page, pad)).sentenceShown === false, 'the sentence to close');

            // The wrap: the change still waits, End wrap shows whole.
            await pad.click('[data-test="pad-hangup"]');
            await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
            await expectEqual(() => panelText(page, 'softphone'), 'Wrap', 'the softphone side in wrap');
            await expectWords(page, language, {});
            await scrollUtility(page, pad, 'top');
            measure = await layout(page, pad);
            fitsWithoutScrolling(measure, 'in wrap');
            buttonShows(measure, 'pad-end-wrap', 'End wrap');
            heldOnOneLine(measure, 'in wrap');
            await reads(page, language, { english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-held-wrap-340x480-${language}`);

            await pad.click('[data-test="pad-end-wrap"]');
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the wrap');
            await expectEqual(() => panelText(page, 'held-box'), null, 'the held change to go');
        }
    ];
}

function follower(language) {
    const words = WORDS[language];
    return [
        `issue 21.5 (${language}): a follower tab during a call with a held change fits 340×480`,
        async (context) => {
            await callWithHeldChange(context, words.query);
            const second = await openConsole(context, words.query);
            await sizeUtility(second);
            await expectWords(second, language, { headline: words.otherTab });
            await waitFor(() => panelText(second, 'tab-hint'), 'where the softphone runs');
            await scrollUtility(second, null, 'top');
            const measure = await layout(second, null);
            fitsWithoutScrolling(measure, 'the follower tab');
            heldOnOneLine(measure, 'the follower tab');
            await reads(second, language, { english: NOT_SPANISH });
            await screenshot(slotOf(second), `fit-follower-340x480-${language}`);
        }
    ];
}

function noticeAndHeld(language) {
    const words = WORDS[language];
    return [
        `issue 21.5 (${language}): a notice with a held change at 340×480: the headline stays whole as the utility scrolls, ContactPad keeps its room`,
        async (context) => {
            const query = `${words.query ? `${words.query}&` : '?'}${NOTICE_SETTING}`;
            const { page, pad } = await callWithHeldChange(context, query);
            await expectEqual(() => panelText(page, 'headline'), words.held, 'the headline');
            await waitFor(() => panelText(page, 'notices'), 'the notice');
            await reads(page, language, { english: NOT_SPANISH });
            for (const where of ['top', 'bottom']) {
                await scrollUtility(page, pad, where);
                const measure = await layout(page, pad);
                if (measure.sideways) throw new Error('the panel scrolls sideways');
                if (!measure.headline.inSight || !measure.headline.onTop)
                    throw new Error(`the headline is cut off with the utility scrolled to its ${where}`);
                if (where === 'bottom') {
                    buttonShows(measure, 'pad-hangup', 'Hang up');
                    await screenshot(slotOf(page), `fit-notice-held-340x480-${language}`);
                }
            }
            await expectWords(page, language, {});
            heldOnOneLine(await layout(page, pad), 'with a notice');
        }
    ];
}

function shipped(language) {
    const words = WORDS[language];
    return [
        `issue 21.5 (${language}): at 420×640 during a call with a held change the frame takes the height left, all in sight`,
        async (context) => {
            const { page, pad } = await callWithHeldChange(context, words.query, 420, 640);
            await expectWords(page, language, {});
            await scrollUtility(page, pad, 'top');
            const measure = await layout(page, pad);
            fitsWithoutScrolling(measure, 'at 420×640');
            buttonShows(measure, 'pad-hangup', 'Hang up');
            heldOnOneLine(measure, 'at 420×640');
            // The frame follows the panel's height: what it leaves below is the details' toggle.
            const below = measure.view.bottom - (measure.frame.top + measure.frame.height);
            if (below > 48) throw new Error(`the softphone frame leaves ${Math.round(below)} px below it at 420×640`);
            await reads(page, language, { width: 420, height: 640, english: NOT_SPANISH });
            await screenshot(slotOf(page), `fit-held-call-420x640-${language}`);
        }
    ];
}

export const tests = [
    duringCall('en'),
    duringCall('es'),
    follower('en'),
    follower('es'),
    noticeAndHeld('en'),
    noticeAndHeld('es'),
    shipped('en'),
    shipped('es')
];
