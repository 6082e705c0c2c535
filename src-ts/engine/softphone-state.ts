/**
 * A softphone state change: the echo of ours (B12), a person's change that Omni follows (B1), a held
 * change or a revert that goes over the contact centre's own state (B10, B11), the agent over the work
 * busy state (B7), and a login of Omni for a softphone that came back (B3).
 */
import { formatState, sameState } from '../mapping/compile';
import type { EngineState, SoftphoneInput, SoftphoneValue } from './types';
import { type Ctx, decide, describeOmni, inInteraction, reservedBySoftphone } from './context';
import { acceptSoftphoneEcho, setOmniTarget, recordSoftphoneChange } from './commands';
import { attributeSoftphone, isEcho, takeLate } from './attribution';
import { beginRunIfNeeded, endRun, omniWaitsForRunEnd, reapplyHeld, reapplyHeldAfterCall } from './interactions';
import { omniTargetFor } from './lookup';
import { loginOmniForSoftphone, tryReconcile } from './reconcile';
import { holdLogoutForCall, supersedeHeld } from './softphone-held';
import { applyWorkRule } from './work';

type Event<E extends SoftphoneInput['event']> = Extract<SoftphoneInput, { event: E }>;

/** Whether a login of ours is in flight, planned or awaiting a retry. */
export function omniLoginUnderWay(engineState: EngineState): boolean {
    const omni = engineState.omni;
    const wantsLogin = (t: EngineState['omni']['target']) => t !== null && t.kind === 'status' && t.mayLogin;
    return (
        (omni.inFlight !== null &&
            !omni.inFlight.echoed &&
            omni.inFlight.overtaken !== true &&
            wantsLogin(omni.inFlight.target)) ||
        wantsLogin(omni.target)
    );
}

/** The softphone's state changed: an echo of ours, or a change Omni follows (B1) once held changes are settled (B11). */
export function onStateChanged(ctx: Ctx, engineState: EngineState, input: Event<'stateChanged'>): void {
    const softphone = engineState.softphone;
    const wasLoggedOut = softphone.presence === 'loggedOut';
    const wasLoggedIn = softphone.presence === 'loggedIn';
    const value: SoftphoneValue = { kind: 'state', state: input.state };
    const who = attributeSoftphone(engineState, value, input.cause, input.requestId, ctx.now);
    const echo = isEcho(who) ? who.source : null;
    softphone.presence = 'loggedIn';
    softphone.connected = true;
    const unchanged = softphone.state !== null && sameState(softphone.state, input.state);
    softphone.state = input.state;
    if (echo !== null) {
        acceptSoftphoneEcho(ctx, engineState, echo, value, takeLate(engineState, who));
        return;
    }
    softphone.selfReserved = reservedBySoftphone(ctx, engineState, input.state);
    if (unchanged && wasLoggedIn) {
        decide(ctx, 'track', 'unchanged', 'softphone_still', { softphone: formatState(input.state) });
        return;
    }
    recordSoftphoneChange(ctx, engineState, value);
    if (wasLoggedOut) {
        engineState.omni.logoutStands = false;
        engineState.loginForSoftphone = true;
    }
    holdLogoutForCall(ctx, engineState);
    if (input.cause === 'agent' && engineState.work.forced !== null) {
        engineState.work = { ...engineState.work, forced: null, overridden: engineState.work.accepted.length > 0 };
        decide(ctx, 'B7', 'agent-override', 'agent_over_work_busy', { state: formatState(input.state) });
    }
    if (heldGoesOverSystemState(ctx, engineState, input)) return;
    settleHeldForState(ctx, engineState, input);
    beginRunIfNeeded(ctx, engineState);
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    followSoftphoneState(ctx, engineState, input, wasLoggedOut);
}

/**
 * A newer change supersedes a held change that is landing; on a new call it is held again (B11).
 * The contact centre's own state (the one it gives after a call) is no person's choice: the held
 * change still goes over it, and Omni does not follow that state meanwhile. True when it does.
 */
function heldGoesOverSystemState(ctx: Ctx, engineState: EngineState, input: Event<'stateChanged'>): boolean {
    if (
        input.cause === 'system' &&
        engineState.held !== null &&
        engineState.heldApplying === true &&
        !inInteraction(ctx, engineState)
    ) {
        reapplyHeld(ctx, engineState);
        applyWorkRule(ctx, engineState);
        return true;
    }
    if (input.cause === 'system' && reapplyHeldAfterCall(ctx, engineState)) {
        applyWorkRule(ctx, engineState);
        return true;
    }
    return false;
}

/** A person's new state supersedes a held change still landing, or one the agent overrides (B11). */
function settleHeldForState(ctx: Ctx, engineState: EngineState, input: Event<'stateChanged'>): void {
    engineState.heldSettled = null;
    if (engineState.held !== null && engineState.heldApplying === true && !inInteraction(ctx, engineState))
        supersedeHeld(ctx, engineState, 'held_superseded_state', { state: formatState(input.state) });
    else if (engineState.held !== null && input.cause === 'agent')
        supersedeHeld(ctx, engineState, 'held_superseded_agent', { state: formatState(input.state) });
}

/**
 * Omni follows the new state (B1): a login for a softphone that came back (B3), the end of a run of
 * calls (B10), a wait for that end, or the mapped status.
 */
function followSoftphoneState(
    ctx: Ctx,
    engineState: EngineState,
    input: Event<'stateChanged'>,
    wasLoggedOut: boolean
): void {
    if (wasLoggedOut || engineState.loginPending) {
        if (engineState.omni.presence === 'offline') {
            loginOmniForSoftphone(ctx, engineState, input.state, 'B3');
            return;
        }
        engineState.loginPending = false;
    }
    if (engineState.run !== null && !inInteraction(ctx, engineState)) {
        endRun(ctx, engineState);
        applyWorkRule(ctx, engineState);
        return;
    }
    if (omniWaitsForRunEnd(ctx, engineState)) {
        if (engineState.held !== null)
            decide(ctx, 'B11', 'held-waits', 'held_waits_for_end', {
                state: formatState(input.state),
                omni: describeOmni(engineState.held)
            });
        else decide(ctx, 'B10', 'revert-waits', 'revert_waits_for_end', { state: formatState(input.state) });
        return;
    }
    // A login of ours for the softphone is still under way while Omni is offline: the new state is
    // where that login now goes (B3), not a status that an offline Omni would refuse (B16).
    if (engineState.omni.presence === 'offline' && omniLoginUnderWay(engineState)) {
        loginOmniForSoftphone(ctx, engineState, input.state, 'B3');
        applyWorkRule(ctx, engineState);
        return;
    }
    setOmniTarget(ctx, engineState, omniTargetFor(ctx, engineState, input.state, 'B1'));
    applyWorkRule(ctx, engineState);
}
