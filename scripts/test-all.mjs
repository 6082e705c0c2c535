// The one test command: runs every layer, never stops at the first failure, and ends with a summary naming what
// failed. Jest runs alongside the other checks before the browser suite (two tracks: Jest, and the static and
// metadata checks one after another), each step's output printed whole when it ends; the browser suite runs
// last, alone, as it uses every core. --serial runs every step in turn, its output as it comes.
//   node scripts/test-all.mjs [--only a,b] [--skip a,b] [--serial]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const FORMAT_GLOB = '**/*.{cls,trigger,js,mjs,ts,html,css,json,xml,md,cmp,app,design}';

const STEPS = [
    { name: 'generated', what: 'generated LWC module is up to date', cmd: ['node', 'scripts/check-generated.mjs'] },
    { name: 'types', what: 'TypeScript strict type check', cmd: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
    { name: 'lint', what: 'ESLint (LWC, Aura, TypeScript, scripts)', cmd: ['eslint', '--max-warnings=0', '.'] },
    {
        name: 'format',
        what: 'Prettier (with Apex and XML)',
        cmd: ['prettier', '--check', '--log-level=warn', FORMAT_GLOB]
    },
    {
        name: 'jest',
        what: 'Jest: engine, scenarios, bridge, runtime, components',
        cmd: ['jest', '--ci', '--silent'],
        track: 'jest'
    },
    {
        name: 'metadata',
        what: 'metadata well-formed, converts, inventory',
        cmd: ['node', 'scripts/validate-metadata.mjs']
    },
    {
        name: 'compile',
        what: 'Apex semantic compile (ApexLink), without and with a namespace',
        cmd: ['node', 'scripts/check-apex-compile.mjs']
    },
    { name: 'apex', what: 'Apex static analysis (Code Analyzer PMD)', cmd: ['node', 'scripts/analyze-apex.mjs'] },
    { name: 'size', what: 'generated modules within their size budgets', cmd: ['node', 'scripts/check-size.mjs'] },
    {
        name: 'e2e',
        what: 'real-browser end-to-end suite',
        cmd: ['node', 'scripts/e2e.mjs'],
        optionalFile: 'scripts/e2e.mjs',
        alone: true
    }
];

function listArg(flag) {
    const index = process.argv.indexOf(flag);
    return index === -1 ? null : (process.argv[index + 1] ?? '').split(',').filter(Boolean);
}
const only = listArg('--only');
const skip = listArg('--skip') ?? [];

const serial = process.argv.includes('--serial');

const header = (step) => `\n━━ ${step.name}: ${step.what}\n$ ${step.cmd.join(' ')}`;

/**
 * Runs one step; resolves with its result ({ ...step, ok, seconds }). `buffered`: its output is kept and printed
 * whole, after its header, when it ends (so that steps running at once do not mix their lines).
 */
function runStep(step, buffered) {
    if (!buffered) console.log(header(step));
    const started = Date.now();
    return new Promise((resolve) => {
        const chunks = [];
        const child = spawn(step.cmd[0], step.cmd.slice(1), {
            stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
            env: process.env
        });
        if (buffered) {
            child.stdout.on('data', (chunk) => chunks.push(chunk));
            child.stderr.on('data', (chunk) => chunks.push(chunk));
        }
        let ended = false;
        const end = (code, error) => {
            if (ended) return;
            ended = true;
            const seconds = (Date.now() - started) / 1000;
            if (buffered) {
                console.log(header(step));
                process.stdout.write(Buffer.concat(chunks));
                console.log(`(${step.name}: ${seconds.toFixed(1)}s)`);
            }
            if (error) console.error(`could not start ${step.cmd[0]}: ${error.message}`);
            resolve({ ...step, ok: code === 0 && !error, seconds });
        };
        child.on('error', (error) => end(null, error));
        child.on('close', (code) => end(code, null));
    });
}

/** Runs steps one after another. */
async function inTurn(steps, buffered) {
    const done = [];
    for (const step of steps) done.push(await runStep(step, buffered));
    return done;
}

const wanted = STEPS.filter(
    (step) =>
        !((only && !only.includes(step.name)) || skip.includes(step.name)) &&
        !(step.optionalFile && !existsSync(step.optionalFile))
);
const started = Date.now();
const results = [];
if (serial) results.push(...(await inTurn(wanted, false)));
else {
    const before = wanted.filter((step) => !step.alone);
    const tracks = [before.filter((step) => step.track === 'jest'), before.filter((step) => step.track !== 'jest')];
    const buffered = tracks.every((track) => track.length > 0);
    const ran = (await Promise.all(tracks.map((track) => inTurn(track, buffered)))).flat();
    results.push(...before.map((step) => ran.find((result) => result.name === step.name)));
    results.push(
        ...(await inTurn(
            wanted.filter((step) => step.alone),
            false
        ))
    );
}
const wall = (Date.now() - started) / 1000;

const failed = results.filter((result) => !result.ok);
console.log('\n━━ Summary');
for (const result of results) {
    console.log(
        `${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(10)} ${result.seconds.toFixed(1).padStart(6)}s  ${result.what}`
    );
}
const total = results.reduce((sum, result) => sum + result.seconds, 0);
const times = `${wall.toFixed(1)}s (the steps' own times add up to ${total.toFixed(1)}s)`;
console.log(
    failed.length === 0
        ? `\nAll ${results.length} checks passed in ${times}.`
        : `\n${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.name).join(', ')}. Time: ${times}.`
);
// The plain closing line that CI tools read: checks passed and failed.
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
