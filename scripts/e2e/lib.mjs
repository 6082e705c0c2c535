// Shared helpers of the browser suite: every file in scripts/e2e/*.test.mjs imports them.
// `ctx.simulator` is set by the runner (scripts/e2e.mjs) before any test runs.
import { mkdir } from 'node:fs/promises';

/**
 * What the runner shares with the tests: the running simulator and where screenshots go. `startupMs` adds up, for
 * the test running, the wall milliseconds its console pages took from opening to the panel's first headline
 * (openConsole): the lane reports it with the test's time.
 */
export const ctx = { simulator: null, screenshots: 'test-results/screenshots', startupMs: 0 };

export async function waitFor(check, what, timeout = 8000) {
    const started = Date.now();
    let last;
    for (;;) {
        try {
            last = await check();
            if (last) return last;
        } catch (error) {
            last = error.message;
        }
        if (Date.now() - started > timeout)
            throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

/**
 * In the page: the Presence Sync panel's shadow roots, its own and its child components' (c-presence-sync-panel-*:
 * the headline, the sides, the notices, the decisions), and queries through them. Returns `{ host, roots, query,
 * queryAll, drawnText }`: `query(selector)` the first match in any of the roots (null when none), `queryAll(selector)`
 * every match in page order, `drawnText(node)` a node's text with what its child components draw (synthetic shadow's
 * `textContent` leaves it out). Base components (lightning-*) are not gone into. Run in the page only (`inPanel`).
 */
function panelInPage() {
    const PART = 'C-PRESENCE-SYNC-PANEL-';
    const host = document.querySelector('c-presence-sync-panel');
    const roots = [];
    const visit = (root) => {
        if (!root) return;
        roots.push(root);
        for (const node of root.querySelectorAll('*')) if (node.tagName.startsWith(PART)) visit(node.shadowRoot);
    };
    visit(host?.shadowRoot);
    const drawnText = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.data;
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
        const children = node.tagName?.startsWith(PART) ? node.shadowRoot.childNodes : node.childNodes;
        return [...children].map(drawnText).join('');
    };
    return {
        host,
        roots,
        query(selector) {
            for (const root of roots) {
                const found = root.querySelector(selector);
                if (found) return found;
            }
            return null;
        },
        queryAll: (selector) =>
            roots
                .flatMap((root) => [...root.querySelectorAll(selector)])
                .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)),
        drawnText
    };
}

/**
 * Runs `fn(panel, arg)` in `page` (a page or a frame) and returns what it returns: `panel` is what `panelInPage`
 * gives, `arg` must survive JSON. Like `page.evaluate`, `fn` reaches nothing outside itself.
 */
export function inPanel(page, fn, arg = null) {
    return page.evaluate(`(${fn})((${panelInPage})(), ${JSON.stringify(arg)})`);
}

/** Text of an element of the Presence Sync panel (inside its shadow tree or a child component's). */
export function panelText(page, id) {
    return inPanel(
        page,
        (panel, dataId) => {
            const node = panel.query(`[data-id="${dataId}"]`);
            return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
        },
        id
    );
}

export function panelNotices(page) {
    return inPanel(page, (panel) =>
        panel.queryAll('[data-id="notices"] li').map((li) => li.textContent.replace(/\s+/g, ' ').trim())
    );
}

export async function openConsole(context, query = '') {
    const started = Date.now();
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(`${ctx.simulator.consoleUrl}${query}`);
    await waitFor(() => panelText(page, 'headline'), 'the panel to start');
    ctx.startupMs += Date.now() - started;
    return page;
}

export function padFrame(page) {
    return waitFor(async () => {
        const frame = page.frames().find((f) => f.url().startsWith(ctx.simulator.padOrigin));
        if (!frame) return null;
        const connection = await frame.locator('[data-test="pad-connection"]').textContent();
        return connection === 'connected to Salesforce' ? frame : null;
    }, 'ContactPad to connect');
}

export const omniStatus = (page) => page.locator('[data-test="omni-status"]').textContent();
export const padStatus = (pad) => pad.locator('[data-test="pad-status"]').textContent();
export const presenceCalls = (page) =>
    page.evaluate(() =>
        window.omniSimulator.calls
            .filter((call) => ['login', 'logout', 'setServicePresenceStatus'].includes(call.method))
            .map(
                (call) =>
                    `${call.method}${call.args.statusId ? ` ${window.omniSimulator.status(call.args.statusId)?.developerName}` : ''}`
            )
    );

export async function expectEqual(read, expected, what, timeout) {
    await waitFor(async () => (await read()) === expected, `${what} to be ${JSON.stringify(expected)}`, timeout);
}

/** A call comes in on ContactPad and the agent picks Lunch in Omni-Channel during it (held for the call's end, B11). */
export async function lunchPickedOnCall(page, pad) {
    await pad.click('[data-test="pad-inbound"]');
    await expectEqual(() => omniStatus(page), 'On a Call', 'Omni on the call');
    await page.selectOption('[data-test="omni-status-select"]', { label: 'Lunch (busy)' });
    await expectEqual(() => omniStatus(page), 'Lunch', 'Omni after the pick');
}

export async function loggedIn(context, query = '', state = 'Ready') {
    const page = await openConsole(context, query);
    const pad = await padFrame(page);
    await pad.selectOption('[data-test="pad-login-state"]', { label: state });
    await pad.click('[data-test="pad-login"]');
    await expectEqual(() => omniStatus(page), state === 'Ready' ? 'Available' : state, 'Omni after login');
    return { page, pad };
}

export async function screenshot(page, name) {
    await mkdir(ctx.screenshots, { recursive: true });
    await page.screenshot({ path: `${ctx.screenshots}/${name}.png` });
}

/**
 * The simulator builds the console's bundle for a language on its first page (simulator/server.mjs): waited for here,
 * without the page's load timeout, so that a busy machine does not fail the first Spanish page of a run.
 */
export async function bundleBuilt(language) {
    const url = new URL('/console.js', ctx.simulator.consoleUrl);
    url.searchParams.set('lang', language);
    if (ctx.mode === 'lws') url.searchParams.set('lws', '1');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the ${language} console bundle: HTTP ${response.status}`);
    await response.arrayBuffer();
}
