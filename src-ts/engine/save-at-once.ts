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
import type { EngineState } from './types';
import { type Attribution, isEcho } from './attribution';
import type { Ctx } from './context';
import { ourLanding } from './softphone-inputs';

/** Whether a logout stands while Omni is online: the sync is undoing a login that landed after it (B16). */
function undoing(state: EngineState): boolean {
    return state.omni.logoutStands === true && state.omni.presence === 'online';
}

/** Whether an attribution is a person's: the agent's, a supervisor's, or unknown (treated as a person's). */
function byPerson(who: Attribution): boolean {
    return !isEcho(who) && (who.by === 'agent' || who.by === 'supervisor' || who.by === 'unknown');
}

/**
 * Whether the state after a step must be saved at once (see the module comment). `before`: the state the
 * step began with; `after`: the one it made; `ctx.omniBy`: whose Omni status or login the step's input is, as
 * the step attributed it before taking it in (omni-status.ts), undefined for any other input.
 */
export function mustSaveAtOnce(ctx: Ctx, before: EngineState, after: EngineState): boolean {
    const stood = before.omni.logoutStands === true;
    const stands = after.omni.logoutStands === true;
    if (stood !== stands || (undoing(after) && !undoing(before))) return true;
    const change = after.latestChange;
    if (change === null || change === before.latestChange) return false;
    // The agent's softphone change to where a command of ours was taking it: a reload that forgot it would
    // take the softphone found there for that command's landing (B15).
    if (change.side === 'softphone') return ourLanding(before, change.value);
    // A person's choice the step took as the latest change (an Omni value it already had is no new choice).
    const omniBy = ctx.omniBy;
    return omniBy !== undefined && omniBy !== null && byPerson(omniBy);
}
