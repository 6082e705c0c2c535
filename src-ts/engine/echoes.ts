/**
 * Echoes and genuine changes (B12, B14): the echo of a command of ours is recorded and never
 * propagated, and settles that command; a change the sync did not make becomes the latest change and
 * overtakes any command of ours (put back by restore.ts should that command land after it).
 */
import type {
    EngineState,
    LateEcho,
    OmniSide,
    OmniTarget,
    OmniValue,
    Side,
    SoftphoneSide,
    SoftphoneValue
} from './types';
import type { EchoSource } from './attribution';
import { type Ctx, decide, describeOmni, describeSoftphone } from './context';
import { restoreAfterLateLanding, restoreIfOvertaken } from './restore';
import { heldLanded } from './targets';
import { sidesAgree } from './agreement';

/** The echo of a command of ours: recorded, never propagated (B12). */
export function acceptOmniEcho(
    ctx: Ctx,
    engineState: EngineState,
    source: EchoSource,
    value: OmniValue,
    late: LateEcho | null = null
): void {
    const flight = source === 'inFlight' ? engineState.omni.inFlight : null;
    // A call this page sent has landed (in flight, expected or late): the earlier page's are behind it.
    if (late === null ? source === 'inFlight' || source === 'expect' : !late.earlier) earlierPageBehind(engineState);
    if (late !== null) {
        // Omni reports in order: a finished command's second echo cannot follow another call's landing, so the
        // same value from now on is someone's change, as after a landing in flight below (B12).
        const done = engineState.omni.expect;
        if (done !== null && done.echoed === true && done.id !== late.id) engineState.omni.expect = null;
        // So for a status call under way whose echo came, its result still to come: the same status from now on
        // is a person's pick, unless Omni marks it a toolkit call (its own landing, `behind`).
        const flight = engineState.omni.inFlight;
        if (flight !== null && flight.echoed && flight.target.kind === 'status' && flight.id !== late.id)
            engineState.omni.inFlight = { ...flight, behind: true };
        decide(ctx, 'B12', 'echo', late.earlier ? 'echo_omni_earlier_page' : 'echo_omni_late', {
            omni: describeOmni(value)
        });
        restoreAfterLateLanding(ctx, engineState, late);
        return;
    }
    const expected = source === 'expect' ? engineState.omni.expect : null;
    if (expected !== null) {
        engineState.omni.expect = { ...expected, uncertain: false, superseded: false, echoed: true };
        // Its result came first (what was taken for its echo was a person's pick): the same as below.
        if (
            expected.superseded === true &&
            (restoreIfOvertaken(ctx, engineState, 'omni', expected.target) ||
                omniBackToNewerSoftphone(ctx, engineState, { ...expected, issuedAt: -Infinity }))
        )
            return;
    }
    if (flight) {
        engineState.omni.inFlight = { ...flight, echoed: true };
        // Omni reports its changes in order: an earlier command's second echo cannot follow this one, so
        // an event matching it from now on is someone's change (attribution, B11, B12).
        if (engineState.omni.expect !== null && engineState.omni.expect.id !== flight.id)
            engineState.omni.expect = null;
        if (
            flight.superseded &&
            (restoreIfOvertaken(ctx, engineState, 'omni', flight.target) ||
                omniBackToNewerSoftphone(ctx, engineState, flight))
        )
            return;
    }
    decide(ctx, 'B12', 'echo', 'echo_omni', { omni: describeOmni(value) });
}

/**
 * A status call of ours overtaken by a person's Omni change has landed, and a softphone change came since
 * that Omni change: Omni goes back to the softphone's mapping (B14; a change held for the call's end stays
 * held, B11), unless the sync is taking the softphone, since that change, to a state this landing agrees
 * with (B15 sent it back to Omni's newer status). Returns whether a restore was decided.
 */
function omniBackToNewerSoftphone(
    ctx: Ctx,
    engineState: EngineState,
    landed: { id: string; target: OmniTarget; issuedAt: number }
): boolean {
    const going = engineState.softphone.target;
    if (engineState.held !== null || engineState.latestChange?.side !== 'softphone') return false;
    if (
        going?.kind === 'state' &&
        landed.target.kind === 'status' &&
        sidesAgree(ctx, landed.target.status, going.state)
    )
        return false;
    const { id, target, issuedAt } = landed;
    return restoreAfterLateLanding(ctx, engineState, {
        side: 'omni',
        id,
        target,
        issuedAt,
        until: ctx.now,
        earlier: false,
        toolkitOnly: false
    });
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
    // A state of ours that no record awaits any more (it landed after its late window) is a late landing
    // too: sent before any change now on record, it is put right towards the latest one (B14).
    const landed: LateEcho | null =
        late ??
        (source === 'stale' && value.kind === 'state'
            ? {
                  side: 'softphone',
                  id: 'stale',
                  target: { kind: 'state', state: value.state, rule: 'B12' },
                  issuedAt: -Infinity,
                  until: ctx.now,
                  earlier: false,
                  toolkitOnly: false
              }
            : null);
    if (landed !== null) {
        engineState.softphone.selfReserved = false;
        decide(ctx, 'B12', 'echo', 'echo_softphone', { softphone: describeSoftphone(value) });
        restoreAfterLateLanding(ctx, engineState, landed);
        return;
    }
    // A state this sync put the softphone in is never a call of its own (B7, B11).
    engineState.softphone.selfReserved = false;
    if (expected !== null) {
        engineState.softphone.expect = { ...expected, uncertain: false, superseded: false };
        // Its result came first: put right as a landing in flight below, a held change's too (B11): one a person's
        // change overtook (the agent's logout, login or pick) is no longer the agent's latest choice (B14).
        if (expected.superseded === true && restoreIfOvertaken(ctx, engineState, 'softphone', expected.target)) return;
    }
    if (flight) {
        engineState.softphone.inFlight = { ...flight, echoed: true };
        if (flight.rule === 'B11' && !flight.superseded) heldLanded(ctx, engineState);
        if (flight.superseded && restoreIfOvertaken(ctx, engineState, 'softphone', flight.target)) return;
    }
    decide(ctx, 'B12', 'echo', 'echo_softphone', { softphone: describeSoftphone(value) });
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
    if (omni.inFlight)
        omni.inFlight = { ...omni.inFlight, superseded: true, ...(omni.inFlight.echoed ? { behind: true } : {}) };
    // A finished command's echo precedes any later change on the same side (the earlier page's too).
    omni.expect = null;
    forgetLanded(engineState, 'omni');
    omni.target = null;
    omni.retry = null;
    omni.lastChangeAt = ctx.now;
    engineState.latestChange = { side: 'omni', value, at: ctx.now, seq: engineState.seq };
    forgetPutBack(engineState);
    // A held change that has been applied is done once a newer Omni change comes (B11).
    engineState.heldSettled = null;
}

/**
 * The earlier page's commands on `side` that surely landed: their echo came before a genuine change there, and
 * before the landing of a call this page sent (`ours`; Omni reports in order), which leaves the claims kept for a
 * call whose landing a twin's may have taken (B12).
 */
function forgetLanded(engineState: EngineState, side: Side, ours = false): void {
    const gone = (l: LateEcho) => l.side === side && l.landed === true && !(ours && l.twin === true);
    if ((engineState.lateEchoes ?? []).some(gone))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).filter((l) => !gone(l));
}

/**
 * A call this page sent has landed on Omni, which reports in order: the earlier page's calls whose result said
 * they landed did so before it, and claim nothing more; one that may still land claims from now on only an event
 * Omni marks as a toolkit call, its own landing, never a person's pick of its status (B12).
 */
function earlierPageBehind(engineState: EngineState): void {
    forgetLanded(engineState, 'omni', true);
    const open = (l: LateEcho) => l.side === 'omni' && l.earlier && l.target.kind === 'status' && !l.toolkitOnly;
    if ((engineState.lateEchoes ?? []).some(open))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).map((l) => (open(l) ? { ...l, toolkitOnly: true } : l));
}

/** A genuine change came after a reconnect's agreement: a late landing puts back that change, not the agreement. */
export function forgetPutBack(engineState: EngineState): void {
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
    forgetLanded(engineState, 'softphone');
    softphone.target = null;
    softphone.retry = null;
    softphone.since = ctx.now;
    delete softphone.outByOurs;
    engineState.latestChange = { side: 'softphone', value, at: ctx.now, seq: engineState.seq };
    forgetPutBack(engineState);
}
