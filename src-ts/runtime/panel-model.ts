/**
 * What the utility panel shows, as label keys and parameters: the panel only looks the keys up
 * in its Custom Labels (English and Spanish) and fills in the parameters. Every choice about
 * what to show lives here, where it is tested, not in the component. The behaviour ids and their
 * plain names are those of docs/behaviour.md.
 */
import type { Diagnostic, EngineOutcome } from '../engine/types';
import type { ConfigDiagnostic } from '../mapping/types';
import { configDiagnostic } from '../engine/engine';
import { csvCell } from './audit';

/** A line of text: a label key and the values for its {0}, {1} placeholders. */
export interface PanelText {
    key: string;
    params: string[];
    /** Values for named placeholders (`{omni}`, `{reason}`), as the decision details' labels use them. */
    named?: Readonly<Record<string, string>>;
}

/** A message under the headline: what happened, what it means, what to do. */
export interface PanelNotice extends PanelText {
    id: string;
    severity: 'error' | 'warning' | 'info';
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
}

/** Rejected softphone messages of one reason (S1). */
export interface PanelRejection extends PanelText {
    reason: string;
    count: number;
}

/** How the headline looks: its icon and colour, and whether the utility item is highlighted (warning, error). */
export type PanelTone = 'success' | 'warning' | 'error' | 'info';

/** Everything the panel shows, as label keys and values; the component only words and lays it out. */
export interface PanelModel {
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
    utilityLabel: PanelText;
    /** A bare SLDS utility icon name for `lightning:utilityBarAPI` (no `utility:` prefix). */
    utilityIcon: 'sync' | 'warning' | 'error' | 'info';
    utilityHighlighted: boolean;
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
        onInteraction: boolean;
    };
    held: string | HeldViewInput | null;
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
    /** The softphone's current state as the view words it (set by `panelModel` itself). */
    softphoneState?: string | null;
    /** Omni-Channel's current status API name, when online (set by `panelModel` itself). */
    omniStatus?: string | null;
}

const panelText = (key: string, ...params: string[]): PanelText => ({ key, params });

// ─── Behaviour names ────────────────────────────────────────────────────────────────────────

const RULE_IDS = [
    'B1',
    'B2',
    'B3',
    'B4',
    'B5',
    'B6',
    'B7',
    'B8',
    'B9',
    'B10',
    'B11',
    'B12',
    'B13',
    'B14',
    'B15',
    'B16',
    'B17',
    'B18',
    'B19',
    'B20',
    'S1',
    'S2'
];

/** The label key of a rule's plain name (docs/behaviour.md). */
export function ruleNameKey(rule: string): string {
    if (RULE_IDS.includes(rule)) return `Rule_${rule}`;
    return rule === 'off' ? 'Rule_off' : 'Rule_track';
}

// ─── Decision outcomes ──────────────────────────────────────────────────────────────────────

/**
 * Outcome codes the runtime records itself (`note()` and a dropped Omni event in runtime.ts); they
 * are decisions of the edges, not of the engine.
 */
export type RuntimeOutcome =
    'omni-event-dropped' | 'tabsUncoordinated' | 'takeOver' | 'omniRefusedAsOffline' | 'omniUnknown';

/**
 * What a decision the runtime records itself is about (its input's `event`): the agent's "Use this
 * tab", Omni-Channel moving the session to this tab, tabs that cannot coordinate, a start-up read of
 * Omni-Channel refused or unanswered.
 */
export type RuntimeEvent = 'takeOver' | 'sessionHere' | 'tabsUncoordinated' | 'omniReadRefused' | 'omniReadUnanswered';

/** Every outcome code a decision in the audit may carry. */
export type DecisionOutcome = EngineOutcome | RuntimeOutcome;

/** The categories the panel words outcomes in (label key `Outcome_<category>`). */
export type OutcomeCategory =
    | 'changed'
    | 'confirmed'
    | 'echo'
    | 'already'
    | 'held'
    | 'applied'
    | 'work'
    | 'unmapped'
    | 'blocked'
    | 'retry'
    | 'failed'
    | 'connection'
    | 'drives'
    | 'alone'
    | 'recorded';

/**
 * Each outcome's category. Exhaustive: an outcome added to `EngineOutcome` or `RuntimeOutcome` and
 * not here is a type error, so it cannot silently show as "recorded".
 */
const OUTCOME_CATEGORY: Record<DecisionOutcome, OutcomeCategory> = {
    command: 'changed',
    confirmed: 'confirmed',
    done: 'confirmed',
    echo: 'echo',
    already: 'already',
    unchanged: 'already',
    hold: 'held',
    'revert-waits': 'held',
    'login-waits': 'held',
    wait: 'held',
    'apply-held': 'applied',
    revert: 'applied',
    restore: 'applied',
    'work-release': 'applied',
    'work-busy': 'work',
    'agent-override': 'work',
    unmapped: 'unmapped',
    'unmapped-fallback': 'unmapped',
    'unknown-status': 'unmapped',
    'no-change-row': 'unmapped',
    'reserved-target': 'unmapped',
    'no-login-status': 'unmapped',
    'stays-offline': 'unmapped',
    'omni-offline': 'blocked',
    'softphone-unavailable': 'blocked',
    'login-off': 'blocked',
    'logout-off': 'blocked',
    'sync-disabled': 'blocked',
    'drop-held': 'blocked',
    handover: 'blocked',
    maintenance: 'blocked',
    retry: 'retry',
    failed: 'failed',
    'failed-superseded': 'failed',
    'gave-up': 'failed',
    lost: 'failed',
    'stale-result': 'recorded',
    connected: 'connection',
    disconnected: 'connection',
    'connection-error': 'connection',
    'omni-back': 'connection',
    snapshot: 'connection',
    reconcile: 'connection',
    interaction: 'recorded',
    recorded: 'recorded',
    'held-landed': 'confirmed',
    'hold-again': 'held',
    'held-waits': 'held',
    'undo-login': 'changed',
    'cancel-login': 'changed',
    'held-superseded': 'blocked',
    'held-expired': 'blocked',
    'no-login': 'blocked',
    'held-failed': 'failed',
    refused: 'blocked',
    'omni-event-dropped': 'blocked',
    tabsUncoordinated: 'alone',
    takeOver: 'drives',
    omniRefusedAsOffline: 'connection',
    omniUnknown: 'connection'
};

const isDecisionOutcome = (outcome: string): outcome is DecisionOutcome =>
    Object.prototype.hasOwnProperty.call(OUTCOME_CATEGORY, outcome);

/**
 * The label key for a decision's outcome (`Outcome_<category>`). A code this version does not know
 * (an entry saved by another version) reads as `Outcome_recorded`.
 */
export function outcomeKey(outcome: string): string {
    return `Outcome_${isDecisionOutcome(outcome) ? OUTCOME_CATEGORY[outcome] : 'recorded'}`;
}

/** What the sync did: with the engine's outcome parameters, which side it set and to what. */
function outcomeText(decision: DecisionInput, context: PanelContext): PanelText {
    const key = outcomeKey(decision.outcome);
    const p = decision.outcomeParams;
    if (key === 'Outcome_changed' && p) {
        if (p.side === 'omni' && p.status)
            return panelText('Outcome_set_omni', p.statusLabel ?? context.statusLabels?.[p.status] ?? p.status);
        if (p.side === 'softphone' && p.state) return panelText('Outcome_set_softphone', p.state);
    }
    return panelText(key);
}

// ─── Decision inputs as sentences ───────────────────────────────────────────────────────────

interface InputParts {
    side: string;
    event: string;
    params: Record<string, string>;
}

/** Reads what came in: from the engine's keyed fields when present, else from its trace text. */
function inputParts(decision: DecisionInput): InputParts {
    const params: Record<string, string> = { ...(decision.inputParams ?? {}) };
    if (decision.inputKind) {
        const [side = '', event = params.event ?? ''] = decision.inputKind.split(/[.:/]/);
        if (side === 'omni' || side === 'softphone') return { side, event: params.event ?? event, params };
        return { side, event: params.event ?? event, params };
    }
    // The trace text: "<side> <event> <rest>" ("omni statusChanged Lunch (OmniManualStatusChange)").
    const [side = '', event = '', ...rest] = decision.input.split(' ');
    const tail = rest.join(' ');
    const reason = /\(([^)]*)\)$/.exec(tail)?.[1];
    const value = reason === undefined ? tail : tail.slice(0, tail.length - reason.length - 2).trim();
    if (side === 'omni') {
        if (event === 'statusChanged' || event === 'snapshot' || event === 'loginSuccess')
            params.status = params.status ?? value;
        if (event === 'workloadChanged') {
            const [now = '', capacity = ''] = value.split('/');
            params.workload = now;
            params.capacity = capacity;
        }
    } else if (side === 'softphone') {
        if (event === 'stateChanged' || event === 'connected' || event === 'loggedIn')
            params.state = params.state ?? value;
        if (event === 'interactionStarted') params.direction = rest[0] ?? '';
        if (event === 'workAction') params.action = rest[0] ?? '';
    } else if (side === 'result') {
        params.ok = rest[0] === 'ok' ? 'true' : 'false';
        if (reason !== undefined) params.error = reason;
    }
    return { side, event, params };
}

function statusWords(status: string | undefined, params: Record<string, string>, context: PanelContext): string {
    if (params.statusLabel) return params.statusLabel;
    if (!status) return '';
    return context.statusLabels?.[status] ?? status;
}

/** What came in, as a sentence, for a decision the runtime made itself (`note()` in runtime.ts). */
const RUNTIME_INPUT_KEY: Readonly<Record<string, string>> = {
    takeOver: 'Input_runtime_take_over',
    sessionHere: 'Input_runtime_session',
    tabsUncoordinated: 'Input_runtime_tabs',
    omniReadRefused: 'Input_runtime_omni_read',
    omniReadUnanswered: 'Input_runtime_omni_read'
} satisfies Record<RuntimeEvent, string>;

function inputText(decision: DecisionInput, context: PanelContext): PanelText {
    const { side, event, params } = inputParts(decision);
    if (side === 'omni') {
        switch (event) {
            case 'statusChanged':
                return panelText('Input_omni_status', statusWords(params.status, params, context));
            case 'snapshot':
                return params.status && params.status !== 'offline'
                    ? panelText('Input_omni_read', statusWords(params.status, params, context))
                    : panelText('Input_omni_read_offline');
            case 'loginSuccess':
                return panelText('Input_omni_login');
            case 'logout':
                return panelText('Input_omni_logout');
            case 'workAssigned':
                return panelText('Input_omni_work_assigned');
            case 'workAccepted':
                return panelText('Input_omni_work_accepted');
            case 'workDeclined':
                return panelText('Input_omni_work_declined');
            case 'workClosed':
                return panelText('Input_omni_work_closed');
            case 'workloadChanged':
                return panelText('Input_omni_workload', params.workload ?? '', params.capacity ?? '');
            case 'connectionError':
                return panelText('Input_omni_connection_error');
            default:
                return panelText('Input_omni_other');
        }
    }
    if (side === 'softphone') {
        // The engine's keyed fields give the minor state apart ("Away" and "Lunch"): say "Away / Lunch".
        if (params.state && params.minor) params.state = `${params.state} / ${params.minor}`;
        switch (event) {
            case 'connected':
                return params.state && params.state !== 'logged out' && params.state !== 'logged in'
                    ? panelText('Input_softphone_connected', params.state)
                    : panelText('Input_softphone_connected_plain');
            case 'loggedIn':
                return panelText('Input_softphone_login');
            case 'loggedOut':
                return panelText('Input_softphone_logout');
            case 'stateChanged':
                return panelText('Input_softphone_state', params.state ?? '');
            case 'interactionStarted':
                return panelText(params.direction === 'outbound' ? 'Input_call_outbound' : 'Input_call_inbound');
            case 'interactionEnded':
                return panelText('Input_call_ended');
            case 'workAction':
                return panelText('Input_softphone_work');
            case 'disconnected':
                return panelText('Input_softphone_disconnected');
            default:
                return panelText('Input_softphone_other');
        }
    }
    if (side === 'result') {
        return params.ok === 'true' ? panelText('Input_result_ok') : panelText('Input_result_failed');
    }
    if (side === 'runtime') return panelText(RUNTIME_INPUT_KEY[event] ?? 'Input_runtime_other');
    return panelText('Input_tick');
}

// ─── Notices ────────────────────────────────────────────────────────────────────────────────

/** The fine-grained key of a diagnostic: the engine's own, else derived from its code. */
function keyOf(diagnostic: DiagnosticInput): string {
    if (diagnostic.key) return diagnostic.key;
    switch (diagnostic.code) {
        case 'sync-disabled':
            return 'syncOff';
        case 'held-change':
            return 'heldChange';
        default:
            return diagnostic.code.replace(/-([a-z])/g, (_whole, letter: string) => letter.toUpperCase());
    }
}

const TYPE_KEY: Record<string, string> = {
    Presence_Mapping__mdt: 'Type_Presence_Mapping',
    Presence_Sync_Setting__mdt: 'Type_Presence_Sync_Setting'
};

/**
 * The field API names the panel can name by their Setup label (label key Field_<name without __c>): the
 * seven of Presence_Mapping__mdt, then those of Presence_Sync_Setting__mdt. Written as one string, which
 * keeps c/presenceSync within its size budget (CONTRIBUTING.md, "Size budgets").
 */
export const FIELD_LABEL_KEYS: readonly string[] = (
    'Action Active Busy Direction Presence_Status Softphone_Minor_State Softphone_State ' +
    'Allowed_Origins Audit_Log_Size Busy_Fallback_Minor_State Busy_Fallback_State ' +
    'Capacity_Busy_Minor_State Capacity_Busy_State Capacity_Threshold_Percent Command_Retry_Limit ' +
    'Command_Timeout_Seconds Disconnect_Status Forward_Work_Items Hold_During_Interaction ' +
    'Login_Omni_On_Softphone_Login Login_Status Logout_Omni_On_Softphone_Logout ' +
    'Logout_Softphone_On_Omni_Logout Ready_State Revert_After_Inbound Revert_Scope Softphone_Camera ' +
    'Softphone_Url Startup_Authority Sync_Enabled Unmapped_State_Status Unmapped_Status_Action ' +
    'Work_Accepted_Minor_State Work_Accepted_State'
)
    .split(' ')
    .map((name) => `${name}__c`);

const MAPPING_FIELDS = FIELD_LABEL_KEYS.slice(0, 7);

/** A field of Presence_Sync_Setting__mdt (not of Presence_Mapping__mdt). */
function isSettingField(field: string): boolean {
    const bare = field.replace(/^[A-Za-z0-9]+__(?=.+__c$)/, '');
    return FIELD_LABEL_KEYS.includes(bare) && !MAPPING_FIELDS.includes(bare);
}

/** A field's API name (with or without a namespace prefix) → the label key of its Setup label. */
export function fieldLabelKey(field: string): string | null {
    const bare = field.replace(/^[A-Za-z0-9]+__(?=.+__c$)/, '');
    return FIELD_LABEL_KEYS.includes(bare) ? `Field_${bare.replace(/__c$/, '')}` : null;
}

/**
 * A value that is itself a label key when it starts with this marker: the component looks it up
 * before filling it into the sentence (field and type names are translated, record names are not).
 */
export const LABEL_REF = '\u0001';

const labelRef = (key: string) => `${LABEL_REF}${key}`;

function fieldWords(field: string | undefined): string {
    if (!field) return '';
    const key = fieldLabelKey(field);
    return key === null ? field : labelRef(key);
}

/** The field a legacy diagnostic names at the start of its message ("Direction__c: unknown direction"). */
function legacyField(diagnostic: DiagnosticInput): string | undefined {
    return /^([A-Za-z0-9_]+__c):/.exec(diagnostic.message)?.[1];
}

/**
 * A configuration problem (a diagnostic of the mapping compiler, `compileMapping(…).diagnostics`) as a
 * sentence of the panel's labels: what is wrong with which record and field, and what to do. The Setup
 * page words its problems with it.
 */
export function configProblemText(diagnostic: ConfigDiagnostic): PanelText {
    const { key, params } = configNotice(configDiagnostic(diagnostic), '');
    return { key, params };
}

function configNotice(diagnostic: DiagnosticInput, id: string): PanelNotice {
    const p = diagnostic.params ?? {};
    const key = keyOf(diagnostic);
    const severity = diagnostic.severity;
    const fieldName = p.field ?? diagnostic.field ?? legacyField(diagnostic);
    const type =
        p.type ??
        (key === 'badSetting' || key === 'missingSettings' || (fieldName !== undefined && isSettingField(fieldName))
            ? 'Presence_Sync_Setting__mdt'
            : 'Presence_Mapping__mdt');
    const typeWords = TYPE_KEY[type] ? labelRef(TYPE_KEY[type]) : labelRef('Type_Presence_Mapping');
    const record = p.recordLabel ?? p.record ?? diagnostic.row ?? diagnostic.subject;
    const field = fieldWords(fieldName);
    const value = p.value ?? p.statusLabel ?? p.status ?? p.state ?? '';
    const state = p.state ? (p.minor ? `${p.state} / ${p.minor}` : p.state) : (p.value ?? diagnostic.subject);
    const notice = (labelKey: string, ...params: string[]): PanelNotice => ({ id, severity, key: labelKey, params });
    if (!diagnostic.key) {
        // An engine that does not key its diagnostics yet: name the record and the field, keep its own words.
        const legacy = legacyField(diagnostic);
        if (legacy !== undefined && fieldLabelKey(legacy) !== null) {
            const words = diagnostic.message.slice(legacy.length + 1).trim();
            return notice('Notice_config_field', typeWords, record, fieldWords(legacy), words);
        }
        return notice('Notice_config', typeWords, record, diagnostic.message);
    }
    switch (key) {
        case 'blankField':
            return notice('Config_blankField', typeWords, record, field);
        case 'badValue':
            return notice('Config_badValue', typeWords, record, field, value);
        case 'duplicateRow':
            return notice('Config_duplicateRow', typeWords, record);
        case 'contradictoryRows':
            return notice('Config_contradictoryRows', typeWords, record);
        case 'unknownStatus':
            return notice('Config_unknownStatus', typeWords, record, field || labelRef('Field_Presence_Status'), value);
        case 'unknownState':
            return notice('Config_unknownState', typeWords, record, field || labelRef('Field_Softphone_State'), state);
        case 'reservedTarget':
            return notice('Config_reservedTarget', typeWords, record, state);
        case 'unmappedMajorState':
            return notice('Config_unmappedMajorState', state);
        case 'unmappedStatus':
            // The engine says `noChange` when the softphone is left as it is: said in words, never as the token.
            if (p.default === 'noChange')
                return notice('Config_unmappedStatus_unchanged', p.statusLabel ?? p.status ?? diagnostic.subject);
            return notice('Config_unmappedStatus', p.statusLabel ?? p.status ?? diagnostic.subject, p.default ?? '');
        case 'unmappedState':
            return notice('Config_unmappedMajorState', state);
        case 'badSetting':
            // An http: Softphone URL or origin (src-ts/mapping/records.ts, frameOriginOf) says why it is refused.
            return notice(
                p.reason === 'insecure' ? 'Config_insecureUrl' : 'Config_badSetting',
                typeWords,
                record,
                field,
                value
            );
        case 'missingSettings':
            return notice('Config_missingSettings');
        default:
            return notice('Notice_config', typeWords, record, diagnostic.message);
    }
}

function runtimeNotice(diagnostic: DiagnosticInput, id: string, context: PanelContext): PanelNotice | null {
    const p = diagnostic.params ?? {};
    const key = keyOf(diagnostic);
    const notice = (labelKey: string, severity: PanelNotice['severity'], ...params: string[]): PanelNotice => ({
        id,
        severity,
        key: labelKey,
        params
    });
    switch (key) {
        case 'unmappedState': {
            const state = p.state ? (p.minor ? `${p.state} / ${p.minor}` : p.state) : diagnostic.subject;
            // Said while the softphone is in that state; once it is left, there is nothing to do.
            if (context.softphoneState !== undefined && context.softphoneState !== state) return null;
            return notice('Notice_unmapped_state', 'warning', state);
        }
        case 'unmappedStatus': {
            const status = p.status ?? diagnostic.subject;
            return notice(
                'Notice_unmapped_status',
                'warning',
                p.statusLabel ?? context.statusLabels?.[status] ?? status
            );
        }
        case 'softphoneDisconnected':
            return notice('Notice_softphone_disconnected', 'warning');
        case 'omniConnectionError':
            return notice('Notice_omni_connection_error', 'error');
        case 'commandFailed': {
            const side = p.side ?? (diagnostic.subject === 'omni' ? 'omni' : 'softphone');
            // Once the side is where the refused change wanted it (the agent set it, or a retry went
            // through), the sides agree and there is nothing left to say.
            if (side === 'softphone' && p.state !== undefined && context.softphoneState === p.state) return null;
            if (side === 'omni' && p.status !== undefined && context.omniStatus === p.status) return null;
            const what = p.statusLabel ?? p.state ?? p.command ?? diagnostic.subject;
            const reason = p.reason === undefined ? diagnostic.message : causeWords(p.reason);
            return side === 'omni'
                ? notice('Notice_command_failed_omni', 'error', what, reason)
                : notice('Notice_command_failed', 'error', what, reason);
        }
        case 'omniHandover':
            return notice('Notice_omni_handover', 'info');
        case 'omniMaintenance':
            return notice('Notice_omni_maintenance', 'info');
        case 'omniSupervisorLogout':
            return notice('Notice_omni_supervisor_logout', 'info');
        case 'heldDropped': {
            const status = p.status ?? diagnostic.subject;
            const words = p.statusLabel ?? context.statusLabels?.[status] ?? status;
            return p.reason === 'unknown-status'
                ? notice('Notice_held_dropped_status', 'warning', words)
                : notice('Notice_held_dropped_old', 'warning', words, p.hours ?? '');
        }
        case 'omniStaysOffline':
            return notice('Notice_omni_stays_offline', 'info');
        case 'stateNotSaved':
            return notice('Notice_state_not_saved', 'warning', p.reason ?? diagnostic.message);
        case 'noLoginStatus':
            return notice('Notice_no_login_status', 'warning', p.state ?? diagnostic.subject);
        case 'reservedTarget':
            return notice('Notice_reserved_target', 'warning', p.state ?? diagnostic.subject);
        case 'tabsUncoordinated':
            return notice('Notice_tabs_uncoordinated', 'warning');
        case 'syncOff':
        case 'heldChange':
            // Said once, by the headline and the held box.
            return null;
        default:
            return notice('Notice_other', diagnostic.severity, diagnostic.message || diagnostic.subject);
    }
}

/**
 * A problem of the admin's configuration: the engine's 'config' code, or a status or state with no mapping
 * reported at load (it carries what applies instead, not what just happened).
 */
function isConfiguration(diagnostic: DiagnosticInput): boolean {
    if (diagnostic.code === 'config') return true;
    return (
        diagnostic.key === 'unmappedMajorState' ||
        (diagnostic.key === 'unmappedStatus' && diagnostic.params?.default !== undefined)
    );
}

/** Config problems that are information (a default applies), not faults an agent must hear about. */
function isInformation(diagnostic: DiagnosticInput): boolean {
    const key = keyOf(diagnostic);
    return diagnostic.severity === 'info' || key === 'unmappedStatus' || key === 'missingSettings';
}

// ─── Held change ────────────────────────────────────────────────────────────────────────────

function stateWords(target: { state: string | { major: string; minor: string | null }; minor?: string | null }) {
    if (typeof target.state === 'string') return target.minor ? `${target.state} / ${target.minor}` : target.state;
    return target.state.minor ? `${target.state.major} / ${target.state.minor}` : target.state.major;
}

function heldText(held: PanelViewInput['held'], context: PanelContext): PanelText | null {
    if (held === null) return null;
    if (typeof held === 'string') {
        // A runtime that gives the held Omni-Channel change as a status name (or 'offline').
        if (held === 'offline') return panelText('Held_softphone_logout');
        return panelText('Held_Change', context.statusLabels?.[held] ?? held);
    }
    const target = held.target;
    if (held.towards === 'softphone') {
        switch (target.kind) {
            case 'state':
                return panelText('Held_softphone_state', stateWords(target));
            case 'loggedOut':
            case 'offline':
                return panelText('Held_softphone_logout');
            case 'status':
                return panelText('Held_Change', held.statusLabel ?? context.statusLabels?.[target.status] ?? '');
        }
    }
    switch (target.kind) {
        case 'status':
            return panelText(
                'Held_omni_status',
                held.statusLabel ?? context.statusLabels?.[target.status] ?? target.status
            );
        case 'offline':
        case 'loggedOut':
            return panelText('Held_omni_logout');
        case 'state':
            return panelText('Held_omni_status', held.statusLabel ?? stateWords(target));
    }
}

// ─── Rejected messages ──────────────────────────────────────────────────────────────────────

const REJECTION_REASONS = [
    'wrong-source',
    'wrong-origin',
    'flood',
    'malformed',
    'oversized',
    'not-protocol',
    'bad-envelope',
    'unknown-type',
    'bad-payload',
    'unexpected-keys',
    'replayed',
    'unexpected',
    'version',
    'nonce'
];

/** The label key naming a reason a softphone message was rejected. */
export function rejectionKey(reason: string): string {
    const known = REJECTION_REASONS.find((r) => reason === r || reason.startsWith(`${r}-`) || reason.endsWith(`-${r}`));
    return `Reason_${(known ?? 'other').replace(/-/g, '_')}`;
}

// ─── The model ──────────────────────────────────────────────────────────────────────────────

const BUSY_WORDS = /away|break|busy|lunch|meeting|training|wrap|not ready|on a call|after call/i;

function softphoneDot(view: PanelViewInput): PanelModel['softphoneDot'] {
    if (view.softphone.presence === 'loggedOut') return 'offline';
    if (view.softphone.presence !== 'loggedIn' || view.softphone.state === null) return 'unknown';
    return /^ready\b/i.test(view.softphone.state)
        ? 'online'
        : BUSY_WORDS.test(view.softphone.state)
          ? 'busy'
          : 'online';
}

function omniDot(view: PanelViewInput, context: PanelContext): PanelModel['omniDot'] {
    if (view.omni.presence === 'offline') return 'offline';
    if (view.omni.presence !== 'online') return 'unknown';
    const status = view.omni.status;
    if (status !== null && context.busyStatuses && status in context.busyStatuses)
        return context.busyStatuses[status] ? 'busy' : 'online';
    return 'online';
}

/**
 * @param view what the runtime shows (its `SyncView`)
 * @param contextOrAdmin what else the panel knows; a boolean is taken as `canConfigure`
 */
export function panelModel(view: PanelViewInput, contextOrAdmin: PanelContext | boolean): PanelModel {
    const context: PanelContext = {
        ...(typeof contextOrAdmin === 'boolean' ? { canConfigure: contextOrAdmin } : contextOrAdmin),
        softphoneState: view.softphone.presence === 'loggedIn' ? view.softphone.state : null,
        omniStatus: view.omni.presence === 'online' ? view.omni.status : null
    };
    const bridge = view.softphone.bridge;
    const connecting = bridge === 'connecting';
    const noHandshake = bridge === 'noHandshake';
    const noSoftphoneFrame = bridge === 'none';

    // ── Notices: one cause, one message ──
    const config = view.diagnostics.filter(isConfiguration);
    const configFaults = config.filter((d) => !isInformation(d));
    const softphoneUrlProblem = config.find(
        (d) => (d.params?.field ?? d.field ?? legacyField(d))?.endsWith('Softphone_Url__c') === true
    );
    const notices: PanelNotice[] = [];
    const seen = new Set<string>();
    const add = (notice: PanelNotice | null) => {
        if (notice === null) return;
        const signature = `${notice.key}|${notice.params.join('|')}`;
        if (seen.has(signature)) return;
        seen.add(signature);
        notices.push(notice);
    };
    if (noHandshake && view.role === 'driver') {
        add({
            id: 'no-handshake',
            severity: 'warning',
            key: 'Notice_no_handshake',
            params: [context.softphoneOrigin ?? '']
        });
    }
    if (bridge === 'rejected' && view.role === 'driver') {
        // The handshake was refused (an older bridge client, or an origin not allowed): it will not come
        // back by itself, so say what to check (S1, docs/bridge-protocol.md).
        add({ id: 'bridge-rejected', severity: 'error', key: 'Notice_bridge_rejected', params: [] });
    }
    view.diagnostics.forEach((diagnostic, index) => {
        if (isConfiguration(diagnostic)) return;
        const key = keyOf(diagnostic);
        // While the softphone page loads, or when it never answered or is not configured, the headline
        // and the "did not connect" notice already say it.
        if (key === 'softphoneDisconnected' && (connecting || noHandshake || noSoftphoneFrame || bridge === 'rejected'))
            return;
        add(runtimeNotice(diagnostic, `${diagnostic.code}-${diagnostic.subject}-${index}`, context));
    });
    if (view.tabs?.coordination === 'unavailable')
        add({ id: 'tabs', severity: 'warning', key: 'Notice_tabs_uncoordinated', params: [] });
    if (context.canConfigure) {
        config.forEach((diagnostic, index) => {
            add(configNotice(diagnostic, `config-${diagnostic.row ?? diagnostic.subject}-${index}`));
        });
    } else if (configFaults.length > 0) {
        add({
            id: 'config-summary',
            severity: 'warning',
            key: configFaults.length === 1 ? 'Notice_config_summary_one' : 'Notice_config_summary',
            params: [String(configFaults.length)]
        });
    }

    // ── Headline: the truth, the most important first ──
    const faults = notices.filter((n) => n.severity === 'error' || n.severity === 'warning');
    // A configuration problem needs an admin's attention; it is not a failure of the sync itself.
    const failures = faults.filter((n) => n.severity === 'error' && !n.id.startsWith('config'));
    const omniOnline = view.omni.presence === 'online';
    const softphoneIn = view.softphone.presence === 'loggedIn';
    let headline: PanelText;
    let tone: PanelTone;
    if (view.role === 'follower') {
        headline = panelText('Role_Follower');
        tone = 'info';
    } else if (view.role === 'starting' || view.role === 'stopped') {
        headline = panelText('Role_Starting');
        tone = 'info';
    } else if (!view.syncEnabled) {
        headline = panelText('Sync_Off');
        tone = 'info';
    } else if (noHandshake) {
        headline = panelText('Headline_No_Handshake');
        tone = 'warning';
    } else if (connecting) {
        headline = panelText('Headline_Connecting');
        tone = 'info';
    } else if (noSoftphoneFrame) {
        headline = panelText('Headline_No_Softphone');
        tone = 'warning';
    } else if (failures.length > 0 || bridge === 'rejected' || view.health === 'error') {
        headline = panelText('Health_Error');
        tone = 'error';
    } else if (view.held !== null) {
        headline = panelText('Headline_Held');
        tone = 'info';
    } else if (view.omni.presence === 'offline' && view.softphone.presence === 'loggedOut') {
        headline = panelText('Headline_Not_Logged_In');
        tone = faults.length > 0 ? 'warning' : 'info';
    } else if (view.omni.presence === 'unknown') {
        // Not yet read, or the read went unanswered and is being retried (B15): no alarm on its own.
        headline = panelText('Headline_Omni_Unknown');
        tone = 'info';
    } else if (omniOnline !== softphoneIn) {
        headline = panelText('Headline_Differ');
        tone = 'warning';
    } else if (faults.length > 0) {
        headline = panelText('Health_Attention');
        tone = 'warning';
    } else {
        headline = panelText('Health_Ok');
        tone = 'success';
    }

    const omni =
        view.omni.presence === 'online'
            ? panelText(
                  'Value',
                  view.omni.label ??
                      (view.omni.status ? (context.statusLabels?.[view.omni.status] ?? view.omni.status) : '')
              )
            : view.omni.presence === 'offline'
              ? panelText('Offline')
              : panelText('Unknown');
    const softphone =
        view.softphone.presence === 'loggedIn' && view.softphone.state !== null
            ? panelText('Value', view.softphone.state)
            : view.softphone.presence === 'loggedOut'
              ? panelText('Logged_Out')
              : panelText('Unknown');
    const connection =
        bridge === 'connected'
            ? panelText('Bridge_Connected')
            : bridge === 'rejected'
              ? panelText('Bridge_Rejected')
              : bridge === 'none'
                ? panelText('Bridge_None')
                : noHandshake
                  ? panelText('Bridge_No_Handshake')
                  : panelText('Bridge_Connecting');

    const utilityLabel =
        view.role === 'follower'
            ? panelText('Utility_Follower')
            : !view.syncEnabled
              ? panelText('Utility_Off')
              : tone === 'error'
                ? panelText('Utility_Error')
                : tone === 'warning'
                  ? panelText('Utility_Attention')
                  : panelText('Utility_Ok');

    const rejectedByReason: PanelRejection[] = Object.entries(view.rejectedByReason)
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([reason, count]) => ({ reason, count, key: rejectionKey(reason), params: [String(count)] }));

    const tabs = view.tabs;
    return {
        headline,
        tone,
        omni,
        omniDot: omniDot(view, context),
        softphone,
        softphoneDot: softphoneDot(view),
        connection,
        softphoneProduct: view.softphone.product,
        onInteraction: view.softphone.onInteraction,
        held: heldText(view.held, context),
        notices,
        decisions: view.decisions.filter(worthShowing).map((decision) => decisionWords(decision, context)),
        rejected: view.rejectedMessages > 0 ? panelText('Rejected_Messages', String(view.rejectedMessages)) : null,
        rejectedByReason,
        // Moving the softphone reloads its page: never offered while the agent is on a call (B18, B11).
        canTakeOver: view.role === 'follower' && tabs?.canTakeOver === true && !view.softphone.onInteraction,
        tabHint:
            view.role === 'follower'
                ? tabs === undefined || !tabs.softphoneHere
                    ? panelText(view.softphone.onInteraction ? 'Tabs_Softphone_On_Call' : 'Tabs_Softphone_Elsewhere')
                    : null
                : null,
        noSoftphone:
            noSoftphoneFrame && view.role === 'driver' && !softphoneUrlProblem ? panelText('No_Softphone_Url') : null,
        utilityLabel,
        utilityIcon:
            tone === 'error' ? 'error' : tone === 'warning' ? 'warning' : view.role === 'follower' ? 'info' : 'sync',
        utilityHighlighted: tone === 'error' || tone === 'warning'
    };
}

/** Fills {0}, {1}… in a label. Values are inserted as text, never as markup. */
export function formatLabel(
    template: string,
    params: readonly string[],
    named: Readonly<Record<string, string>> = {}
): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        /^\d+$/.test(name)
            ? (params[Number(name)] ?? whole)
            : Object.prototype.hasOwnProperty.call(named, name)
              ? (named[name] ?? whole)
              : whole
    );
}

/**
 * Words a panel text with the given labels: looks the key up, and every parameter that refers to a
 * label (field and record type names) too. A missing label shows its key, never nothing.
 */
export function sayText(labels: Readonly<Record<string, string>>, panelText: PanelText): string {
    const word = (param: string) => (param.startsWith(LABEL_REF) ? (labels[param.slice(1)] ?? param.slice(1)) : param);
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(panelText.named ?? {})) named[name] = word(value);
    return formatLabel(labels[panelText.key] ?? panelText.key, panelText.params.map(word), named);
}

// ─── Support bundle (B20) ───────────────────────────────────────────────────────────────────

/** What goes into a support export besides the log. */
export interface SupportBundleInput {
    view: PanelViewInput;
    /** The full audit log of a driving tab; null in a tab that does not drive (it exports what it shows). */
    entries: readonly DecisionInput[] | null;
    /** The configuration as Apex serves it (settings, mappings, statuses, package version). */
    configuration: {
        mappings?: ReadonlyArray<Record<string, unknown>>;
        settings?: Record<string, unknown> | null;
        statuses?: ReadonlyArray<unknown>;
        packageVersion?: string | null;
    } | null;
    userId: string;
    /** Milliseconds since the Unix epoch (wall clock) of the export. */
    exportedAt: number;
    /** Words a panel text in the user's language (the panel's labels). */
    say: (panelText: PanelText) => string;
    context: PanelContext;
}

/** The file name of an export: product, kind and the export's date and time (UTC), e.g. `presence-sync-support-2026-11-30-1542.json`. */
export function exportFileName(kind: 'support' | 'decisions', exportedAt: number, extension: 'json' | 'csv'): string {
    const stamp = new Date(exportedAt).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
    return `presence-sync-${kind}-${stamp}.${extension}`;
}

function decisionRows(input: SupportBundleInput): { entry: DecisionInput; words: PanelDecision }[] {
    const entries = input.entries ?? [...input.view.decisions].reverse();
    return entries.map((entry) => ({ entry, words: decisionWords(entry, input.context) }));
}

/** One decision in the panel's words. */
function decisionWords(decision: DecisionInput, context: PanelContext): PanelDecision {
    return {
        id: `${decision.seq}`,
        at: decision.at,
        rule: decision.rule,
        ruleName: panelText(ruleNameKey(decision.rule)),
        input: inputText(decision, context),
        outcome: outcomeText(decision, context),
        detail: detailText(decision, context)
    };
}

/**
 * A decision's detail as a panel text: the label `Detail_<key>` (docs: src-ts/engine/detail-keys.ts)
 * with its named values in words: Omni and softphone values, statuses by their labels, and the
 * fixed words (offline, logged out, unknown, no reason given, work actions and events, call
 * directions) as label references, so that each shows in the user's language. An entry saved by an
 * older version shows the English it saved (`Detail_saved`).
 */
export function detailText(decision: DecisionInput, context: PanelContext): PanelText {
    if (decision.detailKey === undefined)
        return { key: 'Detail_saved', params: [], named: { text: decision.detail ?? '' } };
    const named: Record<string, string> = {};
    for (const [name, value] of Object.entries(decision.detailParams ?? {}))
        named[name] = detailWords(name, value, context);
    return { key: `Detail_${decision.detailKey}`, params: [], named };
}

/**
 * The causes the package's own code gives for a failure (a command the bridge host could not deliver,
 * a toolkit that did not answer, a malformed Omni event, a lost softphone connection): each is worded
 * by the label `Cause_<code with _ for ->`. Any other reason is the platform's or the softphone's own
 * text and is shown as it is.
 */
export const CAUSES: readonly string[] = [
    'event-no-name',
    'event-unknown',
    'event-params',
    'event-unreadable',
    'softphone-not-connected',
    'softphone-no-answer',
    'frame-reloaded',
    'heartbeat-lost',
    'protocol-unsupported',
    'softphone-closed',
    'softphone-resynced',
    'bridge-stopped',
    'toolkit-no-answer',
    'no-softphone-configured',
    'request-failed',
    // PresenceSyncController.getConfiguration's failure, without the exception's text (security review).
    'configuration-unreadable'
];

function causeWords(reason: string): string {
    if (reason === '') return labelRef('No_reason');
    return CAUSES.includes(reason) ? labelRef(`Cause_${reason.replace(/-/g, '_')}`) : reason;
}

const FIXED_VALUES: Readonly<Record<string, string>> = {
    offline: 'Offline',
    'logged out': 'Logged_Out',
    unknown: 'Unknown'
};

function detailWords(name: string, value: string, context: PanelContext): string {
    switch (name) {
        case 'omni':
        case 'softphone':
            if (Object.prototype.hasOwnProperty.call(FIXED_VALUES, value))
                return labelRef(FIXED_VALUES[value] ?? value);
            return name === 'omni' ? (context.statusLabels?.[value] ?? value) : value;
        case 'status':
            return context.statusLabels?.[value] ?? value;
        case 'reason':
            return causeWords(value);
        case 'action':
            return labelRef(`Work_action_${value}`);
        case 'event':
            return labelRef(`Work_event_${value}`);
        case 'direction':
            return labelRef(`Direction_${value}`);
        default:
            return value;
    }
}

/**
 * Whether the panel lists a decision: a timer that found nothing to do ("Time passed. Recorded")
 * stays in the audit and the exports (B20) but would only crowd the agent's list.
 */
function worthShowing(decision: DecisionInput): boolean {
    const quietTick =
        decision.inputKind === 'tick' &&
        decision.commands.length === 0 &&
        outcomeKey(decision.outcome) === 'Outcome_recorded';
    return !quietTick;
}

/**
 * The support bundle as JSON: package and softphone versions, the settings and mapping snapshot,
 * configuration problems, rejected softphone messages by reason, who exported it and when, and every
 * decision with the panel's own words beside the engine's trace.
 */
export function supportBundleJson(input: SupportBundleInput): string {
    const { view, configuration } = input;
    const rows = decisionRows(input);
    const bundle = {
        product: 'Omni Presence Sync',
        /** Rule ids (B1…B20, S1, S2) are those of the package's behaviour contract, docs/behaviour.md. */
        behaviourContract: 'docs/behaviour.md',
        packageVersion: configuration?.packageVersion ?? null,
        exportedAt: new Date(input.exportedAt).toISOString(),
        exportedBy: input.userId,
        tab:
            view.role === 'driver'
                ? 'driving tab: full decision log'
                : 'tab that does not drive: the latest decisions the driving tab shared; export from the driving tab for the full log',
        softphone: {
            name: view.softphone.product,
            version: (view.softphone as { version?: string | null }).version ?? null,
            connection: view.softphone.bridge,
            presence: view.softphone.presence,
            state: view.softphone.state
        },
        omni: view.omni,
        syncEnabled: view.syncEnabled,
        heldChange: view.held,
        settings: configuration?.settings ?? null,
        mappings: configuration?.mappings ?? [],
        statuses: configuration?.statuses ?? [],
        configurationProblems: view.diagnostics
            .filter(isConfiguration)
            .map((d) => ({ ...d, text: input.say(configNotice(d, '')) })),
        notices: view.diagnostics.filter((d) => !isConfiguration(d)),
        rejectedMessages: { total: view.rejectedMessages, byReason: { ...view.rejectedByReason } },
        decisions: rows.map(({ entry, words }) => ({
            ...entry,
            time: new Date(entry.at).toISOString(),
            ruleName: input.say(words.ruleName),
            whatHappened: input.say(words.input),
            whatTheSyncDid: input.say(words.outcome),
            why: input.say(words.detail)
        }))
    };
    return JSON.stringify(bundle, null, 2);
}

/** The decisions as CSV, outcomes in the panel's words; cells are quoted and spreadsheet formulas defused. */
export function decisionsCsv(input: SupportBundleInput, header: readonly string[]): string {
    const rows = decisionRows(input).map(({ entry, words }) =>
        [
            String(entry.seq),
            new Date(entry.at).toISOString(),
            entry.rule,
            input.say(words.ruleName),
            input.say(words.input),
            input.say(words.outcome),
            input.say(words.detail),
            entry.commands.join('; ')
        ].map(csvCell)
    );
    return [header.map(csvCell), ...rows].map((row) => row.join(',')).join('\r\n');
}
