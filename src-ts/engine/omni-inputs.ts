/**
 * What happens on each Omni-Channel toolkit event: one function per event.
 */
import type { EngineState, OmniInput, OmniValue, WorkRef } from './types';
import {
    type Ctx,
    addNotice,
    sayOmniStaysOffline,
    clearNotices,
    decide,
    describeOmni,
    inInteraction,
    omniMatches,
    omniNow,
    omniParams
} from './context';
import { attributeOmni, isEcho, omniLogoutEndsClaims, takeLate } from './attribution';
import { acceptOmniEcho, markOvertaken, recordOmniChange, setOmniTarget, setSoftphoneTarget } from './commands';
import { softphoneTargetFor } from './lookup';
import { tryReconcile } from './reconcile';
import { applyWorkRule, forwardWork, workBusyState } from './work';

/** Logout reasons that mean the same user opened Omni-Channel elsewhere (a handover, B5): the softphone stays logged in. */
export const DUPLICATE_LOGOUTS = new Set(['DuplicateLogin', 'DuplicateLoginInSameBrowser']);

type Event<E extends OmniInput['event']> = Extract<OmniInput, { event: E }>;

/** The DeveloperName of a status from an event's id (15 or 18 characters) or API name, or null when the org has no such status. */
export function statusNameOf(
    ctx: Ctx,
    statusId: string | null | undefined,
    apiName: string | null | undefined
): string | null {
    if (typeof apiName === 'string' && apiName !== '')
        return ctx.mapping.statusByName(apiName)?.developerName ?? apiName;
    if (typeof statusId === 'string') return ctx.mapping.statusById(statusId)?.developerName ?? null;
    return null;
}

/** Handles one Omni-Channel event (snapshot, login, status change, logout, work, workload, connection error). */
export function onOmni(ctx: Ctx, engineState: EngineState, input: OmniInput): void {
    switch (input.event) {
        case 'snapshot':
            onSnapshot(ctx, engineState, input);
            return;
        case 'loginSuccess':
        case 'statusChanged':
            onStatus(ctx, engineState, input);
            return;
        case 'logout':
            onLogout(ctx, engineState, input);
            return;
        case 'workAssigned':
            forwardWork(ctx, engineState, 'assigned', input.workId, input.workItemId);
            return;
        case 'workAccepted':
            onWorkAccepted(ctx, engineState, input);
            return;
        case 'workDeclined':
        case 'workClosed':
            onWorkEnded(ctx, engineState, input, input.event);
            return;
        case 'workloadChanged':
            onWorkload(ctx, engineState, input);
            return;
        case 'connectionError':
            onConnectionError(ctx, engineState, input);
            return;
    }
}

/** The start-up read of Omni (B15). */
function onSnapshot(ctx: Ctx, engineState: EngineState, input: Event<'snapshot'>): void {
    const omni = engineState.omni;
    omni.presence = input.loggedIn ? 'online' : 'offline';
    omni.status = input.loggedIn ? statusNameOf(ctx, input.statusId, input.statusApiName) : null;
    omni.connectionError = false;
    // An undo of ours (B16) the earlier page had under way: the logout it carries out still stands.
    const undoing = (engineState.lateEchoes ?? []).some(
        (l) => l.side === 'omni' && l.target.kind === 'offline' && l.target.rule === 'B16'
    );
    // The earlier page was undoing a call of ours that landed after the logout, however long ago it
    // went: Omni found online with no login of the agent's seen since is still that call's (B16).
    const undoAtStart = omni.undoLoginAtStart === true;
    delete omni.undoLoginAtStart;
    if (input.loggedIn && !((undoing || undoAtStart) && omni.logoutStands === true)) omni.logoutStands = false;
    if (input.workload) {
        engineState.work = {
            ...engineState.work,
            workload: input.workload.currentWorkload,
            capacity: input.workload.configuredCapacity
        };
    }
    if (input.works)
        engineState.work = {
            ...engineState.work,
            accepted: input.works.filter((w) => w.isEngaged !== false).map((w) => w.workId)
        };
    if (!input.loggedIn) engineState.work = { ...engineState.work, accepted: [], workload: 0 };
    decide(ctx, 'track', 'snapshot', 'omni_read', { omni: describeOmni(omniNow(engineState)) });
    engineState.reconcile = engineState.reconcile ?? 'startup';
    tryReconcile(ctx, engineState);
}

/** Omni is online with a status: a login or a status change. */
function onStatus(ctx: Ctx, engineState: EngineState, input: Event<'loginSuccess' | 'statusChanged'>): void {
    const omni = engineState.omni;
    const reason = input.event === 'statusChanged' ? (input.reason ?? null) : null;
    const status = statusNameOf(ctx, input.statusId, input.event === 'statusChanged' ? input.statusApiName : null);
    const value: OmniValue | null = status === null ? null : { kind: 'status', status };
    const wasError = omni.connectionError;
    const previous = omniNow(engineState);
    const logoutStood = omni.logoutStands === true && !wasError;
    omni.connectionError = false;
    omni.presence = 'online';
    omni.status = status;
    clearNotices(engineState, 'omni-stays-offline');
    // Attributed while the logout still stands: a toolkit call then is a late one of ours (B16).
    const who =
        value === null
            ? null
            : attributeOmni(engineState, value, reason, ctx.now, input.event, previous?.kind === 'status');
    omni.logoutStands = false;
    engineState.loginForSoftphone = false;
    const echo = who !== null && isEcho(who) ? who.source : null;
    if (echo !== null && who !== null && value !== null) {
        const late = takeLate(engineState, who);
        const login =
            echo === 'inFlight' ? omni.inFlight?.target : echo === 'expect' ? omni.expect?.target : late?.target;
        // Omni online by a person's change since the softphone logged out (the agent's login by hand).
        const onlineByPerson = previous?.kind === 'status' && engineState.latestChange?.side === 'omni';
        // While the echo is judged the logout still stands: no restore of a status goes over its undo (B16).
        if (logoutStood) omni.logoutStands = true;
        acceptOmniEcho(ctx, engineState, echo, value, late);
        if (wasError) {
            reconnectOmni(ctx, engineState);
            return;
        }
        if (logoutStood) {
            // A command of ours, under way when Omni was logged out, landed afterwards and logged the
            // agent back in (setServicePresenceStatus does): that logout is newer, so it is put back.
            undoLoginAfterLogout(ctx, engineState);
            return;
        }
        // Our login landed after the softphone logged out (a timeout, a late answer): undone (B16),
        // unless a person put Omni online since: then it is put right as any late landing (B14).
        if (
            !onlineByPerson &&
            login !== undefined &&
            login.kind === 'status' &&
            login.mayLogin &&
            engineState.softphone.presence === 'loggedOut'
        ) {
            decide(ctx, 'B16', 'cancel-login', 'late_login_undone', undefined, undefined, {
                side: 'omni',
                status: 'offline'
            });
            setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B16' });
        }
        return;
    }
    if (wasError) {
        reconnectOmni(ctx, engineState);
        return;
    }
    // Omni is online only by a call of ours that landed after a logout, and the undo is under way: a
    // supervisor's or the platform's status then (a push time-out, a decline) is no one asking to be
    // online, so the logout still stands and the undo goes on (B16).
    if (logoutStood && previous?.kind === 'status' && (who?.by === 'supervisor' || who?.by === 'platform')) {
        // During a call it would be held (B11): it is not, and the decisions say why.
        if (inInteraction(ctx, engineState) && ctx.mapping.settings.holdDuringInteraction)
            decide(ctx, 'B11', 'drop-held', 'logout_stands');
        // A finished status command's echo comes before this change: it claims no later event (B12).
        if (omni.expect?.target.kind === 'status') omni.expect = null;
        undoLoginAfterLogout(ctx, engineState);
        return;
    }
    if (value !== null && previous !== null && omniMatches(value, previous)) {
        decide(ctx, 'track', 'unchanged', 'omni_still', { omni: status ?? 'unknown' });
        return;
    }
    clearNotices(engineState, 'omni-handover');
    clearNotices(engineState, 'omni-maintenance');
    clearNotices(engineState, 'omni-supervisor-logout');
    if (value === null) {
        engineState.latestChange = null;
        omni.target = null;
    } else {
        recordOmniChange(ctx, engineState, value);
    }
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    followOmni(ctx, engineState, status, input.event === 'statusChanged' ? reason : 'login');
}

/**
 * A logout stands, yet Omni is online by a call of ours that landed after it: the logout is put back
 * (B16), at once (a retry pause planned for the command it undoes is not the undo's), and said.
 */
function undoLoginAfterLogout(ctx: Ctx, engineState: EngineState): void {
    const omni = engineState.omni;
    omni.logoutStands = true;
    sayOmniStaysOffline(engineState);
    const flight = omni.inFlight;
    const logoutInFlight = flight !== null && flight.target.kind === 'offline';
    // Already under way (the same event told twice): nothing new to decide, unless the logout in
    // flight has landed already (this call landed after it).
    if (omni.target?.kind === 'offline' && omni.target.rule === 'B16' && !(logoutInFlight && flight.echoed)) return;
    decide(ctx, 'B16', 'undo-login', 'login_after_logout_undone', undefined, undefined, {
        side: 'omni',
        status: 'offline'
    });
    omni.retry = null;
    // A logout already wanted or in flight (a B14 restore too) stays wanted, so a failure of it is
    // retried, not written off as met, and one that landed before this call is sent again (B13, B17).
    if (omni.target?.kind === 'offline' || logoutInFlight) omni.target = { kind: 'offline', rule: 'B16' };
    else setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B16' });
}

/**
 * Omni logged out. A logout the sync did not ask for stands until the softphone itself logs in
 * (B15, B16); a handover or maintenance leaves the softphone as it is (B5).
 */
function onLogout(ctx: Ctx, engineState: EngineState, input: Event<'logout'>): void {
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
        acceptOmniEcho(ctx, engineState, echo, value, takeLate(engineState, who));
        if (overtaken) sayOmniStaysOffline(engineState);
        return;
    }
    if (omni.connectionError) {
        decide(ctx, 'B17', 'wait', 'omni_logout_after_error');
        return;
    }
    const reason = input.reason ?? null;
    // Omni's events come in order: a logout while Omni is offline to the sync is the same logout told
    // again (a login of ours would have been reported first), so it overtakes nothing under way.
    if (!wasOffline) {
        markOvertaken(omni);
        omniLogoutEndsClaims(engineState);
    }
    if (wasOffline) {
        // Omni was already offline (the same logout told twice, or a reason after the fact): nothing new
        // to carry out, and what is under way for the first one stays wanted (B5, B13).
        if (reason !== null && DUPLICATE_LOGOUTS.has(reason)) {
            addNotice(engineState, { code: 'omni-handover', subject: reason, detail: '', params: { reason } });
            decide(ctx, 'B5', 'handover', 'omni_handover', { reason });
        } else if (reason === 'MaintenanceLogout') {
            addNotice(engineState, { code: 'omni-maintenance', subject: reason, detail: '', params: { reason } });
            decide(ctx, 'B5', 'maintenance', 'omni_maintenance');
        } else if (who.by === 'supervisor') noteSupervisorLogout(ctx, engineState);
        else decide(ctx, 'track', 'unchanged', 'omni_still', { omni: 'offline' });
        return;
    }
    // A login we planned for the softphone no longer applies: this logout is newer (B16).
    if (omni.target?.kind === 'status' && omni.target.mayLogin) omni.target = null;
    if (reason !== null && DUPLICATE_LOGOUTS.has(reason)) {
        addNotice(engineState, { code: 'omni-handover', subject: reason, detail: '', params: { reason } });
        decide(ctx, 'B5', 'handover', 'omni_handover', { reason });
        return;
    }
    if (reason === 'MaintenanceLogout') {
        addNotice(engineState, { code: 'omni-maintenance', subject: reason, detail: '', params: { reason } });
        decide(ctx, 'B5', 'maintenance', 'omni_maintenance');
        return;
    }
    recordOmniChange(ctx, engineState, value);
    if (who.by === 'supervisor') noteSupervisorLogout(ctx, engineState);
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    const sp = engineState.softphone;
    if (engineState.held !== null && engineState.heldApplying === true && !inInteraction(ctx, engineState))
        supersedeHeldByOmni(ctx, engineState);
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
    if (engineState.work.forced !== null) engineState.work = { ...engineState.work, forced: null };
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

function onWorkAccepted(ctx: Ctx, engineState: EngineState, input: WorkRef): void {
    if (!engineState.work.accepted.includes(input.workId))
        engineState.work = { ...engineState.work, accepted: [...engineState.work.accepted, input.workId] };
    forwardWork(ctx, engineState, 'accepted', input.workId, input.workItemId);
    applyWorkRule(ctx, engineState);
}

function onWorkEnded(ctx: Ctx, engineState: EngineState, input: WorkRef, event: 'workDeclined' | 'workClosed'): void {
    const accepted = engineState.work.accepted.filter((id) => id !== input.workId);
    engineState.work = {
        ...engineState.work,
        accepted,
        overridden: accepted.length === 0 ? false : engineState.work.overridden
    };
    forwardWork(ctx, engineState, event === 'workDeclined' ? 'declined' : 'closed', input.workId, input.workItemId);
    applyWorkRule(ctx, engineState);
}

function onWorkload(ctx: Ctx, engineState: EngineState, input: Event<'workloadChanged'>): void {
    const workload = Number.isFinite(input.newWorkload) ? Math.max(0, input.newWorkload) : 0;
    const capacity = Number.isFinite(input.configuredCapacity) ? input.configuredCapacity : null;
    engineState.work = {
        ...engineState.work,
        workload,
        capacity,
        // "Back to zero" ends B7 even for work whose close we never heard of (transfers).
        accepted: workload === 0 ? [] : engineState.work.accepted,
        overridden: workload === 0 ? false : engineState.work.overridden
    };
    applyWorkRule(ctx, engineState);
}

function onConnectionError(ctx: Ctx, engineState: EngineState, input: Event<'connectionError'>): void {
    const omni = engineState.omni;
    omni.connectionError = true;
    omni.target = null;
    omni.retry = null;
    // Whatever Omni reports until it logs in again is the error's doing, not an echo of ours.
    if (omni.inFlight) omni.inFlight = { ...omni.inFlight, superseded: true };
    omni.expect = null;
    addNotice(engineState, {
        code: 'omni-connection-error',
        subject: 'Omni-Channel',
        detail: input.error ?? '',
        params: { reason: input.error ?? '' }
    });
    decide(ctx, 'B17', 'connection-error', 'omni_connection_lost');
}

/** Omni is back after a connection error (B17): clears the notice and reconciles the two sides. */
export function reconnectOmni(ctx: Ctx, engineState: EngineState): void {
    clearNotices(engineState, 'omni-connection-error');
    decide(ctx, 'B17', 'omni-back', 'omni_back', { omni: describeOmni(omniNow(engineState)) });
    engineState.reconcile = 'omni-reconnect';
    tryReconcile(ctx, engineState);
}

function supersedeHeldByOmni(ctx: Ctx, engineState: EngineState): void {
    if (engineState.held === null) return;
    decide(
        ctx,
        'B11',
        'held-superseded',
        'held_superseded_by_omni',
        { omni: describeOmni(engineState.held) },
        undefined,
        omniParams(engineState.held)
    );
    engineState.held = null;
    engineState.heldApplying = false;
    if (engineState.softphone.target?.rule === 'B11') engineState.softphone.target = null;
}

/** A genuine Omni status change: hold it (B11), keep the work busy state (B7/B8), or map it (B2). */
export function followOmni(ctx: Ctx, engineState: EngineState, status: string | null, reason: string | null): void {
    const sp = engineState.softphone;
    const onCall = inInteraction(ctx, engineState);
    if (engineState.held !== null && !onCall) supersedeHeldByOmni(ctx, engineState);
    if (!sp.connected || sp.presence !== 'loggedIn') {
        decide(ctx, 'B2', 'softphone-unavailable', 'omni_change_softphone_out', {
            omni: status ?? 'unknown',
            reason: reason ?? ''
        });
        return;
    }
    if (onCall && ctx.mapping.settings.holdDuringInteraction) {
        if (status !== null) {
            engineState.held = { kind: 'status', status };
            engineState.heldApplying = false;
            engineState.heldAt = ctx.now;
        }
        sp.target = null;
        decide(
            ctx,
            'B11',
            'hold',
            'held_on_interaction',
            { omni: status ?? 'unknown' },
            undefined,
            status === null ? { side: 'softphone' } : { side: 'softphone', status }
        );
        return;
    }
    if (workBusyState(ctx, engineState) !== null) {
        decide(ctx, engineState.work.accepted.length > 0 ? 'B7' : 'B8', 'work-busy', 'work_keeps_busy', {
            omni: status ?? 'unknown'
        });
        return;
    }
    setSoftphoneTarget(ctx, engineState, softphoneTargetFor(ctx, engineState, status, 'B2'));
}
