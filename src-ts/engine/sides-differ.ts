/**
 * Whether the two sides' mapped states disagree, for the panel's headline (issue 21): the headline never says "In
 * sync" while they do. Both sides are logged in, the softphone's state maps (softphone → Omni) to another status than
 * Omni's, and Omni's status maps (Omni → softphone) to another state than the softphone's, each by the admin's rows. A
 * side the mapping leaves alone in either direction (no change, unmapped, a logout) or maps only by a default is no
 * disagreement: the sync would not change it, or the admin has not said what agrees. Nor is a softphone the sync or
 * the contact centre keeps busy on purpose: during an interaction or its wrap (B9, B11), or in the busy state accepted
 * Omni work or full capacity puts it in (B7, B8); Omni's status then rightly stays the agent's.
 */
import type { CompiledMapping } from '../mapping/compile';
import type { EngineState } from './types';

const same = (a: string | null, b: string | null): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** See the module comment; `mapping` is the engine's for `s` (`engine.mapping(s)`). */
export function sidesDiffer(mapping: CompiledMapping, s: EngineState): boolean {
    const { omni, softphone } = s;
    if (omni.presence !== 'online' || omni.status === null) return false;
    if (softphone.presence !== 'loggedIn' || softphone.state === null) return false;
    if (softphone.interactions.length > 0 || s.run !== null || s.work.forced !== null) return false;
    const up = mapping.softphoneToOmni(softphone.state);
    if (up.kind !== 'status' || up.via === 'fallback' || same(up.status, omni.status)) return false;
    const down = mapping.omniToSoftphone(omni.status);
    if (down.kind !== 'state' || down.via === 'fallback') return false;
    if (!same(down.state.major, softphone.state.major)) return true;
    // A target without a minor state is met by any minor state of its major state (B13).
    return down.state.minor !== null && !same(down.state.minor, softphone.state.minor);
}
