// The user's Omni-Channel session as the org keeps it (simulator/sessions.mjs): one per user, not per page.
// A page reads it when it starts (a reloaded console finds Omni logged in, in its status, with its work),
// writes it after each change, and hears what the user's other console tabs changed, with the events
// those changes raised, which its Aura utility then receives as the platform's application events.

/**
 * Opens the session's event stream, then reads the session. `apply(session, events)` is called for each
 * change made in another tab. Returns `{ initial, changed(omni, event?) }`: `changed` is called with each
 * event this page raises and after each change; it writes the session once the change is complete.
 */
export async function joinOmniSession({ apply, log }) {
    const tab = Math.random().toString(36).slice(2);
    let lastWritten = null;
    let pending = [];
    let scheduled = false;

    const stream = new EventSource(`/api/omni-events?tab=${tab}`);
    await new Promise((resolve) => {
        stream.addEventListener('open', resolve, { once: true });
        stream.addEventListener('error', resolve, { once: true });
    });
    stream.addEventListener('message', (message) => {
        try {
            const { session, events } = JSON.parse(message.data);
            lastWritten = JSON.stringify(session);
            apply(session, Array.isArray(events) ? events : []);
        } catch (error) {
            log(`the shared Omni-Channel session sent what this page cannot read: ${error.message}`);
        }
    });
    const response = await fetch('/api/omni-session', { credentials: 'same-origin' });
    const { session: initial } = await response.json();
    lastWritten = JSON.stringify(initial);

    function write(omni) {
        scheduled = false;
        const session = omni.snapshot();
        const text = JSON.stringify(session);
        if (text === lastWritten && pending.length === 0) return;
        lastWritten = text;
        const events = pending;
        pending = [];
        fetch('/api/omni-session', {
            method: 'POST',
            credentials: 'same-origin',
            keepalive: true,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ tab, session, events })
        }).catch((error) => log(`the Omni-Channel session could not be saved: ${error.message}`));
    }

    return {
        initial,
        changed(omni, event) {
            if (event) pending.push(event);
            if (scheduled) return;
            scheduled = true;
            // After the change is complete: an event may be raised before the change's last step.
            setTimeout(() => write(omni), 0);
        }
    };
}
