// The flows a real org and a real ContactPad make possible and the simulator now walks (issue 21, item 8):
// a console reload mid-call (ContactPad keeps its server session, Omni-Channel stays logged in), a handover
// between two console tabs sharing the user's one Omni-Channel session, and a decline with a reason code the
// agent picks in ContactPad. Each at 340×480, in English and in Spanish, asserting what the agent reads.
import {
    expectEqual,
    loggedIn,
    omniStatus,
    openConsole,
    padFrame,
    padStatus,
    panelText,
    screenshot,
    waitFor
} from './lib.mjs';
import { openDetails, reads, sizeUtility, waitNamingNotices } from './reading.mjs';

const WORDS = {
    en: {
        query: '',
        inSync: 'In sync',
        otherTab: 'Sync runs in another tab',
        declined: 'You declined Omni-Channel work.'
    },
    es: {
        query: '?lang=es',
        inSync: 'Sincronizado',
        otherTab: 'La sincronización se ejecuta en otra pestaña',
        declined: 'Usted rechazó un trabajo de Omni-Channel.'
    }
};

/** The panel's three lines, as the agent reads them. */
async function sides(page) {
    return {
        headline: await panelText(page, 'headline'),
        softphone: await panelText(page, 'softphone'),
        omni: await panelText(page, 'omni')
    };
}

async function expectSides(page, expected, what) {
    await waitNamingNotices(
        page,
        async () => {
            const now = await sides(page);
            return Object.entries(expected).every(([key, value]) => now[key] === value) ? now : null;
        },
        `${what}: ${JSON.stringify(expected)}`
    );
}

/** The toolkit's presence calls this page made (a reload must not log Omni out or in again). */
const sessionCalls = (page) =>
    page.evaluate(() =>
        window.omniSimulator.calls.filter((call) => ['login', 'logout'].includes(call.method)).map((c) => c.method)
    );

async function reloadConsole(page) {
    await page.reload();
    await waitFor(() => panelText(page, 'headline'), 'the panel to start again');
    const pad = await padFrame(page);
    await sizeUtility(page);
    return pad;
}

function reloadMidCall(language) {
    const words = WORDS[language];
    return [
        `issue 21.8 (${language}): a console reload mid-call keeps ContactPad's call and wrap and Omni logged in, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await pad.click('[data-test="pad-inbound"]');
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
            await expectSides(page, { headline: words.inSync, softphone: 'Busy Inbound', omni: 'On a Call' }, 'call');

            // The reload mid-call: ContactPad comes back on its server session with the call, Omni as it was.
            let revived = await reloadConsole(page);
            await expectEqual(() => padStatus(revived), 'Busy Inbound', 'ContactPad after the reload');
            const call = await revived.locator('[data-test="pad-call"]').textContent();
            if (!call.endsWith(': talk')) throw new Error(`ContactPad lost its call at the reload: "${call}"`);
            await expectEqual(() => omniStatus(page), 'On a Call', 'Omni after the reload');
            await expectSides(
                page,
                { headline: words.inSync, softphone: 'Busy Inbound', omni: 'On a Call' },
                'the panel after the reload mid-call'
            );
            await reads(page, language);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `reload-mid-call-340x480-${language}`);

            // The wrap survives a second reload too.
            await revived.click('[data-test="pad-hangup"]');
            await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni in wrap');
            revived = await reloadConsole(page);
            await expectEqual(() => padStatus(revived), 'Wrap', 'ContactPad after a reload in wrap');
            await expectEqual(() => omniStatus(page), 'After Call Work', 'Omni after a reload in wrap');
            await expectSides(
                page,
                { headline: words.inSync, softphone: 'Wrap', omni: 'After Call Work' },
                'the panel after the reload in wrap'
            );
            await reads(page, language);
            await revived.click('[data-test="pad-end-wrap"]');
            await expectEqual(() => omniStatus(page), 'Available', 'Omni after the wrap ends');
            await expectSides(page, { headline: words.inSync, softphone: 'Ready', omni: 'Available' }, 'after wrap');
            const calls = await sessionCalls(page);
            if (calls.length > 0) throw new Error(`the reloaded page logged Omni in or out: ${calls.join(', ')}`);
        }
    ];
}

function handover(language) {
    const words = WORDS[language];
    return [
        `issue 21.8 (${language}): a handover between two tabs starts logged in, with the same status, at 340×480`,
        async (context) => {
            const { page: first, pad } = await loggedIn(context, words.query);
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Lunch' });
            await expectEqual(() => omniStatus(first), 'Lunch', 'Omni after Away / Lunch');

            // A second tab of the same user: the one Omni-Channel session, already logged in.
            const second = await openConsole(context, words.query);
            await sizeUtility(second);
            await expectEqual(() => omniStatus(second), 'Lunch', "the second tab's Omni-Channel");
            await expectSides(second, { headline: words.otherTab, omni: 'Lunch' }, 'the second tab');
            await reads(second, language);
            // A change in the driving tab reaches the other tab's Omni-Channel and its panel.
            await pad.selectOption('[data-test="pad-state-select"]', { label: 'Away: Meeting' });
            await expectEqual(() => omniStatus(first), 'Meeting', 'Omni in the driving tab');
            await expectEqual(() => omniStatus(second), 'Meeting', "the second tab's Omni-Channel after the change");
            await expectSides(second, { headline: words.otherTab, omni: 'Meeting' }, 'the second tab after it');

            // The handover: the driving tab closes, the second takes over logged in on both sides.
            await first.close();
            await expectSides(second, { headline: words.inSync, omni: 'Meeting' }, 'the second tab after the handover');
            const revived = await padFrame(second);
            await sizeUtility(second);
            await expectEqual(() => padStatus(revived), 'Away / Meeting', 'ContactPad in the second tab');
            await expectSides(
                second,
                { headline: words.inSync, softphone: 'Away / Meeting', omni: 'Meeting' },
                'the second tab driving'
            );
            await reads(second, language);
            await screenshot(second.locator('[data-test="presence-sync-slot"]'), `handover-340x480-${language}`);
            const calls = await sessionCalls(second);
            if (calls.length > 0) throw new Error(`the handover logged Omni in or out: ${calls.join(', ')}`);
            // The tab now drives: a change in its ContactPad sets the shared Omni-Channel.
            await revived.selectOption('[data-test="pad-state-select"]', { label: 'Ready' });
            await expectEqual(() => omniStatus(second), 'Available', 'Omni driven from the second tab');
        }
    ];
}

function declineWithReason(language) {
    const words = WORDS[language];
    return [
        `issue 21.8 (${language}): ContactPad's Decline sends the reason code the agent picks, at 340×480`,
        async (context) => {
            const { page, pad } = await loggedIn(context, words.query);
            await sizeUtility(page);
            await page.click('[data-test="omni-route"]');
            await waitFor(() => pad.locator('[data-test="pad-work-decline"]').count(), 'the work item in ContactPad');
            await pad.click('[data-test="pad-work-decline"]');
            const codes = await waitFor(async () => {
                const options = await pad.locator('[data-test="pad-decline-reason"] option').allTextContents();
                return options.length > 1 ? options : null;
            }, 'the reason codes');
            if (!codes.includes('Wrong queue')) throw new Error(`reason codes offered: ${codes.join(', ')}`);
            await pad.selectOption('[data-test="pad-decline-reason"]', 'Wrong queue');
            await pad.click('[data-test="pad-decline-send"]');
            const declined = await waitFor(
                () =>
                    page.evaluate(
                        () =>
                            window.omniSimulator.calls.find((call) => call.method === 'declineAgentWork')?.args ?? null
                    ),
                'the decline to reach Omni-Channel'
            );
            if (declined.declineReason !== 'Wrong queue')
                throw new Error(`Omni-Channel got the reason ${JSON.stringify(declined.declineReason)}`);
            await waitFor(
                async () => (await page.locator('[data-test="omni-work"]').count()) === 0,
                'Omni to drop the declined work'
            );
            await waitFor(async () => (await pad.locator('[data-test="pad-work"]').count()) === 0, 'ContactPad too');
            await expectSides(page, { headline: words.inSync, softphone: 'Ready', omni: 'Available' }, 'after it');
            await openDetails(page);
            const measure = await waitFor(async () => {
                const now = await reads(page, language);
                return now.decisions.some((line) => line.startsWith(words.declined)) ? now : null;
            }, `the decision "${words.declined}"`);
            await screenshot(page.locator('[data-test="presence-sync-slot"]'), `decline-reason-340x480-${language}`);
            if (!measure.text.includes(words.declined)) throw new Error('the decline is not said to the agent');
        }
    ];
}

export const tests = [
    reloadMidCall('en'),
    reloadMidCall('es'),
    handover('en'),
    handover('es'),
    declineWithReason('en'),
    declineWithReason('es')
];
