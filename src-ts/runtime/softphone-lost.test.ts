/**
 * Issue 21.1 (B17): the softphone link tells a softphone that was connected and stopped answering (`lost`, with
 * when) apart from one that never said hello (`noHandshake`, whose set-up advice the panel gives).
 */
import { defaults } from '../test-support/runtime-harness';
import { FakeClock } from '../test-support/fake-clock';
import { engineOf } from './driving';
import { initialState } from '../engine/engine';
import { HANDSHAKE_GRACE_MS, SoftphoneLink, type BridgeCallbacks, type BridgePort } from './softphone-link';
import { buildView, type BridgeView, type ViewSources } from './view';
import type { SyncSettings } from '../mapping/types';

const WALL = Date.UTC(2026, 11, 6, 9, 2, 0);

function link() {
    const clock = new FakeClock(0);
    let callbacks: BridgeCallbacks | null = null;
    const bridge: BridgePort = {
        start: () => undefined,
        stop: () => undefined,
        send: () => undefined,
        frameLoaded: () => undefined,
        stats: () => ({ accepted: 0, dropped: 0, byReason: {} }),
        currentStatus: 'connecting',
        softphone: null
    };
    const parts = new SoftphoneLink({
        clock,
        createBridge: (given) => {
            callbacks = given;
            return bridge;
        },
        saveUrl: () => undefined,
        changed: () => undefined,
        wallNow: () => WALL + clock.now()
    });
    const settings = {
        ...engineOf(defaults).mapping(initialState()).settings,
        softphoneUrl: 'https://pad.example.com/'
    };
    parts.connect(settings, { current: () => true, onInput: jest.fn(), onResult: jest.fn(), onDrop: jest.fn() });
    return {
        clock,
        parts,
        status: (s: 'connected' | 'connecting', detail: string | null = null) => {
            callbacks!.onStatus(s, detail);
        }
    };
}

describe('issue 21.1: a lost softphone is not a softphone that never connected', () => {
    it('lost at once, with the time, when a connected softphone goes silent; connected again clears it', () => {
        const l = link();
        l.status('connected', 'Vonage ContactPad 1.0.0');
        l.clock.advance(60000);
        l.status('connecting', 'heartbeat-lost');
        expect(l.parts.view()).toBe('lost');
        expect(l.parts.lostAt()).toBe(WALL + 60000);
        // Past the grace period too it stays lost, never "no handshake" (whose advice is for set-up problems).
        l.clock.advance(HANDSHAKE_GRACE_MS * 3);
        l.parts.frameLoaded();
        l.clock.advance(HANDSHAKE_GRACE_MS);
        expect(l.parts.view()).toBe('lost');
        expect(l.parts.lostAt()).toBe(WALL + 60000);
        l.status('connected', 'Vonage ContactPad 1.0.0');
        expect(l.parts.view()).toBe('connected');
        expect(l.parts.lostAt()).toBeNull();
    });

    it('a softphone page that reloads itself is connecting during the grace period, lost only when it stays silent', () => {
        const l = link();
        l.status('connected', 'Vonage ContactPad 1.0.0');
        l.status('connecting', 'frame-reloaded');
        expect(l.parts.view()).toBe('connecting');
        l.clock.advance(HANDSHAKE_GRACE_MS);
        expect(l.parts.view()).toBe('lost');
        expect(l.parts.lostAt()).toBe(WALL);
    });

    it('a softphone that never connected is noHandshake once overdue, never lost', () => {
        const l = link();
        l.clock.advance(HANDSHAKE_GRACE_MS);
        expect(l.parts.view()).toBe('noHandshake');
        expect(l.parts.lostAt()).toBeNull();
    });

    it('a new driving turn forgets the loss', () => {
        const l = link();
        l.status('connected');
        l.status('connecting', 'softphone-closed');
        expect(l.parts.view()).toBe('lost');
        l.parts.disconnect();
        expect(l.parts.view()).toBe('none');
        expect(l.parts.lostAt()).toBeNull();
    });
});

describe('issue 21.1: the view of a lost softphone', () => {
    const engine = engineOf(defaults);
    const sources = (bridge: BridgeView, settings: Partial<SyncSettings> = {}): ViewSources => {
        const state = initialState();
        return {
            role: 'driver',
            engine,
            state,
            settings: { ...engine.mapping(state).settings, ...settings },
            saveProblem: null,
            bridge,
            lostAt: bridge === 'lost' ? WALL : null,
            bridgeStats: null,
            softphone: null,
            tabs: { coordination: 'ok', softphoneHere: true, canTakeOver: false },
            decisions: [],
            wallNow: WALL + 5000
        };
    };

    it('carries when it stopped answering and the Disconnect Status with its label, and counts as an error', () => {
        const view = buildView(sources('lost', { disconnectStatus: 'Away' }));
        expect(view.softphone.lost).toEqual({ at: WALL, disconnectStatus: 'Away', disconnectLabel: 'Away' });
        expect(view.health).toBe('error');
        expect(buildView(sources('lost')).softphone.lost).toEqual({
            at: WALL,
            disconnectStatus: null,
            disconnectLabel: null
        });
        expect(buildView(sources('noHandshake')).softphone.lost).toBeNull();
    });
});
