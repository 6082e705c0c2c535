/**
 * The engine's shared ground: the initial state, the per-step context and audit helper,
 * comparisons of presence values, and the panel notices.
 */
import { formatState, sameState, type CompiledMapping } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import { earlierPageEchoes } from './earlier-page';
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
export { ECHO_WINDOW_MS } from './earlier-page';
/** The most notices the engine keeps; the oldest go first. */
export const MAX_NOTICES = 20;
/** The most work-item events (B19) waiting for the softphone; the oldest go first. */
export const MAX_PENDING_WORK = 50;

/**
 * How long to wait before attempt number `attempt` (2 or more) of a failed command, in milliseconds of
 * the engine's monotonic clock: 500 ms doubled per attempt, at most 8000 ms.
 */
export function retryDelayMs(attempt: number): number {
    return Math.min(500 * 2 ** (attempt - 1), 8000);
}

/** The state before anything is known: both sides `unknown`, nothing in flight, no notices. */
export function initialState(): EngineState {
    return {
        version: 1,
        seq: 0,
        omni: {
            presence: 'unknown',
            status: null,
            connectionError: false,
            lastChangeAt: null,
            inFlight: null,
            expect: null,
            retry: null,
            target: null,
            logoutStands: false
        },
        softphone: {
            connected: false,
            presence: 'unknown',
            state: null,
            since: null,
            capabilities: [],
            catalogue: null,
            interactions: [],
            inFlight: null,
            expect: null,
            retry: null,
            target: null,
            selfReserved: false
        },
        latestChange: null,
        held: null,
        heldApplying: false,
        heldAt: null,
        lateEchoes: [],
        run: null,
        work: { accepted: [], workload: null, capacity: null, forced: null, overridden: false, shown: [] },
        pendingWork: [],
        loginPending: false,
        loginForSoftphone: false,
        reconcile: 'startup',
        notices: []
    };
}

// ─── Step context ────────────────────────────────────────────────────────────

/**
 * What one `step` works with: the compiled mapping, `now` (milliseconds of the engine's monotonic
 * clock), the input as described for the audit, and the commands and decisions collected so far.
 */
export interface Ctx {
    readonly mapping: CompiledMapping;
    readonly now: number;
    readonly input: string;
    readonly inputKind: string;
    readonly inputParams: Readonly<Record<string, string>>;
    readonly commands: Command[];
    readonly decisions: Decision[];
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
        input: ctx.input,
        inputKind: ctx.inputKind,
        inputParams: ctx.inputParams,
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

/** A shallow working copy: nested values are replaced, never mutated, so the input state stays intact. */
export function draft(state: EngineState): EngineState {
    // `work`, `run`, `latestChange` and the arrays are replaced whole when they change, never mutated.
    return { ...state, omni: { ...state.omni }, softphone: { ...state.softphone } };
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

/** Removes the notices of one code (of one subject, when given). */
export function clearNotices(engineState: EngineState, code: Notice['code'], subject?: string): void {
    if (!engineState.notices.some((n) => n.code === code && (subject === undefined || n.subject === subject))) return;
    engineState.notices = engineState.notices.filter(
        (n) => !(n.code === code && (subject === undefined || n.subject === subject))
    );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function validState(value: unknown): SoftphoneState | null {
    if (!isObject(value) || typeof value.major !== 'string') return null;
    return { major: value.major, minor: typeof value.minor === 'string' ? value.minor : null };
}

function validOmniValue(value: unknown): OmniValue | null {
    if (!isObject(value)) return null;
    if (value.kind === 'offline') return { kind: 'offline' };
    return value.kind === 'status' && typeof value.status === 'string'
        ? { kind: 'status', status: value.status }
        : null;
}

function validLatestChange(value: unknown): EngineState['latestChange'] {
    if (!isObject(value)) return null;
    const at = {
        ...(typeof value.at === 'number' && Number.isFinite(value.at) ? { at: value.at } : {}),
        ...(typeof value.seq === 'number' && Number.isSafeInteger(value.seq) ? { seq: value.seq } : {})
    };
    if (value.side === 'omni') {
        const omni = validOmniValue(value.value);
        return omni === null ? null : { side: 'omni', value: omni, ...at };
    }
    if (value.side !== 'softphone' || !isObject(value.value)) return null;
    if (value.value.kind === 'loggedOut') return { side: 'softphone', value: { kind: 'loggedOut' }, ...at };
    const state = value.value.kind === 'state' ? validState(value.value.state) : null;
    return state === null ? null : { side: 'softphone', value: { kind: 'state', state }, ...at };
}

function lastSeenOf(softphone: Record<string, unknown>): SoftphoneValue | null {
    if (softphone.presence === 'loggedOut') return { kind: 'loggedOut' };
    const state = softphone.presence === 'loggedIn' ? validState(softphone.state) : null;
    return state === null ? null : { kind: 'state', state };
}

/**
 * A state saved before a reload (or by the previous driving tab), made safe to continue from:
 * what was in flight or awaiting its echo is kept as the earlier page's late echoes (it may still land,
 * and its echo is then not a genuine change; see attribution.ts), both sides are read again and
 * reconciled (B15), and what the agent asked for survives: the held change, the interaction
 * run and the work busy state. Anything unrecognisable gives null: start afresh.
 */
export function resumeState(saved: unknown): EngineState | null {
    if (!isObject(saved) || saved.version !== 1) return null;
    // Command ids are built from seq: beyond the safe integers they would repeat.
    if (typeof saved.seq !== 'number' || !Number.isSafeInteger(saved.seq) || saved.seq < 0) return null;
    const fresh = initialState();
    const omni = saved.omni;
    const softphone = saved.softphone;
    const work = saved.work;
    if (!isObject(omni) || !isObject(softphone) || !isObject(work)) return null;
    if (!Array.isArray(softphone.interactions) || !Array.isArray(work.accepted) || !Array.isArray(saved.notices))
        return null;
    const state = saved as unknown as EngineState;
    const strings = (value: unknown): string[] =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const numberOrNull = (value: unknown): number | null =>
        typeof value === 'number' && Number.isFinite(value) ? value : null;
    return {
        ...fresh,
        seq: state.seq,
        omni: {
            ...fresh.omni,
            lastChangeAt: numberOrNull(omni.lastChangeAt),
            logoutStands: omni.logoutStands === true,
            // Online while a logout stood: the earlier page was undoing a call of ours that landed after it (B16).
            ...(omni.logoutStands === true && omni.presence === 'online' ? { undoLoginAtStart: true } : {})
        },
        softphone: {
            ...fresh.softphone,
            since: numberOrNull(softphone.since),
            lastSeen: lastSeenOf(softphone),
            interactions: (softphone.interactions as unknown[]).flatMap((i) =>
                isObject(i) &&
                typeof i.interactionId === 'string' &&
                (i.direction === 'inbound' || i.direction === 'outbound')
                    ? [{ interactionId: i.interactionId, direction: i.direction }]
                    : []
            )
        },
        // Saved before the field was renamed, a state carries it as `lead`.
        latestChange: validLatestChange(saved.latestChange ?? saved.lead),
        held: validOmniValue(saved.held),
        heldApplying: false,
        // Saved before held changes carried their age: as old as the save allows (still applied).
        heldAt: validOmniValue(saved.held) === null ? null : numberOrNull(saved.heldAt),
        // What the earlier page had under way may still land: its echoes stay its own (attribution).
        lateEchoes: earlierPageEchoes(saved),
        run:
            isObject(saved.run) && typeof saved.run.inbound === 'boolean'
                ? {
                      inbound: saved.run.inbound,
                      statusBefore: typeof saved.run.statusBefore === 'string' ? saved.run.statusBefore : null
                  }
                : null,
        work: {
            accepted: strings(work.accepted),
            workload: numberOrNull(work.workload),
            capacity: numberOrNull(work.capacity),
            forced: validState(work.forced),
            overridden: work.overridden === true,
            shown: strings(work.shown).slice(-MAX_PENDING_WORK)
        },
        notices: state.notices
            .filter(
                (n) =>
                    isObject(n) &&
                    typeof n.code === 'string' &&
                    typeof n.subject === 'string' &&
                    typeof n.detail === 'string'
            )
            .slice(-MAX_NOTICES),
        reconcile: 'startup',
        resumed: true
    };
}

/**
 * The same state with every absolute time in it moved by `deltaMs` (milliseconds). The engine's
 * `now` is a monotonic clock of one page (performance.now()-like): a state saved on another page's
 * clock must be shifted onto this page's clock before the engine compares its times with `now`.
 * Times shifted: Omni's last change, the softphone's `since`, commands' issue times, echo windows
 * (late echoes' too), retry times and the held change's time. A non-finite delta returns the state unchanged.
 */
export function shiftStateTimes(state: EngineState, deltaMs: number): EngineState {
    if (!Number.isFinite(deltaMs) || deltaMs === 0) return state;
    const shift = (t: number | null): number | null => (t === null ? null : t + deltaMs);
    const shiftSide = <T extends EngineState['omni'] | EngineState['softphone']>(side: T): T => ({
        ...side,
        inFlight: side.inFlight === null ? null : { ...side.inFlight, issuedAt: side.inFlight.issuedAt + deltaMs },
        expect: side.expect === null ? null : { ...side.expect, until: side.expect.until + deltaMs },
        retry: side.retry === null ? null : { ...side.retry, at: side.retry.at + deltaMs }
    });
    return {
        ...state,
        heldAt: shift(state.heldAt ?? null),
        latestChange:
            state.latestChange === null || state.latestChange.at === undefined
                ? state.latestChange
                : { ...state.latestChange, at: state.latestChange.at + deltaMs },
        lateEchoes: (state.lateEchoes ?? []).map((l) => ({
            ...l,
            issuedAt: l.issuedAt + deltaMs,
            until: l.until + deltaMs
        })),
        omni: { ...shiftSide(state.omni), lastChangeAt: shift(state.omni.lastChangeAt) },
        softphone: { ...shiftSide(state.softphone), since: shift(state.softphone.since) }
    };
}
