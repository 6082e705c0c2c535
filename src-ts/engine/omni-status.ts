/**
 * Omni online with a status (a login or a status change): the echo of ours (B12, B16), a logout that still
 * stands over a late call of ours (B16), the return after a connection error (B17), and a person's change
 * followed by the softphone (B2).
 */
import type { EngineState, OmniInput, OmniValue } from './types';
import {
    type Ctx,
    sayOmniStaysOffline,
    clearNotices,
    decide,
    describeOmni,
    inInteraction,
    omniMatches,
    omniNow,
    softphoneOutByOurs
} from './context';
import { type Attribution, type EchoSource, NAMED_REASONS, attributeOmni, isEcho, takeLate } from './attribution';
import { acceptOmniEcho, recordOmniChange, setOmniTarget } from './commands';
import { followOmni } from './omni-follow';
import { tryReconcile } from './reconcile';

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

/** What Omni was, and how it stood, before a status event was taken in. */
interface StatusBefore {
    previous: OmniValue | null;
    wasError: boolean;
    logoutStood: boolean;
}

/** Omni is online with a status: a login or a status change. */
export function onStatus(ctx: Ctx, engineState: EngineState, input: Event<'loginSuccess' | 'statusChanged'>): void {
    const omni = engineState.omni;
    const reason = input.event === 'statusChanged' ? (input.reason ?? null) : null;
    const status = statusNameOf(ctx, input.statusId, input.event === 'statusChanged' ? input.statusApiName : null);
    const value: OmniValue | null = status === null ? null : { kind: 'status', status };
    const wasError = omni.connectionError;
    const previous = omniNow(engineState);
    const landed = omni.landedStatus;
    delete omni.landedStatus;
    // The landing of ours just taken, told again (a duplicated report; a login's loginSuccess then its
    // statusChanged): it changes nothing and claims no other command of the same status, whose own
    // landing is still to come (B12). A reason naming who acted is never ours.
    if (
        status !== null &&
        !wasError &&
        landed === status &&
        !(typeof reason === 'string' && reason in NAMED_REASONS) &&
        previous?.kind === 'status' &&
        previous.status === status
    ) {
        omni.landedStatus = status;
        ctx.omniBy = attributeOmni(engineState, { kind: 'status', status }, reason, ctx.now, input.event, true);
        decide(ctx, 'B12', 'echo', 'echo_omni', { omni: status });
        return;
    }
    const before: StatusBefore = { previous, wasError, logoutStood: omni.logoutStands === true && !wasError };
    omni.connectionError = false;
    omni.presence = 'online';
    omni.status = status;
    clearNotices(engineState, 'omni-stays-offline');
    // Attributed while the logout still stands: a toolkit call then is a late one of ours (B16).
    const who =
        value === null
            ? null
            : attributeOmni(engineState, value, reason, ctx.now, input.event, previous?.kind === 'status');
    ctx.omniBy = who;
    omni.logoutStands = false;
    engineState.loginForSoftphone = false;
    const echo = who !== null && isEcho(who) ? who.source : null;
    if (echo !== null && who !== null && value !== null) {
        omni.landedStatus = value.status;
        onStatusEcho(ctx, engineState, echo, who, value, before);
        return;
    }
    if (wasError) {
        reconnectOmni(ctx, engineState);
        return;
    }
    if (logoutStillStands(ctx, engineState, before, who)) return;
    if (value !== null && previous !== null && omniMatches(value, previous)) {
        decide(ctx, 'track', 'unchanged', 'omni_still', { omni: status ?? 'unknown' });
        return;
    }
    onStatusChange(ctx, engineState, value, status, input.event === 'statusChanged' ? reason : 'login');
}

/** A status event that is the echo of a command of ours (B12): a late login of ours is undone (B16). */
function onStatusEcho(
    ctx: Ctx,
    engineState: EngineState,
    echo: EchoSource,
    who: Attribution,
    value: OmniValue,
    before: StatusBefore
): void {
    const omni = engineState.omni;
    const { previous, wasError, logoutStood } = before;
    const late = takeLate(engineState, who);
    const login = echo === 'inFlight' ? omni.inFlight?.target : echo === 'expect' ? omni.expect?.target : late?.target;
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
    // unless a person put Omni online since: then it is put right as any late landing (B14). Not when the
    // softphone is logged out only by a logout of ours that landed after the agent's own softphone login,
    // which asked for Omni online: the login stands, and the panel says the softphone stays logged out.
    if (
        !onlineByPerson &&
        !softphoneOutByOurs(engineState) &&
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
}

/**
 * Omni is online only by a call of ours that landed after a logout, and the undo is under way: a
 * supervisor's or the platform's status then (a push time-out, a decline) is no one asking to be
 * online, so the logout still stands and the undo goes on (B16). True when it does.
 */
function logoutStillStands(ctx: Ctx, engineState: EngineState, before: StatusBefore, who: Attribution | null): boolean {
    const omni = engineState.omni;
    if (!(
        before.logoutStood &&
        before.previous?.kind === 'status' &&
        (who?.by === 'supervisor' || who?.by === 'platform')
    ))
        return false;
    // During a call it would be held (B11): it is not, and the decisions say why.
    if (inInteraction(ctx, engineState) && ctx.mapping.settings.holdDuringInteraction)
        decide(ctx, 'B11', 'drop-held', 'logout_stands');
    // A finished status command's echo comes before this change: it claims no later event (B12).
    if (omni.expect?.target.kind === 'status') omni.expect = null;
    undoLoginAfterLogout(ctx, engineState);
    return true;
}

/** A person's (or the platform's) new Omni status: recorded, then reconciled or followed by the softphone (B2). */
function onStatusChange(
    ctx: Ctx,
    engineState: EngineState,
    value: OmniValue | null,
    status: string | null,
    reason: string | null
): void {
    clearNotices(engineState, 'omni-handover');
    clearNotices(engineState, 'omni-maintenance');
    clearNotices(engineState, 'omni-supervisor-logout');
    if (value === null) {
        engineState.latestChange = null;
        engineState.omni.target = null;
    } else {
        recordOmniChange(ctx, engineState, value);
    }
    if (engineState.reconcile !== null) {
        tryReconcile(ctx, engineState);
        return;
    }
    followOmni(ctx, engineState, status, reason);
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

/** Omni is back after a connection error (B17): clears the notice and reconciles the two sides. */
export function reconnectOmni(ctx: Ctx, engineState: EngineState): void {
    clearNotices(engineState, 'omni-connection-error');
    decide(ctx, 'B17', 'omni-back', 'omni_back', { omni: describeOmni(omniNow(engineState)) });
    engineState.reconcile = 'omni-reconnect';
    tryReconcile(ctx, engineState);
}
