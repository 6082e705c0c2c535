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
            const onMessage = (event) => {
                if (event.origin !== padOrigin) return;
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
