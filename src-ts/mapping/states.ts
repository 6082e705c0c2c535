/**
 * Softphone states as the mapping compares and prints them: the lookup key (major and minor, trimmed and
 * case-folded), sameness, the printed form (`Major / Minor`) and a diagnostic's state params.
 */
import type { SoftphoneState } from './types';

/** A name trimmed and case-folded, as statuses and states are compared. */
export const fold = (value: string): string => value.trim().toLowerCase();
/** The lookup key of a softphone state: major and minor, trimmed and case-folded (minor '' when null). */
export const stateKey = (major: string, minor: string | null | undefined): string =>
    `${fold(major)}\u0001${minor == null ? '' : fold(minor)}`;
/** Whether two softphone states are the same, as the mapping compares them. */
export const sameState = (a: SoftphoneState, b: SoftphoneState): boolean =>
    stateKey(a.major, a.minor) === stateKey(b.major, b.minor);

/** A softphone state as the audit and diagnostics print it: `Major` or `Major / Minor`. */
export function formatState(state: SoftphoneState): string {
    return state.minor === null ? state.major : `${state.major} / ${state.minor}`;
}

/** A state as a diagnostic's params: `state`, and `minor` when it has one. */
export const stateParams = (state: SoftphoneState): Record<string, string> =>
    state.minor === null ? { state: state.major } : { state: state.major, minor: state.minor };
