// A softphone left logged out while Omni-Channel is online (softphone-stays-logged-out), at 340×480 in English and
// Spanish. The agent logged in to Omni-Channel by hand and never to ContactPad; the console loads again with no saved
// state of the sync and Start-up Authority set to Omni-Channel, so start-up leaves Omni-Channel online and the
// softphone logged out (Log Out of Omni on Softphone Logout on): the sync cannot log a softphone in, so the panel says
// what the sync did and what the agent can do, whole, in their language; the notice ends when the agent logs in to
// the softphone again.
import {
    bundleBuilt,
    ctx,
    expectEqual,
    inPanel,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { ENGLISH, noticeWith, reads, sizeUtility } from './reading.mjs';

const SETTINGS = 'set=Startup_Authority__c:Omni,Logout_Omni_On_Softphone_Logout__c:true';

const WORDS = {
    en: {
        lang: [],
        // Who acted: the sync, which left Omni-Channel online.
        acted: 'The sync did not log you out of Omni-Channel',
        // What to do.
        todo: 'log in to the softphone again, or log out of Omni-Channel.',
        inSync: 'In sync'
    },
    es: {
        lang: ['lang=es'],
        acted: 'La sincronización no cerró su sesión de Omni-Channel ni puede abrir la del softphone',
        todo: 'inicie sesión en él o cierre la de Omni-Channel.',
        inSync: 'Sincronizado'
    }
};

/** English this notice must not show under Spanish (besides reading.mjs's list). */
const NOTICE_ENGLISH = ['logged out', 'log you out', 'log in to', 'log out of', 'cannot log'];

const query = (language, ...more) => `?${[...WORDS[language].lang, ...more].join('&')}`;

/**
 * Throws unless the notice that contains `text` shows whole at the utility's size: not hidden, and, once scrolled to,
 * all of it inside the messages region (which scrolls so that the softphone's frame keeps its room) and inside the
 * utility, no line cut sideways. A notice taller than its region would leave what to do out of sight.
 */
async function noticeShows(page, text, what) {
    const seen = await inPanel(
        page,
        (panel, wanted) => {
            const slot = document.querySelector('[data-test="presence-sync-slot"]');
            const item = panel
                .queryAll('[data-id="notices"] li')
                .find((li) => li.textContent.replace(/\s+/g, ' ').includes(wanted));
            if (!item) return { found: false };
            item.scrollIntoView({ block: 'nearest' });
            const region = (item.closest('.live') ?? slot).getBoundingClientRect();
            const view = slot.getBoundingClientRect();
            const box = item.getBoundingClientRect();
            const style = getComputedStyle(item);
            const inside = (outer) => box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1;
            return {
                found: true,
                hidden: style.visibility === 'hidden' || style.display === 'none' || box.height < 1,
                whole: inside(region) && inside(view),
                sideways:
                    box.left < view.left - 1 ||
                    box.right > view.right + 1 ||
                    [item, ...item.querySelectorAll('*')].some((node) => node.scrollWidth > node.clientWidth + 1),
                where: {
                    notice: [Math.round(box.top), Math.round(box.bottom)],
                    region: [Math.round(region.top), Math.round(region.bottom)],
                    utility: [Math.round(view.top), Math.round(view.bottom)]
                }
            };
        },
        text
    );
    if (!seen.found) throw new Error(`${what}: no notice with "${text}"`);
    if (seen.hidden) throw new Error(`${what}: the notice is hidden`);
    if (!seen.whole) throw new Error(`${what}: the notice is cut off (top, bottom px): ${JSON.stringify(seen.where)}`);
    if (seen.sideways) throw new Error(`${what}: the notice is cut sideways: ${JSON.stringify(seen.where)}`);
}

/**
 * The agent logs in to Omni-Channel by hand on a first console page (ContactPad logged out), then the console loads
 * again with none of the sync's saved state: Omni-Channel online, the softphone logged out, when it starts.
 */
async function loadedOmniOnlineSoftphoneOut(context, language) {
    await bundleBuilt(language);
    const first = await openConsole(context, query(language, SETTINGS));
    await padFrame(first);
    await first.selectOption('[data-test="omni-status-select"]', { label: 'Available' });
    await expectEqual(() => omniStatus(first), 'Available', 'Omni after the agent logs in by hand');
    await first.close();
    const consoleOrigin = new URL(ctx.simulator.consoleUrl).origin;
    const page = await context.newPage();
    // A console with none of the sync's saved state (a new browser profile, or one cleared), the Omni session kept.
    await page.addInitScript((origin) => {
        if (window.location.origin === origin && window.top === window) window.localStorage.clear();
    }, consoleOrigin);
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(`${ctx.simulator.consoleUrl}${query(language, SETTINGS)}`);
    await waitFor(() => panelText(page, 'headline'), 'the panel to start');
    const pad = await padFrame(page);
    await expectEqual(() => padStatus(pad), 'Logged out', 'ContactPad logged out at start-up');
    return { page, pad };
}

function startLeavesSoftphoneOut(language) {
    const words = WORDS[language];
    return [
        `softphone stays logged out (${language}): start-up with Omni-Channel online and the softphone logged out says what the sync did and what to do, at 340×480, and ends at the softphone's login`,
        async (context) => {
            const { page, pad } = await loadedOmniOnlineSoftphoneOut(context, language);
            await sizeUtility(page);
            const notice = await noticeWith(page, words.todo, 'the softphone-stays-logged-out notice', 15000);
            if (!notice.includes(words.acted))
                throw new Error(`the notice does not say what the sync did: "${notice}"`);
            // Start-up left Omni-Channel as the agent set it.
            await expectEqual(() => omniStatus(page), 'Available', 'Omni left online by start-up');
            await noticeShows(page, words.todo, 'at 340×480');
            const measure = await reads(page, language, {
                english: language === 'es' ? [...ENGLISH, ...NOTICE_ENGLISH] : ENGLISH
            });
            if (!measure.text.includes(words.todo))
                throw new Error(`the panel does not show the notice: ${measure.text}`);
            await screenshot(
                page.locator('[data-test="presence-sync-slot"]'),
                `softphone-stays-logged-out-340x480-${language}`
            );

            // The agent logs in to the softphone again: the sides agree, and the notice has ended.
            await pad.selectOption('[data-test="pad-login-state"]', { label: 'Ready' });
            await pad.click('[data-test="pad-login"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the softphone login');
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the headline once both sides agree');
            await waitFor(
                async () => !(await panelText(page, 'notices'))?.includes(words.todo),
                'the notice to end at the softphone login'
            );
            await reads(page, language, { english: language === 'es' ? [...ENGLISH, ...NOTICE_ENGLISH] : ENGLISH });
        }
    ];
}

export const tests = [startLeavesSoftphoneOut('en'), startLeavesSoftphoneOut('es')];
