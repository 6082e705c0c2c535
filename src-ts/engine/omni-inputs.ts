/**
 * What happens on each Omni-Channel toolkit event: one function per event. A status or login is
 * `omni-status.ts`'s, a logout `omni-logout.ts`'s; the softphone following Omni is `omni-follow.ts`'s.
 */
import type { EngineState, LateEcho, OmniInput, WorkRef } from './types';
import { type Ctx, addNotice, decide, describeOmni, omniNow } from './context';
import { onLogout } from './omni-logout';
import { onStatus, statusNameOf } from './omni-status';
import { tryReconcile } from './reconcile';
import { applyWorkRule, forwardWork } from './work';

type Event<E extends OmniInput['event']> = Extract<OmniInput, { event: E }>;

/** Handles one Omni-Channel event (snapshot, login, status change, logout, work, workload, connection error). */
export function onOmni(ctx: Ctx, engineState: EngineState, input: OmniInput): void {
    // A landing told again follows it with no other presence event between (omni-status.ts).
    if (input.event === 'snapshot' || input.event === 'logout' || input.event === 'connectionError')
        delete engineState.omni.landedStatus;
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
    // The earlier page's login, found online at its status: it has landed, and claims no change made since (B12).
    // Not so if that page saw Omni online since it sent it: another call, or a person, may have put it there.
    const landedLogin = (l: LateEcho) =>
        l.login === true &&
        l.seenOnline !== true &&
        l.target.kind === 'status' &&
        omni.status !== null &&
        l.target.status === omni.status;
    if (input.loggedIn && (engineState.lateEchoes ?? []).some(landedLogin))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).map((l) =>
            landedLogin(l) ? { ...l, landed: true } : l
        );
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
