/**
 * What the rows leave unmapped, named at load: a major state of the catalogue with no SoftphoneToOmni row (VCC's
 * rule), and a status of the org with no OmniToSoftphone row with the default that applies instead (B2, B9).
 */
import { diagnostic, MAPPING_TYPE, type Candidate } from './diagnostics';
import { MappingField } from './records';
import { fold, formatState, stateKey } from './states';
import type {
    CatalogueEntry,
    ConfigDiagnostic,
    OmniOutcome,
    PresenceStatusInfo,
    SoftphoneState,
    SyncSettings
} from './types';

/** VCC's rule: every major state needs a mapping; minor states fall back to it. */
export function reportUnmappedMajors(
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
export function unmappedStatusDefault(
    settings: SyncSettings,
    status: PresenceStatusInfo | null
): SoftphoneState | null {
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
export function reportUnmappedStatuses(
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
