/** The softphone link (B18, S1): where the frame goes, the bridge of one driving turn, and the wait for the softphone's hello. */
import { defaults } from '../test-support/runtime-harness';
import { FakeClock } from '../test-support/fake-clock';
import { engineOf } from './driving';
import { initialState } from '../engine/engine';
import { HANDSHAKE_GRACE_MS, SoftphoneLink, type BridgeCallbacks, type BridgePort } from './softphone-link';
import type { SyncSettings } from '../mapping/types';

const settings = (over: Partial<SyncSettings> = {}): SyncSettings => ({
    ...engineOf(defaults).mapping(initialState()).settings,
    softphoneUrl: 'https://pad.example.com/contactpad',
    softphoneCamera: false,
    ...over
});

function link(options: { bridge?: boolean } = {}) {
    const clock = new FakeClock(0);
    const frames: [string | null, boolean][] = [];
    const saved: (string | null)[] = [];
    let changes = 0;
    let callbacks: BridgeCallbacks | null = null;
    const bridge: BridgePort & { started: number; stopped: number; loaded: number } = {
        started: 0,
        stopped: 0,
        loaded: 0,
        start() {
            this.started++;
        },
        stop() {
            this.stopped++;
        },
        send: () => undefined,
        frameLoaded() {
            this.loaded++;
        },
        stats: () => ({ accepted: 0, dropped: 0, byReason: {} }),
        currentStatus: 'connecting',
        softphone: null
    };
    const parts = new SoftphoneLink({
        clock,
        createBridge: (given) => {
            callbacks = given;
            return options.bridge === false ? null : bridge;
        },
        onFrame: (url, camera) => frames.push([url, camera]),
        saveUrl: (url) => saved.push(url),
        changed: () => changes++
    });
    return { clock, frames, saved, bridge, parts, callbacks: () => callbacks!, changes: () => changes };
}

const events = (current = () => true) => ({ current, onInput: jest.fn(), onResult: jest.fn(), onDrop: jest.fn() });

describe('SoftphoneLink', () => {
    it('B18: an early frame from the saved URL stays when the configuration names the same URL', () => {
        const l = link();
        l.parts.placeEarly('https://pad.example.com/contactpad');
        l.parts.connect(settings(), events());
        expect(l.frames).toEqual([['https://pad.example.com/contactpad', false]]);
        expect(l.saved).toEqual(['https://pad.example.com/contactpad']);
        expect(l.bridge.started).toBe(1);
    });

    it('replaces the early frame where the configuration asks for the camera (permissions are fixed at load)', () => {
        const l = link();
        l.parts.placeEarly('https://pad.example.com/contactpad');
        l.parts.connect(settings({ softphoneCamera: true }), events());
        expect(l.frames).toEqual([
            ['https://pad.example.com/contactpad', false],
            ['https://pad.example.com/contactpad', true]
        ]);
    });

    it('says noHandshake once the hello is 8 s overdue, and connected when it comes', () => {
        const l = link();
        l.parts.connect(settings(), events());
        expect(l.parts.view()).toBe('connecting');
        l.clock.advance(HANDSHAKE_GRACE_MS);
        expect(l.parts.view()).toBe('noHandshake');
        expect(l.changes()).toBe(1);
        l.callbacks().onStatus('connected', null);
        expect(l.parts.view()).toBe('connected');
        expect(l.changes()).toBe(2);
    });

    it("drops the bridge's messages once the driving turn is over", () => {
        const l = link();
        let current = true;
        const given = events(() => current);
        l.parts.connect(settings(), given);
        l.callbacks().onInput({ kind: 'tick' });
        current = false;
        l.callbacks().onInput({ kind: 'tick' });
        l.callbacks().onStatus('connected', null);
        expect(given.onInput).toHaveBeenCalledTimes(1);
        expect(l.parts.view()).toBe('connecting');
    });

    it('disconnect() stops the bridge and removes the frame; without a softphone there is neither', () => {
        const l = link();
        l.parts.connect(settings(), events());
        l.parts.disconnect();
        expect(l.bridge.stopped).toBe(1);
        expect(l.frames.at(-1)).toEqual([null, false]);
        expect(l.parts.view()).toBe('none');
        const none = link({ bridge: false });
        none.parts.connect(settings(), events());
        expect(none.parts.view()).toBe('none');
        none.parts.frameLoaded();
        none.parts.disconnect();
        expect(none.frames).toEqual([]);
    });

    describe('issue 21.r3: the first load of a placed frame is not a reload', () => {
        it('a softphone that said hello before its page finished loading stays connected at that load', () => {
            const l = link();
            l.parts.connect(settings(), events());
            l.callbacks().onStatus('connected', null);
            l.parts.frameLoaded();
            expect(l.bridge.loaded).toBe(0);
            // Any later load is the page loading again: the bridge hears of it.
            l.parts.frameLoaded();
            expect(l.bridge.loaded).toBe(1);
        });

        it('the same for an early frame kept by the configuration, and for a frame the configuration replaces', () => {
            const kept = link();
            kept.parts.placeEarly('https://pad.example.com/contactpad');
            kept.parts.connect(settings(), events());
            kept.callbacks().onStatus('connected', null);
            kept.parts.frameLoaded();
            expect(kept.bridge.loaded).toBe(0);

            const replaced = link();
            replaced.parts.placeEarly('https://pad.example.com/contactpad');
            replaced.parts.frameLoaded();
            replaced.parts.connect(settings({ softphoneCamera: true }), events());
            replaced.callbacks().onStatus('connected', null);
            replaced.parts.frameLoaded();
            expect(replaced.bridge.loaded).toBe(0);
        });

        it('an early frame that loaded before the bridge existed: its next load is a reload', () => {
            const l = link();
            l.parts.placeEarly('https://pad.example.com/contactpad');
            l.parts.frameLoaded();
            l.parts.connect(settings(), events());
            l.callbacks().onStatus('connected', null);
            l.parts.frameLoaded();
            expect(l.bridge.loaded).toBe(1);
        });

        it('a first load before the hello still restarts the handshake at once', () => {
            const l = link();
            l.parts.connect(settings(), events());
            l.parts.frameLoaded();
            expect(l.bridge.loaded).toBe(1);
        });
    });
});
