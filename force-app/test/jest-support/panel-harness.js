// The Presence Sync panel in Jest, with Omni-Channel as the Aura host exposes it and ContactPad in its
// frame speaking the bridge protocol through the shipped client. Shared by the panel's test files.
import { SoftphoneBridgeClient } from '../../../src-ts/bridge/client';
import defaults from '../../../src-ts/test-support/package-defaults.generated.json';
import { FakeOmniToolkit } from '../../../src-ts/test-support/fake-omni';
import { obeyingSoftphone } from '../../../src-ts/test-support/fake-softphone';

/**
 * Registers, in the calling describe block, what every panel test does around each test: fake timers
 * before it; after it real timers again, an empty page, empty localStorage and cleared mocks.
 */
export function panelTestPage() {
    beforeEach(() => {
        jest.useFakeTimers();
    });
    afterEach(() => {
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
        jest.clearAllMocks();
    });
}

/** The tag names of the panel's own child components start with this (c-presence-sync-panel-headline, …). */
const PANEL_PART = 'C-PRESENCE-SYNC-PANEL-';

/**
 * The shadow roots the panel draws in: its own, then its child components' (c-presence-sync-panel-*), in the
 * order they come in the page. Base components (lightning-*) are not gone into.
 */
export function panelRoots(element) {
    const roots = [];
    const visit = (root) => {
        if (!root) return;
        roots.push(root);
        for (const node of root.querySelectorAll('*')) if (node.tagName.startsWith(PANEL_PART)) visit(node.shadowRoot);
    };
    visit(element.shadowRoot);
    return roots;
}

/** The first element matching `selector` in the panel's shadow tree or a child component's; null when none. */
export function panelQuery(element, selector) {
    for (const root of panelRoots(element)) {
        const found = root.querySelector(selector);
        if (found) return found;
    }
    return null;
}

/** Every element matching `selector` in the panel's shadow tree and its child components', in page order. */
export function panelQueryAll(element, selector) {
    const found = panelRoots(element).flatMap((root) => [...root.querySelectorAll(selector)]);
    // Roots are listed parent first: put the matches in the order they come in the page.
    return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * Has `observer` watch the panel's shadow tree and its child components' with `options` (a MutationObserver on the
 * panel's shadow root alone sees, under synthetic shadow, no change a child component makes in its own tree).
 */
export function observePanel(observer, element, options) {
    for (const root of panelRoots(element)) observer.observe(root, options);
}

/**
 * The text of `node` as the agent reads it, the panel's child components' included (synthetic shadow's
 * `textContent` leaves out what a child component draws).
 */
export function drawnText(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const children = node.tagName?.startsWith(PANEL_PART) ? node.shadowRoot.childNodes : node.childNodes;
    return [...children].map(drawnText).join('');
}

/** The functions each panel gave its fake Aura host when connected ({omniEvent, toolkitResult}). */
const links = new WeakMap();

/**
 * Connects a fake Aura host to `element` the way the utility item's renderer does: once, before the
 * element is in the page (`connectHost`). `host` is `{call(requestId, method, args), utilityState(detail)}`
 * (both optional here). Returns the panel's functions, also found later with `hostLink(element)`.
 */
export function connectFakeHost(element, host = {}) {
    const link = element.connectHost({
        call: host.call ?? (() => {}),
        utilityState: host.utilityState ?? (() => {})
    });
    if (!link) throw new Error('the panel refused the fake host');
    links.set(element, link);
    return link;
}

/** The panel's functions its fake host holds: `omniEvent(name, params)`, `toolkitResult(requestId, ok, value)`. */
export function hostLink(element) {
    const link = links.get(element);
    if (!link) throw new Error('no fake host connected to this panel');
    return link;
}

/**
 * @param {object} seams createElement (from 'lwc'), PresenceSyncPanel (the component) and getConfiguration
 *     (the mocked Apex method) of the test file.
 */
export function panelHarness({ createElement, PresenceSyncPanel, getConfiguration }) {
    const statusId = (name) => defaults.statuses.find((s) => s.developerName === name).id;
    const SOFTPHONE_ORIGIN = 'https://contactpad.example.com';

    /**
     * Omni-Channel as the Aura host exposes it, connected as the utility item connects (before the
     * element is in the page): toolkit calls through the host's `call`, answered by the shared fake
     * toolkit (src-ts/test-support/fake-omni.ts) through the panel's `toolkitResult`, and its events
     * passed on through the panel's `omniEvent`. `utility` collects the utility states.
     */
    function omniChannel(element, status = 'Available', utility = []) {
        const omni = new FakeOmniToolkit(defaults.statuses, status);
        omni.workload = { configuredCapacity: 4, currentWorkload: 0 };
        let link = null;
        const call = (requestId, method, args) => {
            let answer;
            try {
                answer = omni.call(method, args);
            } catch (error) {
                link.toolkitResult(requestId, false, error.message);
                return;
            }
            answer.then(
                (value) => link.toolkitResult(requestId, true, value),
                (error) => link.toolkitResult(requestId, false, error.message)
            );
        };
        link = connectFakeHost(element, { call, utilityState: (detail) => utility.push(detail) });
        omni.onEvent = (name, params) => link.omniEvent(name, params);
        return omni;
    }

    /**
     * The page in the panel's frame, as the page sees it: its own window (`self`) and the Salesforce page
     * (`parent`), on the softphone's origin. `frameWindow` is the frame's window the page's messages come from
     * and the panel posts to (the frame's own by default; the raw one under a Locker stand-in); `onPost(data,
     * targetOrigin)` sees every post to it, whatever its target.
     */
    function frameLink(element, { frameWindow, onPost = () => {} } = {}) {
        const frame = element.shadowRoot.querySelector('iframe');
        const frameSide = frameWindow ?? frame.contentWindow;
        const listeners = new Set();
        const self = {
            addEventListener: (_type, listener) => listeners.add(listener),
            removeEventListener: (_type, listener) => listeners.delete(listener)
        };
        const parent = {
            postMessage: (data, targetOrigin) => {
                if (targetOrigin !== window.location.origin) return;
                window.dispatchEvent(
                    new MessageEvent('message', {
                        data: JSON.parse(JSON.stringify(data)),
                        origin: SOFTPHONE_ORIGIN,
                        source: frameSide
                    })
                );
            }
        };
        // What the utility posts to the frame reaches the softphone, only at the softphone's origin.
        frameSide.postMessage = (data, targetOrigin) => {
            onPost(data, targetOrigin);
            if (targetOrigin !== SOFTPHONE_ORIGIN) return;
            const event = { data: JSON.parse(JSON.stringify(data)), origin: window.location.origin, source: parent };
            Promise.resolve().then(() => listeners.forEach((listener) => listener(event)));
        };
        return { frame, self, parent };
    }

    /** ContactPad in the panel's frame, speaking the bridge protocol through the shipped client. */
    function softphoneIn(element, session) {
        const { frame, self, parent } = frameLink(element);
        return { ...contactPad({ self, parent }, session), frame };
    }

    /**
     * ContactPad on a frame's page (`self`, `parent` as frameLink gives them), logged in and Ready unless `session`
     * says otherwise: the shipped client, obeying the panel's commands (noted in `commands`).
     */
    function contactPad({ self, parent }, session = { loggedIn: true, state: { major: 'Ready', minor: null } }) {
        const commands = [];
        const client = new SoftphoneBridgeClient({
            vendor: 'Vonage',
            product: 'ContactPad',
            version: '1.0.0',
            capabilities: ['state', 'login', 'logout', 'interactions', 'workItems', 'reservedStates'],
            catalogue: defaults.catalogue,
            allowedHostOrigins: [window.location.origin],
            initialSession: session,
            self,
            parent,
            onCommand: obeyingSoftphone(() => client, commands)
        });
        client.start();
        return { client, commands };
    }

    function blobText(blob) {
        return new Promise((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result);
            reader.readAsText(blob);
        });
    }

    /** Lets promises settle and time pass (the tab election waits a moment before this tab drives). */
    async function flush(rounds = 30, ms = 50) {
        for (let i = 0; i < rounds; i++) {
            await Promise.resolve();
        }
        if (ms > 0) {
            jest.advanceTimersByTime(ms);
            for (let i = 0; i < rounds; i++) {
                await Promise.resolve();
            }
        }
    }

    async function mount(
        settings = {},
        omniStatus = 'Available',
        session,
        mappings = defaults.mappings,
        attach = softphoneIn
    ) {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        const utility = [];
        const omni = omniChannel(element, omniStatus, utility);
        getConfiguration.mockResolvedValue({
            mappings,
            statuses: defaults.statuses,
            settings: { ...defaults.settings, Softphone_Url__c: `${SOFTPHONE_ORIGIN}/pad`, ...settings }
        });
        document.body.appendChild(element);
        await flush(30, 1000);
        const softphone = attach(element, session);
        element.shadowRoot.querySelector('iframe').dispatchEvent(new CustomEvent('load'));
        await flush(30, 100);
        return {
            element,
            omni,
            softphone,
            utility,
            text: (id) => panelQuery(element, `[data-id="${id}"]`)?.textContent.trim() ?? null
        };
    }

    return {
        connectFakeHost,
        hostLink,
        SOFTPHONE_ORIGIN,
        defaults,
        statusId,
        omniChannel,
        frameLink,
        contactPad,
        softphoneIn,
        blobText,
        flush,
        mount
    };
}
