/**
 * What happens on each Omni-Channel toolkit event: one function per event.
 */
import type { EngineState, OmniInput, OmniValue, WorkRef } from './types';
import {
    type Ctx,
    addNotice,
    clearNotices,
    decide,
    describeOmni,
    inInteraction,
    omniMatches,
    omniNow,
    omniParams
} from './context';
import { acceptOmniEcho, markOvertaken, omniEcho, omniLeads, setOmniTarget, setSoftphoneTarget } from './drive';
import { softphoneTargetFor } from './lookup';
import { tryReconcile } from './reconcile';
import { applyWorkRule, forwardWork, workBusyState } from './work';

export const DUPLICATE_LOGOUTS = new Set(['DuplicateLogin', 'DuplicateLoginInSameBrowser']);

type Event<E extends OmniInput['event']> = Extract<OmniInput, { event: E }>;

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

export function onOmni(ctx: Ctx, s: EngineState, input: OmniInput): void {
    switch (input.event) {
        case 'snapshot':
            onSnapshot(ctx, s, input);
            return;
        case 'loginSuccess':
        case 'statusChanged':
            onStatus(ctx, s, input);
            return;
        case 'logout':
            onLogout(ctx, s, input);
            return;
        case 'workAssigned':
            forwardWork(ctx, s, 'assigned', input.workId, input.workItemId);
            return;
        case 'workAccepted':
            onWorkAccepted(ctx, s, input);
            return;
        case 'workDeclined':
        case 'workClosed':
            onWorkEnded(ctx, s, input, input.event);
            return;
        case 'workloadChanged':
            onWorkload(ctx, s, input);
            return;
        case 'connectionError':
            onConnectionError(ctx, s, input);
            return;
    }
}

/** The start-up read of Omni (B15). */
function onSnapshot(ctx: Ctx, s: EngineState, input: Event<'snapshot'>): void {
    const omni = s.omni;
    omni.presence = input.loggedIn ? 'online' : 'offline';
    omni.status = input.loggedIn ? statusNameOf(ctx, input.statusId, input.statusApiName) : null;
    omni.connectionError = false;
    if (input.loggedIn) omni.logoutStands = false;
    if (input.workload) {
        s.work = { ...s.work, workload: input.workload.currentWorkload, capacity: input.workload.configuredCapacity };
    }
    if (input.works)
        s.work = { ...s.work, accepted: input.works.filter((w) => w.isEngaged !== false).map((w) => w.workId) };
    if (!input.loggedIn) s.work = { ...s.work, accepted: [], workload: 0 };
    decide(ctx, 'track', 'snapshot', `Omni is ${describeOmni(omniNow(s))}`);
    s.reconcile = s.reconcile ?? 'startup';
    tryReconcile(ctx, s);
}

/** Omni is online with a status: a login or a status change. */
function onStatus(ctx: Ctx, s: EngineState, input: Event<'loginSuccess' | 'statusChanged'>): void {
    const omni = s.omni;
    const reason = input.event === 'statusChanged' ? (input.reason ?? null) : null;
    const status = statusNameOf(ctx, input.statusId, input.event === 'statusChanged' ? input.statusApiName : null);
    const value: OmniValue | null = status === null ? null : { kind: 'status', status };
    const wasError = omni.connectionError;
    const previous = omniNow(s);
    const logoutStood = omni.logoutStands === true && !wasError;
    omni.connectionError = false;
    omni.presence = 'online';
    omni.status = status;
    omni.logoutStands = false;
    s.loginForSoftphone = false;
    const echo = value === null ? null : omniEcho(s, value, reason);
    if (echo !== null && value !== null) {
        const login = echo === 'inFlight' ? omni.inFlight?.target : omni.expect?.target;
        acceptOmniEcho(ctx, s, echo, value);
        if (wasError) {
            reconnectOmni(ctx, s);
            return;
        }
        if (logoutStood) {
            // A command of ours, under way when Omni was logged out, landed afterwards and logged the
            // agent back in (setServicePresenceStatus does): that logout is newer, so it is put back.
            omni.logoutStands = true;
            decide(
                ctx,
                'B16',
                'undo-login',
                'an earlier command of ours logged Omni in after a logout that stands; logging out again',
                undefined,
                { side: 'omni', status: 'offline' }
            );
            setOmniTarget(ctx, s, { kind: 'offline', rule: 'B16' });
            return;
        }
        // Our login landed after the softphone logged out (a timeout, a late answer): undone (B16).
        if (login?.kind === 'status' && login.mayLogin && s.softphone.presence === 'loggedOut') {
            decide(
                ctx,
                'B16',
                'cancel-login',
                'our Omni login landed after the softphone logged out; it is undone',
                undefined,
                {
                    side: 'omni',
                    status: 'offline'
                }
            );
            setOmniTarget(ctx, s, { kind: 'offline', rule: 'B16' });
        }
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
        omni.target = null;
    } else {
        omniLeads(ctx, s, value);
    }
    if (s.reconcile !== null) {
        tryReconcile(ctx, s);
        return;
    }
    followOmni(ctx, s, status, input.event === 'statusChanged' ? reason : 'login');
}

/**
 * Omni logged out. A logout the sync did not ask for stands until the softphone itself logs in
 * (B15, B16); a handover or maintenance leaves the softphone as it is (B5).
 */
function onLogout(ctx: Ctx, s: EngineState, input: Event<'logout'>): void {
    const omni = s.omni;
    const value: OmniValue = { kind: 'offline' };
    const echo = omniEcho(s, value, input.reason);
    omni.presence = 'offline';
    omni.status = null;
    s.work = { ...s.work, accepted: [], workload: 0, overridden: false };
    if (!omni.connectionError) {
        // Every logout stands until the softphone itself logs in, ours too: an agent's logout without a
        // reason looks exactly like the echo of ours, and only a softphone login may undo it (B15, B16).
        omni.logoutStands = true;
        s.loginForSoftphone = false;
    }
    if (echo !== null) {
        acceptOmniEcho(ctx, s, echo, value);
        return;
    }
    if (omni.connectionError) {
        decide(ctx, 'B17', 'wait', 'Omni logged out after a connection error; waiting for Omni to log in again');
        return;
    }
    markOvertaken(omni);
    // A login we planned for the softphone no longer applies: this logout is newer (B16).
    if (omni.target?.kind === 'status' && omni.target.mayLogin) omni.target = null;
    const reason = input.reason ?? null;
    if (reason !== null && DUPLICATE_LOGOUTS.has(reason)) {
        addNotice(s, { code: 'omni-handover', subject: reason, detail: '', params: { reason } });
        decide(
            ctx,
            'B5',
            'handover',
            `Omni logged out because the agent opened another session (${reason}); softphone left logged in`
        );
        return;
    }
    if (reason === 'MaintenanceLogout') {
        addNotice(s, { code: 'omni-maintenance', subject: reason, detail: '', params: { reason } });
        decide(ctx, 'B5', 'maintenance', 'Omni logged out for Salesforce maintenance; softphone left logged in');
        return;
    }
    omniLeads(ctx, s, value);
    if (s.reconcile !== null) {
        tryReconcile(ctx, s);
        return;
    }
    const sp = s.softphone;
    if (s.held !== null && s.heldApplying === true && !inInteraction(ctx, s)) supersedeHeldByOmni(ctx, s);
    if (!ctx.mapping.settings.logoutSoftphoneOnOmniLogout) {
        decide(ctx, 'B5', 'logout-off', 'logging the softphone out on Omni logout is switched off');
    } else if (sp.presence !== 'loggedIn') {
        decide(ctx, 'B5', 'already', 'the softphone is not logged in');
    } else if (inInteraction(ctx, s) && ctx.mapping.settings.holdDuringInteraction) {
        s.held = value;
        s.heldApplying = false;
        decide(
            ctx,
            'B11',
            'hold',
            'Omni logged out during an interaction: the softphone logout is held until it ends',
            undefined,
            {
                side: 'softphone',
                status: 'offline'
            }
        );
    } else {
        setSoftphoneTarget(ctx, s, { kind: 'loggedOut', rule: 'B5' });
    }
    if (s.work.forced !== null) s.work = { ...s.work, forced: null };
}

function onWorkAccepted(ctx: Ctx, s: EngineState, input: WorkRef): void {
    if (!s.work.accepted.includes(input.workId)) s.work = { ...s.work, accepted: [...s.work.accepted, input.workId] };
    forwardWork(ctx, s, 'accepted', input.workId, input.workItemId);
    applyWorkRule(ctx, s);
}

function onWorkEnded(ctx: Ctx, s: EngineState, input: WorkRef, event: 'workDeclined' | 'workClosed'): void {
    const accepted = s.work.accepted.filter((id) => id !== input.workId);
    s.work = { ...s.work, accepted, overridden: accepted.length === 0 ? false : s.work.overridden };
    forwardWork(ctx, s, event === 'workDeclined' ? 'declined' : 'closed', input.workId, input.workItemId);
    applyWorkRule(ctx, s);
}

function onWorkload(ctx: Ctx, s: EngineState, input: Event<'workloadChanged'>): void {
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
}

function onConnectionError(ctx: Ctx, s: EngineState, input: Event<'connectionError'>): void {
    const omni = s.omni;
    omni.connectionError = true;
    omni.target = null;
    omni.retry = null;
    // Whatever Omni reports until it logs in again is the error's doing, not an echo of ours.
    if (omni.inFlight) omni.inFlight = { ...omni.inFlight, superseded: true };
    omni.expect = null;
    addNotice(s, {
        code: 'omni-connection-error',
        subject: 'Omni-Channel',
        detail: input.error ?? '',
        params: { reason: input.error ?? '' }
    });
    decide(ctx, 'B17', 'connection-error', 'Omni lost its connection; waiting for Omni to log in again');
}

export function reconnectOmni(ctx: Ctx, s: EngineState): void {
    clearNotices(s, 'omni-connection-error');
    decide(ctx, 'B17', 'omni-back', `Omni is back (${describeOmni(omniNow(s))}); reconciling`);
    s.reconcile = 'omni-reconnect';
    tryReconcile(ctx, s);
}

function supersedeHeldByOmni(ctx: Ctx, s: EngineState): void {
    if (s.held === null) return;
    decide(
        ctx,
        'B11',
        'held-superseded',
        `a newer Omni change supersedes the held change to ${describeOmni(s.held)}`,
        undefined,
        omniParams(s.held)
    );
    s.held = null;
    s.heldApplying = false;
    if (s.softphone.target?.rule === 'B11') s.softphone.target = null;
}

/** A genuine Omni status change: hold it (B11), keep the work busy state (B7/B8), or map it (B2). */
export function followOmni(ctx: Ctx, s: EngineState, status: string | null, reason: string | null): void {
    const sp = s.softphone;
    const onCall = inInteraction(ctx, s);
    if (s.held !== null && !onCall) supersedeHeldByOmni(ctx, s);
    if (!sp.connected || sp.presence !== 'loggedIn') {
        decide(
            ctx,
            'B2',
            'softphone-unavailable',
            `Omni → ${status ?? 'unknown'}${reason ? ` (${reason})` : ''}; the softphone is not logged in`
        );
        return;
    }
    if (onCall && ctx.mapping.settings.holdDuringInteraction) {
        if (status !== null) {
            s.held = { kind: 'status', status };
            s.heldApplying = false;
        }
        sp.target = null;
        decide(
            ctx,
            'B11',
            'hold',
            `the softphone is on an interaction; ${status ?? ''} held until it ends`,
            undefined,
            status === null ? { side: 'softphone' } : { side: 'softphone', status }
        );
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
