// Builds the simulated Presence Sync Health tab: the package's presenceSyncHealth component compiled with LWC open
// source. Its platform imports get local stand-ins: the Custom Labels (in the page's language), getHealth and
// getHealthCounts (fetches of /api/health and /api/health/counts, simulator/health.mjs), and the viewer's locale and time zone (the browser's).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import customLabels from '../../lib/custom-labels.cjs';
import { BASE_COMPONENTS, BUILD_CONSTANTS } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const APEX = '@salesforce/apex/PresenceSyncHealthController.getHealth';
const COUNTS = '@salesforce/apex/PresenceSyncHealthController.getHealthCounts';

function standIns(labels, language) {
    const PREFIX = '\0health-platform:';
    const stood = (source) =>
        source.startsWith('@salesforce/label/c.') ||
        source === APEX ||
        source === COUNTS ||
        source === '@salesforce/i18n/locale' ||
        source === '@salesforce/i18n/timeZone';
    return {
        name: 'health-platform-stand-ins',
        resolveId: (source) => (stood(source) ? PREFIX + source : null),
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const source = id.slice(PREFIX.length);
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                return `export default ${JSON.stringify(labels[name] ?? name)};`;
            }
            if (source === APEX)
                // As Lightning does: a rejected call carries { body: { message } }.
                return `export default function getHealth() {
                    return fetch('/api/health').then((response) => {
                        if (!response.ok) throw { body: { message: String(response.status) } };
                        return response.json();
                    });
                }`;
            if (source === COUNTS)
                return `export default function getHealthCounts() {
                    return fetch('/api/health/counts').then((response) => {
                        if (!response.ok) throw { body: { message: String(response.status) } };
                        return response.json();
                    });
                }`;
            if (source === '@salesforce/i18n/locale')
                return `export default ${JSON.stringify(language === 'es' ? 'es-ES' : 'en-US')};`;
            return 'export default Intl.DateTimeFormat().resolvedOptions().timeZone;';
        }
    };
}

/** The page's script in `language` ('en' or 'es'). */
export async function buildHealthPage({ language = 'en' } = {}) {
    const labels = customLabels.readLabels(root, language);
    const component = join(root, 'force-app/main/default/lwc/presenceSyncHealth/presenceSyncHealth.js');
    const bundle = await rollup({
        input: join(here, 'page.js'),
        plugins: [
            standIns(labels, language),
            replace({ preventAssignment: true, values: BUILD_CONSTANTS }),
            lwc({ rootDir: here, modules: [{ name: 'c/presenceSyncHealth', path: component }, BASE_COMPONENTS] }),
            nodeResolve()
        ],
        onwarn: (warning, warn) => {
            if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
            warn(warning);
        }
    });
    const { output } = await bundle.generate({ format: 'iife', name: 'HealthSimulator' });
    await bundle.close();
    return output[0].code;
}
