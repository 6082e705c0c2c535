/**
 * What happens on each softphone event from the bridge: one function per event. A state change is
 * `softphone-state.ts`'s; held changes seen from the softphone are `softphone-held.ts`'s.
 */
import { sameState } from '../mapping/compile';
import type { Command, EngineState, InteractionRef, LateEcho, SoftphoneInput, SoftphoneValue } from './types';
import {
    type Ctx,
    clearNotices,
    decide,
    describeSoftphone,
    inInteraction,
    reservedBySoftphone,
    softphoneNow
} from './context';
import {
    acceptSoftphoneEcho,
    emit,
    formatCommand,
    markOvertaken,
    nextId,
    setOmniTarget,
    recordSoftphoneChange
} from './commands';
import { attributeSoftphone, isEcho, softphoneLogoutEndsClaims, takeLate } from './attribution';
import { beginRunIfNeeded, endRun } from './interactions';
import { omniTargetFor } from './lookup';
import { loginOmniForSoftphone, tryReconcile } from './reconcile';
import { heldMeetsOurLogout, holdLogoutForCall, supersedeHeld } from './softphone-held';
import { heldDroppedLoggedOut } from './notice-ends';
import { omniLoginUnderWay, onStateChanged } from './softphone-state';
import { applyWorkRule, trackWork } from './work';

type Event<E extends SoftphoneInput['event']> = Extract<SoftphoneInput, { event: E }>;

/** Handles one softphone event from the bridge (connected, disconnected, login, logout, state change, interactions, work actions). */
export function onSoftphone(ctx: Ctx, engineState: EngineState, input: SoftphoneInput): void {
    switch (input.event) {
        case 'connected':
            onConnected(ctx, engineState, input);
            return;
        case 'disconnected':
            onDisconnected(ctx, engineState, input);
            return;
        case 'loggedIn':
            onLoggedIn(ctx, engineState, input);
            return;
        case 'loggedOut':
            onLoggedOut(ctx, engineState, input);
            return;
        case 'stateChanged':
            onStateChanged(ctx, engineState, input);
            return;
        case 'interactionStarted':
            onInteractionStarted(ctx, engineState, input);
            return;
        case 'interactionEnded':
            onInteractionEnded(ctx, engineState, input);
            return;
        case 'workAction':
            onWorkAction(ctx, engineState, input);
            return;
    }
}

/**
 * The handshake, at start-up or after a frame reload (B15, B17). A reconnect is not a login (B16):
 * only the softphone's first sight at start-up, with no Omni logout standing from the saved state,
 * may log Omni in; after that only a `loggedIn` event does.
 */
function onConnected(ctx: Ctx, engineState: EngineState, input: Event<'connected'>): void {
    // The step has already taken the announced catalogue, so the mapping is compiled for it.
    const softphone = engineState.softphone;
    const before = softphone.presence;
    const seenBefore = before === 'unknown' ? (softphone.lastSeen ?? null) : softphoneNow(engineState);
    const sinceBefore = softphone.since;
    softphone.lastSeen = null;
    softphone.connected = true;
    softphone.capabilities = [...input.capabilities];
    softphone.presence = input.loggedIn ? 'loggedIn' : 'loggedOut';
    softphone.state = input.loggedIn ? input.state : null;
    // On the engine's clock: a duration measured by the softphone, else a time given on this clock.
    const age = input.sinceAgeMs;
    softphone.since =
        typeof age === 'number' && Number.isFinite(age) && age >= 0 ? ctx.now - age : (input.since ?? null);
    // As last seen: the softphone has not changed while the sync was away, whatever age it gives; a
    // state other than the one last seen changed meanwhile, at least as late as anything seen since
    // (B14, B15).
    const seenNow: SoftphoneValue | null = input.loggedIn
        ? input.state === null
            ? null
            : { kind: 'state', state: input.state }
        : { kind: 'loggedOut' };
    if (seenBefore !== null && seenNow !== null) {
        const same =
            seenBefore.kind === seenNow.kind &&
            (seenBefore.kind === 'loggedOut' ||
                (seenNow.kind === 'state' && sameState(seenBefore.state, seenNow.state)));
        if (same && sinceBefore !== null) softphone.since = sinceBefore;
        else if (!same && softphone.since === null) softphone.since = ctx.now;
        softphone.changedAway = !same && !ourLanding(engineState, seenNow);
    } else
        // A save that never saw the softphone is no evidence of a change since: its frame may never have connected.
        softphone.changedAway = seenNow !== null && seenBefore === null && before !== 'unknown';
    delete softphone.landingAtStart;
    delete softphone.outByOurs;
    softphone.interactions = input.loggedIn ? (input.interactions ?? []).map((i) => ({ ...i })) : [];
    softphone.inFlight = null;
    softphone.expect = null;
    softphone.retry = null;
    softphone.target = null;
    softphone.selfReserved = input.loggedIn && reservedBySoftphone(ctx, engineState, softphone.state);
    clearNotices(engineState, 'command-failed', 'softphone');
    if (input.loggedIn) {
        // Only the first sight at start-up counts as the softphone's login; a reconnect never does.
        // A softphone the saved state already knew logged in is reconnecting after a console reload, not
        // logging in: an Omni logout that came meanwhile (its save may have failed) stands (B16).
        // A softphone the save saw logged out and finds logged in now has logged in meanwhile (B3); one the
        // save did not see at all may have been there before a logout whose save failed: no login.
        engineState.loginForSoftphone =
            before === 'unknown' &&
            (engineState.resumed === true ? seenBefore?.kind === 'loggedOut' : true) &&
            engineState.omni.logoutStands !== true;
        // The sync learns of these interactions only now: the status Omni has is not "before" them (B10).
        beginRunIfNeeded(ctx, engineState, false);
    } else {
        engineState.loginForSoftphone = false;
        engineState.loginPending = false;
        if (engineState.held !== null) {
            // The agent's pick is lost: said to them, not only in the decisions list (issue 21).
            heldDroppedLoggedOut(engineState, engineState.held);
            supersedeHeld(ctx, engineState, 'held_superseded_back_logged_out');
        }
        engineState.run = null;
    }
    decide(ctx, 'track', 'connected', 'softphone_connected', {
        softphone: describeSoftphone(softphoneNow(engineState))
    });
    engineState.reconcile = engineState.reconcile ?? 'softphone-reconnect';
    tryReconcile(ctx, engineState);
}

/**
 * The softphone is found where a command of ours under way was taking it (this page's, or the earlier
 * page's before a console reload): that command landed; the softphone did not change by itself (B12, B15).
 * The agent's change to such a value is saved at once (save-at-once.ts), so a reload never takes it for one.
 */
export function ourLanding(engineState: EngineState, seen: SoftphoneValue): boolean {
    const sp = engineState.softphone;
    const lands = (t: LateEcho['target'] | SoftphoneValue) =>
        t.kind === 'loggedOut'
            ? seen.kind === 'loggedOut'
            : t.kind === 'state' && seen.kind === 'state' && sameState(t.state, seen.state);
    return (
        (sp.landingAtStart ?? []).some(lands) ||
        (sp.inFlight !== null && !sp.inFlight.echoed && lands(sp.inFlight.target)) ||
        (sp.expect !== null && lands(sp.expect.target)) ||
        (engineState.lateEchoes ?? []).some((l) => l.side === 'softphone' && lands(l.target))
    );
}

function onDisconnected(ctx: Ctx, engineState: EngineState, input: Event<'disconnected'>): void {
    const softphone = engineState.softphone;
    softphone.connected = false;
    if (softphone.inFlight) decide(ctx, 'B17', 'lost', 'command_lost_with_frame', { command: softphone.inFlight.id });
    // The held change's softphone part, or what took its place (a restore, B14; accepted work, B7), is lost with
    // the frame: the change waits for the softphone to come back, landed only once it is there (B11).
    if (softphone.inFlight !== null || softphone.target !== null) engineState.heldApplying = false;
    softphone.inFlight = null;
    softphone.expect = null;
    softphone.retry = null;
    softphone.target = null;
    // A lost connection, said as one (issue 21): what the softphone last showed, what Omni-Channel was in, and the
    // Disconnect Status the sync moves it to (empty when none applies).
    const fallback = ctx.mapping.settings.disconnectStatus;
    const omniNow = engineState.omni;
    decide(ctx, 'B17', 'disconnected', 'softphone_disconnected', {
        reason: input.reason ?? '',
        softphone: describeSoftphone(softphoneNow(engineState)),
        omni: omniNow.presence === 'online' ? (omniNow.status ?? 'unknown') : omniNow.presence,
        disconnectStatus: fallback !== null && omniNow.presence === 'online' ? fallback : ''
    });
    // A login for the softphone (B3, B15) waiting for its retry no longer applies: the softphone is gone
    // and is read again when it comes back (B16).
    const omni = engineState.omni;
    if (omni.target?.kind === 'status' && omni.target.mayLogin && omni.inFlight === null) {
        omni.target = null;
        omni.retry = null;
        decide(ctx, 'B16', 'cancel-login', 'login_dropped_softphone_gone');
    }
    if (fallback !== null && engineState.omni.presence === 'online') {
        setOmniTarget(ctx, engineState, { kind: 'status', status: fallback, rule: 'B17', mayLogin: false });
    }
}

/** The softphone logged in: the one event that may log Omni in (B3). */
function onLoggedIn(ctx: Ctx, engineState: EngineState, input: Event<'loggedIn'>): void {
    const softphone = engineState.softphone;
    softphone.presence = 'loggedIn';
    softphone.connected = true;
    if (input.state !== null) softphone.state = input.state;
    softphone.selfReserved = reservedBySoftphone(ctx, engineState, softphone.state);
    engineState.omni.logoutStands = false;
    engineState.loginForSoftphone = true;
    clearNotices(engineState, 'omni-stays-offline');
    const value: SoftphoneValue | null = softphone.state === null ? null : { kind: 'state', state: softphone.state };
    if (value !== null) recordSoftphoneChange(ctx, engineState, value);
    beginRunIfNeeded(ctx, engineState);
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    if (engineState.omni.presence === 'offline') {
        loginOmniForSoftphone(ctx, engineState, softphone.state, 'B3');
    } else if (engineState.omni.presence === 'online' && softphone.state !== null) {
        engineState.loginForSoftphone = false;
        setOmniTarget(ctx, engineState, omniTargetFor(ctx, engineState, softphone.state, 'B1'));
    }
    applyWorkRule(ctx, engineState);
}

/** The softphone logged out: Omni follows (B4); a login of ours for it is cancelled or undone (B16). */
function onLoggedOut(ctx: Ctx, engineState: EngineState, input: Event<'loggedOut'>): void {
    const softphone = engineState.softphone;
    const value: SoftphoneValue = { kind: 'loggedOut' };
    const who = attributeSoftphone(engineState, value, input.cause, input.requestId, ctx.now);
    const echo = isEcho(who) ? who.source : null;
    if (echo === null) {
        markOvertaken(softphone);
        softphoneLogoutEndsClaims(engineState);
    }
    softphone.presence = 'loggedOut';
    softphone.state = null;
    softphone.interactions = [];
    softphone.selfReserved = false;
    engineState.loginPending = false;
    engineState.loginForSoftphone = false;
    if (engineState.work.forced !== null) engineState.work = { ...engineState.work, forced: null };
    if (echo !== null) {
        acceptSoftphoneEcho(ctx, engineState, echo, value, takeLate(engineState, who));
        heldMeetsOurLogout(ctx, engineState);
        engineState.run = null;
        return;
    }
    if (engineState.held !== null) supersedeHeld(ctx, engineState, 'held_superseded_logout');
    engineState.run = null;
    const loginUnderWay = omniLoginUnderWay(engineState);
    recordSoftphoneChange(ctx, engineState, value);
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    if (loginUnderWay) {
        decide(ctx, 'B16', 'cancel-login', 'login_undone_softphone_out', undefined, undefined, {
            side: 'omni',
            status: 'offline'
        });
        setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B16' });
        return;
    }
    if (!ctx.mapping.settings.logoutOmniOnSoftphoneLogout) {
        decide(ctx, 'B4', 'logout-off', 'omni_logout_off');
        return;
    }
    setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B4' });
}

function onInteractionStarted(ctx: Ctx, engineState: EngineState, input: Event<'interactionStarted'>): void {
    const softphone = engineState.softphone;
    if (!softphone.interactions.some((i) => i.interactionId === input.interactionId)) {
        const interaction: InteractionRef = { interactionId: input.interactionId, direction: input.direction };
        softphone.interactions = [...softphone.interactions, interaction];
    }
    if (engineState.run !== null && input.direction === 'inbound' && !engineState.run.inbound)
        engineState.run = { ...engineState.run, inbound: true };
    beginRunIfNeeded(ctx, engineState);
    holdLogoutForCall(ctx, engineState);
    decide(ctx, 'track', 'interaction', 'interaction_started', {
        direction: input.direction,
        interaction: input.interactionId,
        omni: engineState.run?.statusBefore ?? 'unknown'
    });
}

function onInteractionEnded(ctx: Ctx, engineState: EngineState, input: Event<'interactionEnded'>): void {
    const softphone = engineState.softphone;
    softphone.interactions = softphone.interactions.filter((i) => i.interactionId !== input.interactionId);
    if (engineState.run !== null && !inInteraction(ctx, engineState)) {
        endRun(ctx, engineState);
        applyWorkRule(ctx, engineState);
    } else {
        decide(ctx, 'track', 'interaction', 'interaction_ended', { interaction: input.interactionId });
    }
}

/** B19: the softphone accepts, declines or closes Omni work. */
function onWorkAction(ctx: Ctx, engineState: EngineState, input: Event<'workAction'>): void {
    if (engineState.omni.presence !== 'online') {
        decide(ctx, 'B19', 'omni-offline', 'work_asked_omni_offline', { action: input.action, work: input.workId });
        return;
    }
    // The softphone acts only on work it was shown (B19): anything else is not passed on to Omni.
    const known = engineState.work.shown ?? [];
    if (!known.includes(input.workId)) {
        decide(ctx, 'B19', 'refused', 'work_not_shown', { action: input.action, work: input.workId });
        return;
    }
    const id = nextId(engineState, 'w');
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
    trackWork(engineState, id, formatCommand(command));
    emit(ctx, command, 'work_asked', { action: input.action, work: input.workId });
}
