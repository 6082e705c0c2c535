/**
 * The one fake softphone's behaviour for tests: a softphone that carries out what the host asks and
 * reports the result through the shipped bridge client, with the host's request id (bridge protocol,
 * docs/bridge-protocol.md). The transport under it is the test's own: fake windows
 * (`bridge-harness.ts`) or the panel's jsdom frame (`force-app/test/jest-support/panel-harness.js`).
 */
import type { HostCommand, SoftphoneBridgeClient } from '../bridge/client';

/**
 * A command handler for `SoftphoneBridgeClient`'s `onCommand` that obeys: `setState` reports the
 * state and `logout` reports the logout, each with cause 'host' and the command's request id; work
 * items are accepted without a report. `client` is read when a command arrives, so the handler can
 * be made before the client exists. Each command is also pushed to `received`, when given.
 */
export function obeyingSoftphone(
    client: () => SoftphoneBridgeClient,
    received?: HostCommand[]
): (command: HostCommand) => void {
    return (command) => {
        received?.push(command);
        if (command.type === 'setState') client().state(command.state, 'host', command.requestId);
        if (command.type === 'logout') client().logout('host', command.requestId);
    };
}
