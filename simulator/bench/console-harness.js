// Latency benchmark, console side: run by scripts/bench-e2e.mjs in the simulated console's page
// before the page's own scripts (so its message listener runs before the sync's), then attached.
// Every leg starts in an ordinary task of this page (a MessageChannel message event, as a click
// handler would run), never inside the DevTools call that asked for it, and every timestamp is
// performance.now() of this page (milliseconds since this document's time origin).
(() => {
    if (window.location.pathname !== '/') return;
    const PROTOCOL = '"omni-presence-bridge"';
    let config = null;
    let omni = null;
    const frameWindow = () =>
        document.querySelector('c-presence-sync-panel').shadowRoot.querySelector('iframe').contentWindow;

    // Sizes of the bridge's own strings, both ways, to size the bare messages like them.
    const sizes = { toPad: [], fromPad: [] };
    // When the sync encoded its last setState command (the moment before it posts it).
    let encodedAt = null;
    // When the task that delivered the Omni event to the utility returned.
    let eventDoneAt = null;
    // When the softphone's first bridge message of a softphone → Omni leg arrived (its state report).
    let reportAt = null;
    const stringify = JSON.stringify;
    JSON.stringify = function (...args) {
        const out = stringify.apply(this, args);
        if (typeof out === 'string' && out.length < 4000 && out.includes(PROTOCOL)) {
            sizes.toPad.push(out.length);
            if (out.includes('"type":"setState"')) encodedAt = performance.now();
        }
        return out;
    };

    let waiting = null;
    window.addEventListener(
        'message',
        (event) => {
            // Stamped first: finding the frame is the harness's work, not the message's.
            const at = performance.now();
            if (event.source !== frameWindow() || typeof event.data !== 'string') return;
            if (event.data.startsWith('{"bench":')) {
                const kind = /^\{"bench":"(\w+)"/.exec(event.data)?.[1];
                if (waiting?.kind === kind) {
                    const done = waiting.done;
                    waiting = null;
                    done(at);
                }
            } else if (event.data.includes(PROTOCOL)) {
                sizes.fromPad.push(event.data.length);
                if (reportAt === null) reportAt = at;
            }
        },
        // Registered before the page's scripts run: this listener runs before the sync's own, so
        // the stamp is the message's arrival.
        true
    );

    const channel = new MessageChannel();
    let task = null;
    channel.port1.onmessage = () => {
        const run = task;
        task = null;
        run();
    };
    /** Runs `start` in a task of its own (a MessageChannel message event); resolves with the end stamp. */
    const leg = (kind, start) =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                waiting = null;
                reject(new Error(`bench leg ${kind}: no answer within 5 s`));
            }, 5000);
            task = () => {
                waiting = {
                    kind,
                    done: (at) => {
                        clearTimeout(timer);
                        resolve(at);
                    }
                };
                start();
            };
            channel.port2.postMessage(null);
        });
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const padded = (head, size) => {
        const open = `${head},"pad":"`;
        return `${open}${'x'.repeat(Math.max(0, size - open.length - 2))}"}`;
    };

    let seq = 0;
    window.benchHarness = {
        sizes,
        /** Once the console has started: notes when the sync calls setServicePresenceStatus. */
        attach() {
            config = window.SIMULATOR;
            omni = window.omniSimulator;
            const realOnEvent = omni.onEvent;
            omni.onEvent = (name, params) => {
                realOnEvent(name, params);
                eventDoneAt = performance.now();
            };
            const realOnCall = omni.onCall;
            omni.onCall = (method, args) => {
                if (method === 'setServicePresenceStatus' && waiting?.kind === 'call') {
                    const done = waiting.done;
                    waiting = null;
                    done(performance.now());
                }
                return realOnCall?.(method, args);
            };
        },
        /** A bare round trip: a JSON string to the softphone's frame, echoed back as it is. */
        async bare(size) {
            let startedAt = 0;
            let postMs = 0;
            const message = padded(`{"bench":"echo","n":${++seq}`, size);
            const endAt = await leg('echo', () => {
                // The frame is found before the clock starts: the leg is the transport alone.
                const frame = frameWindow();
                startedAt = performance.now();
                frame.postMessage(message, config.padOrigin);
                postMs = performance.now() - startedAt;
            });
            return { ms: endAt - startedAt, postMs, size: message.length };
        },
        /**
         * Softphone → Omni: a bare JSON string asks ContactPad for the agent's change (its own task
         * there, as a click would run); ends when the sync calls setServicePresenceStatus. Also the
         * sync's own part: from ContactPad's state report arriving in this page to that call.
         */
        async toOmni(major, minor, size) {
            let startedAt = 0;
            reportAt = null;
            const message = padded(`{"bench":"change","major":${stringify(major)},"minor":${stringify(minor)}`, size);
            const endAt = await leg('call', () => {
                const frame = frameWindow();
                startedAt = performance.now();
                frame.postMessage(message, config.padOrigin);
            });
            return { ms: endAt - startedAt, syncMs: reportAt === null ? null : endAt - reportAt };
        },
        /**
         * Omni → softphone: an Omni status change, from the moment its event reaches the utility
         * (an ordinary task, as the platform's events come) until ContactPad says by a bare JSON
         * string that its command handler was called. Also when the sync encoded the command.
         */
        async toSoftphone(statusId) {
            encodedAt = null;
            eventDoneAt = null;
            const endAt = await leg('command', () => omni.chooseStatus(statusId));
            const eventAt = window.lastOmniEventAt;
            return {
                ms: endAt - eventAt,
                encodeMs: encodedAt === null ? null : encodedAt - eventAt,
                // The whole task that delivered the event: Chromium forwards a message to a frame in another
                // process only once the task that posted it has returned, so all of it is the sync's time.
                // Stamped when the event's handler returns: microtasks queued in it, if any, are left out.
                taskMs: eventDoneAt === null ? null : eventDoneAt - eventAt,
                // The postMessage call of the command and whatever the sync does after it in that task.
                postMs: encodedAt === null || eventDoneAt === null ? null : eventDoneAt - encodedAt
            };
        },
        /** Until the Omni simulator shows the status (polled on this page's timers). */
        async untilStatus(developerName) {
            const started = performance.now();
            while (omni.status()?.developerName !== developerName) {
                if (performance.now() - started > 5000) throw new Error(`Omni never reached ${developerName}`);
                await sleep(2);
            }
        },
        sleep
    };
})();
