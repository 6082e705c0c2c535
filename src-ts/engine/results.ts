/**
 * Command results (retries with backoff, B17) and time passing.
 */
import type {
    EngineState,
    InFlight,
    OmniTarget,
    OmniValue,
    ResultInput,
    SoftphoneTarget,
    SoftphoneValue
} from './types';
import {
    type Ctx,
    ECHO_WINDOW_MS,
    addNotice,
    clearNotices,
    decide,
    describeOmni,
    describeSoftphone,
    isOnInteraction,
    omniNow,
    omniParams,
    softphoneNow,
    omniMatches,
    retryDelayMs,
    softphoneMatches
} from './context';
import { heldLanded, restoreIfOvertaken, sidesAgree } from './commands';
import { rememberLate } from './attribution';
import { TWIN_LANDING_MS } from './earlier-page';
import { carriesHeld } from './targets';

// ─── Results and time ────────────────────────────────────────────────────────

/** Settles what a result answers, by `commandId`: Omni's or the softphone's command in flight, or a forwarded work item. */
export function onResult(ctx: Ctx, engineState: EngineState, input: ResultInput): void {
    if (engineState.omni.inFlight?.id === input.commandId) {
        settleOmni(ctx, engineState, engineState.omni.inFlight, input);
        return;
    }
    if (engineState.softphone.inFlight?.id === input.commandId) {
        settleSoftphone(ctx, engineState, engineState.softphone.inFlight, input);
        return;
    }
    const work = engineState.pendingWork.find((w) => w.id === input.commandId);
    if (work) {
        engineState.pendingWork = engineState.pendingWork.filter((w) => w.id !== input.commandId);
        if (input.ok) {
            decide(ctx, 'B19', 'done', 'work_command_done', { command: work.label });
        } else {
            addNotice(engineState, {
                code: 'command-failed',
                subject: work.label,
                detail: input.error ?? '',
                params: { command: work.label, reason: input.error ?? '' }
            });
            decide(ctx, 'B19', 'failed', 'work_command_failed', { command: work.label, reason: input.error ?? '' });
        }
        return;
    }
    decide(ctx, 'track', 'stale-result', 'stale_result', { command: input.commandId });
}

/**
 * A command's result. Success means it landed: the side is now in the command's state, even
 * when a genuine change had overtaken it (then our stale command won the race, B14).
 */
export function settleOmni(ctx: Ctx, engineState: EngineState, flight: InFlight<OmniTarget>, input: ResultInput): void {
    const omni = engineState.omni;
    omni.inFlight = null;
    if (input.ok) {
        clearNotices(engineState, 'command-failed', 'omni');
        // A newer event of Omni's (a handover logout, a supervisor's change) tells where Omni is; this
        // older result does not overwrite it (B14, B16).
        // Believing a logout landed never logs anyone in, so that success is taken; but a person's Omni login
        // since (by hand, B16) may have come after it: Omni is as that login says, uncertain (no status goes)
        // for the echo window, within which a logout that landed after it tells its own event.
        // So may a status call of ours that landed after a logout it did not make, being undone (B16).
        const behindLogin =
            flight.target.kind === 'offline' &&
            (flight.superseded || omni.logoutStands === true) &&
            omni.presence === 'online';
        if (!flight.echoed && !behindLogin && (flight.overtaken !== true || flight.target.kind === 'offline')) {
            omni.presence = flight.target.kind === 'offline' ? 'offline' : 'online';
            omni.status = flight.target.kind === 'offline' ? null : flight.target.status;
        }
        // Kept even after an echo: Omni may echo one change twice (loginSuccess and statusChanged).
        const uncertain = (flight.echoed && !omniMatches(flight.target, omniNow(engineState))) || behindLogin;
        omni.expect = {
            id: flight.id,
            target: flight.target,
            until: ctx.now + ECHO_WINDOW_MS,
            uncertain,
            ...(flight.overtaken === true && flight.target.kind === 'status' ? { toolkitOnly: true } : {}),
            ...(flight.superseded || flight.overtaken === true ? { superseded: true } : {}),
            ...(flight.echoed ? { echoed: true } : {}),
            ...(flight.login === true ? { login: true } : {})
        };
        // Those two come back to back: once a newer change came since the echo, it is behind that change,
        // as a finished command's echo is (B12): the same value then is a person's again, not ours, unless
        // Omni marks it a toolkit call (the landing itself: what was taken for its echo was another's). A
        // logout's event names no one: after a person's login since, its landing is still to tell its own.
        if (flight.echoed && (flight.superseded || flight.behind === true) && !behindLogin)
            omni.expect = flight.target.kind === 'status' ? { ...omni.expect, toolkitOnly: true } : null;
        decide(ctx, flight.rule, 'confirmed', 'omni_confirmed', { omni: describeOmni(flight.target) });
        if (flight.superseded && !flight.echoed && !behindLogin)
            restoreIfOvertaken(ctx, engineState, 'omni', flight.target);
        return;
    }
    const wanted: OmniValue =
        flight.target.kind === 'offline' ? { kind: 'offline' } : { kind: 'status', status: flight.target.status };
    // A command that failed or timed out may still have landed: its echo stays ours for the echo window
    // (B12). A logout that may have landed makes Omni uncertain: a status now could log the agent
    // back in (B16), so nothing goes to Omni until an event or the end of the window settles it.
    if (!flight.echoed) {
        omni.expect = {
            id: flight.id,
            target: flight.target,
            until: ctx.now + ECHO_WINDOW_MS,
            uncertain: flight.target.kind === 'offline',
            ...(flight.overtaken === true && flight.target.kind === 'status' ? { toolkitOnly: true } : {})
        };
        // It may land later still, beyond the echo window: its event stays ours (attribution).
        rememberLate(engineState, 'omni', flight, ctx.now);
    } else {
        // Its echo may have been another call's for the same value (an earlier page's landing late, a person's
        // logout): it may still land itself, a status call as a toolkit call only, and is then ours, not a
        // change to follow (B12).
        // A logout, for TWIN_LANDING_MS from its issue only: after that a logout is a person's (B5).
        if (flight.target.kind === 'status') rememberLate(engineState, 'omni', { ...flight, overtaken: true }, ctx.now);
        else rememberLate(engineState, 'omni', flight, ctx.now, flight.issuedAt + TWIN_LANDING_MS);
    }
    failed(
        ctx,
        engineState,
        'omni',
        flight,
        input.error ?? null,
        omni.target !== null ? omniMatches(omni.target, wanted) : wantAgain(engineState.omni, flight)
    );
}

/** Settles the softphone command in flight with its result: done, failed (retry or give up), or superseded. */
export function settleSoftphone(
    ctx: Ctx,
    engineState: EngineState,
    flight: InFlight<SoftphoneTarget>,
    input: ResultInput
): void {
    const softphone = engineState.softphone;
    softphone.inFlight = null;
    if (input.ok) {
        clearNotices(engineState, 'command-failed', 'softphone');
        if (!flight.echoed && (flight.overtaken !== true || flight.target.kind === 'loggedOut')) {
            if (flight.target.kind === 'loggedOut') {
                softphone.presence = 'loggedOut';
                softphone.state = null;
                softphone.interactions = [];
            } else {
                softphone.state = flight.target.state;
                softphone.selfReserved = false;
            }
        }
        if (flight.rule === 'B11' && !flight.superseded) heldLanded(ctx, engineState);
        const uncertain = flight.echoed && !softphoneMatches(flight.target, softphoneNow(engineState));
        softphone.expect = {
            id: flight.id,
            target: flight.target,
            until: ctx.now + ECHO_WINDOW_MS,
            uncertain,
            ...(flight.superseded ? { superseded: true } : {})
        };
        decide(ctx, flight.rule, 'confirmed', 'softphone_confirmed', { softphone: describeSoftphone(flight.target) });
        if (flight.superseded && !flight.echoed) restoreIfOvertaken(ctx, engineState, 'softphone', flight.target);
        return;
    }
    const wanted: SoftphoneValue =
        flight.target.kind === 'loggedOut' ? { kind: 'loggedOut' } : { kind: 'state', state: flight.target.state };
    if (!flight.echoed) {
        softphone.expect = { id: flight.id, target: flight.target, until: ctx.now + ECHO_WINDOW_MS, uncertain: false };
        rememberLate(engineState, 'softphone', flight, ctx.now);
    }
    const stillWanted =
        softphone.target !== null ? softphoneMatches(softphone.target, wanted) : wantAgain(softphone, flight);
    if (flight.rule === 'B11' && engineState.held !== null && isOnInteraction(engineState)) {
        // Refused because the next call has already started: the change is held again for that call (B11).
        holdRefused(ctx, engineState, engineState.held, input.error ?? '');
        return;
    }
    if (holdRefusedRestore(ctx, engineState, flight, input.error ?? '')) return;
    failed(ctx, engineState, 'softphone', flight, input.error ?? null, stillWanted);
}

/**
 * A restore (B14) that puts the softphone back where Omni-Channel's status asks, refused because the next call has
 * already started: that status, Omni-Channel's as the call began, is held for the call's end (B11), as a held change
 * refused so is, rather than written off as no longer needed. Returns whether it was held.
 */
function holdRefusedRestore(
    ctx: Ctx,
    engineState: EngineState,
    flight: InFlight<SoftphoneTarget>,
    reason: string
): boolean {
    const status = engineState.run?.statusBefore ?? null;
    if (flight.rule !== 'B14' || flight.target.kind !== 'state' || engineState.held !== null) return false;
    if (!ctx.mapping.settings.holdDuringInteraction || !isOnInteraction(engineState) || status === null) return false;
    if (!sidesAgree(ctx, status, flight.target.state)) return false;
    engineState.heldAt = ctx.now;
    holdRefused(ctx, engineState, { kind: 'status', status }, reason);
    return true;
}

/**
 * A softphone command refused because the next call has already started: `held` is the change held for that call's
 * end (B11), nothing goes to the softphone meanwhile.
 */
function holdRefused(ctx: Ctx, engineState: EngineState, held: OmniValue, reason: string): void {
    engineState.softphone.target = null;
    engineState.softphone.retry = null;
    engineState.held = held;
    engineState.heldApplying = false;
    decide(ctx, 'B11', 'hold-again', 'held_refused_on_interaction', { reason }, undefined, omniParams(held));
}

/**
 * Whether a failed command with no newer target is still wanted: a later decision took it for its own
 * want (`wantedAgain`) and no genuine change or logout of someone else has come since. When it is, its
 * target becomes the side's target again, which the retry (B17) sends, in the name of that want (`wantedBy`).
 */
function wantAgain<T extends OmniTarget | SoftphoneTarget>(side: { target: T | null }, flight: InFlight<T>): boolean {
    if (flight.wantedAgain !== true || flight.superseded || flight.overtaken === true) return false;
    side.target = flight.wantedBy === undefined ? flight.target : { ...flight.target, rule: flight.wantedBy };
    return true;
}

/** B17: retry a failed presence command with backoff, a bounded number of times, then report it. */
export function failed(
    ctx: Ctx,
    engineState: EngineState,
    side: 'omni' | 'softphone',
    flight: InFlight<OmniTarget | SoftphoneTarget>,
    error: string | null,
    stillWanted: boolean
): void {
    const omni = side === 'omni';
    const reason = error ?? '';
    if (!stillWanted) {
        decide(ctx, 'B17', 'failed-superseded', omni ? 'omni_failed_not_needed' : 'softphone_failed_not_needed', {
            command: flight.id,
            reason
        });
        return;
    }
    const limit = ctx.mapping.settings.retryLimit;
    const sideState = side === 'omni' ? engineState.omni : engineState.softphone;
    if (flight.attempt <= limit) {
        const at = ctx.now + retryDelayMs(flight.attempt);
        sideState.retry = { at, attempt: flight.attempt + 1 };
        decide(ctx, 'B17', 'retry', omni ? 'omni_retry' : 'softphone_retry', {
            reason,
            attempt: String(flight.attempt + 1),
            attempts: String(limit + 1),
            delayMs: String(at - ctx.now)
        });
        return;
    }
    sideState.target = null;
    sideState.retry = null;
    // The agent's own pick, held for the call's end, is what was lost: the panel names it (issue 21).
    // So too a restore (B14) that had taken the place of the held change's part on either side (B11).
    const held = engineState.heldApplying === true ? engineState.held : null;
    const carriedHeld =
        flight.rule === 'B11' ||
        (held !== null &&
            (omni
                ? omniMatches(held, flight.target as OmniTarget)
                : carriesHeld(ctx, held, flight.target as SoftphoneTarget)));
    const picked = carriedHeld && engineState.held?.kind === 'status' ? engineState.held.status : null;
    if (carriedHeld && engineState.held !== null) {
        decide(ctx, 'B11', 'held-failed', 'held_failed', { omni: describeOmni(engineState.held) });
        engineState.held = null;
        engineState.heldApplying = false;
    }
    addNotice(engineState, {
        code: 'command-failed',
        subject: side,
        detail: `${describeTarget(flight.target)}: ${error ?? 'no reason given'}`,
        params: {
            side,
            command: describeTarget(flight.target),
            reason: error ?? '',
            ...targetWords(flight.target),
            ...(picked === null ? {} : { picked })
        }
    });
    decide(ctx, 'B17', 'gave-up', omni ? 'omni_gave_up' : 'softphone_gave_up', {
        attempts: String(flight.attempt),
        reason
    });
}

/** The values a refused target is named by in the panel: a status or a state (never the logout's internal name). */
function targetWords(target: OmniTarget | SoftphoneTarget): Record<string, string> {
    if (target.kind === 'status') return { status: target.status };
    if (target.kind !== 'state') return {};
    return target.state.minor === null
        ? { state: target.state.major }
        : { state: target.state.major, minor: target.state.minor };
}

/** A target in the audit's words: a status, `offline`, a state or `logged out`. */
export function describeTarget(target: OmniTarget | SoftphoneTarget): string {
    switch (target.kind) {
        case 'status':
        case 'offline':
            return describeOmni(target);
        default:
            return describeSoftphone(target);
    }
}

/** Time has passed: echo windows that ended (`expect.until` ≤ now, milliseconds of the engine's monotonic clock) close. */
export function onTick(ctx: Ctx, engineState: EngineState): void {
    if (engineState.omni.expect && engineState.omni.expect.until <= ctx.now) engineState.omni.expect = null;
    if (engineState.softphone.expect && engineState.softphone.expect.until <= ctx.now)
        engineState.softphone.expect = null;
}

/**
 * When the engine next needs a tick (a retry is due or an echo window ends), in
 * milliseconds of the engine's monotonic clock; null when nothing waits.
 */
export function wakeAt(engineState: EngineState): number | null {
    const { omni, softphone } = engineState;
    // In turn, not over an array: one per step was made only to be read.
    return sooner(
        sooner(sooner(sooner(null, omni.retry?.at), softphone.retry?.at), omni.expect?.until),
        softphone.expect?.until
    );
}

/** `at` where it is given and earlier than `earliest` (or there is none yet), else `earliest`. */
function sooner(earliest: number | null, at: number | undefined): number | null {
    return at !== undefined && (earliest === null || at < earliest) ? at : earliest;
}
