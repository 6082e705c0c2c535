// The Setup page's editing model, free of the DOM: the records being edited, the two tables built
// from them and the changes to save (CSV import and export are csv.js). The checks themselves are the engine's
// own compiler (compileMapping from c/presenceSyncSetupKit); this file only decides where each problem goes.

import { MappingField } from './mappingFields';

export const MAPPING_TYPE = 'Presence_Mapping';
export const SETTING_TYPE = 'Presence_Sync_Setting';
export const SETTINGS_NAME = 'Default';

/** The page's names for the mapping fields it edits, in the order of its CSV columns. */
export const F = {
    direction: MappingField.direction,
    state: MappingField.softphoneState,
    minor: MappingField.softphoneMinorState,
    status: MappingField.presenceStatus,
    action: MappingField.action,
    busy: MappingField.busy,
    active: MappingField.active
};
/** Every field of Presence_Mapping__mdt (`MappingField`, generated from its field folder: mappingFields.js), the page's own first. */
export const MAPPING_FIELDS = [...new Set([...Object.values(F), ...Object.values(MappingField)])];
export const TO_OMNI = 'SoftphoneToOmni';
export const TO_SOFTPHONE = 'OmniToSoftphone';

/** The compiler's problem codes, whichever spelling it uses (`problem` today, the C1 `key` tomorrow). */
const PROBLEM_CODES = {
    blankField: 'blank-field',
    badValue: 'bad-value',
    duplicateRow: 'duplicate-row',
    contradictoryRows: 'contradictory-rows',
    unknownStatus: 'unknown-status',
    unknownState: 'unknown-state',
    reservedTarget: 'reserved-target',
    unmappedMajorState: 'major-state-unmapped',
    unmappedStatus: 'unmapped-status',
    unmappedState: 'unmapped-state',
    badSetting: 'bad-setting',
    missingSettings: 'missing-settings'
};
export const problemCode = (diagnostic) => {
    const code = diagnostic.problem ?? diagnostic.key;
    return PROBLEM_CODES[code] ?? code;
};

/** Problems that only warn: the configuration still works as the admin meant (a default applies). */
const WARNINGS = new Set(['duplicate-row', 'missing-settings', 'unmapped-status', 'unmapped-state']);

const NAMESPACED = /^[A-Za-z][A-Za-z0-9]*__([A-Za-z][A-Za-z0-9_]*__c)$/;
const fold = (value) => (value ?? '').toString().trim().toLowerCase();

/** Field keys without the package namespace, and the standard fields kept. */
export function plainValues(record) {
    const values = {};
    for (const [key, value] of Object.entries(record ?? {})) {
        const match = NAMESPACED.exec(key);
        const name = match ? match[1] : key;
        if (name.endsWith('__c')) values[name] = value === undefined ? null : value;
    }
    return values;
}

export const stateKey = (major, minor) => `${fold(major)}\u0001${fold(minor)}`;
export const formatState = (major, minor) => (minor ? `${major} / ${minor}` : major);

/** A record's label and values in a canonical form (sorted keys, blanks left out), to tell what changed. */
function snapshot(record) {
    const values = {};
    // Apex leaves null fields out of a record: a missing field and a blank one are the same.
    for (const key of Object.keys(record.values).sort()) {
        const value = record.values[key];
        if (value !== undefined && value !== null && value !== '') values[key] = value;
    }
    return JSON.stringify({ label: record.label, values });
}

/**
 * A record's name as the page uses it: `ns__Record` for a record installed with a package (Apex serves its
 * NamespacePrefix), `Record` for the subscriber's own. Apex writes the first as `ns__Type.ns__Record`; a bare
 * name would create a second record in the subscriber's namespace.
 */
export function qualifiedName(raw) {
    return raw.NamespacePrefix ? `${raw.NamespacePrefix}__${raw.DeveloperName}` : raw.DeveloperName;
}

/** A record name the page accepts: `Record` or a packaged record's `ns__Record`; returns [namespace, name] or null. */
export function splitName(name) {
    const match = /^(?:([A-Za-z][A-Za-z0-9]{0,14})__)?([A-Za-z](?!.*__)[A-Za-z0-9_]{0,39})$/.exec(name ?? '');
    if (!match || match[2].endsWith('_')) return null;
    return [match[1] ?? '', match[2]];
}

/** An editable record: its values now, and as loaded (null for a new record). */
export function editable(type, raw) {
    const record = {
        type,
        developerName: qualifiedName(raw),
        namespacePrefix: raw.NamespacePrefix ?? null,
        label: raw.MasterLabel ?? raw.Label ?? raw.DeveloperName,
        values: plainValues(raw),
        original: null
    };
    return raw.__new ? record : { ...record, original: snapshot(record) };
}

const isActive = (record) => record.values[F.active] !== false && record.values[F.active] !== 'false';
const blank = (value) => value === null || value === undefined || `${value}`.trim() === '';

/** The records as the compiler reads them: fields keyed by API name, DeveloperName and MasterLabel. */
export function compilerInput(records, settings, statuses) {
    return {
        mappings: records.map((record) => ({
            DeveloperName: record.developerName,
            MasterLabel: record.label,
            ...record.values
        })),
        settings:
            settings === null
                ? null
                : { DeveloperName: settings.developerName, MasterLabel: settings.label, ...settings.values },
        statuses
    };
}

/** A safe, unique DeveloperName (40 characters, letters, digits and single underscores). */
export function developerName(base, taken) {
    let name = `${base}`
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_+|_+$/g, '');
    if (!/^[A-Za-z]/.test(name)) name = `X_${name}`;
    name = name.slice(0, 40).replace(/_+$/, '');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
        const suffix = `_${n}`;
        candidate = `${name.slice(0, 40 - suffix.length).replace(/_+$/, '')}${suffix}`;
    }
    return candidate;
}

/** Whether a diagnostic blocks saving (the engine's severity where it gives one). */
export function isErrorDiagnostic(diagnostic) {
    return diagnostic.severity ? diagnostic.severity === 'error' : !WARNINGS.has(problemCode(diagnostic));
}

/**
 * Where each diagnostic belongs: a mapping row (by record or state), a settings field, or the page.
 * `words` gives a diagnostic's sentence in the admin's language (by default the engine's English).
 */
export function placeDiagnostics(diagnostics, words = (diagnostic) => diagnostic.message) {
    const byRecord = new Map();
    const byMajor = new Map();
    const byStatus = new Map();
    const bySetting = new Map();
    const general = [];
    for (const diagnostic of diagnostics) {
        const problem = problemCode(diagnostic);
        const item = {
            problem,
            message: words(diagnostic),
            error: isErrorDiagnostic(diagnostic),
            record: diagnostic.row ?? diagnostic.record,
            field: diagnostic.field ?? null
        };
        if (problem === 'major-state-unmapped') {
            const major = diagnostic.params?.state ?? diagnostic.record;
            byMajor.set(fold(major), [...(byMajor.get(fold(major)) ?? []), item]);
        } else if (problem === 'unmapped-status') {
            const status = diagnostic.params?.status ?? diagnostic.record;
            byStatus.set(fold(status), [...(byStatus.get(fold(status)) ?? []), item]);
        } else if (problem === 'bad-setting' || problem === 'missing-settings') {
            const key = item.field ?? '';
            bySetting.set(key, [...(bySetting.get(key) ?? []), item]);
        } else if (item.record) {
            byRecord.set(item.record, [...(byRecord.get(item.record) ?? []), item]);
        } else {
            general.push(item);
        }
    }
    return { byRecord, byMajor, byStatus, bySetting, general };
}

/** The status → softphone table: a row per presence status, plus statuses only the rows name. */
export function omniRows(records, statuses, catalogue, manualStates) {
    const rows = [];
    const seen = new Set();
    const toSoftphone = records.filter((record) => record.values[F.direction] === TO_SOFTPHONE);
    const rowFor = (apiName, label, online, known) => {
        const all = toSoftphone.filter((record) => fold(record.values[F.status]) === fold(apiName));
        const active = all.filter(isActive);
        const record = active[0] ?? null;
        let choice = '';
        if (record !== null) {
            if (record.values[F.action] === 'NoChange') choice = 'noChange';
            else if (record.values[F.busy] === true || record.values[F.busy] === 'true') choice = 'busy';
            else if (!blank(record.values[F.state]))
                choice = `state:${stateKey(record.values[F.state], record.values[F.minor])}`;
        }
        return {
            key: `omni-${fold(apiName)}`,
            apiName,
            label,
            online,
            known,
            records: active.map((r) => r.developerName),
            allRecords: all.map((r) => r.developerName),
            choice,
            current: record === null ? null : { major: record.values[F.state], minor: record.values[F.minor] }
        };
    };
    for (const status of statuses) {
        seen.add(fold(status.developerName));
        rows.push(rowFor(status.developerName, status.label, status.hasChannels, true));
    }
    for (const record of toSoftphone.filter(isActive)) {
        const name = record.values[F.status];
        if (blank(name) || seen.has(fold(name))) continue;
        seen.add(fold(name));
        rows.push(rowFor(name, name, null, false));
    }
    // Which states may be chosen: every state the softphone announced that it lets an agent pick.
    const states = allStates(catalogue, manualStates, records);
    return rows.map((row) => {
        const options = states.filter((state) => !state.reserved);
        const chosen = options.some((state) => `state:${state.key}` === row.choice);
        return {
            ...row,
            stateOptions:
                row.choice.startsWith('state:') && !chosen && row.current
                    ? [
                          ...options,
                          {
                              key: row.choice.slice(6),
                              major: row.current.major,
                              minor: row.current.minor || null,
                              reserved: false,
                              stray: true
                          }
                      ]
                    : options
        };
    });
}

/** Every softphone state known to the page: announced, typed by hand, or named by a row. */
export function allStates(catalogue, manualStates, records = []) {
    const states = new Map();
    const add = (major, minor, reserved, source) => {
        if (blank(major)) return;
        const key = stateKey(major, minor);
        if (!states.has(key))
            states.set(key, {
                key,
                major: `${major}`.trim(),
                minor: blank(minor) ? null : `${minor}`.trim(),
                reserved: reserved === true,
                source
            });
    };
    for (const entry of catalogue ?? []) add(entry.major, entry.minor, entry.reserved, 'softphone');
    for (const entry of manualStates ?? []) add(entry.major, entry.minor, entry.reserved, 'manual');
    for (const record of records) {
        if (record.values[F.direction] === TO_OMNI && isActive(record))
            add(record.values[F.state], record.values[F.minor], false, 'record');
    }
    // A minor state's major is a state too (every major must be mapped).
    for (const state of [...states.values()]) {
        if (state.minor !== null)
            add(state.major, null, states.get(stateKey(state.major, null))?.reserved, state.source);
    }
    // Each major state first, then its minor states, in the order they were announced.
    const majors = [];
    for (const state of states.values()) if (!majors.includes(fold(state.major))) majors.push(fold(state.major));
    const ordered = [];
    for (const major of majors) {
        const group = [...states.values()].filter((state) => fold(state.major) === major);
        ordered.push(
            ...group.filter((state) => state.minor === null),
            ...group.filter((state) => state.minor !== null)
        );
    }
    return ordered;
}

/** The softphone → status table: a row per softphone state. */
export function softphoneRows(records, catalogue, manualStates) {
    const toOmni = records.filter((record) => record.values[F.direction] === TO_OMNI);
    return allStates(catalogue, manualStates, records).map((state) => {
        const all = toOmni.filter((record) => stateKey(record.values[F.state], record.values[F.minor]) === state.key);
        const active = all.filter(isActive);
        const record = active[0] ?? null;
        let choice = '';
        if (record !== null) {
            if (record.values[F.action] === 'NoChange') choice = 'noChange';
            else if (record.values[F.action] === 'LogOutOfOmni') choice = 'logout';
            else if (!blank(record.values[F.status])) choice = `status:${record.values[F.status]}`;
        }
        return {
            key: `state-${state.key}`,
            ...state,
            records: active.map((r) => r.developerName),
            allRecords: all.map((r) => r.developerName),
            choice
        };
    });
}

/**
 * Applies a choice in one of the tables to the records: updates the row's record, reactivates one,
 * creates one, or deactivates it ("not mapped"). Returns the new list of records.
 */
export function applyChoice(records, direction, subject, choice) {
    const matches = (record) =>
        record.values[F.direction] === direction &&
        (direction === TO_SOFTPHONE
            ? fold(record.values[F.status]) === fold(subject.apiName)
            : stateKey(record.values[F.state], record.values[F.minor]) === stateKey(subject.major, subject.minor));
    const mine = records.filter(matches);
    const next = records.map((record) => ({ ...record, values: { ...record.values } }));
    const target = (name) => next.find((record) => record.developerName === name);
    if (choice === '') {
        for (const record of mine) target(record.developerName).values[F.active] = false;
        return next;
    }
    let record = mine.find(isActive) ?? mine[0];
    if (record === undefined) {
        const taken = new Set(records.flatMap((r) => [r.developerName, splitName(r.developerName)?.[1] ?? '']));
        for (const name of [...taken]) taken.add(name.toLowerCase());
        const base =
            direction === TO_SOFTPHONE
                ? `Omni_${subject.apiName}`
                : `Softphone_${subject.major}${subject.minor ? `_${subject.minor}` : ''}`;
        const name = developerName(base, taken);
        const label =
            direction === TO_SOFTPHONE
                ? `Omni ${subject.label ?? subject.apiName}`
                : `Softphone ${formatState(subject.major, subject.minor)}`;
        record = {
            type: MAPPING_TYPE,
            developerName: name,
            label: label.slice(0, 40),
            values: {
                [F.direction]: direction,
                [F.state]: direction === TO_OMNI ? subject.major : null,
                [F.minor]: direction === TO_OMNI ? subject.minor : null,
                [F.status]: direction === TO_SOFTPHONE ? subject.apiName : null,
                [F.action]: 'Map',
                [F.busy]: false,
                [F.active]: true
            },
            original: null
        };
        next.push(record);
    }
    const values = target(record.developerName).values;
    // Other active rows for the same subject would contradict the choice: deactivate them.
    for (const other of mine)
        if (other.developerName !== record.developerName) target(other.developerName).values[F.active] = false;
    values[F.active] = true;
    if (direction === TO_SOFTPHONE) {
        values[F.action] = choice === 'noChange' ? 'NoChange' : 'Map';
        values[F.busy] = choice === 'busy';
        if (choice.startsWith('state:')) {
            const [major, minor] = subject.stateOf(choice.slice(6));
            values[F.state] = major;
            values[F.minor] = minor;
        } else {
            values[F.state] = null;
            values[F.minor] = null;
        }
    } else {
        values[F.action] = choice === 'noChange' ? 'NoChange' : choice === 'logout' ? 'LogOutOfOmni' : 'Map';
        values[F.status] = choice.startsWith('status:') ? choice.slice(7) : null;
    }
    return next;
}

/**
 * The records that differ from what was loaded, as the Apex save method takes them: each with what the page
 * loaded (`loaded`: label and values, or null for a record it creates), so that Apex can refuse to overwrite
 * a record that changed since.
 */
export function changedRecords(records, settings) {
    const changes = [];
    for (const record of [...records, ...(settings ? [settings] : [])]) {
        if (record.original !== null && record.original === snapshot(record)) continue;
        if (record.original === null && record.type === MAPPING_TYPE && !isActive(record)) continue;
        changes.push({
            type: record.type,
            developerName: record.developerName,
            label: record.label,
            values: { ...record.values },
            loaded: record.original === null ? null : JSON.parse(record.original)
        });
    }
    return changes;
}

/** After a successful save: what is saved becomes the new baseline. */
export function markSaved(record) {
    return { ...record, original: snapshot(record) };
}
