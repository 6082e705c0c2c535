/**
 * The audit log (B20) as a ring: the same order, bound and exports as before, and a change that
 * costs the same however many entries the log holds (issue 23).
 */
import type { Decision } from '../engine/types';
import { AuditLog, type AuditEntry } from './audit';

function decision(n: number): Decision {
    return {
        at: n,
        input: `input ${n}`,
        rule: 'B1',
        outcome: 'command',
        detailKey: 'omni_changed',
        commands: []
    } as unknown as Decision;
}

const seqs = (entries: readonly AuditEntry[]) => entries.map((entry) => entry.seq);

describe('AuditLog as a ring', () => {
    it('keeps the newest entries in order, oldest first, across many turns of the ring', () => {
        const log = new AuditLog(5);
        for (let n = 1; n <= 23; n++) log.add([decision(n)]);
        expect(seqs(log.all())).toEqual([19, 20, 21, 22, 23]);
        expect(seqs(log.latest(3))).toEqual([23, 22, 21]);
        expect(seqs(log.latest(50))).toEqual([23, 22, 21, 20, 19]);
        expect(seqs(log.since(20))).toEqual([21, 22, 23]);
        expect(seqs(log.since(0))).toEqual([19, 20, 21, 22, 23]);
        expect(log.since(23)).toEqual([]);
        expect(log.size).toBe(5);
        expect(log.lastSeq).toBe(23);
        expect(log.all()[0]).toMatchObject({ input: 'input 19', seq: 19 });
    });

    it('adds several decisions of one step in order, more than the ring holds keeping the newest', () => {
        const log = new AuditLog(3);
        log.add([decision(1), decision(2)]);
        log.add([decision(3), decision(4), decision(5), decision(6)]);
        expect(seqs(log.all())).toEqual([4, 5, 6]);
    });

    it('resizes from a turned ring, smaller and larger, keeping the newest in order', () => {
        const log = new AuditLog(4);
        for (let n = 1; n <= 10; n++) log.add([decision(n)]);
        log.resize(2);
        expect(seqs(log.all())).toEqual([9, 10]);
        log.resize(5);
        for (let n = 11; n <= 14; n++) log.add([decision(n)]);
        expect(seqs(log.all())).toEqual([10, 11, 12, 13, 14]);
        expect(seqs(log.latest(2))).toEqual([14, 13]);
    });

    it('restores, starts after a stored log and puts its older entries before the new ones', () => {
        const log = new AuditLog(4);
        log.restore([{ ...decision(1), seq: 7 }, { bad: true }, { ...decision(2), seq: 8 }]);
        expect(seqs(log.all())).toEqual([7, 8]);
        expect(log.lastSeq).toBe(8);
        log.startAfter(8);
        expect(log.size).toBe(0);
        for (let n = 0; n < 3; n++) log.add([decision(n)]);
        log.restoreOlder([
            { ...decision(1), seq: 6 },
            { ...decision(1), seq: 8 },
            { ...decision(1), seq: 9 }
        ]);
        expect(seqs(log.all())).toEqual([8, 9, 10, 11]);
        log.add([decision(12)]);
        expect(seqs(log.all())).toEqual([9, 10, 11, 12]);
        expect(log.toCsv().split('\r\n')).toHaveLength(5);
        expect(seqs((JSON.parse(log.toJson({})) as { entries: AuditEntry[] }).entries)).toEqual([9, 10, 11, 12]);
    });

    it('issue 23: a change copies no part of a full log (the cost of add is the same at 10, 200 and 5,000 entries)', () => {
        for (const capacity of [10, 200, 5000]) {
            const log = new AuditLog(capacity);
            for (let n = 0; n < capacity; n++) log.add([decision(n)]);
            // The old log called `slice(-capacity)` on every add once full: a copy of the whole log.
            const slice = jest.spyOn(Array.prototype, 'slice');
            const concat = jest.spyOn(Array.prototype, 'concat');
            for (let n = 0; n < 100; n++) log.add([decision(n)]);
            expect([capacity, slice.mock.calls.length, concat.mock.calls.length]).toEqual([capacity, 0, 0]);
            slice.mockRestore();
            concat.mockRestore();
            expect(log.size).toBe(capacity);
        }
    });
});
