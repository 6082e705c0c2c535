// The problems the engine's compiler finds, as the Setup page lists them: beside a row or a field, or under Save.

/** One problem in the admin's language: "Error: <headline>: <what the compiler said>". */
export function problemText(item, labels) {
    const headline = labels[`Problem_${item.problem.replace(/-/g, '_')}`] ?? item.problem;
    return `${item.error ? labels.Error : labels.Warning}: ${headline}: ${item.message}`;
}

/** The page's words for a row action (conflicts.js): "Keep this one", "Deactivate this row". */
const ACTION_LABELS = { keep: 'Keep_This_One', deactivate: 'Deactivate_Row' };

/**
 * Problems as list items (placeDiagnostics's items): key, text, whether an error, the icon's class, the problem's
 * `group` (one problem shown on several rows) and the actions the page offers for it on this record
 * (`[{ key, action, record, label }]`).
 */
export function problemViews(items, labels) {
    return items.map((item, index) => {
        const actions = (item.actions ?? []).map((action) => ({
            key: `${action}-${item.record}`,
            action,
            record: item.record,
            label: labels[ACTION_LABELS[action]]
        }));
        return {
            key: `${item.record}-${item.problem}-${index}`,
            text: problemText(item, labels),
            error: item.error,
            group: item.group ?? null,
            actions,
            hasActions: actions.length > 0,
            iconClass: item.error ? 'problem problem_error' : 'problem problem_warning'
        };
    });
}

/**
 * The problems no row shows, for the list under Save: the general ones, and those of records that no row of the
 * two tables lists (`rowRecordNames`) or that are not on the page (`records`).
 */
export function unplacedProblems(placed, rowRecordNames, records) {
    const onPage = new Set(records.map((record) => record.developerName));
    const stray = [...placed.byRecord.entries()]
        .filter(([name]) => !rowRecordNames.has(name) || !onPage.has(name))
        .flatMap(([, items]) => items);
    return [...placed.general, ...stray];
}
