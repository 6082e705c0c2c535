// Builds the console simulator's page: the package's real LWC panel (and the generated
// c/presenceSync module) compiled with LWC open source, plus the simulated console around it.
// The base components (lightning-button, lightning-icon) are Salesforce's open-source
// lightning-base-components from npm, resolved through that package's own `lwc` configuration.
// Only what exists solely on the platform gets a local stand-in: the Apex import, the user id,
// the user's locale, the custom permission, Custom Labels and the utility bar API.
import { readdir, readFile } from 'node:fs/promises';
import customLabels from '../lib/custom-labels.cjs';
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
            // The package's own platform imports. Anything else under @salesforce/ (the base
            // components' gates, access checks, i18n and Salesforce labels) is left to the LWC
            // resolver, which answers it from lightning-base-components' package.json `lwc.modules`.
            if (
                source.startsWith('@salesforce/label/c.') ||
                source.startsWith('@salesforce/apex/') ||
                source.startsWith('@salesforce/customPermission/') ||
                source === '@salesforce/user/Id' ||
                source === '@salesforce/i18n/locale'
            )
                return PREFIX + source;
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
                // A failure reaches the component as LWC hands it an Apex error: the HTTP status and Apex's body.
                return `export default function getConfiguration() {
                    return fetch('/api/configuration' + window.location.search).then((response) => {
                        if (response.ok) return response.json();
                        return response.json().then(
                            (body) => Promise.reject({ status: response.status, body }),
                            () => Promise.reject({ status: response.status, body: { message: '' } })
                        );
                    });
                }`;
            }
            if (source === '@salesforce/apex/PresenceSyncHealthController.reportHealth') {
                // The simulated org keeps the report for the session's user, as reportHealth does for UserInfo's
                // (POST /api/health/report, issue 24): the user id, and the full name the org serves with the
                // configuration (read once). It resolves to the answer's \`kept\` (false: the org did not keep the row); an
                // HTTP error reaches the console as an Apex error does.
                return `import userId from '@salesforce/user/Id';
                let userName = null;
                function nameOfUser() {
                    if (userName === null) {
                        userName = fetch('/api/configuration' + window.location.search)
                            .then((response) => (response.ok ? response.json() : null))
                            .then((configuration) => configuration?.userName ?? userId, () => userId);
                    }
                    return userName;
                }
                export default function reportHealth({ report }) {
                    return nameOfUser()
                        .then((name) => fetch('/api/health/report', {
                            method: 'POST',
                            headers: { 'content-type': 'application/json' },
                            body: JSON.stringify({ userId, userName: name, report })
                        }))
                        .then((response) => {
                            // 200 {"kept": true|false}, as the Apex method answers true or false.
                            if (response.ok) return response.json().then((answer) => answer?.kept === true);
                            return Promise.reject({ status: response.status, body: { message: '' } });
                        });
                }`;
            }
            if (source === '@salesforce/user/Id') return `export default '005SIMULATOR0001';`;
            // The user's locale as Salesforce gives it: Spanish (Spain) with ?lang=es, else English (US).
            if (source === '@salesforce/i18n/locale')
                return `export default new URLSearchParams(window.location.search).get('lang') === 'es' ? 'es-ES' : 'en-US';`;
            if (source.startsWith('@salesforce/customPermission/')) {
                return `export default !new URLSearchParams(window.location.search).has('agent');`;
            }
            throw new Error(`no simulator stand-in for ${source}`);
        }
    };
}

/**
 * `aura:presenceSyncUtility`: the package's real Aura utility item for the simulator's small Aura
 * (console/aura-host.js): its .cmp markup as it ships (aura-host.js reads it with an XML parser for
 * the handlers, the panel's event bindings and the attributes), and its controller, helper and
 * renderer files as they ship (each an object literal, given the simulator's `$A`).
 * With `lws`, the controller and helper are evaluated inside the `c` sandbox, as an org whose
 * Lightning Web Security also covers Aura components runs them.
 */
function auraBundle({ lws }) {
    const ID = '\0aura:presenceSyncUtility';
    const folder = join(root, 'force-app/main/default/aura/presenceSyncUtility');
    const literal = (text) => text.trim().replace(/;$/, '');
    return {
        name: 'aura-bundle',
        resolveId: (source) => (source === 'aura:presenceSyncUtility' ? ID : null),
        async load(id) {
            if (id !== ID) return null;
            const [markup, controller, helper, renderer] = await Promise.all(
                [
                    'presenceSyncUtility.cmp',
                    'presenceSyncUtilityController.js',
                    'presenceSyncUtilityHelper.js',
                    'presenceSyncUtilityRenderer.js'
                ].map((file) => readFile(join(folder, file), 'utf8'))
            );
            // Each file becomes a function of the simulator's $A returning the file's object literal.
            const factory = (text) => `function ($A) {\n    return (\n${literal(text)}\n    );\n}`;
            if (lws) {
                // Under LWS, Aura components of the namespace run in its sandbox as well.
                const sandboxed = (text) => JSON.stringify(`$lockerEvalContext$(${factory(text)});`);
                return `import { evaluateInNamespace } from ${JSON.stringify(join(here, 'console/lws-host.js'))};
                export default {
                    markup: ${JSON.stringify(markup)},
                    controller: evaluateInNamespace('c', ${sandboxed(controller)}, {}, 'presenceSyncUtilityController'),
                    helper: evaluateInNamespace('c', ${sandboxed(helper)}, {}, 'presenceSyncUtilityHelper'),
                    renderer: evaluateInNamespace('c', ${sandboxed(renderer)}, {}, 'presenceSyncUtilityRenderer')
                };`;
            }
            return `export default {
                markup: ${JSON.stringify(markup)},
                controller: ${factory(controller)},
                helper: ${factory(helper)},
                renderer: ${factory(renderer)}
            };`;
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

/**
 * Salesforce's open-source base components: `lightning/*` from the npm package, with the
 * `@salesforce/gate/*`, i18n and label modules its package.json maps to its own stubs.
 */
export const BASE_COMPONENTS = { npm: 'lightning-base-components' };

/**
 * lightning-icon draws its SVG from the icon template library of its category, which
 * lightning/primitiveIcon (fetch.js) loads with a dynamic `import('lightning/iconSvgTemplates…')`.
 * The package uses utility icons only, so the utility library (left to right) is built into the
 * page and the other nine libraries are left out: a dynamic import of one of them gives no library
 * (null), and primitiveIcon then draws its plain sprite template, as it does before a library loads.
 */
function iconLibraries() {
    const USED = 'lightning/iconSvgTemplatesUtility';
    const MISSING = '\0icon-library-not-built';
    return {
        name: 'icon-libraries',
        resolveDynamicImport(specifier) {
            if (typeof specifier !== 'string' || !specifier.startsWith('lightning/iconSvgTemplates')) return null;
            return specifier === USED ? null : MISSING;
        },
        load(id) {
            return id === MISSING ? 'export default null;' : null;
        }
    };
}

/**
 * Build-time constants: the production build, and `import.meta.env.SSR`, which the base
 * components read to skip browser-only work when rendered on a server; the simulator renders in
 * the browser.
 */
export const BUILD_CONSTANTS = {
    'process.env.NODE_ENV': JSON.stringify('production'),
    'import.meta.env.SSR': 'false'
};

const PLATFORM_MODULES = {
    lwc: 'LWC',
    'lightning/button': 'LightningButton',
    'lightning/icon': 'LightningIcon'
};

const quietWarnings = (warning, warn) => {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
};

/**
 * The namespace `c` code (the panel, its labels and the c/presenceSync module) as one script for
 * Lightning Web Security's sandbox: the platform modules it imports (`lwc`, `lightning/*`) stay
 * outside, as on the platform, and come in as the sandbox's endowments. The script hands the
 * panel's class out through `$lockerEvalContext$`.
 */
async function buildSandboxedPanel({ labels, modules }) {
    const ENTRY = '\0lws:panel-entry';
    const bundle = await rollup({
        input: ENTRY,
        cache: consoleCache.sandboxed,
        external: Object.keys(PLATFORM_MODULES),
        plugins: [
            {
                name: 'lws-entry',
                resolveId: (source) => (source === ENTRY ? ENTRY : null),
                load: (id) => (id === ENTRY ? `export { default } from 'c/presenceSyncPanel';` : null)
            },
            platformStandIns(labels),
            replace({ preventAssignment: true, values: BUILD_CONSTANTS }),
            lwc({ rootDir: join(here, 'console'), modules })
        ],
        onwarn: quietWarnings
    });
    consoleCache.sandboxed = bundle.cache;
    const { output } = await bundle.generate({
        format: 'iife',
        name: 'PresenceSyncPanelModule',
        exports: 'default',
        globals: PLATFORM_MODULES,
        interop: 'esModule'
    });
    await bundle.close();
    return `${output[0].code}\n$lockerEvalContext$(PresenceSyncPanelModule);\n`;
}

/**
 * In Lightning Web Security mode, `c/presenceSyncPanel` in the console page is the panel class as
 * evaluated inside `@locker/sandbox` with the namespace key `c` (console/lws-host.js).
 */
function sandboxedPanel(sourceText) {
    const ID = '\0lws:panel';
    const SOURCE = '\0lws:panel-source';
    return {
        name: 'lws-panel',
        resolveId(source) {
            if (source === 'c/presenceSyncPanel') return ID;
            if (source === 'lws:panel-source') return SOURCE;
            return null;
        },
        load(id) {
            if (id === SOURCE) return `export default ${JSON.stringify(sourceText)};`;
            if (id !== ID) return null;
            return `import * as LWC from 'lwc';
                import * as LightningButton from 'lightning/button';
                import * as LightningIcon from 'lightning/icon';
                import sourceText from 'lws:panel-source';
                import { evaluateInNamespace } from ${JSON.stringify(join(here, 'console/lws-host.js'))};
                export default evaluateInNamespace('c', sourceText, {
                    LWC, LightningButton, LightningIcon
                }, 'presenceSyncPanel and c/presenceSync');`;
        }
    };
}

/**
 * The console page's script. `lws: true` runs the package's namespace code (panel and service
 * module) inside Salesforce's Lightning Web Security sandbox (`@locker/sandbox`, key `c`).
 */
/**
 * Rollup's module cache, kept between the console builds of one server (each language and mode is
 * built once, on first request): the base components' icon templates are compiled only once, and a
 * module whose source differs (a language's labels) is compiled again.
 */
const consoleCache = { page: { plain: undefined, lws: undefined }, sandboxed: undefined };

export async function buildConsole({ language = 'en', lws = false } = {}) {
    const labels = customLabels.readLabels(root, language);
    const modules = [...(await bundlesOf(join(root, 'force-app/main/default/lwc'), 'c')), BASE_COMPONENTS];
    const sandboxed = lws ? sandboxedPanel(await buildSandboxedPanel({ labels, modules })) : null;
    const bundle = await rollup({
        input: join(here, 'console/console.js'),
        // One cache per mode: a cached page module keeps how its imports resolved, so a plain build's cache
        // would hand the lws build the panel outside the sandbox.
        cache: consoleCache.page[lws ? 'lws' : 'plain'],
        plugins: [
            ...(sandboxed ? [sandboxed] : []),
            iconLibraries(),
            platformStandIns(labels),
            auraBundle({ lws }),
            replace({ preventAssignment: true, values: BUILD_CONSTANTS }),
            lwc({
                rootDir: join(here, 'console'),
                modules
            }),
            nodeResolve()
        ],
        onwarn: quietWarnings
    });
    consoleCache.page[lws ? 'lws' : 'plain'] = bundle.cache;
    const { output } = await bundle.generate({ format: 'iife', name: 'ConsoleSimulator', inlineDynamicImports: true });
    await bundle.close();
    return output[0].code;
}
