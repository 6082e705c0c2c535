// The admin guide's troubleshooting table (scripts/admin-guide-troubleshooting.mjs): every notice the panel can show
// has a row, the committed guide carries the table the labels give today, and a notice label added without a row is
// caught. Run by `node --test` from scripts/validate-metadata.mjs (its self-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
    GUIDE,
    NOTICE_PREFIX,
    ROWS,
    rowProblems,
    troubleshootingTable,
    withTable
} from '../admin-guide-troubleshooting.mjs';

const { readLabels } = createRequire(import.meta.url)('../../lib/custom-labels.cjs');
const labels = readLabels('.', 'en');

test('every panel notice label has a troubleshooting row, and every row a notice label', () => {
    assert.deepEqual(rowProblems(labels), { missing: [], extra: [] });
});

test('a notice label added without a row is named, and the table refuses to be written', () => {
    const planted = { ...labels, [`${NOTICE_PREFIX}brand_new`]: 'Something new happened.' };
    assert.deepEqual(rowProblems(planted).missing, ['brand_new']);
    assert.throws(() => troubleshootingTable(planted), /brand_new/);
});

test('the guide carries the table the labels give, each notice in the panel’s own words', async () => {
    const guide = await readFile(GUIDE, 'utf8');
    assert.equal(
        await withTable(guide, troubleshootingTable(labels)),
        guide,
        'run node scripts/admin-guide-troubleshooting.mjs'
    );
    for (const code of Object.keys(ROWS)) {
        const words = labels[`${NOTICE_PREFIX}${code}`].split(/\{\d+\}/)[0].trim();
        assert.ok(guide.includes(words), `the guide does not quote ${code}: ${words}`);
    }
});
