// The panel's softphone frame under Lightning Locker: the panel reaches the frame's window only as
// Locker hands it over, and nothing more. What Locker hands over is taken from Locker's own code,
// open source in forcedotcom/aura (aura-resources/src/main/resources/aura/resources/lockerservice/
// aura-locker.js, Locker 0.6.22, at commit d43015978d728b8545204e046090df13fec09edb):
// - SecureIFrameElement: of an <iframe> a component reaches blur, focus, contentWindow, src, height,
//   width and name; `contentWindow` is SecureIFrameContentWindow(raw.contentWindow, key).
// - SecureIFrameContentWindow(w, key) = SecureMessageEventSource(w, key) plus focus, opener, closed
//   (read-only) and toString; SecureMessageEventSource gives postMessage (arguments passed raw),
//   close and start where the window has them, and onmessage/onmessageerror as filtered properties.
//   Nothing else: no location, document, frames, parent or top of the frame's window.
// - Both look in the same cache first (getFromCache(w, key)): the same window gives the same wrapper
//   to the same namespace, whichever was made first.
// - SecureDOMEvent (what a listener added through SecureWindow receives): `source` is the SecureWindow
//   when the raw source is the page's window, else SecureMessageEventSource(event.source, key), from
//   that cache; every other property of the event is passed through, filtered.
// So under Locker `event.source === frame.contentWindow` holds for the softphone's messages, and
// postMessage is all the panel can do with the frame's window. These tests give the panel exactly that.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { hostLink, panelHarness } from '../../../../../test/jest-support/panel-harness';

const { SOFTPHONE_ORIGIN, defaults, statusId, frameLink, contactPad, flush, mount } = panelHarness({
    createElement,
    PresenceSyncPanel,
    getConfiguration
});

/** What the panel's code (one Locker namespace) may read of a wrapped window: Locker's list. */
const SECURE_IFRAME_CONTENT_WINDOW = [
    'postMessage',
    'close',
    'start',
    'onmessage',
    'onmessageerror',
    'focus',
    'opener',
    'closed'
];

/**
 * Lightning Locker around the panel, for one namespace key: the frame's window as
 * SecureIFrameContentWindow, message events as SecureDOMEvent with their source from the same cache.
 * `reads` records every property the panel's code reads of a wrapped window.
 */
function installLocker({ cached = true } = {}) {
    const rawContentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    const cache = new WeakMap();
    const reads = [];
    const has = (raw, name) => {
        try {
            return name in raw;
        } catch {
            return false;
        }
    };
    /** SecureMessageEventSource(raw, key), with SecureIFrameContentWindow's extras when `asFrame`. */
    function wrap(raw, asFrame) {
        if (!raw) return raw;
        if (cached && cache.has(raw)) return cache.get(raw);
        const st = Object.create(null);
        if (has(raw, 'postMessage')) {
            // createFilteredMethod(..., { rawArguments: true }): the arguments reach the raw window as given.
            Object.defineProperty(st, 'postMessage', { value: (...args) => raw.postMessage(...args) });
        }
        for (const name of ['close', 'start']) {
            if (has(raw, name)) Object.defineProperty(st, name, { value: (...args) => raw[name](...args) });
        }
        for (const name of ['onmessage', 'onmessageerror']) {
            if (!has(raw, name)) continue;
            Object.defineProperty(st, name, {
                get: () => raw[name],
                set: (value) => {
                    raw[name] = value;
                }
            });
        }
        if (asFrame) {
            Object.defineProperty(st, 'toString', {
                value: () => 'SecureIFrameContentWindow: [object Window]{ key: {"namespace":"c"} }'
            });
            if (has(raw, 'focus')) Object.defineProperty(st, 'focus', { value: () => raw.focus() });
            if (has(raw, 'opener')) Object.defineProperty(st, 'opener', { get: () => null });
            if (has(raw, 'closed')) Object.defineProperty(st, 'closed', { get: () => raw.closed });
        }
        const recorded = new Proxy(st, {
            get(target, property, receiver) {
                reads.push(property);
                return Reflect.get(target, property, receiver);
            }
        });
        cache.set(raw, recorded);
        return recorded;
    }
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get() {
            const raw = rawContentWindow.get.call(this);
            return raw ? wrap(raw, true) : raw;
        }
    });

    // SecureWindow.addEventListener: a 'message' listener gets a SecureDOMEvent.
    const rawAdd = window.addEventListener;
    const rawRemove = window.removeEventListener;
    const secureListeners = new Map();
    const secureEvent = (event) =>
        new Proxy(event, {
            get(target, property) {
                if (property === 'source') return target.source === window ? window : wrap(target.source, false);
                const value = Reflect.get(target, property, target);
                return typeof value === 'function' ? value.bind(target) : value;
            }
        });
    window.addEventListener = function (type, listener, options) {
        if (type !== 'message' || typeof listener !== 'function') return rawAdd.call(this, type, listener, options);
        const secure = (event) => listener.call(this, secureEvent(event));
        secureListeners.set(listener, secure);
        return rawAdd.call(this, type, secure, options);
    };
    window.removeEventListener = function (type, listener, options) {
        return rawRemove.call(this, type, secureListeners.get(listener) ?? listener, options);
    };

    return {
        reads,
        raw: (frame) => rawContentWindow.get.call(frame),
        uninstall() {
            Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', rawContentWindow);
            window.addEventListener = rawAdd;
            window.removeEventListener = rawRemove;
        }
    };
}

/**
 * ContactPad in the panel's frame (as panel-harness.js's softphoneIn), wired to the frame's RAW
 * window: the softphone's page is not in the panel's Locker namespace.
 */
function softphoneBehindLocker(locker) {
    return (element, session) => {
        const frame = element.shadowRoot.querySelector('iframe');
        const rawFrameWindow = locker.raw(frame);
        const posts = [];
        const link = frameLink(element, {
            frameWindow: rawFrameWindow,
            onPost: (_data, targetOrigin) => posts.push({ targetOrigin })
        });
        return { ...contactPad(link, session), frame, rawFrameWindow, posts };
    };
}

describe('the softphone frame under Lightning Locker (SecureIFrameElement)', () => {
    let locker;

    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        locker?.uninstall();
        locker = undefined;
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
        jest.clearAllMocks();
    });

    it('connects and syncs both ways through postMessage alone, reading nothing else of the frame window', async () => {
        locker = installLocker();
        const { element, omni, softphone, text } = await mount(
            {},
            'Available',
            undefined,
            defaults.mappings,
            softphoneBehindLocker(locker)
        );
        expect(text('connection')).toContain('Connected');
        // B1: softphone → Omni.
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        // B2: Omni → softphone, posted through the wrapper.
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Break'),
            statusApiName: 'Break',
            statusName: 'Break',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(softphone.commands).toContainEqual(
            expect.objectContaining({ type: 'setState', state: { major: 'Away', minor: 'Break' } })
        );
        // Only what Locker exposes was read, and of that only postMessage.
        const read = new Set(locker.reads.filter((property) => typeof property === 'string'));
        expect([...read].filter((property) => !SECURE_IFRAME_CONTENT_WINDOW.includes(property))).toEqual([]);
        expect(read.has('postMessage')).toBe(true);
    });

    it('the wrapper Locker gives has no location, document, parent or top', async () => {
        locker = installLocker();
        const { softphone } = await mount({}, 'Available', undefined, defaults.mappings, softphoneBehindLocker(locker));
        const wrapper = softphone.frame.contentWindow;
        expect(String(wrapper)).toMatch(/^SecureIFrameContentWindow/);
        for (const property of ['location', 'document', 'parent', 'top', 'frames', 'eval']) {
            expect(wrapper[property]).toBeUndefined();
        }
        // The same window gives the same wrapper (Locker's cache), so event.source === frame.contentWindow.
        expect(softphone.frame.contentWindow).toBe(wrapper);
    });

    it('posts to the frame only for the softphone origin, never to "*"', async () => {
        locker = installLocker();
        const { element, softphone } = await mount(
            {},
            'Available',
            undefined,
            defaults.mappings,
            softphoneBehindLocker(locker)
        );
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Break'),
            statusApiName: 'Break',
            statusName: 'Break',
            reason: 'OmniManualStatusChange'
        });
        await flush();
        expect(softphone.posts.length).toBeGreaterThan(1);
        expect([...new Set(softphone.posts.map((post) => post.targetOrigin))]).toEqual([SOFTPHONE_ORIGIN]);
    });
    it('still connects, by origin and session token, were Locker to give a new wrapper on every access', async () => {
        locker = installLocker({ cached: false });
        const { omni, softphone, text } = await mount(
            {},
            'Available',
            undefined,
            defaults.mappings,
            softphoneBehindLocker(locker)
        );
        expect(softphone.frame.contentWindow).not.toBe(softphone.frame.contentWindow);
        expect(text('connection')).toContain('Connected');
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
    });
});
