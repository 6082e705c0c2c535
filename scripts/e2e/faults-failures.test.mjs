// Every failed change is said, and said truly (issue 21.9), at 340×480 in English and Spanish:
// - ContactPad refuses the sync's change with an error code of its own (outside the protocol's list): the refusal is
//   said at once, ContactPad's code and words quoted as its own, and the headline is never "In sync" meanwhile (1);
// - a status the agent picked during a call and ContactPad refused at the call's end is said as shown in
//   Omni-Channel but not in ContactPad, naming the state ContactPad stayed in and what to do now, not "after the
//   call" (2);
// - Omni-Channel offline when the console loads is no failure: the decisions list never says the start-up read did
//   not succeed (3).
import {
    bundleBuilt,
    expectEqual,
    inPanel,
    loggedIn,
    lunchPickedOnCall,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelNotices,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { ENGLISH, noticeWith, openDetails, reads, sizeUtility } from './reading.mjs';

const SOFTPHONE = 'Vonage ContactPad (simulated)';
const WORDS = {
    en: {
        lang: [],
        inSync: 'In sync',
        differ: 'Omni-Channel and softphone differ',
        problem: 'Sync problem',
        refused: `Your softphone did not take Away / Lunch. Set it yourself if it should change. ${SOFTPHONE} said: “E4711: agent locked by supervisor”`,
        picked: (state) =>
            `Omni-Channel shows your Lunch, but ${SOFTPHONE} refused it and stayed in ${state}. Set it in ${SOFTPHONE} yourself, or pick another status.`,
        afterCall: 'after the call',
        readFailed: "Reading Omni-Channel's status at start-up did not succeed"
    },
    es: {
        lang: ['lang=es'],
        inSync: 'Sincronizado',
        differ: null,
        problem: 'Problema de sincronización',
        refused: `Su softphone no aceptó Away / Lunch. Cámbielo usted mismo si debe cambiar. ${SOFTPHONE} respondió: «E4711: agent locked by supervisor»`,
        picked: (state) =>
            `Omni-Channel muestra el estado que usted eligió, Lunch, pero ${SOFTPHONE} lo rechazó y se quedó en ${state}. Cámbielo usted mismo en ${SOFTPHONE} o elija otro estado.`,
        afterCall: 'después de la llamada',
        readFailed: 'No se pudo leer el estado de Omni-Channel al iniciar'
    }
};

/** English that must not be read under Spanish in these flows (besides reading.mjs's list). */
const FAULT_ENGLISH = ['Sync problem', 'did not take', 'refused it', 'said:', 'stayed in', 'differ'];

const query = (language, ...more) => {
    const parts = [...WORDS[language].lang, ...more];
    return parts.length > 0 ? `?${parts.join('&')}` : '';
};

const readsIn = (page, language) =>
    reads(page, language, { english: language === 'es' ? [...ENGLISH, ...FAULT_ENGLISH] : ENGLISH });

/** The panel's headline and both sides as one render shows them (the text of each, spaces collapsed). */
const panelReading = (page) =>
    inPanel(page, (panel) => {
        const text = (id) => panel.query(`[data-id="${id}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
        return { headline: text('headline'), omni: text('omni'), softphone: text('softphone') };
    });

/** Whether the first notice shows where it is: 'in sight', or what covers its middle (or that it has no height). */
const noticeInSight = (page) =>
    inPanel(page, (panel) => {
        const notice = panel.query('[data-id="notices"] li');
        if (!notice) return 'no notice';
        // What shows at a point, as the notice's own shadow tree sees it (the child component that draws it).
        const root = notice.getRootNode();
        notice.scrollIntoView({ block: 'nearest' });
        const box = notice.getBoundingClientRect();
        if (box.height < 1) return 'no height';
        const shown = root.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
        if (shown !== null && notice.contains(shown)) return 'in sight';
        return `covered by ${shown?.tagName ?? 'nothing'}${shown?.id ? `#${shown.id}` : ''}`;
    });

/** ContactPad refuses the sync's changes from now on, with an error code of its own. */
const refuseWithOwnCode = (pad) =>
    pad.evaluate(() => {
        window.contactPad.refuseSync = { code: 'E4711', message: 'agent locked by supervisor' };
    });

function ownCode(language) {
    const words = WORDS[language];
    return [
        `issue 21.9 (${language}): ContactPad's refusal with its own error code is said at once, quoted, and the headline is never "In sync" while the sides differ, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const { page, pad } = await loggedIn(context, query(language, 'set=Command_Retry_Limit__c:0'));
            await sizeUtility(page);
            await refuseWithOwnCode(pad);
            await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the pick');
            // Until the refusal is said, the headline must not claim the sides agree while the panel itself shows
            // Omni-Channel in Lunch and the softphone elsewhere (read in one go, so that the check never compares a
            // headline with sides of another render).
            const started = Date.now();
            let notice = null;
            while (notice === null && Date.now() - started < 6000) {
                const shown = await panelReading(page);
                if (shown.headline === words.inSync && shown.omni === 'Lunch' && !shown.softphone?.startsWith('Away'))
                    throw new Error(
                        `"${shown.headline}" while the panel shows Omni-Channel ${shown.omni} and the softphone ${shown.softphone} (ContactPad ${await padStatus(pad)})`
                    );
                notice = (await panelNotices(page)).find((n) => n.includes(words.refused)) ?? null;
            }
            // Said well before the command's 10 s timeout: the refusal is not dropped for its unknown code.
            if (notice === null)
                throw new Error(
                    `the refusal is not said within 6 s; notices: ${(await panelNotices(page)).join(' | ')}`
                );
            await expectEqual(() => panelText(page, 'headline'), words.problem, 'the headline once refused');
            await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad stayed in Ready');
            await readsIn(page, language);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `own-code-refused-340x480-${language}`);
            // With the details open, the notice stays in sight: what shows at its middle is the notice itself, not
            // the softphone's frame drawn over a region squeezed to nothing.
            await openDetails(page);
            await expectEqual(() => noticeInSight(page), 'in sight', 'the notice with the details open');
            await readsIn(page, language);
        }
    ];
}

function pickedAtCallEnd(language) {
    const words = WORDS[language];
    return [
        `issue 21.9 (${language}): a pick held during the call and refused at its end says where ContactPad stayed and what to do now, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const { page, pad } = await loggedIn(context, query(language, 'set=Command_Retry_Limit__c:0'));
            await sizeUtility(page);
            await lunchPickedOnCall(page, pad);
            await refuseWithOwnCode(pad);
            await pad.click('[data-test="pad-hangup"]');
            await pad.click('[data-test="pad-end-wrap"]');
            await waitFor(async () => !(await padStatus(pad)).startsWith('Busy'), 'the call and its wrap to end');
            const stayed = await padStatus(pad);
            const notice = await noticeWith(page, words.picked(stayed), 'the refused pick said truly');
            if (notice.includes(words.afterCall)) throw new Error(`advice for after a call that is over: ${notice}`);
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni-Channel still shows the pick');
            await readsIn(page, language);
            await screenshot(
                page.locator('[data-test="presence-sync-slot"]'),
                `picked-refused-at-end-340x480-${language}`
            );
        }
    ];
}

function offlineAtLoad(language) {
    const words = WORDS[language];
    return [
        `issue 21.9 (${language}): Omni-Channel offline when the console loads is no failure in the decisions list, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const page = await openConsole(context, query(language));
            await padFrame(page);
            await expectEqual(() => omniStatus(page), 'Offline', 'Omni offline at load');
            // Three refused reads of an offline agent take about 1.5 s (omni-startup-read.ts): wait past them.
            await new Promise((resolve) => setTimeout(resolve, 4000));
            await openDetails(page);
            const { decisions, text } = await readsIn(page, language);
            const failed = decisions.filter((sentence) => sentence.includes(words.readFailed));
            if (failed.length > 0 || text.includes(words.readFailed))
                throw new Error(`the start-up read is said as failed ${failed.length} times: ${failed.join(' | ')}`);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `offline-at-load-340x480-${language}`);
        }
    ];
}

export const tests = ['en', 'es'].flatMap((language) => [
    ownCode(language),
    pickedAtCallEnd(language),
    offlineAtLoad(language)
]);
