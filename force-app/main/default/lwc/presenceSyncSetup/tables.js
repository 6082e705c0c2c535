// The Setup page's two mapping tables as c/presenceSyncMappingTable shows them, free of the DOM: the column headers
// and a view of each row (its cells, its choice and its problems), for either direction.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, formatState } from './model';
import { describeMapping } from './save';

const say = (template, ...values) => formatLabel(template, values);

/**
 * A column that is a field of Presence_Mapping__mdt: headed by the field's own label, with its help text, as the
 * org describes the field (getSetup's `mappingFields`: Apex's DescribeFieldResult getLabel() and
 * getInlineHelpText(), in the admin's language); the page's own label when the describe does not name the field.
 */
function fieldColumn(key, fieldName, mappingFields, fallback) {
    const field = (mappingFields ?? []).find((candidate) => candidate.name === fieldName);
    return { key, label: field?.label || fallback, help: field?.helpText || null };
}

const plainColumn = (key, label) => ({ key, label, help: null });

/** The presence status → softphone state table's header: status, API name, kind, softphone state, problems. */
export function omniColumns(labels, mappingFields) {
    return [
        fieldColumn('status', F.status, mappingFields, labels.Col_Status),
        plainColumn('apiName', labels.Col_Api_Name),
        plainColumn('kind', labels.Col_Kind),
        fieldColumn('state', F.state, mappingFields, labels.Col_Softphone_State),
        plainColumn('problems', labels.Col_Problems)
    ];
}

/** The softphone state → presence status table's header: state, where it came from, presence status, problems. */
export function softphoneColumns(labels, mappingFields) {
    return [
        fieldColumn('state', F.state, mappingFields, labels.Col_State),
        plainColumn('source', labels.Col_Source),
        fieldColumn('status', F.status, mappingFields, labels.Col_Presence_Status),
        plainColumn('problems', labels.Col_Problems)
    ];
}

/** What every row of either table carries besides its own cells: the selected option, problems and their ids. */
function tableRow(row, view, options, problems) {
    return {
        key: row.key,
        ...view,
        options: options.map((option) => ({ ...option, selected: option.value === row.choice })),
        problems,
        hasProblems: problems.length > 0,
        describedBy: problems.length > 0 ? `${row.key}-problems` : null,
        rowClass: problems.some((problem) => problem.error) ? 'row_error' : ''
    };
}

/**
 * The row's own records: its first active record (the one its dropdown shows) with the inactive ones, and each other
 * active record (a contradiction or a duplicate), which gets a row of its own under it.
 */
function rowRecords(row) {
    const others = row.records.slice(1);
    return { own: row.allRecords.filter((name) => !others.includes(name)), others };
}

/**
 * A row under a table row for another active record of the same status or state: what that record maps to and its
 * own problems with their actions (`name` is `<row name>#<record>`, its `data-row`). `cellCount` is how many cells
 * the table row has between its header and its problems.
 */
function otherRow(row, view, name, { labels, problemsOf, recordOf }, cellCount) {
    const record = recordOf(name);
    const problems = problemsOf([name], []);
    return {
        key: `${row.key}#${name}`,
        name: `${view.name}#${name}`,
        record: name,
        header: say(labels.Other_Row, name),
        cells: [],
        valueText: record ? describeMapping(record.values, labels) : name,
        span: cellCount,
        options: [],
        problems,
        hasProblems: problems.length > 0,
        describedBy: problems.length > 0 ? `${row.key}#${name}-problems` : null,
        rowClass: problems.some((problem) => problem.error) ? 'row_error row_other' : 'row_other',
        place: view.header,
        isOther: true
    };
}

/**
 * The presence status → softphone state rows. `problemsOf(recordNames, extra)` words the problems of a row's
 * records; `byStatus` holds the problems about a status itself (placeDiagnostics), by lower-case API name.
 */
export function omniTableRows(rawRows, { labels, problemsOf, byStatus, recordOf = () => null }) {
    return rawRows.flatMap((row) => {
        const options = [
            { value: '', label: labels.Not_Mapped },
            { value: 'noChange', label: labels.No_Change },
            { value: 'busy', label: labels.Busy_Box },
            ...row.stateOptions.map((state) => ({
                value: `state:${state.key}`,
                label: state.stray
                    ? say(labels.Not_In_Catalogue, formatState(state.major, state.minor))
                    : formatState(state.major, state.minor)
            }))
        ];
        const { own, others } = rowRecords(row);
        const problems = problemsOf(own, byStatus.get(row.apiName.toLowerCase()) ?? []);
        const kind = row.online === null ? labels.Unknown_Status : row.online ? labels.Online : labels.Busy;
        const view = {
            name: row.apiName,
            header: row.label,
            cells: [
                { key: 'apiName', text: row.apiName },
                { key: 'kind', text: kind }
            ],
            selectLabel: say(labels.State_For_Status, row.label)
        };
        const context = { labels, problemsOf, recordOf };
        return [tableRow(row, view, options, problems), ...others.map((name) => otherRow(row, view, name, context, 3))];
    });
}

function sourceText(row, labels) {
    if (row.reserved) return labels.Reserved;
    if (row.source === 'softphone') return labels.From_Softphone;
    return row.source === 'manual' ? labels.By_Hand : labels.From_Rows;
}

/**
 * The softphone state → presence status rows: a status of the org (`statuses`) for each, and a status the rows name
 * that the org lacks kept as a choice. `byMajor` holds the problems about a major state, by lower-case name.
 */
export function softphoneTableRows(rawRows, { labels, statuses, problemsOf, byMajor, recordOf = () => null }) {
    return rawRows.flatMap((row) => {
        const options = [
            { value: '', label: row.minor === null ? labels.Not_Mapped : labels.Falls_Back },
            { value: 'noChange', label: labels.No_Change },
            { value: 'logout', label: labels.Log_Out_Of_Omni },
            ...statuses.map((status) => ({
                value: `status:${status.developerName}`,
                label: `${status.label} (${status.developerName})`
            }))
        ];
        if (row.choice.startsWith('status:') && !options.some((option) => option.value === row.choice)) {
            options.push({ value: row.choice, label: say(labels.Not_In_Org, row.choice.slice(7)) });
        }
        const majorProblems = row.minor === null ? (byMajor.get(row.major.toLowerCase()) ?? []) : [];
        const { own, others } = rowRecords(row);
        const problems = problemsOf(own, majorProblems);
        const state = formatState(row.major, row.minor);
        const view = {
            name: state,
            header: state,
            cells: [{ key: 'source', text: sourceText(row, labels) }],
            selectLabel: say(labels.Status_For_State, state)
        };
        const context = { labels, problemsOf, recordOf };
        return [tableRow(row, view, options, problems), ...others.map((name) => otherRow(row, view, name, context, 2))];
    });
}

/**
 * Both tables as c-presence-sync-mapping-table takes them, `{ id, heading, help, emptyText, columns, rows }`: the
 * presence status → softphone state table (`omni-table`) and the softphone state → presence status table
 * (`softphone-table`), from the raw rows of model.js and the problems placed by placeDiagnostics; `recordOf(name)`
 * gives a record by DeveloperName, for the rows of other active records (a contradiction or a duplicate).
 */
export function mappingTables({
    labels,
    mappingFields,
    statuses,
    omniRows,
    softphoneRows,
    placed,
    problemsOf,
    recordOf
}) {
    return [
        {
            id: 'omni-table',
            heading: labels.Omni_Table_Heading,
            help: labels.Omni_Table_Help,
            emptyText: labels.No_Statuses,
            columns: omniColumns(labels, mappingFields),
            rows: omniTableRows(omniRows, { labels, problemsOf, byStatus: placed.byStatus, recordOf })
        },
        {
            id: 'softphone-table',
            heading: labels.Softphone_Table_Heading,
            help: labels.Softphone_Table_Help,
            emptyText: labels.No_States,
            columns: softphoneColumns(labels, mappingFields),
            rows: softphoneTableRows(softphoneRows, { labels, statuses, problemsOf, byMajor: placed.byMajor, recordOf })
        }
    ];
}
