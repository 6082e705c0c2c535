/**
 * What comes out of the sync engine towards each side: toolkit calls for Omni-Channel and bridge
 * messages for the softphone (presence and B19's work items), and the behaviour ids that issue them.
 */
import type { SoftphoneState } from '../mapping/types';

/** A toolkit call, by the toolkit's own method name. */
export type OmniCommand = { side: 'omni'; id: string; rule: RuleId } & (
    | { method: 'login'; args: { statusId: string }; status: string }
    | { method: 'setServicePresenceStatus'; args: { statusId: string }; status: string }
    | { method: 'logout'; args: Record<string, never> }
    | { method: 'acceptAgentWork'; args: { workId: string } }
    | { method: 'declineAgentWork'; args: { workId: string; declineReason?: string } }
    | { method: 'closeAgentWork'; args: { workId: string } }
);

/** What happened to a work item, as forwarded to the softphone (B19). */
export type WorkEvent = 'assigned' | 'accepted' | 'declined' | 'closed';

/** A message to the softphone over the bridge. */
export type SoftphoneCommand = { side: 'softphone'; id: string; rule: RuleId } & (
    | { type: 'setState'; state: SoftphoneState }
    | { type: 'logout' }
    | { type: 'workItem'; event: WorkEvent; workId: string; workItemId: string }
);

/** A command the engine issues to one side; the edges carry it out and answer with a `ResultInput` of the same `id`. */
export type Command = OmniCommand | SoftphoneCommand;

/** Presence commands change a side's state; work commands (B19) carry work items. */
export function isPresenceCommand(command: Command): boolean {
    return command.side === 'omni'
        ? command.method === 'login' || command.method === 'logout' || command.method === 'setServicePresenceStatus'
        : command.type !== 'workItem';
}

/** Behaviour ids from the catalogue, plus the engine's own bookkeeping. */
export type RuleId =
    | 'B1'
    | 'B2'
    | 'B3'
    | 'B4'
    | 'B5'
    | 'B6'
    | 'B7'
    | 'B8'
    | 'B9'
    | 'B10'
    | 'B11'
    | 'B12'
    | 'B13'
    | 'B14'
    | 'B15'
    | 'B16'
    | 'B17'
    | 'B19'
    | 'track'
    | 'off';
