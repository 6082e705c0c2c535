/**
 * The engine's shared ground: the per-step context and audit helper, comparisons of presence values,
 * and the panel notices. The state's life (initial, resumed, shifted) is in state-lifecycle.ts,
 * re-exported here.
 */
import { formatState, sameState, type CompiledMapping } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type {
    DetailKey,
    Command,
    Decision,
    DiagnosticCode,
    HeldChange,
    EngineOutcome,
    EngineState,
    Notice,
    OmniTarget,
    OmniValue,
    RuleId,
    SoftphoneTarget,
    SoftphoneValue
} from './types';
import { MAX_NOTICES } from './state-lifecycle';
import type { OmniSide, SoftphoneSide } from './state-types';
import type { Attribution } from './attribution';
export { ECHO_WINDOW_MS } from './earlier-page';
export { MAX_NOTICES, MAX_PENDING_WORK, initialState, resumeState, shiftStateTimes } from './state-lifecycle';

/**
 * How long to wait before attempt number `attempt` (2 or more) of a failed command, in milliseconds of
 * the engine's monotonic clock: 500 ms doubled per attempt, at most 8000 ms.
 */
export function retryDelayMs(attempt: number): number {
    return Math.min(500 * 2 ** (attempt - 1), 8000);
}

// ─── Step context ────────────────────────────────────────────────────────────

/**
 * What one `step` works with: the compiled mapping, `now` (milliseconds of the engine's monotonic
 * clock), and the commands and decisions collected so far.
 */
export interface Ctx {
    readonly mapping: CompiledMapping;
    readonly now: number;
    readonly commands: Command[];
    readonly decisions: Decision[];
    /**
     * Whose Omni status or login the step's input is, as its handler attributed it before taking it in
     * (omni-status.ts), for the save at once (save-at-once.ts) to read rather than attribute again;
     * undefined when the handler did not attribute it.
     */
    omniBy: Attribution | null | undefined;
}

/** Shared by every decision that issued no command, to spare an allocation per decision. */
const NO_COMMANDS: readonly string[] = Object.freeze([]);
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Records a decision at `ctx.now`: the rule id, the outcome code, the detail (a key of
 * `DETAIL_KEYS` in detail-keys.ts and its named values; the panel words it through the label
 * `Presence_Sync_Detail_<key>`, in the user's language), the commands it issued, and the outcome's
 * named values.
 */
export function decide(
    ctx: Ctx,
    rule: RuleId,
    outcome: EngineOutcome,
    detailKey: DetailKey,
    detailParams: Readonly<Record<string, string>> = NO_PARAMS,
    commands: readonly string[] = NO_COMMANDS,
    outcomeParams: Readonly<Record<string, string>> = NO_PARAMS
): void {
    ctx.decisions.push({
        at: ctx.now,
        // The input's audit words: the step gives them to all its decisions at its end, made once (engine.ts).
        input: '',
        inputKind: '',
        inputParams: NO_PARAMS,
        rule,
        outcome,
        outcomeParams,
        detailKey,
        detailParams,
        commands
    });
}

/** The outcome parameters naming an Omni value (`side`, `status`). */
export function omniParams(value: OmniTarget | OmniValue | null): Record<string, string> {
    if (value === null) return { side: 'omni' };
    return value.kind === 'offline' ? { side: 'omni', status: 'offline' } : { side: 'omni', status: value.status };
}

/** The outcome parameters naming a softphone value (`side`, `state`, `minor`). */
export function softphoneParams(value: SoftphoneTarget | SoftphoneValue | null): Record<string, string> {
    if (value === null) return { side: 'softphone' };
    if (value.kind === 'loggedOut') return { side: 'softphone', state: 'loggedOut' };
    const params: Record<string, string> = { side: 'softphone', state: value.state.major };
    if (value.state.minor !== null) params.minor = value.state.minor;
    return params;
}

/** Every field of `T`, optional ones too (then possibly undefined): a copy that names them all. */
type Every<T> = { [K in keyof Required<T>]: T[K] | undefined };

/**
 * A shallow working copy: nested values are replaced, never mutated, so the input state stays intact.
 * Each field is named (the types make a new one a compile error here), so every copy has one shape:
 * an object spread of states made in many places was the engine's costliest line (issue 23).
 */
export function draft(state: EngineState): EngineState {
    // `work`, `run`, `latestChange` and the arrays are replaced whole when they change, never mutated.
    const o = state.omni;
    const p = state.softphone;
    const omni: Every<OmniSide> = {
        presence: o.presence,
        status: o.status,
        connectionError: o.connectionError,
        lastChangeAt: o.lastChangeAt,
        inFlight: o.inFlight,
        expect: o.expect,
        retry: o.retry,
        target: o.target,
        logoutStands: o.logoutStands,
        undoLoginAtStart: o.undoLoginAtStart,
        restoreAtStart: o.restoreAtStart,
        landedStatus: o.landedStatus
    };
    const softphone: Every<SoftphoneSide> = {
        connected: p.connected,
        presence: p.presence,
        state: p.state,
        since: p.since,
        capabilities: p.capabilities,
        catalogue: p.catalogue,
        interactions: p.interactions,
        inFlight: p.inFlight,
        expect: p.expect,
        retry: p.retry,
        target: p.target,
        selfReserved: p.selfReserved,
        lastSeen: p.lastSeen,
        landingAtStart: p.landingAtStart,
        changedAway: p.changedAway,
        outByOurs: p.outByOurs
    };
    const copy: Every<EngineState> = {
        version: state.version,
        seq: state.seq,
        omni: omni as OmniSide,
        softphone: softphone as SoftphoneSide,
        latestChange: state.latestChange,
        held: state.held,
        heldApplying: state.heldApplying,
        heldAt: state.heldAt,
        heldSettled: state.heldSettled,
        heldWithoutOmni: state.heldWithoutOmni,
        lateEchoes: state.lateEchoes,
        run: state.run,
        work: state.work,
        pendingWork: state.pendingWork,
        loginPending: state.loginPending,
        loginForSoftphone: state.loginForSoftphone,
        resumed: state.resumed,
        reconcile: state.reconcile,
        notices: state.notices
    };
    return copy as EngineState;
}

// ─── Values and comparisons ──────────────────────────────────────────────────

/** Whether two status names are the same, ignoring case; false when either is null. */
export const sameName = (a: string | null, b: string | null) =>
    a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/** Omni's presence as last reported (a status, or offline), or null while unknown. */
export function omniNow(engineState: EngineState): OmniValue | null {
    if (engineState.omni.presence === 'online' && engineState.omni.status !== null)
        return { kind: 'status', status: engineState.omni.status };
    if (engineState.omni.presence === 'offline') return { kind: 'offline' };
    return null;
}

/** The softphone's presence as last reported (a state, or logged out), or null while unknown. */
export function softphoneNow(engineState: EngineState): SoftphoneValue | null {
    if (engineState.softphone.presence === 'loggedIn' && engineState.softphone.state !== null)
        return { kind: 'state', state: engineState.softphone.state };
    if (engineState.softphone.presence === 'loggedOut') return { kind: 'loggedOut' };
    return null;
}

/** Whether Omni's value meets a target or value: the same status (ignoring case), or both offline. */
export function omniMatches(target: OmniTarget | OmniValue, value: OmniValue | null): boolean {
    if (value === null) return false;
    if (target.kind === 'offline' || value.kind === 'offline') return target.kind === value.kind;
    return sameName(target.status, value.status);
}

/**
 * Whether the softphone's value meets a target or value: the same state (a target without a minor
 * state is met by any minor of its major), or both logged out.
 */
export function softphoneMatches(target: SoftphoneTarget | SoftphoneValue, value: SoftphoneValue | null): boolean {
    if (value === null) return false;
    if (target.kind === 'loggedOut' || value.kind === 'loggedOut') return target.kind === value.kind;
    // A target without a minor state is met by any minor state of its major state.
    if (target.state.minor === null) return target.state.major.toLowerCase() === value.state.major.toLowerCase();
    return sameState(target.state, value.state);
}

/** Where Omni is heading: the command in flight, else where it is. */
export function omniProjected(engineState: EngineState): OmniValue | null {
    const flight = engineState.omni.inFlight;
    // An echoed command has landed: Omni is where its events since say.
    if (flight && !flight.echoed)
        return flight.target.kind === 'offline'
            ? { kind: 'offline' }
            : { kind: 'status', status: flight.target.status };
    return omniNow(engineState);
}

/** The softphone as it will be once the command in flight lands, else as last reported. */
export function softphoneProjected(engineState: EngineState): SoftphoneValue | null {
    const flight = engineState.softphone.inFlight;
    if (flight && !flight.echoed)
        return flight.target.kind === 'loggedOut'
            ? { kind: 'loggedOut' }
            : { kind: 'state', state: flight.target.state };
    return softphoneNow(engineState);
}

/** Omni's value in the audit's words: a status name, `offline` or `unknown`. */
export const describeOmni = (value: OmniTarget | OmniValue | null) =>
    value === null ? 'unknown' : value.kind === 'offline' ? 'offline' : value.status;
/** The softphone's value in the audit's words: `Major / Minor`, `logged out` or `unknown`. */
export const describeSoftphone = (value: SoftphoneTarget | SoftphoneValue | null) =>
    value === null ? 'unknown' : value.kind === 'loggedOut' ? 'logged out' : formatState(value.state);

/**
 * On a live interaction (B11): the softphone reported one open, or it is in a reserved state (on a
 * call, wrap) that it entered by itself. A reserved state this sync put it in (B7/B8's busy state,
 * whether or not the command has landed) is never a call.
 */
export function isOnInteraction(state: EngineState): boolean {
    return state.softphone.interactions.length > 0 || state.softphone.selfReserved === true;
}

/** The engine's own rule, inside a step. */
export function inInteraction(_ctx: Ctx, engineState: EngineState): boolean {
    return isOnInteraction(engineState);
}

/** Whether a softphone state the softphone entered by itself counts as a call (reserved, not the work busy state). */
export function reservedBySoftphone(ctx: Ctx, engineState: EngineState, state: SoftphoneState | null): boolean {
    if (state === null || !ctx.mapping.isReserved(state)) return false;
    return engineState.work.forced === null || !sameState(engineState.work.forced, state);
}

/** The change held for the end of the interaction (B11), as the panel shows it, or null. */
export function heldChange(state: EngineState): HeldChange | null {
    const held = state.held;
    if (held === null) return null;
    return {
        towards: 'softphone',
        target: held.kind === 'offline' ? { kind: 'offline' } : { kind: 'status', status: held.status }
    };
}

/** Whether a state is the settings' Ready State (major state only, ignoring case). */
export function isReadyState(ctx: Ctx, state: SoftphoneState | null): boolean {
    return state !== null && state.major.toLowerCase() === ctx.mapping.settings.readyState.major.toLowerCase();
}

// ─── Notices ─────────────────────────────────────────────────────────────────

/** Notices that describe a current condition, of which only the latest counts. */
export const SINGLE_NOTICES: ReadonlySet<Notice['code']> = new Set([
    'omni-handover',
    'omni-maintenance',
    'omni-supervisor-logout',
    'omni-stays-offline',
    'no-login-status'
]);

/** Notices that already say why Omni-Channel is offline and what to do (a handover, maintenance). */
const OFFLINE_SAID_BY: readonly DiagnosticCode[] = ['omni-handover', 'omni-maintenance'];

/**
 * The panel says the sync leaves Omni-Channel offline (B16), unless a notice already says why:
 * a handover or maintenance, or one of `alsoSaidBy`.
 */
export function sayOmniStaysOffline(engineState: EngineState, alsoSaidBy: readonly DiagnosticCode[] = []): void {
    if (engineState.notices.some((n) => OFFLINE_SAID_BY.includes(n.code) || alsoSaidBy.includes(n.code))) return;
    addNotice(engineState, { code: 'omni-stays-offline', subject: 'omni', detail: '', params: {} });
}

/**
 * Adds a notice: it replaces one of the same code and subject (of the same code, for the kinds in
 * SINGLE_NOTICES); an identical one is not added again; the newest MAX_NOTICES are kept.
 */
export function addNotice(engineState: EngineState, notice: Notice): void {
    if (
        engineState.notices.some(
            (n) => n.code === notice.code && n.subject === notice.subject && n.detail === notice.detail
        )
    )
        return;
    const single = SINGLE_NOTICES.has(notice.code);
    const kept = engineState.notices.filter(
        (n) => !(n.code === notice.code && (single || n.subject === notice.subject))
    );
    engineState.notices = [...kept, notice].slice(-MAX_NOTICES);
}

/**
 * The softphone is logged out by a logout of ours that landed after the agent's own newer softphone login (B5, B15),
 * which the sync cannot undo (`SoftphoneSide.outByOurs`).
 */
export function softphoneOutByOurs(engineState: EngineState): boolean {
    return engineState.softphone.presence === 'loggedOut' && engineState.softphone.outByOurs === true;
}

/** Removes the notices of one code (of one subject, when given). */
export function clearNotices(engineState: EngineState, code: Notice['code'], subject?: string): void {
    // A loop, not some(): most calls find none, and make no closure to find it out.
    for (const notice of engineState.notices)
        if (notice.code === code && (subject === undefined || notice.subject === subject)) {
            engineState.notices = engineState.notices.filter(
                (n) => !(n.code === code && (subject === undefined || n.subject === subject))
            );
            return;
        }
}
