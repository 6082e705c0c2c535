// Issue 21: End wrap clicked in ContactPad, at 340×480 in English and Spanish. ContactPad sends the call's end, then
// its after-call state as the contact centre's change (`cause: 'system'`), whether the agent clicked End wrap or the
// wrap time ran out: the list and the support bundle say the softphone changed as the wrap ended, naming neither the
// contact centre nor the agent, while the call and the wrap themselves stay the contact centre's; the Lunch the agent
// picked during the call still applies at its end.
import { bundleBuilt, expectEqual, loggedIn, lunchPickedOnCall, omniStatus, padStatus, waitFor } from './lib.mjs';
import { ENGLISH, INTERNAL_TOKEN, exportedFile, openDetails, reads, sizeUtility } from './reading.mjs';

const WORDS = {
    en: {
        query: '',
        wrapEnd: "The softphone changed to Ready: the call's wrap ended.",
        claimed: ['The contact centre set the softphone to Ready.', 'You set the softphone to Ready.'],
        call: 'The contact centre set the softphone to Busy Inbound.',
        wrap: 'The contact centre set the softphone to Wrap.',
        softphone: 'The softphone',
        contactCentre: 'The contact centre'
    },
    es: {
        query: '?lang=es',
        wrapEnd: 'El softphone pasó a Ready: terminó el cierre de la llamada.',
        claimed: ['El centro de contacto puso el softphone en Ready.', 'Usted puso el softphone en Ready.'],
        call: 'El centro de contacto puso el softphone en Busy Inbound.',
        wrap: 'El centro de contacto puso el softphone en Wrap.',
        softphone: 'El softphone',
        contactCentre: 'El centro de contacto'
    }
};

/** English these rows must not show under Spanish (besides reading.mjs's list). */
const WRAP_ENGLISH = ['wrap ended', 'changed to', 'The softphone', 'The contact centre'];

function endWrap(language) {
    const words = WORDS[language];
    return [
        `issue 21.3 (${language}): End wrap clicked in ContactPad is the softphone's change at the wrap's end, naming no one, and the held Lunch still applies, at 340×480`,
        async (context) => {
            await bundleBuilt(language);
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await lunchPickedOnCall(page, pad);
            await pad.click('[data-test="pad-hangup"]');
            await expectEqual(() => padStatus(pad), 'Wrap', 'ContactPad in wrap');
            await pad.click('[data-test="pad-end-wrap"]');
            // The held Lunch applies at the call's end (B11): the wrap's end cancels nothing.
            await expectEqual(() => padStatus(pad), 'Away / Lunch', 'ContactPad after the held Lunch');
            await expectEqual(() => omniStatus(page), 'Lunch', 'Omni keeps the Lunch the agent picked');

            // The list, as the agent reads it at 340×480.
            await openDetails(page);
            const measure = await waitFor(async () => {
                const now = await reads(page, language, {
                    english: language === 'es' ? [...ENGLISH, ...WRAP_ENGLISH] : ENGLISH
                });
                return now.decisions.some((row) => row.includes(words.wrapEnd)) ? now : null;
            }, `"${words.wrapEnd}" in the decisions list`).catch(async (error) => {
                throw new Error(
                    `${error.message}; it reads:\n  ${(await reads(page, language)).decisions.join('\n  ')}`
                );
            });
            for (const claim of words.claimed)
                if (measure.decisions.some((row) => row.includes(claim)))
                    throw new Error(`an actor claimed for the wrap's end: "${claim}"`);
            for (const own of [words.call, words.wrap])
                if (!measure.decisions.some((row) => row.includes(own)))
                    throw new Error(`"${own}" is not in the list:\n  ${measure.decisions.join('\n  ')}`);

            // The support bundle: who acted for each decision of the wrap's end, the engine's codes as recorded.
            const bundle = JSON.parse(await exportedFile(page, 'export-json'));
            const ends = bundle.decisions.filter(
                (d) => d.codes.inputKind === 'softphone.stateChanged' && d.codes.inputParams?.state === 'Ready'
            );
            const wrapEnds = ends.filter((d) => d.codes.inputParams?.cause === 'system');
            if (wrapEnds.length === 0) throw new Error('no wrap end in the bundle');
            for (const d of wrapEnds) {
                if (d.whoActed !== words.softphone || d.whatHappened !== words.wrapEnd)
                    throw new Error(`the wrap's end in the bundle: ${JSON.stringify([d.whoActed, d.whatHappened])}`);
                if (d.codes.inputParams.wrapEnded !== undefined)
                    throw new Error(`the panel's mark reached the engine's codes: ${JSON.stringify(d.codes)}`);
            }
            const call = bundle.decisions.find((d) => d.codes.inputParams?.state === 'Busy Inbound');
            if (call?.whoActed !== words.contactCentre) throw new Error(`the call's actor: ${call?.whoActed}`);
            for (const d of bundle.decisions) {
                const token = INTERNAL_TOKEN.exec(`${d.whatHappened} ${d.whatTheSyncDid}`);
                if (token) throw new Error(`an internal token in the bundle: "${token[0]}"`);
            }
            const csv = await exportedFile(page, 'export-csv');
            if (!csv.includes(words.wrapEnd)) throw new Error("the CSV does not say the wrap's end");
        }
    ];
}

export const tests = [endWrap('en'), endWrap('es')];
