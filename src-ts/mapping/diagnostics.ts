/**
 * The mapping compiler's diagnostics: how one names its record, type and field, and how rows sharing a key are
 * settled (a duplicate kept once, contradicting rows all skipped), each naming a bounded number of the others.
 */
import type { ConfigDiagnostic, ConfigProblem } from './types';

/** The custom metadata type of the settings record, as diagnostics name it. */
export const SETTINGS_RECORD = 'Presence_Sync_Setting__mdt';

/** The custom metadata type of the mapping rows, as diagnostics name it. */
export const MAPPING_TYPE = 'Presence_Mapping__mdt';

/** A row's outcome under its key, before duplicates and contradictions are settled. */
export interface Candidate<T> {
    key: string;
    record: string;
    outcome: T;
    signature: string;
}

/** A diagnostic of the compiler. */
export function diagnostic(
    problem: ConfigProblem,
    record: string,
    field: string | null,
    message: string,
    params: Record<string, string> = {}
): ConfigDiagnostic {
    return { problem, record, field, message, params };
}

/** Row diagnostics: they name the Presence_Mapping__mdt record and its field. */
export function rowDiagnostic(
    problem: ConfigProblem,
    record: string,
    field: string | null,
    message: string,
    params: Record<string, string> = {}
): ConfigDiagnostic {
    return diagnostic(problem, record, field, message, {
        record,
        type: MAPPING_TYPE,
        ...(field === null ? {} : { field }),
        ...params
    });
}

/** At most this many other rows are named in one contradiction diagnostic: the rest are counted. */
const NAMED_CONTRADICTIONS = 3;

/**
 * Resolves duplicates (kept once) and contradictions (all skipped) among rows sharing a key. Each
 * contradicting row's diagnostic names a bounded number of the others, so the diagnostics grow
 * linearly with the number of rows.
 */
export function settle<T>(candidates: Candidate<T>[], describeKey: (key: string) => string, out: ConfigDiagnostic[]) {
    const groups = new Map<string, Candidate<T>[]>();
    for (const candidate of candidates) {
        const group = groups.get(candidate.key);
        if (group) group.push(candidate);
        else groups.set(candidate.key, [candidate]);
    }
    const table = new Map<string, Candidate<T>>();
    for (const [key, group] of groups) {
        const [first, ...rest] = group;
        if (first === undefined) continue;
        if (rest.every((candidate) => candidate.signature === first.signature)) {
            table.set(key, first);
            for (const duplicate of rest) {
                out.push(
                    rowDiagnostic(
                        'duplicate-row',
                        duplicate.record,
                        null,
                        `duplicates ${first.record} for ${describeKey(key)}; ignored`,
                        {
                            others: first.record,
                            count: '1',
                            value: describeKey(key)
                        }
                    )
                );
            }
            continue;
        }
        const named = group.slice(0, NAMED_CONTRADICTIONS + 1).map((candidate) => candidate.record);
        const otherCount = group.length - 1;
        for (const candidate of group) {
            const others = named.filter((name) => name !== candidate.record).slice(0, NAMED_CONTRADICTIONS);
            const more = otherCount - others.length;
            const list = others.join(', ') + (more > 0 ? ` and ${more} more` : '');
            out.push(
                rowDiagnostic(
                    'contradictory-rows',
                    candidate.record,
                    null,
                    `contradicts ${list} for ${describeKey(key)}; all of them are skipped`,
                    { others: others.join(', '), count: String(otherCount), value: describeKey(key) }
                )
            );
        }
    }
    return table;
}
