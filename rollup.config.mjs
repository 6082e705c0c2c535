// Builds the TypeScript core into the artefacts that ship or that tools use:
// the LWC service module (committed, checked for staleness by `npm test`) and
// the softphone-side bridge client (a standalone file for softphone pages).
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { dirname, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { FIELD_MODULE, readFieldTypes, renderFieldModule } from './lib/field-lists.mjs';

const BANNER = [
    '/*',
    ' * GENERATED FILE, DO NOT EDIT.',
    ' * Built by `npm run build` from the TypeScript sources in src-ts/.',
    ' * `npm test` fails when this file is stale.',
    ' */'
].join('\n');

/**
 * `npm run build` writes src-ts/mapping/fields.generated.ts (the custom metadata types' field lists, from their
 * field folders: lib/field-lists.mjs) before it compiles, so that a new field is in this build. Only under
 * `npm run build`: `node scripts/check-generated.mjs` compiles the committed file, and fails when it is stale.
 */
const fieldLists = () => ({
    name: 'presence-sync-field-lists',
    buildStart() {
        if (process.env.npm_lifecycle_event !== 'build') return;
        const content = renderFieldModule(readFieldTypes());
        if (readFileSync(FIELD_MODULE, 'utf8') !== content) writeFileSync(FIELD_MODULE, content);
    }
});

const ts = (extra = {}) =>
    typescript({
        tsconfig: './tsconfig.json',
        include: ['src-ts/**/*.ts'],
        exclude: ['src-ts/**/*.test.ts'],
        compilerOptions: { noEmit: false, types: [], ...extra }
    });

/**
 * A plugin that resolves every relative import of a file that `isSource` accepts (its path without `.ts`) to the
 * external LWC module `module`, so that the bundle imports that code from the module instead of carrying a copy. It
 * runs before the TypeScript plugin, which has already dropped type-only imports.
 */
const sourcesAsModule = (name, module, isSource) => ({
    name,
    resolveId(source, importer) {
        if (importer === undefined || !source.startsWith('.')) return null;
        const target = resolve(dirname(importer), source).replace(/\.ts$/, '');
        return isSource(target) ? { id: module, external: true } : null;
    }
});

/** The module the console module imports the bridge host from (src-ts/lwc/presenceSyncBridge.ts). */
export const BRIDGE_MODULE = 'c/presenceSyncBridge';
/** The sources that `c/presenceSyncBridge` bundles, which the console module imports from it instead. */
const BRIDGE_SOURCES = ['host', 'protocol', 'endpoint'].map((name) => resolve('src-ts/bridge', name));

/** Resolves every relative import of a file in BRIDGE_SOURCES (with or without `.ts`) to `c/presenceSyncBridge`. */
export const bridgeAsModule = () =>
    sourcesAsModule('presence-sync-bridge-module', BRIDGE_MODULE, (target) => BRIDGE_SOURCES.includes(target));

/** The module the other shipped modules import the mapping model and compiler from (src-ts/lwc/presenceSyncMapping.ts). */
export const MAPPING_MODULE = 'c/presenceSyncMapping';
/** The folder whose every file `c/presenceSyncMapping` bundles: the mapping model and its compiler. */
const MAPPING_SOURCES = resolve('src-ts/mapping');

/** Resolves every relative import of a file of src-ts/mapping/ (with or without `.ts`) to `c/presenceSyncMapping`. */
export const mappingAsModule = () =>
    sourcesAsModule('presence-sync-mapping-module', MAPPING_MODULE, (target) => dirname(target) === MAPPING_SOURCES);

/** The module the other shipped modules import the sync engine from (src-ts/lwc/presenceSyncEngine.ts). */
export const ENGINE_MODULE = 'c/presenceSyncEngine';
/** The folder whose every file (tests aside, which no shipped file imports) `c/presenceSyncEngine` bundles. */
const ENGINE_SOURCES = resolve('src-ts/engine');

/** Resolves every relative import of a file of src-ts/engine/ (with or without `.ts`) to `c/presenceSyncEngine`. */
export const engineAsModule = () =>
    sourcesAsModule('presence-sync-engine-module', ENGINE_MODULE, (target) => dirname(target) === ENGINE_SOURCES);

export const lwcModule = {
    input: 'src-ts/lwc/presenceSync.ts',
    output: {
        file: 'force-app/main/default/lwc/presenceSync/presenceSync.js',
        format: 'es',
        banner: BANNER,
        // Local builds write a source map beside the module (not deployed: .forceignore; not committed:
        // .gitignore) so a stack trace from the minified module points at src-ts/. 'hidden' leaves the
        // committed file itself unchanged: no sourceMappingURL comment.
        sourcemap: process.env.CI ? false : 'hidden'
    },
    // Comments and long names stay in src-ts/; the shipped module is minified (its size counts on the
    // platform), keeping the banner. Property names are kept: they are the engine's plain-data state.
    // The bridge host is a module of its own, `c/presenceSyncBridge` (bridgeModule below), and so are the mapping
    // model and compiler, `c/presenceSyncMapping` (mappingModule below), and the sync engine, `c/presenceSyncEngine`
    // (engineModule below), so that this one stays within its size budget.
    plugins: [
        bridgeAsModule(),
        engineAsModule(),
        mappingAsModule(),
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

// The postMessage bridge host (src-ts/bridge/host.ts with its protocol and endpoint), which `c/presenceSync`
// imports: a module of its own so that the agent's console module stays within its size budget.
export const bridgeModule = {
    ...lwcModule,
    input: 'src-ts/lwc/presenceSyncBridge.ts',
    output: { ...lwcModule.output, file: 'force-app/main/default/lwc/presenceSyncBridge/presenceSyncBridge.js' },
    plugins: [
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

// The mapping model and its compiler (src-ts/mapping/), which `c/presenceSync`, `c/presenceSyncSetupKit` and
// `c/presenceSyncPanelModel` import: a module of its own so that the compiler ships once and the agent's console
// module stays within its size budget.
export const mappingModule = {
    ...lwcModule,
    input: 'src-ts/lwc/presenceSyncMapping.ts',
    output: { ...lwcModule.output, file: 'force-app/main/default/lwc/presenceSyncMapping/presenceSyncMapping.js' },
    plugins: [
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

// The sync engine (src-ts/engine/), which `c/presenceSync`, `c/presenceSyncSetupKit` and `c/presenceSyncPanelModel`
// import: a module of its own so that the engine, the part that changes most often, ships once and the agent's console
// module stays within its size budget. The mapping model and compiler it imports from `c/presenceSyncMapping`.
export const engineModule = {
    ...lwcModule,
    input: 'src-ts/lwc/presenceSyncEngine.ts',
    output: { ...lwcModule.output, file: 'force-app/main/default/lwc/presenceSyncEngine/presenceSyncEngine.js' },
    plugins: [
        mappingAsModule(),
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

// The Setup page's service module: the compiler checks and the dry run, which the agent's console never loads. The
// compiler itself it imports from `c/presenceSyncMapping`, the engine the dry run replays from `c/presenceSyncEngine`.
export const setupKit = {
    ...lwcModule,
    input: 'src-ts/lwc/presenceSyncSetupKit.ts',
    output: { ...lwcModule.output, file: 'force-app/main/default/lwc/presenceSyncSetupKit/presenceSyncSetupKit.js' },
    plugins: [
        engineAsModule(),
        mappingAsModule(),
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

// What the panel shows: its display model, wording and exports (src-ts/panel/), a module of
// its own so that the agent's console module stays within its size budget. The mapping (the softphone dot's
// compiled mapping, the records' field names) it imports from `c/presenceSyncMapping`, the engine's notice table and
// named reasons from `c/presenceSyncEngine`.
export const panelModelModule = {
    ...lwcModule,
    input: 'src-ts/lwc/presenceSyncPanelModel.ts',
    output: {
        ...lwcModule.output,
        file: 'force-app/main/default/lwc/presenceSyncPanelModel/presenceSyncPanelModel.js'
    },
    plugins: [
        engineAsModule(),
        mappingAsModule(),
        fieldLists(),
        ts({ removeComments: true }),
        terser({ format: { comments: /GENERATED FILE/ }, mangle: true, compress: { passes: 2 } })
    ]
};

export const tools = {
    input: 'src-ts/tools/index.ts',
    output: { file: 'dist/tools.mjs', format: 'es' },
    plugins: [fieldLists(), ts()]
};

// The softphone client, for vendors' pages: a readable copy (comments kept, for review) and a
// minified one (to serve), each as a classic script (global PresenceBridge) and an ES module.
// The readable iife comes first: the simulator serves the first iife output.
const minified = terser({ mangle: true, compress: { passes: 2 }, format: { comments: false } });
export const softphoneClient = {
    input: 'src-ts/bridge/client-entry.ts',
    output: [
        { file: 'dist/presence-bridge-client.js', format: 'iife', name: 'PresenceBridge' },
        { file: 'dist/presence-bridge-client.mjs', format: 'es' },
        { file: 'dist/presence-bridge-client.min.js', format: 'iife', name: 'PresenceBridge', plugins: [minified] },
        { file: 'dist/presence-bridge-client.min.mjs', format: 'es', plugins: [minified] }
    ],
    plugins: [fieldLists(), ts()]
};

const targets = {
    lwc: [lwcModule, bridgeModule, mappingModule, engineModule, panelModelModule, setupKit],
    tools: [tools],
    client: [softphoneClient]
};
export default process.env.TARGET
    ? targets[process.env.TARGET]
    : [lwcModule, bridgeModule, mappingModule, engineModule, panelModelModule, setupKit, tools, softphoneClient];
