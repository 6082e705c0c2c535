// What the agent reads when things go wrong (issue 21, items 2, 6 and 7), at 340×480 in English and Spanish:
// a change the agent picked that ContactPad refused is said as not applied, naming the status, with ContactPad's own
// words quoted as theirs, and the notice, the "Sync problem" headline and the utility's highlight end once both sides
// agree again (2); storage that is full and a corrupted audit slot are said in the panel and counted in the support
// export (6); a configuration gap only an admin can fix is information the agent may dismiss, not a highlighted
// utility all day (7).
import {
    bundleBuilt,
    expectEqual,
    inPanel,
    loggedIn,
    lunchPickedOnCall,
    omniStatus,
    padFrame,
    padStatus,
    panelNotices,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { ENGLISH, exportedFile, noticeWith, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        lang: [],
        inSync: 'In sync',
        problem: 'Sync problem',
        held: 'Omni-Channel shows your Lunch, but Vonage ContactPad (simulated) refused it and stayed in',
        vendor: 'Vonage ContactPad (simulated) said: “busy: on a call”',
        storageFull: "This browser's storage is full",
        corrupted: 'saved decisions of the sync could not be read back',
        configGap: "The sync's set-up has a gap that only your admin can fix.",
        dismiss: 'OK, got it'
    },
    es: {
        lang: ['lang=es'],
        inSync: 'Sincronizado',
        problem: 'Problema de sincronización',
        held: 'Omni-Channel muestra el estado que usted eligió, Lunch, pero Vonage ContactPad (simulated) lo rechazó y se quedó en',
        vendor: 'Vonage ContactPad (simulated) respondió: «busy: on a call»',
        storageFull: 'El almacenamiento de este navegador está lleno',
        corrupted: 'decisiones guardadas de la sincronización',
        configGap: 'La configuración de la sincronización tiene una carencia que solo su administrador puede corregir.',
        dismiss: 'Entendido'
    }
};

/** English that must not be read under Spanish in these flows (besides reading.mjs's list). */
const FAULT_ENGLISH = ['Sync problem', 'was not applied', 'said:', 'Ask your admin', 'storage is full', 'Dismiss'];

async function loggedInAs(context, language, ...more) {
    await bundleBuilt(language);
    return loggedIn(context, query(language, ...more));
}

const query = (language, ...more) => {
    const parts = [...WORDS[language].lang, ...more];
    return parts.length > 0 ? `?${parts.join('&')}` : '';
};

const utilityItem = (page) =>
    page.evaluate(() => {
        const item = document.querySelector('[data-test="utility-presence-sync"]');
        return { highlighted: item.dataset.highlighted ?? null, icon: item.dataset.icon ?? null };
    });

async function readsIn(page, language) {
    return reads(page, language, {
        english: language === 'es' ? [...ENGLISH, ...FAULT_ENGLISH] : ENGLISH
    });
}

function refusedPick(language) {
    const words = WORDS[language];
    return [
        `issue 21.2 (${language}): the Lunch ContactPad refused after the call is said as not applied, in ContactPad's quoted words, and clears once both sides agree, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedInAs(context, language, 'set=Command_Retry_Limit__c:0');
            await sizeUtility(page);
            // The agent picks Lunch during the call: held for the call's end (B11).
            await lunchPickedOnCall(page, pad);
            // ContactPad refuses the sync's changes from now on, in its own English.
            await pad.evaluate(() => {
                window.contactPad.refuseSync = { code: 'busy', message: 'on a call' };
            });
            await pad.click('[data-test="pad-hangup"]');
            await pad.click('[data-test="pad-end-wrap"]');
            const notice = await noticeWith(page, words.held, 'the refused Lunch said as not applied');
            if (!notice.includes(words.vendor))
                throw new Error(`ContactPad's words are not quoted as its own: ${notice}`);
            // The sentence is the agent's language; ContactPad's English only inside its quote.
            if (language === 'es' && notice.replace(words.vendor, '').includes('on a call'))
                throw new Error(`ContactPad's English outside its quote: ${notice}`);
            await expectEqual(() => panelText(page, 'headline'), words.problem, 'the headline while it is refused');
            await readsIn(page, language);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `refused-pick-340x480-${language}`);

            // The agent sets Lunch in ContactPad themselves: both sides agree again, and the notice has ended.
            await pad.evaluate(() => {
                window.contactPad.refuseSync = null;
            });
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => padStatus(pad), 'Away / Lunch', 'ContactPad in Lunch');
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the headline once both sides agree');
            await waitFor(async () => (await panelNotices(page)).length === 0, 'no notice left').catch(async () => {
                throw new Error(`notices left after both sides agree: ${(await panelNotices(page)).join(' | ')}`);
            });
            await waitFor(async () => (await utilityItem(page)).highlighted === 'false', 'the utility not highlighted');
            await readsIn(page, language);
        }
    ];
}

function storageFull(language) {
    const words = WORDS[language];
    return [
        `issue 21.6 (${language}): storage full is said once and the support export counts the decisions not kept, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedInAs(context, language);
            await sizeUtility(page);
            // Fill this origin's storage to its quota, as other applications of the console may.
            await page.evaluate(() => {
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
            for (const state of ['Away: Lunch', 'Ready', 'Away: Meeting', 'Ready']) {
                await pad.selectOption('[data-test="pad-state-select"]', { label: state });
                await waitFor(async () => (await omniStatus(page)) !== 'Offline', 'Omni to follow');
            }
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the changes');
            await noticeWith(page, words.storageFull, 'the storage notice');
            const storageNotices = (await panelNotices(page)).filter((n) => n.includes(words.storageFull));
            if (storageNotices.length !== 1) throw new Error(`said ${storageNotices.length} times: ${storageNotices}`);
            await readsIn(page, language);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `storage-full-340x480-${language}`);
            const bundle = JSON.parse(await exportedFile(page));
            if (!(bundle.storage?.decisionsNotKept > 0))
                throw new Error(`the export does not count the decisions not kept: ${JSON.stringify(bundle.storage)}`);
        }
    ];
}

function corruptedSlot(language) {
    const words = WORDS[language];
    return [
        `issue 21.6 (${language}): a corrupted audit slot is counted in the panel and the support export after a reload, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedInAs(context, language);
            // The newest decisions travel in the saved state's value: changes until some are in the ring's slots.
            const slotKey = () =>
                page.evaluate(() => Object.keys(localStorage).find((key) => /:audit:\d+$/.test(key)) ?? null);
            for (let i = 0; i < 12 && (await slotKey()) === null; i++) {
                const [label, status] = i % 2 === 0 ? ['Away: Lunch', 'Lunch'] : ['Away: Break', 'Break'];
                await pad.selectOption('[data-test="pad-state-select"]', { label });
                await expectEqual(() => omniStatus(page), status, `Omni in ${status}`);
                await page.waitForTimeout(100);
            }
            const slot = await waitFor(slotKey, 'an audit slot in storage');
            await page.evaluate((key) => localStorage.setItem(key, '{"r":'), slot);
            await page.reload();
            await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
            await padFrame(page);
            await sizeUtility(page);
            await noticeWith(page, words.corrupted, 'the corrupted slot said');
            await readsIn(page, language);
            const bundle = JSON.parse(await exportedFile(page));
            if (bundle.storage?.unreadableDecisions !== 1)
                throw new Error(`the export does not count the unreadable slot: ${JSON.stringify(bundle.storage)}`);
        }
    ];
}

function adminGap(language) {
    const words = WORDS[language];
    return [
        `issue 21.7 (${language}): an agent reads a configuration gap once, as information they can dismiss, without a highlighted utility, at 340×480`,
        async (context) => {
            // A setting out of its range: the sync runs on the default, and only an admin can fix it.
            const { page } = await loggedInAs(context, language, 'agent', 'set=Command_Retry_Limit__c:99');
            await sizeUtility(page);
            const notice = await noticeWith(page, words.configGap, 'the configuration gap as information');
            if (/Ask your admin|Pida a su administrador/.test(notice))
                throw new Error(`an action for the admin: ${notice}`);
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the headline');
            await waitFor(async () => (await utilityItem(page)).highlighted === 'false', 'the utility not highlighted');
            await readsIn(page, language);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `admin-gap-340x480-${language}`);
            // Dismissed: gone, and still gone after a reload of the console (this session).
            const button = await panelText(page, 'dismiss-notice');
            if (button !== words.dismiss) throw new Error(`the dismiss button reads "${button}"`);
            await inPanel(page, (panel) => panel.query('[data-id="dismiss-notice"]').click());
            await waitFor(async () => (await panelNotices(page)).length === 0, 'the notice dismissed');
            await page.reload();
            await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
            await padFrame(page);
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the headline after the reload');
            const after = await panelNotices(page);
            if (after.length > 0) throw new Error(`the dismissed notice came back: ${after.join(' | ')}`);
            await waitFor(async () => (await utilityItem(page)).highlighted === 'false', 'the utility not highlighted');
        }
    ];
}

export const tests = ['en', 'es'].flatMap((language) => [
    refusedPick(language),
    storageFull(language),
    corruptedSlot(language),
    adminGap(language)
]);
