/**
 * Whether the two sides already agree, by the mapping: a softphone value meeting a target (B13), and an
 * Omni status and a softphone state agreeing in either direction (B13, B15). Read by the targets, the
 * restores and reconciliation.
 */
import type { SoftphoneState } from '../mapping/types';
import type { SoftphoneTarget, SoftphoneValue } from './types';
import type { Ctx } from './context';

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
