// Lightning Web Security for the simulator: Salesforce's own sandbox (`@locker/sandbox`, with the
// distortions of `@locker/distortion` that orgs apply) evaluates the package's namespace code, as
// the platform does for a component of namespace `c`. The platform modules it imports (`lwc`,
// `lightning/*`) stay in the page and reach the sandbox through its membrane.
import { evaluateInSandbox } from '@locker/sandbox';

/**
 * Evaluates `sourceText` in the sandbox of `namespace`; returns what it hands to
 * `$lockerEvalContext$`. `what` names it in `window.simulatorLws.evaluated`, for the tests.
 */
export function evaluateInNamespace(namespace, sourceText, endowments, what) {
    let exported;
    evaluateInSandbox(
        namespace,
        sourceText,
        (value) => {
            exported = value;
        },
        endowments
    );
    if (exported === undefined) throw new Error(`the ${namespace} sandbox exported nothing`);
    window.simulatorLws ??= { namespace, evaluated: [] };
    window.simulatorLws.evaluated.push(what);
    return exported;
}

/**
 * What the platform does to code of namespace `c`, measured from inside: run in the sandbox in
 * Lightning Web Security mode, in the page otherwise. Opens a frame on `padOrigin` (its echo page
 * sends every message back) and resolves with JSON text of:
 * {globalThis, BroadcastChannel, locks: typeof each; storageListener: 'added' | 'throws: <message>';
 *  string, object: {data, sourceIsFrame} for a round trip of a JSON string and of an object}.
 * It also writes the localStorage key `presenceSyncProbe`, for the caller to look for outside.
 */
async function platformProbe(padOrigin) {
    const facts = {
        globalThis: typeof globalThis,
        BroadcastChannel: typeof BroadcastChannel,
        locks: typeof navigator.locks?.request
    };
    localStorage.setItem('presenceSyncProbe', 'written inside');
    try {
        const listener = () => {};
        window.addEventListener('storage', listener);
        window.removeEventListener('storage', listener);
        facts.storageListener = 'added';
    } catch (error) {
        facts.storageListener = `throws: ${error.message}`;
    }
    const frame = document.createElement('iframe');
    frame.title = 'probe';
    frame.style.display = 'none';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${padOrigin}/echo.html`;
    document.body.appendChild(frame);
    await loaded;
    const roundTrip = (data) =>
        new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no echo')), 3000);
            // Only the echo of what was sent: the softphone frame posts from the same origin.
            const onMessage = (event) => {
                if (event.origin !== padOrigin || JSON.stringify(event.data) !== JSON.stringify(data)) return;
                clearTimeout(timer);
                window.removeEventListener('message', onMessage);
                resolve({ data: event.data, sourceIsFrame: event.source === frame.contentWindow });
            };
            window.addEventListener('message', onMessage);
            frame.contentWindow.postMessage(data, padOrigin);
        });
    try {
        facts.string = await roundTrip('{"probe":"text"}');
        facts.object = await roundTrip({ probe: 'object' });
    } finally {
        frame.remove();
    }
    return JSON.stringify(facts);
}

/** Runs the platform probe as the package's code runs: inside the `c` sandbox when `lws`. */
export function probePlatform(padOrigin, lws) {
    if (!lws) return platformProbe(padOrigin);
    let probe;
    evaluateInSandbox(
        'c',
        `$lockerEvalContext$(${platformProbe.toString()});`,
        (value) => {
            probe = value;
        },
        {}
    );
    return probe(padOrigin);
}

/** The second namespace of the LWS browser test: a hostile component's code beside the package. */
export const HOSTILE_NAMESPACE = 'hostile';

/**
 * A hostile script, as a component of another namespace would run it beside the package: it
 * reads and overwrites the package's localStorage keys (and their LWS-prefixed form), clears
 * storage, dispatches forged `message` and `storage` events, posts forged bridge messages to the
 * panel's window, and tries to reach the softphone frame (through the panel's shadow root and the
 * page's frames) to read it and post to it. With `hostCalls` it also goes through the panel's
 * element, which is in the page: it dispatches forged `toolkitcall` and `utilitystate` events on it
 * (asking the Aura host to log out of Omni-Channel), calls an `omniEvent` method with a forged
 * logout if the element has one, and calls `connectHost` with a host of its own, then uses whatever
 * that returns to forge a logout and a toolkit answer. It never throws; it resolves with JSON text
 * saying what it could see and do.
 */
async function hostileScript(userId, padOrigin, hostCalls) {
    const seen = {};
    const attempt = (what, fn) => {
        try {
            const value = fn();
            seen[what] = value === undefined ? 'done' : value;
        } catch (error) {
            seen[what] = `throws: ${error && error.message}`;
        }
    };
    const base = `omniPresenceSync:${userId}`;
    let n = 0;
    const forged = (type, payload) =>
        JSON.stringify({
            protocol: 'omni-presence-bridge',
            version: 2,
            id: `hostile-${++n}`,
            type,
            nonce: 'guessed-nonce',
            payload
        });
    // Storage: what the package keeps, read, overwritten and cleared.
    attempt('keys', () => Object.keys(localStorage));
    attempt('state', () => localStorage.getItem(base));
    attempt('secret', () => localStorage.getItem(`${base}:tabSecret`));
    attempt('prefixedSecret', () => localStorage.getItem(`LSKey[c]${base}:tabSecret`));
    attempt('writeState', () => localStorage.setItem(base, '{"forged":true}'));
    attempt('writeSecret', () => localStorage.setItem(`${base}:tabSecret`, 'forged-secret'));
    attempt('writePrefixedSecret', () => localStorage.setItem(`LSKey[c]${base}:tabSecret`, 'forged-secret'));
    attempt('clear', () => localStorage.clear());
    // Forged events on the window the package listens on.
    const stateChange = forged('state', { state: { major: 'Away', minor: 'Lunch' }, cause: 'agent' });
    attempt('forgedMessageEvent', () => {
        window.dispatchEvent(new MessageEvent('message', { data: stateChange, origin: padOrigin }));
    });
    attempt('forgedStorageEvent', () => {
        window.dispatchEvent(new StorageEvent('storage', { key: base, newValue: '{"forged":true}' }));
    });
    // Forged bridge messages posted to the panel's window (they arrive from this page's origin).
    attempt('postedToWindow', () => {
        window.postMessage(forged('logout', { cause: 'agent' }), '*');
        window.postMessage(stateChange, '*');
    });
    // The softphone frame: through the panel's shadow root, and among the page's frames.
    const panel = document.querySelector('c-presence-sync-panel');
    seen.panelFound = Boolean(panel);
    attempt('shadowRoot', () => (panel && panel.shadowRoot ? 'reachable' : 'null'));
    if (hostCalls) {
        // The panel's element is in the page's light DOM: a forged request from the panel to its
        // Aura host (log the agent out of Omni-Channel), and a forged Omni-Channel event through
        // the panel's public @api method.
        attempt('forgedToolkitCall', () => {
            if (!panel) return 'no panel';
            const detail = { requestId: 'hostile-1', method: 'logout', args: {} };
            return panel.dispatchEvent(new CustomEvent('toolkitcall', { detail })) ? 'dispatched' : 'cancelled';
        });
        attempt('forgedUtilityState', () => {
            if (!panel) return 'no panel';
            const detail = { label: 'Forged', icon: 'warning', highlighted: true };
            return panel.dispatchEvent(new CustomEvent('utilitystate', { detail })) ? 'dispatched' : 'cancelled';
        });
        attempt('forgedOmniEvent', () => {
            if (!panel || typeof panel.omniEvent !== 'function') return 'no omniEvent';
            panel.omniEvent('omniChannelLogout', { reason: 'OmniSupervisorLogout' });
            return 'called';
        });
        seen.hostCalled = [];
        attempt('forgedConnectHost', () => {
            if (!panel || typeof panel.connectHost !== 'function') return 'no connectHost';
            const link = panel.connectHost({
                call: (requestId, method) => seen.hostCalled.push(`call ${method}`),
                utilityState: () => seen.hostCalled.push('utilityState')
            });
            if (!link) return 'refused';
            link.omniEvent('omniChannelLogout', { reason: 'OmniSupervisorLogout' });
            link.toolkitResult('t1', false, 'forged');
            return 'connected';
        });
    }
    let frame = null;
    attempt('frameInShadow', () => {
        frame = (panel && panel.shadowRoot && panel.shadowRoot.querySelector('iframe')) || null;
        return frame ? 'found' : 'not found';
    });
    attempt('pageFrames', () => [...document.querySelectorAll('iframe')].map((f) => f.src).filter(Boolean));
    if (!frame) frame = [...document.querySelectorAll('iframe')].find((f) => f.src.startsWith(padOrigin)) || null;
    if (frame) {
        attempt('frameLocation', () => String(frame.contentWindow.location.href));
        attempt('frameDocument', () => String(frame.contentWindow.document));
        attempt('postedToFrame', () => {
            frame.contentWindow.postMessage(forged('setState', { state: { major: 'Offline' } }), '*');
        });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return JSON.stringify(seen);
}

/**
 * Runs the hostile script as another namespace's code: inside its own sandbox
 * (`HOSTILE_NAMESPACE`) in Lightning Web Security mode, in the page otherwise.
 */
export function runHostileNamespace(userId, padOrigin, lws, hostCalls = false) {
    if (!lws) return hostileScript(userId, padOrigin, hostCalls);
    let run;
    evaluateInSandbox(
        HOSTILE_NAMESPACE,
        `$lockerEvalContext$(${hostileScript.toString()});`,
        (value) => {
            run = value;
        },
        {}
    );
    return run(userId, padOrigin, hostCalls);
}

// For the browser tests: the hostile namespace on demand (console.js sets up window.SIMULATOR).
if (typeof window !== 'undefined') {
    window.simulatorHostile = (userId, hostCalls = false) =>
        runHostileNamespace(userId, window.SIMULATOR?.padOrigin, Boolean(window.SIMULATOR?.lws), hostCalls);
}
