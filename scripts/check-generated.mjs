// Fails when a committed generated file differs from a fresh build of src-ts/ or of the package metadata,
// naming the file, where it first differs and the command that writes it again.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** The command that writes each kind of generated file again (all of them: `npm run build`). */
export const REGENERATE = {
    module: '`npm run build` (rollup -c, from rollup.config.mjs)',
    fixture: '`npm run build` (its last step, `node scripts/build-fixtures.mjs`, writes this file alone)'
};

/**
 * The verdict on one generated file: null when the committed text equals the fresh one, else the line to
 * print, naming the file, the first differing line and the command that regenerates it.
 * @param {string} path the file, relative to the repository
 * @param {string} fresh what the build would write
 * @param {string | null} current what is committed (null: missing)
 * @param {'module' | 'fixture'} kind a rollup output or a file written from the package metadata
 */
export function compareGenerated(path, fresh, current, kind) {
    const command = REGENERATE[kind];
    if (current === null) return `MISSING: ${path} is not built. Run ${command} and commit it.`;
    if (current === fresh) return null;
    const freshLines = fresh.split('\n');
    const currentLines = current.split('\n');
    const line = freshLines.findIndex((text, index) => text !== currentLines[index]) + 1;
    const from = kind === 'module' ? 'a fresh build of src-ts/' : 'what the package metadata builds';
    return `STALE: ${path} differs from ${from} (first difference at line ${line}). Run ${command} and commit the result.`;
}

async function committedText(path) {
    try {
        return await readFile(path, 'utf8');
    } catch {
        return null;
    }
}

async function main() {
    const { rollup } = await import('rollup');
    const { default: configs } = await import('../rollup.config.mjs');
    const { renderFixtures } = await import('./build-fixtures.mjs');
    const committed = configs.filter(
        (config) => !Array.isArray(config.output) && config.output.file.startsWith('force-app/')
    );
    const files = [];
    for (const config of committed) {
        const { output: outputOptions, ...inputOptions } = config;
        const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
        const { output } = await bundle.generate(outputOptions);
        await bundle.close();
        files.push({ path: outputOptions.file, content: output[0].code, kind: 'module' });
    }
    for (const fixture of await renderFixtures()) files.push({ ...fixture, kind: 'fixture' });
    let stale = 0;
    for (const file of files) {
        const problem = compareGenerated(file.path, file.content, await committedText(file.path), file.kind);
        if (problem === null) console.log(`up to date: ${file.path} (${Buffer.byteLength(file.content)} bytes)`);
        else {
            console.error(problem);
            stale++;
        }
    }
    process.exit(stale === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
