/**
 * The mapping model: compiles the admin's custom metadata records, the org's presence
 * statuses and the softphone's state catalogue into lookup tables, once. Every problem
 * in the configuration becomes a diagnostic naming its record; the bad row is skipped
 * and the rest keeps working. Nothing here throws on bad input.
 *
 * This file reads the mapping rows and compiles them; its parts: states.ts (state keys), diagnostics.ts (a
 * diagnostic, settling duplicates and contradictions), lookups.ts (statuses and catalogue), settings-check.ts (the
 * settings record), unmapped.ts (what no row maps).
 */
import { rowDiagnostic, settle, type Candidate } from './diagnostics';
import { readCatalogue, readStatuses, type Catalogue, type Statuses } from './lookups';
import {
    MappingDirection,
    MappingAction,
    MappingField,
    flag,
    recordName,
    text,
    withoutNamespace,
    type PlainRecord
} from './records';
import { checkSettings } from './settings-check';
import { fold, formatState, stateKey, stateParams } from './states';
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
import { reportUnmappedMajors, reportUnmappedStatuses, unmappedStatusDefault } from './unmapped';

export { SETTINGS_RECORD } from './diagnostics';
export { formatState, sameState, stateKey } from './states';

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

export type { PlainRecord };
