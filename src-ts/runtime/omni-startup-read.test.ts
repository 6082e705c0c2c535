/**
 * The Omni start-up read (B15) and the follower's session probe (B18 with B5), each with a fake
 * toolkit that answers as the test says.
 */
import { initialState } from '../engine/engine';
import type { EngineInput, EngineState } from '../engine/types';
import { FakeClock } from '../test-support/fake-clock';
import { OmniSessionProbe, OmniStartupRead, presenceOf, type OmniReadHost } from './omni-startup-read';
import type { ToolkitAnswer } from './toolkit-queue';

const flush = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A host whose status read answers from `status` (works and workload answer empty). */
function host(status: () => ToolkitAnswer) {
    const clock = new FakeClock(0);
    const state: EngineState = initialState();
    const steps: EngineInput[] = [];
    const notes: string[] = [];
    const reads: string[] = [];
    let turn = 1;
    const parts: OmniReadHost = {
        clock,
        read: (method) => {
            reads.push(method);
            return Promise.resolve(
                method === 'getServicePresenceStatusId' ? status() : { ok: true, value: [], answered: true }
            );
        },
        turn: () => turn,
        isTurn: (sent) => sent === turn,
        state: () => state,
        step: (input) => steps.push(input),
        note: (_rule, _event, outcome) => notes.push(outcome),
        flushSoon: () => undefined
    };
    return { clock, state, steps, notes, reads, parts, endTurn: () => turn++ };
}

describe('presenceOf', () => {
    it('reads a status as online, no status as offline, and no answer as unknown (B15)', () => {
        expect(presenceOf({ ok: true, value: { statusId: '0N5x' } })).toBe('online');
        expect(presenceOf({ ok: true, value: null })).toBe('offline');
        expect(presenceOf({ ok: true, value: { statusId: '' } })).toBe('offline');
        expect(presenceOf({ ok: true, value: { statusId: 7 } })).toBe('unknown');
        expect(presenceOf({ ok: false, value: new Error('x') })).toBe('unknown');
    });
});

describe('OmniStartupRead', () => {
    it('reads the three start-up reads and tells the engine a definite answer as a snapshot', async () => {
        const h = host(() => ({ ok: true, value: { statusId: '0N5A', statusApiName: 'Available' }, answered: true }));
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.reads).toEqual(['getServicePresenceStatusId', 'getAgentWorks', 'getAgentWorkload']);
        expect(h.steps).toEqual([
            {
                kind: 'omni',
                event: 'snapshot',
                loggedIn: true,
                statusId: '0N5A',
                statusApiName: 'Available',
                works: [],
                workload: null
            }
        ]);
    });

    it('B15: asks again with backoff while unanswered, never taking it for offline', async () => {
        const h = host(() => ({ ok: false, value: new Error('toolkit-no-answer'), answered: false }));
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.notes).toEqual(['omniUnknown']);
        h.clock.advance(499);
        await flush();
        expect(h.reads).toHaveLength(3);
        h.clock.advance(1);
        await flush();
        expect(h.reads).toHaveLength(6);
        h.clock.advance(1000);
        await flush();
        expect(h.reads).toHaveLength(9);
        expect(h.steps).toEqual([]);
        // Said once this turn, not at every retry (issue 21).
        expect(h.notes).toEqual(['omniUnknown']);
    });

    it('B15: three refusals in a row count as offline, with no failure said (issue 21: the agent is offline)', async () => {
        const h = host(() => ({ ok: false, value: new Error('refused'), answered: true }));
        new OmniStartupRead(h.parts).begin();
        await flush();
        h.clock.advance(500);
        await flush();
        h.clock.advance(1000);
        await flush();
        expect(h.notes).toEqual([]);
        expect(h.steps).toEqual([expect.objectContaining({ event: 'snapshot', loggedIn: false })]);
    });

    it('reads again when an Omni event came while reading; drops the answer of an ended turn', async () => {
        const h = host(() => ({ ok: true, value: null, answered: true }));
        const read = new OmniStartupRead(h.parts);
        read.begin();
        read.eventSeen();
        await flush();
        expect(h.reads).toHaveLength(6);
        expect(h.steps).toHaveLength(1);
        read.begin();
        h.endTurn();
        await flush();
        expect(h.steps).toHaveLength(1);
    });
});

describe('OmniSessionProbe', () => {
    it('B18 with B5: a follower asks its own Omni until the session is here, then takes over', async () => {
        const clock = new FakeClock(0);
        let online = false;
        let tookOver = 0;
        const probe = new OmniSessionProbe({
            clock,
            read: () => Promise.resolve({ ok: true, value: online ? { statusId: 's' } : null, answered: true }),
            following: () => true,
            sessionHere: () => tookOver++
        });
        probe.start();
        clock.advance(0);
        await flush();
        expect(tookOver).toBe(0);
        online = true;
        clock.advance(1000);
        await flush();
        expect(tookOver).toBe(1);
    });

    it('stops asking after its last attempt, and at once when stopped', async () => {
        const clock = new FakeClock(0);
        let reads = 0;
        const probe = new OmniSessionProbe({
            clock,
            read: () => {
                reads++;
                return Promise.resolve({ ok: true, value: null, answered: true });
            },
            following: () => true,
            sessionHere: () => undefined
        });
        probe.start();
        for (let i = 0; i < 20; i++) {
            clock.advance(1000);
            await flush();
        }
        expect(reads).toBe(5);
        probe.start();
        probe.stop();
        clock.advance(60_000);
        await flush();
        expect(reads).toBe(5);
    });
});
