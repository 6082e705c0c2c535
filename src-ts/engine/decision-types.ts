/**
 * What the sync engine tells people: the audit trail's decisions (B20) and their outcome codes, the
 * diagnostics the panel and the setup page show, and the change held for the end of an interaction
 * (B11) as the panel shows it.
 */
import type { DetailKey } from './detail-keys';
import type { DiagnosticCode, DiagnosticKey } from './notice-table';
import type { RuleId } from './command-types';

/**
 * One entry of the audit trail (B20): what came in, which rule applied, and what was done or why not.
 * `at` is the engine's `now` (milliseconds of the page's monotonic clock).
 */
export interface Decision {
    at: number;
    input: string;
    /**
     * The kind of input, `<side>.<event>` (`omni.statusChanged`, `softphone.stateChanged`), `result` or
     * `tick`. The engine always sets this and the two params below; they are optional in the type only
     * so that entries saved by an older version still read.
     */
    inputKind?: string;
    /**
     * Named values of the input, for the panel's sentence: `status`, `statusLabel`, `state`, `minor`,
     * `reason`, `interaction`, `direction`, `work`, `action`, `command`, `ok`, `error` (those that apply).
     */
    inputParams?: Readonly<Record<string, string>>;
    rule: RuleId;
    /** A stable code for the outcome (the panel words it through its labels). */
    outcome: string;
    /** Named values of the outcome: `side` ('omni' | 'softphone'), `status`, `state`, `minor`, `command`. */
    outcomeParams?: Readonly<Record<string, string>>;
    /**
     * Why, in detail: a key of `DETAIL_KEYS` (src-ts/engine/detail-keys.ts), worded through the label
     * `Presence_Sync_Detail_<key>` in the user's language. Optional in the type only so that entries
     * saved by an older version (which carry `detail` instead) still read.
     */
    detailKey?: DetailKey;
    /**
     * The detail's named values, each filling the `{name}` placeholder of its label: `omni` (an Omni value:
     * a presence status API name, `offline` or `unknown`), `softphone` (a softphone value: `Major / Minor`,
     * `logged out` or `unknown`), `status`, `state`, `record`, `reason`, `command`, `attempt`, … (those
     * that apply).
     */
    detailParams?: Readonly<Record<string, string>>;
    /** The English detail an older version saved; never written now. */
    detail?: string;
    commands: readonly string[];
}

export type { DetailKey } from './detail-keys';

/**
 * Every outcome code the engine records in a decision (`Decision.outcome`). The panel words each
 * through an exhaustive map (`OUTCOME_CATEGORY` in src-ts/panel/decisions.ts): a code added here
 * and not there is a type error, so it cannot show as a bare "recorded".
 */
export type EngineOutcome =
    | 'command'
    | 'confirmed'
    | 'done'
    | 'echo'
    | 'already'
    | 'unchanged'
    | 'hold'
    | 'revert-waits'
    | 'login-waits'
    | 'wait'
    | 'apply-held'
    | 'revert'
    | 'restore'
    | 'work-release'
    | 'work-busy'
    | 'agent-override'
    | 'unmapped'
    | 'unmapped-fallback'
    | 'unknown-status'
    | 'no-change-row'
    | 'reserved-target'
    | 'no-login-status'
    | 'stays-offline'
    | 'omni-offline'
    | 'softphone-unavailable'
    | 'login-off'
    | 'logout-off'
    | 'sync-disabled'
    | 'drop-held'
    | 'handover'
    | 'maintenance'
    | 'retry'
    | 'failed'
    | 'failed-superseded'
    | 'gave-up'
    | 'lost'
    | 'stale-result'
    | 'connected'
    | 'disconnected'
    | 'connection-error'
    | 'omni-back'
    | 'snapshot'
    | 'reconcile'
    | 'interaction'
    | 'recorded'
    | 'held-landed'
    | 'hold-again'
    | 'undo-login'
    | 'cancel-login'
    | 'held-superseded'
    | 'held-expired'
    | 'no-login'
    | 'held-failed'
    | 'held-waits'
    | 'refused';

/**
 * The coarse kind of a diagnostic (`DiagnosticCode`) and its fine-grained message key (`DiagnosticKey`), which the
 * panel and the setup page word through a label filling in `Diagnostic.params`: derived from the notice table.
 */
export type { DiagnosticCode, DiagnosticKey };

/** Something the utility panel shows. */
export interface Diagnostic {
    code: DiagnosticCode;
    /** Always set by the engine; optional in the type only for diagnostics built elsewhere in the old shape. */
    key?: DiagnosticKey;
    severity: 'error' | 'warning' | 'info';
    /** The state, status, record or command the diagnostic is about. */
    subject: string;
    /** English, for the export and the command line. */
    message: string;
    /**
     * Named values the message needs: `record`, `recordLabel`, `type` ('Presence_Mapping__mdt' |
     * 'Presence_Sync_Setting__mdt'), `field`, `value`, `state`, `minor`, `status`, `statusLabel`,
     * `reason`, `command`, `default`, `others`, `count` (those that apply).
     */
    params?: Record<string, string>;
    /** DeveloperName of the Presence_Mapping__mdt record it is about, if any. */
    row?: string;
    /** API name of the field it is about, if any (e.g. 'Presence_Status__c'). */
    field?: string;
}

/** A change the engine holds for later (B11), as the panel shows it (C3): which side it will go to, and what it will set there. */
export interface HeldChange {
    towards: 'softphone' | 'omni';
    target:
        | { kind: 'status'; status: string }
        | { kind: 'offline' }
        | { kind: 'state'; state: string; minor: string | null }
        | { kind: 'loggedOut' };
}
