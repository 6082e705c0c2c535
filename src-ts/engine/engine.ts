/**
 * The sync engine: a pure function from (state, input, now) to (new state, commands,
 * decisions). Rules decide what each side should become (a target); one driver per side
 * turns targets into at most one command at a time, and recognises the echoes of its own
 * commands so that nothing the sync did is ever propagated back (B12).
 *
 * No DOM, timers, globals or clock reads: `now` comes in with every input, and the state
 * is plain data that the runtime persists across a reload.
 */
import { compileMapping, formatState, sameState, type CompiledMapping } from '../mapping/compile';
import type { SoftphoneState, SyncConfigurationInput } from '../mapping/types';
import type {
    Command,
    Decision,
    Diagnostic,
    EngineInput,
    EngineState,
    InFlight,
    InteractionRef,
    Notice,
    OmniInput,
    OmniTarget,
    OmniValue,
    ResultInput,
    RuleId,
    Side,
    ChangeCause,
    SoftphoneInput,
    SoftphoneTarget,
    SoftphoneValue,
    StepResult
} from './types';

/** How long after a successful command its echo is still recognised. */
export const ECHO_WINDOW_MS = 5000;
const MAX_NOTICES = 20;
const MAX_PENDING_WORK = 50;

export function retryDelayMs(attempt: number): number {
    return Math.min(500 * 2 ** (attempt - 1), 8000);
}

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
            target: null
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
            target: null
        },
        lead: null,
        held: null,
        run: null,
        work: { accepted: [], workload: null, capacity: null, forced: null, overridden: false },
        pendingWork: [],
        loginPending: false,
        reconcile: 'startup',
        notices: []
    };
}

// ─── Step context ──────────────────────────────────────────────────────────────────────

interface Ctx {
    readonly m: CompiledMapping;
    readonly now: number;
    readonly input: string;
    readonly commands: Command[];
    readonly decisions: Decision[];
}

function decide(ctx: Ctx, rule: RuleId, outcome: string, detail: string, commands: string[] = []): void {
    ctx.decisions.push({ at: ctx.now, input: ctx.input, rule, outcome, detail, commands });
}

/** A shallow working copy: nested values are replaced, never mutated, so the input state stays intact. */
function draft(state: EngineState): EngineState {
    return { ...state, omni: { ...state.omni }, softphone: { ...state.softphone }, work: { ...state.work } };
}

// ─── Values and comparisons ───────────────────────────────────────────────────────────

const sameName = (a: string | null, b: string | null) =>
    a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

function omniNow(s: EngineState): OmniValue | null {
    if (s.omni.presence === 'online' && s.omni.status !== null) return { kind: 'status', status: s.omni.status };
    if (s.omni.presence === 'offline') return { kind: 'offline' };
    return null;
}

function softphoneNow(s: EngineState): SoftphoneValue | null {
    if (s.softphone.presence === 'loggedIn' && s.softphone.state !== null)
        return { kind: 'state', state: s.softphone.state };
    if (s.softphone.presence === 'loggedOut') return { kind: 'loggedOut' };
    return null;
}

function omniMatches(target: OmniTarget | OmniValue, value: OmniValue | null): boolean {
    if (value === null) return false;
    if (target.kind === 'offline' || value.kind === 'offline') return target.kind === value.kind;
    return sameName(target.status, value.status);
}

function softphoneMatches(target: SoftphoneTarget | SoftphoneValue, value: SoftphoneValue | null): boolean {
    if (value === null) return false;
    if (target.kind === 'loggedOut' || value.kind === 'loggedOut') return target.kind === value.kind;
    // A target without a minor state is met by any minor state of its major state.
    if (target.state.minor === null) return target.state.major.toLowerCase() === value.state.major.toLowerCase();
    return sameState(target.state, value.state);
}

/** Where Omni is heading: the command in flight, else where it is. */
function omniProjected(s: EngineState): OmniValue | null {
    const flight = s.omni.inFlight;
    if (flight)
        return flight.target.kind === 'offline'
            ? { kind: 'offline' }
            : { kind: 'status', status: flight.target.status };
    return omniNow(s);
}

function softphoneProjected(s: EngineState): SoftphoneValue | null {
    const flight = s.softphone.inFlight;
    if (flight)
        return flight.target.kind === 'loggedOut'
            ? { kind: 'loggedOut' }
            : { kind: 'state', state: flight.target.state };
    return softphoneNow(s);
}

const describeOmni = (value: OmniTarget | OmniValue | null) =>
    value === null ? 'unknown' : value.kind === 'offline' ? 'offline' : value.status;
const describeSoftphone = (value: SoftphoneTarget | SoftphoneValue | null) =>
    value === null ? 'unknown' : value.kind === 'loggedOut' ? 'logged out' : formatState(value.state);

/** On a live interaction: one is open, or the softphone is in a reserved state that B7/B8 did not put it in. */
function inInteraction(ctx: Ctx, s: EngineState): boolean {
    if (s.softphone.interactions.length > 0) return true;
    const state = s.softphone.state;
    if (state === null || !ctx.m.isReserved(state)) return false;
    return s.work.forced === null || !sameState(s.work.forced, state);
}

function isReadyState(ctx: Ctx, state: SoftphoneState | null): boolean {
    return state !== null && state.major.toLowerCase() === ctx.m.settings.readyState.major.toLowerCase();
}

// ─── Notices ──────────────────────────────────────────────────────────────────────────

/** Notices that describe a current condition, of which only the latest counts. */
const SINGLE_NOTICES: ReadonlySet<Notice['code']> = new Set(['omni-handover', 'omni-maintenance', 'no-login-status']);

function addNotice(s: EngineState, notice: Notice): void {
    if (s.notices.some((n) => n.code === notice.code && n.subject === notice.subject && n.detail === notice.detail))
        return;
    const single = SINGLE_NOTICES.has(notice.code);
    const kept = s.notices.filter((n) => !(n.code === notice.code && (single || n.subject === notice.subject)));
    s.notices = [...kept, notice].slice(-MAX_NOTICES);
}

function clearNotices(s: EngineState, code: Notice['code'], subject?: string): void {
    if (!s.notices.some((n) => n.code === code && (subject === undefined || n.subject === subject))) return;
    s.notices = s.notices.filter((n) => !(n.code === code && (subject === undefined || n.subject === subject)));
}

// ─── Mapping lookups (B1, B2, B6, B9) ─────────────────────────────────────────────────

/** The Omni target a softphone state asks for, or null (no change, unmapped). */
function omniTargetFor(ctx: Ctx, s: EngineState, state: SoftphoneState, rule: RuleId): OmniTarget | null {
    const lookup = ctx.m.softphoneToOmni(state);
    const name = formatState(state);
    switch (lookup.kind) {
        case 'status':
            if (lookup.via === 'fallback') {
                addNotice(s, { code: 'unmapped-state', subject: name, detail: `fallback ${lookup.status}` });
                decide(
                    ctx,
                    'B9',
                    'unmapped-fallback',
                    `softphone state ${name} is unmapped; fallback status ${lookup.status}`
                );
                return { kind: 'status', status: lookup.status, rule: 'B9', mayLogin: false };
            }
            return { kind: 'status', status: lookup.status, rule, mayLogin: false };
        case 'logout':
            return { kind: 'offline', rule };
        case 'noChange':
            decide(ctx, 'B6', 'no-change-row', `row ${lookup.record} says no change for ${name}`);
            return null;
        case 'unmapped':
            addNotice(s, { code: 'unmapped-state', subject: name, detail: 'no change' });
            decide(ctx, 'B9', 'unmapped', `softphone state ${name} is unmapped; Omni left as it is`);
            return null;
    }
}

/** The softphone target an Omni status asks for, or null (no change, unmapped, reserved). */
function softphoneTargetFor(ctx: Ctx, s: EngineState, status: string | null, rule: RuleId): SoftphoneTarget | null {
    if (status === null) {
        addNotice(s, { code: 'unmapped-status', subject: 'unknown status', detail: 'no change' });
        decide(ctx, 'B9', 'unmapped', 'the Omni status is not one of the org statuses; softphone left as it is');
        return null;
    }
    const outcome = ctx.m.omniToSoftphone(status);
    switch (outcome.kind) {
        case 'state': {
            if (ctx.m.isReserved(outcome.state)) {
                addNotice(s, { code: 'reserved-target', subject: formatState(outcome.state), detail: status });
                decide(ctx, 'B6', 'reserved-target', `${formatState(outcome.state)} is reserved; not set from Omni`);
                return null;
            }
            if (outcome.via === 'fallback') {
                addNotice(s, {
                    code: 'unmapped-status',
                    subject: status,
                    detail: `fallback ${formatState(outcome.state)}`
                });
                decide(
                    ctx,
                    'B9',
                    'unmapped-fallback',
                    `Omni status ${status} is unmapped; fallback ${formatState(outcome.state)}`
                );
                return { kind: 'state', state: outcome.state, rule: 'B9' };
            }
            return { kind: 'state', state: outcome.state, rule };
        }
        case 'noChange':
            decide(ctx, 'B6', 'no-change-row', `row ${outcome.record ?? ''} says no change for ${status}`);
            return null;
        case 'unmapped':
            addNotice(s, { code: 'unmapped-status', subject: status, detail: 'no change' });
            decide(ctx, 'B9', 'unmapped', `Omni status ${status} is unmapped; softphone left as it is`);
            return null;
    }
}

// ─── Targets and drivers ──────────────────────────────────────────────────────────────

function setOmniTarget(ctx: Ctx, s: EngineState, target: OmniTarget | null): void {
    if (target === null) return;
    if (omniMatches(target, omniProjected(s))) {
        s.omni.target = null;
        decide(ctx, 'B13', 'already', `Omni is already ${describeOmni(target)}`);
        return;
    }
    s.omni.target = target;
}

function setSoftphoneTarget(ctx: Ctx, s: EngineState, target: SoftphoneTarget | null): void {
    if (target === null) return;
    if (softphoneMatches(target, softphoneProjected(s))) {
        s.softphone.target = null;
        decide(ctx, 'B13', 'already', `the softphone is already ${describeSoftphone(target)}`);
        return;
    }
    s.softphone.target = target;
}

function nextId(s: EngineState, prefix: string): string {
    s.seq += 1;
    return `${prefix}${s.seq}`;
}

export function formatCommand(command: Command): string {
    if (command.side === 'omni') {
        switch (command.method) {
            case 'login':
            case 'setServicePresenceStatus':
                return `omni ${command.method} ${command.status}`;
            case 'logout':
                return 'omni logout';
            case 'declineAgentWork':
                return `omni declineAgentWork ${command.args.workId}${command.args.declineReason ? ` (${command.args.declineReason})` : ''}`;
            default:
                return `omni ${command.method} ${command.args.workId}`;
        }
    }
    switch (command.type) {
        case 'setState':
            return `softphone setState ${formatState(command.state)}`;
        case 'logout':
            return 'softphone logout';
        case 'workItem':
            return `softphone workItem ${command.event} ${command.workId}`;
    }
}

function emit(ctx: Ctx, command: Command, detail: string): void {
    ctx.commands.push(command);
    decide(ctx, command.rule, 'command', detail, [formatCommand(command)]);
}

function driveOmni(ctx: Ctx, s: EngineState): void {
    const o = s.omni;
    const target = o.target;
    if (target === null) o.retry = null;
    if (target === null || o.inFlight !== null) return;
    if (o.retry !== null && o.retry.at > ctx.now) return;
    if (o.connectionError || o.presence === 'unknown') return;
    if (!ctx.m.settings.syncEnabled) {
        o.target = null;
        decide(ctx, 'off', 'sync-disabled', `sync is switched off; Omni not set to ${describeOmni(target)}`);
        return;
    }
    if (omniMatches(target, omniNow(s))) {
        o.target = null;
        o.retry = null;
        return;
    }
    const attempt = o.retry?.attempt ?? 1;
    o.retry = null;
    let command: Command;
    if (target.kind === 'offline') {
        command = { side: 'omni', id: nextId(s, 'o'), rule: target.rule, method: 'logout', args: {} };
    } else {
        const status = ctx.m.statusByName(target.status);
        if (status === null) {
            o.target = null;
            decide(ctx, 'B9', 'unknown-status', `presence status ${target.status} is not available to this agent`);
            return;
        }
        if (o.presence === 'offline') {
            // B16: setting a status would log an offline agent in; only B3 may do that, and by login().
            if (!target.mayLogin) {
                o.target = null;
                decide(ctx, 'B16', 'omni-offline', `Omni is offline; not logging in to set ${status.developerName}`);
                return;
            }
            command = {
                side: 'omni',
                id: nextId(s, 'o'),
                rule: target.rule,
                method: 'login',
                args: { statusId: status.id },
                status: status.developerName
            };
        } else {
            command = {
                side: 'omni',
                id: nextId(s, 'o'),
                rule: target.rule,
                method: 'setServicePresenceStatus',
                args: { statusId: status.id },
                status: status.developerName
            };
        }
    }
    o.inFlight = {
        id: command.id,
        target,
        rule: target.rule,
        attempt,
        issuedAt: ctx.now,
        superseded: false,
        echoed: false
    };
    emit(
        ctx,
        command,
        attempt > 1 ? `retry ${attempt}: Omni → ${describeOmni(target)}` : `Omni → ${describeOmni(target)}`
    );
}

function driveSoftphone(ctx: Ctx, s: EngineState): void {
    const p = s.softphone;
    const target = p.target;
    if (target === null) p.retry = null;
    if (target === null || p.inFlight !== null) return;
    if (p.retry !== null && p.retry.at > ctx.now) return;
    if (!ctx.m.settings.syncEnabled) {
        p.target = null;
        decide(ctx, 'off', 'sync-disabled', `sync is switched off; softphone not set to ${describeSoftphone(target)}`);
        return;
    }
    if (!p.connected || p.presence !== 'loggedIn') {
        p.target = null;
        if (target.kind === 'state') {
            decide(
                ctx,
                target.rule,
                'softphone-unavailable',
                `the softphone is not logged in; ${describeSoftphone(target)} not set`
            );
        }
        return;
    }
    if (softphoneMatches(target, softphoneNow(s))) {
        p.target = null;
        p.retry = null;
        return;
    }
    // Reserved states are the contact centre's: only the admin's B7/B8 busy state or a B14 restore may target one.
    if (
        target.kind === 'state' &&
        target.rule !== 'B7' &&
        target.rule !== 'B8' &&
        target.rule !== 'B14' &&
        ctx.m.isReserved(target.state)
    ) {
        p.target = null;
        decide(ctx, 'B6', 'reserved-target', `${formatState(target.state)} is reserved; not set`);
        return;
    }
    const attempt = p.retry?.attempt ?? 1;
    p.retry = null;
    const command: Command =
        target.kind === 'loggedOut'
            ? { side: 'softphone', id: nextId(s, 's'), rule: target.rule, type: 'logout' }
            : {
                  side: 'softphone',
                  id: nextId(s, 's'),
                  rule: target.rule,
                  type: 'setState',
                  state: ctx.m.canonical(target.state)
              };
    p.inFlight = {
        id: command.id,
        target,
        rule: target.rule,
        attempt,
        issuedAt: ctx.now,
        superseded: false,
        echoed: false
    };
    emit(
        ctx,
        command,
        attempt > 1
            ? `retry ${attempt}: softphone → ${describeSoftphone(target)}`
            : `softphone → ${describeSoftphone(target)}`
    );
}

// ─── Echoes and genuine changes (B12, B14) ────────────────────────────────────────────

type EchoSource = 'inFlight' | 'expect' | 'stale' | null;

/** Status change reasons that name who changed Omni: never the echo of a toolkit call of ours. */
const NOT_OUR_REASONS: ReadonlySet<string> = new Set([
    'OmniManualStatusChange',
    'OmniSupervisorStatusChange',
    'OmniPushTimeout',
    'OmniDeclineWork'
]);

/** Our own record of what we asked Omni for, with the toolkit's `reason` as a second signal. */
function omniEcho(s: EngineState, value: OmniValue, reason: string | null | undefined): EchoSource {
    if (s.omni.connectionError) return null;
    if (typeof reason === 'string' && NOT_OUR_REASONS.has(reason)) return null;
    if (s.omni.inFlight && omniMatches(s.omni.inFlight.target, value)) return 'inFlight';
    if (s.omni.expect && omniMatches(s.omni.expect.target, value)) return 'expect';
    return null;
}

/** The bridge marks what the host caused: only those are echoes, matched by request id when given. */
function softphoneEcho(
    s: EngineState,
    value: SoftphoneValue,
    cause: ChangeCause | undefined,
    requestId: string | null | undefined
): EchoSource {
    if (cause !== 'host') return null;
    const flight = s.softphone.inFlight;
    const expect = s.softphone.expect;
    const matches = (id: string, target: SoftphoneTarget) =>
        typeof requestId === 'string' ? requestId === id : softphoneMatches(target, value);
    if (flight && matches(flight.id, flight.target)) return 'inFlight';
    if (expect && matches(expect.id, expect.target)) return 'expect';
    return 'stale';
}

/**
 * Our own command has landed (its echo or its result arrived). If a genuine change had overtaken
 * it, our stale command has just overwritten that change: put the latest change back (B14).
 * Returns whether a restore was scheduled.
 */
function restoreIfOvertaken(ctx: Ctx, s: EngineState, side: Side, landed: OmniTarget | SoftphoneTarget): boolean {
    const lead = s.lead;
    if (lead === null || lead.side !== side) return false;
    if (lead.side === 'omni') {
        if (landed.kind !== 'status' && landed.kind !== 'offline') return false;
        if (omniMatches(lead.value, landed)) return false;
        decide(
            ctx,
            'B14',
            'restore',
            `our earlier command landed after a newer change; Omni back to ${describeOmni(lead.value)}`
        );
        s.omni.target =
            lead.value.kind === 'offline'
                ? { kind: 'offline', rule: 'B14' }
                : { kind: 'status', status: lead.value.status, rule: 'B14', mayLogin: false };
        return true;
    }
    if (landed.kind !== 'state' && landed.kind !== 'loggedOut') return false;
    if (softphoneMatches(lead.value, landed)) return false;
    decide(
        ctx,
        'B14',
        'restore',
        `our earlier command landed after a newer change; softphone back to ${describeSoftphone(lead.value)}`
    );
    s.softphone.target =
        lead.value.kind === 'loggedOut'
            ? { kind: 'loggedOut', rule: 'B14' }
            : { kind: 'state', state: lead.value.state, rule: 'B14' };
    return true;
}

/** The echo of a command of ours: recorded, never propagated (B12). */
function acceptOmniEcho(ctx: Ctx, s: EngineState, source: Exclude<EchoSource, null>, value: OmniValue): void {
    const flight = source === 'inFlight' ? s.omni.inFlight : null;
    if (flight) {
        s.omni.inFlight = { ...flight, echoed: true };
        if (flight.superseded && restoreIfOvertaken(ctx, s, 'omni', flight.target)) return;
    }
    decide(ctx, 'B12', 'echo', `echo of our own change to ${describeOmni(value)}; not propagated`);
}

function acceptSoftphoneEcho(ctx: Ctx, s: EngineState, source: Exclude<EchoSource, null>, value: SoftphoneValue): void {
    const flight = source === 'inFlight' ? s.softphone.inFlight : null;
    if (flight) {
        s.softphone.inFlight = { ...flight, echoed: true };
        if (flight.superseded && restoreIfOvertaken(ctx, s, 'softphone', flight.target)) return;
    }
    decide(ctx, 'B12', 'echo', `echo of our own change to ${describeSoftphone(value)}; not propagated`);
}

/** A change on Omni that the sync did not make: it leads now, and overtakes any command of ours (B14). */
function omniLeads(ctx: Ctx, s: EngineState, value: OmniValue): void {
    const o = s.omni;
    if (o.inFlight && !o.inFlight.echoed) o.inFlight = { ...o.inFlight, superseded: true };
    // A finished command's echo precedes any later change on the same side.
    o.expect = null;
    o.target = null;
    o.retry = null;
    o.lastChangeAt = ctx.now;
    s.lead = { side: 'omni', value };
}

function softphoneLeads(ctx: Ctx, s: EngineState, value: SoftphoneValue): void {
    const p = s.softphone;
    if (p.inFlight && !p.inFlight.echoed) p.inFlight = { ...p.inFlight, superseded: true };
    p.expect = null;
    p.target = null;
    p.retry = null;
    p.since = ctx.now;
    s.lead = { side: 'softphone', value };
}

// ─── Interaction runs (B10, B11) ──────────────────────────────────────────────────────

function beginRunIfNeeded(ctx: Ctx, s: EngineState): void {
    if (s.run !== null || !inInteraction(ctx, s)) return;
    const projected = omniProjected(s);
    s.run = {
        statusBefore: projected?.kind === 'status' ? projected.status : null,
        inbound: s.softphone.interactions.some((i) => i.direction === 'inbound')
    };
}

/** Every interaction, wrap included, has ended: apply the held change (B11), the revert (B10) or the mapping (B1). */
function endRun(ctx: Ctx, s: EngineState): void {
    const run = s.run;
    s.run = null;
    if (run === null) return;
    const held = s.held;
    if (held !== null) {
        s.held = null;
        if (held.kind === 'offline') {
            if (ctx.m.settings.logoutSoftphoneOnOmniLogout && s.omni.presence === 'offline') {
                decide(ctx, 'B11', 'apply-held', 'interaction over: applying the held Omni logout');
                setSoftphoneTarget(ctx, s, { kind: 'loggedOut', rule: 'B11' });
            } else {
                decide(ctx, 'B11', 'drop-held', 'interaction over: the held Omni logout no longer applies');
            }
        } else {
            decide(ctx, 'B11', 'apply-held', `interaction over: applying the held Omni change to ${held.status}`);
            const target = softphoneTargetFor(ctx, s, held.status, 'B11');
            setSoftphoneTarget(ctx, s, target);
            if (s.omni.presence === 'online')
                setOmniTarget(ctx, s, { kind: 'status', status: held.status, rule: 'B11', mayLogin: false });
        }
        return;
    }
    const state = s.softphone.state;
    if (state === null || s.softphone.presence !== 'loggedIn') return;
    if (ctx.m.settings.revertAfterInbound && run.inbound && isReadyState(ctx, state) && run.statusBefore !== null) {
        decide(
            ctx,
            'B10',
            'revert',
            `inbound interaction over and back in ${formatState(state)}: restoring ${run.statusBefore}`
        );
        setOmniTarget(ctx, s, { kind: 'status', status: run.statusBefore, rule: 'B10', mayLogin: false });
        return;
    }
    setOmniTarget(ctx, s, omniTargetFor(ctx, s, state, 'B1'));
}

// ─── Work (B7, B8, B19) ───────────────────────────────────────────────────────────────

function workBusyState(ctx: Ctx, s: EngineState): { state: SoftphoneState; rule: 'B7' | 'B8' } | null {
    const settings = ctx.m.settings;
    if (settings.workAcceptedState !== null && s.work.accepted.length > 0 && !s.work.overridden) {
        return { state: settings.workAcceptedState, rule: 'B7' };
    }
    const { workload, capacity } = s.work;
    if (
        settings.capacityThresholdPercent !== null &&
        settings.capacityBusyState !== null &&
        workload !== null &&
        capacity !== null &&
        capacity > 0 &&
        (workload * 100) / capacity >= settings.capacityThresholdPercent
    ) {
        return { state: settings.capacityBusyState, rule: 'B8' };
    }
    return null;
}

/** Puts the softphone in the work busy state while B7/B8 hold, and back to the Omni status's mapping after. */
function applyWorkRule(ctx: Ctx, s: EngineState): void {
    const busy = workBusyState(ctx, s);
    const available = s.softphone.presence === 'loggedIn' && !inInteraction(ctx, s);
    if (busy !== null) {
        const wasForced = s.work.forced;
        s.work.forced = busy.state;
        if (!available) return;
        if (
            wasForced === null ||
            !sameState(wasForced, busy.state) ||
            !softphoneMatches({ kind: 'state', state: busy.state }, softphoneProjected(s))
        ) {
            const why = busy.rule === 'B7' ? 'Omni work accepted' : 'Omni workload reached the capacity threshold';
            decide(ctx, busy.rule, 'work-busy', `${why}: softphone to ${formatState(busy.state)}`);
            setSoftphoneTarget(ctx, s, { kind: 'state', state: busy.state, rule: busy.rule });
        }
        return;
    }
    if (s.work.forced === null) return;
    s.work.forced = null;
    if (!available) return;
    const release: RuleId = ctx.m.settings.workAcceptedState !== null ? 'B7' : 'B8';
    if (s.omni.presence !== 'online') {
        decide(ctx, release, 'work-release', 'Omni work is over; Omni is offline, softphone left as it is');
        return;
    }
    decide(ctx, release, 'work-release', `Omni work is over: softphone follows ${s.omni.status ?? 'the Omni status'}`);
    setSoftphoneTarget(ctx, s, softphoneTargetFor(ctx, s, s.omni.status, release));
}

function forwardWork(
    ctx: Ctx,
    s: EngineState,
    event: 'assigned' | 'accepted' | 'declined' | 'closed',
    workId: string,
    workItemId: string
): void {
    const p = s.softphone;
    if (!ctx.m.settings.forwardWorkItems || !ctx.m.settings.syncEnabled) return;
    if (!p.connected || p.presence !== 'loggedIn' || !p.capabilities.includes('workItems')) return;
    const command: Command = {
        side: 'softphone',
        id: nextId(s, 'w'),
        rule: 'B19',
        type: 'workItem',
        event,
        workId,
        workItemId
    };
    trackWork(s, command.id, formatCommand(command));
    emit(ctx, command, `work item ${event} forwarded to the softphone`);
}

function trackWork(s: EngineState, id: string, label: string): void {
    s.pendingWork = [...s.pendingWork, { id, label }].slice(-MAX_PENDING_WORK);
}

// ─── Reconciliation (B15, B17) ────────────────────────────────────────────────────────

function tryReconcile(ctx: Ctx, s: EngineState): void {
    if (s.reconcile === null) return;
    if (s.omni.presence === 'unknown' || s.omni.connectionError || !s.softphone.connected) return;
    const reason = s.reconcile;
    s.reconcile = null;
    s.omni.target = null;
    s.softphone.target = null;
    const settings = ctx.m.settings;

    if (s.held !== null && !inInteraction(ctx, s)) {
        // The agent's held choice is newer than either side's state: it wins over the authority.
        s.run = s.run ?? { statusBefore: null, inbound: false };
        endRun(ctx, s);
        applyWorkRule(ctx, s);
        return;
    }

    let authority = settings.startupAuthority;
    if (authority === 'MostRecent') {
        const softphoneAt = s.softphone.since ?? Number.NEGATIVE_INFINITY;
        const omniAt = s.omni.lastChangeAt ?? Number.NEGATIVE_INFINITY;
        authority = omniAt > softphoneAt ? 'Omni' : 'Softphone';
    }
    const sp = s.softphone;
    decide(
        ctx,
        'B15',
        'reconcile',
        `${reason}: softphone ${describeSoftphone(softphoneNow(s))}, Omni ${describeOmni(omniNow(s))}; ${authority} leads`
    );

    if (authority === 'Softphone') {
        if (sp.presence === 'loggedIn' && sp.state !== null) {
            if (s.omni.presence === 'offline') {
                loginOmniForSoftphone(ctx, s, sp.state, 'B15');
            } else if (!(
                s.run &&
                settings.revertAfterInbound &&
                s.run.inbound &&
                isReadyState(ctx, sp.state) &&
                sp.interactions.length > 0
            )) {
                setOmniTarget(ctx, s, retag(omniTargetFor(ctx, s, sp.state, 'B15'), 'B15'));
            }
        } else if (
            sp.presence === 'loggedOut' &&
            s.omni.presence === 'online' &&
            settings.logoutOmniOnSoftphoneLogout
        ) {
            setOmniTarget(ctx, s, { kind: 'offline', rule: 'B15' });
        }
    } else if (sp.presence === 'loggedIn') {
        if (s.omni.presence === 'online') {
            if (inInteraction(ctx, s) && settings.holdDuringInteraction) {
                s.held = omniNow(s);
                decide(
                    ctx,
                    'B11',
                    'hold',
                    `the softphone is on an interaction; ${s.omni.status ?? ''} held until it ends`
                );
            } else if (workBusyState(ctx, s) === null) {
                setSoftphoneTarget(ctx, s, retagSoftphone(softphoneTargetFor(ctx, s, s.omni.status, 'B15')));
            }
        } else if (settings.logoutSoftphoneOnOmniLogout && !inInteraction(ctx, s)) {
            setSoftphoneTarget(ctx, s, { kind: 'loggedOut', rule: 'B15' });
        }
    }
    applyWorkRule(ctx, s);
}

function retag(target: OmniTarget | null, rule: RuleId): OmniTarget | null {
    return target === null ? null : { ...target, rule };
}
function retagSoftphone(target: SoftphoneTarget | null): SoftphoneTarget | null {
    return target === null ? null : { ...target, rule: 'B15' };
}

/** B3: the softphone is logged in and Omni is offline: log Omni in with the mapped (or login) status. */
function loginOmniForSoftphone(ctx: Ctx, s: EngineState, state: SoftphoneState | null, rule: 'B3' | 'B15'): void {
    const settings = ctx.m.settings;
    if (!settings.loginOmniOnSoftphoneLogin) {
        decide(ctx, 'B3', 'login-off', 'logging in to Omni on softphone login is switched off');
        return;
    }
    let status: string | null = null;
    if (state !== null) {
        const lookup = ctx.m.softphoneToOmni(state);
        if (lookup.kind === 'logout') {
            decide(ctx, 'B3', 'stays-offline', `${formatState(state)} maps to logged out of Omni; not logging in`);
            return;
        }
        if (lookup.kind === 'status') status = lookup.status;
    }
    status = settings.loginStatus ?? status;
    if (status === null) {
        if (state === null) {
            s.loginPending = true;
            decide(
                ctx,
                'B3',
                'login-waits',
                'softphone logged in without a state; Omni login waits for its first state'
            );
            return;
        }
        addNotice(s, { code: 'no-login-status', subject: formatState(state), detail: '' });
        decide(
            ctx,
            'B3',
            'no-login-status',
            `no status to log in to Omni with: map ${formatState(state)} or set a login status`
        );
        return;
    }
    s.loginPending = false;
    clearNotices(s, 'no-login-status');
    setOmniTarget(ctx, s, { kind: 'status', status, rule, mayLogin: true });
}

// ─── Omni inputs ──────────────────────────────────────────────────────────────────────

const DUPLICATE_LOGOUTS = new Set(['DuplicateLogin', 'DuplicateLoginInSameBrowser']);

function statusNameOf(
    ctx: Ctx,
    statusId: string | null | undefined,
    apiName: string | null | undefined
): string | null {
    if (typeof apiName === 'string' && apiName !== '') return ctx.m.statusByName(apiName)?.developerName ?? apiName;
    if (typeof statusId === 'string') return ctx.m.statusById(statusId)?.developerName ?? null;
    return null;
}

function onOmni(ctx: Ctx, s: EngineState, input: OmniInput): void {
    const o = s.omni;
    switch (input.event) {
        case 'snapshot': {
            o.presence = input.loggedIn ? 'online' : 'offline';
            o.status = input.loggedIn ? statusNameOf(ctx, input.statusId, input.statusApiName) : null;
            o.connectionError = false;
            if (input.workload) {
                s.work = {
                    ...s.work,
                    workload: input.workload.currentWorkload,
                    capacity: input.workload.configuredCapacity
                };
            }
            if (input.works)
                s.work = { ...s.work, accepted: input.works.filter((w) => w.isEngaged !== false).map((w) => w.workId) };
            if (!input.loggedIn) s.work = { ...s.work, accepted: [], workload: 0 };
            decide(ctx, 'track', 'snapshot', `Omni is ${describeOmni(omniNow(s))}`);
            s.reconcile = s.reconcile ?? 'startup';
            tryReconcile(ctx, s);
            return;
        }
        case 'loginSuccess':
        case 'statusChanged': {
            const status = statusNameOf(
                ctx,
                input.statusId,
                input.event === 'statusChanged' ? input.statusApiName : null
            );
            const value: OmniValue | null = status === null ? null : { kind: 'status', status };
            const wasError = o.connectionError;
            const previous = omniNow(s);
            o.connectionError = false;
            o.presence = 'online';
            o.status = status;
            const echo =
                value === null ? null : omniEcho(s, value, input.event === 'statusChanged' ? input.reason : null);
            if (echo !== null && value !== null) {
                acceptOmniEcho(ctx, s, echo, value);
                if (wasError) reconnectOmni(ctx, s);
                return;
            }
            if (wasError) {
                reconnectOmni(ctx, s);
                return;
            }
            if (value !== null && previous !== null && omniMatches(value, previous)) {
                decide(ctx, 'track', 'unchanged', `Omni is still ${status ?? ''}`);
                return;
            }
            clearNotices(s, 'omni-handover');
            clearNotices(s, 'omni-maintenance');
            if (value === null) {
                s.lead = null;
                o.target = null;
            } else {
                omniLeads(ctx, s, value);
            }
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            followOmni(ctx, s, status, input.event === 'statusChanged' ? (input.reason ?? null) : 'login');
            return;
        }
        case 'logout': {
            const value: OmniValue = { kind: 'offline' };
            const echo = omniEcho(s, value, input.reason);
            o.presence = 'offline';
            o.status = null;
            s.work = { ...s.work, accepted: [], workload: 0, overridden: false };
            if (echo !== null) {
                acceptOmniEcho(ctx, s, echo, value);
                return;
            }
            if (o.connectionError) {
                decide(
                    ctx,
                    'B17',
                    'wait',
                    'Omni logged out after a connection error; waiting for Omni to log in again'
                );
                return;
            }
            const reason = input.reason ?? null;
            if (reason !== null && DUPLICATE_LOGOUTS.has(reason)) {
                addNotice(s, { code: 'omni-handover', subject: reason, detail: '' });
                decide(
                    ctx,
                    'B5',
                    'handover',
                    `Omni logged out because the agent opened another session (${reason}); softphone left logged in`
                );
                return;
            }
            if (reason === 'MaintenanceLogout') {
                addNotice(s, { code: 'omni-maintenance', subject: reason, detail: '' });
                decide(
                    ctx,
                    'B5',
                    'maintenance',
                    'Omni logged out for Salesforce maintenance; softphone left logged in'
                );
                return;
            }
            omniLeads(ctx, s, value);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            const sp = s.softphone;
            if (!ctx.m.settings.logoutSoftphoneOnOmniLogout) {
                decide(ctx, 'B5', 'logout-off', 'logging the softphone out on Omni logout is switched off');
            } else if (sp.presence !== 'loggedIn') {
                decide(ctx, 'B5', 'already', 'the softphone is not logged in');
            } else if (inInteraction(ctx, s) && ctx.m.settings.holdDuringInteraction) {
                s.held = value;
                decide(
                    ctx,
                    'B11',
                    'hold',
                    'Omni logged out during an interaction: the softphone logout is held until it ends'
                );
            } else {
                setSoftphoneTarget(ctx, s, { kind: 'loggedOut', rule: 'B5' });
            }
            if (s.work.forced !== null) s.work = { ...s.work, forced: null };
            return;
        }
        case 'workAssigned':
            forwardWork(ctx, s, 'assigned', input.workId, input.workItemId);
            return;
        case 'workAccepted':
            if (!s.work.accepted.includes(input.workId))
                s.work = { ...s.work, accepted: [...s.work.accepted, input.workId] };
            forwardWork(ctx, s, 'accepted', input.workId, input.workItemId);
            applyWorkRule(ctx, s);
            return;
        case 'workDeclined':
        case 'workClosed': {
            const accepted = s.work.accepted.filter((id) => id !== input.workId);
            s.work = { ...s.work, accepted, overridden: accepted.length === 0 ? false : s.work.overridden };
            forwardWork(ctx, s, input.event === 'workDeclined' ? 'declined' : 'closed', input.workId, input.workItemId);
            applyWorkRule(ctx, s);
            return;
        }
        case 'workloadChanged': {
            const workload = Number.isFinite(input.newWorkload) ? Math.max(0, input.newWorkload) : 0;
            const capacity = Number.isFinite(input.configuredCapacity) ? input.configuredCapacity : null;
            s.work = {
                ...s.work,
                workload,
                capacity,
                // "Back to zero" ends B7 even for work whose close we never heard of (transfers).
                accepted: workload === 0 ? [] : s.work.accepted,
                overridden: workload === 0 ? false : s.work.overridden
            };
            applyWorkRule(ctx, s);
            return;
        }
        case 'connectionError':
            o.connectionError = true;
            o.target = null;
            o.retry = null;
            // Whatever Omni reports until it logs in again is the error's doing, not an echo of ours.
            if (o.inFlight) o.inFlight = { ...o.inFlight, superseded: true };
            o.expect = null;
            addNotice(s, { code: 'omni-connection-error', subject: 'Omni-Channel', detail: input.error ?? '' });
            decide(ctx, 'B17', 'connection-error', 'Omni lost its connection; waiting for Omni to log in again');
            return;
    }
}

function reconnectOmni(ctx: Ctx, s: EngineState): void {
    clearNotices(s, 'omni-connection-error');
    decide(ctx, 'B17', 'omni-back', `Omni is back (${describeOmni(omniNow(s))}); reconciling`);
    s.reconcile = 'omni-reconnect';
    tryReconcile(ctx, s);
}

/** A genuine Omni status change: hold it (B11), keep the work busy state (B7/B8), or map it (B2). */
function followOmni(ctx: Ctx, s: EngineState, status: string | null, reason: string | null): void {
    const sp = s.softphone;
    if (!sp.connected || sp.presence !== 'loggedIn') {
        decide(
            ctx,
            'B2',
            'softphone-unavailable',
            `Omni → ${status ?? 'unknown'}${reason ? ` (${reason})` : ''}; the softphone is not logged in`
        );
        return;
    }
    if (inInteraction(ctx, s) && ctx.m.settings.holdDuringInteraction) {
        s.held = status === null ? s.held : { kind: 'status', status };
        sp.target = null;
        decide(ctx, 'B11', 'hold', `the softphone is on an interaction; ${status ?? ''} held until it ends`);
        return;
    }
    if (workBusyState(ctx, s) !== null) {
        decide(
            ctx,
            s.work.accepted.length > 0 ? 'B7' : 'B8',
            'work-busy',
            `the softphone stays busy with Omni work; it follows ${status ?? ''} when the work ends`
        );
        return;
    }
    setSoftphoneTarget(ctx, s, softphoneTargetFor(ctx, s, status, 'B2'));
}

// ─── Softphone inputs ─────────────────────────────────────────────────────────────────

function onSoftphone(ctx: Ctx, s: EngineState, input: SoftphoneInput): void {
    const p = s.softphone;
    switch (input.event) {
        case 'connected': {
            const first = !p.connected && p.catalogue === null;
            p.connected = true;
            p.catalogue = input.catalogue.map((entry) => ({ ...entry }));
            p.capabilities = [...input.capabilities];
            p.presence = input.loggedIn ? 'loggedIn' : 'loggedOut';
            p.state = input.loggedIn ? input.state : null;
            p.since = input.since ?? null;
            p.interactions = input.loggedIn ? (input.interactions ?? []).map((i) => ({ ...i })) : [];
            p.inFlight = null;
            p.expect = null;
            p.retry = null;
            p.target = null;
            clearNotices(s, 'command-failed', 'softphone');
            if (!inInteraction(ctx, s)) s.run = s.held === null ? null : s.run;
            beginRunIfNeeded(ctx, s);
            decide(ctx, 'track', 'connected', `softphone connected: ${describeSoftphone(softphoneNow(s))}`);
            s.reconcile = s.reconcile ?? (first ? 'startup' : 'softphone-reconnect');
            tryReconcile(ctx, s);
            return;
        }
        case 'disconnected': {
            p.connected = false;
            if (p.inFlight) decide(ctx, 'B17', 'lost', `softphone command ${p.inFlight.id} lost with the frame`);
            p.inFlight = null;
            p.expect = null;
            p.retry = null;
            p.target = null;
            decide(
                ctx,
                'B17',
                'disconnected',
                `softphone disconnected${input.reason ? ` (${input.reason})` : ''}; Omni left as it is`
            );
            const fallback = ctx.m.settings.disconnectStatus;
            if (fallback !== null && s.omni.presence === 'online') {
                setOmniTarget(ctx, s, { kind: 'status', status: fallback, rule: 'B17', mayLogin: false });
            }
            return;
        }
        case 'loggedIn': {
            p.presence = 'loggedIn';
            p.connected = true;
            if (input.state !== null) p.state = input.state;
            const value: SoftphoneValue | null = p.state === null ? null : { kind: 'state', state: p.state };
            if (value !== null) softphoneLeads(ctx, s, value);
            beginRunIfNeeded(ctx, s);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (s.omni.presence === 'offline') {
                loginOmniForSoftphone(ctx, s, p.state, 'B3');
            } else if (s.omni.presence === 'online' && p.state !== null) {
                setOmniTarget(ctx, s, omniTargetFor(ctx, s, p.state, 'B1'));
            }
            applyWorkRule(ctx, s);
            return;
        }
        case 'loggedOut': {
            const value: SoftphoneValue = { kind: 'loggedOut' };
            const echo = softphoneEcho(s, value, input.cause, input.requestId);
            p.presence = 'loggedOut';
            p.state = null;
            p.interactions = [];
            s.loginPending = false;
            if (s.run !== null || s.held !== null) {
                if (s.held !== null)
                    decide(ctx, 'B11', 'drop-held', 'the softphone logged out; the held change is dropped');
                s.run = null;
                s.held = null;
            }
            if (s.work.forced !== null) s.work = { ...s.work, forced: null };
            if (echo !== null) {
                acceptSoftphoneEcho(ctx, s, echo, value);
                return;
            }
            softphoneLeads(ctx, s, value);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (!ctx.m.settings.logoutOmniOnSoftphoneLogout) {
                decide(ctx, 'B4', 'logout-off', 'logging out of Omni on softphone logout is switched off');
                return;
            }
            if (s.omni.presence === 'offline') {
                decide(ctx, 'B4', 'already', 'Omni is already offline');
                return;
            }
            setOmniTarget(ctx, s, { kind: 'offline', rule: 'B4' });
            return;
        }
        case 'stateChanged': {
            const wasLoggedIn = p.presence === 'loggedIn';
            const value: SoftphoneValue = { kind: 'state', state: input.state };
            const echo = softphoneEcho(s, value, input.cause, input.requestId);
            p.presence = 'loggedIn';
            p.connected = true;
            const unchanged = p.state !== null && sameState(p.state, input.state);
            p.state = input.state;
            if (echo !== null) {
                acceptSoftphoneEcho(ctx, s, echo, value);
                beginRunIfNeeded(ctx, s);
                return;
            }
            if (unchanged && wasLoggedIn) {
                decide(ctx, 'track', 'unchanged', `the softphone is still ${formatState(input.state)}`);
                return;
            }
            softphoneLeads(ctx, s, value);
            if (input.cause === 'agent' && s.work.forced !== null) {
                s.work = { ...s.work, forced: null, overridden: s.work.accepted.length > 0 };
                decide(
                    ctx,
                    'B7',
                    'agent-override',
                    `the agent chose ${formatState(input.state)} over the work busy state`
                );
            }
            beginRunIfNeeded(ctx, s);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (!wasLoggedIn || s.loginPending) {
                if (s.omni.presence === 'offline') {
                    loginOmniForSoftphone(ctx, s, input.state, 'B3');
                    return;
                }
                s.loginPending = false;
            }
            if (s.run !== null && !inInteraction(ctx, s)) {
                endRun(ctx, s);
                applyWorkRule(ctx, s);
                return;
            }
            if (
                s.run !== null &&
                s.run.inbound &&
                ctx.m.settings.revertAfterInbound &&
                isReadyState(ctx, input.state) &&
                p.interactions.length > 0
            ) {
                decide(
                    ctx,
                    'B10',
                    'revert-waits',
                    `back in ${formatState(input.state)} before the interaction ended; the revert waits for its end`
                );
                return;
            }
            setOmniTarget(ctx, s, omniTargetFor(ctx, s, input.state, 'B1'));
            applyWorkRule(ctx, s);
            return;
        }
        case 'interactionStarted': {
            if (!p.interactions.some((i) => i.interactionId === input.interactionId)) {
                const interaction: InteractionRef = { interactionId: input.interactionId, direction: input.direction };
                p.interactions = [...p.interactions, interaction];
            }
            if (s.run === null) {
                beginRunIfNeeded(ctx, s);
            } else if (input.direction === 'inbound' && !s.run.inbound) {
                s.run = { ...s.run, inbound: true };
            }
            decide(
                ctx,
                'track',
                'interaction',
                `${input.direction} interaction ${input.interactionId} started; Omni at ${s.run?.statusBefore ?? 'unknown'} before it`
            );
            return;
        }
        case 'interactionEnded': {
            p.interactions = p.interactions.filter((i) => i.interactionId !== input.interactionId);
            if (s.run !== null && !inInteraction(ctx, s)) {
                endRun(ctx, s);
                applyWorkRule(ctx, s);
            } else {
                decide(ctx, 'track', 'interaction', `interaction ${input.interactionId} ended`);
            }
            return;
        }
        case 'workAction': {
            if (s.omni.presence !== 'online') {
                decide(
                    ctx,
                    'B19',
                    'omni-offline',
                    `the softphone asked to ${input.action} work ${input.workId}, but Omni is offline`
                );
                return;
            }
            const id = nextId(s, 'w');
            const command: Command =
                input.action === 'accept'
                    ? { side: 'omni', id, rule: 'B19', method: 'acceptAgentWork', args: { workId: input.workId } }
                    : input.action === 'close'
                      ? { side: 'omni', id, rule: 'B19', method: 'closeAgentWork', args: { workId: input.workId } }
                      : {
                            side: 'omni',
                            id,
                            rule: 'B19',
                            method: 'declineAgentWork',
                            args: input.reason
                                ? { workId: input.workId, declineReason: input.reason }
                                : { workId: input.workId }
                        };
            trackWork(s, id, formatCommand(command));
            emit(ctx, command, `the softphone asked to ${input.action} work ${input.workId}`);
            return;
        }
    }
}

// ─── Results and time ─────────────────────────────────────────────────────────────────

function onResult(ctx: Ctx, s: EngineState, input: ResultInput): void {
    if (s.omni.inFlight?.id === input.commandId) {
        settleOmni(ctx, s, s.omni.inFlight, input);
        return;
    }
    if (s.softphone.inFlight?.id === input.commandId) {
        settleSoftphone(ctx, s, s.softphone.inFlight, input);
        return;
    }
    const work = s.pendingWork.find((w) => w.id === input.commandId);
    if (work) {
        s.pendingWork = s.pendingWork.filter((w) => w.id !== input.commandId);
        if (input.ok) {
            decide(ctx, 'B19', 'done', `${work.label} done`);
        } else {
            addNotice(s, { code: 'command-failed', subject: work.label, detail: input.error ?? '' });
            decide(ctx, 'B19', 'failed', `${work.label} failed: ${input.error ?? 'no reason given'}`);
        }
        return;
    }
    decide(ctx, 'track', 'stale-result', `result for ${input.commandId}, which is no longer awaited`);
}

/**
 * A command's result. Success means it landed: the side is now in the command's state, even
 * when a genuine change had overtaken it (then our stale command won the race, B14).
 */
function settleOmni(ctx: Ctx, s: EngineState, flight: InFlight<OmniTarget>, input: ResultInput): void {
    const o = s.omni;
    o.inFlight = null;
    if (input.ok) {
        clearNotices(s, 'command-failed', 'omni');
        if (!flight.echoed) {
            o.presence = flight.target.kind === 'offline' ? 'offline' : 'online';
            o.status = flight.target.kind === 'offline' ? null : flight.target.status;
        }
        // Kept even after an echo: Omni may echo one change twice (loginSuccess and statusChanged).
        o.expect = { id: flight.id, target: flight.target, until: ctx.now + ECHO_WINDOW_MS };
        decide(ctx, flight.rule, 'confirmed', `Omni confirmed ${describeOmni(flight.target)}`);
        if (flight.superseded && !flight.echoed) restoreIfOvertaken(ctx, s, 'omni', flight.target);
        return;
    }
    const wanted: OmniValue =
        flight.target.kind === 'offline' ? { kind: 'offline' } : { kind: 'status', status: flight.target.status };
    failed(ctx, s, 'omni', flight, input.error ?? null, o.target !== null && omniMatches(o.target, wanted));
}

function settleSoftphone(ctx: Ctx, s: EngineState, flight: InFlight<SoftphoneTarget>, input: ResultInput): void {
    const p = s.softphone;
    p.inFlight = null;
    if (input.ok) {
        clearNotices(s, 'command-failed', 'softphone');
        if (!flight.echoed) {
            if (flight.target.kind === 'loggedOut') {
                p.presence = 'loggedOut';
                p.state = null;
                p.interactions = [];
            } else {
                p.state = flight.target.state;
            }
        }
        p.expect = { id: flight.id, target: flight.target, until: ctx.now + ECHO_WINDOW_MS };
        decide(ctx, flight.rule, 'confirmed', `softphone confirmed ${describeSoftphone(flight.target)}`);
        if (flight.superseded && !flight.echoed) restoreIfOvertaken(ctx, s, 'softphone', flight.target);
        return;
    }
    const wanted: SoftphoneValue =
        flight.target.kind === 'loggedOut' ? { kind: 'loggedOut' } : { kind: 'state', state: flight.target.state };
    failed(ctx, s, 'softphone', flight, input.error ?? null, p.target !== null && softphoneMatches(p.target, wanted));
}

/** B17: retry a failed presence command with backoff, a bounded number of times, then report it. */
function failed(
    ctx: Ctx,
    s: EngineState,
    side: 'omni' | 'softphone',
    flight: InFlight<OmniTarget | SoftphoneTarget>,
    error: string | null,
    stillWanted: boolean
): void {
    const what = side === 'omni' ? 'Omni' : 'softphone';
    if (!stillWanted) {
        decide(
            ctx,
            'B17',
            'failed-superseded',
            `${what} command ${flight.id} failed (${error ?? 'no reason'}); no longer needed`
        );
        return;
    }
    const limit = ctx.m.settings.retryLimit;
    const sideState = side === 'omni' ? s.omni : s.softphone;
    if (flight.attempt <= limit) {
        const at = ctx.now + retryDelayMs(flight.attempt);
        sideState.retry = { at, attempt: flight.attempt + 1 };
        decide(
            ctx,
            'B17',
            'retry',
            `${what} command failed (${error ?? 'no reason'}); retry ${flight.attempt + 1} of ${limit + 1} in ${at - ctx.now} ms`
        );
        return;
    }
    sideState.target = null;
    sideState.retry = null;
    addNotice(s, {
        code: 'command-failed',
        subject: side,
        detail: `${describeTarget(flight.target)}: ${error ?? 'no reason given'}`
    });
    decide(
        ctx,
        'B17',
        'gave-up',
        `${what} command failed ${flight.attempt} times (${error ?? 'no reason'}); given up and reported`
    );
}

function describeTarget(target: OmniTarget | SoftphoneTarget): string {
    switch (target.kind) {
        case 'status':
        case 'offline':
            return describeOmni(target);
        default:
            return describeSoftphone(target);
    }
}

function onTick(ctx: Ctx, s: EngineState): void {
    if (s.omni.expect && s.omni.expect.until <= ctx.now) s.omni.expect = null;
    if (s.softphone.expect && s.softphone.expect.until <= ctx.now) s.softphone.expect = null;
}

function wakeAt(s: EngineState): number | null {
    let earliest: number | null = null;
    for (const at of [s.omni.retry?.at, s.softphone.retry?.at, s.omni.expect?.until, s.softphone.expect?.until]) {
        if (at !== undefined && (earliest === null || at < earliest)) earliest = at;
    }
    return earliest;
}

// ─── Input descriptions (audit) ───────────────────────────────────────────────────────

export function describeInput(input: EngineInput): string {
    switch (input.kind) {
        case 'omni':
            switch (input.event) {
                case 'snapshot':
                    return `omni snapshot ${input.loggedIn ? (input.statusApiName ?? input.statusId ?? 'online') : 'offline'}`;
                case 'statusChanged':
                    return `omni statusChanged ${input.statusApiName ?? input.statusId}${input.reason ? ` (${input.reason})` : ''}`;
                case 'loginSuccess':
                    return `omni loginSuccess ${input.statusId}`;
                case 'logout':
                    return `omni logout${input.reason ? ` (${input.reason})` : ''}`;
                case 'workloadChanged':
                    return `omni workloadChanged ${input.newWorkload}/${input.configuredCapacity}`;
                case 'connectionError':
                    return 'omni connectionError';
                default:
                    return `omni ${input.event} ${input.workId}`;
            }
        case 'softphone':
            switch (input.event) {
                case 'connected':
                    return `softphone connected ${input.loggedIn ? (input.state ? formatState(input.state) : 'logged in') : 'logged out'}`;
                case 'loggedIn':
                    return `softphone loggedIn${input.state ? ` ${formatState(input.state)}` : ''}`;
                case 'stateChanged':
                    return `softphone stateChanged ${formatState(input.state)} (${input.cause})`;
                case 'interactionStarted':
                    return `softphone interactionStarted ${input.direction} ${input.interactionId}`;
                case 'interactionEnded':
                    return `softphone interactionEnded ${input.interactionId}`;
                case 'workAction':
                    return `softphone workAction ${input.action} ${input.workId}`;
                default:
                    return `softphone ${input.event}`;
            }
        case 'result':
            return `result ${input.commandId} ${input.ok ? 'ok' : `failed${input.error ? ` (${input.error})` : ''}`}`;
        case 'tick':
            return 'tick';
    }
}

// ─── The engine ───────────────────────────────────────────────────────────────────────

export interface Engine {
    /** The mapping compiled for the softphone's current catalogue. */
    mapping(state: EngineState): CompiledMapping;
    step(state: EngineState, input: EngineInput, now: number): StepResult;
    /** What the utility panel shows for this state. */
    diagnostics(state: EngineState): Diagnostic[];
}

/** Binds the engine to one configuration; the mapping is compiled once per softphone catalogue. */
export function createEngine(config: SyncConfigurationInput): Engine {
    let compiledFor: unknown = undefined;
    let compiled: CompiledMapping = compileMapping(config, null);
    const mapping = (state: EngineState): CompiledMapping => {
        const catalogue = state.softphone.catalogue;
        if (catalogue !== compiledFor) {
            compiled = compileMapping(config, catalogue);
            compiledFor = catalogue;
        }
        return compiled;
    };

    const step = (state: EngineState, input: EngineInput, now: number): StepResult => {
        const s = draft(state);
        if (input.kind === 'softphone' && input.event === 'connected')
            s.softphone.catalogue = input.catalogue.map((entry) => ({ ...entry }));
        const ctx: Ctx = { m: mapping(s), now, input: describeInput(input), commands: [], decisions: [] };
        switch (input.kind) {
            case 'omni':
                onOmni(ctx, s, input);
                break;
            case 'softphone':
                onSoftphone(ctx, s, input);
                break;
            case 'result':
                onResult(ctx, s, input);
                break;
            case 'tick':
                onTick(ctx, s);
                break;
        }
        driveOmni(ctx, s);
        driveSoftphone(ctx, s);
        // B20: every input leaves a trace, even one that changed nothing.
        if (ctx.decisions.length === 0 && input.kind !== 'tick')
            decide(ctx, 'track', 'recorded', 'recorded; nothing to do');
        return { state: s, commands: ctx.commands, decisions: ctx.decisions, wakeAt: wakeAt(s) };
    };

    const diagnostics = (state: EngineState): Diagnostic[] => {
        const m = mapping(state);
        const out: Diagnostic[] = m.diagnostics.map((d) => ({
            code: 'config',
            severity:
                d.problem === 'missing-settings'
                    ? 'info'
                    : d.problem === 'major-state-unmapped' || d.problem === 'bad-setting'
                      ? 'warning'
                      : 'error',
            subject: d.record,
            message: d.field === null ? d.message : `${d.field}: ${d.message}`
        }));
        if (!m.settings.syncEnabled)
            out.push({
                code: 'sync-disabled',
                severity: 'warning',
                subject: 'Sync_Enabled__c',
                message: 'sync is switched off in the settings'
            });
        if (!state.softphone.connected)
            out.push({
                code: 'softphone-disconnected',
                severity: 'warning',
                subject: 'softphone',
                message: 'the softphone is not connected'
            });
        if (state.held !== null) {
            out.push({
                code: 'held-change',
                severity: 'info',
                subject: describeOmni(state.held),
                message: 'held until the interaction ends'
            });
        }
        for (const notice of state.notices) {
            out.push({
                code: notice.code,
                severity:
                    notice.code === 'command-failed' || notice.code === 'omni-connection-error'
                        ? 'error'
                        : notice.code === 'omni-handover' || notice.code === 'omni-maintenance'
                          ? 'info'
                          : 'warning',
                subject: notice.subject,
                message: notice.detail
            });
        }
        return out;
    };

    return { mapping, step, diagnostics };
}
