// Plants generated modules of chosen sizes in a throw-away folder and checks that the size check
// (scripts/check-size.mjs, `npm test`'s size step) fails on one over its budget, naming the file, its
// size, the budget and the platform's limit. Run by `node --test` from scripts/validate-metadata.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUDGETS, OLD_PLATFORM_LIMIT, PLATFORM_LIMIT, checkSizes } from '../check-size.mjs';

const AGENT_MODULE = 'force-app/main/default/lwc/presenceSync/presenceSync.js';

/** A folder holding every required budgeted file at `sizes[file]` bytes (default 1,000). */
async function plant(sizes = {}) {
    const root = await mkdtemp(join(tmpdir(), 'size-'));
    for (const entry of BUDGETS.filter((budget) => !budget.optional || sizes[budget.file] !== undefined)) {
        const path = join(root, entry.file);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, 'x'.repeat(sizes[entry.file] ?? 1000));
    }
    return root;
}

test('the budgets keep every shipped module under both editions of the platform limit', () => {
    for (const entry of BUDGETS.filter((budget) => budget.limit !== null)) {
        assert.ok(entry.budget <= OLD_PLATFORM_LIMIT, entry.file);
        assert.ok(entry.budget < entry.limit, entry.file);
        assert.equal(entry.limit, PLATFORM_LIMIT);
    }
    assert.ok(BUDGETS.some((entry) => entry.file === AGENT_MODULE));
});

test('an oversized module fails, naming the file, its size, the budget and the limit', async () => {
    const root = await plant({ [AGENT_MODULE]: OLD_PLATFORM_LIMIT + 1 });
    try {
        const { failures } = await checkSizes(BUDGETS, root);
        assert.equal(failures.length, 1, failures.join('\n'));
        assert.match(failures[0], /^OVER BUDGET: force-app\/main\/default\/lwc\/presenceSync\/presenceSync\.js /);
        assert.match(failures[0], /is 131073 B/);
        assert.match(failures[0], /budget 131072 B/);
        assert.match(failures[0], /platform limit 1000000 B/);
        assert.match(failures[0], /1 B over/);
    } finally {
        await rm(root, { recursive: true, force: true });
    }
});

test('a module at its budget passes; within the warning margin it warns', async () => {
    const root = await plant({ [AGENT_MODULE]: OLD_PLATFORM_LIMIT });
    try {
        const { failures, warnings } = await checkSizes(BUDGETS, root);
        assert.deepEqual(failures, []);
        assert.equal(warnings.length, 1);
        assert.match(
            warnings[0],
            /^NEAR BUDGET: force-app\/main\/default\/lwc\/presenceSync\/presenceSync\.js .* 0 B left/
        );
    } finally {
        await rm(root, { recursive: true, force: true });
    }
});

test('small modules pass without a warning; a missing one fails; the unbuilt client is skipped', async () => {
    const root = await plant();
    try {
        const fine = await checkSizes(BUDGETS, root);
        assert.deepEqual([fine.failures, fine.warnings], [[], []]);
        assert.equal(fine.lines.length, BUDGETS.filter((entry) => !entry.optional).length);
        await rm(join(root, AGENT_MODULE));
        const { failures } = await checkSizes(BUDGETS, root);
        assert.deepEqual(failures, [`MISSING: ${AGENT_MODULE} (the agent's console module) is not built`]);
    } finally {
        await rm(root, { recursive: true, force: true });
    }
});

test('a built softphone client over its budget fails too', async () => {
    const client = BUDGETS.find((entry) => entry.optional);
    const root = await plant({ [client.file]: client.budget + 10 });
    try {
        const { failures } = await checkSizes(BUDGETS, root);
        assert.equal(failures.length, 1);
        assert.match(failures[0], /dist\/presence-bridge-client\.min\.js .* no platform limit/);
    } finally {
        await rm(root, { recursive: true, force: true });
    }
});
