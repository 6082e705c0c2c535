import { LABELS } from '../labels';
import { healthView, isNotReporting, sortRows } from '../rows';

// The review of issue 24's health tab: today's counts only when they are today's, rows not reporting for 2 hours,
// the JSON fields as the Apex serves them (strings), the summary from the counts of every row.

const NOW = Date.parse('2026-12-08T18:00:00.000Z');
const iso = (ms) => new Date(ms).toISOString();
const HOUR = 60 * 60 * 1000;
const format = (date) => date.toISOString();

const row = (userId, condition, extra = {}) => ({
    userId,
    userName: userId,
    condition,
    since: '2026-12-08T09:00:00.000Z',
    reportedAt: iso(NOW - 10 * 60 * 1000),
    counts: '{}',
    history: '[]',
    recent: '[]',
    ...extra
});

describe('the health rows after review', () => {
    it('shows no counts of an earlier UTC day as today', () => {
        const counts = '{"softphone-lost":7}';
        const yesterday = row('005Y', 'softphone-lost', { counts, countsDay: '2026-12-07' });
        const today = row('005T', 'softphone-lost', { counts, countsDay: '2026-12-08' });
        const view = healthView([yesterday, today], LABELS, format, { now: NOW });
        expect(view.rows.find((r) => r.key === '005Y').todayText).toBe(LABELS.None_Today);
        expect(view.rows.find((r) => r.key === '005T').todayText).toBe('Softphone lost: 7');
    });

    it('parses the JSON strings the Apex serves', () => {
        const sam = row('005S', 'softphone-lost', {
            recent: '[{"at":"2026-12-08T09:00:00.000Z","what":"The softphone stopped answering."}]',
            history: '[{"condition":"healthy","since":"2026-12-08T08:00:00.000Z"}]'
        });
        const [shown] = healthView([sam], LABELS, format, { now: NOW }).rows;
        expect(shown.recent).toEqual([
            { key: '0', at: '2026-12-08T09:00:00.000Z', what: 'The softphone stopped answering.' }
        ]);
        expect(shown.earlierText).toBe('Earlier: In sync (2026-12-08T08:00:00.000Z)');
        const broken = healthView([row('005B', 'healthy', { recent: 'not json', history: '{' })], LABELS, format, {
            now: NOW
        }).rows[0];
        expect(broken.recent).toEqual([]);
        expect(broken.earlierText).toBe('');
    });

    it('says "Not reporting since" a row last reported more than 2 hours ago, after problems, before in sync', () => {
        const gone = row('005G', 'softphone-lost', { reportedAt: iso(NOW - 2 * HOUR - 60000) });
        const lost = row('005L', 'softphone-lost');
        const fine = row('005F', 'healthy');
        const goneHealthy = row('005H', 'healthy', { reportedAt: iso(NOW - 5 * HOUR) });
        expect(isNotReporting(gone, NOW)).toBe(true);
        expect(isNotReporting(row('005R', 'healthy', { reportedAt: iso(NOW - 2 * HOUR + 60000) }), NOW)).toBe(false);
        expect(isNotReporting({ ...lost, notReporting: true }, NOW)).toBe(true);
        expect(sortRows([fine, goneHealthy, gone, lost], NOW).map((r) => r.userId)).toEqual([
            '005L',
            '005G',
            '005H',
            '005F'
        ]);
        const view = healthView([fine, gone, lost], LABELS, format, { now: NOW });
        const shown = view.rows.find((r) => r.key === '005G');
        expect(shown.headline).toBe(`Not reporting since ${iso(NOW - 2 * HOUR - 60000)}`);
        expect(shown.problem).toBe(false);
        expect(shown.notReporting).toBe(true);
        expect(shown.detailText).toBe('Softphone lost since 2026-12-08T09:00:00.000Z');
        expect(view.summary).toBe('With a problem: 1. In sync: 1. Not reporting: 1.');
    });

    it('counts every row in the summary and says how many are shown', () => {
        const view = healthView([row('005L', 'softphone-lost')], LABELS, format, {
            now: NOW,
            counts: { problems: 500, inSync: 9500, notReporting: 0 }
        });
        expect(view.summary).toBe('With a problem: 500. In sync: 9500. Showing 1 of 10000.');
    });
});
