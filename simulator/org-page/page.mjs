// The shell of the simulator's org pages (/setup, /health): one SLDS page with the org's header (the page's heading,
// "Simulator: no org", a link back to the Service Console) and a slot the page's component is put in by its script.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** Text for HTML (an attribute value or an element's text). */
const escaped = (value) =>
    String(value).replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]
    );

/**
 * The page's HTML. `language` 'en' or 'es' (the page's lang); `title` the window title (": simulator" follows) and
 * `heading` the header's words; `consoleHref` where the Service Console link goes; `slot` the main element's
 * data-test, which the page's script fills; `script` the script's address; `maxWidth` the main element's CSS
 * max-width (none by default).
 */
export async function orgPage({ language, title, heading = title, consoleHref = '/', slot, script, maxWidth = null }) {
    const values = {
        __LANG__: language,
        __TITLE__: title,
        __HEADING__: heading,
        __CONSOLE_HREF__: consoleHref,
        __MAIN_STYLE__: maxWidth === null ? '' : `max-width: ${maxWidth}`,
        __SLOT__: slot,
        __SCRIPT__: script
    };
    const shell = await readFile(join(here, 'index.html'), 'utf8');
    return shell.replace(/__[A-Z_]+__/g, (name) => (name in values ? escaped(values[name]) : name));
}
