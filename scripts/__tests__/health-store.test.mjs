// The simulator's org store of sync health rows (simulator/health-store.mjs) keeps reports as
// PresenceSyncHealthService does: one row per agent, counts per kind for one UTC day, a bounded history, problems
// first, and a refused report changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HISTORY_SIZE, healthStore } from '../../simulator/health-store.mjs';

const report = (condition, since, occurrences = {}, extra = {}) =>
    JSON.stringify({ v: 1, condition, since, occurrences, detail: { omni: 'Available' }, recent: [], ...extra });
const at = (iso) => new Date(iso);

test('one row per agent, counts added up per kind for the day, then started again the next day', () => {
    const store = healthStore();
    const lost = '2026-12-07T09:02:00.000Z';
    assert.equal(store.report('005A', 'Sam', report('softphone-lost', lost, { 'softphone-lost': 3 }), at(lost)), true);
    store.report('005A', 'Sam', report('softphone-lost', lost, { 'softphone-lost': 2, 'on-fire': 9 }), at(lost));
    assert.equal(store.rows(at(lost)).length, 1);
    assert.deepEqual(store.rows(at(lost)).at(0).counts, { 'softphone-lost': 5 });
    const next = at('2026-12-08T00:00:01Z');
    store.report('005A', 'Sam', report('softphone-lost', lost, { 'softphone-lost': 1 }), next);
    assert.deepEqual(store.rows(next)[0].counts, { 'softphone-lost': 1 });
    assert.equal(store.rows(next)[0].countsDay, '2026-12-08');
});

test('a change of condition goes into a bounded history', () => {
    const store = healthStore();
    for (let i = 0; i < HISTORY_SIZE + 3; i++) {
        const since = new Date(Date.UTC(2026, 11, 7, 9, i)).toISOString();
        store.report('005A', 'Sam', report(i % 2 ? 'healthy' : 'softphone-lost', since), at(since));
    }
    const [row] = store.rows(at('2026-12-07T10:00:00Z'));
    assert.equal(row.history.length, HISTORY_SIZE);
    assert.equal(row.history[0].since, new Date(Date.UTC(2026, 11, 7, 9, 2)).toISOString());
});

test('problems first, the longest-standing first; a refused report changes nothing', () => {
    const store = healthStore();
    const now = at('2026-12-07T10:00:00Z');
    store.report('005A', 'Alex', report('healthy', '2026-12-07T08:00:00.000Z'), now);
    store.report('005B', 'Sam', report('softphone-lost', '2026-12-07T09:30:00.000Z'), now);
    store.report('005C', 'Jo', report('command-refused', '2026-12-07T09:00:00.000Z'), now);
    assert.deepEqual(
        store.rows(now).map((row) => row.userId),
        ['005C', '005B', '005A']
    );
    for (const refused of ['not json', '{"v":2,"condition":"healthy"}', '{"v":1,"condition":"on-fire"}'])
        assert.equal(store.report('005A', 'Alex', refused, now), false);
    assert.equal(store.rows(now).find((row) => row.userId === '005A').condition, 'healthy');
});

test('the counts of an earlier UTC day are not shown as today', () => {
    const store = healthStore();
    const lost = '2026-12-07T22:00:00.000Z';
    store.report('005A', 'Sam', report('softphone-lost', lost, { 'softphone-lost': 4 }), at(lost));
    assert.deepEqual(store.rows(at('2026-12-07T23:00:00Z'))[0].counts, { 'softphone-lost': 4 });
    assert.deepEqual(store.rows(at('2026-12-08T00:30:00Z'))[0].counts, {});
});

test('a row not reported for more than 2 hours is not reporting, listed after problems, before in sync', () => {
    const store = healthStore();
    const now = at('2026-12-07T18:00:00Z');
    store.report('005A', 'Alex', report('healthy', '2026-12-07T08:00:00.000Z'), now);
    store.report('005B', 'Sam', report('softphone-lost', '2026-12-07T09:00:00.000Z'), at('2026-12-07T15:59:00Z'));
    store.report('005C', 'Jo', report('command-refused', '2026-12-07T17:00:00.000Z'), now);
    const rows = store.rows(now);
    assert.deepEqual(
        rows.map((row) => [row.userId, row.notReporting]),
        [
            ['005C', false],
            ['005B', true],
            ['005A', false]
        ]
    );
    assert.deepEqual(store.counts(now), { problems: 1, inSync: 1, notReporting: 1 });
    assert.equal(store.rows(at('2026-12-07T17:58:00Z')).find((row) => row.userId === '005B').notReporting, false);
});
