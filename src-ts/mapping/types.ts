/** A softphone agent state: a major state (category) and an optional minor state (sub-category). */
export interface SoftphoneState {
    major: string;
    minor: string | null;
}

/** One entry of the softphone's state catalogue, as it announces it in the bridge handshake. */
export interface CatalogueEntry {
    major: string;
    minor?: string | null;
    /** Set by the contact centre (on a call, wrap); the agent cannot select it. */
    reserved?: boolean;
    label?: string;
}

/** An Omni-Channel presence status as the Apex controller serves it. */
export interface PresenceStatusInfo {
    /** 15-character ServicePresenceStatus id, as the toolkit expects. */
    id: string;
    developerName: string;
    label: string;
    /** A status with service channels is "online"; one without is busy/away. */
    hasChannels: boolean;
}

/** `Startup_Authority__c`: which side wins on console load and softphone reconnect (B15). */
export type StartupAuthority = 'Softphone' | 'Omni' | 'MostRecent';
/** `Unmapped_Status_Action__c`: what an Omni status without a mapping row does to the softphone (B9). */
export type UnmappedStatusAction = 'NoChange' | 'ReadyState' | 'ByStatusType';
/** Which interactions B10's revert follows: inbound ones (Vonage) or every call (Talkdesk). */
export type RevertScope = 'Inbound' | 'EveryCall';

/** The package settings (Presence_Sync_Setting__mdt), normalised and defaulted. */
export interface SyncSettings {
    syncEnabled: boolean;
    /** `Softphone_Url__c`: https (or http on a loopback host) only; null for none or a refused one. */
    softphoneUrl: string | null;
    /** `Softphone_Camera__c`: the softphone frame may ask for the camera (it may always ask for the microphone). */
    softphoneCamera: boolean;
    allowedOrigins: string[];
    startupAuthority: StartupAuthority;
    loginOmniOnSoftphoneLogin: boolean;
    loginStatus: string | null;
    logoutOmniOnSoftphoneLogout: boolean;
    logoutSoftphoneOnOmniLogout: boolean;
    readyState: SoftphoneState;
    busyFallbackState: SoftphoneState;
    unmappedStateStatus: string | null;
    unmappedStatusAction: UnmappedStatusAction;
    revertAfterInbound: boolean;
    revertScope: RevertScope;
    holdDuringInteraction: boolean;
    workAcceptedState: SoftphoneState | null;
    capacityThresholdPercent: number | null;
    capacityBusyState: SoftphoneState | null;
    disconnectStatus: string | null;
    forwardWorkItems: boolean;
    retryLimit: number;
    commandTimeoutMs: number;
    auditLogSize: number;
    /** `Report_Sync_Health__c`: the driving tab reports the sync's condition to the org when it changes (issue 24). */
    reportSyncHealth: boolean;
}

/** What a softphone state maps to on the Omni side (B1, B6, B9). */
export type OmniOutcome =
    | { kind: 'status'; status: string; record: string | null }
    | { kind: 'logout'; record: string }
    | { kind: 'noChange'; record: string | null }
    | { kind: 'unmapped' };

/** What an Omni status maps to on the softphone side (B2, B6, B9). */
export type SoftphoneOutcome =
    | { kind: 'state'; state: SoftphoneState; record: string | null; via: 'row' | 'busyFlag' | 'fallback' }
    | { kind: 'noChange'; record: string | null }
    | { kind: 'unmapped' };

/** The kind of a configuration problem found while compiling the records (B9). */
export type ConfigProblem =
    | 'blank-field'
    | 'bad-value'
    | 'duplicate-row'
    | 'contradictory-rows'
    | 'unknown-status'
    | 'unknown-state'
    | 'reserved-target'
    | 'major-state-unmapped'
    | 'unmapped-status'
    | 'bad-setting'
    | 'missing-settings';

/** A problem in the admin's configuration, naming the record so it can be fixed in Setup. */
export interface ConfigDiagnostic {
    problem: ConfigProblem;
    /** DeveloperName of the custom metadata record at fault (or the state/status named). */
    record: string;
    field: string | null;
    message: string;
    /** Named values for the panel's and the setup page's wording (see the engine's `Diagnostic.params`). */
    params: Record<string, string>;
}

/** The raw configuration, exactly as the Apex method serves it. */
export interface SyncConfigurationInput {
    /** Presence_Mapping__mdt records keyed by field API name (namespace prefix allowed). */
    mappings: ReadonlyArray<Record<string, unknown>>;
    /** The Presence_Sync_Setting__mdt record in force, or null for the defaults. */
    settings: Record<string, unknown> | null;
    statuses: ReadonlyArray<PresenceStatusInfo>;
}
