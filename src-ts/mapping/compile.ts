/**
 * The mapping model: compiles the admin's custom metadata records, the org's presence
 * statuses and the softphone's state catalogue into lookup tables, once. Every problem
 * in the configuration becomes a diagnostic naming its record; the bad row is skipped
 * and the rest keeps working. Nothing here throws on bad input.
 */
import { toId15 } from '../core/ids';
import {
    Direction,
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

export const SETTINGS_RECORD = 'Presence_Sync_Setting__mdt';

const fold = (value: string): string => value.trim().toLowerCase();
export const stateKey = (major: string, minor: string | null | undefined): string =>
    `${fold(major)}\u0001${minor == null ? '' : fold(minor)}`;
const sameState = (a: SoftphoneState, b: SoftphoneState): boolean =>
    stateKey(a.major, a.minor) === stateKey(b.major, b.minor);

export function formatState(state: SoftphoneState): string {
    return state.minor === null ? state.major : `${state.major} / ${state.minor}`;
}

interface Candidate<T> {
    key: string;
    record: string;
    outcome: T;
    signature: string;
}

function diagnostic(problem: ConfigProblem, record: string, field: string | null, message: string): ConfigDiagnostic {
    return { problem, record, field, message };
}

/** Resolves duplicates (kept once) and contradictions (all skipped) among rows sharing a key. */
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
                    diagnostic(
                        'duplicate-row',
                        duplicate.record,
                        null,
                        `duplicates ${first.record} for ${describeKey(key)}; ignored`
                    )
                );
            }
        } else {
            const names = group.map((candidate) => candidate.record);
            for (const candidate of group) {
                const others = names.filter((name) => name !== candidate.record).join(', ');
                out.push(
                    diagnostic(
                        'contradictory-rows',
                        candidate.record,
                        null,
                        `contradicts ${others} for ${describeKey(key)}; all of them are skipped`
                    )
                );
            }
        }
    }
    return table;
}

export function compileMapping(
    input: SyncConfigurationInput,
    catalogue: readonly CatalogueEntry[] | null = null
): CompiledMapping {
    const diagnostics: ConfigDiagnostic[] = [];

    // Presence statuses, by API name (case-insensitive, as Salesforce treats them) and by 15-char id.
    const statusesByName = new Map<string, PresenceStatusInfo>();
    const statusesById = new Map<string, PresenceStatusInfo>();
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
        statusesByName.set(fold(status.developerName), status);
        statusesByName.set(status.developerName, status);
        statusesById.set(id, status);
    }
    const statusByName = (name: string) => statusesByName.get(name) ?? statusesByName.get(fold(name)) ?? null;

    // The softphone's catalogue, when it has announced one.
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

    // Settings, checked against the statuses and catalogue they name.
    const settingProblems: SettingProblem[] = [];
    const settings = readSettings(input.settings, settingProblems);
    const settingsName = input.settings === null ? SETTINGS_RECORD : recordName(withoutNamespace(input.settings), 0);
    if (input.settings === null) {
        diagnostics.push(
            diagnostic('missing-settings', SETTINGS_RECORD, null, 'no settings record; the defaults are in force')
        );
    }
    for (const problem of settingProblems) {
        diagnostics.push(diagnostic('bad-setting', settingsName, problem.field, problem.message));
    }
    const checkSettingStatus = (field: string, name: string | null): string | null => {
        if (name === null) return null;
        const status = statusByName(name);
        if (status === null) {
            diagnostics.push(
                diagnostic('bad-setting', settingsName, field, `presence status "${name}" does not exist; ignored`)
            );
            return null;
        }
        return status.developerName;
    };
    const checkSettingState = (field: string, state: SoftphoneState | null, mayBeReserved: boolean) => {
        if (state === null) return null;
        if (!isKnownState(state)) {
            diagnostics.push(
                diagnostic(
                    'bad-setting',
                    settingsName,
                    field,
                    `softphone state "${formatState(state)}" is not in the softphone's catalogue`
                )
            );
            return state;
        }
        if (!mayBeReserved && isReserved(state)) {
            diagnostics.push(
                diagnostic(
                    'bad-setting',
                    settingsName,
                    field,
                    `softphone state "${formatState(state)}" is reserved and cannot be set`
                )
            );
        }
        return canonical(state);
    };
    const checkedSettings: SyncSettings = {
        ...settings,
        loginStatus: checkSettingStatus(SettingField.loginStatus, settings.loginStatus),
        unmappedStateStatus: checkSettingStatus(SettingField.unmappedStateStatus, settings.unmappedStateStatus),
        disconnectStatus: checkSettingStatus(SettingField.disconnectStatus, settings.disconnectStatus),
        readyState: checkSettingState(SettingField.readyState, settings.readyState, false) ?? settings.readyState,
        busyFallbackState:
            checkSettingState(SettingField.busyFallbackState, settings.busyFallbackState, false) ??
            settings.busyFallbackState,
        // B7/B8 may deliberately name a reserved state (ContactWorld uses Busy Inbound).
        workAcceptedState: checkSettingState(SettingField.workAcceptedState, settings.workAcceptedState, true),
        capacityBusyState: checkSettingState(SettingField.capacityBusyState, settings.capacityBusyState, true)
    };

    // Mapping rows, in a stable order so that "which duplicate is kept" never depends on load order.
    const rows = input.mappings
        .map((raw, index) => {
            const record = withoutNamespace(raw);
            return { record, name: recordName(record, index) };
        })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    const toOmni: Candidate<OmniOutcome>[] = [];
    const toSoftphone: Candidate<SoftphoneOutcome>[] = [];

    for (const { record, name } of rows) {
        if (!flag(record, MappingField.active, true)) continue;
        const problem = (kind: ConfigProblem, field: string | null, message: string) =>
            diagnostics.push(diagnostic(kind, name, field, message));
        const statusOrReported = (statusName: string) => {
            const status = statusByName(statusName);
            if (status === null) {
                problem(
                    'unknown-status',
                    MappingField.presenceStatus,
                    `presence status "${statusName}" does not exist or is not available; row skipped`
                );
            }
            return status;
        };
        const knownOrReported = (state: SoftphoneState) => {
            if (isKnownState(state)) return true;
            problem(
                'unknown-state',
                MappingField.softphoneState,
                `softphone state "${formatState(state)}" is not in the softphone's catalogue; row skipped`
            );
            return false;
        };
        const direction = text(record, MappingField.direction);
        const action = text(record, MappingField.action) ?? MappingAction.map;
        if (direction === null) {
            problem('blank-field', MappingField.direction, 'direction is blank; row skipped');
            continue;
        }
        if (direction !== Direction.softphoneToOmni && direction !== Direction.omniToSoftphone) {
            problem('bad-value', MappingField.direction, `unknown direction "${direction}"; row skipped`);
            continue;
        }
        if (
            action !== MappingAction.map &&
            action !== MappingAction.noChange &&
            action !== MappingAction.logOutOfOmni
        ) {
            problem('bad-value', MappingField.action, `unknown action "${action}"; row skipped`);
            continue;
        }
        const major = text(record, MappingField.softphoneState);
        const minor = text(record, MappingField.softphoneMinorState);
        const statusName = text(record, MappingField.presenceStatus);
        if (minor !== null && major === null) {
            problem('blank-field', MappingField.softphoneState, 'a minor state needs its major state; row skipped');
            continue;
        }

        if (direction === Direction.softphoneToOmni) {
            if (major === null) {
                problem('blank-field', MappingField.softphoneState, 'softphone state is blank; row skipped');
                continue;
            }
            const state = { major, minor };
            if (!knownOrReported(state)) continue;
            let outcome: OmniOutcome;
            if (action === MappingAction.noChange) {
                outcome = { kind: 'noChange', record: name };
            } else if (action === MappingAction.logOutOfOmni) {
                outcome = { kind: 'logout', record: name };
            } else if (statusName === null) {
                problem('blank-field', MappingField.presenceStatus, 'presence status is blank; row skipped');
                continue;
            } else {
                const status = statusOrReported(statusName);
                if (status === null) continue;
                outcome = { kind: 'status', status: status.developerName, record: name };
            }
            toOmni.push({
                key: stateKey(major, minor),
                record: name,
                outcome,
                signature: outcome.kind === 'status' ? `status:${fold(outcome.status)}` : outcome.kind
            });
        } else {
            if (statusName === null) {
                problem('blank-field', MappingField.presenceStatus, 'presence status is blank; row skipped');
                continue;
            }
            const status = statusOrReported(statusName);
            if (status === null) continue;
            if (action === MappingAction.logOutOfOmni) {
                problem(
                    'bad-value',
                    MappingField.action,
                    'LogOutOfOmni applies only to SoftphoneToOmni rows; row skipped'
                );
                continue;
            }
            let outcome: SoftphoneOutcome;
            if (action === MappingAction.noChange) {
                outcome = { kind: 'noChange', record: name };
            } else if (major !== null) {
                const state = { major, minor };
                if (!knownOrReported(state)) continue;
                if (isReserved(state)) {
                    problem(
                        'reserved-target',
                        MappingField.softphoneState,
                        `"${formatState(state)}" is reserved for the contact centre and cannot be a target; row skipped`
                    );
                    continue;
                }
                outcome = { kind: 'state', state: canonical(state), record: name, via: 'row' };
            } else {
                const busy = flag(record, MappingField.busy, false);
                outcome = {
                    kind: 'state',
                    state: busy ? checkedSettings.busyFallbackState : checkedSettings.readyState,
                    record: name,
                    via: 'busyFlag'
                };
            }
            toSoftphone.push({
                key: fold(status.developerName),
                record: name,
                outcome,
                signature:
                    outcome.kind === 'state'
                        ? `state:${stateKey(outcome.state.major, outcome.state.minor)}`
                        : outcome.kind
            });
        }
    }

    const describeStateKey = (key: string) => {
        const [major = '', minor = ''] = key.split('\u0001');
        return `softphone state "${minor === '' ? major : `${major} / ${minor}`}"`;
    };
    const omniTable = settle(toOmni, describeStateKey, diagnostics);
    const softphoneTable = settle(toSoftphone, (key) => `presence status "${key}"`, diagnostics);

    // VCC's rule: every major state needs a mapping; minor states fall back to it.
    if (knowsCatalogue) {
        const majors = new Map<string, string>();
        for (const entry of catalogue) if (!majors.has(fold(entry.major))) majors.set(fold(entry.major), entry.major);
        for (const major of majors.values()) {
            if (!omniTable.has(stateKey(major, null))) {
                diagnostics.push(
                    diagnostic(
                        'major-state-unmapped',
                        major,
                        MappingField.softphoneState,
                        `major state "${major}" has no SoftphoneToOmni row; its states use the unmapped fallback`
                    )
                );
            }
        }
    }

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
    const lookUpSoftphoneState = (state: SoftphoneState): SoftphoneLookup => {
        const exact = state.minor === null ? undefined : omniTable.get(stateKey(state.major, state.minor));
        if (exact) return { ...exact.outcome, via: 'minor' };
        const major = omniTable.get(stateKey(state.major, null));
        if (major) return { ...major.outcome, via: 'major' };
        if (checkedSettings.unmappedStateStatus !== null) {
            return { kind: 'status', status: checkedSettings.unmappedStateStatus, record: null, via: 'fallback' };
        }
        return { kind: 'unmapped', via: 'none' };
    };

    const omniToSoftphone = (statusApiName: string): SoftphoneOutcome => {
        const row = softphoneTable.get(fold(statusApiName));
        if (row) return row.outcome;
        switch (checkedSettings.unmappedStatusAction) {
            case 'ReadyState':
                return { kind: 'state', state: checkedSettings.readyState, record: null, via: 'fallback' };
            case 'ByStatusType': {
                const status = statusByName(statusApiName);
                if (status === null) return { kind: 'unmapped' };
                return {
                    kind: 'state',
                    state: status.hasChannels ? checkedSettings.readyState : checkedSettings.busyFallbackState,
                    record: null,
                    via: 'fallback'
                };
            }
            case 'NoChange':
                return { kind: 'unmapped' };
        }
    };

    return {
        settings: checkedSettings,
        diagnostics,
        statuses,
        catalogue,
        softphoneToOmni,
        omniToSoftphone,
        statusByName,
        statusById: (id: string) => {
            const id15 = toId15(id);
            return id15 === null ? null : (statusesById.get(id15) ?? null);
        },
        isReserved,
        canonical,
        isKnownState
    };
}

export { sameState, type PlainRecord };
