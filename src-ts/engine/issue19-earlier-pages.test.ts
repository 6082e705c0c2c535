/**
 * Issue 19 (d) across more than one console reload: "an echo of the sync's own command, late, after a
 * timeout, or from the page before a reload, is never the latest genuine change". The calls of every earlier
 * page still within their echo window are carried from save to save (src-ts/engine/earlier-page.ts).
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import { MAX_LATE_ECHOES } from './earlier-page';
import { initialState, resumeState } from './state-lifecycle';
import type { LateEcho } from './types';
import {
    expectClean,
    omniMethod,
    omniOf,
    softphoneOf,
    softphonePicks,
    state,
    statusPick,
    world
} from '../test-support/hostile-script';

describe('issue 19 (d): the calls of pages two reloads back', () => {
    /**
     * The first page's call (On_a_Call, B1) is under way at a reload 414,780 ms after it was sent; the second
     * page's start-up call of the same status (B15) is under way at the next reload 4,719 ms later. Both land on
     * the third page, the first page's `delay` steps after (around the end of its window).
     */
    const twoReloads = (delay: number) => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'On_a_Call'), plan: { delay, survivesReload: true } },
            {
                when: omniMethod('setServicePresenceStatus', 'On_a_Call'),
                plan: { delay, outcome: 'timeout', survivesReload: true }
            },
            { when: omniMethod('setServicePresenceStatus', 'Available'), plan: { outcome: 'timeout' } }
        ]);
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'After_Call_Work'), withReason: false });
        w.act({ kind: 'backToBack', pick: 0 }); // call-1 → On_a_Call [B1]
        w.act({ kind: 'consoleReload', gapMs: 414780, origin: 0, stale: 0, callEnds: false }); // → On_a_Call [B15]
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'call', pick: 0 });
        w.act({ kind: 'consoleReload', gapMs: 4719, origin: 0, stale: 0, callEnds: false }); // → Available [B15]
        w.act({ kind: 'advance', ms: 501 });
        expectClean(w);
        expect(softphoneOf(w)).toBe('Ready');
    };

    it('B12: two reloads in a row; the first page’s call lands unrecognisably late, then the second page’s: no change follows', () => {
        twoReloads(4);
    });

    it('B12: the same, the first page’s call landing after its window: the second page’s landing is still no change', () => {
        twoReloads(5);
    });

    it('B12: a call two pages back whose result came before its echo claims no later pick of the same status', () => {
        const w = world(shippedConfig(), { omniOnline: true, softphone: state('Ready') }, [
            { when: omniMethod('setServicePresenceStatus', 'Away'), plan: { resultFirst: true } }
        ]);
        w.act(softphonePicks(w, state('Away'))); // → setServicePresenceStatus Away: its result, then its echo
        // The first page's last save (after the echo) failed: the next page expects the call's echo still.
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 1, callEnds: false });
        w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: false });
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Lunch'), withReason: false });
        // Within the old call's echo window, but after a newer change: the agent's own.
        w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Away'), withReason: false });
        expectClean(w);
        expect([omniOf(w), softphoneOf(w)]).toEqual(['Away', 'Away']);
    });
});

/** A late echo of an Omni status call, as a page saves it (`EngineState.lateEchoes`). */
const late = (id: string, issuedAt: number, extra: Partial<LateEcho> = {}): LateEcho => ({
    side: 'omni',
    id,
    target: { kind: 'status', status: 'Away', rule: 'B1', mayLogin: false },
    issuedAt,
    until: issuedAt + 300_000,
    earlier: true,
    toolkitOnly: false,
    ...extra
});

/** A saved state with these late echoes and, if given, a status call in flight issued at `flightAt`. */
function saved(lateEchoes: LateEcho[], flightAt: number | null): unknown {
    const state = initialState();
    state.seq = 40;
    state.lateEchoes = lateEchoes;
    if (flightAt !== null)
        state.omni.inFlight = {
            id: 'o40',
            target: { kind: 'status', status: 'Lunch', rule: 'B1', mayLogin: false },
            rule: 'B1',
            attempt: 1,
            issuedAt: flightAt,
            superseded: false,
            echoed: false,
            overtaken: false
        };
    return JSON.parse(JSON.stringify(state));
}

describe('issue 19 (d): the saved state carries every earlier page’s calls', () => {
    it('a late echo an earlier page read as landed stays landed after the next reload', () => {
        const resumed = resumeState(saved([late('o3', 1000, { landed: true })], null));
        expect(resumed?.lateEchoes).toEqual([late('o3', 1000, { landed: true })]);
    });

    it('beyond MAX_LATE_ECHOES the oldest issued go, never the saved page’s own call in flight', () => {
        const older = Array.from({ length: MAX_LATE_ECHOES }, (_, i) => late(`o${i + 1}`, i * 1000));
        const resumed = resumeState(saved(older, 60_000));
        const ids = (resumed?.lateEchoes ?? []).map((l) => l.id);
        expect(ids).toHaveLength(MAX_LATE_ECHOES);
        expect(ids).not.toContain('o1');
        expect(ids.slice(-2)).toEqual([`o${MAX_LATE_ECHOES}`, 'o40']);
    });

    it('a state saved by the previous version (late echoes without `landed` or `issuedAt`, `lead`) still resumes', () => {
        const previous = {
            ...(saved([], 5000) as Record<string, unknown>),
            latestChange: undefined,
            lead: { side: 'omni', value: { kind: 'status', status: 'Lunch' }, at: 4000 },
            lateEchoes: [
                {
                    side: 'omni',
                    id: 'o7',
                    target: { kind: 'status', status: 'Away', rule: 'B14' },
                    until: 400_000,
                    earlier: true,
                    toolkitOnly: true
                }
            ]
        };
        const resumed = resumeState(JSON.parse(JSON.stringify(previous)));
        expect(resumed?.latestChange).toEqual({ side: 'omni', value: { kind: 'status', status: 'Lunch' }, at: 4000 });
        expect(resumed?.lateEchoes?.map((l) => [l.id, l.issuedAt, l.until, l.toolkitOnly, l.landed])).toEqual([
            ['o40', 5000, 425_000, false, undefined],
            // Issued, for all the save tells, a late echo window before its own closes.
            ['o7', 100_000, 400_000, true, undefined]
        ]);
    });
});
