/**
 * Which steps' states are saved at once (B15, B16): the engine decides, the runtime and the test worlds read
 * `StepResult.saveAtOnce` and never decide it again. The runtime otherwise saves a moment after a change
 * (its save delay, src-ts/runtime/driving.ts FLUSH_DELAY_MS); a reload within that delay, or a save the
 * browser refuses, resumes an older state. For most steps that is harmless; for these it is not:
 * - **a logout comes to stand or stops standing** (B16): forgotten, the next start-up would log the agent
 *   back in to Omni-Channel;
 * - **the undo of a login that landed after a standing logout starts** (Omni found online while it stands,
 *   B16): forgotten, the next page would take Omni as online and carry no undo on;
 * - **a person's new choice on Omni-Channel** (a status or login attributed to the agent, a supervisor or,
 *   where Omni names no one, someone unknown, which is treated as a person: never an echo of this sync's call,
 *   an earlier page's call or the platform's change; src-ts/engine/attribution.ts): forgotten, the next page
 *   would take a call of ours that it overtook, landing after the reload, for the latest change and leave the
 *   choice undone (B14, issue 19 (a)). Saved with it are the calls it overtook, marked so;
 * - **the agent's softphone change to where a command of ours was taking it** (under way, awaiting its echo,
 *   failed or timed out, this page's or an earlier page's: `ourLanding`): forgotten, the next page would take
 *   the softphone found there for that command's landing, let the older choice stand and move the softphone
 *   back (B14, B15).
 */
import type { EngineInput, EngineState, OmniValue } from './types';
import { type Attribution, attributeOmni, isEcho } from './attribution';
import type { Ctx } from './context';
import { omniNow } from './context';
import { statusNameOf } from './omni-status';
import { ourLanding } from './softphone-inputs';

/** Whether a logout stands while Omni is online: the sync is undoing a login that landed after it (B16). */
function undoing(state: EngineState): boolean {
    return state.omni.logoutStands === true && state.omni.presence === 'online';
}

/**
 * Whose Omni status or login an input is, read before the step takes it in (the state then still holds the
 * calls it may answer); null for any other input, or a status this org does not have.
 */
export function omniStatusAttribution(ctx: Ctx, state: EngineState, input: EngineInput): Attribution | null {
    if (input.kind !== 'omni' || (input.event !== 'statusChanged' && input.event !== 'loginSuccess')) return null;
    const apiName = input.event === 'statusChanged' ? input.statusApiName : null;
    const status = statusNameOf(ctx, input.statusId, apiName);
    if (status === null) return null;
    const value: OmniValue = { kind: 'status', status };
    const reason = input.event === 'statusChanged' ? (input.reason ?? null) : null;
    const wasOnline = omniNow(state)?.kind === 'status';
    return attributeOmni(
        { ...state, omni: { ...state.omni, connectionError: false } },
        value,
        reason,
        ctx.now,
        input.event,
        wasOnline
    );
}

/** Whether an attribution is a person's: the agent's, a supervisor's, or unknown (treated as a person's). */
function byPerson(who: Attribution): boolean {
    return !isEcho(who) && (who.by === 'agent' || who.by === 'supervisor' || who.by === 'unknown');
}

/**
 * Whether the state after a step must be saved at once (see the module comment). `before`: the state the
 * step began with; `after`: the one it made; `omniBy`: the attribution of its Omni status input
 * (`omniStatusAttribution`), or null.
 */
export function mustSaveAtOnce(before: EngineState, after: EngineState, omniBy: Attribution | null): boolean {
    const stood = before.omni.logoutStands === true;
    const stands = after.omni.logoutStands === true;
    if (stood !== stands || (undoing(after) && !undoing(before))) return true;
    const change = after.latestChange;
    // The agent's softphone change to where a command of ours was taking it: a reload that forgot it would
    // take the softphone found there for that command's landing (B15).
    if (change !== null && change !== before.latestChange && change.side === 'softphone')
        return ourLanding(before, change.value);
    // A person's choice the step took as the latest change (an Omni value it already had is no new choice).
    return (
        omniBy !== null &&
        byPerson(omniBy) &&
        change !== null &&
        change !== before.latestChange &&
        change.side === 'omni'
    );
}
