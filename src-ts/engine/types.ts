/**
 * The sync engine's vocabulary: what goes in (Omni and softphone events, command results,
 * time), what comes out (commands for each side, decisions for the audit log), and the
 * plain, serialisable state it carries between inputs.
 */
import type { CatalogueEntry, SoftphoneState } from '../mapping/types';
import type { DetailKey } from './detail-keys';
import type { DiagnosticCode, DiagnosticKey } from './notice-table';

/** The two sides the sync keeps in step: Omni-Channel presence and the softphone's agent state. */
export type Side = 'omni' | 'softphone';

/** Who made a change: the agent's own hand, someone or something else, or this sync (an echo). */
export type ChangeCause = 'agent' | 'system' | 'host';

/** Which way a softphone interaction (a call) goes, as the softphone reports it (B10's revert follows inbound ones). */
export type InteractionDirection = 'inbound' | 'outbound';

/** An Omni-Channel work item: the AgentWork id (`workId`) and the routed record's id (`workItemId`), as the toolkit gives them. */
export interface WorkRef {
    workId: string;
    workItemId: string;
}

// ─── Inputs ────────────────────────────────────────────────────────────────────────────

/** Omni-Channel toolkit events, named and shaped as the toolkit's (without the `omniChannel` prefix). */
export type OmniInput =
    /** The shell's one read of Omni at start-up (B15): status, or logged out. */
    | {
          kind: 'omni';
          event: 'snapshot';
          loggedIn: boolean;
          statusId?: string | null;
          statusApiName?: string | null;
          works?: readonly (WorkRef & { isEngaged?: boolean })[];
          workload?: { configuredCapacity: number; currentWorkload: number } | null;
      }
    | { kind: 'omni'; event: 'loginSuccess'; statusId: string }
    | {
          kind: 'omni';
          event: 'statusChanged';
          statusId: string;
          statusApiName?: string | null;
          statusName?: string | null;
          reason?: string | null;
      }
    | { kind: 'omni'; event: 'logout'; reason?: string | null }
    | ({ kind: 'omni'; event: 'workAssigned' | 'workAccepted' | 'workDeclined' | 'workClosed' } & WorkRef)
    | {
          kind: 'omni';
          event: 'workloadChanged';
          configuredCapacity: number;
          previousWorkload?: number | null;
          newWorkload: number;
      }
    | { kind: 'omni'; event: 'connectionError'; error?: string | null };

/** A softphone interaction: the softphone's own id for it and its direction. */
export interface InteractionRef {
    interactionId: string;
    direction: InteractionDirection;
}

/** Softphone events as the bridge delivers them. */
export type SoftphoneInput =
    | {
          kind: 'softphone';
          event: 'connected';
          catalogue: readonly CatalogueEntry[];
          capabilities: readonly string[];
          loggedIn: boolean;
          state: SoftphoneState | null;
          /**
           * When the softphone entered its current state, in milliseconds of the engine's own clock, for
           * the "most recent" authority. Only for callers that share the engine's clock (tests, the
           * scenario runner): a softphone's own timestamp is on another clock.
           */
          since?: number | null;
          /**
           * How long the softphone has been in its current state, in milliseconds, as the softphone
           * measured it. A duration does not depend on whose clock measured it, so the engine places it
           * on its own clock (`now - sinceAgeMs`); preferred over `since`.
           */
          sinceAgeMs?: number | null;
          interactions?: readonly InteractionRef[];
      }
    | { kind: 'softphone'; event: 'loggedIn'; state: SoftphoneState | null }
    | { kind: 'softphone'; event: 'loggedOut'; cause?: ChangeCause; requestId?: string | null }
    | {
          kind: 'softphone';
          event: 'stateChanged';
          state: SoftphoneState;
          cause: ChangeCause;
          /** The host command this change carries out, when the cause is `host`. */
          requestId?: string | null;
      }
    | ({ kind: 'softphone'; event: 'interactionStarted' } & InteractionRef)
    | { kind: 'softphone'; event: 'interactionEnded'; interactionId: string }
    | {
          kind: 'softphone';
          event: 'workAction';
          action: 'accept' | 'decline' | 'close';
          workId: string;
          reason?: string | null;
      }
    | { kind: 'softphone'; event: 'disconnected'; reason?: string | null };

/** The outcome of a command the engine issued. */
export interface ResultInput {
    kind: 'result';
    commandId: string;
    ok: boolean;
    error?: string | null;
}

/** Time has passed: retries, echo windows. */
export interface TickInput {
    kind: 'tick';
}

/** Everything the engine reacts to: an Omni event, a softphone event, a command's result, or time passing. */
export type EngineInput = OmniInput | SoftphoneInput | ResultInput | TickInput;

// ─── Outputs ───────────────────────────────────────────────────────────────────────────

/** A toolkit call, by the toolkit's own method name. */
export type OmniCommand = { side: 'omni'; id: string; rule: RuleId } & (
    | { method: 'login'; args: { statusId: string }; status: string }
    | { method: 'setServicePresenceStatus'; args: { statusId: string }; status: string }
    | { method: 'logout'; args: Record<string, never> }
    | { method: 'acceptAgentWork'; args: { workId: string } }
    | { method: 'declineAgentWork'; args: { workId: string; declineReason?: string } }
    | { method: 'closeAgentWork'; args: { workId: string } }
);

/** What happened to a work item, as forwarded to the softphone (B19). */
export type WorkEvent = 'assigned' | 'accepted' | 'declined' | 'closed';

/** A message to the softphone over the bridge. */
export type SoftphoneCommand = { side: 'softphone'; id: string; rule: RuleId } & (
    | { type: 'setState'; state: SoftphoneState }
    | { type: 'logout' }
    | { type: 'workItem'; event: WorkEvent; workId: string; workItemId: string }
);

/** A command the engine issues to one side; the edges carry it out and answer with a `ResultInput` of the same `id`. */
export type Command = OmniCommand | SoftphoneCommand;

/** Presence commands change a side's state; work commands (B19) carry work items. */
export function isPresenceCommand(command: Command): boolean {
    return command.side === 'omni'
        ? command.method === 'login' || command.method === 'logout' || command.method === 'setServicePresenceStatus'
        : command.type !== 'workItem';
}

/** Behaviour ids from the catalogue, plus the engine's own bookkeeping. */
export type RuleId =
    | 'B1'
    | 'B2'
    | 'B3'
    | 'B4'
    | 'B5'
    | 'B6'
    | 'B7'
    | 'B8'
    | 'B9'
    | 'B10'
    | 'B11'
    | 'B12'
    | 'B13'
    | 'B14'
    | 'B15'
    | 'B16'
    | 'B17'
    | 'B19'
    | 'track'
    | 'off';

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

// ─── State ─────────────────────────────────────────────────────────────────────────────

/** What the engine wants a side to be, and under which rule. */
export type OmniTarget =
    { kind: 'status'; status: string; rule: RuleId; mayLogin: boolean } | { kind: 'offline'; rule: RuleId };
/** What the engine wants the softphone to be: a state, or logged out, and the rule that asked. */
export type SoftphoneTarget =
    { kind: 'state'; state: SoftphoneState; rule: RuleId } | { kind: 'loggedOut'; rule: RuleId };

/** A presence value of one side: an Omni status or offline; a softphone state or logged out. */
export type OmniValue = { kind: 'status'; status: string } | { kind: 'offline' };
/** The softphone's presence value: a state, or logged out. */
export type SoftphoneValue = { kind: 'state'; state: SoftphoneState } | { kind: 'loggedOut' };

/** A presence command awaiting its result. */
export interface InFlight<T> {
    id: string;
    target: T;
    rule: RuleId;
    attempt: number;
    issuedAt: number;
    /** A genuine change arrived on this side after the command was issued (B14). */
    superseded: boolean;
    /** Its echo has already arrived. */
    echoed: boolean;
    /**
     * The side logged out (not by this sync) after the command was issued: the session it was for is
     * gone, so its success never brings the side back online in the engine's belief.
     */
    overtaken?: boolean;
    /**
     * A later decision wanted the same value and took this command for it (B13: "already, once it
     * lands"): if the command fails or times out, that want stands and the command is retried (B17).
     */
    wantedAgain?: boolean;
}

/** A command that succeeded, whose echo may still arrive (B12). */
export interface Expectation<T> {
    id: string;
    target: T;
    until: number;
    /**
     * The command succeeded but the side's last event says otherwise: an event we took for its
     * echo may have been someone else's. No command goes to that side until an event settles it.
     */
    uncertain: boolean;
    /**
     * Someone else's logout (the agent, a supervisor, maintenance, a handover) came after the command:
     * its echo is still possible only as a toolkit call, so it claims only an event Omni marks
     * `OmniToolkitStatusChange` (see src-ts/engine/attribution.ts).
     */
    toolkitOnly?: boolean;
    /**
     * A genuine change on this side came after the command was sent, before its echo: the echo is a
     * landing after a newer change, which is put back (B14).
     */
    superseded?: boolean;
}

/**
 * A command of this sync whose echo may still arrive though it is neither in flight nor expected any
 * more: it failed or timed out (it may have landed all the same), or an earlier page sent it before a
 * console reload. Attribution (src-ts/engine/attribution.ts) reads these; `until` and `issuedAt` are
 * milliseconds of the engine's monotonic clock (shifted onto a new page's clock with the state).
 */
export interface LateEcho {
    side: Side;
    id: string;
    target: OmniTarget | SoftphoneTarget;
    issuedAt: number;
    until: number;
    /** Sent by an earlier page, before the console reloaded. */
    earlier: boolean;
    /** As `Expectation.toolkitOnly`: someone else's logout came after it. */
    toolkitOnly: boolean;
    /**
     * The Omni status a reconnect found agreeing with the softphone after this command was sent: should
     * the command land, Omni is put back there (B13, B15).
     */
    putBack?: string;
}

/** When a failed command is tried again: `at` in milliseconds of the engine's monotonic clock, and the number of the attempt it will be (the first send is attempt 1). */
export interface RetryPlan {
    at: number;
    attempt: number;
}

/** A runtime diagnostic the engine keeps in its state (held change, disconnected softphone, failed command …), shown by the panel. */
export interface Notice {
    code: DiagnosticCode;
    subject: string;
    detail: string;
    /** Named values for the panel (see `Diagnostic.params`). */
    params?: Record<string, string>;
}

/** What the engine knows of Omni-Channel. Times (`lastChangeAt` and those of the command in flight) are milliseconds of the engine's monotonic clock. */
export interface OmniSide {
    /** Unknown until the start-up snapshot or the first event. */
    presence: 'unknown' | 'offline' | 'online';
    status: string | null;
    connectionError: boolean;
    lastChangeAt: number | null;
    inFlight: InFlight<OmniTarget> | null;
    expect: Expectation<OmniTarget> | null;
    retry: RetryPlan | null;
    target: OmniTarget | null;
    /**
     * Omni was logged out by someone other than this sync (the agent, a supervisor, maintenance, a
     * handover): it stays offline until the softphone itself logs in (B15, B16).
     */
    logoutStands?: boolean;
    /**
     * Resumed from a save made while Omni was online by a call of this sync's that landed after a logout
     * that stood, its undo under way: found online at start-up, it is still undone (B16). Until the start-up read.
     */
    undoLoginAtStart?: boolean;
}

/** What the engine knows of the softphone, from its handshake and events. `since` and other times are milliseconds of the engine's monotonic clock. */
export interface SoftphoneSide {
    connected: boolean;
    presence: 'unknown' | 'loggedOut' | 'loggedIn';
    state: SoftphoneState | null;
    since: number | null;
    capabilities: string[];
    catalogue: CatalogueEntry[] | null;
    interactions: InteractionRef[];
    inFlight: InFlight<SoftphoneTarget> | null;
    expect: Expectation<SoftphoneTarget> | null;
    retry: RetryPlan | null;
    target: SoftphoneTarget | null;
    /**
     * The softphone is in a reserved state it entered by itself (the contact centre's call or wrap),
     * not one this sync put it in (B7/B8's busy state): only then does a reserved state mean a call.
     */
    selfReserved?: boolean;
    /**
     * The softphone's value (a state, or logged out) last seen before a console reload (from the saved state), so the
     * next handshake can tell whether it changed while the console was away (B15).
     */
    lastSeen?: SoftphoneValue | null;
    /** At the last handshake the softphone was not as last seen: it changed while the sync was away (B15). */
    changedAway?: boolean;
}

/** An interaction run: from the first interaction (or reserved state) to the last one's end. */
export interface InteractionRun {
    /**
     * Omni status when the run began: what B10 restores. Null when the interaction was already live
     * when the sync first saw it (a status first seen mid-call is never restored).
     */
    statusBefore: string | null;
    inbound: boolean;
}

/**
 * The engine's whole state: plain JSON, saved by the runtime and resumed on reload (`resumeState`,
 * then `shiftStateTimes` onto the new page's clock). Every time in it is in milliseconds of the
 * engine's monotonic clock (performance.now()-like, one page).
 */
export interface EngineState {
    version: 1;
    seq: number;
    omni: OmniSide;
    softphone: SoftphoneSide;
    /**
     * The latest genuine change, agent or system, on either side (B14), and when it came (`at`,
     * milliseconds of the engine's monotonic clock) and the state's `seq` then (commands issued after it
     * have a higher number); both absent in states saved by an older version.
     */
    latestChange:
        | { side: 'omni'; value: OmniValue; at?: number; seq?: number }
        | { side: 'softphone'; value: SoftphoneValue; at?: number; seq?: number }
        | null;
    /**
     * An Omni change held while the softphone is on an interaction (B11). It stays here until the
     * softphone confirms it (`heldApplying` is then true while its command is under way), or a newer
     * agent change supersedes it.
     */
    held: OmniValue | null;
    heldApplying?: boolean;
    /**
     * When the held change was chosen (milliseconds of the engine's monotonic clock, shifted with the
     * state on a reload): a held change lives by its age (HELD_MAX_AGE_MS), not by whether the console
     * restarted (B11).
     */
    heldAt?: number | null;
    /**
     * A held change the softphone already showed when its interaction ended (so nothing was sent), until
     * `until` (the engine's clock): the state the contact centre gives right after the call is part of
     * that end, and the held change is applied over it (B11). Not saved: it lives for seconds.
     */
    heldSettled?: { value: OmniValue; at: number | null; until: number } | null;
    /** Commands whose echo may still arrive late or from an earlier page (attribution, B12). */
    lateEchoes?: LateEcho[];
    run: InteractionRun | null;
    work: {
        accepted: string[];
        workload: number | null;
        capacity: number | null;
        /** The busy state B7/B8 put the softphone in, while it holds. */
        forced: SoftphoneState | null;
        /** The agent changed the softphone themselves while B7 held it busy. */
        overridden: boolean;
        /** Work items forwarded to the softphone (B19): the only ones it may accept, decline or close. */
        shown?: string[];
    };
    /** Work-item commands (B19) awaiting their result, for the audit and failure reports. */
    pendingWork: { id: string; label: string }[];
    /** The softphone logged in without a state; B3 waits for its first state. */
    loginPending: boolean;
    /**
     * The softphone has logged in (or was first seen logged in at start-up with no Omni logout
     * standing) and B3 may log Omni in for it. A reconnect of a softphone that was already logged in
     * never sets it (B16).
     */
    loginForSoftphone?: boolean;
    /**
     * The state was resumed from a save (a console reload): the first sight of a logged-in softphone
     * is then a reconnect, not a login, unless the save saw it logged out (B16).
     */
    resumed?: boolean;
    /** Start-up or reconnect reconciliation waiting for both sides to be known (B15). */
    reconcile: 'startup' | 'softphone-reconnect' | 'omni-reconnect' | null;
    notices: Notice[];
}

/** What one step returns. */
export interface StepResult {
    state: EngineState;
    commands: Command[];
    decisions: Decision[];
    /** The earliest time at which a tick matters (retry, echo expiry), or null. */
    wakeAt: number | null;
}
