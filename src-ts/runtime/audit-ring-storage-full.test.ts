/**
 * Storage full at the audit ring (audit-store.ts): the oldest entries freed to make room for the state are written
 * back when the state is refused anyway, and entries the caller keeps elsewhere (the saved state's tail) stop the
 * writing at the first one refused.
 */
import { AuditRingStore } from './audit-store';
import type { AuditEntry } from './audit';
import type { StorageLike } from './platform';

function entry(seq: number): AuditEntry {
    return {
        seq,
        at: 1_700_000_000_000 + seq,
        input: 'omni status Break',
        inputKind: 'omni',
        inputParams: { status: 'Break' },
        rule: 'B2',
        outcome: 'softphoneSet',
        outcomeParams: { state: 'Away / Break' },
        detail: `Set the softphone to Away / Break (${seq})`,
        commands: ['setState Away / Break']
    };
}

function mapStorage() {
    const map = new Map<string, string>();
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    return { map, storage };
}

let ids = 0;
const newId = () => `ring${++ids}`;

describe('the audit ring with storage full (B20)', () => {
    it('the oldest entries freed for a state that is refused anyway are written back and not counted', () => {
        const { map, storage } = mapStorage();
        const store = new AuditRingStore(storage, 'k', 5, newId);
        store.append([1, 2, 3, 4].map((seq) => entry(seq)));
        const one = map.get('k:audit:1')!.length + 'k:audit:1'.length;
        const seen: number[] = [];
        const refused = store.freeOldest(one + 1, () => {
            seen.push(map.size, store.faults.notKept);
            return false;
        });
        // While the state's write is tried, two are out of storage and counted (the state carries the count).
        expect(seen).toEqual([2, 2]);
        expect(refused).toBe(false);
        expect(store.faults.notKept).toBe(0);
        expect(new AuditRingStore(storage, 'k', 5, newId).load(store.current, 5).map((e) => e.seq)).toEqual([
            1, 2, 3, 4
        ]);
        expect(() =>
            store.freeOldest(1, () => {
                throw new Error('SecurityError');
            })
        ).toThrow('SecurityError');
        expect(map.size).toBe(4);
        expect(store.freeOldest(1, () => true)).toBe(true);
        expect(store.faults.notKept).toBe(1);
        expect(new AuditRingStore(storage, 'k', 5, newId).load(store.current, 5).map((e) => e.seq)).toEqual([2, 3, 4]);
        // Written back after the others went on: the account is as before, the next entries go on in order.
        store.append([5, 6].map((seq) => entry(seq)));
        expect(new AuditRingStore(storage, 'k', 5, newId).load(store.current, 5).map((e) => e.seq)).toEqual([
            2, 3, 4, 5, 6
        ]);
    });

    it('storage refusing an entry the caller keeps elsewhere: the writing stops there, and the full ring keeps its oldest entry', () => {
        const { map, storage } = mapStorage();
        const store = new AuditRingStore(storage, 'k', 3, newId);
        store.append([1, 2, 3].map((seq) => entry(seq)));
        const setItem = storage.setItem.bind(storage);
        storage.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        const rest = store.append(
            [4, 5].map((seq) => entry(seq)),
            true
        );
        expect(rest.map((e) => e.seq)).toEqual([4, 5]);
        expect(store.faults.notKept).toBe(0);
        expect(store.current.seq).toBe(3);
        storage.setItem = setItem;
        expect(new AuditRingStore(storage, 'k', 3, newId).load(store.current, 3).map((e) => e.seq)).toEqual([1, 2, 3]);
        // Taken again later: the oldest make room as usual, nothing written twice.
        expect(store.append(rest, true)).toEqual([]);
        expect(map.size).toBe(3);
        expect(new AuditRingStore(storage, 'k', 3, newId).load(store.current, 3).map((e) => e.seq)).toEqual([3, 4, 5]);
    });
});
