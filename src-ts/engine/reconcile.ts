/**
 * Start-up and reconnect reconciliation by the configured authority (B15, B17). What it keeps is
 * reconcile-keep.ts's; logging Omni in for the softphone (B3) is omni-login.ts's.
 */
import type { SoftphoneState } from '../mapping/types';
import type { EngineState, OmniTarget, OmniValue, RuleId, SoftphoneTarget } from './types';
import {
    type Ctx,
    sayOmniStaysOffline,
    decide,
    describeOmni,
    describeSoftphone,
    inInteraction,
    omniMatches,
    omniNow,
    softphoneMatches,
    softphoneNow
} from './context';
import { setOmniTarget, setSoftphoneTarget, sidesAgree } from './commands';
import { finishRun, holdAppliedAgain, omniWaitsForRunEnd } from './interactions';
import { omniTargetFor, softphoneTargetFor } from './lookup';
import { decideOmniRestore, restoreAfterReload, softphoneFollowsRestore } from './restore';
import { applyWorkRule, workBusyState } from './work';
import {
    keepAgreement,
    keepReconciled,
    keepReconciledTarget,
    keepWanted,
    loginUnderWay,
    omniGoingTo,
    targetUnderWay,
    targetWanted
} from './reconcile-keep';
import { loginOmniForSoftphone } from './omni-login';

export { loginOmniForSoftphone } from './omni-login';

// ─── Reconciliation (B15, B17) ───────────────────────────────────────────────

/**
 * Brings the two sides together after start-up or a reconnect (B15–B17) once both are known and the
 * softphone is connected; until then it waits.
 */
export function tryReconcile(ctx: Ctx, engineState: EngineState): void {
    if (engineState.reconcile === null) return;
    if (engineState.omni.presence === 'unknown' || engineState.omni.connectionError || !engineState.softphone.connected)
        return;
    // A person's newer Omni choice being put back (B14) outlives the reconnect, and the reload: it is the latest choice.
    // So is one whose command is under way (its target met by that command already), while it is the latest change.
    const flight = engineState.omni.inFlight;
    const latest = engineState.latestChange;
    const carriesLatest = flight !== null && latest?.side === 'omni' && omniMatches(latest.value, flight.target);
    const underWay = carriesLatest && !flight.echoed && flight.rule === 'B14' ? flight.target : null;
    const pending = engineState.omni.target?.rule === 'B14' ? engineState.omni.target : underWay;
    const resumed = pending === null ? restoreAfterReload(engineState) : null;
    const restoring = pending ?? resumed;
    const held = engineState.held;
    reconcileNow(ctx, engineState, restoring === null);
    // A softphone found changed while the sync was away changed after that choice: Omni follows it instead (B15).
    const sp = engineState.softphone;
    const found = engineState.omni;
    const followsSoftphone = sp.changedAway === true && found.target?.rule === 'B15';
    // Or Omni stays where it is found when the two agree already (a call the lost saves never saw, in its status).
    const agreesAway =
        sp.changedAway === true &&
        found.target === null &&
        found.presence === 'online' &&
        found.status !== null &&
        sp.state !== null &&
        sidesAgree(ctx, found.status, sp.state);
    // A choice made before the live interaction gives way to it: the reconciliation takes Omni to the call's status,
    // as that call's start did on the earlier page (B1), rather than to the choice during the call (B11). With changes
    // held for a call's end (B11) a choice made during it is held, so one not held was made before it; without, which
    // came first cannot be told, and only a routable status gives way (no one is made routable during a call).
    const restoredStatus = restoring?.kind === 'status' ? restoring.status : null;
    const yieldsToCall =
        restoredStatus !== null &&
        (ctx.mapping.settings.holdDuringInteraction ||
            ctx.mapping.statusByName(restoredStatus)?.hasChannels === true) &&
        held === null &&
        inInteraction(ctx, engineState) &&
        sp.state !== null &&
        !sidesAgree(ctx, restoredStatus, sp.state);
    // A change held for an interaction that ended while the sync was away, applied just now, is newer than the
    // choice being put back: the restore gives way to it, both sides going where the held change asks (B11, B14).
    const applied = engineState.latestChange;
    const heldOver =
        held !== null &&
        applied !== latest &&
        applied?.side === 'omni' &&
        omniMatches(held, applied.value) &&
        restoring !== null &&
        !omniMatches(held, restoring);
    if (restoring !== null && engineState.omni.logoutStands !== true && !followsSoftphone && !heldOver) {
        // The restore of a held change already applied, found during the next call: held again for its end (B11).
        if (holdAppliedAgain(ctx, engineState, restoring) || agreesAway || yieldsToCall) return;
        if (resumed?.kind === 'status') decideOmniRestore(ctx, resumed.status);
        setOmniTarget(ctx, engineState, restoring);
        softphoneFollowsRestore(ctx, engineState, restoring);
        // The agreement kept above gives way to the restore: a late landing puts back the restored status.
        if (restoring.kind === 'status' && engineState.lateEchoes !== undefined)
            engineState.lateEchoes = engineState.lateEchoes.map((l) =>
                l.putBack === undefined ? l : { ...l, putBack: restoring.status }
            );
    }
}

function reconcileNow(ctx: Ctx, engineState: EngineState, noRestore: boolean): void {
    const reason = engineState.reconcile;
    engineState.reconcile = null;
    // Only start-up applies the authority afresh: a reconnect keeps what Omni is being brought to (a
    // command of ours under way, or one waiting behind it), and the sides are brought together there.
    // A softphone found changed since has moved on from what a command for its state was for: but a login of
    // ours for it, while it stays logged in, still is.
    const reconnect = reason !== 'startup';
    const movedOn = engineState.softphone.changedAway === true;
    const kept =
        (reconnect && !movedOn ? targetWanted(engineState) : null) ??
        targetUnderWay(engineState) ??
        (reconnect ? loginUnderWay(engineState) : null);
    const omniGoing = reconnect ? omniGoingTo(engineState, kept, movedOn) : omniNow(engineState);
    engineState.omni.target = null;
    engineState.softphone.target = null;
    if (carryOnUndoingLogin(ctx, engineState)) return;
    if (finishRunWhileAway(ctx, engineState)) return;
    const { authority, choiceStands } = chooseAuthority(ctx, engineState, omniGoing);
    decide(
        ctx,
        'B15',
        'reconcile',
        reason === 'omni-reconnect'
            ? 'reconcile_omni_back'
            : reason === 'softphone-reconnect'
              ? 'reconcile_softphone_back'
              : 'reconcile_start',
        {
            softphone: describeSoftphone(softphoneNow(engineState)),
            omni: describeOmni(omniNow(engineState)),
            authority
        }
    );
    if (keepIfAgreed(ctx, engineState, omniGoing, reason === 'startup' && noRestore)) {
        if (reconnect && kept !== null) keepWanted(ctx, engineState, kept);
        return;
    }
    if (choiceStands !== null) decide(ctx, 'B15', 'unchanged', 'omni_choice_stands', { omni: choiceStands });
    if (authority === 'Softphone') reconcileBySoftphone(ctx, engineState, omniGoing, kept);
    else reconcileByOmni(ctx, engineState, omniGoing);
    if (kept !== null) keepWanted(ctx, engineState, kept);
    keepReconciled(ctx, engineState);
    keepReconciledTarget(engineState);
    applyWorkRule(ctx, engineState);
}

/**
 * The earlier page was undoing a login that landed after a logout (B16) when it went: carried on.
 * True when it was.
 */
function carryOnUndoingLogin(ctx: Ctx, engineState: EngineState): boolean {
    if (!(engineState.omni.presence === 'online' && engineState.omni.logoutStands === true)) return false;
    decide(ctx, 'B16', 'undo-login', 'login_after_logout_undone', undefined, undefined, {
        side: 'omni',
        status: 'offline'
    });
    // An undo already in flight stays wanted, so a failure of it is retried, not written off (B17).
    if (engineState.omni.inFlight?.target.kind === 'offline')
        engineState.omni.target = { kind: 'offline', rule: 'B16' };
    else setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B16' });
    // A logout held during an interaction that ended while the sync was away applies all the same (B11).
    if (engineState.held?.kind === 'offline' && !inInteraction(ctx, engineState)) {
        engineState.run = engineState.run ?? { statusBefore: null, inbound: false };
        finishRun(ctx, engineState);
    } else if (personsLogoutStands(ctx, engineState, { kind: 'offline' })) {
        // The logout undone is a person's, still the latest change: the softphone follows it too (B5), as it would
        // have had no call of ours landed over it; a call holds it for its end (B11).
        reconcileByOmni(ctx, engineState, { kind: 'offline' });
    }
    return true;
}

/**
 * Whether a person's Omni logout (the agent's, a supervisor's, a held one applied) is still the latest change, with
 * Omni `going` offline, the softphone as it was last seen and set to follow Omni logouts (B5): then the softphone
 * logs out with it after a reload or reconnect, whether or not the page before had sent that logout.
 */
function personsLogoutStands(ctx: Ctx, engineState: EngineState, going: OmniValue | null): boolean {
    const latest = engineState.latestChange;
    return (
        latest !== null &&
        latest.side === 'omni' &&
        latest.value.kind === 'offline' &&
        going?.kind === 'offline' &&
        engineState.softphone.changedAway !== true &&
        ctx.mapping.settings.logoutSoftphoneOnOmniLogout
    );
}

/**
 * A held change lives by its age, not by whether the console restarted: the interaction ended
 * while the frame or the console was away, so the held change or the revert applies now (B10,
 * B11); one too old is dropped and said (dropHeldIfStale, in finishRun). True when one applied.
 */
function finishRunWhileAway(ctx: Ctx, engineState: EngineState): boolean {
    if (!((engineState.run !== null || engineState.held !== null) && !inInteraction(ctx, engineState))) return false;
    engineState.run = engineState.run ?? { statusBefore: null, inbound: false };
    if (!finishRun(ctx, engineState)) return false;
    applyWorkRule(ctx, engineState);
    return true;
}

/**
 * Which side the reconciliation follows (B15): the configured authority, unless a choice made on one
 * side after the other's last change still stands there (B14); `MostRecent` by the sides' times.
 * `choiceStands` names the Omni status whose choice overrules the configured authority.
 */
function chooseAuthority(
    ctx: Ctx,
    engineState: EngineState,
    omniNowValue: OmniValue | null
): { authority: 'Omni' | 'Softphone'; choiceStands: string | null } {
    let authority = ctx.mapping.settings.startupAuthority;
    const sp = engineState.softphone;
    // A choice made on Omni after the softphone's last change stands: the softphone follows it, it
    // is never undone at a reload or reconnect (attribution, B14, B15).
    const latest = engineState.latestChange;
    let choiceStands: string | null = null;
    if (
        latest !== null &&
        latest.side === 'omni' &&
        omniNowValue?.kind === 'status' &&
        omniMatches(latest.value, omniNowValue) &&
        sp.changedAway !== true
    ) {
        choiceStands = authority !== 'Omni' ? omniNowValue.status : null;
        authority = 'Omni';
    }
    // So does a person's Omni logout after the softphone's last change, Omni still offline (B5).
    if (personsLogoutStands(ctx, engineState, omniNowValue)) authority = 'Omni';
    // Likewise a choice made in the softphone after Omni's last change, the softphone found as it was
    // last seen: Omni follows it (its command may still be under way), it is not undone.
    const spNow = softphoneNow(engineState);
    if (
        latest !== null &&
        latest.side === 'softphone' &&
        spNow !== null &&
        softphoneMatches(latest.value, spNow) &&
        sp.changedAway !== true
    )
        authority = 'Softphone';
    if (authority === 'MostRecent') {
        const softphoneAt = engineState.softphone.since ?? Number.NEGATIVE_INFINITY;
        const omniAt = engineState.omni.lastChangeAt ?? Number.NEGATIVE_INFINITY;
        authority = omniAt > softphoneAt ? 'Omni' : 'Softphone';
    }
    return { authority, choiceStands };
}

/**
 * Sides that already agree by the mapping, in either direction, are left as they are (B13, B15). True when they do.
 * At a start-up that puts nothing back (`afresh`), the status found there is newer than an older Omni choice on record.
 */
function keepIfAgreed(ctx: Ctx, engineState: EngineState, omniNowValue: OmniValue | null, afresh: boolean): boolean {
    const sp = engineState.softphone;
    if (!(
        sp.presence === 'loggedIn' &&
        sp.state !== null &&
        omniNowValue?.kind === 'status' &&
        sidesAgree(ctx, omniNowValue.status, sp.state) &&
        !omniWaitsForRunEnd(ctx, engineState)
    ))
        return false;
    decide(ctx, 'B13', 'already', 'sides_agree', {
        softphone: describeSoftphone(softphoneNow(engineState)),
        omni: omniNowValue.status
    });
    if (afresh) foundSinceLatest(ctx, engineState, omniNowValue.status);
    keepAgreement(ctx, engineState, omniNowValue.status, sp.state);
    applyWorkRule(ctx, engineState);
    return true;
}

/**
 * A start-up after a reload found Omni at `status`, not the latest Omni choice the saved state knows, and no call of
 * ours explains it (none sent for it, none to put back): it changed while the console was away (a push time-out the
 * lost save had recorded, say), after that choice. The status found is the latest change now, so a call of ours sent
 * before the reload that lands afterwards is put back to it, not to the older choice (B14, B15).
 */
function foundSinceLatest(ctx: Ctx, engineState: EngineState, status: string): void {
    const latest = engineState.latestChange;
    const found: OmniValue = { kind: 'status', status };
    if (engineState.resumed !== true || latest?.side !== 'omni' || latest.value.kind !== 'status') return;
    if (omniMatches(latest.value, found)) return;
    const ours = (engineState.lateEchoes ?? []).some(
        (l) => l.side === 'omni' && l.target.kind === 'status' && omniMatches(found, l.target)
    );
    if (!ours) engineState.latestChange = { side: 'omni', value: found, at: ctx.now, seq: engineState.seq };
}

/**
 * The softphone is the authority (B15): Omni follows its state, is logged in for it (B3) or out with it.
 * `going` is where Omni is (at start-up) or is being brought (at a reconnect); `kept`, what it was wanted to be.
 */
function reconcileBySoftphone(
    ctx: Ctx,
    engineState: EngineState,
    going: OmniValue | null,
    kept: OmniTarget | null
): void {
    const sp = engineState.softphone;
    if (sp.presence === 'loggedIn' && sp.state !== null) {
        // Offline, or online only by a login of ours for the softphone still under way.
        if (engineState.omni.presence === 'offline' || going?.kind === 'offline') {
            loginOrStayOffline(ctx, engineState, sp.state, kept);
        } else if (!omniWaitsForRunEnd(ctx, engineState)) {
            setOmniTarget(ctx, engineState, retag(omniTargetFor(ctx, engineState, sp.state, 'B15'), 'B15'));
        }
    } else if (
        sp.presence === 'loggedOut' &&
        going?.kind === 'status' &&
        ctx.mapping.settings.logoutOmniOnSoftphoneLogout
    ) {
        setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B15' });
    }
}

/**
 * Omni is offline and the softphone logged in: Omni is logged in only for a softphone login (B3, B15);
 * a reconnect is not one, and a standing logout stays (B16).
 */
function loginOrStayOffline(ctx: Ctx, engineState: EngineState, state: SoftphoneState, kept: OmniTarget | null): void {
    // A login of ours for the softphone still under way (B3), or waiting behind a logout of ours, is
    // carried on towards its state now.
    const login = engineState.omni.inFlight;
    const loginUnderWay =
        (login !== null && !login.echoed && login.target.kind === 'status' && login.target.mayLogin) ||
        (kept?.kind === 'status' && kept.mayLogin);
    if (engineState.loginForSoftphone === true || (loginUnderWay && engineState.omni.logoutStands !== true)) {
        loginOmniForSoftphone(ctx, engineState, state, 'B15');
    } else {
        decide(
            ctx,
            'B16',
            'no-login',
            engineState.omni.logoutStands === true ? 'logout_stands' : 'reconnect_not_login'
        );
        // Said unless a handover or maintenance notice already says why (B16).
        sayOmniStaysOffline(engineState);
    }
}

/**
 * Omni is the authority (B15): the softphone follows its status, holds it over a call (B11), or logs out
 * with it. `going` is where Omni is (at start-up) or is being brought (at a reconnect).
 */
function reconcileByOmni(ctx: Ctx, engineState: EngineState, going: OmniValue | null): void {
    const settings = ctx.mapping.settings;
    // A softphone that logged out while the sync was away asked for the logout (B4), whatever the authority.
    const sp = engineState.softphone;
    const loggedOutAway = sp.presence === 'loggedOut' && sp.changedAway === true;
    if (loggedOutAway && going?.kind === 'status' && settings.logoutOmniOnSoftphoneLogout)
        setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B15' });
    if (sp.presence !== 'loggedIn') return;
    const status = going?.kind === 'status' ? going.status : null;
    const online = status !== null;
    // Held over a call (B11), a logout too, shown and applied at its end; a change already held (a person's)
    // is kept: Omni's status may be the call's own (B1).
    if (inInteraction(ctx, engineState) && settings.holdDuringInteraction) {
        if (engineState.held === null && (online || settings.logoutSoftphoneOnOmniLogout)) {
            engineState.held = going;
            engineState.heldApplying = false;
            engineState.heldAt = ctx.now;
            decide(ctx, 'B11', 'hold', 'held_on_interaction', { omni: status ?? 'offline' });
        }
    } else if (online) {
        if (workBusyState(ctx, engineState) === null) {
            setSoftphoneTarget(ctx, engineState, retag(softphoneTargetFor(ctx, engineState, status, 'B15'), 'B15'));
        }
    } else if (settings.logoutSoftphoneOnOmniLogout && !inInteraction(ctx, engineState)) {
        setSoftphoneTarget(ctx, engineState, { kind: 'loggedOut', rule: 'B15' });
    }
}

/** The same target, credited to another rule (the reconciliation that chose it). */
export function retag<T extends OmniTarget | SoftphoneTarget>(target: T | null, rule: RuleId): T | null {
    return target === null ? null : { ...target, rule };
}
