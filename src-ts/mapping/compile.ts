/**
 * The mapping model: compiles the admin's custom metadata records, the org's presence
 * statuses and the softphone's state catalogue into lookup tables, once. Every problem
 * in the configuration becomes a diagnostic naming its record; the bad row is skipped
 * and the rest keeps working. Nothing here throws on bad input.
 */
import { toId15 } from '../core/ids';
import {
    MappingDirection,
    MappingAction,
    MappingField,
    SettingField,
    flag,
    readSettings,
    recordName,
    text,
    withoutNamespace,
    type PlainRecord,
    type SettingProblem
} from './records';
import type {
    CatalogueEntry,
    ConfigDiagnostic,
    ConfigProblem,
    OmniOutcome,
    PresenceStatusInfo,
    SoftphoneOutcome,
    SoftphoneState,
    SyncConfigurationInput,
    SyncSettings
} from './types';

/** How a softphone state found its Omni outcome, for the audit trail. */
export type SoftphoneLookup = OmniOutcome & { via: 'minor' | 'major' | 'fallback' | 'none' };

/**
 * The configuration compiled into lookups: the defaulted settings, the diagnostics found while
 * compiling, the org's presence statuses and the softphone's catalogue (null before its handshake).
 * Statuses are matched by DeveloperName (`statusByName`) or by 15/18-character id (`statusById`);
 * softphone states case-insensitively, major and minor.
 */
export interface CompiledMapping {
    readonly settings: SyncSettings;
    readonly diagnostics: readonly ConfigDiagnostic[];
    readonly statuses: readonly PresenceStatusInfo[];
    readonly catalogue: readonly CatalogueEntry[] | null;
    /** B1 with B6 and B9: what a softphone state asks of Omni. */
    softphoneToOmni(state: SoftphoneState): SoftphoneLookup;
    /** B2 with B6 and B9: what an Omni status asks of the softphone. */
    omniToSoftphone(statusApiName: string): SoftphoneOutcome;
    statusByName(apiName: string): PresenceStatusInfo | null;
    statusById(id: string): PresenceStatusInfo | null;
    /** A state the contact centre sets (on a call, wrap): never a target of Omni → softphone. */
    isReserved(state: SoftphoneState): boolean;
    /** The state as the softphone's catalogue spells it (or as given when unknown). */
    canonical(state: SoftphoneState): SoftphoneState;
    isKnownState(state: SoftphoneState): boolean;
}

/** The custom metadata type of the settings record, as diagnostics name it. */
export const SETTINGS_RECORD = 'Presence_Sync_Setting__mdt';

const fold = (value: string): string => value.trim().toLowerCase();
/** The lookup key of a softphone state: major and minor, trimmed and case-folded (minor '' when null). */
export const stateKey = (major: string, minor: string | null | undefined): string =>
    `${fold(major)}\u0001${minor == null ? '' : fold(minor)}`;
const sameState = (a: SoftphoneState, b: SoftphoneState): boolean =>
    stateKey(a.major, a.minor) === stateKey(b.major, b.minor);

/** A softphone state as the audit and diagnostics print it: `Major` or `Major / Minor`. */
export function formatState(state: SoftphoneState): string {
    return state.minor === null ? state.major : `${state.major} / ${state.minor}`;
}

interface Candidate<T> {
    key: string;
    record: string;
    outcome: T;
    signature: string;
}

const MAPPING_TYPE = 'Presence_Mapping__mdt';

function diagnostic(
    problem: ConfigProblem,
    record: string,
    field: string | null,
    message: string,
    params: Record<string, string> = {}
): ConfigDiagnostic {
    return { problem, record, field, message, params };
}

/** Row diagnostics: they name the Presence_Mapping__mdt record and its field. */
function rowDiagnostic(
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
function settle<T>(candidates: Candidate<T>[], describeKey: (key: string) => string, out: ConfigDiagnostic[]) {
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

/** The org's presence statuses, by API name (case-insensitive, as Salesforce treats them) and by 15-char id. */
function readStatuses(input: SyncConfigurationInput) {
    const byName = new Map<string, PresenceStatusInfo>();
    const byId = new Map<string, PresenceStatusInfo>();
    const statuses: PresenceStatusInfo[] = [];
    for (const raw of input.statuses) {
        const id = toId15(raw.id);
        if (id === null || typeof raw.developerName !== 'string' || raw.developerName.trim() === '') continue;
        const status: PresenceStatusInfo = {
            id,
            developerName: raw.developerName.trim(),
            label: typeof raw.label === 'string' && raw.label !== '' ? raw.label : raw.developerName,
            hasChannels: raw.hasChannels
        };
        statuses.push(status);
        byName.set(fold(status.developerName), status);
        byName.set(status.developerName, status);
        byId.set(id, status);
    }
    const statusByName = (name: string) => byName.get(name) ?? byName.get(fold(name)) ?? null;
    const statusById = (raw: string) => {
        const id15 = toId15(raw);
        return id15 === null ? null : (byId.get(id15) ?? null);
    };
    return { statuses, statusByName, statusById };
}

/** The softphone's catalogue, when it has announced one: known states, reserved states, spellings. */
function readCatalogue(catalogue: readonly CatalogueEntry[] | null) {
    const catalogueByKey = new Map<string, CatalogueEntry>();
    const majorsReserved = new Map<string, boolean>();
    for (const entry of catalogue ?? []) {
        catalogueByKey.set(stateKey(entry.major, entry.minor), entry);
        if (entry.minor == null) majorsReserved.set(fold(entry.major), entry.reserved === true);
        else if (!majorsReserved.has(fold(entry.major))) majorsReserved.set(fold(entry.major), false);
    }
    const knowsCatalogue = catalogue !== null && catalogue.length > 0;
    const isKnownState = (state: SoftphoneState) =>
        !knowsCatalogue || catalogueByKey.has(stateKey(state.major, state.minor));
    // The engine asks this on most inputs: remember the answer per spelling.
    const reservedBySpelling = new Map<string, boolean>();
    const isReserved = (state: SoftphoneState) => {
        const spelling = `${state.major}\u0001${state.minor ?? ''}`;
        let reserved = reservedBySpelling.get(spelling);
        if (reserved === undefined) {
            reserved =
                catalogueByKey.get(stateKey(state.major, state.minor))?.reserved === true ||
                majorsReserved.get(fold(state.major)) === true;
            if (reservedBySpelling.size < 1000) reservedBySpelling.set(spelling, reserved);
        }
        return reserved;
    };
    const canonical = (state: SoftphoneState): SoftphoneState => {
        const entry = catalogueByKey.get(stateKey(state.major, state.minor));
        const major = entry?.major ?? catalogueByKey.get(stateKey(state.major, null))?.major ?? state.major;
        return { major, minor: entry ? (entry.minor ?? null) : state.minor };
    };
    return { knowsCatalogue, isKnownState, isReserved, canonical };
}

type Statuses = ReturnType<typeof readStatuses>;
type Catalogue = ReturnType<typeof readCatalogue>;

const stateParams = (state: SoftphoneState): Record<string, string> =>
    state.minor === null ? { state: state.major } : { state: state.major, minor: state.minor };

/** The settings record, defaulted and checked against the statuses and the catalogue it names. */
function checkSettings(
    input: SyncConfigurationInput,
    { statusByName }: Statuses,
    { isKnownState, isReserved, canonical }: Catalogue,
    diagnostics: ConfigDiagnostic[]
): SyncSettings {
    const settingProblems: SettingProblem[] = [];
    const settings = readSettings(input.settings, settingProblems);
    const settingsName = input.settings === null ? SETTINGS_RECORD : recordName(withoutNamespace(input.settings), 0);
    const problem = (field: string, message: string, params: Record<string, string>) =>
        diagnostics.push(
            diagnostic('bad-setting', settingsName, field, message, {
                record: settingsName,
                type: SETTINGS_RECORD,
                field,
                ...params
            })
        );
    if (input.settings === null) {
        diagnostics.push(
            diagnostic('missing-settings', SETTINGS_RECORD, null, 'no settings record; the defaults are in force', {
                type: SETTINGS_RECORD
            })
        );
    }
    for (const found of settingProblems) {
        problem(found.field, found.message, {
            ...(found.value === undefined ? {} : { value: found.value }),
            ...(found.reason === undefined ? {} : { reason: found.reason })
        });
    }
    const checkStatus = (field: string, name: string | null): string | null => {
        if (name === null) return null;
        const status = statusByName(name);
        if (status === null) {
            problem(field, `presence status "${name}" does not exist; ignored`, { value: name, status: name });
            return null;
        }
        return status.developerName;
    };
    const checkState = (field: string, state: SoftphoneState | null, mayBeReserved: boolean) => {
        if (state === null) return null;
        if (!isKnownState(state)) {
            problem(field, `softphone state "${formatState(state)}" is not in the softphone's catalogue`, {
                value: formatState(state),
                ...stateParams(state)
            });
            return state;
        }
        if (!mayBeReserved && isReserved(state)) {
            problem(field, `softphone state "${formatState(state)}" is reserved and cannot be set`, {
                value: formatState(state),
                ...stateParams(state)
            });
        }
        return canonical(state);
    };
    return {
        ...settings,
        loginStatus: checkStatus(SettingField.loginStatus, settings.loginStatus),
        unmappedStateStatus: checkStatus(SettingField.unmappedStateStatus, settings.unmappedStateStatus),
        disconnectStatus: checkStatus(SettingField.disconnectStatus, settings.disconnectStatus),
        readyState: checkState(SettingField.readyState, settings.readyState, false) ?? settings.readyState,
        busyFallbackState:
            checkState(SettingField.busyFallbackState, settings.busyFallbackState, false) ?? settings.busyFallbackState,
        // B7/B8 may deliberately name a reserved state (ContactWorld uses Busy Inbound).
        workAcceptedState: checkState(SettingField.workAcceptedState, settings.workAcceptedState, true),
        capacityBusyState: checkState(SettingField.capacityBusyState, settings.capacityBusyState, true)
    };
}

/** One mapping row's fields, read and named. */
interface Row {
    name: string;
    record: PlainRecord;
    action: string;
    major: string | null;
    minor: string | null;
    statusName: string | null;
}

/** What the rows compile to, before duplicates and contradictions are settled. */
interface RowCandidates {
    toOmni: Candidate<OmniOutcome>[];
    toSoftphone: Candidate<SoftphoneOutcome>[];
    /** Statuses an OmniToSoftphone row names, even a row that was skipped: B2's default is not for them. */
    statusesWithRows: Set<string>;
}

interface RowContext {
    statuses: Statuses;
    catalogue: Catalogue;
    settings: SyncSettings;
    diagnostics: ConfigDiagnostic[];
}

/** A problem that skips the row: `message` says what is wrong, and "; row skipped" is added to it. */
function reportRow(
    c: RowContext,
    row: Row,
    kind: ConfigProblem,
    field: string | null,
    message: string,
    params: Record<string, string> = {}
) {
    c.diagnostics.push(rowDiagnostic(kind, row.name, field, `${message}; row skipped`, params));
}

function statusOrReported(c: RowContext, row: Row, statusName: string): PresenceStatusInfo | null {
    const status = c.statuses.statusByName(statusName);
    if (status === null) {
        reportRow(
            c,
            row,
            'unknown-status',
            MappingField.presenceStatus,
            `presence status "${statusName}" does not exist or is not available`,
            { value: statusName, status: statusName }
        );
    }
    return status;
}

function knownOrReported(c: RowContext, row: Row, state: SoftphoneState): boolean {
    if (c.catalogue.isKnownState(state)) return true;
    reportRow(
        c,
        row,
        'unknown-state',
        MappingField.softphoneState,
        `softphone state "${formatState(state)}" is not in the softphone's catalogue`,
        { value: formatState(state), ...stateParams(state) }
    );
    return false;
}

/** A SoftphoneToOmni row (B1, B6): its key is the softphone state. */
function softphoneToOmniRow(c: RowContext, row: Row, out: RowCandidates): void {
    const { major, minor, action, statusName } = row;
    if (major === null) {
        reportRow(c, row, 'blank-field', MappingField.softphoneState, 'softphone state is blank');
        return;
    }
    const state = { major, minor };
    if (!knownOrReported(c, row, state)) return;
    let outcome: OmniOutcome;
    if (action === MappingAction.noChange) {
        outcome = { kind: 'noChange', record: row.name };
    } else if (action === MappingAction.logOutOfOmni) {
        outcome = { kind: 'logout', record: row.name };
    } else if (statusName === null) {
        reportRow(c, row, 'blank-field', MappingField.presenceStatus, 'presence status is blank');
        return;
    } else {
        const status = statusOrReported(c, row, statusName);
        if (status === null) return;
        outcome = { kind: 'status', status: status.developerName, record: row.name };
    }
    out.toOmni.push({
        key: stateKey(major, minor),
        record: row.name,
        outcome,
        signature: outcome.kind === 'status' ? `status:${fold(outcome.status)}` : outcome.kind
    });
}

/** An OmniToSoftphone row (B2, B6): its key is the presence status. */
function omniToSoftphoneRow(c: RowContext, row: Row, out: RowCandidates): void {
    const { major, minor, action, statusName } = row;
    if (statusName === null) {
        reportRow(c, row, 'blank-field', MappingField.presenceStatus, 'presence status is blank');
        return;
    }
    const status = statusOrReported(c, row, statusName);
    if (status === null) return;
    out.statusesWithRows.add(fold(status.developerName));
    if (action === MappingAction.logOutOfOmni) {
        reportRow(c, row, 'bad-value', MappingField.action, 'LogOutOfOmni applies only to SoftphoneToOmni rows', {
            value: action
        });
        return;
    }
    let outcome: SoftphoneOutcome;
    if (action === MappingAction.noChange) {
        outcome = { kind: 'noChange', record: row.name };
    } else if (major !== null) {
        const state = { major, minor };
        if (!knownOrReported(c, row, state)) return;
        if (c.catalogue.isReserved(state)) {
            reportRow(
                c,
                row,
                'reserved-target',
                MappingField.softphoneState,
                `"${formatState(state)}" is reserved for the contact centre and cannot be a target; the busy fallback state is sent instead`,
                { value: formatState(state), ...stateParams(state) }
            );
            // The row's state is skipped, not the row: the status still keeps the agent unroutable, as
            // its admin meant, by the Busy Fallback State (docs/behaviour.md, B6).
            outcome = { kind: 'state', state: c.settings.busyFallbackState, record: row.name, via: 'busyFlag' };
        } else {
            outcome = { kind: 'state', state: c.catalogue.canonical(state), record: row.name, via: 'row' };
        }
    } else {
        const busy = flag(row.record, MappingField.busy, false);
        outcome = {
            kind: 'state',
            state: busy ? c.settings.busyFallbackState : c.settings.readyState,
            record: row.name,
            via: 'busyFlag'
        };
    }
    out.toSoftphone.push({
        key: fold(status.developerName),
        record: row.name,
        outcome,
        signature:
            outcome.kind === 'state' ? `state:${stateKey(outcome.state.major, outcome.state.minor)}` : outcome.kind
    });
}

/** Reads every active row, in a stable order, so that "which duplicate is kept" never depends on load order. */
function compileRows(input: SyncConfigurationInput, c: RowContext): RowCandidates {
    const out: RowCandidates = { toOmni: [], toSoftphone: [], statusesWithRows: new Set() };
    const rows = input.mappings
        .map((raw, index) => {
            const record = withoutNamespace(raw);
            return { record, name: recordName(record, index) };
        })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { record, name } of rows) {
        if (!flag(record, MappingField.active, true)) continue;
        const row: Row = {
            name,
            record,
            action: text(record, MappingField.action) ?? MappingAction.map,
            major: text(record, MappingField.softphoneState),
            minor: text(record, MappingField.softphoneMinorState),
            statusName: text(record, MappingField.presenceStatus)
        };
        const direction = text(record, MappingField.direction);
        if (direction === null) {
            reportRow(c, row, 'blank-field', MappingField.direction, 'direction is blank');
            continue;
        }
        if (direction !== MappingDirection.softphoneToOmni && direction !== MappingDirection.omniToSoftphone) {
            reportRow(c, row, 'bad-value', MappingField.direction, `unknown direction "${direction}"`, {
                value: direction
            });
            continue;
        }
        const action = row.action;
        if (
            action !== MappingAction.map &&
            action !== MappingAction.noChange &&
            action !== MappingAction.logOutOfOmni
        ) {
            reportRow(c, row, 'bad-value', MappingField.action, `unknown action "${action}"`, {
                value: action
            });
            continue;
        }
        if (row.minor !== null && row.major === null) {
            reportRow(c, row, 'blank-field', MappingField.softphoneState, 'a minor state needs its major state');
            continue;
        }
        if (direction === MappingDirection.softphoneToOmni) softphoneToOmniRow(c, row, out);
        else omniToSoftphoneRow(c, row, out);
    }
    return out;
}

/** VCC's rule: every major state needs a mapping; minor states fall back to it. */
function reportUnmappedMajors(
    catalogue: readonly CatalogueEntry[],
    omniTable: Map<string, Candidate<OmniOutcome>>,
    diagnostics: ConfigDiagnostic[]
): void {
    const majors = new Map<string, string>();
    for (const entry of catalogue) if (!majors.has(fold(entry.major))) majors.set(fold(entry.major), entry.major);
    for (const major of majors.values()) {
        if (omniTable.has(stateKey(major, null))) continue;
        diagnostics.push(
            diagnostic(
                'major-state-unmapped',
                major,
                MappingField.softphoneState,
                `major state "${major}" has no SoftphoneToOmni row; its states use the unmapped fallback`,
                { state: major, field: MappingField.softphoneState, type: MAPPING_TYPE }
            )
        );
    }
}

/** B2's default for a status with no row: by the status's option (online → Ready, busy → busy fallback), Ready, or none. */
function unmappedStatusDefault(settings: SyncSettings, status: PresenceStatusInfo | null): SoftphoneState | null {
    switch (settings.unmappedStatusAction) {
        case 'ReadyState':
            return settings.readyState;
        case 'ByStatusType':
            return status === null ? null : status.hasChannels ? settings.readyState : settings.busyFallbackState;
        case 'NoChange':
            return null;
    }
}

/** B9: every status of the org with no OmniToSoftphone row is named at load, with what applies instead. */
function reportUnmappedStatuses(
    statuses: readonly PresenceStatusInfo[],
    statusesWithRows: ReadonlySet<string>,
    settings: SyncSettings,
    diagnostics: ConfigDiagnostic[]
): void {
    for (const status of statuses) {
        // A status whose rows were all skipped is already named by their diagnostics.
        if (statusesWithRows.has(fold(status.developerName))) continue;
        const fallback = unmappedStatusDefault(settings, status);
        const applies = fallback === null ? 'no change' : `softphone ${formatState(fallback)}`;
        diagnostics.push(
            diagnostic(
                'unmapped-status',
                status.developerName,
                MappingField.presenceStatus,
                `presence status "${status.developerName}" has no OmniToSoftphone row; ${applies} applies (${settings.unmappedStatusAction})`,
                {
                    status: status.developerName,
                    statusLabel: status.label,
                    default: fallback === null ? 'noChange' : formatState(fallback),
                    value: settings.unmappedStatusAction,
                    field: MappingField.presenceStatus,
                    type: MAPPING_TYPE
                }
            )
        );
    }
}

/**
 * Compiles the custom metadata records (`Presence_Mapping__mdt` rows, the `Presence_Sync_Setting__mdt`
 * record, the org's `ServicePresenceStatus` list) into lookups, against the softphone's state catalogue
 * when known (null: states are not checked against it). Never throws: every problem (blank field,
 * bad value, duplicate or contradictory rows, unknown status or state, reserved target, unmapped
 * status) becomes a diagnostic with its key, params, row and field, and the bad row or value is
 * left out or defaulted (docs/behaviour.md, B9). Record fields may carry a namespace prefix.
 */
export function compileMapping(
    input: SyncConfigurationInput,
    catalogue: readonly CatalogueEntry[] | null = null
): CompiledMapping {
    const diagnostics: ConfigDiagnostic[] = [];
    const statusInfo = readStatuses(input);
    const { statuses, statusByName, statusById } = statusInfo;
    const catalogueInfo = readCatalogue(catalogue);
    const settings = checkSettings(input, statusInfo, catalogueInfo, diagnostics);

    const candidates = compileRows(input, { statuses: statusInfo, catalogue: catalogueInfo, settings, diagnostics });
    const describeStateKey = (key: string) => {
        const [major = '', minor = ''] = key.split('\u0001');
        return `softphone state "${minor === '' ? major : `${major} / ${minor}`}"`;
    };
    const omniTable = settle(candidates.toOmni, describeStateKey, diagnostics);
    const softphoneTable = settle(candidates.toSoftphone, (key) => `presence status "${key}"`, diagnostics);
    if (catalogueInfo.knowsCatalogue && catalogue !== null) reportUnmappedMajors(catalogue, omniTable, diagnostics);
    reportUnmappedStatuses(statuses, candidates.statusesWithRows, settings, diagnostics);

    const lookUpSoftphoneState = (state: SoftphoneState): SoftphoneLookup => {
        const exact = state.minor === null ? undefined : omniTable.get(stateKey(state.major, state.minor));
        if (exact) return { ...exact.outcome, via: 'minor' };
        const major = omniTable.get(stateKey(state.major, null));
        if (major) return { ...major.outcome, via: 'major' };
        if (settings.unmappedStateStatus !== null) {
            return { kind: 'status', status: settings.unmappedStateStatus, record: null, via: 'fallback' };
        }
        return { kind: 'unmapped', via: 'none' };
    };
    const lookupBySpelling = new Map<string, SoftphoneLookup>();
    const softphoneToOmni = (state: SoftphoneState): SoftphoneLookup => {
        const spelling = `${state.major}\u0001${state.minor ?? ''}`;
        let found = lookupBySpelling.get(spelling);
        if (found === undefined) {
            found = lookUpSoftphoneState(state);
            if (lookupBySpelling.size < 1000) lookupBySpelling.set(spelling, found);
        }
        return found;
    };
    const omniToSoftphone = (statusApiName: string): SoftphoneOutcome => {
        const row = softphoneTable.get(fold(statusApiName));
        if (row) return row.outcome;
        // Its rows were skipped (reported at load): the admin meant something, so no guess here.
        if (candidates.statusesWithRows.has(fold(statusApiName))) return { kind: 'unmapped' };
        const fallback = unmappedStatusDefault(settings, statusByName(statusApiName));
        return fallback === null
            ? { kind: 'unmapped' }
            : { kind: 'state', state: fallback, record: null, via: 'fallback' };
    };

    return {
        settings,
        diagnostics,
        statuses,
        catalogue,
        softphoneToOmni,
        omniToSoftphone,
        statusByName,
        statusById,
        isReserved: catalogueInfo.isReserved,
        canonical: catalogueInfo.canonical,
        isKnownState: catalogueInfo.isKnownState
    };
}

export { sameState, type PlainRecord };
