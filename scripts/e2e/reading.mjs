// What a person reads in the utility panel, measured the same way by every browser test: the utility sized as the
// console sizes it, the headline and both sides whole (not cut off, inside the utility), no sideways scrolling, no
// English under Spanish and no internal token in the panel's text.
import { readFile } from 'node:fs/promises';
import { inPanel, panelNotices, waitFor } from './lib.mjs';

/** The utility panel's header takes this much of the utility's height. */
export const UTILITY_HEADER_PX = 40;

/** English the agent must not read under Spanish. */
export const ENGLISH = [
    'In sync',
    'Not logged in',
    'Sync runs in another tab',
    'Use this tab',
    'Omni-Channel work was declined',
    'declined Omni-Channel work',
    'Decisions',
    'Details',
    'Connecting',
    'Logged out'
];

/** Names from the code and the toolkit that must never reach a person. */
export const INTERNAL_TOKEN =
    /\b(omniChannel\w+|OmniToolkit\w*|setServicePresenceStatus|(accept|decline|close)AgentWork|workItem|setState|loggedOut|loggedIn|Omni(Manual|Supervisor|PushTimeout|DeclineWork)\w*|DuplicateLogin\w*|MaintenanceLogout)\b/;

/** Sizes the utility's slot to `width`×`height` px of console (the slot is that less the utility's header). */
export async function sizeUtility(page, width = 340, height = 480) {
    await page.evaluate(
        ([w, h]) => {
            const slot = document.querySelector('[data-test="presence-sync-slot"]');
            slot.style.width = `${w}px`;
            slot.style.height = `${h}px`;
            slot.style.maxHeight = 'none';
        },
        [width, height - UTILITY_HEADER_PX]
    );
}

/** Opens the panel's details (the decisions list) if they are closed. */
export async function openDetails(page) {
    await inPanel(page, (panel) => {
        const toggle = panel.query('[data-id="details-toggle"]');
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    });
}

/**
 * What the agent reads at `width`×`height` (default 340×480): the panel's text and the decision sentences shown.
 * Throws, naming what is wrong, when the headline or a side is cut off or outside the utility, the panel scrolls
 * sideways, English shows under Spanish (`language` 'es', `english` the words to look for) or an internal token
 * shows.
 * @returns {Promise<{cut: string[], sideways: boolean, text: string, decisions: string[]}>}
 */
export async function reads(page, language, { width = 340, height = 480, english = ENGLISH } = {}) {
    await sizeUtility(page, width, height);
    const measure = await inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]');
        const slotBox = slot.getBoundingClientRect();
        const cut = [];
        for (const id of ['headline', 'softphone', 'omni']) {
            const node = panel.query(`[data-id="${id}"]`);
            if (!node) continue;
            const box = node.getBoundingClientRect();
            if (node.scrollWidth > node.clientWidth + 1 || box.right > slotBox.right + 1 || box.left < slotBox.left - 1)
                cut.push(id);
        }
        return {
            cut,
            sideways: slot.scrollWidth > slot.clientWidth + 1,
            text: panel.drawnText(panel.query('section')).replace(/\s+/g, ' '),
            decisions: panel.queryAll('[data-id="decision-text"]').map((p) => p.textContent.trim())
        };
    });
    if (measure.cut.length > 0) throw new Error(`cut off at ${width}×${height}: ${measure.cut.join(', ')}`);
    if (measure.sideways) throw new Error(`the panel scrolls sideways at ${width}×${height}`);
    if (language === 'es')
        for (const word of english)
            if (measure.text.includes(word)) throw new Error(`English under Spanish: "${word}"`);
    const token = INTERNAL_TOKEN.exec(measure.text);
    if (token) throw new Error(`an internal token reaches the agent: "${token[0]}" in ${measure.text}`);
    return measure;
}

/**
 * Clicks one of the panel's export buttons (`data-id` `export-json` or `export-csv`) and returns the text of the file
 * the browser downloads.
 */
export async function exportedFile(page, id = 'export-json') {
    const [download] = await Promise.all([
        page.waitForEvent('download'),
        inPanel(
            page,
            (panel, dataId) => {
                const button = panel.query(`[data-id="${dataId}"]`);
                (button.shadowRoot?.querySelector('button') ?? button).click();
            },
            id
        )
    ]);
    return readFile(await download.path(), 'utf8');
}

/**
 * Waits as lib.mjs's waitFor does; on a timeout its error also names the notices the panel shows, which usually say
 * why the state waited for did not come.
 */
export function waitNamingNotices(page, check, what, timeout) {
    return waitFor(check, what, timeout).catch(async (error) => {
        throw new Error(`${error.message}; notices: ${(await panelNotices(page)).join(' | ')}`);
    });
}

/**
 * Waits until one of the panel's notices contains `text` (a string; or, given a RegExp, one it matches; or, given a
 * function, one it accepts) and returns that notice; on a timeout the error names the notices shown.
 */
export function noticeWith(page, text, what, timeout) {
    const matches =
        typeof text === 'function'
            ? text
            : text instanceof RegExp
              ? (notice) => text.test(notice)
              : (notice) => notice.includes(text);
    return waitNamingNotices(page, async () => (await panelNotices(page)).find(matches) ?? null, what, timeout);
}
