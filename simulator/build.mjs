// Builds the console simulator's page: the package's real LWC panel (and the generated
// c/presenceSync module) compiled with LWC open source, plus the simulated console around it.
// Only what exists solely on the platform gets a local stand-in: lightning/* base components,
// the Apex import, the user id, the custom permission, Custom Labels and the utility bar API.
import { readdir } from 'node:fs/promises';
import customLabels from '../scripts/lib/custom-labels.cjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** The platform-only imports, answered by the simulator. */
function platformStandIns(labels) {
    const PREFIX = '\0platform:';
    return {
        name: 'platform-stand-ins',
        resolveId(source) {
            if (source.startsWith('@salesforce/')) return PREFIX + source;
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const source = id.slice(PREFIX.length);
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                return `export default ${JSON.stringify(labels[name] ?? name)};`;
            }
            if (source === '@salesforce/apex/PresenceSyncController.getConfiguration') {
                // The simulator's server answers for Apex, with the package's shipped records.
                return `export default function getConfiguration() {
                    return fetch('/api/configuration' + window.location.search).then((response) => {
                        if (!response.ok) throw new Error('configuration ' + response.status);
                        return response.json();
                    });
                }`;
            }
            if (source === '@salesforce/user/Id') return `export default '005SIMULATOR0001';`;
            if (source.startsWith('@salesforce/customPermission/')) {
                return `export default !new URLSearchParams(window.location.search).has('agent');`;
            }
            throw new Error(`no simulator stand-in for ${source}`);
        }
    };
}

/** Alias records for every bundle of a folder, as `namespace/name` (a platform folder has no namespace level). */
async function bundlesOf(dir, namespace) {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({ name: `${namespace}/${entry.name}`, path: join(dir, entry.name, `${entry.name}.js`) }));
}

export async function buildConsole({ language = 'en' } = {}) {
    const labels = customLabels.readLabels(root, language);
    const modules = [
        ...(await bundlesOf(join(root, 'force-app/main/default/lwc'), 'c')),
        ...(await bundlesOf(join(here, 'stand-ins/lightning'), 'lightning'))
    ];
    const bundle = await rollup({
        input: join(here, 'console/console.js'),
        plugins: [
            platformStandIns(labels),
            replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
            lwc({
                rootDir: join(here, 'console'),
                modules
            }),
            nodeResolve()
        ],
        onwarn: (warning, warn) => {
            if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
            warn(warning);
        }
    });
    const { output } = await bundle.generate({ format: 'iife', name: 'ConsoleSimulator' });
    await bundle.close();
    return output[0].code;
}
