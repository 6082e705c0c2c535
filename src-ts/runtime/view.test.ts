/** The view: its health verdict, how a driver builds it, and its revision. */
import { initialState } from '../engine/engine';
import type { Diagnostic } from '../engine/types';
import { defaults } from '../test-support/runtime-harness';
import { engineOf } from './driving';
import { buildView, healthOf, shownKey, ViewRevision, type ViewSources } from './view';

const diagnostic = (severity: Diagnostic['severity'], code = 'x'): Diagnostic =>
    ({ code, severity, subject: null, message: '' }) as unknown as Diagnostic;

describe('healthOf', () => {
    it('a follower is fine; an error diagnostic (not of the configuration) or a dead bridge is an error', () => {
        expect(healthOf([diagnostic('error')], 'rejected', 'follower')).toBe('ok');
        expect(healthOf([diagnostic('error')], 'connected', 'driver')).toBe('error');
        expect(healthOf([diagnostic('error', 'config')], 'connected', 'driver')).toBe('attention');
        expect(healthOf([], 'noHandshake', 'driver')).toBe('error');
        expect(healthOf([], 'connecting', 'driver')).toBe('attention');
        expect(healthOf([diagnostic('info')], 'connected', 'driver')).toBe('ok');
    });
});

describe('buildView', () => {
    const engine = engineOf(defaults);
    const sources = (over: Partial<ViewSources> = {}): ViewSources => {
        const state = initialState();
        return {
            role: 'driver',
            engine,
            state,
            settings: engine.mapping(state).settings,
            saveProblem: null,
            bridge: 'connected',
            bridgeStats: { accepted: 3, dropped: 2, byReason: { 'wrong-source': 2 } },
            softphone: { vendor: 'Vonage', product: 'ContactPad' } as never,
            tabs: { coordination: 'ok', softphoneHere: true, canTakeOver: false },
            decisions: [],
            wallNow: 1234,
            ...over
        };
    };

    it("shows the driver's state, the softphone, the rejected messages and the wall-clock time", () => {
        const view = buildView(sources());
        expect(view).toMatchObject({
            role: 'driver',
            omni: { presence: 'unknown', status: null, label: null },
            softphone: { bridge: 'connected', product: 'Vonage ContactPad', onInteraction: false },
            held: null,
            rejectedMessages: 2,
            rejectedByReason: { 'wrong-source': 2 },
            updatedAt: 1234,
            revision: 0
        });
    });

    it('says when the state could not be saved (B16)', () => {
        const saved = buildView(sources()).diagnostics.length;
        expect(buildView(sources({ saveProblem: 'QuotaExceededError' })).diagnostics).toHaveLength(saved + 1);
    });
});

describe('ViewRevision and shownKey', () => {
    it('bumps the revision only when what the panel shows changed (not the clock)', () => {
        const engine = engineOf(defaults);
        const state = initialState();
        const base = buildView({
            role: 'driver',
            engine,
            state,
            settings: engine.mapping(state).settings,
            saveProblem: null,
            bridge: 'none',
            bridgeStats: null,
            softphone: null,
            tabs: { coordination: 'ok', softphoneHere: false, canTakeOver: false },
            decisions: [],
            wallNow: 1
        });
        const revision = new ViewRevision();
        const first = revision.revise(shownKey(base, 0, 0));
        expect(revision.revise(shownKey({ ...base, updatedAt: 99 }, 0, 0))).toBe(first);
        expect(revision.revise(shownKey(base, 1, 1))).toBe(first + 1);
        expect(revision.revise(shownKey({ ...base, health: 'error' }, 1, 1))).toBe(first + 2);
    });
});
