/**
 * The configurations of the hostile worlds (src-ts/test-support/hostile-world.ts) and an
 * independent reading of their mapping records: what a person who reads the records expects each
 * side to become. It does not use the engine's mapping compiler, so a fault there is not hidden
 * from the properties that use it.
 */
import defaultsJson from './package-defaults.generated.json';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState } from '../mapping/types';

/** A world's configuration: mapping records, the setting record, the org's statuses and the softphone's catalogue. */
export interface HostileConfig {
    name: string;
    mappings: Record<string, unknown>[];
    settings: Record<string, unknown>;
    statuses: PresenceStatusInfo[];
    catalogue: CatalogueEntry[];
}

const defaults = defaultsJson as unknown as Omit<HostileConfig, 'name'>;

/** The shipped sample records and the default setting record, with `settings` changed. */
export function shippedConfig(settings: Record<string, unknown> = {}): HostileConfig {
    return {
        name: 'shipped',
        mappings: defaults.mappings.map((row) => ({ ...row })),
        settings: { ...defaults.settings, ...settings },
        statuses: defaults.statuses.map((status) => ({ ...status })),
        catalogue: defaults.catalogue.map((entry) => ({ ...entry }))
    };
}

const row = (name: string, direction: string, status: string, state: string | null, busy = false) => ({
    DeveloperName: name,
    MasterLabel: name,
    Action__c: 'Map',
    Active__c: true,
    Busy__c: busy,
    Direction__c: direction,
    Presence_Status__c: status,
    Softphone_State__c: state,
    Softphone_Minor_State__c: null
});

/**
 * A Talkdesk-like setup (the vendor's Omni-Channel guide in the shared seeds): two Omni away
 * statuses, "Lunch break" and "Away from desk", both map to the softphone's Away; the softphone's
 * Away maps back to "Away from desk" only; After Call Work is a busy status (the Busy box).
 */
export function talkdeskConfig(settings: Record<string, unknown> = {}): HostileConfig {
    const status = (n: number, developerName: string, label: string, hasChannels: boolean): PresenceStatusInfo => ({
        id: `0N5TALK0000000${n}`,
        developerName,
        label,
        hasChannels
    });
    return {
        name: 'talkdesk',
        statuses: [
            status(1, 'Available', 'Available', true),
            status(2, 'Lunch_break', 'Lunch break', false),
            status(3, 'Away_from_desk', 'Away from desk', false),
            status(4, 'After_Call_Work', 'After Call Work', false),
            status(5, 'On_a_Call', 'On a Call', false)
        ],
        catalogue: [
            { major: 'Ready', label: 'Ready' },
            { major: 'Away', label: 'Away' },
            { major: 'Busy Inbound', reserved: true, label: 'Busy Inbound' },
            { major: 'Wrap', reserved: true, label: 'Wrap' }
        ],
        mappings: [
            row('TD_Omni_Available', 'OmniToSoftphone', 'Available', 'Ready'),
            row('TD_Omni_Lunch_break', 'OmniToSoftphone', 'Lunch_break', 'Away'),
            row('TD_Omni_Away_from_desk', 'OmniToSoftphone', 'Away_from_desk', 'Away'),
            row('TD_Omni_After_Call_Work', 'OmniToSoftphone', 'After_Call_Work', null, true),
            row('TD_Omni_On_a_Call', 'OmniToSoftphone', 'On_a_Call', null, true),
            row('TD_Softphone_Ready', 'SoftphoneToOmni', 'Available', 'Ready'),
            row('TD_Softphone_Away', 'SoftphoneToOmni', 'Away_from_desk', 'Away'),
            row('TD_Softphone_Busy', 'SoftphoneToOmni', 'On_a_Call', 'Busy Inbound'),
            row('TD_Softphone_Wrap', 'SoftphoneToOmni', 'After_Call_Work', 'Wrap')
        ],
        settings: { ...defaults.settings, Work_Accepted_State__c: 'Busy Inbound', ...settings }
    };
}

const active = (r: Record<string, unknown>) => r.Active__c !== false;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The softphone state an Omni status maps to by the records (B2, B9), or null when the records say "no change". */
export function omniToSoftphone(config: HostileConfig, status: string): SoftphoneState | null {
    const s = config.settings;
    const ready: SoftphoneState = { major: text(s.Ready_State__c) ?? 'Ready', minor: null };
    const busy: SoftphoneState = {
        major: text(s.Busy_Fallback_State__c) ?? ready.major,
        minor: text(s.Busy_Fallback_Minor_State__c)
    };
    const rule = config.mappings.find(
        (r) => active(r) && r.Direction__c === 'OmniToSoftphone' && r.Presence_Status__c === status
    );
    if (rule !== undefined) {
        if (rule.Action__c === 'NoChange') return null;
        const major = text(rule.Softphone_State__c);
        // A state the softphone's catalogue marks reserved is never a target: the busy fallback instead (B6).
        if (major !== null)
            return isReserved(config, { major, minor: null })
                ? busy
                : { major, minor: text(rule.Softphone_Minor_State__c) };
        return rule.Busy__c === true ? busy : ready;
    }
    const action = text(s.Unmapped_Status_Action__c) ?? 'ByStatusType';
    if (action === 'NoChange') return null;
    if (action === 'ReadyState') return ready;
    return config.statuses.find((x) => x.developerName === status)?.hasChannels === true ? ready : busy;
}

/** The Omni status (or 'offline') a softphone state maps to by the records (B1, B9), or null for "no change". */
export function softphoneToOmni(config: HostileConfig, state: SoftphoneState): string | null {
    const rows = config.mappings.filter(
        (r) => active(r) && r.Direction__c === 'SoftphoneToOmni' && r.Softphone_State__c === state.major
    );
    const rule =
        rows.find((r) => text(r.Softphone_Minor_State__c) === state.minor) ??
        rows.find((r) => text(r.Softphone_Minor_State__c) === null);
    if (rule === undefined) return text(config.settings.Unmapped_State_Status__c);
    if (rule.Action__c === 'NoChange') return null;
    if (rule.Action__c === 'LogOutOfOmni') return 'offline';
    return text(rule.Presence_Status__c);
}

/** Whether a softphone state is reserved (the contact centre's own: on a call, wrap). */
export function isReserved(config: HostileConfig, state: SoftphoneState): boolean {
    return config.catalogue.some((entry) => entry.major === state.major && entry.reserved === true);
}

/** Same major and minor state. */
export const sameState = (a: SoftphoneState, b: SoftphoneState) =>
    a.major === b.major && (a.minor ?? null) === (b.minor ?? null);

/**
 * Whether the softphone's state is where a status's mapped state asks it to be: the same state, or
 * the mapped state names no minor state and the softphone's minor state of that major state maps
 * back (softphone → Omni) as the major state alone does. That is the contract's B13 decision
 * (docs/behaviour.md, "Sides that already agree": a target Away is met by Away / Training when that
 * state maps back as Away does, and not by Away / Lunch, which maps back to Lunch); the engine sends
 * no command then, so demanding the bare major state would demand what the contract rules out.
 */
function meets(config: HostileConfig, down: SoftphoneState, state: SoftphoneState): boolean {
    if (sameState(down, state)) return true;
    if (down.minor !== null || state.minor === null || down.major !== state.major) return false;
    return softphoneToOmni(config, state) === softphoneToOmni(config, down);
}

/**
 * Whether an Omni status and a softphone state agree by the mapping in at least one direction
 * (many statuses may map to one state and many states to one status; a mapped state without a minor
 * state is met as `meets` says), or the records ask nothing of them ("no change" both ways).
 */
export function agree(config: HostileConfig, status: string, state: SoftphoneState): boolean {
    const down = omniToSoftphone(config, status);
    const up = softphoneToOmni(config, state);
    if (down !== null && meets(config, down, state)) return true;
    if (up !== null && up === status) return true;
    return down === null && up === null;
}
