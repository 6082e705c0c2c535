// Issue 21: a held change dropped at a console restart, at 340×480 in English and Spanish. The agent picks Lunch
// during a call (held for the call's end, B11); the console restarts while the contact centre has ended ContactPad's
// session, so the softphone connects again logged out: the Lunch is not applied, and the panel says so in a notice
// the agent reads in their language, naming the status, not only as a line of the decisions list.
import { bundleBuilt, loggedIn, lunchPickedOnCall, padFrame, panelText, waitFor } from './lib.mjs';
import { ENGLISH, noticeWith, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        query: '',
        dropped: 'was not applied: your softphone was logged out when it connected again',
        again: 'Pick it again if you still want it.'
    },
    es: {
        query: '?lang=es',
        dropped: 'no se aplicó: su softphone tenía la sesión cerrada cuando volvió a conectarse',
        again: 'Vuelva a elegirlo si aún lo desea.'
    }
};

/** English this notice must not show under Spanish (besides reading.mjs's list). */
const DROPPED_ENGLISH = ['was not applied', 'logged out', 'Pick it again', 'you picked'];

function heldDropped(language) {
    const words = WORDS[language];
    return [
        `issue 21.12 (${language}): a Lunch held during a call and dropped at a console restart (the softphone back logged out) is said as not applied, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await lunchPickedOnCall(page, pad);
            // The contact centre ends ContactPad's session, then the console restarts.
            await pad.evaluate(() => window.contactPad.endServerSession());
            await page.reload();
            await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
            const revived = await padFrame(page);
            await sizeUtility(page);
            const notice = await noticeWith(page, words.dropped, 'the notice of the dropped Lunch', 15000);
            if (!notice.includes('Lunch')) throw new Error(`the notice does not name the Lunch: "${notice}"`);
            if (!notice.includes(words.again)) throw new Error(`the notice does not say what to do: "${notice}"`);
            // What the agent reads: whole, in their language, with no internal token.
            const measure = await reads(page, language, {
                english: language === 'es' ? [...ENGLISH, ...DROPPED_ENGLISH] : ENGLISH
            });
            if (!measure.text.includes(words.dropped))
                throw new Error(`the panel does not show the notice: ${measure.text}`);
            // The Lunch was not applied: ContactPad is not set to it.
            const state = await revived.evaluate(() => document.querySelector('[data-test="pad-status"]').textContent);
            if (state.includes('Lunch')) throw new Error(`ContactPad was set to the dropped Lunch: ${state}`);
        }
    ];
}

export const tests = [heldDropped('en'), heldDropped('es')];
