// Where the errors that block Save are, for the error summary at the top of the Setup page (a link per error that
// moves focus to its row or field) and for the save bar ("2 errors: 1 in Settings (Disconnect Status), 1 in row
// Lunch"); and which problems an edit made elsewhere, for the live region. Free of the DOM.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { problemText } from './problems';

const say = (template, ...values) => formatLabel(template, values);

/**
 * Every error of the page once, where it is shown: `tables` as tables.js builds them (a problem shown on several
 * rows, `group`, is listed at its first), `bySetting` the settings problems by field (placeDiagnostics),
 * `settingFields` as getSetup describes them, `general` the problems listed under Save (problem views). Returns
 * `[{ key, kind: 'setting' | 'row' | 'page', table, row, field, place, text }]` in page order: rows, then settings,
 * then the rest. With `warnings`, the warnings too.
 */
export function errorEntries({ tables, bySetting, settingFields, general, labels, warnings = false }) {
    const counts = (problem) => warnings || problem.error;
    const entries = [];
    const seen = new Set();
    const once = (problem) => {
        if (!problem.group) return true;
        if (seen.has(problem.group)) return false;
        seen.add(problem.group);
        return true;
    };
    for (const table of tables)
        for (const row of table.rows)
            for (const problem of row.problems)
                if (counts(problem) && once(problem))
                    entries.push({
                        key: `${row.key}-${problem.key}`,
                        kind: 'row',
                        table: table.id,
                        row: row.name,
                        place: row.place ?? row.header,
                        text: problem.text
                    });
    for (const field of settingFields)
        for (const [index, item] of (bySetting.get(field.name) ?? []).entries())
            if (counts(item))
                entries.push({
                    key: `setting-${field.name}-${index}`,
                    kind: 'setting',
                    field: field.name,
                    place: field.label,
                    text: problemText(item, labels)
                });
    for (const problem of general)
        if (counts(problem) && once(problem))
            entries.push({ key: `page-${problem.key}`, kind: 'page', place: labels.Save_Heading, text: problem.text });
    return entries;
}

/** The error summary's links: "<where>: <problem>", each with the entry's key (the link's `data-key`). */
export function summaryLinks(entries, labels) {
    return entries.map((entry) => ({
        key: entry.key,
        text: `${entry.kind === 'row' ? say(labels.Where_Row, entry.place) : entry.kind === 'setting' ? say(labels.Where_Setting, entry.place) : entry.place}: ${entry.text}`
    }));
}

/** "2 errors: 1 in Settings (Disconnect Status), 1 in row Lunch", or '' without errors. */
export function errorSentence(entries, labels) {
    if (entries.length === 0) return '';
    const parts = [];
    const settings = entries.filter((entry) => entry.kind === 'setting');
    const rows = new Map();
    for (const entry of entries.filter((e) => e.kind === 'row'))
        rows.set(entry.place, (rows.get(entry.place) ?? 0) + 1);
    const page = entries.filter((entry) => entry.kind === 'page').length;
    if (settings.length > 0)
        parts.push(
            say(labels.Errors_In_Settings, settings.length, [...new Set(settings.map((e) => e.place))].join(', '))
        );
    for (const [place, count] of rows) parts.push(say(labels.Errors_In_Row, count, place));
    if (page > 0) parts.push(say(labels.Errors_Elsewhere, page));
    const list = parts.join(', ');
    return entries.length === 1 ? say(labels.Errors_One, list) : say(labels.Errors_Many, entries.length, list);
}

/**
 * Why Save is blocked, naming where the errors are: "fix the rows marked Error" only when every error is on a row;
 * otherwise the places, "Settings (Login Status, Disconnect Status)", the rows, "Save" (`entries` as errorEntries
 * lists them, `count` the errors counted).
 */
export function blockedSentence(entries, count, labels) {
    if (entries.every((entry) => entry.kind === 'row')) return say(labels.Save_Blocked, count);
    const settings = [...new Set(entries.filter((entry) => entry.kind === 'setting').map((entry) => entry.place))];
    const places = [];
    if (settings.length > 0) places.push(say(labels.Where_Setting, settings.join(', ')));
    if (entries.some((entry) => entry.kind === 'row')) places.push(labels.Save_Blocked_Rows);
    if (entries.some((entry) => entry.kind === 'page')) places.push(labels.Save_Heading);
    return say(labels.Save_Blocked_Where, count, places.join(', '));
}

/**
 * The problems an edit made away from the control edited, for the live region: `before` and `after` are the
 * entries of every problem (errors and warnings: `problemEntries`), `edited` the place edited (a row's or a field's
 * `place`, or null for an edit outside both, such as a state typed by hand). Returns the sentence to announce, or ''.
 */
export function newProblemsElsewhere(before, after, edited, labels) {
    const known = new Set(before.map((entry) => `${entry.place}\u0001${entry.text}`));
    const fresh = after.filter((entry) => !known.has(`${entry.place}\u0001${entry.text}`) && entry.place !== edited);
    return fresh
        .map((entry) =>
            say(
                labels.Live_New_Problem,
                entry.kind === 'row' ? say(labels.Where_Row, entry.place) : say(labels.Where_Setting, entry.place),
                entry.text
            )
        )
        .join(' ');
}

/** Every problem of the tables and the settings, errors and warnings, as `errorEntries` lists the errors. */
export function problemEntries({ tables, bySetting, settingFields, labels }) {
    return errorEntries({ tables, bySetting, settingFields, general: [], labels, warnings: true });
}

/**
 * The page's errors where they are (`page` is the Setup component: its mapping tables, placed problems, settings
 * fields and general problems): `{ entries, links, sentence, hasErrors }` for the error summary and the save bar.
 */
export function pageErrors(page, labels) {
    const entries = errorEntries({
        tables: page.mappingTables,
        bySetting: page.placed.bySetting,
        settingFields: page.settingFields,
        general: page.generalProblems,
        labels
    });
    return {
        entries,
        links: summaryLinks(entries, labels),
        sentence: errorSentence(entries, labels),
        hasErrors: entries.length > 0
    };
}

/** Every problem of the page's tables and settings, errors and warnings (`page` as for pageErrors). */
export function pageProblems(page, labels) {
    const { mappingTables: tables, settingFields } = page;
    return problemEntries({ tables, bySetting: page.placed.bySetting, settingFields, labels });
}

/**
 * Moves focus to where an error is (an error summary link, `data-key` the entry's key): a row's dropdown through its
 * table's `focusRow`, a settings field's input, or the list under Save. `template` is the component's template.
 */
export function focusProblem(template, entries, key) {
    const entry = entries.find((candidate) => candidate.key === key);
    if (!entry) return;
    if (entry.kind === 'row') {
        template.querySelector(`[data-id="${entry.table}"]`)?.focusRow(entry.row);
        return;
    }
    const css = entry.kind === 'setting' ? `[data-field="${entry.field}"]:not(div)` : '[data-id="general-problems"]';
    const target = template.querySelector(css);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
}
