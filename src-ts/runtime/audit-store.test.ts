import { AuditRingStore } from './audit-store';
import type { AuditEntry } from './audit';
import type { StorageLike } from './platform';
import { FakeToolkit, agentPicksStatus, openTab, settle, type Tab } from '../test-support/runtime-harness';
import { FakeBrowser } from '../test-support/fake-browser';
import { initialState } from '../engine/engine';

const USER_KEY = 'omniPresenceSync:005000000000001';

function entry(seq: number, detail = `Set the softphone to Away / Break (${seq})`): AuditEntry {
    return {
        seq,
        at: 1_700_000_000_000 + seq,
        input: 'omni status Break',
        inputKind: 'omni',
        inputParams: { status: 'Break' },
        rule: 'B2',
        outcome: 'softphoneSet',
        outcomeParams: { state: 'Away / Break' },
        detail,
        commands: ['setState Away / Break']
    };
}

function mapStorage() {
    const map = new Map<string, string>();
    let written = 0;
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            written += key.length + value.length;
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    return { map, storage, written: () => written };
}

let ids = 0;
const newId = () => `ring${++ids}`;

describe('the audit log in storage (B20)', () => {
    it('writes only the new entries, one slot each, and reads them back in order after a wrap', () => {
        const { map, storage, written } = mapStorage();
        const store = new AuditRingStore(storage, 'k', 5, newId);
        store.append([entry(1), entry(2), entry(3)]);
        expect(map.size).toBe(3);
        const before = written();
        store.append([entry(1), entry(2), entry(3), entry(4)]);
        // Only entry 4 went out.
        expect(written() - before).toBe(
            'k:audit:4'.length + JSON.stringify({ r: store.current.id, e: entry(4) }).length
        );
        store.append([5, 6, 7, 8].map((seq) => entry(seq)));
        expect(map.size).toBe(5);
        const again = new AuditRingStore(storage, 'k', 5, newId);
        expect(again.load(store.current, 5).map((e) => e.seq)).toEqual([4, 5, 6, 7, 8]);
    });

    it('keeps the stored bytes under its bound, dropping the oldest entries first', () => {
        const { map, storage } = mapStorage();
        const one = 'k:audit:0'.length + JSON.stringify({ r: 'ring', e: entry(1) }).length;
        const store = new AuditRingStore(storage, 'k', 5000, newId, one * 10);
        for (let seq = 1; seq <= 100; seq++) store.append([entry(seq)]);
        const total = [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
        expect(total).toBeLessThanOrEqual(one * 10 + 20);
        expect(store.storedChars).toBe(total);
        const restored = new AuditRingStore(storage, 'k', 5000, newId).load(store.current, 5000);
        expect(restored.map((e) => e.seq)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100].slice(-restored.length));
        expect(restored.length).toBeGreaterThanOrEqual(9);
    });

    it('at steady state a change is one storage write: the oldest slot is overwritten in place, before and after a reload', () => {
        const { map, storage } = mapStorage();
        const calls = { set: 0, remove: 0 };
        const counted: StorageLike = {
            getItem: (key) => storage.getItem(key),
            setItem: (key, value) => {
                calls.set++;
                storage.setItem(key, value);
            },
            removeItem: (key) => {
                calls.remove++;
                storage.removeItem(key);
            }
        };
        const one = 'k:audit:0'.length + JSON.stringify({ r: 'ring', e: entry(1) }).length;
        // The bound holds about ten entries of the 5,000 the setting keeps in memory.
        const store = new AuditRingStore(counted, 'k', 5000, newId, one * 10);
        for (let seq = 1; seq <= 30; seq++) store.append([entry(seq)]);
        calls.set = 0;
        calls.remove = 0;
        for (let seq = 31; seq <= 130; seq++) store.append([entry(seq)]);
        expect(calls).toEqual({ set: 100, remove: 0 });
        const total = [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
        expect(total).toBeLessThanOrEqual(one * 10 + 20);
        expect(store.storedChars).toBe(total);

        const again = new AuditRingStore(counted, 'k', 5000, newId, one * 10);
        const restored = again.load(store.current, 5000).map((e) => e.seq);
        expect(restored.length).toBeGreaterThanOrEqual(9);
        expect(restored).toEqual(Array.from({ length: restored.length }, (_, i) => 131 - restored.length + i));
        calls.set = 0;
        calls.remove = 0;
        for (let seq = 131; seq <= 230; seq++) again.append([entry(seq)]);
        expect(calls).toEqual({ set: 100, remove: 0 });
        const last = new AuditRingStore(counted, 'k', 5000, newId, one * 10)
            .load(again.current, 5000)
            .map((e) => e.seq);
        expect(last).toEqual(Array.from({ length: last.length }, (_, i) => 231 - last.length + i));
        expect(last.length).toBeGreaterThanOrEqual(9);
    });

    it('a reload removes the slots a page wrote after its last save, so no decision is read twice', () => {
        const { map, storage } = mapStorage();
        const one = 'k:audit:0'.length + JSON.stringify({ r: 'ring', e: entry(1) }).length;
        const store = new AuditRingStore(storage, 'k', 5000, newId, one * 10);
        for (let seq = 1; seq <= 25; seq++) store.append([entry(seq)]);
        const saved = store.current;
        // The page wrote 26 to 28, then stopped before saving its state.
        for (let seq = 26; seq <= 28; seq++) store.append([entry(seq, `not saved (${seq})`)]);
        const next = new AuditRingStore(storage, 'k', 5000, newId, one * 10);
        expect(
            next
                .load(saved, 5000)
                .map((e) => e.seq)
                .at(-1)
        ).toBe(25);
        expect([...map.values()].filter((value) => value.includes('not saved'))).toEqual([]);
        // The reloaded page numbers its decisions after the save's newest, as the runtime does.
        next.append([26, 27].map((seq) => entry(seq)));
        const seqs = new AuditRingStore(storage, 'k', 5000, newId, one * 10).load(next.current, 5000).map((e) => e.seq);
        expect(new Set(seqs).size).toBe(seqs.length);
        expect(seqs.at(-1)).toBe(27);
    });

    it('shortens an oversized entry, and a ring of another size is rewritten at the new size', () => {
        const { map, storage } = mapStorage();
        const store = new AuditRingStore(storage, 'k', 10, newId);
        store.append([entry(1, 'x'.repeat(20_000)), ...[2, 3, 4, 5, 6, 7, 8].map((seq) => entry(seq))]);
        expect(map.get('k:audit:1')!.length).toBeLessThanOrEqual(4096);
        const smaller = new AuditRingStore(storage, 'k', 3, newId);
        expect(smaller.load(store.current, 3).map((e) => e.seq)).toEqual([6, 7, 8]);
        expect([...map.keys()].filter((key) => key.startsWith('k:audit:')).length).toBe(3);
        const reread = new AuditRingStore(storage, 'k', 3, newId);
        expect(reread.load(smaller.current, 3).map((e) => e.seq)).toEqual([6, 7, 8]);
    });

    it('reads nothing from slots of another ring, or beyond the saved newest entry', () => {
        const { storage } = mapStorage();
        const store = new AuditRingStore(storage, 'k', 5, newId);
        store.append([1, 2, 3].map((seq) => entry(seq)));
        expect(
            new AuditRingStore(storage, 'k', 5, newId).load({ ...store.current, seq: 2 }, 5).map((e) => e.seq)
        ).toEqual([1, 2]);
        expect(new AuditRingStore(storage, 'k', 5, newId).load({ ...store.current, id: 'other' }, 5)).toEqual([]);
    });
});

/** A driving tab on a log filled to `size` entries (saved by an earlier version, as one key), after its first save. */
async function tabWithFullLog(size: number): Promise<Tab> {
    const toolkit = new FakeToolkit();
    const tab = openTab({ toolkit, settings: { Audit_Log_Size__c: size } });
    const wallNow = (tab.window.Date as { now(): number }).now();
    tab.browser.storage.set(
        USER_KEY,
        JSON.stringify({
            version: 1,
            savedAt: wallNow,
            savedMono: 0,
            state: initialState(),
            audit: Array.from({ length: size }, (_, i) => entry(i + 1))
        })
    );
    tab.pair.client.start();
    tab.runtime.start();
    await settle(tab);
    tab.browser.clock.advance(100);
    await settle(tab);
    return tab;
}

async function change(tab: Tab, status: string) {
    agentPicksStatus(tab, status);
    await settle(tab);
    tab.browser.clock.advance(100);
    await settle(tab);
}

function countWrites(browser: FakeBrowser) {
    const counter = { chars: 0, writes: 0 };
    const raw = browser as unknown as { write(from: object | null, key: string, value: string | null): void };
    const write = raw.write.bind(browser);
    raw.write = (from, key, value) => {
        if (value !== null) {
            counter.chars += key.length + value.length;
            counter.writes++;
        }
        write(from, key, value);
    };
    return counter;
}

describe('B20 with the runtime: the cost of a save does not grow with the log', () => {
    it('writes as many bytes per change at 5,000 entries as at 10', async () => {
        const perChange: number[] = [];
        for (const size of [10, 5000]) {
            const tab = await tabWithFullLog(size);
            const json = JSON.parse(tab.runtime.exportAudit('json')) as { entries: unknown[] };
            expect(json.entries).toHaveLength(size);
            const counter = countWrites(tab.browser);
            const statuses = ['Break', 'Lunch', 'Meeting', 'Break', 'Lunch', 'Meeting'];
            for (const status of statuses) await change(tab, status);
            expect(counter.writes).toBeGreaterThan(0);
            perChange.push(counter.chars / statuses.length);
            tab.runtime.stop();
        }
        const [small, large] = perChange as [number, number];
        // The same work; only the sequence numbers have more digits. An agent's Omni pick is saved at once, then
        // again with its commands' answers: two states of about 2 KB, each carrying the audit's newest entries
        // (its tail, at most 6,144 characters) until they move to the ring's slots.
        expect(large).toBeLessThan(small * 1.05 + 50);
        expect(large).toBeLessThan(9000);
    });

    it('a reload restores the log in order, the newest entries of a wrapped ring, and only what the setting keeps', async () => {
        const toolkit = new FakeToolkit();
        const first = openTab({ toolkit, settings: { Audit_Log_Size__c: 12 } });
        first.pair.client.start();
        first.runtime.start();
        await settle(first);
        for (const status of ['Break', 'Lunch', 'Meeting', 'Break', 'Lunch', 'Meeting', 'Break', 'Lunch'])
            await change(first, status);
        const saved = (JSON.parse(first.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
        expect(saved).toHaveLength(12);
        expect(saved[0]!.seq).toBeGreaterThan(1);
        first.runtime.stop();
        // The state alone under the user's key; the log in slots beside it.
        expect(JSON.parse(first.browser.storage.get(USER_KEY)!)).not.toHaveProperty('audit');

        const second = openTab({
            toolkit,
            browser: first.browser,
            tabId: 'tab-b',
            settings: { Audit_Log_Size__c: 12 }
        });
        second.pair.client.start();
        second.runtime.start();
        await settle(second);
        const restored = (JSON.parse(second.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
        // The saved entries come back as they were (the newest of them, as the new driver audits its start).
        const lastSaved = saved[saved.length - 1]!.seq;
        const old = restored.filter((e) => e.seq <= lastSaved);
        expect(old.length).toBeGreaterThanOrEqual(6);
        expect(old).toEqual(saved.slice(-old.length));
        expect(restored.map((e) => e.seq)).toEqual([...restored.map((e) => e.seq)].sort((a, b) => a - b));
        second.runtime.stop();

        // The setting shrinks: the reload keeps the newest 10, and storage holds 10 slots.
        const third = openTab({ toolkit, browser: first.browser, tabId: 'tab-c', settings: { Audit_Log_Size__c: 10 } });
        third.pair.client.start();
        third.runtime.start();
        await settle(third);
        third.browser.clock.advance(100);
        const shrunk = (JSON.parse(third.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
        expect(shrunk).toHaveLength(10);
        expect(shrunk.map((e) => e.seq)).toEqual([...shrunk.map((e) => e.seq)].sort((a, b) => a - b));
        third.runtime.stop();
        // Storage holds at most 10 slots; the newest decisions may travel in the saved state's tail instead.
        const slots = first.browser.keysOf(null).filter((key) => key.startsWith(`${USER_KEY}:audit:`));
        expect(slots.length).toBeLessThanOrEqual(10);
        const tail = (JSON.parse(first.browser.storage.get(USER_KEY)!) as { tail?: unknown[] }).tail ?? [];
        expect(slots.length + tail.length).toBeGreaterThanOrEqual(10);
    });
});

describe('B20 with B15: a reload reads the stored log after its first reconciliation, losing nothing', () => {
    /** A driver that recorded a log of `changes` changes, then closed; its entries as exported. */
    async function earlierDriver(toolkit: FakeToolkit, changes: number) {
        const first = openTab({ toolkit });
        first.pair.client.start();
        first.runtime.start();
        await settle(first);
        for (let i = 0; i < changes; i++) await change(first, ['Break', 'Lunch', 'Meeting'][i % 3]!);
        const saved = (JSON.parse(first.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
        first.runtime.stop();
        return { browser: first.browser, saved };
    }

    /** Notes every read of an audit slot in the browser's storage. */
    function slotReads(browser: FakeBrowser): string[] {
        const reads: string[] = [];
        const get = browser.storage.get.bind(browser.storage);
        browser.storage.get = (key: string) => {
            if (key.startsWith(`${USER_KEY}:audit:`)) reads.push(key);
            return get(key);
        };
        return reads;
    }

    function exported(tab: Tab): AuditEntry[] {
        return (JSON.parse(tab.runtime.exportAudit('json')) as { entries: AuditEntry[] }).entries;
    }

    it('no slot is read before the first command; decisions made meanwhile follow the stored ones, in memory and in storage', async () => {
        const toolkit = new FakeToolkit();
        const { browser, saved } = await earlierDriver(toolkit, 20);
        expect(saved.length).toBeGreaterThanOrEqual(20);
        const reads = slotReads(browser);
        toolkit.status = 'Available';
        const calls = toolkit.presenceCalls().length;
        const tab = openTab({
            toolkit,
            browser,
            tabId: 'tab-reloaded',
            session: { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } }
        });
        tab.pair.client.start();
        tab.runtime.start();
        for (let turn = 0; turn < 50 && toolkit.presenceCalls().length === calls; turn++) await settle(tab, 1);
        expect(toolkit.presenceCalls().slice(calls)).toEqual(['setServicePresenceStatus Lunch']);
        expect(reads).toEqual([]);
        // The save and the first view a moment later read the ring, and put it before what came since.
        tab.browser.clock.advance(100);
        await settle(tab);
        expect(reads.length).toBeGreaterThan(0);
        const entries = exported(tab);
        const lastSaved = saved[saved.length - 1]!.seq;
        expect(entries.slice(0, saved.length)).toEqual(saved);
        const since = entries.slice(saved.length);
        expect(since.length).toBeGreaterThan(0);
        expect(since.every((entry) => entry.seq > lastSaved)).toBe(true);
        expect(since.some((entry) => entry.commands.some((command) => command.includes('Lunch')))).toBe(true);
        expect(entries.map((entry) => entry.seq)).toEqual([...entries.map((entry) => entry.seq)].sort((a, b) => a - b));
        // The first view the panel got shows the old decisions with the new.
        expect(tab.views).toHaveLength(1);
        expect(tab.views[0]!.decisions.some((entry) => entry.seq <= lastSaved)).toBe(true);
        expect(tab.views[0]!.decisions.some((entry) => entry.seq > lastSaved)).toBe(true);
        tab.runtime.stop();

        const next = openTab({ toolkit, browser, tabId: 'tab-next' });
        next.pair.client.start();
        next.runtime.start();
        await settle(next);
        expect(exported(next).slice(0, entries.length)).toEqual(entries);
        next.runtime.stop();
    });

    it('a tab that stops before its first reconciliation still stores what it recorded after the stored log', async () => {
        const toolkit = new FakeToolkit();
        const { browser, saved } = await earlierDriver(toolkit, 6);
        const reads = slotReads(browser);
        // The softphone never answers: no reconciliation; Omni's read is unanswered and noted.
        // (Unanswered, not refused: a refusal is how an offline agent's read is answered, and is not noted.)
        toolkit.silent.add('getServicePresenceStatusId');
        const tab = openTab({ toolkit, browser, tabId: 'tab-silent' });
        tab.runtime.start();
        await settle(tab);
        tab.browser.clock.advance(100);
        await settle(tab);
        expect(reads).toEqual([]);
        expect(tab.views).toEqual([]);
        // The read times out (the command timeout, 10 s) and is noted; still no reconciliation.
        tab.browser.clock.advance(10_000);
        await settle(tab);
        tab.runtime.stop();
        expect(reads.length).toBeGreaterThan(0);

        const next = openTab({ toolkit, browser, tabId: 'tab-next' });
        next.runtime.start();
        await settle(next);
        const entries = exported(next);
        expect(entries.slice(0, saved.length)).toEqual(saved);
        const lastSaved = saved[saved.length - 1]!.seq;
        expect(entries.slice(saved.length).some((entry) => entry.seq > lastSaved && entry.rule === 'B15')).toBe(true);
        next.runtime.stop();
    });
});
