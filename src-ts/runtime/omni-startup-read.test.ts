/**
 * The Omni start-up read (B15) and the follower's session probe (B18 with B5), each with a fake
 * toolkit that answers as the test says.
 */
import { initialState } from '../engine/engine';
import type { EngineInput, EngineState } from '../engine/types';
import { FakeClock } from '../test-support/fake-clock';
import { OmniSessionProbe, OmniStartupRead, presenceOf, type OmniReadHost } from './omni-startup-read';
import { callToolkit, type ToolkitAnswer } from './toolkit-queue';

const flush = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A host whose status read answers from `status`, the works read from `works` (empty by default), the workload empty. */
function host(
    status: () => ToolkitAnswer,
    works: () => ToolkitAnswer = () => ({ ok: true, value: [], answered: true })
) {
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
            if (method === 'getServicePresenceStatusId') return Promise.resolve(status());
            return Promise.resolve(method === 'getAgentWorks' ? works() : { ok: true, value: [], answered: true });
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
        expect(presenceOf({ ok: false, value: new Error('x'), answered: false })).toBe('unknown');
        // The toolkit's rejection is its answer for an agent not logged in (see presenceOf).
        expect(presenceOf({ ok: false, value: new Error('x'), answered: true })).toBe('offline');
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

    it('B15: a refusal is the toolkit saying "not logged in": offline at once, with no failure said (issue 23)', async () => {
        const h = host(() => ({ ok: false, value: new Error('the agent is not logged in'), answered: true }));
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.notes).toEqual([]);
        expect(h.reads).toHaveLength(3);
        expect(h.steps).toEqual([expect.objectContaining({ event: 'snapshot', loggedIn: false })]);
    });

    it('B15: a refusal while Omni is online (not loaded yet after a reload): the read 3 s later feeds its status (review 6.3)', async () => {
        // Old code: offline for good, the agent online in Omni; one step and three reads.
        let refuse = true;
        const h = host(() =>
            refuse
                ? { ok: false, value: new Error('Omni-Channel is not loaded'), answered: true }
                : { ok: true, value: { statusId: '0N5A', statusApiName: 'Available' }, answered: true }
        );
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.steps).toEqual([expect.objectContaining({ event: 'snapshot', loggedIn: false })]);
        h.state.omni.presence = 'offline';
        refuse = false;
        h.clock.advance(2999);
        await flush();
        expect(h.reads).toHaveLength(3);
        h.clock.advance(1);
        await flush();
        expect(h.reads).toHaveLength(6);
        expect(h.steps.at(-1)).toEqual(
            expect.objectContaining({ event: 'snapshot', loggedIn: true, statusId: '0N5A', statusApiName: 'Available' })
        );
        expect(h.notes).toEqual([]);
    });

    it('B15: a refusal confirmed by a second refusal stays offline; one confirming read only, none after an Omni event', async () => {
        const h = host(() => ({ ok: false, value: new Error('not logged in'), answered: true }));
        new OmniStartupRead(h.parts).begin();
        await flush();
        h.state.omni.presence = 'offline';
        for (let i = 0; i < 30; i++) {
            h.clock.advance(10_000);
            await flush();
        }
        expect([h.reads.length, h.steps.length, h.clock.pendingTimers]).toEqual([6, 1, 0]);
        // The agent logged in before the confirming read: no read at all.
        const g = host(() => ({ ok: false, value: new Error('not logged in'), answered: true }));
        new OmniStartupRead(g.parts).begin();
        await flush();
        g.state.omni.presence = 'online';
        g.clock.advance(3000);
        await flush();
        expect([g.reads.length, g.steps.length]).toEqual([3, 1]);
    });

    it('B15: a refusal while the work read returned items is not offline: asked again (review 6.3)', async () => {
        // Old code: a snapshot "logged out" at once, though the agent holds work.
        let refuse = true;
        const h = host(
            () =>
                refuse
                    ? { ok: false, value: new Error('transient'), answered: true }
                    : { ok: true, value: { statusId: '0N5A' }, answered: true },
            () => ({ ok: true, value: { works: [{ workId: '0Bz1', workItemId: '500x' }] }, answered: true })
        );
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.steps).toEqual([]);
        refuse = false;
        h.clock.advance(500);
        await flush();
        expect(h.steps).toEqual([
            expect.objectContaining({ event: 'snapshot', loggedIn: true, statusId: '0N5A', works: [expect.anything()] })
        ]);
    });

    it('B15: after an Omni-Channel connection error a refusal is unknown, asked again', async () => {
        let refuse = true;
        const h = host(() =>
            refuse
                ? { ok: false, value: new Error('refused'), answered: true }
                : { ok: true, value: { statusId: '0N5A' }, answered: true }
        );
        h.state.omni.connectionError = true;
        new OmniStartupRead(h.parts).begin();
        await flush();
        expect(h.steps).toEqual([]);
        refuse = false;
        h.clock.advance(500);
        await flush();
        expect(h.steps).toEqual([expect.objectContaining({ event: 'snapshot', loggedIn: true })]);
    });

    it('B15: an unanswered read is asked again a bounded number of times, then waits for an Omni event', async () => {
        const h = host(() => ({ ok: false, value: new Error('toolkit-no-answer'), answered: false }));
        new OmniStartupRead(h.parts).begin();
        for (let i = 0; i < 60; i++) {
            h.clock.advance(10_000);
            await flush();
        }
        // The first read and eight retries, three reads each; nothing after that, however long.
        expect(h.reads).toHaveLength(27);
        expect(h.clock.pendingTimers).toBe(0);
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

/** A host whose status reads wait until the test answers them, one by one. */
function heldHost() {
    const answers: ((answer: ToolkitAnswer) => void)[] = [];
    const h = host(() => ({ ok: true, value: null, answered: true }));
    h.parts.read = (method) => {
        h.reads.push(method);
        if (method !== 'getServicePresenceStatusId') return Promise.resolve({ ok: true, value: [], answered: true });
        return new Promise((resolve) => answers.push(resolve));
    };
    return { ...h, answers };
}

const unanswered: ToolkitAnswer = { ok: false, value: new Error('toolkit-no-answer'), answered: false };

describe('OmniStartupRead: no answer keeps a read loop alive (issue 23)', () => {
    it('an answer that comes after a newer read started is dropped: one chain of retries, not two', async () => {
        const h = heldHost();
        const read = new OmniStartupRead(h.parts);
        read.begin();
        read.begin();
        h.answers[0]?.(unanswered);
        h.answers[1]?.(unanswered);
        await flush();
        h.clock.advance(500);
        await flush();
        // One retry of the newest read: three more reads, not six.
        expect(h.reads).toHaveLength(9);
        expect(h.clock.pendingTimers).toBe(0);
    });

    it('an answer that comes after stop() (or after another page took over) neither steps nor reads again', async () => {
        const h = heldHost();
        const read = new OmniStartupRead(h.parts);
        read.begin();
        // Another page takes over: this tab stops driving, its turn ends, then the answer arrives.
        read.stop();
        h.endTurn();
        h.answers[0]?.(unanswered);
        h.answers.length = 0;
        await flush();
        h.clock.advance(600_000);
        await flush();
        expect(h.reads).toHaveLength(3);
        expect(h.steps).toEqual([]);
        // Even within the same turn, stop() drops the answer on its way.
        read.begin();
        read.stop();
        h.answers[0]?.({ ok: true, value: { statusId: '0N5A' }, answered: true });
        await flush();
        expect(h.steps).toEqual([]);
        expect(h.clock.pendingTimers).toBe(0);
    });

    it('a toolkit that answers after the timeout: the late answer is ignored and the retries stay bounded', async () => {
        const clock = new FakeClock(0);
        const h = host(() => unanswered);
        let statusReads = 0;
        const toolkit = {
            call: (method: string) =>
                new Promise<unknown>((resolve) => {
                    if (method === 'getServicePresenceStatusId') statusReads++;
                    // Under load every answer comes 3 s later, after the 1 s timeout.
                    clock.setTimeout(() => {
                        resolve({ statusId: '0N5A' });
                    }, 3000);
                })
        };
        h.parts.clock = clock;
        h.parts.read = (method) => callToolkit(toolkit, clock, 1000, method);
        new OmniStartupRead(h.parts).begin();
        for (let i = 0; i < 600; i++) {
            clock.advance(1000);
            await flush();
        }
        expect(h.steps).toEqual([]);
        expect(statusReads).toBe(9);
        expect(clock.pendingTimers).toBe(0);
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
