/**
 * The plain, serialisable state the sync engine carries between inputs (saved by the runtime and
 * resumed on reload): what it knows of each side, its commands under way, targets and retries, the
 * latest genuine change, the held change (B11), work items (B7, B8, B19) and notices; and what one
 * step returns.
 */
import type { CatalogueEntry, SoftphoneState } from '../mapping/types';
import type { InteractionRef, Side } from './input-types';
import type { Command, RuleId } from './command-types';
import type { Decision, DiagnosticCode } from './decision-types';

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
     * A genuine change, or the landing of another call of ours, came on this side after its echo: it has landed
     * and is behind that change, so the same value again is a person's, not this command's (attribution, B12).
     */
    behind?: boolean;
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
    /**
     * The rule of that later want, when the command carried a held change (B11) and another rule's want took
     * it: the retry speaks for that want, not for the held change, which has ended by then (B11, B17).
     */
    wantedBy?: RuleId;
    /**
     * Sent as `login`, Omni-Channel being offline: the only call of ours that answers a `loginSuccess` while
     * Omni is offline (a status call landing on an offline agent logs them in as a toolkit status change;
     * see src-ts/engine/attribution.ts).
     */
    login?: boolean;
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
    /**
     * Its echo has arrived: it has landed. An earlier page's such command is not resumed after a reload
     * (its second report within the echo window finds Omni already there and changes nothing).
     */
    echoed?: boolean;
    /**
     * Sent as `login` (`InFlight.login`) and succeeded: it landed, and its landing is a `loginSuccess`, which carries
     * no reason, so while its echo has not come a logout of someone else's since (`toolkitOnly`) does not end its
     * claim on a login event (attribution, B3, B12, B16).
     */
    login?: boolean;
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
    /**
     * An earlier page's command whose result said it landed (its saved expectation, not a failure): its
     * echo precedes any later change on its side, as a finished command's does, so a genuine change on
     * that side ends it (B12).
     */
    landed?: boolean;
    /**
     * A login of ours (sent while Omni was offline, this page's or an earlier page's): the only late call
     * that answers a `loginSuccess` while Omni is offline. An earlier page's found online at its status by
     * the start-up read has landed, and is then `landed` (B12).
     */
    login?: boolean;
    /**
     * A login of an earlier page's that saw Omni online after sending it (its save says so): Omni found online at
     * its status by the start-up read does not say that it landed, and it is not then `landed` (B12).
     */
    seenOnline?: boolean;
    /**
     * A login of an earlier page that was logging Omni in for the softphone when it saved (a login its target, or
     * `loginForSoftphone`; Omni offline): as on that page, a login event is the sync's while such a login may land
     * (B3, B12).
     */
    forSoftphone?: boolean;
    /**
     * A status call whose late claim an Omni event took (this page's that timed out or failed, or an earlier
     * page's): that event may have been an older twin's landing (a call of the same status, its own claim gone),
     * so the call still claims its own landing as a toolkit call, once (`twinClaim`, B12, B14).
     */
    twin?: boolean;
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
    /**
     * Resumed from a save made while a B14 restore of the latest Omni choice (`status`) was still to be
     * sent or under way, Omni then showing `over`, the status of ours that had overwritten that choice: found still
     * showing `over` at start-up, the restore is carried on. `landing`: no restore had been decided yet; `over` is
     * the status of a call of ours sent before that choice and still under way at the save (its landing overwrites
     * the choice); `also`, the statuses of the other such calls (whichever landed last overwrote it). Until the
     * start-up reconciliation.
     */
    restoreAtStart?: { status: string; over: string; landing?: true; also?: string[] };
    /**
     * The status of the last Omni event taken for the landing of a command of ours (B12), while no other
     * Omni event has come since: the same status told again (a duplicated report, a login's
     * `loginSuccess` then `statusChanged`) is that landing, and claims no other command. Not resumed.
     */
    landedStatus?: string;
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
    /**
     * Where the softphone commands of the saved page's that might still land (under way, awaiting their echo,
     * failed or timed out) were taking the softphone (a state, or logged out): found so at start-up, one of them
     * landed, however long the reload took; the softphone did not change by itself (B15). Until the next handshake.
     */
    landingAtStart?: SoftphoneValue[];
    /** At the last handshake the softphone was not as last seen: it changed while the sync was away (B15). */
    changedAway?: boolean;
    /**
     * Logged out by a logout of ours that landed after the agent's own newer softphone login (B5, B15), which the sync
     * cannot undo (it has no credentials): until the softphone's next change or handshake.
     */
    outByOurs?: boolean;
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
     * have a higher number); both absent in states saved by an older version. `held`: a change held during a
     * call (B11), applied at its end.
     */
    latestChange:
        | { side: 'omni'; value: OmniValue; at?: number; seq?: number; held?: boolean }
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
    /**
     * The held status was applied while Omni-Channel was offline (a logout of ours sent before it landed after it, B16):
     * only its softphone part went, and when that lands the agent is told Omni-Channel's part was not (B11).
     * Not resumed: a reload applies the held change afresh.
     */
    heldWithoutOmni?: boolean;
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
    /**
     * The new state must be saved at once, not after the runtime's save delay: a logout came to stand or
     * stopped standing, the undo of a login that landed after it started (B16), or a person made a new
     * Omni-Channel choice (B14, B15), so a reload in between, or storage refusing the later saves, does not
     * forget it (src-ts/engine/save-at-once.ts says which steps and why).
     */
    saveAtOnce: boolean;
}
