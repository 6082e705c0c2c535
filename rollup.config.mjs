// Builds the TypeScript core into the artefacts that ship or that tools use:
// the LWC service module (committed, checked for staleness by `npm test`) and
// the softphone-side bridge client (a standalone file for softphone pages).
import typescript from '@rollup/plugin-typescript';

const BANNER = [
    '/*',
    ' * GENERATED FILE, DO NOT EDIT.',
    ' * Built by `npm run build` from the TypeScript sources in src-ts/.',
    ' * `npm test` fails when this file is stale.',
    ' */'
].join('\n');

const ts = () =>
    typescript({
        tsconfig: './tsconfig.json',
        include: ['src-ts/**/*.ts'],
        exclude: ['src-ts/**/*.test.ts'],
        compilerOptions: { noEmit: false, types: [] }
    });

export const lwcModule = {
    input: 'src-ts/lwc/presenceSync.ts',
    output: {
        file: 'force-app/main/default/lwc/presenceSync/presenceSync.js',
        format: 'es',
        banner: BANNER
    },
    plugins: [ts()]
};

export const tools = {
    input: 'src-ts/tools/index.ts',
    output: { file: 'dist/tools.mjs', format: 'es' },
    plugins: [ts()]
};

const targets = { lwc: [lwcModule], tools: [tools] };
export default process.env.TARGET ? targets[process.env.TARGET] : [lwcModule, tools];
