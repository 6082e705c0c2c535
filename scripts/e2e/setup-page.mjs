// Reading and driving the Setup page in the simulator, shared by the Setup page's browser tests (setup*.test.mjs).
import { ctx } from './lib.mjs';

/** The simulator's Setup page, with `query` (e.g. `?lang=es`). */
export const setupUrl = (query = '') => `${ctx.simulator.consoleUrl}setup${query}`;

/**
 * The text of the first element matching `selector` inside the Setup component or any of its child components'
 * shadow roots, spaces collapsed; null when there is none.
 */
export function setupText(page, selector) {
    return page.evaluate((css) => {
        const roots = [];
        const visit = (root) => {
            roots.push(root);
            for (const node of root.querySelectorAll('*'))
                if (node.tagName.startsWith('C-') && node.shadowRoot) visit(node.shadowRoot);
        };
        const setup = document.querySelector('c-presence-sync-setup')?.shadowRoot;
        if (setup) visit(setup);
        const node = roots.map((root) => root.querySelector(css)).find(Boolean);
        return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
    }, selector);
}

/** The Setup component's element for a selector (Playwright pierces its shadow root). */
export const inSetup = (page, selector) => page.locator(`c-presence-sync-setup ${selector}`).first();

/** A mapping table's row (`table` the table's data-id, `name` its data-row). */
export const row = (page, table, name) =>
    page.locator(`c-presence-sync-setup [data-id="${table}"] tr[data-row="${name}"]`);

/** Puts the simulated org's records back as shipped. */
export async function resetStore() {
    await fetch(`${ctx.simulator.consoleUrl}api/setup/reset`, { method: 'POST' });
}
