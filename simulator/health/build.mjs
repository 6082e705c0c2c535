// Builds the simulated Presence Sync Health tab: the package's presenceSyncHealth component compiled with LWC open
// source. Its platform imports get local stand-ins: the Custom Labels (in the page's language), getHealth and
// getHealthCounts (fetches of /api/health and /api/health/counts, simulator/health.mjs), and the viewer's locale and time zone (the browser's).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import customLabels from '../../lib/custom-labels.cjs';
import { bundleOrgPage, isLabel, labelModule } from '../org-page/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const APEX = '@salesforce/apex/PresenceSyncHealthController.getHealth';
const COUNTS = '@salesforce/apex/PresenceSyncHealthController.getHealthCounts';

/**
 * The stand-in of the Apex method `method`: a GET of `path` on the simulator's server (simulator/health.mjs). As
 * Lightning does, a rejected call carries { body: { message } }.
 */
const apexFetch = (method, path) => `export default function ${method}() {
    return fetch(${JSON.stringify(path)}).then((response) => {
        if (!response.ok) throw { body: { message: String(response.status) } };
        return response.json();
    });
}`;

function standIns(labels, language) {
    const PREFIX = '\0health-platform:';
    const stood = (source) =>
        isLabel(source) ||
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
            if (isLabel(source)) return labelModule(source, labels);
            if (source === APEX) return apexFetch('getHealth', '/api/health');
            if (source === COUNTS) return apexFetch('getHealthCounts', '/api/health/counts');
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
    return bundleOrgPage({
        input: join(here, 'page.js'),
        rootDir: here,
        standIns: standIns(labels, language),
        modules: [{ name: 'c/presenceSyncHealth', path: component }],
        name: 'HealthSimulator'
    });
}
