// Latency benchmark, softphone side: run by scripts/bench-e2e.mjs in the simulated ContactPad's
// frame before the page's own scripts (so its first listener runs before the bridge client's). Answers the console's bare JSON strings and stamps, on this page's clock
// (performance.now(), milliseconds), where a host command spends its time in this frame.
(() => {
    if (window.location.pathname !== '/contactpad.html') return;
    let hostOrigin = null;
    const parent = window.parent;
    const records = [];
    let current = null;
    let size = 250;
    const padded = (head) => {
        const open = `${head},"pad":"`;
        return `${open}${'x'.repeat(Math.max(0, size - open.length - 2))}"}`;
    };

    // Registered before the bridge client's listener, so its stamp is the message's arrival.
    window.addEventListener(
        'message',
        (event) => {
            current = null;
            if (event.source !== parent || typeof event.data !== 'string') return;
            const data = event.data;
            // The harness's own strings stop here: neither ContactPad's listeners nor the bridge client's see them.
            // Chromium forwards a message to another process only once the task that posted it has returned, so
            // whatever else this task ran (the bridge client reading and dropping the string) would be counted in
            // the bare round trip, the baseline, as if it were transport.
            if (data.startsWith('{"bench":"echo"')) {
                event.stopImmediatePropagation();
                parent.postMessage(data, hostOrigin);
                return;
            }
            if (data.startsWith('{"bench":"change"')) {
                event.stopImmediatePropagation();
                const { major, minor } = JSON.parse(data);
                window.benchChangeState(major, minor);
                return;
            }
            current = { receivedAt: performance.now(), size: data.length };
        },
        true
    );
    window.benchPad = {
        /** Once ContactPad has started: stamps its command handler and the client's listener's end. */
        attach() {
            hostOrigin = window.CONTACTPAD.hostOrigin;
            // ContactPad's command handler records each command first: the moment it is called.
            const commands = window.contactPad.commands;
            commands.push = function (...items) {
                const at = performance.now();
                parent.postMessage(padded('{"bench":"command"'), hostOrigin);
                if (current) current.handlerAt = at;
                return Array.prototype.push.apply(this, items);
            };
            // Registered after the bridge client's listener: runs once it has returned.
            window.addEventListener('message', () => {
                if (current?.handlerAt !== undefined) {
                    current.doneAt = performance.now();
                    records.push(current);
                }
                current = null;
            });
        },
        setSize: (value) => (size = value),
        /** Per command: client's checks (arrival → handler called) and handler (→ listener returned). */
        take: () =>
            records.splice(0).map((r) => ({ checksMs: r.handlerAt - r.receivedAt, handlerMs: r.doneAt - r.handlerAt }))
    };
})();
