// Issue 21: a Lunch the agent picked during a call that the sync could not apply for a reason of its own (ContactPad
// never answered the command, which timed out), at 340×480 in English and Spanish. The notice says it was not
// applied, with the reason in the agent's language as the sync's own words, not quoted as ContactPad's.
import { bundleBuilt, loggedIn, lunchPickedOnCall } from './lib.mjs';
import { ENGLISH, noticeWith, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        lang: [],
        notApplied: 'Omni-Channel shows your Lunch, but Vonage ContactPad (simulated) did not take it',
        cause: 'the softphone did not answer in time',
        quoted: 'said:'
    },
    es: {
        lang: ['lang=es'],
        notApplied:
            'Omni-Channel muestra el estado que usted eligió, Lunch, pero Vonage ContactPad (simulated) no lo aceptó',
        cause: 'el softphone no respondió a tiempo',
        quoted: 'respondió:'
    }
};

/** English this notice must not show under Spanish (besides reading.mjs's list). */
const OWN_ENGLISH = ['did not take it', 'did not answer', 'in time', 'Set it in'];

function ownRefusal(language) {
    const words = WORDS[language];
    return [
        `issue 21.13 (${language}): a Lunch held during a call and not applied because ContactPad never answered (the command timed out) gives the sync's own reason in the agent's language, not quoted as ContactPad's, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const query = `?${[...words.lang, 'set=Command_Retry_Limit__c:0,Command_Timeout_Seconds__c:1'].join('&')}`;
            const { page, pad } = await loggedIn(context, query);
            await sizeUtility(page);
            await lunchPickedOnCall(page, pad);
            // From now on ContactPad never answers the sync's changes: the command times out, a reason of the sync's.
            await pad.evaluate(() => {
                window.contactPad.ignoreSync = true;
            });
            await pad.click('[data-test="pad-hangup"]');
            await pad.click('[data-test="pad-end-wrap"]');
            const notice = await noticeWith(page, words.notApplied, 'the Lunch said as not applied', 15000);
            if (!notice.includes(words.cause)) throw new Error(`the sync's own reason is not given: "${notice}"`);
            if (notice.includes(words.quoted) || notice.includes('“') || notice.includes('«'))
                throw new Error(`the sync's own reason is quoted as ContactPad's words: "${notice}"`);
            const measure = await reads(page, language, {
                english: language === 'es' ? [...ENGLISH, ...OWN_ENGLISH] : ENGLISH
            });
            if (!measure.text.includes(words.cause))
                throw new Error(`the panel does not show the reason: ${measure.text}`);
        }
    ];
}

export const tests = [ownRefusal('en'), ownRefusal('es')];
