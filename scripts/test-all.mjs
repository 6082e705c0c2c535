// The one test command: runs every layer in turn, never stops at the first
// failure, and ends with a summary naming what failed.
//   node scripts/test-all.mjs [--only a,b] [--skip a,b]
import { spawnSync } from 'node:child_process';
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
    { name: 'jest', what: 'Jest: engine, scenarios, bridge, runtime, components', cmd: ['jest', '--ci', '--silent'] },
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
        optionalFile: 'scripts/e2e.mjs'
    }
];

function listArg(flag) {
    const index = process.argv.indexOf(flag);
    return index === -1 ? null : (process.argv[index + 1] ?? '').split(',').filter(Boolean);
}
const only = listArg('--only');
const skip = listArg('--skip') ?? [];

const results = [];
for (const step of STEPS) {
    if ((only && !only.includes(step.name)) || skip.includes(step.name)) continue;
    if (step.optionalFile && !existsSync(step.optionalFile)) continue;
    console.log(`\n━━ ${step.name}: ${step.what}\n$ ${step.cmd.join(' ')}`);
    const started = Date.now();
    const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
    const seconds = (Date.now() - started) / 1000;
    const ok = run.status === 0;
    if (run.error) console.error(`could not start ${step.cmd[0]}: ${run.error.message}`);
    results.push({ ...step, ok, seconds });
}

const failed = results.filter((result) => !result.ok);
console.log('\n━━ Summary');
for (const result of results) {
    console.log(
        `${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(10)} ${result.seconds.toFixed(1).padStart(6)}s  ${result.what}`
    );
}
const total = results.reduce((sum, result) => sum + result.seconds, 0);
console.log(
    failed.length === 0
        ? `\nAll ${results.length} checks passed in ${total.toFixed(1)}s.`
        : `\n${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.name).join(', ')}.`
);
// The plain closing line that CI tools read: checks passed and failed.
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
