// Builds the simulated Setup page: the package's presenceSyncSetup component and the generated
// c/presenceSync module, compiled with LWC open source. The platform-only imports (Custom Labels
// and the Apex methods of PresenceSyncSetupController) get local stand-ins.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import customLabels from '../../lib/custom-labels.cjs';
import { bundleOrgPage, isLabel, labelModule } from '../org-page/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const APEX = '@salesforce/apex/PresenceSyncSetupController.';

function standIns(labels) {
    const PREFIX = '\0setup-platform:';
    return {
        name: 'setup-platform-stand-ins',
        resolveId(source) {
            // The Setup page's own platform imports (its labels, its Apex, the user's locale); the base
            // components' other `@salesforce/` modules (gates, access checks) are left to the LWC resolver and
            // lightning-base-components.
            return isLabel(source) || source.startsWith(APEX) || source === '@salesforce/i18n/locale'
                ? PREFIX + source
                : null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const source = id.slice(PREFIX.length);
            if (isLabel(source)) return labelModule(source, labels);
            if (source.startsWith(APEX)) {
                // As Lightning does: a rejected call carries { body: { message } }.
                const method = source.slice(APEX.length);
                return `export default function ${method}(params) {
                    return fetch('/api/setup/${method}' + window.location.search, {
                        method: 'POST',
                        headers: { 'content-type': 'application/json' },
                        body: JSON.stringify(params ?? {})
                    }).then((response) =>
                        response.json().then((body) => {
                            if (!response.ok) throw { body: { message: body.message ?? String(response.status) } };
                            return body;
                        })
                    );
                }`;
            }
            // The user's locale as Salesforce gives it: Spanish (Spain) with ?lang=es, else English (US).
            if (source === '@salesforce/i18n/locale')
                return `export default new URLSearchParams(window.location.search).get('lang') === 'es' ? 'es-ES' : 'en-US';`;
            throw new Error(`no Setup page stand-in for ${source}`);
        }
    };
}

export async function buildSetupPage({ language = 'en' } = {}) {
    const labels = customLabels.readLabels(root, language);
    const lwcDir = join(root, 'force-app/main/default/lwc');
    const modules = (await readdir(lwcDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({ name: `c/${entry.name}`, path: join(lwcDir, entry.name, `${entry.name}.js`) }));
    return bundleOrgPage({
        input: join(here, 'page.js'),
        rootDir: here,
        standIns: standIns(labels),
        modules,
        name: 'SetupSimulator'
    });
}
