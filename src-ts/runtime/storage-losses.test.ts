/**
 * Silent losses made visible (issue 21, item 6): decisions storage refused to keep are counted (and the count
 * survives the reload that loses them), a corrupted audit slot is counted instead of dropped silently, and both
 * reach the panel (said once) and the support export.
 */
import { initialState } from '../engine/engine';
import type { Decision } from '../engine/types';
import { savedStoreOn } from '../test-support/saved-store';
import { panelModel } from '../panel/model';
import { supportBundleJson } from '../panel/exports';
import type { PanelViewInput } from '../panel/types';
import { AuditLog } from './audit';
import { AuditRingStore } from './audit-store';
import type { StorageLike } from './platform';
import { storageDiagnostics } from './saved-state';

const USER = '005000000000001';

/** A storage that refuses some keys, as a full localStorage refuses a write (QuotaExceededError). */
function refusing(refuse: (key: string, value: string) => boolean) {
    const map = new Map<string, string>();
    const storage: StorageLike = {
        getItem: (key) => map.get(key) ?? null,
        setItem: (key, value) => {
            if (refuse(key, value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            map.set(key, value);
        },
        removeItem: (key) => {
            map.delete(key);
        }
    };
    return { map, storage };
}

function savedStore(storage: StorageLike) {
    return savedStoreOn(storage, USER);
}

const decision = (n: number): Decision => ({
    at: n,
    input: 'x',
    rule: 'B1',
    outcome: 'sent',
    detailKey: 'take_over_asked',
    commands: []
});

function view(diagnostics: PanelViewInput['diagnostics']): PanelViewInput {
    return {
        role: 'driver',
        syncEnabled: true,
        health: 'ok',
        omni: { presence: 'online', status: 'Available', label: 'Available' },
        softphone: { bridge: 'connected', presence: 'loggedIn', state: 'Ready', product: null, onInteraction: false },
        held: null,
        diagnostics,
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

const exported = (v: PanelViewInput) =>
    JSON.parse(
        supportBundleJson({
            view: v,
            entries: [],
            configuration: null,
            userId: USER,
            exportedAt: 0,
            say: (text) => text.key,
            context: { canConfigure: false }
        })
    ) as { storage: { decisionsNotKept: number; decisionsMissing: number; unreadableDecisions: number } };

describe('storage losses (issue 21)', () => {
    it('B20: counts the entries storage refused, not only keeps them in memory', () => {
        const { storage } = refusing((key) => key.endsWith(':audit:3') || key.endsWith(':audit:4'));
        const ring = new AuditRingStore(storage, 'k', 10, () => 'ring');
        ring.append([1, 2, 3, 4, 5].map((seq) => ({ ...decision(seq), seq })));
        expect(ring.faults).toEqual({ notKept: 2, corrupted: 0 });
    });

    it('B20: counts a corrupted slot of the ring at a reload instead of dropping it silently', () => {
        const { map, storage } = refusing(() => false);
        const ring = new AuditRingStore(storage, 'k', 10, () => 'ring');
        ring.append([1, 2, 3].map((seq) => ({ ...decision(seq), seq })));
        map.set('k:audit:2', '{"r":"ring","e":');
        // Another ring's slot (an earlier day's) is not corruption: it is simply not this ring's.
        map.set('k:audit:5', JSON.stringify({ r: 'older', e: { ...decision(5), seq: 5 } }));
        const again = new AuditRingStore(storage, 'k', 10, () => 'next');
        expect(again.load(ring.current, 10).map((e) => e.seq)).toEqual([1, 3]);
        expect(again.faults).toEqual({ notKept: 0, corrupted: 1 });
    });

    it('B20: the count of decisions not kept survives the reload that loses them, and the panel and export say it', () => {
        // Room for the state alone: not for its slots, nor for the newest decisions in its value (its tail).
        const { storage } = refusing((key, value) => key.includes(':audit:') || value.includes('"tail":'));
        const first = savedStore(storage);
        const audit = new AuditLog(50);
        first.resume(audit);
        audit.add([1, 2, 3].map(decision));
        first.save(initialState(), audit);
        expect(first.problem).toBeNull();
        expect(first.faults.notKept).toBe(3);

        const reloaded = savedStore(storage);
        reloaded.resume(new AuditLog(50));
        // Lost by the page before the reload: already missing now, not "will be missing after a reload".
        expect(reloaded.faults).toEqual({ notKept: 3, corrupted: 0, missing: 3 });
        const diagnostics = storageDiagnostics(reloaded.problem, reloaded.faults);
        const model = panelModel(view(diagnostics), false);
        expect(model.notices.map((n) => [n.key, n.params, n.severity])).toEqual([
            ['Notice_audit_missing', ['3'], 'info']
        ]);
        // Information: the agent can do nothing about it, so the utility is not highlighted.
        expect(model.utilityHighlighted).toBe(false);
        expect(exported(view(diagnostics)).storage).toEqual({
            decisionsNotKept: 3,
            decisionsMissing: 3,
            decisionsMissingAfterReload: 0,
            unreadableDecisions: 0
        });
    });

    it('B20: storage too full for the state makes room from the oldest decisions, so the count survives the reload', () => {
        // A localStorage with room for a few hundred characters more than the saved state: the decisions fill it.
        const map = new Map<string, string>();
        const used = () => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
        const storage: StorageLike = {
            getItem: (key) => map.get(key) ?? null,
            setItem: (key, value) => {
                const grown =
                    used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + value.length;
                if (grown > 2600) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                map.set(key, value);
            },
            removeItem: (key) => {
                map.delete(key);
            }
        };
        const first = savedStore(storage);
        const audit = new AuditLog(50);
        first.resume(audit);
        // More decisions than the state's value carries: they go to the ring's slots, and then the state finds no room.
        audit.add(Array.from({ length: 30 }, (_, i) => decision(i + 1)));
        first.save(initialState(), audit);
        // The state was kept: the reload resumes it and knows what this page lost.
        expect(first.problem).toBeNull();
        const lost = first.faults.notKept;
        expect(lost).toBeGreaterThan(0);

        const reloaded = savedStore(storage);
        const again = new AuditLog(50);
        reloaded.resume(again);
        expect(reloaded.faults.missing).toBe(lost);
        reloaded.readRing(again);
        // Every decision is either read back or counted as missing.
        expect(again.size + reloaded.faults.missing).toBe(30);
        const diagnostics = storageDiagnostics(reloaded.problem, reloaded.faults);
        expect(panelModel(view(diagnostics), false).notices.map((n) => [n.key, n.params])).toEqual([
            ['Notice_audit_missing', [String(lost)]]
        ]);
    });

    it('B20: storage full for the state and the decisions alike is said once, with the count', () => {
        const { storage } = refusing(() => true);
        const store = savedStore(storage);
        const audit = new AuditLog(50);
        store.resume(audit);
        audit.add([1, 2].map(decision));
        store.save(initialState(), audit);
        expect(store.problem).toContain('quota');
        const diagnostics = storageDiagnostics(store.problem, store.faults);
        const model = panelModel(view(diagnostics), false);
        expect(model.notices.map((n) => [n.key, n.params])).toEqual([['Notice_storage_full', ['2']]]);
        expect(exported(view(diagnostics)).storage.decisionsNotKept).toBe(2);
    });
});
