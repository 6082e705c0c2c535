/**
 * What happens on each softphone event from the bridge: one function per event.
 */
import { formatState, sameState } from '../mapping/compile';
import type { Command, EngineState, InteractionRef, SoftphoneInput, SoftphoneValue } from './types';
import {
    type Ctx,
    clearNotices,
    decide,
    describeOmni,
    describeSoftphone,
    inInteraction,
    omniParams,
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
    softphoneEcho,
    softphoneLeads
} from './drive';
import { beginRunIfNeeded, endRun, omniWaitsForRunEnd } from './interactions';
import { omniTargetFor } from './lookup';
import { loginOmniForSoftphone, tryReconcile } from './reconcile';
import { applyWorkRule, trackWork } from './work';

type Event<E extends SoftphoneInput['event']> = Extract<SoftphoneInput, { event: E }>;

export function onSoftphone(ctx: Ctx, s: EngineState, input: SoftphoneInput): void {
    switch (input.event) {
        case 'connected':
            onConnected(ctx, s, input);
            return;
        case 'disconnected':
            onDisconnected(ctx, s, input);
            return;
        case 'loggedIn':
            onLoggedIn(ctx, s, input);
            return;
        case 'loggedOut':
            onLoggedOut(ctx, s, input);
            return;
        case 'stateChanged':
            onStateChanged(ctx, s, input);
            return;
        case 'interactionStarted':
            onInteractionStarted(ctx, s, input);
            return;
        case 'interactionEnded':
            onInteractionEnded(ctx, s, input);
            return;
        case 'workAction':
            onWorkAction(ctx, s, input);
            return;
    }
}

/** A newer change on the softphone outside an interaction supersedes a held change still landing (B11, B14). */
function supersedeHeld(ctx: Ctx, s: EngineState, why: string): void {
    if (s.held === null) return;
    decide(
        ctx,
        'B11',
        'held-superseded',
        `${why}; the held change to ${describeOmni(s.held)} is superseded`,
        undefined,
        omniParams(s.held)
    );
    s.held = null;
    s.heldApplying = false;
    if (s.softphone.target?.rule === 'B11') s.softphone.target = null;
}

/**
 * The handshake, at start-up or after a frame reload (B15, B17). A reconnect is not a login (B16):
 * only the softphone's first sight at start-up, with no Omni logout standing from the saved state,
 * may log Omni in; after that only a `loggedIn` event does.
 */
function onConnected(ctx: Ctx, s: EngineState, input: Event<'connected'>): void {
    // The step has already taken the announced catalogue, so the mapping is compiled for it.
    const softphone = s.softphone;
    const before = softphone.presence;
    softphone.connected = true;
    softphone.capabilities = [...input.capabilities];
    softphone.presence = input.loggedIn ? 'loggedIn' : 'loggedOut';
    softphone.state = input.loggedIn ? input.state : null;
    // On the engine's clock: a duration measured by the softphone, else a time given on this clock.
    const age = input.sinceAgeMs;
    softphone.since =
        typeof age === 'number' && Number.isFinite(age) && age >= 0 ? ctx.now - age : (input.since ?? null);
    softphone.interactions = input.loggedIn ? (input.interactions ?? []).map((i) => ({ ...i })) : [];
    softphone.inFlight = null;
    softphone.expect = null;
    softphone.retry = null;
    softphone.target = null;
    softphone.selfReserved = input.loggedIn && reservedBySoftphone(ctx, s, softphone.state);
    clearNotices(s, 'command-failed', 'softphone');
    if (input.loggedIn) {
        // Only the first sight at start-up counts as the softphone's login; a reconnect never does.
        s.loginForSoftphone = before === 'unknown' && s.omni.logoutStands !== true;
        // The sync learns of these interactions only now: the status Omni has is not "before" them (B10).
        beginRunIfNeeded(ctx, s, false);
    } else {
        s.loginForSoftphone = false;
        s.loginPending = false;
        if (s.held !== null) supersedeHeld(ctx, s, 'the softphone came back logged out');
        s.run = null;
    }
    decide(ctx, 'track', 'connected', `softphone connected: ${describeSoftphone(softphoneNow(s))}`);
    s.reconcile = s.reconcile ?? 'softphone-reconnect';
    tryReconcile(ctx, s);
}

function onDisconnected(ctx: Ctx, s: EngineState, input: Event<'disconnected'>): void {
    const softphone = s.softphone;
    softphone.connected = false;
    if (softphone.inFlight)
        decide(ctx, 'B17', 'lost', `softphone command ${softphone.inFlight.id} lost with the frame`);
    if (softphone.inFlight?.rule === 'B11' || softphone.target?.rule === 'B11') s.heldApplying = false;
    softphone.inFlight = null;
    softphone.expect = null;
    softphone.retry = null;
    softphone.target = null;
    decide(
        ctx,
        'B17',
        'disconnected',
        `softphone disconnected${input.reason ? ` (${input.reason})` : ''}; Omni left as it is`
    );
    const fallback = ctx.mapping.settings.disconnectStatus;
    if (fallback !== null && s.omni.presence === 'online') {
        setOmniTarget(ctx, s, { kind: 'status', status: fallback, rule: 'B17', mayLogin: false });
    }
}

/** The softphone logged in: the one event that may log Omni in (B3). */
function onLoggedIn(ctx: Ctx, s: EngineState, input: Event<'loggedIn'>): void {
    const softphone = s.softphone;
    softphone.presence = 'loggedIn';
    softphone.connected = true;
    if (input.state !== null) softphone.state = input.state;
    softphone.selfReserved = reservedBySoftphone(ctx, s, softphone.state);
    s.omni.logoutStands = false;
    s.loginForSoftphone = true;
    const value: SoftphoneValue | null = softphone.state === null ? null : { kind: 'state', state: softphone.state };
    if (value !== null) softphoneLeads(ctx, s, value);
    beginRunIfNeeded(ctx, s);
    if (s.reconcile !== null) {
        tryReconcile(ctx, s);
        return;
    }
    if (s.omni.presence === 'offline') {
        loginOmniForSoftphone(ctx, s, softphone.state, 'B3');
    } else if (s.omni.presence === 'online' && softphone.state !== null) {
        s.loginForSoftphone = false;
        setOmniTarget(ctx, s, omniTargetFor(ctx, s, softphone.state, 'B1'));
    }
    applyWorkRule(ctx, s);
}

/** Whether a login of ours is in flight, planned or awaiting a retry. */
function omniLoginUnderWay(s: EngineState): boolean {
    const omni = s.omni;
    const wantsLogin = (t: EngineState['omni']['target']) => t !== null && t.kind === 'status' && t.mayLogin;
    return (
        (omni.inFlight !== null && !omni.inFlight.echoed && wantsLogin(omni.inFlight.target)) || wantsLogin(omni.target)
    );
}

/** The softphone logged out: Omni follows (B4); a login of ours for it is cancelled or undone (B16). */
function onLoggedOut(ctx: Ctx, s: EngineState, input: Event<'loggedOut'>): void {
    const softphone = s.softphone;
    const value: SoftphoneValue = { kind: 'loggedOut' };
    const echo = softphoneEcho(s, value, input.cause, input.requestId);
    if (echo === null) markOvertaken(softphone);
    softphone.presence = 'loggedOut';
    softphone.state = null;
    softphone.interactions = [];
    softphone.selfReserved = false;
    s.loginPending = false;
    s.loginForSoftphone = false;
    if (s.work.forced !== null) s.work = { ...s.work, forced: null };
    if (echo !== null) {
        acceptSoftphoneEcho(ctx, s, echo, value);
        if (s.held !== null) supersedeHeld(ctx, s, 'the softphone logged out');
        s.run = null;
        return;
    }
    if (s.held !== null) supersedeHeld(ctx, s, 'the softphone logged out');
    s.run = null;
    const loginUnderWay = omniLoginUnderWay(s);
    softphoneLeads(ctx, s, value);
    if (s.reconcile !== null) {
        tryReconcile(ctx, s);
        return;
    }
    if (loginUnderWay) {
        decide(
            ctx,
            'B16',
            'cancel-login',
            'the softphone logged out before our Omni login landed; it is undone',
            undefined,
            {
                side: 'omni',
                status: 'offline'
            }
        );
        setOmniTarget(ctx, s, { kind: 'offline', rule: 'B16' });
        return;
    }
    if (!ctx.mapping.settings.logoutOmniOnSoftphoneLogout) {
        decide(ctx, 'B4', 'logout-off', 'logging out of Omni on softphone logout is switched off');
        return;
    }
    setOmniTarget(ctx, s, { kind: 'offline', rule: 'B4' });
}

function onStateChanged(ctx: Ctx, s: EngineState, input: Event<'stateChanged'>): void {
    const softphone = s.softphone;
    const wasLoggedOut = softphone.presence === 'loggedOut';
    const wasLoggedIn = softphone.presence === 'loggedIn';
    const value: SoftphoneValue = { kind: 'state', state: input.state };
    const echo = softphoneEcho(s, value, input.cause, input.requestId);
    softphone.presence = 'loggedIn';
    softphone.connected = true;
    const unchanged = softphone.state !== null && sameState(softphone.state, input.state);
    softphone.state = input.state;
    if (echo !== null) {
        acceptSoftphoneEcho(ctx, s, echo, value);
        return;
    }
    softphone.selfReserved = reservedBySoftphone(ctx, s, input.state);
    if (unchanged && wasLoggedIn) {
        decide(ctx, 'track', 'unchanged', `the softphone is still ${formatState(input.state)}`);
        return;
    }
    softphoneLeads(ctx, s, value);
    if (wasLoggedOut) {
        s.omni.logoutStands = false;
        s.loginForSoftphone = true;
    }
    if (input.cause === 'agent' && s.work.forced !== null) {
        s.work = { ...s.work, forced: null, overridden: s.work.accepted.length > 0 };
        decide(ctx, 'B7', 'agent-override', `the agent chose ${formatState(input.state)} over the work busy state`);
    }
    // A newer change supersedes a held change that is landing; on a new call it is held again (B11).
    if (s.held !== null && s.heldApplying === true && !inInteraction(ctx, s))
        supersedeHeld(ctx, s, `the softphone changed to ${formatState(input.state)}`);
    else if (s.held !== null && input.cause === 'agent')
        supersedeHeld(ctx, s, `the agent chose ${formatState(input.state)} in the softphone`);
    beginRunIfNeeded(ctx, s);
    if (s.reconcile !== null) {
        tryReconcile(ctx, s);
        return;
    }
    if (wasLoggedOut || s.loginPending) {
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
    if (omniWaitsForRunEnd(ctx, s)) {
        const why = s.held !== null ? `the held change to ${describeOmni(s.held)}` : 'the revert';
        decide(
            ctx,
            s.held !== null ? 'B11' : 'B10',
            s.held !== null ? 'held-waits' : 'revert-waits',
            `back in ${formatState(input.state)} before the interaction ended; ${why} waits for its end`
        );
        return;
    }
    setOmniTarget(ctx, s, omniTargetFor(ctx, s, input.state, 'B1'));
    applyWorkRule(ctx, s);
}

function onInteractionStarted(ctx: Ctx, s: EngineState, input: Event<'interactionStarted'>): void {
    const softphone = s.softphone;
    if (!softphone.interactions.some((i) => i.interactionId === input.interactionId)) {
        const interaction: InteractionRef = { interactionId: input.interactionId, direction: input.direction };
        softphone.interactions = [...softphone.interactions, interaction];
    }
    if (s.run !== null && input.direction === 'inbound' && !s.run.inbound) s.run = { ...s.run, inbound: true };
    beginRunIfNeeded(ctx, s);
    decide(
        ctx,
        'track',
        'interaction',
        `${input.direction} interaction ${input.interactionId} started; Omni at ${s.run?.statusBefore ?? 'unknown'} before it`
    );
}

function onInteractionEnded(ctx: Ctx, s: EngineState, input: Event<'interactionEnded'>): void {
    const softphone = s.softphone;
    softphone.interactions = softphone.interactions.filter((i) => i.interactionId !== input.interactionId);
    if (s.run !== null && !inInteraction(ctx, s)) {
        endRun(ctx, s);
        applyWorkRule(ctx, s);
    } else {
        decide(ctx, 'track', 'interaction', `interaction ${input.interactionId} ended`);
    }
}

/** B19: the softphone accepts, declines or closes Omni work. */
function onWorkAction(ctx: Ctx, s: EngineState, input: Event<'workAction'>): void {
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
}
