// The simulated org's sync health rows (issue 24): what PresenceSyncHealthService does with a console's report, on
// plain objects, so that the simulator's /health page shows what the Presence Sync Health tab would. One row per agent
// (the reporting user, never a user named in the report), upserted on each report: the condition and since when, the
// two sides' names and a softphone error code, counts per kind for the current UTC day, the last conditions, the
// versions, the count of configuration problems and the last decisions. A report the org would refuse (not JSON,
// another version, an unknown condition) changes nothing and throws nothing, as the Apex only logs it.

/** The condition codes of a health report, version 1 (issue 24's contract; docs/sync-health.md). */
export const CONDITIONS = [
    'healthy',
    'never-connected',
    'softphone-lost',
    'sides-differ',
    'command-refused',
    'command-timed-out',
    'unmapped',
    'held-dropped',
    'storage-failing',
    'config-problems'
];
/** How many earlier conditions a row keeps (PresenceSyncHealthService.HISTORY_SIZE). */
export const HISTORY_SIZE = 10;
/** How many decisions a row keeps (the contract: at most 5, newest last). */
export const RECENT_SIZE = 5;
/** A row not reported for longer than this is "not reporting" (PresenceSyncHealthSelector.NOT_REPORTING_HOURS). */
export const NOT_REPORTING_MS = 2 * 60 * 60 * 1000;

const text = (value, length) => (typeof value === 'string' && value !== '' ? value.slice(0, length) : null);
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * The report as the Apex reads it, or null when the org refuses it (the reason in `why`).
 * @param {string} report the console's JSON string
 */
export function parseReport(report) {
    let parsed;
    try {
        parsed = JSON.parse(report);
    } catch {
        return { why: 'not JSON' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { why: 'not an object' };
    if (parsed.v !== 1) return { why: `version ${parsed.v}` };
    if (!CONDITIONS.includes(parsed.condition)) return { why: `condition ${parsed.condition}` };
    return { report: parsed };
}

/** The store: `report(userId, userName, reportJson, now)` and `rows()`, problems first. */
export function healthStore({ now = () => new Date() } = {}) {
    const rows = new Map();
    return {
        /** Applies a report as PresenceSyncHealthService.apply does; returns false when refused. */
        report(userId, userName, reportJson, at = now()) {
            const { report } = parseReport(reportJson);
            if (!report || typeof userId !== 'string' || userId === '') return false;
            const today = at.toISOString().slice(0, 10);
            const old = rows.get(userId);
            const row = old
                ? structuredClone(old)
                : { userId, counts: {}, countsDay: today, history: [], condition: null, since: null };
            if (row.countsDay !== today) {
                row.counts = {};
                row.countsDay = today;
            }
            for (const [kind, count] of Object.entries(report.occurrences ?? {})) {
                if (!CONDITIONS.includes(kind) || kind === 'healthy') continue;
                const n = Math.floor(Number(count));
                if (Number.isFinite(n) && n > 0) row.counts[kind] = Math.min((row.counts[kind] ?? 0) + n, 999999);
            }
            const since = isTime(report.since) ? new Date(report.since).toISOString() : at.toISOString();
            if (old && old.condition !== null && (old.condition !== report.condition || old.since !== since)) {
                row.history = [...row.history, { condition: old.condition, since: old.since }].slice(-HISTORY_SIZE);
            }
            const detail = report.detail && typeof report.detail === 'object' ? report.detail : {};
            Object.assign(row, {
                userName: text(userName, 80) ?? userId,
                condition: report.condition,
                since,
                reconnected: report.reconnected === true,
                omniStatus: text(detail.omni, 80),
                softphoneState: text(detail.softphone, 80),
                errorCode: text(detail.code, 40),
                packageVersion: text(report.packageVersion, 40),
                softphoneName: text(report.softphoneName, 80),
                softphoneVersion: text(report.softphoneVersion, 40),
                configProblems: Number.isFinite(report.configProblems) ? Math.max(0, report.configProblems) : 0,
                recent: (Array.isArray(report.recent) ? report.recent : [])
                    .filter((decision) => decision && typeof decision.what === 'string')
                    .slice(-RECENT_SIZE)
                    .map((decision) => ({
                        at: isTime(decision.at) ? decision.at : null,
                        what: decision.what.slice(0, 255)
                    })),
                reportedAt: at.toISOString()
            });
            rows.set(userId, row);
            return true;
        },
        /**
         * The rows as getHealth() serves them at `at`: counts of an earlier UTC day blanked, `notReporting` when the
         * last report is more than 2 hours old; problems first (the longest-standing first), then the agents not
         * reporting, then those in sync, then by name.
         */
        rows(at = now()) {
            const today = at.toISOString().slice(0, 10);
            const rank = (row) => (row.notReporting ? 1 : row.condition !== 'healthy' ? 0 : 2);
            return [...rows.values()]
                .map((stored) => {
                    const row = structuredClone(stored);
                    if (row.countsDay !== today) row.counts = {};
                    row.notReporting = at.getTime() - Date.parse(row.reportedAt) > NOT_REPORTING_MS;
                    return row;
                })
                .sort(
                    (a, b) =>
                        rank(a) - rank(b) ||
                        (rank(a) === 0 ? Date.parse(a.since) - Date.parse(b.since) : 0) ||
                        a.userName.localeCompare(b.userName)
                );
        },
        /** getHealthCounts(): every row, with a problem, in sync, or not reporting at `at`. */
        counts(at = now()) {
            const all = this.rows(at);
            return {
                problems: all.filter((row) => !row.notReporting && row.condition !== 'healthy').length,
                inSync: all.filter((row) => !row.notReporting && row.condition === 'healthy').length,
                notReporting: all.filter((row) => row.notReporting).length
            };
        },
        clear() {
            rows.clear();
        }
    };
}
