/**
 * What a start-up or reconnect reconciliation (B13, B15) keeps: a command of ours still under way stays
 * wanted, and the agreement the sides are left in is what a command sent before must not undo should it
 * land afterwards (B14).
 */
import type { SoftphoneState } from '../mapping/types';
import type { EngineState, OmniTarget, OmniValue } from './types';
import { type Ctx, omniMatches, omniNow, softphoneNow } from './context';
import { setOmniTarget, setSoftphoneTarget, sidesAgree } from './commands';

/** Omni's target while a command for it is under way (not echoed, superseded or overtaken); else null. */
export function targetUnderWay(engineState: EngineState): OmniTarget | null {
    const { target, inFlight: flight } = engineState.omni;
    if (target === null || flight === null || flight.echoed || flight.superseded || flight.overtaken === true)
        return null;
    return omniMatches(target, flight.target) ? target : null;
}

/**
 * At a reconnect: what Omni was wanted to be, still to be reached (a target waiting to be sent, or met only by
 * the command under way), unless that is the Disconnect Status the softphone's going asked for (B17); else null.
 */
export function targetWanted(engineState: EngineState): OmniTarget | null {
    const target = engineState.omni.target;
    return target === null || target.rule === 'B17' ? null : target;
}

/** A login of ours for the softphone under way (B3, B15: not landed, overtaken or superseded): its target; else null. */
export function loginUnderWay(engineState: EngineState): OmniTarget | null {
    const flight = engineState.omni.inFlight;
    if (flight === null || flight.echoed || flight.superseded || flight.overtaken === true) return null;
    return flight.target.kind === 'status' && flight.target.mayLogin ? flight.target : null;
}

/**
 * Where Omni is being brought: the target `kept`, else the command of ours under way (not overtaken by a
 * genuine change or someone's logout, not landed), else where it is now. Only a login under way counts
 * when the softphone has `movedOn` (changed while the sync was away) from the state the command was for.
 */
export function omniGoingTo(engineState: EngineState, kept: OmniTarget | null, movedOn: boolean): OmniValue | null {
    const flight = engineState.omni.inFlight;
    const underWay =
        flight !== null && !flight.echoed && !flight.superseded && flight.overtaken !== true ? flight.target : null;
    const going = movedOn ? (underWay?.kind === 'status' && underWay.mayLogin ? underWay : null) : (kept ?? underWay);
    if (going === null) return omniNow(engineState);
    return going.kind === 'offline' ? { kind: 'offline' } : { kind: 'status', status: going.status };
}

/**
 * A command under way that the reconciliation did not replace stays wanted, so a failure is retried (B17), while
 * the softphone, where the reconciliation leaves or takes it, agrees with it (B13).
 */
export function keepWanted(ctx: Ctx, engineState: EngineState, kept: OmniTarget): void {
    const going = engineState.softphone.target ?? softphoneNow(engineState);
    const agrees =
        kept.kind === 'offline'
            ? going?.kind === 'loggedOut'
            : going?.kind === 'state' && sidesAgree(ctx, kept.status, going.state);
    // A target the reconciliation set for the same value gives way to it: a login stays a login (B3).
    const target = engineState.omni.target;
    const same =
        target !== null &&
        (target.kind === 'offline'
            ? kept.kind === 'offline'
            : omniMatches(kept, { kind: 'status', status: target.status }));
    if ((target === null || same) && agrees) engineState.omni.target = kept;
}

/** Omni is brought to a status: a call of ours sent before that lands afterwards is put right to it (B14). */
export function keepReconciledTarget(engineState: EngineState): void {
    const going = engineState.omni.target;
    if (going?.kind === 'status' && engineState.lateEchoes !== undefined)
        engineState.lateEchoes = engineState.lateEchoes.map((l) =>
            l.side === 'omni' && l.target.kind === 'status' && l.target.status !== going.status
                ? { ...l, putBack: going.status }
                : l
        );
}

/**
 * The reconciliation left Omni's status as it is and brings the softphone to agree with it: that is the
 * agreement a command of ours sent before it must not undo when it lands afterwards (B13, B15).
 */
export function keepReconciled(ctx: Ctx, engineState: EngineState): void {
    const omni = engineState.omni;
    const sp = engineState.softphone;
    if (omni.presence !== 'online' || omni.status === null || omni.target !== null || sp.presence !== 'loggedIn')
        return;
    const state = sp.target?.kind === 'state' ? sp.target.state : sp.state;
    if (state !== null && sidesAgree(ctx, omni.status, state)) keepAgreement(ctx, engineState, omni.status, state);
}

/**
 * The sides agree now, but a command of ours still under way (sent before the reconnect) would take one
 * side away from that agreement when it lands: the side is to come back to where it is now (B13, B15).
 */
export function keepAgreement(ctx: Ctx, engineState: EngineState, status: string, state: SoftphoneState): void {
    // A command that carries the latest choice made on Omni (a restore of the agent's pick) goes on.
    const latest = engineState.latestChange;
    const carriesLatest = (target: string) =>
        latest !== null && latest.side === 'omni' && omniMatches(latest.value, { kind: 'status', status: target });
    const omniFlight = engineState.omni.inFlight;
    if (
        omniFlight !== null &&
        !omniFlight.echoed &&
        omniFlight.target.kind === 'status' &&
        !carriesLatest(omniFlight.target.status) &&
        !sidesAgree(ctx, omniFlight.target.status, state)
    )
        setOmniTarget(ctx, engineState, { kind: 'status', status, rule: 'B15', mayLogin: false });
    // So too a call that failed, timed out or was under way on the earlier page, should it land.
    if ((engineState.lateEchoes ?? []).some((l) => l.side === 'omni'))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).map((l) =>
            l.side === 'omni' &&
            l.target.kind === 'status' &&
            !carriesLatest(l.target.status) &&
            !sidesAgree(ctx, l.target.status, state)
                ? { ...l, putBack: status }
                : l
        );
    const spFlight = engineState.softphone.inFlight;
    if (
        spFlight !== null &&
        !spFlight.echoed &&
        spFlight.target.kind === 'state' &&
        !sidesAgree(ctx, status, spFlight.target.state)
    )
        setSoftphoneTarget(ctx, engineState, { kind: 'state', state, rule: 'B15' });
}
