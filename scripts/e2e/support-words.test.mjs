// Issue 21.10: what the decisions list and the support bundle say, walked in the simulator at 340×480 in English
// and Spanish. The "my status keeps changing" walk (pick Chats, a call with wrap, a case accepted and closed,
// Away: Training, a supervisor's logout): with confirmations hidden each event shows once, every sentence names who
// acted first, and the exported JSON and CSV carry no internal token and, in Spanish, no English outside the fields
// named as codes and the words quoted as another party's. A softphone that stops answering mid-call with a
// Disconnect Status: the list says a lost connection, what the softphone last showed, and what the sync did to
// Omni-Channel and why.
import { expectEqual, loggedIn, omniStatus, padStatus, panelText, waitFor } from './lib.mjs';
import { ENGLISH, INTERNAL_TOKEN, exportedFile, openDetails, reads, sizeUtility } from './reading.mjs';

/** Who acted, said first in each sentence of the list (the softphone by its name, or "Softphone" when unknown). */
const ACTOR_FIRST = {
    en: /^(You|A supervisor|The contact centre|Omni-Channel|The sync|The softphone|In the softphone, you|ContactPad|Softphone)\b/,
    es: /^(Usted|Un supervisor|El centro de contacto|Omni-Channel|La sincronización|El softphone|En el softphone, usted|ContactPad|Softphone)\b/
};

/** English words that must not show in a Spanish export outside its codes and quoted words. */
const ENGLISH_WORD =
    /\b(the|and|was|is|are|of|to|not|by|with|its|you|your|changed|logged|failed|done|recorded|nothing|offline|unknown|driving)\b/i;
const QUOTED = /«[^»]*»|“[^”]*”/g;

const WORDS = {
    en: {
        query: '',
        inSync: 'In sync',
        lost: /^Your softphone stopped answering at /,
        lostRow:
            /lost its connection \(the softphone stopped answering\); it last showed Busy Inbound\. The sync moves Omni-Channel to the Disconnect Status, Away, so that it routes you no work meanwhile\./
    },
    es: {
        query: '?lang=es',
        inSync: 'Sincronizado',
        lost: /^Su softphone dejó de responder a las /,
        lostRow:
            /perdió la conexión \(el softphone dejó de responder\); lo último que mostró fue Busy Inbound\. La sincronización pasa Omni-Channel al estado de desconexión, Away, para que no le asigne trabajo mientras tanto\./
    }
};

/** The "status keeps changing" walk, from a logged-in agent in Ready to a supervisor's logout. */
async function statusKeepsChanging(page, pad) {
    await page.selectOption('[data-test="omni-status-select"]', { label: 'Available for Chats' });
    await expectEqual(() => omniStatus(page), 'Available for Chats', 'Omni after the agent picks Chats');
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await pad.click('[data-test="pad-hangup"]');
    await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
    await pad.click('[data-test="pad-end-wrap"]');
    await expectEqual(() => omniStatus(page), 'Available', 'Omni after the wrap');
    await page.click('[data-test="omni-route"]');
    await waitFor(() => page.locator('[data-test="omni-accept"]').count(), 'the routed case');
    await page.click('[data-test="omni-accept"]');
    await expectEqual(() => padStatus(pad), 'Busy Inbound', 'ContactPad busy for the case');
    await page.click('[data-test="omni-close"]');
    await expectEqual(() => padStatus(pad), 'Ready', 'ContactPad after the case is closed');
    await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Training' });
    await expectEqual(() => omniStatus(page), 'Away', 'Omni after Away: Training');
    await page.click('[data-test="omni-supervisor-logout"]');
    await expectEqual(() => padStatus(pad), 'Logged out', 'ContactPad after the supervisor logout');
}

/** The sentences of one row of the list ("A supervisor logged you out of Omni-Channel. The sync …"). */
const sentences = (row) => row.split(/(?<=\.)\s+(?=[A-ZÁÉÍÓÚ])/);

/** Each sentence of the list names who acted first; throws naming those that do not. */
function expectActors(rows, language) {
    const unnamed = rows.flatMap(sentences).filter((sentence) => !ACTOR_FIRST[language].test(sentence));
    if (unnamed.length > 0) throw new Error(`sentences without who acted:\n  ${unnamed.join('\n  ')}`);
}

/** Every string a person reads in the bundle: all but the codes, the admin's records and names. */
function readStrings(value, path, out) {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => readStrings(item, `${path}[${i}]`, out));
    else if (value !== null && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) {
            if (/^(codes|heldChangeCodes|settings|mappings|statuses|product|behaviourContract)$/.test(key)) continue;
            if (path === '.softphone' && (key === 'state' || key === 'name')) continue;
            readStrings(item, `${path}.${key}`, out);
        }
    return out;
}

/** An internal token, or English in a Spanish text, outside the words quoted as another party's. */
function leak(text, language) {
    const ours = text.replace(QUOTED, '');
    const token = INTERNAL_TOKEN.exec(ours);
    if (token) return `internal token "${token[0]}"`;
    if (language !== 'es') return null;
    const english = ENGLISH_WORD.exec(ours) ?? ENGLISH.find((word) => ours.includes(word));
    return english ? `English "${english[0] ?? english}"` : null;
}

function expectNoLeaks(strings, language, what) {
    const found = strings.map(([path, text]) => [path, text, leak(text, language)]).filter(([, , why]) => why);
    if (found.length > 0)
        throw new Error(
            `${what}:\n  ${[...new Set(found.map(([path, text, why]) => `${path.replace(/\[\d+\]/g, '[]')}: ${why} in "${text}"`))].join('\n  ')}`
        );
}

/** The list's rows, waiting until `ready` holds. */
async function listRows(page, language, ready, what) {
    await openDetails(page);
    const measure = await waitFor(async () => {
        const now = await reads(page, language);
        return ready(now.decisions) ? now : null;
    }, what);
    return measure.decisions;
}

function statusWalk(language) {
    const words = WORDS[language];
    return [
        `issue 21.10 (${language}): "status keeps changing": each event once, who acted in every sentence, the export in the reader's words, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await statusKeepsChanging(page, pad);
            const rows = await listRows(
                page,
                language,
                (list) => list.some((row) => row.startsWith(language === 'es' ? 'Un supervisor' : 'A supervisor')),
                "the supervisor's logout in the list"
            );
            // Confirmations hidden: no event twice (the same sentence in two rows of one moment).
            const twice = rows.filter((row, i) => rows.indexOf(row) !== i);
            if (twice.length > 0)
                throw new Error(`an event shows twice:\n  ${twice.join('\n  ')}\nlist:\n  ${rows.join('\n  ')}`);
            const firstParts = rows.map((row) => sentences(row)[0]);
            // The events of this walk that made several decisions: a supervisor's logout, the case accepted and closed.
            const repeated = firstParts.filter(
                (part, i) => firstParts.indexOf(part) !== i && /supervisor|work\.|trabajo de Omni-Channel\./.test(part)
            );
            if (repeated.length > 0)
                throw new Error(
                    `one event in several rows:\n  ${repeated.join('\n  ')}\nlist:\n  ${rows.join('\n  ')}`
                );
            expectActors(rows, language);

            // The support bundle: the readable fields, the codes beside them.
            const bundle = JSON.parse(await exportedFile(page, 'export-json'));
            expectNoLeaks(readStrings(bundle, '', []), language, 'the support bundle');
            const logout = bundle.decisions.find((d) => d.codes?.inputParams?.reason === 'OmniSupervisorLogout');
            if (!logout) throw new Error("the supervisor's logout has no codes in the bundle");
            if (!bundle.notices.every((notice) => typeof notice.text === 'string' && notice.codes?.code))
                throw new Error(`a notice without words or codes: ${JSON.stringify(bundle.notices)}`);
            expectActors(
                bundle.decisions.flatMap((d) => [d.whatHappened, d.whatTheSyncDid]),
                language
            );

            // The decisions CSV: its readable columns (rule name, what happened, what the sync did, why, who acted).
            const csv = (await exportedFile(page, 'export-csv')).split('\r\n');
            const cells = csv.slice(1).flatMap((row) => {
                const cell = row.slice(1, -1).split('","');
                return [3, 4, 5, 6, 8].map((i) => [`csv column ${i + 1}`, cell[i] ?? '']);
            });
            expectNoLeaks(cells, language, 'the decisions CSV');
        }
    ];
}

function lostWalk(language) {
    const words = WORDS[language];
    return [
        `issue 21.10 (${language}): a lost softphone is a lost connection in the list and the export, at 340×480`,
        async (context) => {
            const query = `${words.query}${words.query ? '&' : '?'}set=Disconnect_Status__c:Away`;
            const { page, pad } = await loggedIn(context, query);
            await sizeUtility(page);
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync on the call');
            await pad.evaluate(() => window.contactPad.stopAnswering());
            await expectEqual(() => omniStatus(page), 'Away', 'Omni in the Disconnect Status', 30000);
            const rows = await listRows(
                page,
                language,
                (list) => list.some((row) => words.lostRow.test(row)),
                `the lost connection in the list (${words.lostRow})`
            ).catch(async (error) => {
                const shown = (await reads(page, language)).decisions;
                throw new Error(`${error.message}; the list reads:\n  ${shown.join('\n  ')}`);
            });
            expectActors(rows, language);
            const bundle = JSON.parse(await exportedFile(page, 'export-json'));
            // The connection lost mid-call (a reload of the softphone's page at start-up is its own, earlier one).
            const lost = bundle.decisions.find(
                (d) => d.codes?.outcome === 'disconnected' && d.codes?.inputParams?.reason === 'heartbeat-lost'
            );
            if (!lost || !/Busy Inbound/.test(lost.why) || !/Away/.test(lost.why))
                throw new Error(`the export's lost connection: ${JSON.stringify(lost)}`);
            expectNoLeaks(readStrings(bundle, '', []), language, 'the support bundle');
        }
    ];
}

export const tests = [statusWalk('en'), statusWalk('es'), lostWalk('en'), lostWalk('es')];
