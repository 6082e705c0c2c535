/**
 * The saved state's tail (issue 23) against storage that misbehaves: each decision is found once and in order after
 * reloads, a corrupted tail or one repeating a slot's decision, storage full exactly when the tail moves to the
 * slots, and a state key that refuses writes while the slots still take them.
 */
import { initialState } from '../engine/engine';
import type { Decision } from '../engine/types';
import { savedStoreOn } from '../test-support/saved-store';
import { AuditLog } from './audit';
import type { StorageLike } from './platform';
import { TAIL_MAX_ENTRIES } from './saved-state-store';

const USER = '005000000000001';
const KEY = `omniPresenceSync:${USER}`;

/** A storage of at most `limit` characters (keys and values); `refuse(key)` makes a write to that key throw. */
function hostileStorage(limit = Infinity) {
    const map = new Map<string, string>();
    let refuse: ((key: string) => Error | null) | null = null;
    const used = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            const refused = refuse?.(key) ?? null;
            if (refused !== null) throw refused;
            const grown = used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + value.length;
            if (grown > state.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    const state = { limit };
    return {
        map,
        storage,
        used,
        setLimit: (chars: number) => (state.limit = chars),
        refuseWith: (rule: ((key: string) => Error | null) | null) => (refuse = rule)
    };
}

function savedStore(storage: StorageLike, size = 50) {
    return savedStoreOn(storage, USER, size);
}

const decision = (n: number): Decision => ({
    at: n,
    input: `event ${n}`,
    rule: 'B1',
    outcome: 'sent',
    detailKey: 'take_over_asked',
    commands: []
});

const seqs = (log: AuditLog) => log.all().map((entry) => entry.seq);
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** A page that drives: its store and log resumed from storage, the ring read at once. */
function page(storage: StorageLike) {
    const store = savedStore(storage);
    const log = new AuditLog(50);
    store.resume(log);
    store.readRing(log);
    return { store, log };
}

/** A reload's log, read from storage: the sequence numbers, oldest first, and what the page says is missing. */
function reloaded(storage: StorageLike) {
    const store = savedStore(storage);
    const log = new AuditLog(50);
    store.resume(log);
    const missing = store.faults.missing;
    store.readRing(log);
    return { seqs: seqs(log), missing, log };
}

describe('the saved tail under hostile storage (issue 23)', () => {
    it('three reloads in a row, each adding decisions before and after its ring is read: each decision once, in order', () => {
        const { storage } = hostileStorage();
        let next = 1;
        // The first page: 5 decisions, in the tail.
        const first = page(storage);
        for (; next <= 5; next++) {
            first.log.add([decision(next)]);
            first.store.save(initialState(), first.log);
        }
        for (let reload = 0; reload < 3; reload++) {
            const store = savedStore(storage);
            const log = new AuditLog(50);
            store.resume(log);
            // Two decisions (and saves) before the ring is read, then seven after: the tail passes its bound.
            for (let i = 0; i < 2; i++, next++) {
                log.add([decision(next)]);
                store.save(initialState(), log);
            }
            store.readRing(log);
            for (let i = 0; i < 7; i++, next++) {
                log.add([decision(next)]);
                store.save(initialState(), log);
            }
            expect(seqs(log)).toEqual(upTo(next - 1));
        }
        const last = reloaded(storage);
        expect(last.seqs).toEqual(upTo(next - 1));
        expect(last.missing).toBe(0);
        // What the panel and the export show: every decision once.
        const exported = JSON.parse(last.log.toJson({})) as { entries: { seq: number }[] };
        expect(exported.entries.map((entry) => entry.seq)).toEqual(upTo(next - 1));
        expect(last.log.toCsv().split('\r\n')).toHaveLength(next);
    });

    it('a driver gone without a last save: the next driver reads its tail once, and a third driver all of it', () => {
        const { storage } = hostileStorage();
        const a = page(storage);
        a.log.add([1, 2, 3].map(decision));
        a.store.save(initialState(), a.log);
        // Tab B takes over (tab A gone without a final save), records, saves before and after reading the ring.
        const b = savedStore(storage);
        const log = new AuditLog(50);
        b.resume(log);
        log.add([decision(4)]);
        b.save(initialState(), log);
        b.readRing(log);
        log.add([decision(5)]);
        b.save(initialState(), log, true);
        // Tab A drives again (it reloads its state from storage).
        const again = page(storage);
        expect(seqs(again.log)).toEqual(upTo(5));
        again.log.add([decision(6)]);
        again.store.save(initialState(), again.log);
        expect(reloaded(storage).seqs).toEqual(upTo(6));
    });

    it('a corrupted tail (not entries, wrong types, unordered): the good entries once, in order, nothing crashes', () => {
        const { map, storage } = hostileStorage();
        const a = page(storage);
        a.log.add(upTo(15).map(decision));
        a.store.save(initialState(), a.log);
        a.log.add([16, 17, 18].map(decision));
        a.store.save(initialState(), a.log);
        const value = JSON.parse(map.get(KEY)!) as { tail: Record<string, unknown>[] };
        expect(value.tail.map((entry) => entry.seq)).toEqual([16, 17, 18]);
        const [e16, e17, e18] = value.tail;
        value.tail = [e18!, null as never, 'x' as never, { ...e16!, seq: 'sixteen' }, e17!, { seq: 19 }];
        map.set(KEY, JSON.stringify(value));
        const after = reloaded(storage);
        expect(after.seqs).toEqual([...upTo(15), 17, 18]);
    });

    // AuditLog.restoreOlder keeps one entry per sequence number.
    it('a tail holding one decision twice: the decision is read once', () => {
        const { map, storage } = hostileStorage();
        const a = page(storage);
        a.log.add(upTo(15).map(decision));
        a.store.save(initialState(), a.log);
        a.log.add([16, 17, 18].map(decision));
        a.store.save(initialState(), a.log);
        const value = JSON.parse(map.get(KEY)!) as { tail: Record<string, unknown>[] };
        expect(value.tail.map((entry) => entry.seq)).toEqual([16, 17, 18]);
        const [e16, e17, e18] = value.tail;
        value.tail = [e16!, e17!, e17!, e18!];
        map.set(KEY, JSON.stringify(value));
        const after = reloaded(storage);
        expect(after.seqs).toEqual(upTo(18));
    });

    // The slots' and the tail's entries are put together by AuditLog.restoreOlder, which keeps one per sequence number.
    it('a tail repeating a decision already in a slot: the decision is read once', () => {
        const { map, storage } = hostileStorage();
        const a = page(storage);
        a.log.add(upTo(15).map(decision));
        a.store.save(initialState(), a.log);
        a.log.add([16, 17].map(decision));
        a.store.save(initialState(), a.log);
        const value = JSON.parse(map.get(KEY)!) as { tail: Record<string, unknown>[] };
        // The tail also carries decision 15, which slot 15 holds (a tail and a slot written by two pages at once).
        const fifteen = a.log.all().find((entry) => entry.seq === 15)!;
        value.tail = [{ ...fifteen }, ...value.tail];
        map.set(KEY, JSON.stringify(value));
        const after = reloaded(storage);
        expect(after.seqs).toEqual(upTo(17));
        expect(after.log.size).toBe(17);
    });

    // Moving the tail to the slots writes the slots while the state's value still holds the same decisions: storage
    // with room for either layout refuses some slots (7 of 13 here), and those decisions stay in the state's tail.
    it('storage full exactly when the tail moves to the slots: decisions the state was carrying are not lost', () => {
        // Measure the final layout (state without a tail, 13 slots) with unlimited storage.
        const probe = hostileStorage();
        const p = page(probe.storage);
        p.log.add(upTo(TAIL_MAX_ENTRIES).map(decision));
        p.store.save(initialState(), p.log);
        const withTail = probe.used();
        p.log.add([decision(TAIL_MAX_ENTRIES + 1)]);
        p.store.save(initialState(), p.log);
        const moved = probe.used();
        expect(JSON.parse(probe.map.get(KEY)!)).not.toHaveProperty('tail');

        // Storage with room for both layouts, with a few characters to spare over the larger.
        const room = Math.max(withTail, moved) + 200;
        const { storage } = hostileStorage(room);
        const a = page(storage);
        a.log.add(upTo(TAIL_MAX_ENTRIES).map(decision));
        a.store.save(initialState(), a.log);
        a.log.add([decision(TAIL_MAX_ENTRIES + 1)]);
        a.store.save(initialState(), a.log);
        expect(a.store.problem).toBeNull();
        const after = reloaded(storage);
        expect({ seqs: after.seqs, missing: after.missing }).toEqual({ seqs: upTo(TAIL_MAX_ENTRIES + 1), missing: 0 });
    });

    it('the state key refuses writes (not for want of room) while the slots take them: once it takes them again, nothing is lost', () => {
        const h = hostileStorage();
        const a = page(h.storage);
        a.log.add([1, 2].map(decision));
        a.store.save(initialState(), a.log);
        h.refuseWith((key) => (key === KEY ? new Error('SecurityError: the operation is insecure') : null));
        for (let n = 3; n <= 20; n++) {
            a.log.add([decision(n)]);
            a.store.save(initialState(), a.log);
            expect(a.store.problem).not.toBeNull();
        }
        h.refuseWith(null);
        a.store.save(initialState(), a.log);
        expect(a.store.problem).toBeNull();
        expect(reloaded(h.storage).seqs).toEqual(upTo(20));
    });

    // The state key refusing for want of room frees the oldest slots for the state's write; that write refused
    // too, they are written back.
    it('the state key alone refuses for want of room: the slots the save could not use are not emptied for nothing', () => {
        const h = hostileStorage();
        const a = page(h.storage);
        a.log.add(upTo(20).map(decision));
        a.store.save(initialState(), a.log);
        a.log.add([21, 22].map(decision));
        h.refuseWith((key) =>
            key === KEY ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : null
        );
        a.store.save(initialState(), a.log);
        expect(a.store.problem).not.toBeNull();
        h.refuseWith(null);
        a.store.save(initialState(), a.log);
        expect(a.store.problem).toBeNull();
        const after = reloaded(h.storage);
        expect({ seqs: after.seqs, missing: after.missing }).toEqual({ seqs: upTo(22), missing: 0 });
    });

    it('a state saved by the version before (slots only, no tail, nothing after the ring): read whole, and what follows goes after it', () => {
        const { map, storage } = hostileStorage();
        const a = page(storage);
        a.log.add(upTo(20).map(decision));
        a.store.save(initialState(), a.log);
        const value = JSON.parse(map.get(KEY)!) as Record<string, unknown>;
        expect(value).not.toHaveProperty('tail');
        expect((value.ring as { seq: number }).seq).toBe(20);
        const b = savedStore(storage);
        const log = new AuditLog(50);
        b.resume(log);
        log.add([decision(21)]);
        b.save(initialState(), log);
        b.readRing(log);
        log.add([decision(22)]);
        b.save(initialState(), log);
        expect(seqs(log)).toEqual(upTo(22));
        expect(reloaded(storage).seqs).toEqual(upTo(22));
    });
});
