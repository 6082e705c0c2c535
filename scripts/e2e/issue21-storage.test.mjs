// Issue 21: storage full across a reload, at 340×480 in English and Spanish. Storage fills (as other applications of
// the console may fill it) while the agent works, with room left for the sync's state but not for its decisions; the
// console reloads and the agent acts four times more. The storage notice says how many decisions are missing since
// the reload and how many more will be missing after the next one; the support bundle counts the same two numbers
// (not their sum as this page's), its copy of the notice says them too, and both are true: this page's count equals
// its decisions not found in storage, and the count missing since the reload is never more than the page before it
// lost, nor less than its last saved state recorded (a page whose state storage refused too cannot pass on what it
// lost after that: left open in issue 21).
import { bundleBuilt, loggedIn, omniStatus, padFrame, panelNotices, panelText, screenshot, waitFor } from './lib.mjs';
import { ENGLISH, exportedFile, noticeWith, reads, sizeUtility } from './reading.mjs';

/**
 * The notice's two counts, whichever of its forms shows (the state saved or not; decisions already missing or not):
 * `missing` since the last reload, `later` after the next one; null when no storage count is said.
 */
const COUNTS = {
    en: [
        [/(\d+) of (?:its|the sync's) decisions from before the last reload are missing, and (\d+) more/, 'both'],
        [/(\d+) of (?:its|the sync's) decisions (?:will be missing|could not be kept)/, 'later']
    ],
    es: [
        [
            /[Ff]altan (\d+) (?:de sus decisiones|decisiones de la sincronización) de antes de la última recarga, y (?:faltarán )?otras (\d+)/,
            'both'
        ],
        [/(?:faltarán (\d+) de sus decisiones tras recargar|no se pudieron guardar (\d+) decisiones)/, 'later']
    ]
};

function noticeCounts(language, text) {
    for (const [pattern, form] of COUNTS[language]) {
        const match = pattern.exec(text);
        if (!match) continue;
        const numbers = match
            .slice(1)
            .filter((n) => n !== undefined)
            .map(Number);
        return form === 'both' ? { missing: numbers[0], later: numbers[1] } : { missing: 0, later: numbers[0] };
    }
    return null;
}

const WORDS = {
    en: { query: '', full: "This browser's storage is full" },
    es: { query: '?lang=es', full: 'El almacenamiento de este navegador está lleno' }
};

/** English these flows must not show under Spanish (besides reading.mjs's list). */
const STORAGE_ENGLISH = ['storage is full', 'will be missing', 'are missing', 'could not'];

/**
 * Fills this origin's storage to its quota, as other applications of the console may, then frees about 400 bytes:
 * room for the sync's state to be saved again as it changes a little, none for a decision's slot (about 600 bytes).
 */
const fillStorage = (page) =>
    page.evaluate(() => {
        const fill = (prefix, size, times) => {
            for (let i = 0; i < times; i++) {
                try {
                    localStorage.setItem(`${prefix}:${i}`, 'x'.repeat(size));
                } catch {
                    return i;
                }
            }
            return times;
        };
        fill('filler-big', 256 * 1024, 400);
        fill('filler-mid', 1024, 20000);
        const small = fill('filler-small', 32, 20000);
        for (let i = 1; i <= 4; i++) localStorage.removeItem(`filler-small:${small - i}`);
    });

/**
 * The decisions storage holds, each as its sequence number and moment (`seq|at`): the audit slots' and the newest
 * ones, which travel in the saved state's value (its `tail`).
 */
const storedMoments = (page) =>
    page.evaluate(() => {
        const slots = Object.keys(localStorage)
            .filter((key) => /:audit:\d+$/.test(key))
            .map((key) => {
                try {
                    return JSON.parse(localStorage.getItem(key)).e;
                } catch {
                    return null;
                }
            });
        const stateKey = Object.keys(localStorage).find((key) => /omniPresenceSync:[^:]+$/.test(key));
        let tail = [];
        try {
            tail = JSON.parse(localStorage.getItem(stateKey)).tail ?? [];
        } catch {
            tail = [];
        }
        return [...slots, ...tail].filter((e) => e && typeof e === 'object').map((e) => `${e.seq}|${e.at}`);
    });

/** The support bundle once the decisions stop coming (the same count twice, 1 s apart). */
async function settledBundle(page) {
    let last = -1;
    return waitFor(
        async () => {
            const bundle = JSON.parse(await exportedFile(page));
            const count = bundle.decisions.length;
            if (count === last) return bundle;
            last = count;
            await new Promise((resolve) => setTimeout(resolve, 1000));
            return null;
        },
        'the decisions to stop coming',
        20000
    );
}

async function pick(pad, page, state, omni) {
    await pad.selectOption('[data-test="pad-state-select"]', { label: state });
    await waitFor(async () => (await omniStatus(page)) === omni, `Omni to follow ${state} (${omni})`);
}

function acrossReload(language) {
    const words = WORDS[language];
    return [
        `issue 21.6 (${language}): storage full across a reload: the notice and the support bundle give the same two counts, and they are true, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const first = await loggedIn(context, words.query);
            await fillStorage(first.page);
            await pick(first.pad, first.page, 'Away: Lunch', 'Lunch');
            await noticeWith(first.page, words.full, 'the storage notice before the reload');
            // What the earlier page made and what storage kept of it.
            const before = await settledBundle(first.page);
            const keptBefore = await storedMoments(first.page);
            const savedLost = await first.page.evaluate(() => {
                const key = Object.keys(localStorage).find((k) => /omniPresenceSync:[^:]+$/.test(k));
                try {
                    return JSON.parse(localStorage.getItem(key)).lost ?? 0;
                } catch {
                    return 0;
                }
            });
            const lostBefore = before.decisions.filter((d) => !keptBefore.includes(`${d.seq}|${d.codes.at}`)).length;

            await first.page.reload();
            const page = first.page;
            await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
            const pad = await padFrame(page);
            await sizeUtility(page);
            for (const [state, omni] of [
                ['Ready', 'Available'],
                ['Away: Training', 'Away'],
                ['Ready', 'Available'],
                ['Away: Lunch', 'Lunch']
            ])
                await pick(pad, page, state, omni);
            const bundle = await settledBundle(page);

            // What the agent reads: both numbers, in their language, whole at 340×480.
            const notice = await noticeWith(
                page,
                (text) => noticeCounts(language, text) !== null,
                'the storage notice with its counts'
            );
            const { missing, later } = noticeCounts(language, notice);
            await reads(page, language, {
                english: language === 'es' ? [...ENGLISH, ...STORAGE_ENGLISH] : ENGLISH
            });
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `storage-reload-340x480-${language}`);

            // The same truth in the support bundle: the two counts, their sum, and its copy of the notice.
            const storage = bundle.storage;
            const expected = {
                decisionsNotKept: missing + later,
                decisionsMissing: missing,
                decisionsMissingAfterReload: later
            };
            for (const [field, value] of Object.entries(expected))
                if (storage?.[field] !== value)
                    throw new Error(
                        `the notice says ${missing} missing and ${later} more to go; the bundle's storage is ${JSON.stringify(storage)}`
                    );
            const copy = bundle.notices.map((n) => noticeCounts(language, n.text)).find((counts) => counts !== null);
            if (copy?.missing !== missing || copy?.later !== later)
                throw new Error(`the bundle's notice says otherwise: ${JSON.stringify(copy)}`);

            // And true: the decisions the page lists that storage does not hold (this page's it could not write, and
            // older ones removed to make room for the saved state) go at the next reload; and the earlier page's it lost.
            const kept = await storedMoments(page);
            const listed = bundle.decisions;
            const notKeptNow = listed.filter((d) => !kept.includes(`${d.seq}|${d.codes.at}`)).length;
            if (later !== notKeptNow)
                throw new Error(
                    `${later} said to go at the next reload, but ${notKeptNow} of the ${listed.length} decisions listed are not in storage`
                );
            // Missing since the reload: never more than the page before it lost, and at least what its last saved
            // state recorded (a page whose state storage refused cannot pass on what it lost after that).
            if (missing > lostBefore || missing < savedLost)
                throw new Error(
                    `${missing} said missing since the reload; the page before it lost ${lostBefore} of its ${before.decisions.length} and its saved state recorded ${savedLost}`
                );
            const notices = (await panelNotices(page)).filter((n) => n.includes(words.full));
            if (notices.length !== 1) throw new Error(`the storage notice shows ${notices.length} times`);
        }
    ];
}

export const tests = [acrossReload('en'), acrossReload('es')];
