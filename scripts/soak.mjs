#!/usr/bin/env node
/**
 * The soak of the agent's-side properties (a)–(e) of src-ts/engine/agent-invariants.properties.test.ts:
 * each property at 100,000 cases (configurable), in parallel Jest runs, with per-property figures
 * (cases, failing cases, time, seed) and the first failing case shrunk to a short story of events.
 * Exits non-zero if any property fails (or a run breaks).
 *
 *   npm run soak                       every property, 100,000 cases each, 2 at a time
 *   npm run soak -- --cases 20000      fewer cases
 *   npm run soak -- --only a,d         some properties
 *   npm run soak -- --jobs 1           one Jest run at a time
 *   npm run soak -- --seed 42          replay a seed (FC_SEED)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEST_FILE = 'src-ts/engine/agent-invariants.properties.test.ts';
const PROPERTIES = ['a', 'b', 'c', 'd', 'e'];

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    if (index === -1) return fallback;
    const value = process.argv[index + 1];
    if (value === undefined || value.startsWith('--')) {
        console.error(`--${name} needs a value`);
        process.exit(2);
    }
    return value;
}

if (process.argv.includes('--help')) {
    console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('*/')[0]
            .replace(/^#!.*\n\/\*\*\n/, '')
    );
    process.exit(0);
}

const cases = Number(option('cases', process.env.SOAK ?? '100000'));
const jobs = Math.max(1, Number(option('jobs', '2')));
const seed = option('seed', process.env.FC_SEED);
const only = option('only', PROPERTIES.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter((p) => PROPERTIES.includes(p));
if (!Number.isSafeInteger(cases) || cases < 1 || only.length === 0) {
    console.error('usage: npm run soak -- [--cases N] [--jobs J] [--only a,b,…] [--seed S]');
    process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'soak-'));
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

/** One Jest run of one property; resolves with its report line (or a broken run's output). */
function runProperty(property) {
    const report = join(work, `${property}.jsonl`);
    const env = { ...process.env, SOAK: String(cases), SOAK_REPORT: report };
    if (seed !== undefined) env.FC_SEED = String(seed);
    const started = Date.now();
    return new Promise((resolve) => {
        const child = spawn(
            process.execPath,
            [jest, '--ci', '--silent', '--runTestsByPath', TEST_FILE, '-t', `\\(${property}\\)`],
            { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }
        );
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
            const wall = Date.now() - started;
            if (!existsSync(report)) {
                resolve({ property, broken: true, code, wall, output });
                return;
            }
            const line = readFileSync(report, 'utf8').trim().split('\n').pop();
            resolve({ property, ...JSON.parse(line), code, wall });
        });
    });
}

const began = Date.now();
console.log(`soak: properties ${only.join(', ')}, ${cases.toLocaleString('en')} cases each, ${jobs} at a time`);
const queue = [...only];
const results = [];
await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
        while (queue.length > 0) {
            const property = queue.shift();
            const result = await runProperty(property);
            results.push(result);
            const figures = result.broken
                ? `run broke (exit ${result.code})`
                : `${result.cases.toLocaleString('en')} cases, ${result.failures.toLocaleString('en')} failing, ${(result.ms / 1000).toFixed(1)} s (seed ${result.seed})`;
            console.log(`  (${property}) ${figures}`);
        }
    })
);
rmSync(work, { recursive: true, force: true });

results.sort((x, y) => x.property.localeCompare(y.property));
console.log('\nproperty  cases      failing    time (s)  seed');
for (const r of results) {
    if (r.broken) console.log(`(${r.property})       run broke, exit ${r.code}`);
    else
        console.log(
            `(${r.property})       ${String(r.cases).padEnd(10)} ${String(r.failures).padEnd(10)} ${(r.ms / 1000).toFixed(1).padEnd(9)} ${r.seed}`
        );
}
let failed = false;
for (const r of results) {
    if (r.broken) {
        failed = true;
        console.log(`\n(${r.property}) the Jest run broke:\n${r.output.slice(-4000)}`);
    } else if (r.failures > 0) {
        failed = true;
        console.log(`\n(${r.property}) first failing case, shrunk:\n${r.counterexample}`);
    }
}
console.log(`\nsoak: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
