// Org-wide sync health (issue 24), end to end: the console's driving tab reports its sync's condition to the simulated
// org (PresenceSyncHealthController.reportHealth's stand-in, POST /api/health/report) and the Presence Sync Health tab
// (/health) shows it beside the second simulated agent's row. ContactPad stops answering in Sam Rivera's console: the
// tab shows "Softphone lost since …" within seconds of the panel saying so, problems first, then "In sync" again once
// the softphone is reloaded, with the reconnection said. In English and in Spanish (the viewer's language).
import { ctx, expectEqual, inPanel, loggedIn, padFrame, panelText, screenshot, waitFor } from './lib.mjs';

/** The heartbeat needs two unanswered pings (5 s apart) to find a silent page lost. */
const LOSS_TIMEOUT_MS = 30000;
/** How long after the panel says it the health tab may take: the reporter's quiet window (2 s) and a refresh. */
const REPORT_WITHIN_MS = 8000;

/** The console's own agent (simulator/server.mjs) and the one the simulated org already has (simulator/health.mjs). */
const CONSOLE_AGENT = { userId: '005SIMULATOR0001', userName: 'Sam Rivera' };
const OTHER_AGENT = { userId: '005SIMULATOR0002', userName: 'Alex Kim' };

const WORDS = {
    en: {
        query: '',
        inSync: 'In sync',
        rowInSync: /^In sync since \S/,
        lostHeadline: /^Your softphone stopped answering/,
        lost: /^Softphone lost since \S/,
        reconnected: 'The softphone connected again on this page.'
    },
    es: {
        query: '?lang=es',
        inSync: 'Sincronizado',
        rowInSync: /^Sincronizado desde \S/,
        lostHeadline: /^Su softphone dejó de responder/,
        lost: /^Softphone perdido desde \S/,
        reconnected: 'El softphone se volvió a conectar en esta página.'
    }
};

/** The health tab's rows as the viewer reads them, in the order shown: agent, condition, detail, problem or not. */
function healthRows(page) {
    return page.evaluate(() => {
        const tab = document.querySelector('c-presence-sync-health');
        const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return [...(tab?.shadowRoot?.querySelectorAll('tr[data-agent]') ?? [])].map((row) => ({
            userId: row.getAttribute('data-agent'),
            agent: text(row.querySelector('[data-id="agent"]')),
            condition: text(row.querySelector('[data-id="condition"]')),
            detail: text(row.querySelector('[data-id="condition"]')?.parentElement),
            problem: row.getAttribute('data-problem') === 'true'
        }));
    });
}

/** Refreshes the health tab (its Refresh button) until `check(rows)` holds; returns the rows. */
function healthUntil(page, check, what, timeout) {
    return waitFor(
        async () => {
            await page.evaluate(() => {
                const tab = document.querySelector('c-presence-sync-health');
                tab?.shadowRoot?.querySelector('[data-id="refresh"]')?.click();
            });
            await new Promise((resolve) => setTimeout(resolve, 150));
            const rows = await healthRows(page);
            return check(rows) ? rows : null;
        },
        what,
        timeout
    );
}

const rowOf = (rows, agent) => rows.find((row) => row.userId === agent.userId);

/** Clicks a lightning-button of the panel by its data-id. */
function clickPanelButton(page, id) {
    return inPanel(
        page,
        (panel, dataId) => {
            const button = panel.query(`[data-id="${dataId}"]`);
            if (!button) throw new Error(`no ${dataId} button`);
            (button.shadowRoot?.querySelector('button') ?? button).click();
        },
        id
    );
}

function softphoneDrops(language) {
    const words = WORDS[language];
    return [
        `issue 24 (${language}): a softphone that drops in one agent's console shows on the health tab within seconds, then clears`,
        async (context) => {
            // The simulated org as at start: only the other agent's row, in sync.
            const reset = await fetch(new URL('/api/health/reset', ctx.simulator.consoleUrl), { method: 'POST' });
            if (!reset.ok) throw new Error(`the health store reset: HTTP ${reset.status}`);

            // The admin's view, in a browser of their own.
            const adminContext = await context.browser().newContext({ viewport: { width: 1400, height: 900 } });
            try {
                const health = await adminContext.newPage();
                health.on('pageerror', (error) => console.error(`  health page error: ${error.message}`));
                await health.goto(new URL(`/health${words.query}`, ctx.simulator.consoleUrl).href);

                // The agent's console: in sync, reported as such.
                const { page, pad } = await loggedIn(context, words.query);
                await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync');
                let rows = await healthUntil(
                    health,
                    (now) => words.rowInSync.test(rowOf(now, CONSOLE_AGENT)?.condition ?? ''),
                    `${CONSOLE_AGENT.userName} reported in sync`
                );
                if (rowOf(rows, CONSOLE_AGENT).agent !== CONSOLE_AGENT.userName)
                    throw new Error(`the console's agent is named ${JSON.stringify(rowOf(rows, CONSOLE_AGENT).agent)}`);
                if (!words.rowInSync.test(rowOf(rows, OTHER_AGENT)?.condition ?? ''))
                    throw new Error(`the other agent's row: ${JSON.stringify(rowOf(rows, OTHER_AGENT))}`);

                // ContactPad stops answering: the panel finds it lost, and the health tab says so within seconds.
                await pad.evaluate(() => window.contactPad.stopAnswering());
                await waitFor(
                    async () => words.lostHeadline.test((await panelText(page, 'headline')) ?? ''),
                    'the panel to say the softphone stopped answering',
                    LOSS_TIMEOUT_MS
                );
                const panelSaidIt = Date.now();
                rows = await healthUntil(
                    health,
                    (now) => words.lost.test(rowOf(now, CONSOLE_AGENT)?.condition ?? ''),
                    `"${words.lost}" on the health tab`,
                    REPORT_WITHIN_MS
                );
                const seconds = ((Date.now() - panelSaidIt) / 1000).toFixed(1);
                console.log(`  (${language}) the health tab showed the lost softphone ${seconds} s after the panel`);
                // Problems first: the agent whose softphone dropped heads the list, the other stays in sync.
                if (rows[0]?.userId !== CONSOLE_AGENT.userId || !rows[0].problem)
                    throw new Error(`the problem is not first: ${JSON.stringify(rows)}`);
                if (!words.rowInSync.test(rowOf(rows, OTHER_AGENT)?.condition ?? ''))
                    throw new Error(`the other agent's row changed: ${JSON.stringify(rowOf(rows, OTHER_AGENT))}`);
                await screenshot(health, `health-softphone-lost-${language}`);

                // Reload softphone: it connects again, and the row clears, saying it reconnected.
                await clickPanelButton(page, 'reload-softphone');
                await padFrame(page);
                await expectEqual(() => panelText(page, 'headline'), words.inSync, 'the panel in sync again', 15000);
                rows = await healthUntil(
                    health,
                    (now) => words.rowInSync.test(rowOf(now, CONSOLE_AGENT)?.condition ?? ''),
                    `${CONSOLE_AGENT.userName} in sync again on the health tab`,
                    REPORT_WITHIN_MS
                );
                const cleared = rowOf(rows, CONSOLE_AGENT);
                if (cleared.problem || !cleared.detail.includes(words.reconnected))
                    throw new Error(`the cleared row: ${JSON.stringify(cleared)}`);
                if (rows.some((row) => row.problem)) throw new Error(`a problem is left: ${JSON.stringify(rows)}`);
                await screenshot(health, `health-reconnected-${language}`);
            } finally {
                await adminContext.close();
            }
        }
    ];
}

export const tests = [softphoneDrops('en'), softphoneDrops('es')];
