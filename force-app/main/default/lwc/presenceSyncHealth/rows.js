// What the Presence Sync Health tab shows, worked out from the rows PresenceSyncHealthController.getHealth() serves,
// free of the DOM: problems first (the longest-standing first), each condition in the viewer's words (a Custom Label
// per condition code, issue 24's contract), since when, today's counts per kind, the last decisions that led to it.

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

const isProblem = (row) => row.condition !== 'healthy';

/** Problems first; among them the longest-standing first; then by name. */
export function sortRows(rows) {
    const since = (row) => {
        const time = new Date(row.since ?? '').getTime();
        return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
    };
    return [...rows].sort(
        (a, b) =>
            Number(isProblem(b)) - Number(isProblem(a)) ||
            (isProblem(a) ? since(a) - since(b) : 0) ||
            String(a.userName ?? '').localeCompare(String(b.userName ?? ''))
    );
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
 * The tab's model: `{ summary, rows }`, each row `{ key, agent, problem, conditionText, sinceText, headline,
 * detailText, todayText, versionsText, reportedText, recent: [{ key, at, what }], earlierText }`.
 * `format(date)` writes a time in the viewer's locale and time zone.
 */
export function healthView(rows, labels, format) {
    const sorted = sortRows(Array.isArray(rows) ? rows : []);
    const problems = sorted.filter(isProblem).length;
    return {
        summary: fill(labels.Summary, problems, sorted.length - problems),
        rows: sorted.map((row) => {
            const conditionText = conditionWords(row.condition, labels);
            const sinceText = when(row.since, format);
            return {
                key: row.userId,
                agent: row.userName || row.userId,
                problem: isProblem(row),
                rowClass: isProblem(row) ? 'health-row health-row_problem' : 'health-row',
                conditionText,
                sinceText,
                headline: sinceText ? `${conditionText} ${fill(labels.Since, sinceText)}` : conditionText,
                detailText: detailText(row, labels),
                todayText: todayText(row.counts, labels),
                versionsText: versionsText(row),
                reportedText: row.reportedAt ? fill(labels.Reported, when(row.reportedAt, format)) : '',
                recent: (row.recent ?? []).map((decision, index) => ({
                    key: `${index}`,
                    at: when(decision.at, format),
                    what: decision.what
                })),
                earlierText: (row.history ?? []).length
                    ? `${labels.Earlier} ${row.history
                          .map((past) => `${conditionWords(past.condition, labels)} (${when(past.since, format)})`)
                          .join(', ')}`
                    : ''
            };
        })
    };
}
