/**
 * Restores (B14): a command of ours that landed after a newer genuine change, or late (failed, timed
 * out, or sent by an earlier page), has overwritten that change; the latest change is put back, on the
 * same side or, through the mapping, on the other. The contact centre's reserved states are never put
 * back (B6).
 */
import { formatState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { EngineState, LateEcho, OmniTarget, Side, SoftphoneTarget, SoftphoneValue } from './types';
import { omniTargetFor, softphoneTargetFor } from './lookup';
import {
    type Ctx,
    decide,
    describeOmni,
    describeSoftphone,
    isOnInteraction,
    omniMatches,
    omniNow,
    omniParams,
    omniProjected,
    sayOmniStaysOffline,
    softphoneMatches,
    softphoneNow,
    softphoneParams,
    softphoneProjected
} from './context';
import { sidesAgree, softphoneFits } from './agreement';
import { setOmniTarget, setSoftphoneTarget } from './targets';
import { omniWaitsForRunEnd } from './interactions';
import { issuedSeqOf } from './command-step';

/**
 * Our own command has landed (its echo or its result arrived). If a genuine change had overtaken
 * it, our stale command has just overwritten that change: put the latest change back (B14).
 * Returns whether a restore was scheduled.
 */
export function restoreIfOvertaken(
    ctx: Ctx,
    engineState: EngineState,
    side: Side,
    landed: OmniTarget | SoftphoneTarget
): boolean {
    const latest = engineState.latestChange;
    // Overtaken by a person's softphone change, then by a newer Omni change: the softphone goes where that says.
    if (latest?.side === 'omni' && side === 'softphone') return softphoneBackToNewerOmni(ctx, engineState, landed);
    if (latest === null || latest.side !== side) return false;
    if (latest.side === 'omni') {
        if (landed.kind !== 'status' && landed.kind !== 'offline') return false;
        if (omniMatches(latest.value, landed)) return false;
        decide(
            ctx,
            'B14',
            'restore',
            'restore_omni',
            { omni: describeOmni(latest.value) },
            undefined,
            omniParams(latest.value)
        );
        // Through the B13 check: Omni may already be back where the newer change put it.
        setOmniTarget(
            ctx,
            engineState,
            latest.value.kind === 'offline'
                ? { kind: 'offline', rule: 'B14' }
                : { kind: 'status', status: latest.value.status, rule: 'B14', mayLogin: false }
        );
        return true;
    }
    if (landed.kind !== 'state' && landed.kind !== 'loggedOut') return false;
    // A logout of ours that landed after the agent's softphone login: the sync cannot log the softphone in again.
    if (landed.kind === 'loggedOut' && latest.value.kind === 'state') engineState.softphone.outByOurs = true;
    // Met as B13 meets a target: Away / Lunch does not meet the agent's Away when Lunch maps elsewhere.
    if (latest.value.kind === 'state' && landed.kind === 'state') {
        if (softphoneFits(ctx, latest.value.state, landed.state)) return false;
    } else if (softphoneMatches(latest.value, landed)) return false;
    // A held change applied since that change is newer still (or has just landed): the softphone goes
    // where it says (B11).
    if (engineState.softphone.target?.rule === 'B11') return false;
    decide(
        ctx,
        'B14',
        'restore',
        'restore_softphone',
        { softphone: describeSoftphone(latest.value) },
        undefined,
        softphoneParams(latest.value)
    );
    // Through the B13 check; a restore never goes to a reserved state (B6): that is the contact centre's.
    setSoftphoneTarget(
        ctx,
        engineState,
        latest.value.kind === 'loggedOut'
            ? { kind: 'loggedOut', rule: 'B14' }
            : { kind: 'state', state: latest.value.state, rule: 'B14' }
    );
    // The contact centre's wrap cannot be put back (B6): the softphone goes where Omni's status maps.
    if (latest.value.kind === 'state' && landed.kind === 'state' && ctx.mapping.isReserved(latest.value.state))
        softphoneFollowsOmni(ctx, engineState, latest.value.state, landed.state);
    return true;
}

/**
 * A softphone state of ours landed over the contact centre's reserved state (a call's wrap), which no
 * command may put back (B6). Omni has the status that state gave it, or a newer one, or is being logged in
 * with it for the softphone (B3): the softphone goes where that status maps (B2, through the B13 check), never
 * Omni after our stale state (B12), so the sides agree and the agent stays as unroutable as the wrap made them. A change held for the call's end
 * applies then (B11); a status whose row names a reserved state (the call's own) leaves it as it is.
 */
function softphoneFollowsOmni(
    ctx: Ctx,
    engineState: EngineState,
    reserved: SoftphoneState,
    landed: SoftphoneState
): void {
    const omni = engineState.omni;
    // Omni logged out and being logged in for the softphone (B3): it goes to the status that login brings.
    const loggingIn = omni.presence === 'offline' && omni.target?.kind === 'status' && omni.target.mayLogin;
    if (engineState.held !== null || (omni.presence !== 'online' && !loggingIn)) return;
    const going = omni.target ?? omniProjected(engineState);
    if (going?.kind !== 'status' || sidesAgree(ctx, going.status, landed)) return;
    const row = ctx.mapping.omniToSoftphone(going.status);
    if (row.kind === 'state' && ctx.mapping.isReserved(row.state)) return;
    const target = softphoneTargetFor(ctx, engineState, going.status, 'B14');
    if (target === null) return;
    decide(ctx, 'B6', 'reserved-target', 'reserved_not_set', { state: formatState(reserved) });
    restoreSoftphoneTo(ctx, engineState, target);
}

/**
 * A command of ours that failed, timed out or was sent by an earlier page has landed late (B12, B14).
 * If a genuine change came after it was issued, that change is the latest and is put back: on the
 * same side, the change itself; on the other side, that side's mapping, unless the landed value
 * already agrees with it by the mapping. Returns whether a restore was decided.
 */
export function restoreAfterLateLanding(ctx: Ctx, engineState: EngineState, late: LateEcho): boolean {
    if (late.putBack !== undefined && !omniMatches({ kind: 'status', status: late.putBack }, omniNow(engineState))) {
        decide(ctx, 'B14', 'restore', 'restore_omni', { omni: late.putBack }, undefined, {
            side: 'omni',
            status: late.putBack
        });
        setOmniTarget(ctx, engineState, { kind: 'status', status: late.putBack, rule: 'B14', mayLogin: false });
        return true;
    }
    // A logout of ours under way (not yet landed, no person's change since) or wanted for the softphone's logout
    // (B4, B15) is newer than any change the late status call went over: Omni goes offline with the softphone.
    const omni = engineState.omni;
    const flight = omni.inFlight !== null && !omni.inFlight.superseded && !omni.inFlight.echoed ? omni.inFlight : null;
    const loggingOut = [flight?.target, omni.target].some(
        (t) => t?.kind === 'offline' && (t.rule === 'B4' || t.rule === 'B15')
    );
    if (late.side === 'omni' && late.target.kind === 'status' && loggingOut)
        return omniOfflineWithSoftphone(ctx, engineState);
    const latest = engineState.latestChange;
    // No genuine change since the command was issued (the latest was recorded before it).
    if (latest === null || !olderThanLatest(latest, late))
        return omniBackToSoftphone(ctx, engineState, late) || softphoneBackToOmni(ctx, engineState, late);
    if (latest.side === late.side) {
        if (latest.side === 'softphone' || late.target.kind !== 'status' || !omniMatches(latest.value, late.target))
            return restoreIfOvertaken(ctx, engineState, late.side, late.target);
        // It set Omni to the latest Omni choice again: the softphone, found or brought elsewhere since (a
        // reload's B15 after a status found then), follows that choice (B2), unless a logout stands that it logged
        // in over (undone, B16).
        const sp = softphoneGoing(engineState);
        return (
            sp?.kind === 'state' &&
            engineState.omni.logoutStands !== true &&
            softphoneBackToNewerOmni(ctx, engineState, { kind: 'state', state: sp.state, rule: 'B14' })
        );
    }
    if (late.side === 'softphone' && latest.side === 'omni')
        return softphoneBackToNewerOmni(ctx, engineState, late.target);
    if (late.side === 'omni' && late.target.kind === 'offline') return lateLogoutStands(engineState);
    if (late.side !== 'omni' || late.target.kind !== 'status' || latest.side !== 'softphone') return false;
    // A held change being applied is newer than the state the contact centre gave after the call: Omni
    // goes where it says, not after that state (B11), and is held until Omni has it too.
    const held = engineState.heldApplying === true ? engineState.held : null;
    if (held !== null) {
        if (held.kind !== 'status' || omniMatches(held, omniNow(engineState))) return false;
        decide(ctx, 'B14', 'restore', 'restore_omni', { omni: held.status }, undefined, omniParams(held));
        setOmniTarget(ctx, engineState, { kind: 'status', status: held.status, rule: 'B11', mayLogin: false });
        return true;
    }
    // The softphone logged out since the command was sent: Omni goes offline again with it (B4).
    if (latest.value.kind === 'loggedOut' && omniOfflineWithSoftphone(ctx, engineState)) return true;
    // The softphone as it is now (a reload may have found it elsewhere than its last recorded change), or
    // where the sync is bringing it (a stale state of ours that landed meanwhile is not the latest choice).
    const sp = softphoneGoing(engineState) ?? latest.value;
    if (sp.kind !== 'state' || engineState.softphone.presence !== 'loggedIn') return false;
    if (sidesAgree(ctx, late.target.status, sp.state)) return false;
    const target = omniTargetFor(ctx, engineState, sp.state, 'B14');
    if (target === null || target.kind !== 'status') return false;
    decide(ctx, 'B14', 'restore', 'restore_after_late_landing', { omni: target.status, command: late.id }, undefined, {
        side: 'omni',
        status: target.status
    });
    setOmniTarget(ctx, engineState, { ...target, rule: 'B14', mayLogin: false });
    return true;
}

/**
 * A logout of ours landed late, after the softphone logged in again (or while it stayed in): it stands, as
 * every Omni logout does (the agent's own arrives alike, with no reason, B16), and the panel says Omni stays
 * offline until the softphone logs in again or the agent logs in to Omni by hand.
 */
function lateLogoutStands(engineState: EngineState): boolean {
    if (engineState.softphone.presence === 'loggedIn' && engineState.omni.presence === 'offline')
        sayOmniStaysOffline(engineState);
    return false;
}

/**
 * A status call of ours landed late, no genuine change having come since it was sent, and leaves Omni
 * apart from the softphone (a reconnect or a reload decided otherwise meanwhile): Omni follows the
 * softphone's state (B1), unless something is already under way or waits for the call's end (B10, B11),
 * or the call set the latest Omni choice again (a restore of it, B14).
 */
function omniBackToSoftphone(ctx: Ctx, engineState: EngineState, late: LateEcho): boolean {
    if (late.side !== 'omni' || late.target.kind !== 'status') return false;
    if (engineState.omni.presence !== 'online') return false;
    // A restore of the latest Omni choice (B14) that lands late puts Omni where that choice is: it stands.
    const latest = engineState.latestChange;
    if (latest?.side === 'omni' && omniMatches(latest.value, late.target)) return false;
    if (engineState.omni.target !== null || engineState.omni.inFlight !== null) return false;
    // It logged Omni in again after the logout that the softphone's logout asked for (B4, a start-up's B15).
    if (engineState.softphone.presence === 'loggedOut') return omniOfflineWithSoftphone(ctx, engineState);
    const sp = softphoneGoing(engineState);
    if (engineState.softphone.presence !== 'loggedIn' || sp?.kind !== 'state') return false;
    if (sidesAgree(ctx, late.target.status, sp.state) || omniWaitsForRunEnd(ctx, engineState)) return false;
    const target = omniTargetFor(ctx, engineState, sp.state, 'B14');
    if (target?.kind !== 'status') return false;
    decide(ctx, 'B14', 'restore', 'restore_after_late_landing', { omni: target.status, command: late.id }, undefined, {
        side: 'omni',
        status: target.status
    });
    setOmniTarget(ctx, engineState, { ...target, rule: 'B14', mayLogin: false });
    return true;
}

/**
 * A softphone state of ours landed late (a restore too), no genuine change having come since it was sent, and
 * leaves the softphone apart from where Omni-Channel is going (the sync decided otherwise meanwhile: a call's end
 * brought Omni to the softphone's state): the softphone follows Omni's status (B2, B14), as a status call of ours
 * landing so is put right, unless a softphone command is under way or wanted, a call or a held change holds it
 * (B11), or Salesforce work keeps it busy (B7, B8). Returns whether a restore was decided.
 */
function softphoneBackToOmni(ctx: Ctx, engineState: EngineState, late: LateEcho): boolean {
    const sp = engineState.softphone;
    if (late.side !== 'softphone' || late.target.kind !== 'state' || sp.presence !== 'loggedIn') return false;
    if (sp.target !== null || sp.inFlight !== null || engineState.held !== null || isOnInteraction(engineState))
        return false;
    if (engineState.work.forced !== null || engineState.omni.logoutStands === true) return false;
    // Where Omni is going: a call of ours a person's newer Omni change overtook no longer says so.
    const flight = engineState.omni.inFlight;
    const going =
        engineState.omni.target ??
        (flight !== null && !flight.superseded ? omniProjected(engineState) : omniNow(engineState));
    if (engineState.omni.presence !== 'online' || going?.kind !== 'status') return false;
    if (sidesAgree(ctx, going.status, late.target.state)) return false;
    const target = softphoneTargetFor(ctx, engineState, going.status, 'B14');
    if (target === null) return false;
    restoreSoftphoneTo(ctx, engineState, target);
    return true;
}

/**
 * The softphone is logged out and a status call of ours brought Omni online: Omni goes offline again with
 * it (B4, when Logout_Omni_On_Softphone_Logout__c is on). Returns whether that logout was decided.
 */
function omniOfflineWithSoftphone(ctx: Ctx, engineState: EngineState): boolean {
    if (engineState.softphone.presence !== 'loggedOut' || engineState.omni.presence !== 'online') return false;
    if (!ctx.mapping.settings.logoutOmniOnSoftphoneLogout) return false;
    decide(ctx, 'B14', 'restore', 'restore_omni', { omni: 'offline' }, undefined, { side: 'omni', status: 'offline' });
    setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B4' });
    return true;
}

/**
 * Where the softphone is going: the sync's target for it (a restore waiting for its retry, say), else the
 * state a command of ours under way brings it to, decided after its latest change (a start-up's or a
 * reconnect's B15, a restore); one a newer change of a person's overtook no longer says so. Else the
 * softphone as it is now; null while unknown.
 */
function softphoneGoing(engineState: EngineState): SoftphoneValue | null {
    const going = engineState.softphone.target;
    if (going !== null) return going.kind === 'state' ? { kind: 'state', state: going.state } : { kind: 'loggedOut' };
    const flight = engineState.softphone.inFlight;
    return flight !== null && !flight.superseded ? softphoneProjected(engineState) : softphoneNow(engineState);
}

/**
 * A softphone command of ours landed after a newer Omni change (late, or one a person's softphone change overtook
 * before that Omni change came): the softphone goes where that change asks (B2 through the B13 check), unless the
 * landed state already agrees with it by the mapping. Returns whether a restore was decided.
 */
export function softphoneBackToNewerOmni(
    ctx: Ctx,
    engineState: EngineState,
    landed: OmniTarget | SoftphoneTarget
): boolean {
    const latest = engineState.latestChange;
    if (latest === null || latest.side !== 'omni' || latest.value.kind !== 'status') return false;
    if (landed.kind !== 'state' || engineState.softphone.presence !== 'loggedIn') return false;
    if (sidesAgree(ctx, latest.value.status, landed.state)) return false;
    if (isOnInteraction(engineState)) return false;
    const target = softphoneTargetFor(ctx, engineState, latest.value.status, 'B14');
    if (target === null) return false;
    restoreSoftphoneTo(ctx, engineState, target);
    return true;
}

/** The softphone is sent back to `target` by a B14 restore: the decision, then the target (through the B13 check). */
function restoreSoftphoneTo(ctx: Ctx, engineState: EngineState, target: SoftphoneTarget): void {
    decide(
        ctx,
        'B14',
        'restore',
        'restore_softphone',
        { softphone: describeSoftphone(target) },
        undefined,
        softphoneParams(target)
    );
    setSoftphoneTarget(ctx, engineState, target);
}

/**
 * At a reconnect or after a reload: the B14 restore of the latest Omni choice to carry on (decided by the caller,
 * `decideOmniRestore`: a softphone found changed while the sync was away may overrule it, B15), or null.
 * The earlier page had yet to send it (`OmniSide.restoreAtStart`): found still showing the status of
 * ours that overwrote that choice, Omni is put back; found elsewhere, a newer change came and stands.
 * Or the start-up read finds Omni showing the status of a call of ours sent before that choice (failed,
 * timed out, or the earlier page's): it landed over the choice while the console was away, and the
 * choice is put back as after any late landing.
 */
export function restoreAfterReload(engineState: EngineState): OmniTarget | null {
    const omni = engineState.omni;
    const restore = omni.restoreAtStart;
    delete omni.restoreAtStart;
    if (omni.presence !== 'online' || omni.status === null) return null;
    const latest = engineState.latestChange;
    if (latest?.side !== 'omni' || latest.value.kind !== 'status') return null;
    const found = { kind: 'status', status: omni.status } as const;
    if (omniMatches(latest.value, found)) return null;
    const carriedOn =
        restore !== undefined &&
        (omni.status === restore.over || restore.also?.includes(omni.status) === true) &&
        latest.value.status === restore.status;
    const decided = restore !== undefined && restore.landing !== true;
    if (!carriedOn && (decided || engineState.resumed !== true || engineState.reconcile !== 'startup')) return null;
    const landed =
        carriedOn ||
        (engineState.lateEchoes ?? []).some(
            (l) =>
                l.side === 'omni' &&
                l.target.kind === 'status' &&
                omniMatches(found, l.target) &&
                olderThanLatest(latest, l)
        );
    if (!landed) return null;
    return { kind: 'status', status: latest.value.status, rule: 'B14', mayLogin: false };
}

/** The decision of a B14 restore of Omni to `status`, for the audit. */
export function decideOmniRestore(ctx: Ctx, status: string): void {
    decide(ctx, 'B14', 'restore', 'restore_omni', { omni: status }, undefined, omniParams({ kind: 'status', status }));
}

/** Whether the latest change was recorded after `late` was issued (by the sequence of command ids, else by time). */
function olderThanLatest(latest: NonNullable<EngineState['latestChange']>, late: LateEcho): boolean {
    const issuedSeq = issuedSeqOf(late.id);
    return latest.seq !== undefined && Number.isSafeInteger(issuedSeq)
        ? latest.seq >= issuedSeq
        : latest.at !== undefined && latest.at > late.issuedAt;
}

/**
 * A restore of the latest Omni choice carried on over a reconnect or reload: the softphone, found (or
 * being brought) elsewhere, follows it (B2, through the B13 check), as it followed the choice itself
 * before the softphone command of it was lost with the frame or the page. Not during an interaction
 * (B11) nor while Salesforce work holds the softphone busy (B7, B8).
 */
export function softphoneFollowsRestore(ctx: Ctx, engineState: EngineState, restoring: OmniTarget): void {
    const sp = engineState.softphone;
    if (restoring.kind !== 'status' || sp.presence !== 'loggedIn' || isOnInteraction(engineState)) return;
    if (engineState.work.forced !== null) return;
    const projected = softphoneProjected(engineState);
    if (projected?.kind === 'state' && sidesAgree(ctx, restoring.status, projected.state)) {
        // Already there: the reconnect's target after the status being put right is dropped.
        if (sp.target?.kind === 'state' && !sidesAgree(ctx, restoring.status, sp.target.state)) sp.target = null;
        return;
    }
    const target = softphoneTargetFor(ctx, engineState, restoring.status, 'B14');
    if (target !== null) restoreSoftphoneTo(ctx, engineState, target);
}
