/**
 * The sync health reporter (issue 24): which condition a view shows, and when the driving tab reports it:
 * debounced, coalesced, capped per hour, off the event, from the driving tab only, only with the setting on, and a
 * refused report tried once more and never more. Time is the fake clock's (src-ts/test-support/fake-clock.ts).
 */
import { FakeClock } from '../test-support/fake-clock';
import { WALL_START, reporterWorld } from '../test-support/health-reporter-world';
import { view } from '../test-support/panel-view';
import {
    HEALTH_KEEP_ALIVE_MS,
    HEALTH_MAX_QUIET_WAIT_MS,
    HEALTH_QUIET_MS,
    HEALTH_REPORTS_PER_HOUR,
    HEALTH_RETRY_MS,
    HealthReporter,
    healthReading,
    nextSendAt,
    reportGapMs,
    reportDecisions,
    reportSyncHealthOf,
    type HealthReport
} from './health-report';
import { readSettings } from '../mapping/records';
import type { DiagnosticInput, PanelViewInput } from './types';

const lost = (at = WALL_START): PanelViewInput =>
    view({
        softphone: {
            bridge: 'lost',
            presence: 'loggedIn',
            state: 'Busy / Inbound',
            product: 'Vonage ContactPad',
            version: '1.0.0',
            onInteraction: true,
            lost: { at, disconnectStatus: null, disconnectLabel: null }
        }
    });

const diagnostic = (code: string, params: Record<string, string> = {}): DiagnosticInput =>
    ({ code, severity: 'warning', subject: 'x', message: 'x', params }) as DiagnosticInput;

/** A reporter on a fake clock whose wall clock moves with it; `answer` decides each send's outcome. */
function setUp(answer: (report: HealthReport) => Promise<unknown> = () => Promise.resolve(true)) {
    return reporterWorld(answer, (v) => v.decisions.map((d) => ({ at: d.at, what: `said ${d.outcome}` })));
}

describe('healthReading', () => {
    it.each<[string, PanelViewInput, string | null]>([
        ['a healthy driver', view(), 'healthy'],
        ['a follower (only the driving tab reports)', view({ role: 'follower' }), null],
        ['a starting tab', view({ role: 'starting' }), null],
        ['a softphone still loading', view({ softphone: { ...view().softphone, bridge: 'connecting' } }), null],
        [
            'no hello from the softphone',
            view({ softphone: { ...view().softphone, bridge: 'noHandshake' } }),
            'never-connected'
        ],
        ['a lost softphone', lost(), 'softphone-lost'],
        [
            'a timed-out command',
            view({ diagnostics: [diagnostic('command-failed', { reason: 'toolkit-no-answer' })] }),
            'command-timed-out'
        ],
        [
            'a refused command',
            view({ diagnostics: [diagnostic('command-failed', { reason: 'E4711' })] }),
            'command-refused'
        ],
        ['a held change dropped', view({ diagnostics: [diagnostic('held-dropped')] }), 'held-dropped'],
        ['storage failing', view({ diagnostics: [diagnostic('state-not-saved')] }), 'storage-failing'],
        ['an unmapped state', view({ diagnostics: [diagnostic('unmapped-state')] }), 'unmapped'],
        ['sides that differ', view({ sidesDiffer: true }), 'sides-differ'],
        [
            'configuration problems',
            view({ diagnostics: [diagnostic('config'), diagnostic('config')] }),
            'config-problems'
        ]
    ])('%s', (_what, v, condition) => {
        expect(healthReading(v)?.condition ?? null).toBe(condition);
    });

    it('names state and status names and a softphone error code, never the softphone’s sentence', () => {
        const refused = healthReading(view({ diagnostics: [diagnostic('command-failed', { reason: 'E4711' })] }));
        expect(refused?.detail).toEqual({ omni: 'Available', softphone: 'Ready', code: 'E4711' });
        const worded = healthReading(
            view({ diagnostics: [diagnostic('command-failed', { reason: 'busy: agent is on a call with Ann' })] })
        );
        expect(worded?.detail.code).toBeUndefined();
        expect(healthReading(view({ diagnostics: [diagnostic('config'), diagnostic('config')] }))?.configProblems).toBe(
            2
        );
    });

    it('puts a lost softphone before the problems it causes', () => {
        const both = { ...lost(), diagnostics: [diagnostic('command-failed', { reason: 'softphone-no-answer' })] };
        expect(healthReading(both)?.condition).toBe('softphone-lost');
    });
});

describe('the Report Sync Health setting', () => {
    it('is on by default and reads the checkbox, with or without a namespace', () => {
        expect(reportSyncHealthOf(null)).toBe(true);
        expect(reportSyncHealthOf({})).toBe(true);
        expect(reportSyncHealthOf({ Report_Sync_Health__c: false })).toBe(false);
        expect(reportSyncHealthOf({ ops__Report_Sync_Health__c: false })).toBe(false);
        expect(reportSyncHealthOf({ Report_Sync_Health__c: 'true' })).toBe(true);
    });

    it('is in the settings model as reportSyncHealth, read the same way', () => {
        expect(readSettings(null, []).reportSyncHealth).toBe(true);
        expect(readSettings({ Report_Sync_Health__c: false }, []).reportSyncHealth).toBe(false);
        expect(readSettings({ ops__Report_Sync_Health__c: 'false' }, []).reportSyncHealth).toBe(false);
    });
});

describe('HealthReporter', () => {
    it('reports the first condition once it has held for the quiet window, off the event', async () => {
        const { sent, reporter, advance, clock } = setUp();
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
        const { sent, reporter, advance } = setUp();
        reporter.observe(view(), true);
        await advance(5000);
        for (const status of ['Lunch', 'Available', 'Meeting']) {
            reporter.observe(view({ omni: { presence: 'online', status, label: status } }), true);
            await advance(5000);
        }
        expect(sent.map((r) => r.condition)).toEqual(['healthy']);
    });

    it('coalesces a flapping softphone into one report with a count', async () => {
        const { sent, reporter, advance } = setUp();
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
        const { sent, reporter, advance } = setUp();
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
        const { sent, reporter, advance } = setUp();
        reporter.observe(view({ sidesDiffer: true }), true);
        for (let t = 0; t < HEALTH_MAX_QUIET_WAIT_MS; t += 1000) {
            reporter.observe(t % 2000 === 0 ? lost() : view({ sidesDiffer: true }), true);
            await advance(1000);
        }
        expect(sent).toHaveLength(1);
    });

    it('reports from the driving tab only, and afresh when it drives again', async () => {
        const { sent, reporter, advance, clock } = setUp();
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
        const { sent, reporter, advance, clock } = setUp();
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
        const { sent, reporter, advance } = setUp(() => Promise.reject(new Error('limit')));
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
        const { sent, reporter, advance } = setUp(() =>
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
        const clock = new FakeClock(0);
        const reporter = new HealthReporter({
            clock,
            wallNow: () => WALL_START,
            send: () => {
                throw new Error('Apex is not there');
            },
            recent: () => [],
            packageVersion: '0.1.0'
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
        const { sent, reporter, advance } = setUp(
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

    it(`sends at most ${HEALTH_REPORTS_PER_HOUR} reports in an hour, then one with the counts`, async () => {
        const { sent, times, reporter, advance } = setUp();
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

    it('says the softphone reconnected after being lost, and carries the decisions that led there', async () => {
        const { sent, reporter, advance } = setUp();
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
        const { sent, reporter, advance, clock } = setUp();
        reporter.observe(lost(), true);
        await advance(1);
        reporter.stop();
        expect(clock.pendingTimers).toBe(0);
        await advance(HEALTH_RETRY_MS);
        expect(sent).toHaveLength(0);
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

describe('reportDecisions', () => {
    it('gives the decisions list’s rows newest last, without confirmations and echoes', () => {
        const decision = (seq: number, outcome: string, inputKind: string) => ({
            seq,
            at: WALL_START + seq * 1000,
            input: inputKind,
            inputKind,
            inputParams: { status: 'Lunch', state: 'Away', minor: 'Lunch' },
            rule: 'B1',
            outcome,
            outcomeParams: { side: 'omni', status: 'Lunch' },
            commands: []
        });
        // The view gives the newest first, as the audit log's `latest`.
        const decisions = [
            decision(3, 'command', 'softphone.stateChanged'),
            decision(2, 'confirmed', 'result'),
            decision(1, 'command', 'omni.statusChanged')
        ];
        const rows = reportDecisions(view({ decisions }), { canConfigure: false });
        expect(rows.map((row) => row.at)).toEqual([WALL_START + 1000, WALL_START + 3000]);
        expect(rows.every((row) => !row.routine)).toBe(true);
    });
});
