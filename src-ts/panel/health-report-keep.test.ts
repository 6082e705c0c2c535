/**
 * The sync health reporter's contract with the org after review 6 (issue 24): `reportHealth` answers true when the
 * row was kept and false when not (a false is a refusal: counted, tried once more); the current condition is sent
 * again after an hour without a report (the health tab's sign of life); `reconnected` is said once; a configuration
 * that cannot be read is reported as `config-problems`. Time is the fake clock's (src-ts/test-support/fake-clock.ts).
 */
import { lost, reporterWorld } from '../test-support/health-reporter-world';
import { view } from '../test-support/panel-view';
import { HEALTH_KEEP_ALIVE_MS, HEALTH_QUIET_MS, HEALTH_RETRY_MS, healthReading } from './health-report';

describe('the org’s answer', () => {
    it('false is a refusal: counted, and tried once more after HEALTH_RETRY_MS', async () => {
        const { sent, reporter, advance } = reporterWorld(() => Promise.resolve(false));
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent).toHaveLength(1);
        expect(reporter.counts).toEqual({ sent: 0, refused: 1, retried: 0 });
        await advance(HEALTH_RETRY_MS);
        expect(sent).toHaveLength(2);
        expect(sent[1]).toEqual(sent[0]);
        await advance(10 * HEALTH_RETRY_MS);
        expect(sent).toHaveLength(2);
        expect(reporter.counts).toEqual({ sent: 0, refused: 2, retried: 1 });
    });

    it('true is a kept report: no retry', async () => {
        const { sent, reporter, advance } = reporterWorld(() => Promise.resolve(true));
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS + 10 * HEALTH_RETRY_MS);
        expect(sent).toHaveLength(1);
        expect(reporter.counts).toEqual({ sent: 1, refused: 0, retried: 0 });
    });

    it('a false, then a true on the retry: kept the second time', async () => {
        const answers = [false, true];
        const { sent, reporter, advance } = reporterWorld(() => Promise.resolve(answers.shift()));
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        await advance(HEALTH_RETRY_MS);
        expect(sent.map((r) => r.condition)).toEqual(['healthy', 'healthy']);
        expect(reporter.counts).toEqual({ sent: 1, refused: 1, retried: 1 });
    });
});

describe('the keep-alive', () => {
    it('sends the current condition again after an hour without a report, every hour it stands', async () => {
        const { sent, times, reporter, advance } = reporterWorld();
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent).toHaveLength(1);
        await advance(HEALTH_KEEP_ALIVE_MS - 1);
        expect(sent).toHaveLength(1);
        await advance(1);
        expect(sent).toHaveLength(2);
        // The same condition, since when it began, nothing new counted.
        expect(sent[1]).toMatchObject({ condition: 'softphone-lost', since: sent[0]?.since, occurrences: {} });
        await advance(HEALTH_KEEP_ALIVE_MS);
        await advance(HEALTH_KEEP_ALIVE_MS);
        expect(times).toEqual([
            HEALTH_QUIET_MS,
            HEALTH_QUIET_MS + HEALTH_KEEP_ALIVE_MS,
            HEALTH_QUIET_MS + 2 * HEALTH_KEEP_ALIVE_MS,
            HEALTH_QUIET_MS + 3 * HEALTH_KEEP_ALIVE_MS
        ]);
        expect(sent.every((r) => r.condition === 'softphone-lost')).toBe(true);
    });

    it('counts from the last report: a change reported meanwhile pushes it back', async () => {
        const { times, reporter, advance } = reporterWorld();
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        await advance(30 * 60_000);
        reporter.observe(view({ sidesDiffer: true }), true);
        await advance(HEALTH_QUIET_MS);
        const changeAt = times[1] ?? NaN;
        await advance(HEALTH_KEEP_ALIVE_MS);
        expect(times).toEqual([HEALTH_QUIET_MS, changeAt, changeAt + HEALTH_KEEP_ALIVE_MS]);
    });

    it('goes with the driving turn or the setting: nothing from a tab that follows or with the setting off', async () => {
        const { sent, reporter, advance, clock } = reporterWorld();
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view({ role: 'follower' }), true);
        await advance(3 * HEALTH_KEEP_ALIVE_MS);
        expect(sent).toHaveLength(1);
        expect(clock.pendingTimers).toBe(0);
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view(), false);
        await advance(3 * HEALTH_KEEP_ALIVE_MS);
        expect(sent).toHaveLength(2);
    });

    it('a refused keep-alive is tried once more, like any report', async () => {
        // The org keeps every report but the second (the first keep-alive).
        const { times, reporter, advance } = reporterWorld(() => Promise.resolve(times.length !== 2));
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        await advance(HEALTH_KEEP_ALIVE_MS);
        await advance(HEALTH_RETRY_MS);
        expect(times).toEqual([
            HEALTH_QUIET_MS,
            HEALTH_QUIET_MS + HEALTH_KEEP_ALIVE_MS,
            HEALTH_QUIET_MS + HEALTH_KEEP_ALIVE_MS + HEALTH_RETRY_MS
        ]);
        expect(reporter.counts).toEqual({ sent: 2, refused: 1, retried: 1 });
    });
});

describe('reconnected', () => {
    it('is said in the first report after the softphone came back only, and again after the next loss', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view({ sidesDiffer: true }), true);
        await advance(HEALTH_QUIET_MS);
        await advance(HEALTH_KEEP_ALIVE_MS);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent.map((r) => [r.condition, r.reconnected])).toEqual([
            ['softphone-lost', false],
            ['healthy', true],
            ['sides-differ', false],
            ['sides-differ', false],
            ['softphone-lost', false],
            ['healthy', true]
        ]);
    });

    it('is said when the softphone came back while its loss was being reported (no view in between)', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent.map((r) => r.reconnected)).toEqual([false, false, true]);
    });
});

describe('a configuration that cannot be read', () => {
    it('reads as config-problems in the driving tab, whatever the softphone does; nothing in a tab that follows', () => {
        const loading = view({ softphone: { ...view().softphone, bridge: 'connecting' } });
        expect(healthReading(loading)).toBeNull();
        expect(healthReading(loading, true)).toMatchObject({ condition: 'config-problems', configProblems: 1 });
        expect(healthReading(lost(), true)?.condition).toBe('config-problems');
        expect(healthReading(view({ role: 'follower' }), true)).toBeNull();
    });

    it('is reported, so that the agent shows in the health tab', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view({ softphone: { ...view().softphone, bridge: 'connecting' } }), true, true);
        await advance(HEALTH_QUIET_MS);
        expect(sent).toEqual([expect.objectContaining({ condition: 'config-problems', configProblems: 1 })]);
    });
});
