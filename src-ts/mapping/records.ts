/**
 * The package's custom metadata records, read exactly as the Apex controller serves them:
 * plain objects keyed by field API name. In a subscriber org the keys carry the package
 * namespace (`ns__Direction__c`); everything here works with and without it.
 */
import type { RevertScope, SoftphoneState, StartupAuthority, SyncSettings, UnmappedStatusAction } from './types';

/** Fields of Presence_Mapping__mdt. */
export const MappingField = {
    direction: 'Direction__c',
    softphoneState: 'Softphone_State__c',
    softphoneMinorState: 'Softphone_Minor_State__c',
    presenceStatus: 'Presence_Status__c',
    action: 'Action__c',
    busy: 'Busy__c',
    active: 'Active__c'
} as const;

/** Fields of Presence_Sync_Setting__mdt. */
export const SettingField = {
    syncEnabled: 'Sync_Enabled__c',
    softphoneUrl: 'Softphone_Url__c',
    softphoneCamera: 'Softphone_Camera__c',
    allowedOrigins: 'Allowed_Origins__c',
    startupAuthority: 'Startup_Authority__c',
    loginOmniOnSoftphoneLogin: 'Login_Omni_On_Softphone_Login__c',
    loginStatus: 'Login_Status__c',
    logoutOmniOnSoftphoneLogout: 'Logout_Omni_On_Softphone_Logout__c',
    logoutSoftphoneOnOmniLogout: 'Logout_Softphone_On_Omni_Logout__c',
    readyState: 'Ready_State__c',
    busyFallbackState: 'Busy_Fallback_State__c',
    busyFallbackMinorState: 'Busy_Fallback_Minor_State__c',
    unmappedStateStatus: 'Unmapped_State_Status__c',
    unmappedStatusAction: 'Unmapped_Status_Action__c',
    revertAfterInbound: 'Revert_After_Inbound__c',
    revertScope: 'Revert_Scope__c',
    holdDuringInteraction: 'Hold_During_Interaction__c',
    workAcceptedState: 'Work_Accepted_State__c',
    workAcceptedMinorState: 'Work_Accepted_Minor_State__c',
    capacityThresholdPercent: 'Capacity_Threshold_Percent__c',
    capacityBusyState: 'Capacity_Busy_State__c',
    capacityBusyMinorState: 'Capacity_Busy_Minor_State__c',
    disconnectStatus: 'Disconnect_Status__c',
    forwardWorkItems: 'Forward_Work_Items__c',
    retryLimit: 'Command_Retry_Limit__c',
    commandTimeoutSeconds: 'Command_Timeout_Seconds__c',
    auditLogSize: 'Audit_Log_Size__c'
} as const;

/** The values of `Presence_Mapping__mdt.Direction__c`: which way a mapping row goes. */
export const MappingDirection = { softphoneToOmni: 'SoftphoneToOmni', omniToSoftphone: 'OmniToSoftphone' } as const;
/** The values of `Presence_Mapping__mdt.Action__c`: map, leave unchanged, or log out of Omni-Channel. */
export const MappingAction = { map: 'Map', noChange: 'NoChange', logOutOfOmni: 'LogOutOfOmni' } as const;

const NAMESPACED_FIELD = /^[A-Za-z][A-Za-z0-9]*__([A-Za-z][A-Za-z0-9_]*__c)$/;

/**
 * A record with every field key stripped of its namespace prefix, and the standard
 * fields (DeveloperName, MasterLabel) kept as they are.
 */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** The record with each field key's namespace prefix removed (`ns__Field__c` → `Field__c`), so a packaged org and a source org read alike. */
export function withoutNamespace(record: Readonly<Record<string, unknown>>): PlainRecord {
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
        const match = NAMESPACED_FIELD.exec(key);
        plain[match?.[1] ?? key] = value;
    }
    return plain;
}

/** Trimmed text, or null for blank, missing or non-text values. */
export function text(record: PlainRecord, field: string): string | null {
    const value = record[field];
    if (typeof value !== 'string') return null;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
}

/** A checkbox field: a boolean or 'true'/'false' as served; `fallback` when blank or anything else. */
export function flag(record: PlainRecord, field: string, fallback: boolean): boolean {
    const value = record[field];
    if (typeof value === 'boolean') return value;
    if (value === 'true') return true;
    if (value === 'false') return false;
    return fallback;
}

/** A number field: a finite number or numeric string as served; null when blank or not a number. */
export function numberValue(record: PlainRecord, field: string): number | null {
    const value = record[field];
    const parsed =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(parsed) ? parsed : null;
}

/** How diagnostics name a record: its DeveloperName, else its MasterLabel, else `row <n>` (1-based). */
export function recordName(record: PlainRecord, index: number): string {
    return text(record, 'DeveloperName') ?? text(record, 'MasterLabel') ?? `row ${index + 1}`;
}

/** A softphone state from a major and minor field, or null when the major is blank. */
export function stateOf(major: string | null, minor: string | null): SoftphoneState | null {
    return major === null ? null : { major, minor };
}

/** A bad value in the settings record: the field's API name, what is wrong, and the value. */
export interface SettingProblem {
    field: string;
    message: string;
    /** The value at fault, as the admin typed it. */
    value?: string;
    /** Why, where the panel and the Setup page word it apart: `insecure`, an http: address (see `frameOriginOf`). */
    reason?: 'insecure';
}

const AUTHORITIES: readonly StartupAuthority[] = ['Softphone', 'Omni', 'MostRecent'];
const UNMAPPED_STATUS_ACTIONS: readonly UnmappedStatusAction[] = ['NoChange', 'ReadyState', 'ByStatusType'];
const REVERT_SCOPES: readonly RevertScope[] = ['Inbound', 'EveryCall'];

function pick<T extends string>(
    record: PlainRecord,
    field: string,
    allowed: readonly T[],
    fallback: T,
    problems: SettingProblem[]
): T {
    const value = text(record, field);
    if (value === null) return fallback;
    const found = allowed.find((option) => option === value);
    if (found === undefined) {
        problems.push({ field, value, message: `"${value}" is not one of ${allowed.join(', ')}; using ${fallback}` });
        return fallback;
    }
    return found;
}

function bounded(
    record: PlainRecord,
    field: string,
    min: number,
    max: number,
    fallback: number,
    problems: SettingProblem[]
): number {
    const value = numberValue(record, field);
    if (value === null) {
        if (record[field] !== undefined && record[field] !== null) {
            problems.push({ field, value: JSON.stringify(record[field]), message: `not a number; using ${fallback}` });
        }
        return fallback;
    }
    if (value < min || value > max || !Number.isInteger(value)) {
        problems.push({ field, value: String(value), message: `${value} is outside ${min}–${max}; using ${fallback}` });
        return fallback;
    }
    return value;
}

/**
 * Normalises the origins an admin typed (space, comma or newline separated) to exact origins, keeping
 * only those the frame may talk to (`frameOriginOf`: https, or http on this machine).
 */
export function parseOrigins(value: string | null, softphoneUrl: string | null, problems: SettingProblem[]): string[] {
    const origins = new Set<string>();
    const candidates = value === null ? [] : value.split(/[\s,;]+/).filter((part) => part !== '');
    for (const candidate of candidates) {
        const origin = frameOriginOf(candidate);
        if (origin === null) problems.push(urlProblem(SettingField.allowedOrigins, candidate));
        else origins.add(origin);
    }
    const fallback = softphoneUrl === null || origins.size > 0 ? null : frameOriginOf(softphoneUrl);
    if (fallback !== null) origins.add(fallback);
    return [...origins];
}

/** A Softphone URL or allowed origin that `frameOriginOf` refuses: an http: one apart (`insecure`). */
function urlProblem(field: string, value: string): SettingProblem {
    return originOf(value) === null
        ? { field, value, message: 'not https; ignored' }
        : { field, value, message: 'http is for localhost only; ignored', reason: 'insecure' };
}

/**
 * The origin of a Softphone URL or allowed origin the softphone frame may load and exchange messages
 * with, or null: https only, so that the page the agent's microphone is given to, and the bridge's
 * messages, cannot be read or changed on the network. One exception, for testing on the agent's own
 * machine: http on a loopback host (`localhost`, `127.x.x.x`, `[::1]`), which never leaves the machine
 * and which browsers treat as a secure context ("potentially trustworthy", W3C Secure Contexts §3.2,
 * https://www.w3.org/TR/secure-contexts/#is-origin-trustworthy); the console simulator serves its
 * softphone there.
 */
export function frameOriginOf(url: string): string | null {
    const origin = originOf(url) ?? '';
    return /^(https:|http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$)/.test(origin) ? origin : null;
}

/**
 * The origin (`scheme://host[:port]`, lower-case, default port dropped) of an http(s) URL, or null
 * for anything else (other schemes, user info, wildcards, blanks).
 */
export function originOf(url: string): string | null {
    const match = /^(https?):\/\/([^/?#\s*]+)(?:[/?#]|$)/i.exec(url.trim());
    if (match === null) return null;
    const scheme = (match[1] ?? '').toLowerCase();
    const host = (match[2] ?? '').toLowerCase();
    if (host.includes('@') || host === '') return null;
    const withoutDefaultPort = host.replace(scheme === 'https' ? /:443$/ : /:80$/, '');
    return `${scheme}://${withoutDefaultPort}`;
}

/** Reads the settings record (or its absence) into defaulted, validated settings. */
export function readSettings(raw: Readonly<Record<string, unknown>> | null, problems: SettingProblem[]): SyncSettings {
    const record = withoutNamespace(raw ?? {});
    const state = (majorField: string, minorField: string | null, fallback: SoftphoneState | null) => {
        const major = text(record, majorField);
        if (major === null) return fallback;
        return { major, minor: minorField === null ? null : text(record, minorField) };
    };
    const softphoneUrl = text(record, SettingField.softphoneUrl);
    const frameUrl = softphoneUrl !== null && frameOriginOf(softphoneUrl) !== null ? softphoneUrl : null;
    if (softphoneUrl !== null && frameUrl === null) problems.push(urlProblem(SettingField.softphoneUrl, softphoneUrl));
    const threshold = numberValue(record, SettingField.capacityThresholdPercent);
    let capacityThresholdPercent: number | null = threshold;
    if (threshold !== null && (threshold <= 0 || threshold > 100)) {
        problems.push({
            field: SettingField.capacityThresholdPercent,
            value: String(threshold),
            message: `${threshold} is outside 1–100; the capacity rule is off`
        });
        capacityThresholdPercent = null;
    }
    return {
        syncEnabled: flag(record, SettingField.syncEnabled, true),
        softphoneUrl: frameUrl,
        softphoneCamera: flag(record, SettingField.softphoneCamera, false),
        allowedOrigins: parseOrigins(text(record, SettingField.allowedOrigins), softphoneUrl, problems),
        startupAuthority: pick(record, SettingField.startupAuthority, AUTHORITIES, 'Softphone', problems),
        loginOmniOnSoftphoneLogin: flag(record, SettingField.loginOmniOnSoftphoneLogin, true),
        loginStatus: text(record, SettingField.loginStatus),
        logoutOmniOnSoftphoneLogout: flag(record, SettingField.logoutOmniOnSoftphoneLogout, true),
        logoutSoftphoneOnOmniLogout: flag(record, SettingField.logoutSoftphoneOnOmniLogout, true),
        readyState: state(SettingField.readyState, null, null) ?? { major: 'Ready', minor: null },
        busyFallbackState: state(SettingField.busyFallbackState, SettingField.busyFallbackMinorState, null) ?? {
            major: 'Away',
            minor: null
        },
        unmappedStateStatus: text(record, SettingField.unmappedStateStatus),
        unmappedStatusAction: pick(
            record,
            SettingField.unmappedStatusAction,
            UNMAPPED_STATUS_ACTIONS,
            'ByStatusType',
            problems
        ),
        revertAfterInbound: flag(record, SettingField.revertAfterInbound, false),
        revertScope: pick(record, SettingField.revertScope, REVERT_SCOPES, 'Inbound', problems),
        holdDuringInteraction: flag(record, SettingField.holdDuringInteraction, true),
        workAcceptedState: state(SettingField.workAcceptedState, SettingField.workAcceptedMinorState, null),
        capacityThresholdPercent,
        capacityBusyState: state(SettingField.capacityBusyState, SettingField.capacityBusyMinorState, null),
        disconnectStatus: text(record, SettingField.disconnectStatus),
        forwardWorkItems: flag(record, SettingField.forwardWorkItems, true),
        retryLimit: bounded(record, SettingField.retryLimit, 0, 10, 3, problems),
        commandTimeoutMs: bounded(record, SettingField.commandTimeoutSeconds, 1, 120, 10, problems) * 1000,
        auditLogSize: bounded(record, SettingField.auditLogSize, 10, 5000, 200, problems)
    };
}
