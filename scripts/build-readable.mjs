// Writes readable copies of the generated LWC modules for review: the same inputs as `npm run build`
// (rollup.config.mjs), compiled by the same TypeScript options, but not minified and with the
// comments of src-ts/ kept, each with a source map to src-ts/. Nothing here is committed or deployed.
//   node scripts/build-readable.mjs [outDir]        (default dist/readable/)
// A reviewer diffs the shipped module's behaviour against these files, or reads the source maps
// (docs/security-review.md, "Readable source for the generated modules").
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import {
    bridgeAsModule,
    bridgeModule,
    engineAsModule,
    engineModule,
    lwcModule,
    mappingAsModule,
    mappingModule,
    panelModelModule,
    setupKit
} from '../rollup.config.mjs';

/** Builds each shipped module unminified into `outDir`; returns the files written. */
export async function buildReadable(outDir = 'dist/readable') {
    const written = [];
    for (const config of [lwcModule, bridgeModule, mappingModule, engineModule, panelModelModule, setupKit]) {
        const bundle = await rollup({
            input: config.input,
            onwarn: () => {},
            plugins: [
                // The console module imports the bridge host from c/presenceSyncBridge, as shipped; it, the Setup
                // page's kit and the panel model import the engine from c/presenceSyncEngine, and they and the engine
                // import the mapping model and compiler from c/presenceSyncMapping.
                ...(config === lwcModule ? [bridgeAsModule()] : []),
                ...([lwcModule, setupKit, panelModelModule].includes(config) ? [engineAsModule()] : []),
                ...([lwcModule, engineModule, setupKit, panelModelModule].includes(config) ? [mappingAsModule()] : []),
                typescript({
                    tsconfig: './tsconfig.json',
                    include: ['src-ts/**/*.ts'],
                    exclude: ['src-ts/**/*.test.ts'],
                    compilerOptions: { noEmit: false, types: [], removeComments: false, sourceMap: true }
                })
            ]
        });
        const file = join(outDir, basename(config.output.file));
        await bundle.write({ file, format: 'es', banner: config.output.banner, sourcemap: true });
        await bundle.close();
        written.push(file);
    }
    return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    for (const file of await buildReadable(process.argv[2])) console.log(`wrote ${file} (and ${basename(file)}.map)`);
}
