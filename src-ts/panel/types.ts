/**
 * The shapes of the panel room (src-ts/panel/): what the panel model reads (the runtime's view and what
 * the panel knows besides it) and what it gives the component (label keys and parameters). The panel
 * only looks the keys up in its Custom Labels (English and Spanish) and fills in the parameters.
 */
import type { Diagnostic } from '../engine/types';
import type { CatalogueEntry, SyncConfigurationInput } from '../mapping/types';

/** A line of text: a label key and the values for its {0}, {1} placeholders. */
export interface PanelText {
    key: string;
    params: string[];
    /** Values for named placeholders (`{omni}`, `{reason}`), as the decision details' labels use them. */
    named?: Readonly<Record<string, string>>;
    /** Several sentences said one after the other (one event's decisions in one row of the list); `key` unused. */
    parts?: readonly PanelText[];
}

/** A message under the headline: what happened, what it means, what to do. */
export interface PanelNotice extends PanelText {
    id: string;
    severity: 'error' | 'warning' | 'info';
    /** Information the agent may dismiss: the key its dismissal is remembered by (`PanelContext.dismissed`). */
    dismiss?: string;
}

/** One entry of the decisions list, in words. */
export interface PanelDecision {
    id: string;
    /** When the decision was made: milliseconds since the Unix epoch (wall clock), as the audit log keeps it. */
    at: number;
    /** The behaviour id (B1…B20) or the engine's bookkeeping id ('track', 'off'). */
    rule: string;
    /** The plain name of the rule (docs/behaviour.md). */
    ruleName: PanelText;
    /** What came in, as a sentence. */
    input: PanelText;
    /** What the sync did about it, as a sentence. */
    outcome: PanelText;
    /** Why, in detail (tooltip and exports): the label `Detail_<key>` with the decision's named values. */
    detail: PanelText;
    /** Who acted (src-ts/panel/actors.ts): you, a supervisor, the contact centre, Omni-Channel, the sync, … */
    actor: PanelText;
    /** A confirmation or an echo of the sync's own change: hidden in the list unless the agent shows them. */
    routine: boolean;
}

/** Rejected softphone messages of one reason (S1). */
export interface PanelRejection extends PanelText {
    reason: string;
    count: number;
}

/** How the headline looks: its icon and colour, and whether the utility item is highlighted (warning, error). */
export type PanelTone = 'success' | 'warning' | 'error' | 'info';

/** What the utility bar shows for a view, the utility open or closed (`panelUtility`, `panelModel`). */
export interface PanelUtility {
    utilityLabel: PanelText;
    /** A bare SLDS utility icon name for `lightning:utilityBarAPI` (no `utility:` prefix). */
    utilityIcon: 'sync' | 'warning' | 'error' | 'info';
    utilityHighlighted: boolean;
}

/** Everything the panel shows, as label keys and values; the component only words and lays it out. */
export interface PanelModel extends PanelUtility {
    /** Headline: how the sync is doing, or why this tab does not drive it. */
    headline: PanelText;
    tone: PanelTone;
    omni: PanelText;
    /** How the Omni-Channel widget shows the presence: a coloured dot. */
    omniDot: 'online' | 'busy' | 'offline' | 'unknown';
    softphone: PanelText;
    softphoneDot: 'online' | 'busy' | 'offline' | 'unknown';
    connection: PanelText;
    softphoneProduct: string | null;
    onInteraction: boolean;
    held: PanelText | null;
    /** The held change on one line ("Waiting: Lunch, after the call"); `held` is its sentence. */
    heldLine: PanelText | null;
    notices: PanelNotice[];
    decisions: PanelDecision[];
    /** The total of rejected softphone messages, or null when there are none. */
    rejected: PanelText | null;
    rejectedByReason: PanelRejection[];
    /** This tab may take over driving and the softphone ("Use this tab", B18). */
    canTakeOver: boolean;
    /** Where the softphone runs, for a tab that does not drive. */
    tabHint: PanelText | null;
    /** There is no softphone frame to show (no usable Softphone URL). */
    noSoftphone: PanelText | null;
    /** The softphone stopped answering: offer "Reload softphone" (connection.ts). */
    reloadSoftphone?: boolean;
}

// ─── The view as the runtime gives it ───────────────────────────────────────────────────────

/** A change held during an interaction (B11), as the runtime describes it. */
export interface HeldViewInput {
    towards: 'softphone' | 'omni';
    target:
        | { kind: 'status'; status: string }
        | { kind: 'offline' }
        | { kind: 'state'; state: string | { major: string; minor: string | null }; minor?: string | null }
        | { kind: 'loggedOut' };
    statusLabel: string | null;
}

/** A diagnostic with the keyed fields the engine adds (older engines give only code, subject, message). */
export type DiagnosticInput = Pick<Diagnostic, 'code' | 'severity' | 'subject' | 'message'> & {
    key?: string;
    params?: Readonly<Record<string, string>>;
    row?: string;
    field?: string;
};

/** A decision of the audit log, with the keyed fields the engine adds. */
export interface DecisionInput {
    seq: number;
    at: number;
    input: string;
    rule: string;
    outcome: string;
    detailKey?: string;
    detailParams?: Readonly<Record<string, string>>;
    /** The English detail an older version saved instead of `detailKey`. */
    detail?: string;
    commands: readonly string[];
    inputKind?: string;
    inputParams?: Readonly<Record<string, string>>;
    outcomeParams?: Readonly<Record<string, string>>;
}

/**
 * What the panel model reads from the runtime's `SyncView`. Structural, so that the panel works with
 * the view as it is and as it grows (`held` as words, `tabs`, `'noHandshake'`).
 */
export interface PanelViewInput {
    role: 'starting' | 'driver' | 'follower' | 'stopped';
    syncEnabled: boolean;
    health: 'ok' | 'attention' | 'error';
    omni: { presence: 'unknown' | 'offline' | 'online'; status: string | null; label: string | null };
    softphone: {
        bridge: string;
        presence: 'unknown' | 'loggedOut' | 'loggedIn';
        state: string | null;
        product: string | null;
        /** The softphone's version from its hello; absent in a view of an older version. */
        version?: string | null;
        onInteraction: boolean;
        /** Set while the bridge is `lost` (connection.ts): when (wall-clock ms) and the Disconnect Status, if any. */
        lost?: { at: number | null; disconnectStatus: string | null; disconnectLabel: string | null } | null;
    };
    held: string | HeldViewInput | null;
    /** Both sides logged in and their mapped states disagree (issue 21); absent in a view of an older version. */
    sidesDiffer?: boolean;
    tabs?: { coordination: 'ok' | 'unavailable'; softphoneHere: boolean; canTakeOver: boolean };
    diagnostics: readonly DiagnosticInput[];
    decisions: readonly DecisionInput[];
    rejectedMessages: number;
    rejectedByReason: Readonly<Record<string, number>>;
}

/** What the panel knows besides the view. */
export interface PanelContext {
    /** The user may see configuration problems in detail (the Presence_Sync_Configure permission). */
    canConfigure: boolean;
    /** Presence status API name (DeveloperName) → its label, from the configuration. */
    statusLabels?: Readonly<Record<string, string>>;
    /** Presence status API name → true when it is a busy status (no service channels). */
    busyStatuses?: Readonly<Record<string, boolean>>;
    /** The origin of the Softphone URL, named in the "did not connect" message. */
    softphoneOrigin?: string | null;
    /**
     * The mappings, settings and statuses as Apex serves them: the softphone dot reads from them which
     * states are busy (src-ts/panel/dots.ts). Without them only the settings' defaults are known.
     */
    configuration?: SyncConfigurationInput | null;
    /** The softphone's state catalogue from its handshake, when known: its reserved states show busy. */
    catalogue?: readonly CatalogueEntry[] | null;
    /** The softphone's current state as the view words it (set by `panelModel` itself). */
    softphoneState?: string | null;
    /** Omni-Channel's current status API name, when online (set by `panelModel` itself). */
    omniStatus?: string | null;
    /** A wall-clock time (ms since the Unix epoch) as hours and minutes in the user's locale (connection.ts). */
    timeOf?: (at: number) => string;
    /** The softphone's name from its handshake, when known (set by `panelModel` itself). */
    softphoneProduct?: string | null;
    /** The dismiss keys of the notices the agent dismissed this session (`PanelNotice.dismiss`). */
    dismissed?: readonly string[];
}
