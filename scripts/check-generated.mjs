// Fails when a committed generated file differs from a fresh build of src-ts/.
import { readFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { renderFixtures } from './build-fixtures.mjs';

const committed = configs.filter(
    (config) => !Array.isArray(config.output) && config.output.file.startsWith('force-app/')
);
let stale = 0;
for (const config of committed) {
    const { output: outputOptions, ...inputOptions } = config;
    const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
    const { output } = await bundle.generate(outputOptions);
    await bundle.close();
    const fresh = output[0].code;
    let current = null;
    try {
        current = await readFile(outputOptions.file, 'utf8');
    } catch {
        current = null;
    }
    if (current === null) {
        console.error(`MISSING: ${outputOptions.file} is not built. Run \`npm run build\` and commit it.`);
        stale++;
    } else if (current !== fresh) {
        const freshLines = fresh.split('\n');
        const currentLines = current.split('\n');
        const line = freshLines.findIndex((text, index) => text !== currentLines[index]) + 1;
        console.error(
            `STALE: ${outputOptions.file} differs from a fresh build of src-ts/ (first difference at line ${line}). ` +
                'Run `npm run build` and commit the result.'
        );
        stale++;
    } else {
        console.log(`up to date: ${outputOptions.file} (${Buffer.byteLength(fresh)} bytes)`);
    }
}
for (const fixture of await renderFixtures()) {
    let current = null;
    try {
        current = await readFile(fixture.path, 'utf8');
    } catch {
        current = null;
    }
    if (current !== fixture.content) {
        console.error(
            `STALE: ${fixture.path} does not match the package metadata it is built from. ` +
                'Run `npm run build` and commit the result.'
        );
        stale++;
    } else {
        console.log(`up to date: ${fixture.path}`);
    }
}
process.exit(stale === 0 ? 0 : 1);
