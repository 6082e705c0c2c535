/**
 * When the sync health reporter (issue 24) sends a report: the first condition once it has held for the quiet window,
 * off the event; changes of condition only, a flapping softphone coalesced into one report with a count; at most
 * HEALTH_REPORTS_PER_HOUR an hour, spaced out. Time is the fake clock's (src-ts/test-support/fake-clock.ts).
 */
import { WALL_START, lost, reporterWorld } from '../test-support/health-reporter-world';
import { view } from '../test-support/panel-view';
import {
    HEALTH_KEEP_ALIVE_MS,
    HEALTH_MAX_QUIET_WAIT_MS,
    HEALTH_QUIET_MS,
    HEALTH_REPORTS_PER_HOUR,
    nextSendAt,
    reportGapMs
} from './health-report';

describe('HealthReporter', () => {
    it('reports the first condition once it has held for the quiet window, off the event', async () => {
        const { sent, reporter, advance, clock } = reporterWorld();
        reporter.observe(view(), true);
        // Nothing is read, let alone sent, during the event that published the view.
        expect(sent).toHaveLength(0);
        expect(clock.pendingTimers).toBe(1);
        await advance(HEALTH_QUIET_MS - 1);
        expect(sent).toHaveLength(0);
        await advance(1);
        expect(sent).toEqual([
            expect.objectContaining({
                v: 1,
                condition: 'healthy',
                since: new Date(WALL_START).toISOString(),
                reconnected: false,
                detail: { omni: 'Available', softphone: 'Ready' },
                occurrences: {},
                packageVersion: '0.1.0',
                softphoneName: 'Vonage ContactPad',
                softphoneVersion: '1.0.0',
                configProblems: 0
            })
        ]);
    });

    it('reports only changes of condition, not every view', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view(), true);
        await advance(5000);
        for (const status of ['Lunch', 'Available', 'Meeting']) {
            reporter.observe(view({ omni: { presence: 'online', status, label: status } }), true);
            await advance(5000);
        }
        expect(sent.map((r) => r.condition)).toEqual(['healthy']);
    });

    it('coalesces a flapping softphone into one report with a count', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view(), true);
        await advance(5000);
        for (let i = 0; i < 50; i++) {
            reporter.observe(lost(WALL_START + 5000 + i * 1000), true);
            await advance(500);
            reporter.observe(view(), true);
            await advance(500);
        }
        reporter.observe(lost(WALL_START + 60_000), true);
        await advance(HEALTH_QUIET_MS);
        // 50 s of flapping every second: the reporter waited at most HEALTH_MAX_QUIET_WAIT_MS for quiet.
        expect(sent.length).toBeLessThanOrEqual(4);
        const counted = sent.slice(1).reduce((sum, r) => sum + (r.occurrences['softphone-lost'] ?? 0), 0);
        expect(counted).toBe(51);
        expect(sent[sent.length - 1]?.condition).toBe('softphone-lost');
        expect(sent[sent.length - 1]?.since).toBe(new Date(WALL_START + 60_000).toISOString());
    });

    it('a change that goes back within the quiet window is no report of its own: one report carries its count', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view(), true);
        await advance(5000);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS / 2);
        reporter.observe(view(), true);
        // Sent once it was quiet: HEALTH_QUIET_MS after it went back.
        await advance(HEALTH_QUIET_MS - 1);
        expect(sent).toHaveLength(1);
        await advance(1);
        expect(sent.map((r) => r.condition)).toEqual(['healthy', 'healthy']);
        expect(sent[1]?.occurrences).toEqual({ 'softphone-lost': 1 });
        reporter.observe(view({ sidesDiffer: true }), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent[2]).toMatchObject({ condition: 'sides-differ', occurrences: { 'sides-differ': 1 } });
        // Nothing more while nothing changes (until the keep-alive: health-report-keep.test.ts).
        await advance(HEALTH_KEEP_ALIVE_MS - 1);
        expect(sent).toHaveLength(3);
    });

    it('reports a condition that keeps changing after HEALTH_MAX_QUIET_WAIT_MS at the latest', async () => {
        const { sent, reporter, advance } = reporterWorld();
        reporter.observe(view({ sidesDiffer: true }), true);
        for (let t = 0; t < HEALTH_MAX_QUIET_WAIT_MS; t += 1000) {
            reporter.observe(t % 2000 === 0 ? lost() : view({ sidesDiffer: true }), true);
            await advance(1000);
        }
        expect(sent).toHaveLength(1);
    });

    it(`sends at most ${HEALTH_REPORTS_PER_HOUR} reports in an hour, then one with the counts`, async () => {
        const { sent, times, reporter, advance } = reporterWorld();
        // A softphone that drops every two minutes for two hours, then stays.
        for (let i = 0; i < 60; i++) {
            reporter.observe(lost(WALL_START + i * 120_000), true);
            await advance(60_000);
            reporter.observe(view(), true);
            await advance(60_000);
        }
        await advance(2 * 3_600_000);
        for (const start of times) {
            expect(times.filter((t) => t >= start && t < start + 3_600_000).length).toBeLessThanOrEqual(
                HEALTH_REPORTS_PER_HOUR
            );
        }
        expect(sent.length).toBeLessThan(60);
        // Every drop is counted in one report, and the last report says where it ended.
        const counted = sent.reduce((sum, r) => sum + (r.occurrences['softphone-lost'] ?? 0), 0);
        expect(counted).toBe(60);
        expect(sent[sent.length - 1]?.condition).toBe('healthy');
    });
});

describe('when reports go', () => {
    it('spaces reports out once more than two went in ten minutes', () => {
        expect([0, 1, 2, 3, 4, 5, 20].map(reportGapMs)).toEqual([0, 0, 0, 15_000, 30_000, 60_000, 300_000]);
    });

    it('waits for the quiet window, the gap and the hourly cap', () => {
        expect(nextSendAt(1000, 1000, 1000, [])).toBe(1000 + HEALTH_QUIET_MS);
        expect(nextSendAt(89_000, 89_000, 60_000, [])).toBe(60_000 + HEALTH_MAX_QUIET_WAIT_MS);
        expect(nextSendAt(100_000, 100_000, 100_000, [90_000, 95_000, 99_000])).toBe(99_000 + 15_000);
        const hour = Array.from(
            { length: HEALTH_REPORTS_PER_HOUR },
            (_, i) => 1_000_000 + ((i * 600_000) / HEALTH_REPORTS_PER_HOUR) * 5
        );
        const now = hour[hour.length - 1]! + 1000;
        expect(nextSendAt(now, now, now, hour)).toBeGreaterThanOrEqual(hour[0]! + 3_600_000);
    });
});
