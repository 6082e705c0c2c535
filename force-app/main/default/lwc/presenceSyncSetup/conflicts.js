// Rows that disagree or repeat one another, as the Setup page shows them: one problem per contradiction (on each of
// its rows, counted once), a duplicate flagged on the row that was added or edited (not on the row it repeats), both
// blocking Save, and fixed with the page's own actions ("Keep this one", "Deactivate this row"). Free of the DOM.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, TO_SOFTPHONE, changedRecords, formatState, problemCode, stateKey } from './model';
import { describeMapping } from './save';

const say = (template, ...values) => formatLabel(template, values);
const fold = (value) => (value ?? '').toString().trim().toLowerCase();
const isActive = (record) => record.values[F.active] !== false && record.values[F.active] !== 'false';

/** The key of the table row a mapping record belongs to (model.js: `omni-<status>` or `state-<state key>`). */
export function subjectKey(record) {
    return record.values[F.direction] === TO_SOFTPHONE
        ? `omni-${fold(record.values[F.status])}`
        : `state-${stateKey(record.values[F.state], record.values[F.minor])}`;
}

/** What a row is about, as the admin reads it: the status's label, or the softphone state. */
function subjectText(record, statuses) {
    if (record.values[F.direction] !== TO_SOFTPHONE) {
        const minor = record.values[F.minor];
        return formatState(
            record.values[F.state],
            minor === null || minor === undefined || minor === '' ? null : minor
        );
    }
    const name = record.values[F.status];
    return statuses.find((status) => fold(status.developerName) === fold(name))?.label ?? name;
}

const edited = (record) => record.original === null || changedRecords([record], null).length > 0;

/**
 * The contradiction and duplicate problems of the page, in place of the compiler's one-per-row ones: returns
 * `placed` (model.js placeDiagnostics) with each `contradictory-rows` item replaced by one problem shared by every row
 * of the contradiction (`group`, actions keep and deactivate), each `duplicate-row` item replaced by an error on the
 * row added or edited since the page loaded (action deactivate), and the unmapped-state or unmapped-status problem a
 * contradiction causes on its own row left out (it is the same problem).
 */
export function settleConflicts(placed, diagnostics, { records, statuses, labels }) {
    const byName = new Map(records.map((record) => [record.developerName, record]));
    const contradictions = new Map();
    const duplicates = new Map();
    for (const diagnostic of diagnostics) {
        const code = problemCode(diagnostic);
        const record = byName.get(diagnostic.row ?? diagnostic.record);
        if (!record || (code !== 'contradictory-rows' && code !== 'duplicate-row')) continue;
        const groups = code === 'contradictory-rows' ? contradictions : duplicates;
        const key = subjectKey(record);
        const members = groups.get(key) ?? [];
        const kept = code === 'duplicate-row' ? byName.get(diagnostic.params?.others) : null;
        for (const member of [kept, record]) if (member && !members.includes(member)) members.push(member);
        groups.set(key, members);
    }
    const byRecord = new Map(
        [...placed.byRecord.entries()].map(([name, items]) => [
            name,
            items.filter((item) => item.problem !== 'contradictory-rows' && item.problem !== 'duplicate-row')
        ])
    );
    const add = (name, item) => byRecord.set(name, [...(byRecord.get(name) ?? []), item]);
    for (const [key, members] of contradictions) {
        const active = members.filter(isActive);
        const list = active.map((record) => `${describeMapping(record.values, labels)} (${record.developerName})`);
        const message = say(
            labels.Conflict_Contradiction,
            active.length,
            subjectText(active[0], statuses),
            list.join('; ')
        );
        for (const record of active)
            add(record.developerName, {
                problem: 'contradictory-rows',
                message,
                error: true,
                record: record.developerName,
                field: null,
                group: `contradiction:${key}`,
                actions: ['keep', 'deactivate']
            });
    }
    for (const [key, members] of duplicates) {
        const active = members.filter(isActive);
        // The row the others repeat: one as loaded, unedited, where there is one.
        const established = active.find((record) => !edited(record)) ?? active[0];
        for (const record of active) {
            if (record === established) continue;
            add(record.developerName, {
                problem: 'duplicate-row',
                message: say(
                    labels.Conflict_Duplicate,
                    record.developerName,
                    describeMapping(record.values, labels),
                    established.developerName
                ),
                error: true,
                record: record.developerName,
                field: null,
                group: `duplicate:${key}:${record.developerName}`,
                actions: ['deactivate']
            });
        }
    }
    const contradicted = new Set(contradictions.keys());
    const byMajor = new Map(
        [...placed.byMajor.entries()].map(([major, items]) => [
            major,
            contradicted.has(`state-${stateKey(major, null)}`)
                ? items.filter((item) => item.problem !== 'major-state-unmapped')
                : items
        ])
    );
    const byStatus = new Map(
        [...placed.byStatus.entries()].map(([status, items]) => [
            status,
            contradicted.has(`omni-${fold(status)}`)
                ? items.filter((item) => item.problem !== 'unmapped-status')
                : items
        ])
    );
    for (const [name, items] of [...byRecord.entries()]) if (items.length === 0) byRecord.delete(name);
    return { ...placed, byRecord, byMajor, byStatus };
}

/** Every problem of the page once: a problem shown on several rows (`group`) counts once. */
export function pageProblems(placed) {
    const seen = new Set();
    const all = [];
    const lists = [
        ...placed.byRecord.values(),
        ...placed.byMajor.values(),
        ...placed.byStatus.values(),
        ...placed.bySetting.values(),
        placed.general
    ];
    for (const items of lists)
        for (const item of items) {
            if (item.group && seen.has(item.group)) continue;
            if (item.group) seen.add(item.group);
            all.push(item);
        }
    return all;
}

/** How many errors block Save: each problem once. */
export function errorCount(placed) {
    return pageProblems(placed).filter((item) => item.error).length;
}

/**
 * A row action on the records (the buttons beside a contradiction or a duplicate): `keep` activates the record and
 * deactivates the other active records of its row; `deactivate` deactivates the record. Returns the new records.
 */
export function applyRowAction(records, action, name) {
    const chosen = records.find((record) => record.developerName === name);
    if (!chosen) return records;
    const key = subjectKey(chosen);
    return records.map((record) => {
        const off =
            action === 'deactivate'
                ? record === chosen
                : record !== chosen && isActive(record) && subjectKey(record) === key;
        const on = action === 'keep' && record === chosen;
        if (!off && !on) return record;
        return { ...record, values: { ...record.values, [F.active]: on } };
    });
}
