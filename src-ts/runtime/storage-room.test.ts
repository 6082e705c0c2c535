/**
 * Storage full at a save: how many of the oldest stored decisions make room for the state (saved-state-store.ts,
 * AuditRingStore.freeOldest): only what the state needs, none when all of them would not make room, and none of
 * another tab's while a resumed ring is unread.
 */
import { initialState } from '../engine/engine';
import type { Decision, EngineState } from '../engine/types';
import { FakeBrowser } from '../test-support/fake-browser';
import { AuditLog } from './audit';
import { browserPlatform, type StorageLike } from './platform';
import { SavedStateStore } from './saved-state-store';

/** A Web Storage that throws QuotaExceededError past `limit` UTF-16 code units (keys and values), counting writes. */
function limitedStorage() {
    const map = new Map<string, string>();
    const size = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    const counts = { limit: Infinity, writes: 0 };
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            counts.writes++;
            const old = map.has(key) ? key.length + (map.get(key)?.length ?? 0) : 0;
            if (size() - old + key.length + value.length > counts.limit)
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    const slots = () => [...map.keys()].filter((key) => key.includes(':audit:')).length;
    return { map, size, counts, storage, slots };
}

function store(storage: StorageLike, logSize: number) {
    const window = Object.create(new FakeBrowser().window(), { localStorage: { get: () => storage } }) as Record<
        string,
        unknown
    >;
    const saved = new SavedStateStore(
        browserPlatform(window),
        '005000000000001',
        () => logSize,
        () => undefined
    );
    saved.openRing();
    return saved;
}

const decision = (n: number): Decision => ({
    at: n,
    input: `softphone:stateChanged:${n}`,
    rule: 'B1',
    outcome: 'sent',
    detailKey: 'take_over_asked',
    commands: []
});
/** The state with a longer latest change, `extra` characters more when saved. */
const grown = (state: EngineState, extra: number) =>
    ({ ...state, latestChange: { side: 'omni', value: { kind: 'status', status: 'A'.repeat(extra) } } }) as never;

describe('storage full at a save', () => {
    function started(count: number) {
        const world = limitedStorage();
        const saved = store(world.storage, 200);
        const audit = new AuditLog(200);
        saved.resume(audit);
        saved.readRing(audit);
        audit.add(Array.from({ length: count }, (_, i) => decision(i + 1)));
        saved.save(initialState(), audit);
        return { ...world, saved, audit };
    }

    it('removes only as many of the oldest decisions as the state needs, then saves it', () => {
        const { saved, audit, counts, size, slots } = started(150);
        counts.limit = size(); // not one more character
        saved.save(grown(initialState(), 400), audit);
        expect(saved.problem).toBeNull();
        expect(saved.faults.notKept).toBeGreaterThan(0);
        expect(saved.faults.notKept).toBeLessThan(10);
        expect(slots()).toBe(150 - saved.faults.notKept);
    });

    it('keeps every decision when removing all of them would not make room, and writes once', () => {
        const { saved, audit, counts, size, slots, map } = started(150);
        const ringChars = [...map]
            .filter(([key]) => key.includes(':audit:'))
            .reduce((a, [k, v]) => a + k.length + v.length, 0);
        counts.limit = size() + 10;
        counts.writes = 0;
        saved.save(grown(initialState(), ringChars + 500), audit);
        expect(saved.problem).not.toBeNull();
        expect(saved.faults.notKept).toBe(0);
        expect(slots()).toBe(150);
        expect(counts.writes).toBe(1);
    });

    it('removes none of another tab’s decisions while the ring it resumed is unread', () => {
        const world = limitedStorage();
        const state = initialState();
        const tabB = store(world.storage, 50);
        const auditB = new AuditLog(50);
        tabB.resume(auditB);
        auditB.add(Array.from({ length: 10 }, (_, i) => decision(i + 1)));
        tabB.save(state, auditB, true); // B hands over
        const tabA = store(world.storage, 50);
        const auditA = new AuditLog(50);
        tabA.resume(auditA);
        tabA.readRing(auditA);
        auditA.add(Array.from({ length: 50 }, (_, i) => decision(100 + i)));
        tabA.save(state, auditA, true); // A hands back
        const againB = new AuditLog(50);
        tabB.resume(againB); // B drives again; storage is full before its first reconciliation
        world.counts.limit = world.size();
        tabB.save(grown(state, 100), againB);
        expect(tabB.faults.notKept).toBe(0);
        world.counts.limit = Infinity;
        tabB.readRing(againB);
        const seqs = againB.all().map((entry) => entry.seq);
        expect(seqs).toHaveLength(50);
        expect(seqs.filter((seq, i) => i > 0 && seq !== (seqs[i - 1] ?? 0) + 1)).toEqual([]);
    });
});
