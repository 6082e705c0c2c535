/**
 * Who sends a sync health report and what becomes of it (issue 24): the driving tab only, only with the setting on; a
 * refused report tried once more and never more, a send that throws counted as a refusal; reports one after another
 * in the order of their conditions; the softphone's reconnection and the decisions that led there; nothing left to
 * fire after stop(). Time is the fake clock's (src-ts/test-support/fake-clock.ts).
 */
import { WALL_START, lost, reporterWorld } from '../test-support/health-reporter-world';
import { view } from '../test-support/panel-view';
import { HEALTH_QUIET_MS, HEALTH_RETRY_MS } from './health-report';

describe('HealthReporter', () => {
    it('reports from the driving tab only, and afresh when it drives again', async () => {
        const { sent, reporter, advance, clock } = reporterWorld();
        reporter.observe(view({ role: 'follower', softphone: { ...view().softphone, bridge: 'none' } }), true);
        await advance(60_000);
        expect(sent).toHaveLength(0);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS / 2);
        // It hands over before the report goes: nothing is sent from the tab that follows now.
        reporter.observe(view({ role: 'follower' }), true);
        await advance(60_000);
        expect(sent).toHaveLength(0);
        expect(clock.pendingTimers).toBe(0);
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent.map((r) => r.condition)).toEqual(['healthy']);
    });

    it('sends nothing while the setting is off, and drops what was pending when it goes off', async () => {
        const { sent, reporter, advance, clock } = reporterWorld();
        reporter.observe(lost(), false);
        await advance(60_000);
        expect(sent).toHaveLength(0);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS / 2);
        reporter.observe(lost(), false);
        await advance(60_000);
        expect(sent).toHaveLength(0);
        expect(clock.pendingTimers).toBe(0);
    });

    it('tries a refused report once more after HEALTH_RETRY_MS, counts both, and never loops', async () => {
        const { sent, reporter, advance } = reporterWorld(() => Promise.reject(new Error('limit')));
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent).toHaveLength(1);
        await advance(HEALTH_RETRY_MS - 1);
        expect(sent).toHaveLength(1);
        await advance(1);
        expect(sent).toHaveLength(2);
        expect(sent[1]).toEqual(sent[0]);
        await advance(10 * HEALTH_RETRY_MS);
        expect(sent).toHaveLength(2);
        expect(reporter.counts).toEqual({ sent: 0, refused: 2, retried: 1 });
    });

    it('drops the retry of a condition that has changed since (its own report goes instead)', async () => {
        let refuse = true;
        const { sent, reporter, advance } = reporterWorld(() =>
            refuse ? Promise.reject(new Error('no')) : Promise.resolve(true)
        );
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        refuse = false;
        reporter.observe(view(), true);
        await advance(10 * HEALTH_RETRY_MS);
        expect(sent.map((r) => r.condition)).toEqual(['softphone-lost', 'healthy']);
        expect(reporter.counts).toEqual({ sent: 1, refused: 1, retried: 0 });
    });

    it('a send that throws is a refusal, not a failure of the caller', async () => {
        const { reporter, clock } = reporterWorld(() => {
            throw new Error('Apex is not there');
        });
        expect(() => {
            reporter.observe(lost(), true);
            clock.advance(HEALTH_QUIET_MS);
        }).not.toThrow();
        await Promise.resolve();
        await Promise.resolve();
        expect(reporter.counts.refused).toBe(1);
    });

    it('keeps the reports in the order of their conditions, one after another', async () => {
        const answers: Array<() => void> = [];
        const order: string[] = [];
        const { sent, reporter, advance } = reporterWorld(
            (report) =>
                new Promise<boolean>((resolve) => {
                    order.push(`start ${report.condition}`);
                    answers.push(() => {
                        order.push(`end ${report.condition}`);
                        resolve(true);
                    });
                })
        );
        reporter.observe(view(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        // The second report waits for the org's answer to the first.
        expect(sent.map((r) => r.condition)).toEqual(['healthy']);
        answers.shift()?.();
        await advance(0);
        expect(sent.map((r) => r.condition)).toEqual(['healthy', 'softphone-lost']);
        answers.shift()?.();
        await advance(0);
        expect(order).toEqual(['start healthy', 'end healthy', 'start softphone-lost', 'end softphone-lost']);
        expect(reporter.counts.sent).toBe(2);
    });

    it('says the softphone reconnected after being lost, and carries the decisions that led there', async () => {
        const { sent, reporter, advance } = reporterWorld();
        const decisions = Array.from({ length: 8 }, (_, i) => ({
            seq: i + 1,
            at: WALL_START + i,
            input: 'x',
            rule: 'B17',
            outcome: `o${i}${'!'.repeat(i === 7 ? 300 : 0)}`,
            commands: []
        }));
        reporter.observe(lost(), true);
        await advance(HEALTH_QUIET_MS);
        reporter.observe(view({ decisions }), true);
        await advance(HEALTH_QUIET_MS);
        expect(sent[1]?.reconnected).toBe(true);
        expect(sent[1]?.recent.map((r) => r.what.slice(0, 7))).toEqual([
            'said o3',
            'said o4',
            'said o5',
            'said o6',
            'said o7'
        ]);
        expect(sent[1]?.recent[4]?.what).toHaveLength(255);
        expect(sent[1]?.recent[0]?.at).toBe(new Date(WALL_START + 3).toISOString());
    });

    it('stop() leaves nothing to fire', async () => {
        const { sent, reporter, advance, clock } = reporterWorld();
        reporter.observe(lost(), true);
        await advance(1);
        reporter.stop();
        expect(clock.pendingTimers).toBe(0);
        await advance(HEALTH_RETRY_MS);
        expect(sent).toHaveLength(0);
    });
});
