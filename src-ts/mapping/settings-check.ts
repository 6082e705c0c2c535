/**
 * The settings record (`Presence_Sync_Setting__mdt`), read with its defaults (records.ts) and checked against the
 * org's statuses and the softphone's catalogue: each status or state it names must exist, and a state the sync
 * sets must not be reserved.
 */
import { diagnostic, SETTINGS_RECORD } from './diagnostics';
import type { Catalogue, Statuses } from './lookups';
import { SettingField, readSettings, recordName, withoutNamespace, type SettingProblem } from './records';
import { formatState, stateParams } from './states';
import type { ConfigDiagnostic, SoftphoneState, SyncConfigurationInput, SyncSettings } from './types';

/** The settings record, defaulted and checked against the statuses and the catalogue it names. */
export function checkSettings(
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
