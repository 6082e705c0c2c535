/**
 * Omni logged out: the echo of ours, the same logout told again, a handover or maintenance (B5), a
 * supervisor's logout (B5), and the softphone following or holding the logout (B5, B11). Every logout
 * stands until the softphone itself logs in (B15, B16).
 */
import type { Attribution } from './attribution';
import type { EngineState, OmniInput, OmniValue } from './types';
import { type Ctx, addNotice, sayOmniStaysOffline, decide, inInteraction } from './context';
import { attributeOmni, isEcho, omniLogoutEndsClaims, reasonWhy, takeLate } from './attribution';
import { acceptOmniEcho, markOvertaken, recordOmniChange, setSoftphoneTarget } from './commands';
import { supersedeHeldByOmni } from './omni-follow';
import { tryReconcile } from './reconcile';

type Event<E extends OmniInput['event']> = Extract<OmniInput, { event: E }>;

/**
 * Omni logged out. A logout the sync did not ask for stands until the softphone itself logs in
 * (B15, B16); a handover or maintenance leaves the softphone as it is (B5).
 */
export function onLogout(ctx: Ctx, engineState: EngineState, input: Event<'logout'>): void {
    const omni = engineState.omni;
    const value: OmniValue = { kind: 'offline' };
    const who = attributeOmni(engineState, value, input.reason, ctx.now, 'logout');
    const echo = isEcho(who) ? who.source : null;
    const wasOffline = omni.presence === 'offline' && !omni.connectionError;
    omni.presence = 'offline';
    omni.status = null;
    engineState.work = { ...engineState.work, accepted: [], workload: 0, overridden: false };
    // The same logout told again (Omni already offline to the sync) does not stand anew over a
    // softphone login that came since (B5, B16).
    if (!omni.connectionError && !wasOffline) {
        // Every logout stands until the softphone itself logs in, ours too: an agent's logout without a
        // reason looks exactly like the echo of ours, and only a softphone login may undo it (B15, B16).
        omni.logoutStands = true;
        engineState.loginForSoftphone = false;
    }
    if (echo !== null) {
        // Our logout landed after a newer change of a person's: it stands (only the agent's own login
        // or the softphone's ends it), and the panel says Omni stays offline (B16).
        const overtaken = echo === 'inFlight' && omni.inFlight?.superseded === true;
        // A logout of ours whose result came after an event taken for its echo, landing again: what was taken may
        // have been another's, so this may be its landing or the agent's own logout, which read the same (B16).
        const again = echo === 'expect' && omni.expect?.echoed === true;
        const late = takeLate(engineState, who);
        acceptOmniEcho(ctx, engineState, echo, value, late);
        if ((late !== null || again) && !wasOffline) {
            // A late logout, or one of the page before: it may as well be the agent's own, so it stands (B16). A login
            // of ours for the softphone that came before it is not carried on or retried: the panel says Omni stays
            // offline while the softphone is logged in.
            dropLogin(ctx, engineState);
            if (engineState.softphone.presence === 'loggedIn') sayOmniStaysOffline(engineState);
        } else if (overtaken) sayOmniStaysOffline(engineState);
        return;
    }
    if (omni.connectionError) {
        decide(ctx, 'B17', 'wait', 'omni_logout_after_error');
        return;
    }
    const reason = input.reason ?? null;
    if (wasOffline) {
        onLogoutToldAgain(ctx, engineState, reason, who);
        return;
    }
    // Omni's events come in order: a logout while Omni is offline to the sync is the same logout told
    // again (a login of ours would have been reported first), so it overtakes nothing under way.
    markOvertaken(omni);
    omniLogoutEndsClaims(engineState);
    onNewLogout(ctx, engineState, value, reason, who);
}

/** A login of ours for the softphone (B3, B15) wanted or under way is dropped: a logout came after it (B16). */
function dropLogin(ctx: Ctx, engineState: EngineState): void {
    const omni = engineState.omni;
    const wanted = omni.target?.kind === 'status' && omni.target.mayLogin;
    const flight = omni.inFlight;
    if (wanted) {
        omni.target = null;
        omni.retry = null;
    }
    if (flight !== null && flight.target.kind === 'status' && flight.target.mayLogin) markOvertaken(omni);
    if (wanted) decide(ctx, 'B16', 'no-login', 'logout_stands');
}

/**
 * Omni was already offline (the same logout told twice, or a reason after the fact): nothing new
 * to carry out, and what is under way for the first one stays wanted (B5, B13).
 */
function onLogoutToldAgain(ctx: Ctx, engineState: EngineState, reason: string | null, who: Attribution): void {
    if (noteHandoverOrMaintenance(ctx, engineState, reason)) return;
    if (who.by === 'supervisor') noteSupervisorLogout(ctx, engineState);
    else decide(ctx, 'track', 'unchanged', 'omni_still', { omni: 'offline' });
}

/** A logout new to the sync: recorded, then reconciled or followed by the softphone (B5, B11). */
function onNewLogout(
    ctx: Ctx,
    engineState: EngineState,
    value: OmniValue,
    reason: string | null,
    who: Attribution
): void {
    const omni = engineState.omni;
    // A login we planned for the softphone no longer applies: this logout is newer (B16).
    if (omni.target?.kind === 'status' && omni.target.mayLogin) omni.target = null;
    if (noteHandoverOrMaintenance(ctx, engineState, reason)) return;
    recordOmniChange(ctx, engineState, value);
    if (who.by === 'supervisor') noteSupervisorLogout(ctx, engineState);
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    if (engineState.held !== null && engineState.heldApplying === true && !inInteraction(ctx, engineState))
        supersedeHeldByOmni(ctx, engineState);
    logoutSoftphoneForOmni(ctx, engineState, value);
    if (engineState.work.forced !== null) engineState.work = { ...engineState.work, forced: null };
}

/**
 * A handover (the same user opened Omni-Channel elsewhere) or a maintenance logout: said, and the
 * softphone stays as it is (B5). True when the logout was one of these: the reason's `why` in
 * `NAMED_REASONS` (attribution.ts) says which.
 */
function noteHandoverOrMaintenance(ctx: Ctx, engineState: EngineState, reason: string | null): boolean {
    if (reason === null) return false;
    const why = reasonWhy(reason);
    if (why === 'handover') {
        addNotice(engineState, { code: 'omni-handover', subject: reason, detail: '', params: { reason } });
        decide(ctx, 'B5', 'handover', 'omni_handover', { reason });
        return true;
    }
    if (why === 'maintenance') {
        addNotice(engineState, { code: 'omni-maintenance', subject: reason, detail: '', params: { reason } });
        decide(ctx, 'B5', 'maintenance', 'omni_maintenance');
        return true;
    }
    return false;
}

/** The softphone follows the Omni logout (B5), unless the settings or its state say no, or a call holds it (B11). */
function logoutSoftphoneForOmni(ctx: Ctx, engineState: EngineState, value: OmniValue): void {
    const sp = engineState.softphone;
    if (!ctx.mapping.settings.logoutSoftphoneOnOmniLogout) {
        decide(ctx, 'B5', 'logout-off', 'softphone_logout_off');
    } else if (sp.presence !== 'loggedIn') {
        decide(ctx, 'B5', 'already', 'softphone_not_logged_in');
    } else if (inInteraction(ctx, engineState) && ctx.mapping.settings.holdDuringInteraction) {
        engineState.held = value;
        engineState.heldApplying = false;
        engineState.heldAt = ctx.now;
        decide(ctx, 'B11', 'hold', 'logout_held', undefined, undefined, {
            side: 'softphone',
            status: 'offline'
        });
    } else {
        setSoftphoneTarget(ctx, engineState, { kind: 'loggedOut', rule: 'B5' });
    }
}

/** A supervisor logged the agent out of Omni-Channel: said to the agent, who did it (B5). */
function noteSupervisorLogout(ctx: Ctx, engineState: EngineState): void {
    addNotice(engineState, {
        code: 'omni-supervisor-logout',
        subject: 'OmniSupervisorLogout',
        detail: '',
        params: { reason: 'OmniSupervisorLogout' }
    });
    decide(ctx, 'B5', 'recorded', 'omni_supervisor_logout');
}
