// What the Presence Sync Health tab shows, worked out from the rows PresenceSyncHealthController.getHealth() serves,
// free of the DOM: problems first (the longest-standing first), then the agents not reporting (no report for more
// than 2 hours: "Not reporting since <last report>"), then those in sync; each condition in the viewer's words (a
// Custom Label per condition code, issue 24's contract), since when, today's counts per kind (none when the row's
// counts are of an earlier UTC day), the last decisions that led to it. The Apex serves counts, history and recent as
// the JSON strings it stores (parsed here, so that its heap holds them once); the simulator serves them parsed.

/** The condition codes of a health report, version 1 (docs/sync-health.md). */
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

/** `{0}`, `{1}`… in a label filled with `values`. */
export function fill(template, ...values) {
    return String(template ?? '').replace(/\{(\d+)\}/g, (match, index) => {
        const value = values[Number(index)];
        return value === undefined ? match : String(value);
    });
}

/** A condition code in the viewer's words; an unknown code (a newer console) is named as it is. */
export function conditionWords(code, labels) {
    if (CONDITIONS.includes(code)) return labels[`Condition_${code.replace(/-/g, '_')}`];
    return fill(labels.Condition_unknown, code ?? '');
}

/** A time (ISO string or milliseconds) as `format` writes it, or '' when there is none or it is no time. */
function when(value, format) {
    if (value === null || value === undefined || value === '') return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : format(date);
}

/** A row not reported for longer than this is "not reporting" (PresenceSyncHealthSelector.NOT_REPORTING_HOURS). */
export const NOT_REPORTING_MS = 2 * 60 * 60 * 1000;

/** A JSON string the Apex stores, parsed; an object or list as it is; anything unreadable is `fallback`. */
export function parsed(value, fallback) {
    if (typeof value !== 'string') return value ?? fallback;
    try {
        const result = JSON.parse(value);
        return result !== null && typeof result === 'object' ? result : fallback;
    } catch {
        return fallback;
    }
}

/** The row's last report is older than 2 hours: the Apex's flag, else worked out at `now` (no time: reporting). */
export function isNotReporting(row, now = Date.now()) {
    if (typeof row.notReporting === 'boolean') return row.notReporting;
    const reported = new Date(row.reportedAt ?? '').getTime();
    return !Number.isNaN(reported) && now - reported > NOT_REPORTING_MS;
}

/** 0 a problem, 1 not reporting, 2 in sync. */
const rank = (row, now) => (isNotReporting(row, now) ? 1 : row.condition !== 'healthy' ? 0 : 2);

/** Problems first, the longest-standing first; then the agents not reporting; then those in sync; then by name. */
export function sortRows(rows, now = Date.now()) {
    const since = (row) => {
        const time = new Date(row.since ?? '').getTime();
        return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
    };
    return [...rows].sort(
        (a, b) =>
            rank(a, now) - rank(b, now) ||
            (rank(a, now) === 0 ? since(a) - since(b) : 0) ||
            String(a.userName ?? '').localeCompare(String(b.userName ?? ''))
    );
}

/** The counts are today's (UTC) only when countsDay is today; a row without countsDay keeps them (simulator). */
function todaysCounts(row, now) {
    const day = row.countsDay ? String(row.countsDay).slice(0, 10) : null;
    if (day && day !== new Date(now).toISOString().slice(0, 10)) return {};
    return parsed(row.counts, {});
}

function todayText(counts, labels) {
    const entries = Object.entries(counts ?? {}).filter(([, count]) => Number(count) > 0);
    if (entries.length === 0) return labels.None_Today;
    return entries
        .sort(([a], [b]) => CONDITIONS.indexOf(a) - CONDITIONS.indexOf(b))
        .map(([kind, count]) => `${conditionWords(kind, labels)}: ${count}`)
        .join(', ');
}

function detailText(row, labels) {
    const parts = [];
    if (row.omniStatus || row.softphoneState)
        parts.push(fill(labels.Sides, row.omniStatus || '–', row.softphoneState || '–'));
    if (row.errorCode) parts.push(fill(labels.Error_Code, row.errorCode));
    if (row.reconnected) parts.push(labels.Reconnected);
    if (Number(row.configProblems) > 0) parts.push(fill(labels.Config_Problems, row.configProblems));
    return parts.join(' · ');
}

function versionsText(row) {
    const softphone = [row.softphoneName, row.softphoneVersion].filter(Boolean).join(' ');
    return [row.packageVersion ? `Presence Sync ${row.packageVersion}` : '', softphone].filter(Boolean).join(' · ');
}

/**
 * The summary: the counts of every row the viewer may read (getHealthCounts: `{ problems, inSync, notReporting }`),
 * and "showing N of M" when the tab lists fewer rows; without counts, those of the rows listed.
 */
function summaryText(sorted, labels, counts, now) {
    const listed = {
        problems: sorted.filter((row) => rank(row, now) === 0).length,
        inSync: sorted.filter((row) => rank(row, now) === 2).length,
        notReporting: sorted.filter((row) => rank(row, now) === 1).length
    };
    const known = counts && ['problems', 'inSync', 'notReporting'].every((key) => Number.isFinite(counts[key]));
    const { problems, inSync, notReporting } = known ? counts : listed;
    const total = problems + inSync + notReporting;
    const parts = [fill(labels.Summary, problems, inSync)];
    if (notReporting > 0) parts.push(fill(labels.Summary_Not_Reporting, notReporting));
    if (sorted.length < total) parts.push(fill(labels.Showing, sorted.length, total));
    return parts.join(' ');
}

/**
 * The tab's model: `{ summary, rows }`, each row `{ key, agent, problem, notReporting, conditionText, sinceText,
 * headline, detailText, todayText, versionsText, reportedText, recent: [{ key, at, what }], earlierText }`.
 * `format(date)` writes a time in the viewer's locale and time zone; `counts` are getHealthCounts()'s answer (or
 * none); `now` is the time the rows are judged at.
 */
export function healthView(rows, labels, format, { counts = null, now = Date.now() } = {}) {
    const sorted = sortRows(Array.isArray(rows) ? rows : [], now);
    return {
        summary: summaryText(sorted, labels, counts, now),
        rows: sorted.map((row) => {
            const conditionText = conditionWords(row.condition, labels);
            const sinceText = when(row.since, format);
            const notReporting = isNotReporting(row, now);
            const reported = when(row.reportedAt, format);
            const problem = !notReporting && row.condition !== 'healthy';
            const lastKnown = sinceText ? `${conditionText} ${fill(labels.Since, sinceText)}` : conditionText;
            // Not reporting: the headline says since when; the last condition it reported is the detail.
            const headline = notReporting ? fill(labels.Not_Reporting, reported || '–') : lastKnown;
            return {
                key: row.userId,
                agent: row.userName || row.userId,
                problem,
                notReporting,
                rowClass: problem
                    ? 'health-row health-row_problem'
                    : notReporting
                      ? 'health-row health-row_stale'
                      : 'health-row',
                conditionText,
                sinceText,
                headline,
                detailText: notReporting ? lastKnown : detailText(row, labels),
                todayText: todayText(todaysCounts(row, now), labels),
                versionsText: versionsText(row),
                reportedText: row.reportedAt ? fill(labels.Reported, when(row.reportedAt, format)) : '',
                recent: parsed(row.recent, []).map((decision, index) => ({
                    key: `${index}`,
                    at: when(decision.at, format),
                    what: decision.what
                })),
                earlierText: parsed(row.history, []).length
                    ? `${labels.Earlier} ${parsed(row.history, [])
                          .map((past) => `${conditionWords(past.condition, labels)} (${when(past.since, format)})`)
                          .join(', ')}`
                    : ''
            };
        })
    };
}
