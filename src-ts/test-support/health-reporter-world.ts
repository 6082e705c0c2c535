/**
 * The health reporter's tests' world (issue 24): a reporter on a fake clock whose wall clock (`WALL_START` + the fake
 * clock's ms, UTC) moves with it, recording what it sends and when, and a driving tab whose softphone was lost. The
 * driving tab's view in sync it reports on is panel-view.ts's `view`.
 */
import { FakeClock } from './fake-clock';
import { view } from './panel-view';
import { HealthReporter, type HealthReport } from '../panel/health-report';
import type { PanelViewInput } from '../panel/types';

/** The wall clock at the fake clock's 0 (ms since the epoch, UTC). */
export const WALL_START = Date.UTC(2026, 11, 7, 9, 0, 0);

/** A driving tab whose softphone (Vonage ContactPad 1.0.0) was lost mid-call at `at` (wall clock ms, UTC). */
export const lost = (at = WALL_START): PanelViewInput =>
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

/** The decisions a report carries by default: each of the view's decisions as "said <outcome>", at its time. */
export const saidDecisions = (v: PanelViewInput) => v.decisions.map((d) => ({ at: d.at, what: `said ${d.outcome}` }));

/**
 * A reporter on a fake clock: `answer` is the org's answer to each report (true unless given), `recent` the decisions
 * a report carries (saidDecisions unless given).
 * Returns the clock, the reports sent, when each went (the fake clock's ms), the reporter, and `advance(ms)`, which
 * moves time on and lets the sends' promises settle.
 */
export function reporterWorld(
    answer: (report: HealthReport) => Promise<unknown> = () => Promise.resolve(true),
    recent: (view: PanelViewInput) => { at: number; what: string }[] = saidDecisions
) {
    const clock = new FakeClock(0);
    const sent: HealthReport[] = [];
    const times: number[] = [];
    const reporter = new HealthReporter({
        clock,
        wallNow: () => WALL_START + clock.now(),
        send: (json) => {
            const report = JSON.parse(json) as HealthReport;
            sent.push(report);
            times.push(clock.now());
            return answer(report);
        },
        recent,
        packageVersion: '0.1.0'
    });
    const advance = async (ms: number) => {
        clock.advance(ms);
        for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    return { clock, sent, times, reporter, advance };
}
