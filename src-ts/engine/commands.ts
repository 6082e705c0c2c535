/**
 * Targets and commands: rules set what each side should become, and each side's command step
 * turns that into at most one command at a time. Echoes of our own commands are recognised
 * and never propagated (B12); a stale command that overwrote a newer change is undone (B14).
 */
import { formatState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type {
    Command,
    DetailKey,
    InFlight,
    LateEcho,
    OmniSide,
    SoftphoneSide,
    EngineState,
    OmniTarget,
    OmniValue,
    Side,
    SoftphoneTarget,
    SoftphoneValue
} from './types';
import type { EchoSource } from './attribution';
import { omniTargetFor, softphoneTargetFor } from './lookup';
import {
    type Ctx,
    sayOmniStaysOffline,
    decide,
    describeOmni,
    describeSoftphone,
    isOnInteraction,
    omniMatches,
    omniNow,
    omniParams,
    omniProjected,
    softphoneMatches,
    softphoneParams,
    softphoneNow,
    softphoneProjected
} from './context';

// ─── Targets and commands ────────────────────────────────────────────────────

/**
 * Makes `target` what Omni should become (B13: nothing to do when it already is, or will be once the
 * command in flight lands); the command step sends the command when it may.
 */
export function setOmniTarget(ctx: Ctx, engineState: EngineState, target: OmniTarget | null): void {
    if (target === null) return;
    // While a logout stands, Omni is online only by a call of ours being undone (B16): no status
    // replaces that undo, nor keeps the agent online.
    const omni = engineState.omni;
    if (omni.logoutStands === true && omni.presence === 'online' && target.kind === 'status' && !target.mayLogin) {
        decide(ctx, 'B16', 'omni-offline', 'omni_offline_no_login', { status: target.status });
        return;
    }
    if (omniMatches(target, omniProjected(engineState))) {
        const flight = omni.inFlight;
        // Met only by the command in flight: should it fail, this want still stands (B17).
        if (flight !== null && !omniMatches(target, omniNow(engineState)))
            omni.inFlight = { ...flight, wantedAgain: true };
        // A logout already wanted stays wanted while its command is in flight, so that a failure of it
        // is retried rather than written off as met (B17).
        const stillWanted = target.kind === 'offline' && omni.target?.kind === 'offline' && omni.inFlight !== null;
        if (!stillWanted) omni.target = null;
        decide(ctx, 'B13', 'already', 'omni_already', { omni: describeOmni(target) });
        return;
    }
    engineState.omni.target = target;
}

/** Makes `target` what the softphone should become (B13 as for Omni); the command step sends it when it may. */
export function setSoftphoneTarget(ctx: Ctx, engineState: EngineState, target: SoftphoneTarget | null): void {
    if (target === null) return;
    if (softphoneMeets(ctx, target, softphoneProjected(engineState))) {
        const flight = engineState.softphone.inFlight;
        if (flight !== null && !softphoneMeets(ctx, target, softphoneNow(engineState)))
            engineState.softphone.inFlight = { ...flight, wantedAgain: true };
        engineState.softphone.target = null;
        decide(ctx, 'B13', 'already', 'softphone_already', { softphone: describeSoftphone(target) });
        return;
    }
    engineState.softphone.target = target;
}

/**
 * Whether the softphone's value meets a target (B13): both logged out, or the state fits the target
 * (`softphoneFits`: a target without a minor state is met by another minor state only when that state
 * maps as the major state alone does).
 */
export function softphoneMeets(ctx: Ctx, target: SoftphoneTarget, value: SoftphoneValue | null): boolean {
    if (value === null) return false;
    if (target.kind === 'loggedOut' || value.kind === 'loggedOut') return target.kind === value.kind;
    return softphoneFits(ctx, target.state, value.state);
}

/** A new command id, unique within the state: `prefix` and the state's sequence number. */
export function nextId(engineState: EngineState, prefix: string): string {
    engineState.seq += 1;
    return `${prefix}${engineState.seq}`;
}

/** A command as the audit, the scenarios and the tests print it, e.g. `omni setServicePresenceStatus Lunch`. */
export function formatCommand(command: Command): string {
    if (command.side === 'omni') {
        switch (command.method) {
            case 'login':
            case 'setServicePresenceStatus':
                return `omni ${command.method} ${command.status}`;
            case 'logout':
                return 'omni logout';
            case 'declineAgentWork':
                return `omni declineAgentWork ${command.args.workId}${command.args.declineReason ? ` (${command.args.declineReason})` : ''}`;
            default:
                return `omni ${command.method} ${command.args.workId}`;
        }
    }
    switch (command.type) {
        case 'setState':
            return `softphone setState ${formatState(command.state)}`;
        case 'logout':
            return 'softphone logout';
        case 'workItem':
            return `softphone workItem ${command.event} ${command.workId}`;
    }
}

/** The outcome parameters of a command: its side, what it sets, and the command. */
export function commandParams(command: Command): Record<string, string> {
    if (command.side === 'omni') {
        const params: Record<string, string> = { side: 'omni', command: command.method };
        if (command.method === 'login' || command.method === 'setServicePresenceStatus') params.status = command.status;
        else if (command.method === 'logout') params.status = 'offline';
        else params.work = command.args.workId;
        return params;
    }
    const params: Record<string, string> = { side: 'softphone', command: command.type };
    if (command.type === 'setState') {
        params.state = command.state.major;
        if (command.state.minor !== null) params.minor = command.state.minor;
    } else if (command.type === 'logout') params.state = 'loggedOut';
    else params.work = command.workId;
    return params;
}

/** Issues a command and records its decision (outcome `command`). */
export function emit(
    ctx: Ctx,
    command: Command,
    detailKey: DetailKey,
    detailParams: Readonly<Record<string, string>>
): void {
    ctx.commands.push(command);
    decide(ctx, command.rule, 'command', detailKey, detailParams, [formatCommand(command)], commandParams(command));
}

/** Sends a presence command and returns its in-flight record. */
function launch<T extends OmniTarget | SoftphoneTarget>(
    ctx: Ctx,
    command: Command,
    target: T,
    attempt: number
): InFlight<T> {
    if (command.side === 'omni') {
        const omni = describeOmni(target as OmniTarget);
        if (attempt > 1) emit(ctx, command, 'set_omni_retry', { omni, attempt: String(attempt) });
        else emit(ctx, command, 'set_omni', { omni });
    } else {
        const softphone = describeSoftphone(target as SoftphoneTarget);
        if (attempt > 1) emit(ctx, command, 'set_softphone_retry', { softphone, attempt: String(attempt) });
        else emit(ctx, command, 'set_softphone', { softphone });
    }
    return {
        id: command.id,
        target,
        rule: target.rule,
        attempt,
        issuedAt: ctx.now,
        superseded: false,
        echoed: false,
        overtaken: false
    };
}

/**
 * Whether a side's command step must not act now: nothing to do (and so no retry plan to keep), a
 * command in flight, a retry not yet due, or an uncertain state after a success.
 */
function mustWait(side: OmniSide | SoftphoneSide, now: number): boolean {
    if (side.target === null) {
        side.retry = null;
        return true;
    }
    if (side.inFlight !== null) return true;
    if (side.retry !== null && side.retry.at > now) return true;
    return side.expect?.uncertain === true && side.expect.until > now;
}

/**
 * Sends the command towards Omni's target when one may go: one presence command in flight, none while
 * a retry waits, Omni is unknown or in connection error, or the sync is switched off.
 */
export function commandOmni(ctx: Ctx, engineState: EngineState): void {
    const omni = engineState.omni;
    const target = omni.target;
    if (mustWait(omni, ctx.now) || target === null) return;
    if (omni.connectionError || omni.presence === 'unknown') return;
    if (!ctx.mapping.settings.syncEnabled) {
        omni.target = null;
        decide(ctx, 'off', 'sync-disabled', 'sync_off_omni', { omni: describeOmni(target) });
        return;
    }
    if (omniMatches(target, omniNow(engineState))) {
        omni.target = null;
        omni.retry = null;
        return;
    }
    const attempt = omni.retry?.attempt ?? 1;
    omni.retry = null;
    let command: Command;
    if (target.kind === 'offline') {
        command = { side: 'omni', id: nextId(engineState, 'o'), rule: target.rule, method: 'logout', args: {} };
    } else {
        const status = ctx.mapping.statusByName(target.status);
        if (status === null) {
            omni.target = null;
            decide(ctx, 'B9', 'unknown-status', 'status_unavailable', { status: target.status });
            return;
        }
        if (omni.presence === 'offline' || (omni.logoutStands === true && !target.mayLogin)) {
            // B16: setting a status would log an offline agent in; only B3 may do that, and by login().
            // While a logout stands, Omni is online only by a call of ours being undone: no status either.
            if (!target.mayLogin) {
                omni.target = null;
                decide(ctx, 'B16', 'omni-offline', 'omni_offline_no_login', { status: status.developerName });
                // Said, unless a notice already says who logged the agent out.
                sayOmniStaysOffline(engineState, ['omni-supervisor-logout']);
                return;
            }
            command = {
                side: 'omni',
                id: nextId(engineState, 'o'),
                rule: target.rule,
                method: 'login',
                args: { statusId: status.id },
                status: status.developerName
            };
        } else {
            command = {
                side: 'omni',
                id: nextId(engineState, 'o'),
                rule: target.rule,
                method: 'setServicePresenceStatus',
                args: { statusId: status.id },
                status: status.developerName
            };
        }
    }
    omni.inFlight = launch(ctx, command, target, attempt);
}

/**
 * Sends the command towards the softphone's target when one may go: one presence command in flight,
 * none while a retry waits or the sync is switched off.
 */
export function commandSoftphone(ctx: Ctx, engineState: EngineState): void {
    // A held change whose Omni part was all that was left has landed once Omni's B11 target is done (B11).
    heldLanded(ctx, engineState);
    const softphone = engineState.softphone;
    const target = softphone.target;
    if (mustWait(softphone, ctx.now) || target === null) return;
    if (!ctx.mapping.settings.syncEnabled) {
        softphone.target = null;
        decide(ctx, 'off', 'sync-disabled', 'sync_off_softphone', { softphone: describeSoftphone(target) });
        return;
    }
    if (!softphone.connected || softphone.presence !== 'loggedIn') {
        softphone.target = null;
        // A held change waits for the softphone to come back (B11, B15).
        if (target.rule === 'B11') engineState.heldApplying = false;
        if (target.kind === 'state') {
            decide(ctx, target.rule, 'softphone-unavailable', 'softphone_out_not_set', {
                softphone: describeSoftphone(target)
            });
        }
        return;
    }
    if (softphoneMeets(ctx, target, softphoneNow(engineState))) {
        softphone.target = null;
        softphone.retry = null;
        // Already where the held change wanted it: it has landed (B11).
        if (target.rule === 'B11') heldLanded(ctx, engineState);
        return;
    }
    // Reserved states are the contact centre's: only the admin's B7/B8 busy state may target one.
    if (
        target.kind === 'state' &&
        target.rule !== 'B7' &&
        target.rule !== 'B8' &&
        ctx.mapping.isReserved(target.state)
    ) {
        softphone.target = null;
        decide(ctx, 'B6', 'reserved-target', 'reserved_not_set', { state: formatState(target.state) }, undefined, {
            side: 'softphone',
            state: target.state.major,
            ...(target.state.minor === null ? {} : { minor: target.state.minor })
        });
        return;
    }
    const attempt = softphone.retry?.attempt ?? 1;
    softphone.retry = null;
    const command: Command =
        target.kind === 'loggedOut'
            ? { side: 'softphone', id: nextId(engineState, 's'), rule: target.rule, type: 'logout' }
            : {
                  side: 'softphone',
                  id: nextId(engineState, 's'),
                  rule: target.rule,
                  type: 'setState',
                  state: ctx.mapping.canonical(target.state)
              };
    softphone.inFlight = launch(ctx, command, target, attempt);
}

// ─── Echoes and genuine changes (B12, B14) ───────────────────────────────────

export type { EchoSource } from './attribution';

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
 * command may put back (B6). Omni has the status that state gave it, or a newer one: the softphone goes
 * where that status maps (B2, through the B13 check), never Omni after our stale state (B12), so the
 * sides agree and the agent stays as unroutable as the wrap made them. A change held for the call's end
 * applies then (B11); a status whose row names a reserved state (the call's own) leaves it as it is.
 */
function softphoneFollowsOmni(
    ctx: Ctx,
    engineState: EngineState,
    reserved: SoftphoneState,
    landed: SoftphoneState
): void {
    if (engineState.held !== null || engineState.omni.presence !== 'online') return;
    const going = engineState.omni.target ?? omniProjected(engineState);
    if (going?.kind !== 'status' || sidesAgree(ctx, going.status, landed)) return;
    const row = ctx.mapping.omniToSoftphone(going.status);
    if (row.kind === 'state' && ctx.mapping.isReserved(row.state)) return;
    const target = softphoneTargetFor(ctx, engineState, going.status, 'B14');
    if (target === null) return;
    decide(ctx, 'B6', 'reserved-target', 'reserved_not_set', { state: formatState(reserved) });
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
    const latest = engineState.latestChange;
    if (latest === null) return false;
    // Newer than the command: recorded after it was issued (by the sequence of command ids, else by time).
    const issuedSeq = Number(late.id.slice(1));
    const newer =
        latest.seq !== undefined && Number.isSafeInteger(issuedSeq)
            ? latest.seq >= issuedSeq
            : latest.at !== undefined && latest.at > late.issuedAt;
    if (!newer) return false;
    if (latest.side === late.side) return restoreIfOvertaken(ctx, engineState, late.side, late.target);
    if (late.side === 'softphone' && latest.side === 'omni') return softphoneBackToOmni(ctx, engineState, late);
    if (late.side !== 'omni' || late.target.kind !== 'status' || latest.side !== 'softphone') return false;
    // The softphone logged out since the command was sent: Omni goes offline again with it (B4).
    if (
        engineState.softphone.presence === 'loggedOut' &&
        latest.value.kind === 'loggedOut' &&
        ctx.mapping.settings.logoutOmniOnSoftphoneLogout &&
        engineState.omni.presence === 'online'
    ) {
        decide(ctx, 'B14', 'restore', 'restore_omni', { omni: 'offline' }, undefined, {
            side: 'omni',
            status: 'offline'
        });
        setOmniTarget(ctx, engineState, { kind: 'offline', rule: 'B4' });
        return true;
    }
    // The softphone as it is now (a reload may have found it elsewhere than its last recorded change).
    const sp = softphoneNow(engineState) ?? latest.value;
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
 * A softphone command of ours landed after a newer Omni change: the softphone goes where that change
 * asks (B2 through the B13 check), unless the landed state already agrees with it by the mapping.
 */
function softphoneBackToOmni(ctx: Ctx, engineState: EngineState, late: LateEcho): boolean {
    const latest = engineState.latestChange;
    if (latest === null || latest.side !== 'omni' || latest.value.kind !== 'status') return false;
    if (late.target.kind !== 'state' || engineState.softphone.presence !== 'loggedIn') return false;
    if (sidesAgree(ctx, latest.value.status, late.target.state)) return false;
    if (isOnInteraction(engineState)) return false;
    const target = softphoneTargetFor(ctx, engineState, latest.value.status, 'B14');
    if (target === null) return false;
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
    return true;
}

/**
 * Whether an Omni status and a softphone state already agree by the mapping in either direction: the
 * state maps (softphone → Omni) to the status, or the status maps (Omni → softphone) to the state, a
 * target without a minor state being met by a state whose own mapping says the same (B13, B15).
 */
export function sidesAgree(ctx: Ctx, status: string, state: SoftphoneState): boolean {
    // The admin's rows (and the Busy box) only: an unmapped default is not an agreement (B9).
    const up = ctx.mapping.softphoneToOmni(state);
    if (up.kind === 'status' && up.via !== 'fallback' && up.status.toLowerCase() === status.toLowerCase()) return true;
    const down = ctx.mapping.omniToSoftphone(status);
    if (down.kind !== 'state' || down.via === 'fallback' || ctx.mapping.isReserved(down.state)) return false;
    return softphoneFits(ctx, down.state, state);
}

/**
 * Whether the softphone's state meets a target state: the same state, or the target names no minor
 * state and the softphone's state maps (softphone → Omni) as the target's major state alone does. A
 * softphone in Away / Lunch does not meet a target Away that maps elsewhere: its Lunch would map
 * back to Lunch and undo the status that asked for Away (B13).
 */
export function softphoneFits(ctx: Ctx, target: SoftphoneState, state: SoftphoneState): boolean {
    if (target.major.toLowerCase() !== state.major.toLowerCase()) return false;
    if (target.minor !== null || state.minor === null)
        return (target.minor ?? '').toLowerCase() === (state.minor ?? '').toLowerCase() || target.minor === null;
    const a = ctx.mapping.softphoneToOmni(state);
    const b = ctx.mapping.softphoneToOmni(target);
    if (a.kind !== b.kind) return false;
    return a.kind !== 'status' || (b.kind === 'status' && a.status.toLowerCase() === b.status.toLowerCase());
}

/** The echo of a command of ours: recorded, never propagated (B12). */
export function acceptOmniEcho(
    ctx: Ctx,
    engineState: EngineState,
    source: EchoSource,
    value: OmniValue,
    late: LateEcho | null = null
): void {
    const flight = source === 'inFlight' ? engineState.omni.inFlight : null;
    if (late !== null) {
        decide(ctx, 'B12', 'echo', late.earlier ? 'echo_omni_earlier_page' : 'echo_omni_late', {
            omni: describeOmni(value)
        });
        restoreAfterLateLanding(ctx, engineState, late);
        return;
    }
    const expected = source === 'expect' ? engineState.omni.expect : null;
    if (expected !== null) {
        engineState.omni.expect = { ...expected, uncertain: false, superseded: false };
        if (expected.superseded === true && restoreIfOvertaken(ctx, engineState, 'omni', expected.target)) return;
    }
    if (flight) {
        engineState.omni.inFlight = { ...flight, echoed: true };
        // Omni reports its changes in order: an earlier command's second echo cannot follow this one, so
        // an event matching it from now on is someone's change (attribution, B11, B12).
        if (engineState.omni.expect !== null && engineState.omni.expect.id !== flight.id)
            engineState.omni.expect = null;
        if (flight.superseded && restoreIfOvertaken(ctx, engineState, 'omni', flight.target)) return;
    }
    decide(ctx, 'B12', 'echo', 'echo_omni', { omni: describeOmni(value) });
}

/** Takes a softphone report as the echo of our own command (B12): it settles that command and is not a genuine change. */
export function acceptSoftphoneEcho(
    ctx: Ctx,
    engineState: EngineState,
    source: EchoSource,
    value: SoftphoneValue,
    late: LateEcho | null = null
): void {
    const flight = source === 'inFlight' ? engineState.softphone.inFlight : null;
    // A held change whose command timed out and then landed has landed all the same (B11).
    const expected = source === 'expect' ? engineState.softphone.expect : null;
    if ((expected?.target.rule === 'B11' || late?.target.rule === 'B11') && engineState.heldApplying === true)
        heldLanded(ctx, engineState);
    if (late !== null) {
        engineState.softphone.selfReserved = false;
        decide(ctx, 'B12', 'echo', 'echo_softphone', { softphone: describeSoftphone(value) });
        restoreAfterLateLanding(ctx, engineState, late);
        return;
    }
    // A state this sync put the softphone in is never a call of its own (B7, B11).
    engineState.softphone.selfReserved = false;
    if (expected !== null) {
        engineState.softphone.expect = { ...expected, uncertain: false, superseded: false };
        // A held change that landed goes over the contact centre's after-call state (B11): not put back.
        if (
            expected.superseded === true &&
            expected.target.rule !== 'B11' &&
            restoreIfOvertaken(ctx, engineState, 'softphone', expected.target)
        )
            return;
    }
    if (flight) {
        engineState.softphone.inFlight = { ...flight, echoed: true };
        if (flight.rule === 'B11' && !flight.superseded) heldLanded(ctx, engineState);
        if (flight.superseded && restoreIfOvertaken(ctx, engineState, 'softphone', flight.target)) return;
    }
    decide(ctx, 'B12', 'echo', 'echo_softphone', { softphone: describeSoftphone(value) });
}

/** The softphone confirmed the held change (B11): it has landed and is no longer held. */
export function heldLanded(ctx: Ctx, engineState: EngineState): void {
    if (engineState.held === null || engineState.heldApplying !== true) return;
    // Each side it still has to reach keeps it held; the last one to get there lands it.
    const omniTarget = engineState.omni.target;
    const softphoneTarget = engineState.softphone.target;
    const omniThere =
        omniTarget?.rule !== 'B11' ||
        (omniMatches(omniTarget, omniNow(engineState)) && omniMatches(omniTarget, omniProjected(engineState)));
    if (!omniThere) return;
    if (softphoneTarget?.rule === 'B11' && !softphoneMeets(ctx, softphoneTarget, softphoneNow(engineState))) return;
    decide(
        ctx,
        'B11',
        'held-landed',
        'held_landed',
        { omni: describeOmni(engineState.held) },
        undefined,
        omniParams(engineState.held)
    );
    // The agent's held choice, now applied, is the latest change: a late landing of an older command
    // is put right towards it, not towards the contact centre's state it was applied over (B14).
    engineState.latestChange = { side: 'omni', value: engineState.held, at: ctx.now, seq: engineState.seq };
    engineState.held = null;
    engineState.heldApplying = false;
}

/**
 * A logout this sync did not ask for arrived after a command was issued: the session that command
 * was for is gone, so its later success does not bring the side back (B14, B16). A status change
 * does not mark it: then success means the command landed after that change.
 */
export function markOvertaken(side: OmniSide | SoftphoneSide): void {
    if (side.inFlight !== null && side.inFlight.overtaken !== true)
        side.inFlight = { ...side.inFlight, overtaken: true };
}

/** A change on Omni that the sync did not make: it is the latest change now, and overtakes any command of ours (B14). */
export function recordOmniChange(ctx: Ctx, engineState: EngineState, value: OmniValue): void {
    const omni = engineState.omni;
    // Echoed or not: an echo of it that comes after this change is a landing after a newer change (B14).
    if (omni.inFlight) omni.inFlight = { ...omni.inFlight, superseded: true };
    // A finished command's echo precedes any later change on the same side.
    omni.expect = null;
    omni.target = null;
    omni.retry = null;
    omni.lastChangeAt = ctx.now;
    engineState.latestChange = { side: 'omni', value, at: ctx.now, seq: engineState.seq };
    forgetPutBack(engineState);
    // A held change that has been applied is done once a newer Omni change comes (B11).
    engineState.heldSettled = null;
}

/** A genuine change came after a reconnect's agreement: a late landing puts back that change, not the agreement. */
function forgetPutBack(engineState: EngineState): void {
    if ((engineState.lateEchoes ?? []).some((l) => l.putBack !== undefined))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).map((l) => {
            const kept = { ...l };
            delete kept.putBack;
            return kept;
        });
}

/** A genuine softphone change (B14): it supersedes our command in flight and any target or retry, and becomes the latest change. */
export function recordSoftphoneChange(ctx: Ctx, engineState: EngineState, value: SoftphoneValue): void {
    const softphone = engineState.softphone;
    if (softphone.inFlight) softphone.inFlight = { ...softphone.inFlight, superseded: true };
    softphone.expect = null;
    softphone.target = null;
    softphone.retry = null;
    softphone.since = ctx.now;
    engineState.latestChange = { side: 'softphone', value, at: ctx.now, seq: engineState.seq };
    forgetPutBack(engineState);
}
