/**
 * Interaction runs, from the first interaction (or a reserved state the softphone entered by
 * itself) to the end of the last one's wrap: the held Omni change (B11) and the revert to the
 * status before the interaction (B10).
 */
import { formatState } from '../mapping/compile';
import type { EngineState, OmniTarget, SoftphoneTarget } from './types';
import {
    type Ctx,
    addNotice,
    decide,
    describeOmni,
    inInteraction,
    isReadyState,
    omniParams,
    omniProjected,
    softphoneNow
} from './context';
import { setOmniTarget, setSoftphoneTarget, softphoneMeets } from './commands';
import { forgetPutBack } from './echoes';
import { omniTargetFor, softphoneTargetFor } from './lookup';
import { heldFindsOmniOffline } from './softphone-held';
import { sidesAgree } from './agreement';

// ─── Interaction runs (B10, B11) ─────────────────────────────────────────────

/**
 * A run begins. `seenBefore`: the sync saw Omni before the interaction began (an interaction event
 * or a state change); false when it learns of a live interaction at a (re)connect, and then the
 * status Omni has is never restored (B10).
 */
export function beginRunIfNeeded(ctx: Ctx, engineState: EngineState, seenBefore = true): void {
    if (!inInteraction(ctx, engineState)) return;
    if (engineState.held !== null && engineState.heldApplying === true) {
        // The next interaction started before the held change landed: it is held again for this one.
        engineState.heldApplying = false;
        if (engineState.softphone.target?.rule === 'B11') engineState.softphone.target = null;
        if (engineState.omni.target?.rule === 'B11') engineState.omni.target = null;
        decide(
            ctx,
            'B11',
            'hold-again',
            'held_again_new_interaction',
            { omni: describeOmni(engineState.held) },
            undefined,
            omniParams(engineState.held)
        );
    }
    engineState.heldSettled = null;
    if (engineState.run !== null) return;
    // A held change applied at the last call's end that a late landing of ours undid, its restore (B14) still to
    // be sent as the next interaction starts: held again for this one, as when the softphone refuses it (B11).
    const restore = engineState.omni.target;
    if (restore !== null && restore.rule === 'B14' && holdAppliedAgain(ctx, engineState, restore))
        engineState.omni.target = null;
    const projected = omniProjected(engineState);
    engineState.run = {
        statusBefore: seenBefore && projected?.kind === 'status' ? projected.status : null,
        inbound: engineState.softphone.interactions.some((i) => i.direction === 'inbound')
    };
}

/**
 * A restore (B14) of a held change applied at a call's end (the latest change, `held`) that a late landing of ours
 * undid, found while an interaction is live (the next call began, or a start-up during it): the change is held again
 * for that interaction's end (B11), not sent during it. Its age counts from now: it was applied, and it is the
 * agent's latest choice since. Returns whether it was held; the caller drops the restore.
 */
export function holdAppliedAgain(ctx: Ctx, engineState: EngineState, restore: OmniTarget): boolean {
    const latest = engineState.latestChange;
    if (
        engineState.held !== null ||
        restore.kind !== 'status' ||
        latest?.side !== 'omni' ||
        latest.held !== true ||
        latest.value.kind !== 'status' ||
        latest.value.status !== restore.status ||
        !inInteraction(ctx, engineState) ||
        !ctx.mapping.settings.holdDuringInteraction
    )
        return false;
    engineState.held = latest.value;
    engineState.heldApplying = false;
    engineState.heldAt = ctx.now;
    decide(
        ctx,
        'B11',
        'hold-again',
        'held_again_new_interaction',
        { omni: describeOmni(latest.value) },
        undefined,
        omniParams(latest.value)
    );
    return true;
}

/** Whether B10 applies to a run that has just ended, by the revert scope setting. */
function revertApplies(ctx: Ctx, run: NonNullable<EngineState['run']>): boolean {
    const settings = ctx.mapping.settings;
    return settings.revertAfterInbound && (run.inbound || settings.revertScope === 'EveryCall');
}

/** Whether the softphone is back in Ready while B10 waits for the interaction's end. */
export function revertWaits(ctx: Ctx, engineState: EngineState): boolean {
    return (
        engineState.run !== null &&
        revertApplies(ctx, engineState.run) &&
        isReadyState(ctx, engineState.softphone.state) &&
        inInteraction(ctx, engineState)
    );
}

/**
 * While an interaction is open and a change is held (B11) or the revert waits (B10), a state the
 * softphone reports that is not the call's own (Ready before the interaction's end) does not move
 * Omni: nothing makes Omni routable against the agent's choice before the interaction ends.
 */
export function omniWaitsForRunEnd(ctx: Ctx, engineState: EngineState): boolean {
    if (!inInteraction(ctx, engineState) || engineState.softphone.selfReserved === true) return false;
    return engineState.held !== null || revertWaits(ctx, engineState);
}

/**
 * How long a held change lives (milliseconds of the engine's monotonic clock from when it was chosen):
 * a change picked during a call is still applied when the call ends, or when the console starts
 * after it ended, within this age; an older one is dropped and said to the agent (B11).
 */
export const HELD_MAX_AGE_MS = 4 * 60 * 60 * 1000;

/**
 * Drops a held change that cannot be applied, and says so to the agent: older than HELD_MAX_AGE_MS,
 * or naming a status the org no longer has (B11). Returns whether it was dropped.
 */
function dropHeldIfStale(ctx: Ctx, engineState: EngineState): boolean {
    const held = engineState.held;
    if (held === null) return false;
    const at = engineState.heldAt ?? null;
    const tooOld = at !== null && ctx.now - at > HELD_MAX_AGE_MS;
    const gone = held.kind === 'status' && ctx.mapping.statusByName(held.status) === null;
    if (!tooOld && !gone) return false;
    const omni = describeOmni(held);
    decide(
        ctx,
        'B11',
        'held-expired',
        gone ? 'held_dropped_unknown_status' : 'held_dropped_old',
        gone ? { omni } : { omni, hours: String(HELD_MAX_AGE_MS / 3_600_000) },
        undefined,
        omniParams(held)
    );
    addNotice(engineState, {
        code: 'held-dropped',
        subject: omni,
        detail: gone ? 'unknown-status' : 'too-old',
        params: {
            status: omni,
            reason: gone ? 'unknown-status' : 'too-old',
            hours: String(HELD_MAX_AGE_MS / 3_600_000)
        }
    });
    engineState.held = null;
    engineState.heldApplying = false;
    engineState.heldAt = null;
    return true;
}

/**
 * Makes the held change's softphone target (B11). A command still under way (sent when an earlier
 * interaction ended, and overtaken since by the contact centre's newer state) is no confirmation: the
 * target stays until the softphone confirms it, so a failure is retried and reported, and a stale
 * landing does not put the contact centre's state back over the held change (B14).
 */
function setHeldSoftphoneTarget(ctx: Ctx, engineState: EngineState, target: SoftphoneTarget | null): void {
    const flight = engineState.softphone.inFlight;
    if (target !== null && flight !== null && !flight.echoed && !softphoneMeets(ctx, target, softphoneNow(engineState)))
        engineState.softphone.target = target;
    else setSoftphoneTarget(ctx, engineState, target);
}

/** Applies the held change (B11): it stays held until the softphone confirms it. */
function applyHeld(ctx: Ctx, engineState: EngineState): void {
    const held = engineState.held;
    if (held === null) return;
    if (held.kind === 'offline') {
        // Offline, or a logout that stands while the sync undoes a stray login of its own (B16).
        const loggedOut = engineState.omni.presence === 'offline' || engineState.omni.logoutStands === true;
        if (ctx.mapping.settings.logoutSoftphoneOnOmniLogout && loggedOut) {
            decide(ctx, 'B11', 'apply-held', 'apply_held_logout', undefined, undefined, {
                side: 'softphone',
                state: 'loggedOut'
            });
            setHeldSoftphoneTarget(ctx, engineState, { kind: 'loggedOut', rule: 'B11' });
        } else {
            decide(ctx, 'B11', 'drop-held', 'held_logout_void');
        }
    } else {
        decide(ctx, 'B11', 'apply-held', 'apply_held_status', { status: held.status }, undefined, omniParams(held));
        setHeldSoftphoneTarget(ctx, engineState, softphoneTargetFor(ctx, engineState, held.status, 'B11'));
        if (engineState.omni.presence === 'online')
            setOmniTarget(ctx, engineState, { kind: 'status', status: held.status, rule: 'B11', mayLogin: false });
    }
    // Applied over the contact centre's states of the call and after it, the held choice is the latest
    // change: an older command of ours that lands late is put right towards it, not towards them (B14).
    engineState.latestChange = { side: 'omni', value: held, at: ctx.now, seq: engineState.seq, held: true };
    // Newer than a reconnect's agreement: a late landing puts back this change, not that agreement (B14).
    forgetPutBack(engineState);
    // Held until both sides are there: Omni's part may wait behind a command of the call (B1) in flight.
    if (engineState.softphone.target?.rule === 'B11' || engineState.omni.target?.rule === 'B11') {
        engineState.heldApplying = true;
        engineState.heldWithoutOmni = held.kind === 'status' && engineState.omni.presence === 'offline';
    } else {
        // Nothing to send to the softphone (already there, no mapping): applied as far as it goes.
        engineState.heldSettled = { value: held, at: engineState.heldAt ?? null, until: ctx.now + AFTER_CALL_STATE_MS };
        engineState.held = null;
        engineState.heldApplying = false;
        heldFindsOmniOffline(ctx, engineState, held, engineState.omni.presence === 'offline');
    }
}

/**
 * How long after an interaction's end the contact centre's own state still counts as part of that end
 * (milliseconds of the engine's clock): a held change applied then is applied over it (B11).
 */
export const AFTER_CALL_STATE_MS = 5_000;

/**
 * The contact centre gave the softphone its state right after the interaction ended, when the held
 * change had found the softphone already where it asks (nothing was sent): that state is part of the
 * call's end, not a newer choice, so the held change is applied over it (B11). Returns whether it was.
 */
export function reapplyHeldAfterCall(ctx: Ctx, engineState: EngineState): boolean {
    const settled = engineState.heldSettled ?? null;
    engineState.heldSettled = null;
    if (settled === null || settled.until < ctx.now || engineState.held !== null || inInteraction(ctx, engineState))
        return false;
    engineState.held = settled.value;
    engineState.heldAt = settled.at;
    reapplyHeld(ctx, engineState);
    return true;
}

/**
 * The contact centre changed the softphone's state while the held change was landing, outside any
 * interaction: that is no person's choice, so the held change is applied over it (B11).
 */
export function reapplyHeld(ctx: Ctx, engineState: EngineState): void {
    if (engineState.held !== null && !dropHeldIfStale(ctx, engineState)) applyHeld(ctx, engineState);
}

/**
 * Every interaction, wrap included, has ended: apply the held change (B11) or the revert (B10).
 * Returns false when neither applies (then the caller's own rule decides).
 */
export function finishRun(ctx: Ctx, engineState: EngineState): boolean {
    const run = engineState.run;
    engineState.run = null;
    if (run === null) return false;
    if (engineState.held !== null && !dropHeldIfStale(ctx, engineState)) {
        applyHeld(ctx, engineState);
        return true;
    }
    const state = engineState.softphone.state;
    if (state === null || engineState.softphone.presence !== 'loggedIn') return true;
    if (revertApplies(ctx, run) && isReadyState(ctx, state) && run.statusBefore !== null) {
        decide(
            ctx,
            'B10',
            'revert',
            'revert_after_interaction',
            { state: formatState(state), status: run.statusBefore },
            undefined,
            { side: 'omni', status: run.statusBefore }
        );
        setOmniTarget(ctx, engineState, { kind: 'status', status: run.statusBefore, rule: 'B10', mayLogin: false });
        return true;
    }
    return false;
}

/** Every interaction has ended: the held change, the revert, or the softphone state's mapping (B1). */
export function endRun(ctx: Ctx, engineState: EngineState): void {
    if (finishRun(ctx, engineState)) return;
    const state = engineState.softphone.state;
    if (state === null || engineState.softphone.presence !== 'loggedIn') return;
    const target = omniTargetFor(ctx, engineState, state, 'B1');
    setOmniTarget(ctx, engineState, target);
    // A state of ours still under way, or still to be sent, that followed Omni's status during the run (B6, B14)
    // would take the softphone apart from where Omni now goes: the softphone comes back to the state it ended
    // the run in.
    const flight = engineState.softphone.inFlight;
    const going = engineState.softphone.target;
    const apart = (to: SoftphoneTarget | undefined) =>
        target?.kind === 'status' && to?.kind === 'state' && !sidesAgree(ctx, target.status, to.state);
    if ((flight !== null && !flight.superseded && apart(flight.target)) || (going?.rule === 'B14' && apart(going)))
        setSoftphoneTarget(ctx, engineState, { kind: 'state', state, rule: 'B14' });
}
