// Example connector: runs the Presence Sync bridge client in a small page that embeds a softphone
// through the softphone vendor's own embedding API. Copy it next to connector-example.html, replace
// the calls on `phone` with your vendor's API, and set the page's address as the Softphone URL.
//
// What the bridge needs from the softphone, and where this file gets it:
//   the agent state (major state and optional minor state)   phone.getAgentState(), 'agentState' events
//   logins and logouts                                        'login' / 'logout' events, phone.logout()
//   calls, from offer to the end of wrap                      'callStarted' / 'callEnded' events
//   carrying out a state the sync asks for                    phone.setAgentState(state, reason)
(function (global) {
    'use strict';

    /**
     * Starts the bridge client for an embedded softphone.
     * @param {object} options
     * @param {object} options.PresenceBridge the shipped client (presence-bridge-client.js sets window.PresenceBridge)
     * @param {object} options.phone the vendor's embedded softphone (its embedding API)
     * @param {string[]} options.hostOrigins the Salesforce origins allowed to host this page,
     *     e.g. ['https://mydomain.lightning.force.com']
     * @param {object[]} options.catalogue every state the softphone offers: {major, minor, reserved, label}
     * @param {object} [options.self] this page's window (default: window); tests pass their own
     * @param {object} [options.parent] the Salesforce page (default: window.parent); tests pass their own
     * @returns the running client, to stop it with client.stop()
     */
    function start(options) {
        const { PresenceBridge, phone } = options;
        // A change the sync asked for: its echo from the softphone is reported as the host's, with its id.
        let pending = null;
        const sameState = (a, b) => a.major === b.major && (a.minor ?? null) === (b.minor ?? null);
        const current = phone.getAgentState();

        const client = new PresenceBridge.SoftphoneBridgeClient({
            vendor: 'Example',
            product: 'Example Softphone',
            version: phone.version ?? '1.0.0',
            capabilities: ['state', 'login', 'logout', 'interactions', 'reservedStates'],
            catalogue: options.catalogue,
            allowedHostOrigins: options.hostOrigins,
            initialSession: {
                loggedIn: current.loggedIn,
                state: current.loggedIn ? { major: current.state, minor: current.reason ?? null } : null
            },
            ...(options.self ? { self: options.self } : {}),
            ...(options.parent ? { parent: options.parent } : {}),
            onCommand: async (command) => {
                if (command.type === 'setState') {
                    pending = { requestId: command.requestId, state: command.state };
                    try {
                        await phone.setAgentState(command.state.major, command.state.minor ?? null);
                    } catch (error) {
                        pending = null;
                        throw new PresenceBridge.BridgeCommandError('rejected', String(error?.message ?? error));
                    }
                    // Some softphones send no event when the state was already the one asked for.
                    const now = phone.getAgentState();
                    if (pending && pending.requestId === command.requestId && now.loggedIn) {
                        const state = { major: now.state, minor: now.reason ?? null };
                        if (sameState(state, command.state)) {
                            pending = null;
                            client.state(state, 'host', command.requestId);
                        }
                    }
                    return;
                }
                if (command.type === 'logout') {
                    pending = { requestId: command.requestId, logout: true };
                    await phone.logout();
                    return;
                }
                // This softphone shows no Omni-Channel work items (capability 'workItems' not offered).
                throw new PresenceBridge.BridgeCommandError('unsupported', 'work items are not supported');
            }
        });

        phone.on('agentState', (event) => {
            const state = { major: event.state, minor: event.reason ?? null };
            if (pending && pending.state && sameState(pending.state, state)) {
                const { requestId } = pending;
                pending = null;
                client.state(state, 'host', requestId);
                return;
            }
            // The contact centre's own changes (on a call, wrap) are the system's; the rest are the agent's.
            client.state(state, event.source === 'system' ? 'system' : 'agent');
        });
        phone.on('login', (event) => {
            client.login(event.state ? { major: event.state, minor: event.reason ?? null } : null);
        });
        phone.on('logout', () => {
            if (pending && pending.logout) {
                const { requestId } = pending;
                pending = null;
                client.logout('host', requestId);
                return;
            }
            client.logout('agent');
        });
        phone.on('callStarted', (event) => client.interactionStarted(event.id, event.direction));
        phone.on('callEnded', (event) => client.interactionEnded(event.id));

        client.start();
        return client;
    }

    global.PresenceSyncConnector = { start };
})(window);
