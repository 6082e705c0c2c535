/**
 * The story of a hostile run (src-ts/test-support/hostile-world.ts): short texts of each side's truth
 * and of the engine's commands, for the counterexample a failing property prints.
 */
import type { Command } from '../engine/types';
import type { SoftphoneState } from '../mapping/types';
import type { OmniTruth, SoftphoneTruth } from './hostile-world-types';

/** HOSTILE_TRACE=1 adds the engine's decisions to the story (for reading a failing case). */
export const TRACE = process.env.HOSTILE_TRACE !== undefined;

/** Short text of a softphone state, of what Omni shows, and of what the softphone shows. */
export const fmtState = (s: SoftphoneState) => (s.minor === null ? s.major : `${s.major} / ${s.minor}`);
export const fmtOmni = (o: OmniTruth) => (o.online ? o.status : 'offline');
export const fmtSoftphone = (s: SoftphoneTruth) => (s.loggedIn ? fmtState(s.state) : 'logged out');

/** Short text of a command, for the story of a run. */
export function describeCommand(c: Command): string {
    if (c.side === 'omni') {
        if (c.method === 'login' || c.method === 'setServicePresenceStatus')
            return `${c.method} ${c.status} [${c.rule}]`;
        return `${c.method} [${c.rule}]`;
    }
    if (c.type === 'setState') return `softphone setState ${fmtState(c.state)} [${c.rule}]`;
    return `softphone ${c.type} [${c.rule}]`;
}
