// The problems the engine's compiler finds, as the Setup page lists them: beside a row or a field, or under Save.

/** One problem in the admin's language: "Error: <headline>: <what the compiler said>". */
export function problemText(item, labels) {
    const headline = labels[`Problem_${item.problem.replace(/-/g, '_')}`] ?? item.problem;
    return `${item.error ? labels.Error : labels.Warning}: ${headline}: ${item.message}`;
}

/** Problems as list items (placeDiagnostics's items): key, text, whether an error, and the icon's class. */
export function problemViews(items, labels) {
    return items.map((item, index) => ({
        key: `${item.record}-${item.problem}-${index}`,
        text: problemText(item, labels),
        error: item.error,
        iconClass: item.error ? 'problem problem_error' : 'problem problem_warning'
    }));
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
