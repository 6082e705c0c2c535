// Issue 21, item 3: support cannot see who acted. The "my status keeps changing" walk in the simulator: the agent
// picks Available for Chats, takes an inbound call with wrap (Revert After Inbound Interaction is off, as shipped),
// accepts and closes a case, picks Away: Training in ContactPad, and a supervisor logs them out. The decisions list
// at 340×480 names who acted in English and Spanish, hides confirmations and echoes until asked, shows no internal
// token and nothing cut off; the support bundle (JSON and CSV) names the actor of every decision, the user by name,
// and the package and softphone versions.
import { readFileSync } from 'node:fs';
import { expectEqual, inPanel, loggedIn, omniStatus, padStatus, screenshot, waitFor } from './lib.mjs';
import { INTERNAL_TOKEN, exportedFile, openDetails, reads, sizeUtility } from './reading.mjs';
import { SIMULATED_USER_NAME } from '../../simulator/server.mjs';

/** The package version the bundle must carry: sfdx-project.json's, without the build number. */
const PACKAGE_VERSION = JSON.parse(readFileSync(new URL('../../sfdx-project.json', import.meta.url), 'utf8'))
    .packageDirectories.find((directory) => directory.default)
    .versionNumber.split('.')
    .slice(0, 3)
    .join('.');

const WORDS = {
    en: {
        query: '',
        supervisor: 'A supervisor logged you out of Omni-Channel.',
        softphoneOut: 'The sync logged the softphone out.',
        training: 'You set the softphone to Away / Training. The sync set Omni-Channel to Away.',
        chats: 'You changed Omni-Channel to Available for Chats.',
        contactCentre: 'The contact centre set the softphone to Busy Inbound. The sync set Omni-Channel to On a Call.',
        revertOff:
            'The sync will not set Omni-Channel back to Available for Chats after the call: Revert After Inbound Interaction is off.',
        workOver: 'The sync lets the softphone follow Omni-Channel again: the work is over.',
        nothingWaited: 'Applied the change that waited',
        confirmation: "confirmed the sync's change",
        actors: {
            agent: 'You',
            supervisor: 'A supervisor',
            contactCentre: 'The contact centre',
            softphone: 'The softphone',
            sync: 'The sync',
            unknown: 'Not known'
        },
        whoColumn: 'Who acted'
    },
    es: {
        query: '?lang=es',
        supervisor: 'Un supervisor cerró su sesión de Omni-Channel.',
        softphoneOut: 'La sincronización cerró la sesión del softphone.',
        training: 'Usted puso el softphone en Away / Training. La sincronización puso Omni-Channel en Away.',
        chats: 'Usted cambió Omni-Channel a Available for Chats.',
        contactCentre:
            'El centro de contacto puso el softphone en Busy Inbound. La sincronización puso Omni-Channel en On a Call.',
        revertOff:
            'La sincronización no devolverá Omni-Channel a Available for Chats después de la llamada: el ajuste «Revertir tras interacción entrante» está desactivado.',
        workOver: 'La sincronización deja que el softphone vuelva a seguir a Omni-Channel: el trabajo terminó.',
        nothingWaited: 'aplicó el cambio que esperaba',
        confirmation: 'confirmó el cambio de la sincronización',
        actors: {
            agent: 'Usted',
            supervisor: 'Un supervisor',
            contactCentre: 'El centro de contacto',
            softphone: 'El softphone',
            sync: 'La sincronización',
            unknown: 'No se sabe'
        },
        whoColumn: 'Quién actuó'
    }
};

/** The decision rows the list shows, and any that is cut off sideways. */
const decisionRows = (page) =>
    inPanel(page, (panel) => {
        const slot = document.querySelector('[data-test="presence-sync-slot"]').getBoundingClientRect();
        const nodes = panel.queryAll('[data-id="decision-text"], [data-id="decision-rule"]');
        const toggle = panel.query('[data-id="show-routine"]')?.closest('div');
        const cut = [...nodes, ...(toggle ? [toggle] : [])]
            .filter((node) => {
                const box = node.getBoundingClientRect();
                return node.scrollWidth > node.clientWidth + 1 || box.right > slot.right + 1;
            })
            .map((node) => node.textContent.trim());
        return {
            decisions: panel.queryAll('[data-id="decision-text"]').map((p) => p.textContent.trim()),
            toggle: toggle ? toggle.textContent.replace(/\s+/g, ' ').trim() : null,
            cut
        };
    });

/** Shows or hides the confirmations and echoes (the list's toggle). */
const setShowRoutine = (page, checked) =>
    inPanel(
        page,
        (panel, on) => {
            const box = panel.query('[data-id="show-routine"]');
            if (box.checked !== on) box.click();
        },
        checked
    );

/** The "status keeps changing" walk, from a logged-in agent in Ready to a supervisor's logout. */
async function statusKeepsChanging(page, pad) {
    await page.selectOption('[data-test="omni-status-select"]', { label: 'Available for Chats' });
    await expectEqual(() => omniStatus(page), 'Available for Chats', 'Omni after the agent picks Chats');
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await pad.click('[data-test="pad-hangup"]');
    await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
    await pad.click('[data-test="pad-end-wrap"]');
    // Revert After Inbound Interaction is off (as shipped): Omni follows Ready, not back to Chats.
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

function expectIn(list, line, what) {
    if (!list.some((item) => item.includes(line)))
        throw new Error(`${what}: "${line}" is not there; it reads:\n  ${list.join('\n  ')}`);
}

function walk(language) {
    const words = WORDS[language];
    return [
        `issue 21.3 (${language}): the support bundle of "status keeps changing" names who acted, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await statusKeepsChanging(page, pad);

            // The decisions list at 340×480: who acted, in the agent's language, confirmations hidden.
            await openDetails(page);
            const measure = await waitFor(async () => {
                const now = await reads(page, language);
                return now.decisions.some((line) => line.includes(words.softphoneOut)) ? now : null;
            }, 'the supervisor logout in the decisions list');
            const list = await decisionRows(page);
            if (list.cut.length > 0) throw new Error(`cut off at 340×480: ${list.cut.join(' | ')}`);
            expectIn(list.decisions, `${words.supervisor} ${words.softphoneOut}`, 'the supervisor logout');
            expectIn(list.decisions, words.training, "the agent's Away: Training");
            expectIn(list.decisions, words.workOver, 'the closed case');
            for (const line of list.decisions) {
                if (line.includes(words.nothingWaited)) throw new Error(`said when nothing waited: "${line}"`);
                if (line.includes(words.confirmation)) throw new Error(`a confirmation shows by default: "${line}"`);
                const token = INTERNAL_TOKEN.exec(line);
                if (token) throw new Error(`an internal token in the list: "${token[0]}" in "${line}"`);
            }
            const hiddenCount = Number(/\((\d+)\)/.exec(list.toggle ?? '')?.[1] ?? NaN);
            if (!(hiddenCount > 0)) throw new Error(`the toggle does not count the confirmations: "${list.toggle}"`);
            // The list in view for the screenshot: the toggle at the top of the slot.
            await inPanel(page, (panel) => panel.query('[data-id="show-routine"]').scrollIntoView({ block: 'start' }));
            await screenshot(
                page.locator('[data-test="presence-sync-slot"]'),
                `decisions-who-acted-340x480-${language}`
            );

            // Shown on request: the confirmations and echoes come back, and still nothing is cut off.
            await setShowRoutine(page, true);
            const all = await waitFor(async () => {
                const now = await decisionRows(page);
                return now.decisions.length > list.decisions.length ? now : null;
            }, 'the confirmations to show');
            expectIn(all.decisions, words.confirmation, 'a confirmation once shown');
            if (all.cut.length > 0) throw new Error(`cut off at 340×480: ${all.cut.join(' | ')}`);
            await reads(page, language);
            await setShowRoutine(page, false);

            // The support bundle: the actor of every decision, the user by name, both versions.
            const bundle = JSON.parse(await exportedFile(page, 'export-json'));
            if (bundle.exportedBy !== '005SIMULATOR0001' || bundle.exportedByName !== SIMULATED_USER_NAME)
                throw new Error(`exported by ${JSON.stringify([bundle.exportedBy, bundle.exportedByName])}`);
            if (bundle.packageVersion !== PACKAGE_VERSION)
                throw new Error(`package version ${JSON.stringify(bundle.packageVersion)}, not ${PACKAGE_VERSION}`);
            if (bundle.softphone?.version !== '1.0.0')
                throw new Error(`softphone version ${JSON.stringify(bundle.softphone?.version)}`);
            const unnamed = bundle.decisions.filter(
                (decision) => !decision.whoActed || decision.whoActed === words.actors.unknown
            );
            if (unnamed.length > 0)
                throw new Error(
                    `decisions without an actor: ${unnamed.map((d) => `${d.seq} ${d.codes.input}`).join('; ')}`
                );
            const said = (decision) => `${decision.whatHappened} ${decision.whatTheSyncDid}`;
            const actorOf = (match) => bundle.decisions.filter(match).map((decision) => decision.whoActed);
            const expectActors = (match, actor, what) => {
                const found = actorOf(match);
                if (found.length === 0 || found.some((who) => who !== actor))
                    throw new Error(`${what}: ${JSON.stringify(found)}, expected ${actor}`);
            };
            expectActors((d) => d.codes.inputParams?.reason === 'OmniManualStatusChange', words.actors.agent, 'Chats');
            // The call and the wrap are the contact centre's; the after-call state at the wrap's end names no one.
            const wrapEnd = (d) => d.codes.inputParams?.cause === 'system' && d.codes.inputParams?.state === 'Ready';
            expectActors(
                (d) => d.codes.inputParams?.cause === 'system' && !wrapEnd(d),
                words.actors.contactCentre,
                'call and wrap'
            );
            expectActors(wrapEnd, words.actors.softphone, "the wrap's end");
            expectActors((d) => d.codes.inputParams?.cause === 'agent', words.actors.agent, 'Away: Training');
            expectActors((d) => d.codes.inputKind === 'omni.workAccepted', words.actors.agent, 'the accepted case');
            expectActors((d) => d.codes.inputKind === 'omni.workClosed', words.actors.agent, 'the closed case');
            expectActors(
                (d) => d.codes.inputParams?.reason === 'OmniSupervisorLogout',
                words.actors.supervisor,
                'logout'
            );
            expectActors((d) => d.codes.outcome === 'echo', words.actors.sync, 'echoes');
            const sentences = bundle.decisions.map(said);
            for (const line of [words.chats, words.contactCentre, words.revertOff, words.supervisor, words.training])
                expectIn(sentences, line, 'the bundle');
            for (const line of sentences) {
                const token = INTERNAL_TOKEN.exec(line);
                if (token) throw new Error(`an internal token in the bundle's words: "${token[0]}" in "${line}"`);
            }

            // The decisions CSV: who acted and the user's name on every row.
            const csv = (await exportedFile(page, 'export-csv')).split('\r\n');
            if (!csv[0].includes(`"${words.whoColumn}"`)) throw new Error(`CSV header: ${csv[0]}`);
            const rows = csv.slice(1);
            if (rows.length !== bundle.decisions.length || rows.some((row) => !row.includes(SIMULATED_USER_NAME)))
                throw new Error(
                    `CSV rows without the user's name: ${rows.filter((r) => !r.includes(SIMULATED_USER_NAME))}`
                );
            expectIn(
                rows,
                `"${words.actors.supervisor}","${SIMULATED_USER_NAME} (005SIMULATOR0001)","${PACKAGE_VERSION}","1.0.0"`,
                'the CSV'
            );
            if (!measure.text) throw new Error('the panel read nothing');
        }
    ];
}

export const tests = [walk('en'), walk('es')];
