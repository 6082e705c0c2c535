/**
 * The command step: each side's target becomes at most one presence command at a time (one in flight,
 * none while a retry waits), with its id, its printed form and its audit decision.
 */
import { formatState } from '../mapping/compile';
import type {
    Command,
    DetailKey,
    InFlight,
    OmniSide,
    SoftphoneSide,
    EngineState,
    OmniTarget,
    SoftphoneTarget
} from './types';
import {
    type Ctx,
    sayOmniStaysOffline,
    decide,
    describeOmni,
    describeSoftphone,
    omniMatches,
    omniNow,
    softphoneNow
} from './context';
import { softphoneMeets } from './agreement';
import { heldLanded } from './targets';
import { heldStopsAtOffline } from './softphone-held';

/** A new command id, unique within the state: `prefix` and the state's sequence number. */
export function nextId(engineState: EngineState, prefix: string): string {
    engineState.seq += 1;
    return `${prefix}${engineState.seq}`;
}

/** The step sequence number an id from `nextId` carries (after its one-letter prefix); NaN for an id of another form. */
export function issuedSeqOf(id: string): number {
    return Number(id.slice(1));
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

/** The outcome parameters of a command: its side, what it sets, the command and its id (its result's `commandId`). */
export function commandParams(command: Command): Record<string, string> {
    if (command.side === 'omni') {
        const params: Record<string, string> = { side: 'omni', command: command.method, id: command.id };
        if (command.method === 'login' || command.method === 'setServicePresenceStatus') params.status = command.status;
        else if (command.method === 'logout') params.status = 'offline';
        else params.work = command.args.workId;
        return params;
    }
    const params: Record<string, string> = { side: 'softphone', command: command.type, id: command.id };
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
        overtaken: false,
        ...(command.side === 'omni' && command.method === 'login' ? { login: true } : {})
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
    if (omni.connectionError || omni.presence === 'unknown') {
        // No retry waits while the connection is lost, as at the error itself (omni-inputs.ts): one kept due
        // would ask for a wake-up at once, again and again; the connection's return steps the engine.
        if (omni.connectionError) omni.retry = null;
        return;
    }
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
                heldStopsAtOffline(ctx, engineState, target);
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
