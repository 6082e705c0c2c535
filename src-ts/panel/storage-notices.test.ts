/**
 * The storage notices say what is already missing apart from what will be (issue 21): after a reload, the decisions
 * the page before it could not keep are gone ("are missing"), this page's go at the next reload ("will be missing").
 * Worded with the shipped English and Spanish labels, as the agent reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storageDiagnostics } from '../runtime/saved-state';
import { supportBundleJson } from './exports';
import { panelModel } from './model';
import { storageCounts } from './storage-notices';
import type { PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';

const ROOT = join(__dirname, '..', '..');

/** Label name → text, English from the custom labels, Spanish from the translation. */
function labels(language: 'en' | 'es'): Record<string, string> {
    const file =
        language === 'en'
            ? 'force-app/main/default/labels/CustomLabels.labels-meta.xml'
            : 'force-app/main/default/translations/es.translation-meta.xml';
    const xml = readFileSync(join(ROOT, file), 'utf8');
    const pattern =
        language === 'en'
            ? /<fullName>Presence_Sync_(\w+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g
            : /<label>([\s\S]*?)<\/label>\s*<name>Presence_Sync_(\w+)<\/name>/g;
    const out: Record<string, string> = {};
    for (const m of xml.matchAll(pattern)) {
        const [name, text] = language === 'en' ? [m[1], m[2]] : [m[2], m[1]];
        if (name !== undefined && text !== undefined) out[name] = text;
    }
    return out;
}

function view(diagnostics: PanelViewInput['diagnostics']): PanelViewInput {
    return inSyncView({ softphone: { ...inSyncView().softphone, product: null }, diagnostics });
}

/** What the agent reads of the storage notices for `problem` and `faults`, in `language`. */
function reads(
    language: 'en' | 'es',
    problem: string | null,
    faults: { notKept: number; corrupted: number; missing?: number }
): string[] {
    const text = labels(language);
    return panelModel(view(storageDiagnostics(problem, faults)), false).notices.map((n) =>
        n.params.reduce((out, value, i) => out.split(`{${i}}`).join(value), text[n.key] ?? n.key)
    );
}

describe('storage notices: already missing apart from still to go (issue 21)', () => {
    it('splits the decisions not kept into those already gone and those still to go', () => {
        expect(storageCounts('5', '3')).toEqual({ gone: 3, later: 2 });
        expect(storageCounts('3', '7')).toEqual({ gone: 3, later: 0 });
        expect(storageCounts('4', undefined)).toEqual({ gone: 0, later: 4 });
    });

    it('after a reload, the decisions the page before it lost are said as missing now, never "will be missing"', () => {
        const [en] = reads('en', null, { notKept: 32, corrupted: 0, missing: 32 });
        expect(en).toBe(
            "32 of the sync's decisions from before the last reload are missing from the decisions list and the " +
                "support export: this browser's storage was full. The sync goes on working."
        );
        const [es] = reads('es', null, { notKept: 32, corrupted: 0, missing: 32 });
        expect(es).toMatch(/^Faltan 32 decisiones de la sincronización de antes de la última recarga/);
        for (const text of [en, es]) expect(text).not.toMatch(/will be missing|faltarán/);
    });

    it('before any reload, the decisions not kept are said as missing after one', () => {
        const [en] = reads('en', null, { notKept: 4, corrupted: 0 });
        expect(en).toContain('4 of the sync');
        expect(en).toContain('will be missing after a reload');
        expect(en).not.toContain('are missing');
    });

    it('both at once: how many are missing since the reload and how many more will be after the next one', () => {
        const [en] = reads('en', null, { notKept: 10, corrupted: 0, missing: 6 });
        expect(en).toBe(
            "This browser's storage is full: 6 of the sync's decisions from before the last reload are missing, and 4 " +
                'more could not be kept for support and will be missing after the next reload. The sync goes on working.'
        );
        const [full] = reads('en', 'QuotaExceededError', { notKept: 10, corrupted: 0, missing: 6 });
        expect(full).toContain(
            '6 of its decisions from before the last reload are missing, and 4 more will be missing'
        );
        const [fullEs] = reads('es', 'QuotaExceededError', { notKept: 10, corrupted: 0, missing: 6 });
        expect(fullEs).toContain('Faltan 6 de sus decisiones de antes de la última recarga, y faltarán otras 4');
    });

    it('storage full with only earlier losses: the state not saved, and the decisions already missing', () => {
        const [en] = reads('en', 'QuotaExceededError', { notKept: 2, corrupted: 0, missing: 2 });
        expect(en).toBe(
            "This browser's storage is full: the sync could not save its state, and 2 of its decisions from before " +
                'the last reload are missing. After a reload, check your Omni-Channel status.'
        );
    });

    it('the support bundle counts what the notice says: those already missing, and those still to go', () => {
        // Storage full before a reload (3 lost then) and for this page's four actions (14 more): the agent reads
        // "3 … are missing, and 14 more will be missing"; support must not read 17 as this page's.
        const bundleOf = (problem: string | null, faults: { notKept: number; corrupted: number; missing?: number }) =>
            (
                JSON.parse(
                    supportBundleJson({
                        view: view(storageDiagnostics(problem, faults)),
                        entries: [],
                        configuration: null,
                        userId: '005000000000001',
                        exportedAt: 0,
                        say: (text) => text.key,
                        context: { canConfigure: false }
                    })
                ) as { storage: unknown }
            ).storage;
        for (const problem of ['QuotaExceededError', null]) {
            const [said] = reads('en', problem, { notKept: 17, corrupted: 0, missing: 3 });
            expect(said).toMatch(
                /\b3 of (its|the sync's) decisions from before the last reload are missing, and 14 more/
            );
            expect(bundleOf(problem, { notKept: 17, corrupted: 0, missing: 3 })).toEqual({
                decisionsNotKept: 17,
                decisionsMissing: 3,
                decisionsMissingAfterReload: 14,
                unreadableDecisions: 0
            });
        }
        expect(bundleOf(null, { notKept: 4, corrupted: 2 })).toEqual({
            decisionsNotKept: 4,
            decisionsMissing: 0,
            decisionsMissingAfterReload: 4,
            unreadableDecisions: 2
        });
    });
});
