/**
 * One storage write per change (issue 23): the log's newest entries travel in the saved state's own value (its tail)
 * until they are too many or too long for it, then go to the ring's slots; a reload finds every entry, from the tail
 * or from a slot, once and in order; storage too full for the state with its tail still keeps the entries.
 */
import { initialState } from '../engine/engine';
import type { Decision } from '../engine/types';
import { savedStoreOn } from '../test-support/saved-store';
import { AuditLog } from './audit';
import type { StorageLike } from './platform';
import { TAIL_MAX_ENTRIES } from './saved-state-store';

const USER = '005000000000001';
const KEY = `omniPresenceSync:${USER}`;

/** A storage that counts its writes by key, and refuses a write that would pass `limit` characters (keys and values). */
function countingStorage(limit = Infinity) {
    const map = new Map<string, string>();
    const writes: string[] = [];
    const used = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            const grown = used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + value.length;
            if (grown > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            writes.push(key);
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    return { map, storage, writes };
}

function savedStore(storage: StorageLike) {
    return savedStoreOn(storage, USER);
}

const decision = (n: number): Decision => ({
    at: n,
    input: `event ${n}`,
    rule: 'B1',
    outcome: 'sent',
    detailKey: 'take_over_asked',
    commands: []
});

const slots = (map: Map<string, string>) => [...map.keys()].filter((key) => key.includes(':audit:'));

/** A reload: the saved state resumed, its ring and tail read; the log's sequence numbers, oldest first. */
function reloaded(storage: StorageLike): number[] {
    const saved = savedStore(storage);
    const log = new AuditLog(50);
    saved.resume(log);
    saved.readRing(log);
    return log.all().map((entry) => entry.seq);
}

describe('the saved state carries the newest decisions (issue 23)', () => {
    it('a save that adds a few decisions writes one key, and a reload finds them', () => {
        const { map, storage, writes } = countingStorage();
        const saved = savedStore(storage);
        const audit = new AuditLog(50);
        saved.resume(audit);
        for (let change = 1; change <= 3; change++) {
            audit.add([decision(change * 3 - 2), decision(change * 3 - 1), decision(change * 3)]);
            writes.length = 0;
            saved.save(initialState(), audit);
            expect(writes).toEqual([KEY]);
        }
        expect(slots(map)).toEqual([]);
        expect(reloaded(storage)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it("each decision is made into JSON once, however many saves carry it in the tail; the tail is the log's entries", () => {
        const { map, storage } = countingStorage();
        const saved = savedStore(storage);
        const audit = new AuditLog(50);
        saved.resume(audit);
        const stringify = jest.spyOn(JSON, 'stringify');
        try {
            for (let n = 1; n <= 6; n++) {
                audit.add([decision(n)]);
                saved.save(initialState(), audit);
            }
            const entries = new Set<unknown>(audit.all());
            const madeOf = stringify.mock.calls
                .map(([value]) => value as unknown)
                .filter((value) => entries.has(value));
            expect(madeOf).toHaveLength(6);
        } finally {
            stringify.mockRestore();
        }
        const value = JSON.parse(map.get(KEY)!) as { tail?: unknown[] };
        expect(value.tail).toEqual(JSON.parse(JSON.stringify(audit.all())));
    });

    it('once the tail passes its bound its decisions go to the slots; a reload reads each decision once, in order', () => {
        const { map, storage } = countingStorage();
        const saved = savedStore(storage);
        const audit = new AuditLog(50);
        saved.resume(audit);
        for (let n = 1; n <= 40; n++) {
            audit.add([decision(n)]);
            saved.save(initialState(), audit);
        }
        const value = JSON.parse(map.get(KEY)!) as { tail?: { seq: number }[] };
        expect(value.tail?.length ?? 0).toBeLessThanOrEqual(TAIL_MAX_ENTRIES);
        expect(slots(map).length + (value.tail?.length ?? 0)).toBe(40);
        expect(reloaded(storage)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('a tab that stops driving keeps the tail in its state: the next driver finds it', () => {
        const { map, storage } = countingStorage();
        const saved = savedStore(storage);
        const audit = new AuditLog(50);
        saved.resume(audit);
        audit.add([decision(1), decision(2)]);
        saved.save(initialState(), audit);
        saved.save(initialState(), audit, true);
        expect(slots(map)).toEqual([]);
        expect(reloaded(storage)).toEqual([1, 2]);
    });

    it('decisions made after a reload, before its ring is read, come after the saved tail, and a later reload keeps all', () => {
        const { storage } = countingStorage();
        const first = savedStore(storage);
        const audit = new AuditLog(50);
        first.resume(audit);
        for (let n = 1; n <= 15; n++) {
            audit.add([decision(n)]);
            first.save(initialState(), audit);
        }

        const second = savedStore(storage);
        const log = new AuditLog(50);
        second.resume(log);
        log.add([decision(16)]);
        expect(log.all().map((entry) => entry.seq)).toEqual([16]);
        // Saved before the ring is read: the tail found stays in the state, and the decision since follows it.
        second.save(initialState(), log);
        expect(reloaded(storage)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
        second.readRing(log);
        expect(log.all().map((entry) => entry.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
        second.save(initialState(), log);
        expect(reloaded(storage)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    });

    it("decisions past twice the tail's bound before the ring is read: that save reads the ring, and a reload keeps all", () => {
        const { storage } = countingStorage();
        const first = savedStore(storage);
        const audit = new AuditLog(50);
        first.resume(audit);
        for (let n = 1; n <= 20; n++) {
            audit.add([decision(n)]);
            first.save(initialState(), audit);
        }
        const second = savedStore(storage);
        const log = new AuditLog(50);
        second.resume(log);
        for (let n = 21; n <= 21 + 2 * TAIL_MAX_ENTRIES; n++) {
            log.add([decision(n)]);
            second.save(initialState(), log);
            // The tail found (7 decisions) and the first of this page's travel in the state, the ring unread.
            if (n <= 25) expect(second.ringUnread).toBe(true);
            expect(reloaded(storage)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        }
        expect(second.ringUnread).toBe(false);
        expect(log.all().map((entry) => entry.seq)).toEqual(
            Array.from({ length: 21 + 2 * TAIL_MAX_ENTRIES }, (_, i) => i + 1)
        );
    });

    it('storage too full for the state with its tail: the tail goes to the slots and the state is kept', () => {
        // Room for the state and a little more: not for the state carrying its tail in one value.
        const state = initialState();
        const probe = countingStorage();
        const bare = savedStore(probe.storage);
        bare.resume(new AuditLog(50));
        bare.save(state, new AuditLog(50));
        const room = KEY.length + probe.map.get(KEY)!.length + 400;

        const { map, storage } = countingStorage(room);
        const saved = savedStore(storage);
        const audit = new AuditLog(50);
        saved.resume(audit);
        saved.save(state, audit);
        audit.add([1, 2, 3, 4, 5, 6].map(decision));
        saved.save(state, audit);
        expect(saved.problem).toBeNull();
        expect(JSON.parse(map.get(KEY)!)).not.toHaveProperty('tail');
        // Every decision is read back or counted as lost, and the state (with that count) survived.
        const again = savedStore(storage);
        const log = new AuditLog(50);
        again.resume(log);
        expect(again.faults.missing).toBe(saved.faults.notKept);
        again.readRing(log);
        expect(log.size).toBeGreaterThan(0);
        expect(log.size + again.faults.missing).toBe(6);
    });
});

describe('storage nearly full while a reload has yet to read the stored log', () => {
    it('decisions past the room left, before the first reconciliation: the ring is read, the state saved, every decision kept once and in order', () => {
        // A previous page: the ring's slots full (its oldest slots are overwritten in place), 5 decisions in its tail.
        const first = countingStorage();
        const page = savedStore(first.storage);
        const audit = new AuditLog(50);
        page.resume(audit);
        let made = 0;
        do {
            audit.add([decision(++made)]);
            page.save(initialState(), audit);
        } while (made < 60 || (JSON.parse(first.map.get(KEY)!) as { tail?: unknown[] }).tail?.length !== 5);
        const used = [...first.map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);

        // Storage 300 characters short of full; a reload makes ten decisions, each saved at once.
        const { map, storage } = countingStorage(used + 300);
        for (const [key, value] of first.map) map.set(key, value);
        const second = savedStore(storage);
        const log = new AuditLog(50);
        second.resume(log);
        for (let n = made + 1; n <= made + 10; n++) {
            log.add([decision(n)]);
            second.save(initialState(), log);
            expect(second.problem).toBeNull();
        }
        const again = savedStore(storage);
        const readBack = new AuditLog(50);
        again.resume(readBack);
        again.readRing(readBack);
        expect(again.faults.missing).toBe(0);
        expect(readBack.all().map((entry) => entry.seq)).toEqual(
            Array.from({ length: 50 }, (_, i) => made + 10 - 49 + i)
        );
    });
});
