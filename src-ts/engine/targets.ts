/**
 * Targets: what each side should become (B13: nothing to do when it already is, or will be once the
 * command in flight lands), and the landing of a change held for the end of an interaction (B11).
 * The command step (command-step.ts) sends the commands towards these targets.
 */
import type { EngineState, OmniTarget, OmniValue, RuleId, SoftphoneTarget } from './types';
import {
    type Ctx,
    decide,
    describeOmni,
    describeSoftphone,
    omniMatches,
    omniNow,
    omniParams,
    omniProjected,
    softphoneNow,
    softphoneProjected
} from './context';
import { sidesAgree, softphoneMeets } from './agreement';
import { heldFindsOmniOffline } from './softphone-held';

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
    // A command a logout overtook brings Omni back in no one's belief (B16): it meets no want.
    const projected = omni.inFlight?.overtaken === true ? omniNow(engineState) : omniProjected(engineState);
    if (omniMatches(target, projected)) {
        const flight = omni.inFlight;
        // Met only by the command in flight: should it fail, this want still stands (B17). A decision made
        // after the status change that overtook it wants it again: it is no longer overtaken (as for the
        // softphone). One overtaken by a logout stays so: a status call never logs the agent back in (B16).
        const now = omniNow(engineState);
        if (flight !== null && !omniMatches(target, now))
            omni.inFlight = {
                ...flight,
                wantedAgain: true,
                ...(now?.kind === 'status' ? { superseded: false } : {}),
                ...wantedBy(flight, target)
            };
        // Echoed, for another value, Omni here since by another's landing: what was taken for its echo may have been
        // a person's twin, and its own landing, after this newer want, is put right (B12, B14).
        else if (flight !== null && flight.echoed && !flight.superseded && !omniMatches(flight.target, now))
            omni.inFlight = { ...flight, superseded: true };
        // A logout wanted while a logout of ours is in flight stays wanted, so that a failure of it is retried
        // rather than written off as met (B17), also when that logout was overtaken before this want came.
        const stillWanted =
            target.kind === 'offline' &&
            omni.inFlight !== null &&
            (omni.target?.kind === 'offline' || omni.inFlight.target.kind === 'offline');
        omni.target = stillWanted ? target : null;
        decide(ctx, 'B13', 'already', 'omni_already', { omni: describeOmni(target) });
        return;
    }
    engineState.omni.target = target;
}

/**
 * A command carrying a held change (B11) that another rule's want takes for its own: should it fail, its retry
 * speaks for that want (`wantedBy`), the held change having ended (a newer change ended it, B11).
 */
function wantedBy(flight: { target: { rule: string } }, target: { rule: RuleId }): { wantedBy?: RuleId } {
    return flight.target.rule === 'B11' && target.rule !== 'B11' ? { wantedBy: target.rule } : {};
}

/** Makes `target` what the softphone should become (B13 as for Omni); the command step sends it when it may. */
export function setSoftphoneTarget(ctx: Ctx, engineState: EngineState, target: SoftphoneTarget | null): void {
    if (target === null) return;
    if (softphoneMeets(ctx, target, softphoneProjected(engineState))) {
        const flight = engineState.softphone.inFlight;
        // A decision made after the change that overtook it (a state, a logout and login) wants it again: it is no
        // longer overtaken, and should it fail it is retried (B17).
        if (flight !== null && !softphoneMeets(ctx, target, softphoneNow(engineState)))
            engineState.softphone.inFlight = {
                ...flight,
                wantedAgain: true,
                superseded: false,
                overtaken: false,
                ...wantedBy(flight, target)
            };
        engineState.softphone.target = null;
        decide(ctx, 'B13', 'already', 'softphone_already', { softphone: describeSoftphone(target) });
        return;
    }
    engineState.softphone.target = target;
}

/** Whether `target` is a restore (B14) that puts the softphone where the held status `held` asks (B11). */
export function carriesHeld(ctx: Ctx, held: OmniValue, target: SoftphoneTarget): boolean {
    return (
        target.rule === 'B14' &&
        held.kind === 'status' &&
        target.kind === 'state' &&
        sidesAgree(ctx, held.status, target.state)
    );
}

/** The softphone confirmed the held change (B11): it has landed and is no longer held. */
export function heldLanded(ctx: Ctx, engineState: EngineState): void {
    if (engineState.held === null || engineState.heldApplying !== true) return;
    // Each side it still has to reach keeps it held; the last one to get there lands it.
    const omniTarget = engineState.omni.target;
    const softphoneTarget = engineState.softphone.target;
    // Omni's part is B11's own target, or a restore (B14) of the held value that took its place.
    const omniPart = omniTarget !== null && (omniTarget.rule === 'B11' || omniMatches(engineState.held, omniTarget));
    const omniThere =
        !omniPart ||
        (omniMatches(omniTarget, omniNow(engineState)) && omniMatches(omniTarget, omniProjected(engineState)));
    if (!omniThere) return;
    // Nor while a command of ours carrying it there (B11's own, or a restore of it, B14) is under way and
    // Omni-Channel is not there yet: a command under way is no landing.
    const flight = engineState.omni.inFlight;
    if (
        flight !== null &&
        !flight.echoed &&
        (flight.rule === 'B11' || omniMatches(engineState.held, flight.target)) &&
        !omniMatches(engineState.held, omniNow(engineState))
    )
        return;
    // The softphone's part is B11's own target, or one that took its place (a restore, B14): landed only when the
    // softphone confirms it, never while its command is still to go or under way.
    if (softphoneTarget !== null && !softphoneMeets(ctx, softphoneTarget, softphoneNow(engineState))) return;
    // Its own command still under way is no confirmation either, nor a restore (B14) carrying it there, though
    // another rule's target (capacity, B8) that took the softphone's part is met meanwhile: its answer settles it.
    // Nor is the softphone there while a command of ours under way takes it elsewhere (a restore decided during the
    // call, B6, B14): its landing would leave the change applied nowhere.
    const softphoneFlight = engineState.softphone.inFlight;
    if (
        softphoneFlight !== null &&
        (softphoneFlight.rule === 'B11' ||
            carriesHeld(ctx, engineState.held, softphoneFlight.target) ||
            (softphoneTarget !== null && !softphoneMeets(ctx, softphoneTarget, softphoneFlight.target))) &&
        !softphoneFlight.echoed &&
        !softphoneFlight.superseded
    )
        return;
    // Applied while Omni-Channel was offline (a logout of ours sent before it landed after it): its part is said as not applied.
    if (heldFindsOmniOffline(ctx, engineState, engineState.held, engineState.heldWithoutOmni === true)) return;
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
    engineState.latestChange = { side: 'omni', value: engineState.held, at: ctx.now, seq: engineState.seq, held: true };
    engineState.held = null;
    engineState.heldApplying = false;
}
