// A simulated ContactPad: a softphone page on its own origin that speaks the presence bridge
// through the shipped softphone-side client (dist/presence-bridge-client.js).
(function () {
    const { SoftphoneBridgeClient, BridgeCommandError } = window.PresenceBridge;
    const config = window.CONTACTPAD;
    const $ = (test) => document.querySelector(`[data-test="${test}"]`);
    const label = (state) => (state.minor ? `${state.major} / ${state.minor}` : state.major);
    const sameState = (a, b) => a.major === b.major && (a.minor ?? null) === (b.minor ?? null);
    // The agent's session on ContactPad's server (simulator/sessions.mjs): a reloaded page comes back with its
    // login, state, call (and its wrap) and work items, as a real ContactPad keeps its server session.
    const saved = config.session ?? {};
    const pad = {
        loggedIn: Boolean(saved.loggedIn),
        state: saved.loggedIn && saved.state ? { major: saved.state.major, minor: saved.state.minor ?? null } : null,
        call: saved.call ? { ...saved.call } : null,
        works: new Map((saved.works ?? []).map((work) => [work.workId, { ...work }])),
        callSeq: Number(saved.callSeq) || 0,
        declining: null,
        commands: []
    };
    window.contactPad = pad;
    let lastSaved = null;
    function saveSession() {
        const session = {
            loggedIn: pad.loggedIn,
            state: pad.state,
            call: pad.call,
            works: [...pad.works.values()],
            callSeq: pad.callSeq
        };
        const text = JSON.stringify(session);
        if (text === lastSaved) return;
        lastSaved = text;
        fetch('/api/pad-session', {
            method: 'POST',
            credentials: 'same-origin',
            keepalive: true,
            headers: { 'content-type': 'application/json' },
            body: text
        }).catch((error) => log(`the session could not be saved: ${error.message}`));
    }
    /** For the browser tests: the contact centre ends the agent's session (it expired); the next page starts logged out. */
    pad.endServerSession = () => {
        lastSaved = null;
        return fetch('/api/pad-session', { method: 'DELETE', credentials: 'same-origin' }).then(() => true);
    };

    function drawLogLine(line, at) {
        const item = document.createElement('li');
        item.textContent = `${new Date(at).toLocaleTimeString()} ${line}`;
        $('pad-log').prepend(item);
        while ($('pad-log').childElementCount > 100) $('pad-log').lastElementChild.remove();
    }
    function log(line) {
        // In the latency benchmark ContactPad draws its log after the measured window, as it does
        // its screen: its own drawing is not the sync's latency.
        if (window.benchNotify) setTimeout(drawLogLine, 50, line, Date.now());
        else drawLogLine(line, Date.now());
    }

    function fillStates(select, withReserved) {
        select.replaceChildren(
            ...config.catalogue
                .filter((entry) => withReserved || !entry.reserved)
                .map((entry, index) => {
                    const option = document.createElement('option');
                    option.value = String(config.catalogue.indexOf(entry));
                    option.textContent = entry.label ?? label(entry);
                    option.disabled = Boolean(entry.reserved);
                    if (index === 0) option.selected = true;
                    return option;
                })
        );
    }
    const stateOf = (select) => {
        const entry = config.catalogue[Number(select.value)];
        return { major: entry.major, minor: entry.minor ?? null };
    };

    /** The reason codes the agent picks from when declining Omni work (sent as the toolkit's declineReason). */
    const DECLINE_REASONS = config.declineReasons ?? [];

    /** Decline with a reason: the agent picks a reason code, then confirms (or cancels). */
    function declineForm(work) {
        const form = document.createElement('span');
        form.dataset.test = 'pad-decline-form';
        const select = document.createElement('select');
        select.className = 'slds-select';
        select.dataset.test = 'pad-decline-reason';
        select.setAttribute('aria-label', 'Reason code');
        select.replaceChildren(
            ...DECLINE_REASONS.map((reason) => {
                const option = document.createElement('option');
                option.value = reason;
                option.textContent = reason;
                return option;
            })
        );
        const send = document.createElement('button');
        send.className = 'slds-button slds-button_destructive';
        send.textContent = 'Decline';
        send.dataset.test = 'pad-decline-send';
        send.addEventListener('click', () => {
            pad.declining = null;
            log(`decline ${work.workId}: ${select.value}`);
            client
                .workAction('decline', work.workId, select.value)
                .catch((error) => log(`work decline failed: ${error.message}`));
            render();
        });
        const cancel = document.createElement('button');
        cancel.className = 'slds-button slds-button_neutral';
        cancel.textContent = 'Cancel';
        cancel.dataset.test = 'pad-decline-cancel';
        cancel.addEventListener('click', () => {
            pad.declining = null;
            render();
        });
        form.append(select, send, cancel);
        return form;
    }

    function render() {
        saveSession();
        $('pad-logged-out').hidden = pad.loggedIn;
        $('pad-logged-in').hidden = !pad.loggedIn;
        $('pad-status').textContent = pad.loggedIn ? label(pad.state) : 'Logged out';
        $('pad-call').textContent = pad.call ? `${pad.call.direction} call ${pad.call.id}: ${pad.call.phase}` : '';
        const select = $('pad-state-select');
        const current = config.catalogue.findIndex(
            (entry) => pad.state && sameState({ major: entry.major, minor: entry.minor ?? null }, pad.state)
        );
        // Reserved states (on a call, wrap) show in the menu while the contact centre sets them.
        fillStates(select, true);
        if (current >= 0) select.value = String(current);
        select.disabled = Boolean(pad.call);
        $('pad-inbound').disabled = Boolean(pad.call);
        $('pad-outbound').disabled = Boolean(pad.call);
        $('pad-hangup').disabled = !(pad.call && pad.call.phase === 'talk');
        $('pad-end-wrap').disabled = !(pad.call && pad.call.phase === 'wrap');
        $('pad-logout').disabled = Boolean(pad.call);
        $('pad-works').replaceChildren(
            ...[...pad.works.values()].map((work) => {
                const item = document.createElement('li');
                item.dataset.test = 'pad-work';
                item.textContent = `Omni work ${work.workId}: ${work.event} `;
                if (pad.declining === work.workId && work.event === 'assigned') {
                    item.append(declineForm(work));
                    return item;
                }
                const actions =
                    work.event === 'assigned' ? ['accept', 'decline'] : work.event === 'accepted' ? ['close'] : [];
                for (const action of actions) {
                    const button = document.createElement('button');
                    button.className = 'slds-button slds-button_neutral';
                    button.textContent = action;
                    button.dataset.test = `pad-work-${action}`;
                    button.addEventListener('click', () => {
                        // Decline asks for a reason code first (seed 004: "Select a reason code for not
                        // accepting the work item").
                        if (action === 'decline') {
                            pad.declining = work.workId;
                            render();
                            return;
                        }
                        client
                            .workAction(action, work.workId, null)
                            .catch((error) => log(`work ${action} failed: ${error.message}`));
                    });
                    item.append(button);
                }
                return item;
            })
        );
    }

    const client = new SoftphoneBridgeClient({
        vendor: 'Vonage',
        product: 'ContactPad (simulated)',
        version: '1.0.0',
        capabilities: ['state', 'login', 'logout', 'interactions', 'workItems', 'reservedStates'],
        catalogue: config.catalogue,
        allowedHostOrigins: [config.hostOrigin],
        initialSession: {
            loggedIn: pad.loggedIn,
            state: pad.state,
            interactions: pad.call ? [{ id: pad.call.id, direction: pad.call.direction }] : []
        },
        onStatus: (status, detail) => {
            $('pad-connection').textContent = status === 'connected' ? 'connected to Salesforce' : status;
            log(`bridge ${status}${detail ? `: ${detail}` : ''}`);
        },
        onCommand: (command) => {
            pad.commands.push({ ...command, at: performance.now() });
            log(`host ${command.type} ${command.state ? label(command.state) : (command.event ?? '')}`);
            const draw = window.benchNotify ? () => setTimeout(render, 50) : render;
            if (command.type === 'setState') {
                const entry = config.catalogue.find((e) =>
                    sameState({ major: e.major, minor: e.minor ?? null }, command.state)
                );
                if (!entry)
                    throw new BridgeCommandError('invalid-state', `${label(command.state)} is not a ContactPad state`);
                if (entry.reserved && command.reason === 'sync')
                    throw new BridgeCommandError('invalid-state', `${label(command.state)} is reserved`);
                // For the browser tests: while set ({ code, message }), ContactPad refuses the sync's changes.
                if (pad.refuseSync && command.reason === 'sync')
                    throw new BridgeCommandError(pad.refuseSync.code, pad.refuseSync.message);
                // For the browser tests: while set, the sync's changes are never answered (the command times out).
                if (pad.ignoreSync && command.reason === 'sync') return new Promise(() => {});
                if (pad.call && pad.call.phase === 'talk' && command.reason === 'sync')
                    throw new BridgeCommandError('busy', 'on a call');
                pad.state = { major: entry.major, minor: entry.minor ?? null };
                client.state(pad.state, 'host', command.requestId);
                draw();
                return;
            }
            if (command.type === 'logout') {
                if (pad.call) throw new BridgeCommandError('busy', 'on a call');
                pad.loggedIn = false;
                pad.state = null;
                render();
                client.logout('host', command.requestId);
                return;
            }
            if (command.type === 'work') {
                if (command.event === 'closed' || command.event === 'declined') pad.works.delete(command.workId);
                else pad.works.set(command.workId, { workId: command.workId, event: command.event });
                render();
            }
        }
    });

    fillStates($('pad-login-state'), false);
    fillStates($('pad-after-call'), false);

    $('pad-login').addEventListener('click', () => {
        pad.loggedIn = true;
        pad.state = stateOf($('pad-login-state'));
        render();
        client.login(pad.state);
    });
    $('pad-logout').addEventListener('click', () => {
        pad.loggedIn = false;
        pad.state = null;
        render();
        client.logout('agent');
    });
    $('pad-state-select').addEventListener('change', () => {
        const state = stateOf($('pad-state-select'));
        pad.state = state;
        render();
        client.state(state, 'agent');
    });
    function startCall(direction) {
        pad.call = { id: `call-${++pad.callSeq}`, direction, phase: 'talk' };
        client.interactionStarted(pad.call.id, direction);
        pad.state = { major: direction === 'inbound' ? 'Busy Inbound' : 'Busy Outbound', minor: null };
        render();
        client.state(pad.state, 'system');
    }
    $('pad-inbound').addEventListener('click', () => startCall('inbound'));
    $('pad-outbound').addEventListener('click', () => startCall('outbound'));
    $('pad-hangup').addEventListener('click', () => {
        pad.call.phase = 'wrap';
        pad.state = { major: 'Wrap', minor: null };
        render();
        client.state(pad.state, 'system');
    });
    $('pad-end-wrap').addEventListener('click', () => {
        const id = pad.call.id;
        pad.call = null;
        client.interactionEnded(id);
        pad.state = stateOf($('pad-after-call'));
        render();
        client.state(pad.state, 'system');
    });

    /** For the latency benchmark: an agent's state change, stamped with the moment it was made. */
    window.benchChangeState = (major, minor) => {
        pad.state = { major, minor };
        const at = performance.now();
        client.state(pad.state, 'agent');
        // This page repaints after the measured window: its own drawing is not the sync's latency.
        setTimeout(render, 50);
        return at;
    };
    // For the browser tests: the page stops answering mid-call, as a ContactPad page that hangs or whose connection
    // died: its bridge neither hears the panel nor answers it (no goodbye), until the page is loaded again. Listened
    // for before the bridge client starts, so this listener runs first and keeps the message from it.
    let silent = false;
    window.addEventListener(
        'message',
        (event) => {
            if (silent) event.stopImmediatePropagation();
        },
        true
    );
    pad.stopAnswering = () => {
        silent = true;
        $('pad-connection').textContent = 'not answering (simulated)';
        log('the page stopped answering (simulated)');
        return true;
    };
    render();
    client.start();
})();
