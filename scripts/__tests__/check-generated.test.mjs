// The generated-file check (scripts/check-generated.mjs, `npm test`'s generated step) names the stale or missing
// file, where it first differs, and the command that writes it again. Run by `node --test` from
// scripts/validate-metadata.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGENERATE, compareGenerated } from '../check-generated.mjs';

const MODULE = 'force-app/main/default/lwc/presenceSyncPanelModel/presenceSyncPanelModel.js';
const FIXTURE = 'src-ts/test-support/package-defaults.generated.json';

test('an up-to-date file passes', () => {
    assert.equal(compareGenerated(MODULE, 'a\nb\n', 'a\nb\n', 'module'), null);
});

test('a stale module names itself, its first differing line and the command that rebuilds it', () => {
    const problem = compareGenerated(MODULE, 'a\nb\nc\n', 'a\nB\nc\n', 'module');
    assert.match(problem, /^STALE: force-app\/main\/default\/lwc\/presenceSyncPanelModel\/presenceSyncPanelModel\.js /);
    assert.match(problem, /first difference at line 2/);
    assert.ok(problem.includes('Run `npm run build`'), problem);
});

test('a stale or missing fixture names the script that writes it alone', () => {
    for (const problem of [
        compareGenerated(FIXTURE, '{}\n', '{"x":1}\n', 'fixture'),
        compareGenerated(FIXTURE, '{}\n', null, 'fixture')
    ]) {
        assert.ok(problem.includes(FIXTURE), problem);
        assert.ok(problem.includes('node scripts/build-fixtures.mjs'), problem);
        assert.ok(problem.includes('npm run build'), problem);
    }
    assert.match(compareGenerated(FIXTURE, '{}\n', null, 'fixture'), /^MISSING: /);
    assert.deepEqual(Object.keys(REGENERATE).sort(), ['fixture', 'module']);
});
