/**
 * Which steps' states are saved at once (B16): the engine decides, the runtime and the test worlds read
 * `StepResult.saveAtOnce` and never decide it again. The runtime otherwise saves a moment after a change
 * (its save delay, src-ts/runtime/driving.ts FLUSH_DELAY_MS); a reload within that delay, or a save the
 * browser refuses, resumes an older state. For most steps that is harmless; for these it is not:
 * - **a logout comes to stand or stops standing** (B16): forgotten, the next start-up would log the agent
 *   back in to Omni-Channel;
 * - **the undo of a login that landed after a standing logout starts** (Omni found online while it stands,
 *   B16): forgotten, the next page would take Omni as online and carry no undo on.
 */
import type { EngineState } from './types';

/** Whether a logout stands while Omni is online: the sync is undoing a login that landed after it (B16). */
function undoing(state: EngineState): boolean {
    return state.omni.logoutStands === true && state.omni.presence === 'online';
}

/**
 * Whether the state after a step must be saved at once (see the module comment). `before`: the state the
 * step began with; `after`: the one it made.
 */
export function mustSaveAtOnce(before: EngineState, after: EngineState): boolean {
    const stood = before.omni.logoutStands === true;
    const stands = after.omni.logoutStands === true;
    return stood !== stands || (undoing(after) && !undoing(before));
}
