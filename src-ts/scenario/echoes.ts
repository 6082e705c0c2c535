/**
 * How a well-behaved side answers a command, as engine inputs: the dry run's (scenario runner's)
 * Omni-Channel and softphone, also used by the simulated world of the property tests
 * (`src-ts/test-support/world.ts`). The toolkit-level fake for the runtime and panel tests is
 * `src-ts/test-support/fake-omni.ts`.
 */
import type { Command, EngineInput } from '../engine/types';

/**
 * The Omni-Channel event the engine sees after an Omni command lands: `loginSuccess` after `login`,
 * `statusChanged` (with `reason`, and `statusName` when given) after `setServicePresenceStatus`,
 * `logout` (no reason) after `logout`; null for work commands, which fire no presence event here.
 */
export function omniEcho(
    command: Command,
    options: { reason: string | null; statusName?: string | null } = { reason: 'OmniToolkitStatusChange' }
): EngineInput | null {
    if (command.side !== 'omni') return null;
    switch (command.method) {
        case 'login':
            return { kind: 'omni', event: 'loginSuccess', statusId: command.args.statusId };
        case 'setServicePresenceStatus':
            return {
                kind: 'omni',
                event: 'statusChanged',
                statusId: command.args.statusId,
                statusApiName: command.status,
                ...(options.statusName !== undefined ? { statusName: options.statusName } : {}),
                reason: options.reason
            };
        case 'logout':
            return { kind: 'omni', event: 'logout', reason: null };
        default:
            return null;
    }
}

/**
 * The softphone event the engine sees after a softphone command lands: `stateChanged` (cause 'host',
 * the command's id as requestId) after `setState`, `loggedOut` after `logout`; null for work items.
 */
export function softphoneEcho(command: Command): EngineInput | null {
    if (command.side !== 'softphone') return null;
    switch (command.type) {
        case 'setState':
            return {
                kind: 'softphone',
                event: 'stateChanged',
                state: command.state,
                cause: 'host',
                requestId: command.id
            };
        case 'logout':
            return { kind: 'softphone', event: 'loggedOut', cause: 'host', requestId: command.id };
        default:
            return null;
    }
}
