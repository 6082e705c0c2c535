/**
 * Every notice the engine reports, in ONE typed table that the engine and the panel both read: its key (the
 * engine's `DiagnosticKey`), its code (`DiagnosticCode`, what `addNotice` raises; `config` for a problem only the
 * mapping compiler reports), its severity, the label keys that word it (English in CustomLabels.labels-meta.xml,
 * Spanish in es.translation-meta.xml), what the panel does with it (its action) and how the panel says it.
 *
 * The engine's `DiagnosticCode` and `DiagnosticKey` types, its code → key map (`NOTICE_KEYS`) and its severities
 * (`noticeSeverity`) are derived from the table, so a new notice is one row here. The panel adds its own notices to
 * it (src-ts/panel/notice-table.ts); src-ts/panel/notices.test.ts fails when a row's wording lacks its English or
 * Spanish. This module imports nothing of the engine's or the panel's, so both may import it.
 */

/** How serious a notice is, as the engine reports it and the panel shows it. */
export type NoticeSeverity = 'error' | 'warning' | 'info';

/**
 * The label keys a notice is worded with: a running notice (`Notice_…`), a configuration problem (`Config_…`),
 * or the headline that says it instead (`Headline_…`).
 */
export type NoticeLabel = `Notice_${string}` | `Config_${string}` | `Headline_${string}`;

/**
 * What the panel does with a notice:
 * - `show`: shown for as long as the engine reports it;
 * - `whileInState`: shown only while the softphone is in the state it names (once left, there is nothing to do);
 * - `untilSidesAgree`: dropped once the side is where the refused change wanted it (the agent set it, or a
 *   retry went through);
 * - `unlessSoftphoneLoading`: not shown while the softphone page loads, never answered, is refused or is not
 *   configured (the headline and the "did not connect" notice already say it);
 * - `headline`: said by the headline or the held box, never as a notice;
 * - `configuration`: a problem of the admin's configuration, named in detail to admins (config-notices.ts) and
 *   counted for agents;
 * - `panel`: raised by the panel itself from the view (the softphone's handshake, the tabs), not by the engine.
 */
export type NoticeAction =
    'show' | 'whileInState' | 'untilSidesAgree' | 'unlessSoftphoneLoading' | 'headline' | 'configuration' | 'panel';

/** A label and the values of its {0}, {1} placeholders. */
export type NoticeWords = readonly [NoticeLabel, ...string[]];

/** What a row's `say` reads of a diagnostic (the panel's `DiagnosticInput` is one). */
export interface NoticeInput {
    code: string;
    key?: string;
    severity: NoticeSeverity;
    subject: string;
    message: string;
    params?: Readonly<Record<string, string>>;
}

/** What a row's `say` reads besides the diagnostic (the panel's `PanelContext` is one). */
export interface NoticeContext {
    /** Presence status API name → its label, from the configuration. */
    statusLabels?: Readonly<Record<string, string>>;
    /** The softphone's name from its handshake ("Vonage ContactPad"), when known: a refusal names who refused. */
    softphoneProduct?: string | null;
    /** The softphone's state now ("Ready", "Away / Lunch"), null when logged out: a refusal says where it stayed. */
    softphoneState?: string | null;
}

/** One row of the table. */
export interface NoticeRow {
    /**
     * How serious: for a running notice, the severity of the engine's diagnostic; `reported` keeps the severity the
     * diagnostic has (configuration problems, whose severity is their problem's, and unknown codes).
     */
    severity: NoticeSeverity | 'reported';
    /** The panel shows the notice at another severity than the engine reports (the health verdict reads the latter). */
    shownAs?: NoticeSeverity;
    /** Every label that words it; the first is the usual one. */
    wording: readonly NoticeLabel[];
    action: NoticeAction;
    /**
     * Information the agent may dismiss: it is then not shown again this session until it changes (the panel
     * remembers the dismissal; src-ts/panel/notices.ts `dismissKey`).
     */
    dismissible?: boolean;
    /** Words a running notice: one of `wording` and its values. Configuration problems are worded by config-notices.ts. */
    say?: (diagnostic: NoticeInput, context: NoticeContext) => NoticeWords;
}

/** A row of the engine's: the code it raises it by (`addNotice`), or `config` for the mapping compiler's only. */
export interface EngineNoticeRow extends NoticeRow {
    code: string;
}

/** A notice's softphone state in words: `Away / Lunch`. */
export const stateOf = (d: NoticeInput): string => {
    const p = d.params ?? {};
    return p.state ? (p.minor ? `${p.state} / ${p.minor}` : p.state) : d.subject;
};
/** A notice's Omni status by its label. */
export const statusOf = (d: NoticeInput, context: NoticeContext): string => {
    const status = d.params?.status ?? d.subject;
    return d.params?.statusLabel ?? context.statusLabels?.[status] ?? status;
};
const config = <L extends NoticeLabel>(...wording: L[]) =>
    ({ code: 'config', severity: 'reported', wording, action: 'configuration' }) as const;

/** Which side a refused command was for. */
export function commandSide(d: NoticeInput): 'omni' | 'softphone' {
    return d.params?.side === 'omni' || (d.params?.side === undefined && d.subject === 'omni') ? 'omni' : 'softphone';
}

/** The engine's notices, by `DiagnosticKey`. A row is all the engine needs: its code and key types derive from it. */
export const ENGINE_NOTICES = {
    // ── Found while running (raised by `addNotice` in the module of its concern) ──
    unmappedState: {
        code: 'unmapped-state',
        severity: 'warning',
        wording: ['Notice_unmapped_state', 'Config_unmappedMajorState'],
        action: 'whileInState',
        say: (d) => ['Notice_unmapped_state', stateOf(d)]
    },
    unmappedStatus: {
        code: 'unmapped-status',
        severity: 'warning',
        wording: ['Notice_unmapped_status', 'Config_unmappedStatus', 'Config_unmappedStatus_unchanged'],
        action: 'show',
        say: (d, context) => ['Notice_unmapped_status', statusOf(d, context)]
    },
    softphoneDisconnected: {
        code: 'softphone-disconnected',
        severity: 'warning',
        wording: ['Notice_softphone_disconnected'],
        action: 'unlessSoftphoneLoading',
        say: () => ['Notice_softphone_disconnected']
    },
    omniConnectionError: {
        code: 'omni-connection-error',
        severity: 'error',
        wording: ['Notice_omni_connection_error'],
        action: 'show',
        say: () => ['Notice_omni_connection_error']
    },
    commandFailed: {
        code: 'command-failed',
        severity: 'error',
        wording: [
            'Notice_command_failed',
            'Notice_command_failed_omni',
            'Notice_command_failed_vendor',
            'Notice_command_failed_omni_vendor',
            'Notice_picked_not_applied',
            'Notice_picked_not_applied_vendor',
            'Notice_work_failed_omni',
            'Notice_work_failed_softphone'
        ],
        // Worded by the panel room (src-ts/panel/refusals.ts, `commandFailedWords`), which sets this row's `say`:
        // its words stay out of the console's module.
        action: 'untilSidesAgree'
    },
    omniHandover: {
        code: 'omni-handover',
        severity: 'info',
        wording: ['Notice_omni_handover'],
        action: 'show',
        say: () => ['Notice_omni_handover']
    },
    omniMaintenance: {
        code: 'omni-maintenance',
        severity: 'info',
        wording: ['Notice_omni_maintenance'],
        action: 'show',
        say: () => ['Notice_omni_maintenance']
    },
    omniSupervisorLogout: {
        code: 'omni-supervisor-logout',
        severity: 'info',
        wording: ['Notice_omni_supervisor_logout'],
        action: 'show',
        say: () => ['Notice_omni_supervisor_logout']
    },
    heldDropped: {
        code: 'held-dropped',
        severity: 'warning',
        wording: ['Notice_held_dropped_old', 'Notice_held_dropped_status', 'Notice_held_dropped_logged_out'],
        action: 'show',
        say: (d, context) =>
            d.params?.reason === 'unknown-status'
                ? ['Notice_held_dropped_status', statusOf(d, context)]
                : d.params?.reason === 'logged-out'
                  ? ['Notice_held_dropped_logged_out', statusOf(d, context)]
                  : ['Notice_held_dropped_old', statusOf(d, context), d.params?.hours ?? '']
    },
    omniStaysOffline: {
        code: 'omni-stays-offline',
        severity: 'warning',
        shownAs: 'info',
        wording: ['Notice_omni_stays_offline'],
        action: 'show',
        say: () => ['Notice_omni_stays_offline']
    },
    // The softphone is logged out while Omni-Channel is online, and the sync cannot log a softphone in: a logout of
    // the sync's landed after a newer choice wanted it online (`late`), or start-up cannot tell which came last.
    softphoneStaysLoggedOut: {
        code: 'softphone-stays-logged-out',
        severity: 'warning',
        wording: ['Notice_softphone_stays_logged_out', 'Notice_softphone_stays_logged_out_start'],
        action: 'show',
        say: (d) =>
            d.params?.reason === 'late'
                ? ['Notice_softphone_stays_logged_out']
                : ['Notice_softphone_stays_logged_out_start']
    },
    stateNotSaved: {
        code: 'state-not-saved',
        severity: 'warning',
        wording: ['Notice_state_not_saved', 'Notice_storage_full'],
        action: 'show',
        // Storage full for the state and the decisions alike: said once, with how many decisions were not kept.
        say: (d) =>
            d.params?.notKept !== undefined
                ? ['Notice_storage_full', d.params.notKept]
                : ['Notice_state_not_saved', d.params?.reason ?? d.message]
    },
    // Raised by the runtime from its storage (src-ts/runtime/saved-state.ts `storageDiagnostics`), said once.
    auditNotKept: {
        code: 'audit-not-kept',
        severity: 'info',
        wording: ['Notice_audit_not_kept'],
        action: 'show',
        dismissible: true,
        say: (d) => ['Notice_audit_not_kept', d.params?.count ?? '']
    },
    auditCorrupted: {
        code: 'audit-corrupted',
        severity: 'info',
        wording: ['Notice_audit_corrupted'],
        action: 'show',
        dismissible: true,
        say: (d) => ['Notice_audit_corrupted', d.params?.count ?? '']
    },
    noLoginStatus: {
        code: 'no-login-status',
        severity: 'warning',
        wording: ['Notice_no_login_status'],
        action: 'show',
        say: (d) => ['Notice_no_login_status', d.params?.state ?? d.subject]
    },
    reservedTarget: {
        code: 'reserved-target',
        severity: 'warning',
        wording: ['Notice_reserved_target', 'Config_reservedTarget'],
        action: 'show',
        say: (d) => ['Notice_reserved_target', d.params?.state ?? d.subject]
    },
    // The headline says it; the panel shows this label under it.
    syncOff: { code: 'sync-disabled', severity: 'warning', wording: ['Notice_sync_disabled'], action: 'headline' },
    heldChange: {
        code: 'held-change',
        severity: 'warning',
        wording: ['Headline_Held', 'Headline_Held_Named', 'Headline_Held_Logout'],
        action: 'headline'
    },
    // ── Configuration problems (the mapping compiler's, src-ts/mapping/compile.ts; worded by config-notices.ts;
    //    their severity is their problem's, `configSeverity` in engine.ts) ──
    blankField: config('Config_blankField'),
    badValue: config('Config_badValue'),
    duplicateRow: config('Config_duplicateRow'),
    contradictoryRows: config('Config_contradictoryRows'),
    unknownStatus: config('Config_unknownStatus'),
    unknownState: config('Config_unknownState'),
    unmappedMajorState: config('Config_unmappedMajorState'),
    badSetting: config('Config_badSetting', 'Config_insecureUrl'),
    missingSettings: config('Config_missingSettings')
} as const satisfies Record<string, EngineNoticeRow>;

/** Fine-grained message keys of diagnostics: the panel and the Setup page word each through its row's labels. */
export type DiagnosticKey = keyof typeof ENGINE_NOTICES;

/** The coarse kind of a diagnostic (`Diagnostic.key` is the fine-grained message key): the rows' codes. */
export type DiagnosticCode = (typeof ENGINE_NOTICES)[DiagnosticKey]['code'];

/** The code of a notice the engine raises while running (`config` is the mapping compiler's). */
export type RunningCode = Exclude<DiagnosticCode, 'config'>;

const ROWS = Object.entries(ENGINE_NOTICES) as [DiagnosticKey, EngineNoticeRow][];

/** A running notice's code → its key. Two rows of one code: the last one's key (notice-table.test.ts forbids it). */
export const NOTICE_KEYS = Object.fromEntries(
    ROWS.filter(([, row]) => row.code !== 'config').map(([key, row]) => [row.code, key])
) as Record<RunningCode, DiagnosticKey>;

/** The severity of a notice the engine raises, by its code (`config`: a warning). */
export function noticeSeverity(code: DiagnosticCode): NoticeSeverity {
    const severity = code === 'config' ? 'reported' : ENGINE_NOTICES[NOTICE_KEYS[code]].severity;
    return severity === 'reported' ? 'warning' : severity;
}
