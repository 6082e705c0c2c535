/**
 * Every notice the engine keeps in its state ends when its cause is gone (issue 21): after each step the notices
 * that were there before it are checked against the state the step left, and those whose cause has ended are
 * dropped, so the panel's headline, the health verdict and the utility item come back by themselves. A notice raised
 * in this step is always kept for it (the agent reads it at least once). Some causes end in the handler of their
 * concern instead: a person's Omni login ends the logouts' notices (omni-status.ts; the softphone's login that the
 * sync passes on, B3, ends them here), an Omni event the connection error, the softphone's own login or an Omni
 * login the standing logout (omni-stays-offline). src-ts/panel/notice-ends.test.ts walks every notice code to its
 * end.
 */
import { formatState } from '../mapping/compile';
import { sidesAgree } from './agreement';
import { addNotice, type Ctx, sameName, softphoneOutByOurs } from './context';
import type { EngineInput, EngineState, Notice, OmniTarget, OmniValue, SoftphoneTarget } from './types';

/** Both sides at rest and agreeing by the mapping, or logged out of both: nothing is left to put right. */
function sidesSettled(ctx: Ctx, s: EngineState): boolean {
    const { omni, softphone } = s;
    if (omni.inFlight || softphone.inFlight || omni.target || softphone.target || omni.retry || softphone.retry)
        return false;
    if (omni.presence === 'offline' && softphone.presence === 'loggedOut') return true;
    if (omni.presence !== 'online' || omni.status === null) return false;
    if (softphone.presence !== 'loggedIn' || softphone.state === null) return false;
    return sidesAgree(ctx, omni.status, softphone.state);
}

/** A logout stands (every Omni-Channel logout stands, B16) while Omni-Channel is online all the same. */
function logoutBroken(s: EngineState): boolean {
    return s.omni.logoutStands === true && s.omni.presence === 'online';
}

/**
 * The side a failed command was for shows its target (`command-failed`'s params: a status, or Omni offline; a state,
 * or the softphone logged out). A target state without a minor state is met by any minor state of it (B13).
 */
function targetMet(s: EngineState, notice: Notice): boolean {
    const p = notice.params ?? {};
    if (notice.subject === 'omni')
        return p.status === undefined
            ? s.omni.presence === 'offline'
            : s.omni.presence === 'online' && s.omni.status === p.status;
    const sp = s.softphone;
    if (p.state === undefined) return sp.presence === 'loggedOut';
    if (sp.presence !== 'loggedIn' || sp.state === null) return false;
    return sameName(sp.state.major, p.state) && (p.minor === undefined || sameName(sp.state.minor, p.minor));
}

/** A genuine change of either side came in this step (the latest change moved). */
function newChange(before: EngineState, s: EngineState): boolean {
    return (
        before.latestChange !== s.latestChange && JSON.stringify(before.latestChange) !== JSON.stringify(s.latestChange)
    );
}

/** Whether a notice's cause is gone in the state `s` that the step from `before` on `input` left. */
function ended(ctx: Ctx, before: EngineState, s: EngineState, input: EngineInput, notice: Notice): boolean {
    switch (notice.code) {
        case 'command-failed':
            // A work item's command (B19): Omni-Channel has moved that work on since (or the agent did it there).
            if (notice.subject !== 'omni' && notice.subject !== 'softphone')
                return input.kind === 'omni' && input.event.startsWith('work');
            // The side it was for: the failed call's target is met there (the agent set it, a retry went through), or
            // a newer genuine change replaced it, and the sides are settled. Not when the sides merely agree by the
            // mapping (the agent's status the call was to put back may agree with the softphone's state as well as the
            // status left), nor while a logout stands and Omni is online all the same (B16's logout gave up).
            return !logoutBroken(s) && (targetMet(s, notice) || newChange(before, s)) && sidesSettled(ctx, s);
        case 'unmapped-state':
            return s.softphone.presence !== 'loggedIn' || s.softphone.state === null
                ? s.softphone.presence === 'loggedOut'
                : formatState(s.softphone.state) !== notice.subject;
        case 'unmapped-status':
        case 'reserved-target': {
            const status = notice.params?.status ?? notice.detail;
            return s.omni.presence === 'offline' || (s.omni.status !== null && s.omni.status !== status);
        }
        case 'no-login-status':
            // The agent logged in to Omni-Channel themselves, or the softphone logged out: nothing left to do.
            return s.omni.presence === 'online' || s.softphone.presence === 'loggedOut';
        case 'omni-handover':
        case 'omni-maintenance':
        case 'omni-supervisor-logout':
            // The agent logged in to the softphone, so the sync logs Omni-Channel in (B3): its events are the
            // sync's echoes and reach no handler of a person's change, which would end it (omni-status.ts).
            return (
                input.kind === 'softphone' &&
                input.event === 'loggedIn' &&
                s.omni.logoutStands !== true &&
                (s.omni.presence === 'online' || s.omni.target !== null)
            );
        case 'softphone-stays-logged-out':
            // The agent logged in to the softphone, or Omni-Channel is offline (or being logged out): the sides agree.
            return s.softphone.presence !== 'loggedOut' || s.omni.presence !== 'online' || omniLogoutUnderWay(s);
        case 'held-dropped':
            // Said once the agent has read it: it ends at their next change of either side, or at a new held one.
            return newChange(before, s) || s.held !== null;
        default:
            return false;
    }
}

/**
 * An Omni logout of the sync is wanted or on its way (B4, B15, B16); not one in flight that has landed already and
 * that a newer Omni change has passed (`behind`): it no longer brings Omni-Channel offline.
 */
function omniLogoutUnderWay(s: EngineState): boolean {
    const flight = s.omni.inFlight;
    return s.omni.target?.kind === 'offline' || (flight?.target.kind === 'offline' && flight.behind !== true);
}

/**
 * The softphone is left logged out while Omni-Channel stays online, and the sync cannot log a softphone in (it has no
 * credentials): said, naming what to do (`softphone-stays-logged-out`, B5, B15). Three ways this step may leave it so:
 * - `late`: the softphone went from logged in to logged out by a logout of the sync (B5, B11, B15: not a genuine
 *   change, which would be the latest change now) that landed after Omni-Channel came online again;
 * - `start`: a start-up or reconnect reconciled (B15) and left the softphone logged out and Omni-Channel online, with
 *   the softphone's logout set to log Omni-Channel out: the saved state cannot tell which came last;
 * - `login`: a login that may be a late one of ours or the agent's own brought Omni-Channel online (`loginOursOrAgents`).
 * Not while an Omni logout of the sync is wanted or on its way: that one puts the sides together.
 */
function saySoftphoneStaysLoggedOut(ctx: Ctx, before: EngineState, s: EngineState, input: EngineInput): void {
    if (s.softphone.presence !== 'loggedOut' || s.omni.presence !== 'online' || omniLogoutUnderWay(s)) return;
    const latest = s.latestChange;
    // The agent's own logout: reported as one, or found at a reconnect as a change made while the sync was away.
    const foundChanged = input.kind === 'softphone' && input.event === 'connected' && s.softphone.changedAway === true;
    const genuineLogout =
        foundChanged || (newChange(before, s) && latest?.side === 'softphone' && latest.value.kind === 'loggedOut');
    // So is one logged out by a logout of ours that landed after the agent's own softphone login (B3 brought Omni on).
    const late = (before.softphone.presence === 'loggedIn' && !genuineLogout) || softphoneOutByOurs(s);
    const reconciled =
        before.reconcile !== null && s.reconcile === null && ctx.mapping.settings.logoutOmniOnSoftphoneLogout;
    const login = loginOursOrAgents(ctx, before, s, input);
    if (!late && !reconciled && !login) return;
    const reason = late ? 'late' : reconciled ? 'start' : 'login';
    addNotice(s, { code: 'softphone-stays-logged-out', subject: 'softphone', detail: reason, params: { reason } });
}

/**
 * Omni-Channel came online by a login taken as the agent's by hand (a `loginSuccess` carries no reason) while a
 * login of ours for the same status may still land (one under way, one whose success came before a logout, or one
 * that failed or timed out): it may be that login, landing late after the softphone logged out, which B4 would log out again, or
 * the agent's own, which stands (B16). The sync cannot tell them apart, so it keeps Omni-Channel online and says so.
 */
function loginOursOrAgents(ctx: Ctx, before: EngineState, s: EngineState, input: EngineInput): boolean {
    if (input.kind !== 'omni' || input.event !== 'loginSuccess' || before.omni.presence !== 'offline') return false;
    if (!ctx.mapping.settings.logoutOmniOnSoftphoneLogout || !newChange(before, s) || s.omni.status === null)
        return false;
    const status = s.omni.status;
    const ours = (call: { target: OmniTarget | SoftphoneTarget; login?: boolean }) =>
        call.login === true && call.target.kind === 'status' && sameName(call.target.status, status);
    const flight = before.omni.inFlight;
    // One whose success came before a logout of someone else's: this login may be its landing after that logout.
    const expected = before.omni.expect;
    const landed = expected?.toolkitOnly === true && ours({ target: expected.target, login: true });
    return (
        landed ||
        (flight !== null && ours(flight)) ||
        (before.lateEchoes ?? []).some((l) => l.side === 'omni' && ours(l))
    );
}

/**
 * After each step: says what the step left that the sync cannot put right (`saySoftphoneStaysLoggedOut`), then drops
 * the notices of `before` whose cause the step ended (see the module comment).
 */
export function endNotices(ctx: Ctx, before: EngineState, s: EngineState, input: EngineInput): void {
    saySoftphoneStaysLoggedOut(ctx, before, s, input);
    if (s.notices.length === 0 || before.notices.length === 0) return;
    const seenBefore = (n: Notice) =>
        before.notices.includes(n) ||
        before.notices.some((b) => b.code === n.code && b.subject === n.subject && b.detail === n.detail);
    const kept = s.notices.filter((n) => !(seenBefore(n) && ended(ctx, before, s, input, n)));
    if (kept.length !== s.notices.length) s.notices = kept;
}

/**
 * A status the agent picked during the call, held for its end (B11), that a softphone found logged out at a
 * (re)connect or a console restart voids: the agent is told it was not applied (`held-dropped`, reason `logged-out`).
 * A held logout is not lost (the softphone is logged out already): nothing to say.
 */
export function heldDroppedLoggedOut(engineState: EngineState, held: OmniValue): void {
    if (held.kind !== 'status') return;
    addNotice(engineState, {
        code: 'held-dropped',
        subject: held.status,
        detail: 'logged-out',
        params: { status: held.status, reason: 'logged-out' }
    });
}
