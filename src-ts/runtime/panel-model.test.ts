import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLabel, outcomeKey, panelModel } from './panel-model';
import type { SyncView } from './runtime';
import type { DiagnosticCode } from '../engine/types';

const root = join(__dirname, '..', '..', 'force-app', 'main', 'default');
const labelNames = [
    ...readFileSync(join(root, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8').matchAll(
        /<fullName\s*>([^<]+)<\/fullName>/g
    )
].map((m) => m[1]);
const spanish = [
    ...readFileSync(join(root, 'translations', 'es.translation-meta.xml'), 'utf8').matchAll(/<name\s*>([^<]+)<\/name>/g)
].map((m) => m[1]);
const panelImports = [
    ...readFileSync(join(root, 'lwc', 'presenceSyncPanel', 'labels.js'), 'utf8').matchAll(
        /@salesforce\/label\/c\.([A-Za-z0-9_]+)/g
    )
].map((m) => m[1]);

function view(overrides: Partial<SyncView> = {}): SyncView {
    return {
        role: 'driver',
        syncEnabled: true,
        health: 'ok',
        omni: { presence: 'online', status: 'Available', label: 'Available' },
        softphone: {
            bridge: 'connected',
            presence: 'loggedIn',
            state: 'Ready',
            product: 'Vonage ContactPad',
            onInteraction: false
        },
        held: null,
        diagnostics: [],
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {},
        updatedAt: 0,
        ...overrides
    };
}

const CODES: DiagnosticCode[] = [
    'config',
    'unmapped-state',
    'unmapped-status',
    'held-change',
    'softphone-disconnected',
    'omni-connection-error',
    'command-failed',
    'omni-handover',
    'omni-maintenance',
    'no-login-status',
    'reserved-target',
    'sync-disabled'
];
const OUTCOMES = [
    'command',
    'confirmed',
    'echo',
    'already',
    'hold',
    'apply-held',
    'work-busy',
    'unmapped',
    'omni-offline',
    'retry',
    'gave-up',
    'reconcile',
    'interaction',
    'something-new'
];

describe('panel model', () => {
    it('words every state of the sync with a Custom Label that exists in English and Spanish and is imported by the panel', () => {
        const keys = new Set<string>();
        const collect = (v: SyncView, admin: boolean) => {
            const model = panelModel(v, admin);
            for (const text of [
                model.headline,
                model.omni,
                model.softphone,
                model.connection,
                model.utilityLabel,
                model.held,
                model.rejected
            ]) {
                if (text) keys.add(text.key);
            }
            for (const notice of model.notices) keys.add(notice.key);
            for (const decision of model.decisions) keys.add(decision.outcome.key);
        };
        for (const role of ['starting', 'driver', 'follower'] as const) {
            for (const health of ['ok', 'attention', 'error'] as const) collect(view({ role, health }), true);
        }
        collect(view({ syncEnabled: false }), true);
        for (const bridge of ['connected', 'connecting', 'rejected', 'none'] as const) {
            collect(
                view({
                    softphone: { bridge, presence: 'loggedOut', state: null, product: null, onInteraction: false }
                }),
                true
            );
        }
        collect(view({ omni: { presence: 'offline', status: null, label: null } }), true);
        collect(
            view({
                omni: { presence: 'unknown', status: null, label: null },
                softphone: { bridge: 'none', presence: 'unknown', state: null, product: null, onInteraction: true }
            }),
            true
        );
        const diagnostics = CODES.map((code) => ({ code, severity: 'warning' as const, subject: 'x', message: 'y' }));
        collect(view({ diagnostics, held: 'Lunch', rejectedMessages: 2 }), true);
        collect(view({ diagnostics }), false);
        collect(
            view({
                decisions: OUTCOMES.map((outcome, i) => ({
                    seq: i,
                    at: 0,
                    input: 'i',
                    rule: 'B1',
                    outcome,
                    detail: 'd',
                    commands: []
                }))
            }),
            true
        );

        const missing = [...keys].map((key) => `Presence_Sync_${key}`).filter((name) => !labelNames.includes(name));
        expect(missing).toEqual([]);
        expect([...labelNames].sort()).toEqual([...spanish].sort());
        expect([...labelNames].sort()).toEqual([...panelImports].sort());
        expect(keys.size).toBeGreaterThan(35);
    });

    it('tells agents how many configuration problems there are, and admins which', () => {
        const diagnostics = [
            {
                code: 'config' as const,
                severity: 'error' as const,
                subject: 'Broken_Row',
                message: 'Direction__c: unknown direction'
            },
            {
                code: 'config' as const,
                severity: 'info' as const,
                subject: 'Presence_Sync_Setting__mdt',
                message: 'defaults'
            }
        ];
        expect(panelModel(view({ diagnostics }), false).notices).toEqual([
            { id: 'config-summary', severity: 'warning', key: 'Notice_config_summary', params: ['1'] }
        ]);
        expect(panelModel(view({ diagnostics }), true).notices).toEqual([
            expect.objectContaining({ key: 'Notice_config', params: ['Broken_Row', 'Direction__c: unknown direction'] })
        ]);
    });

    it('shows the driver view in a follower tab as following, and flags problems on the utility', () => {
        expect(panelModel(view({ role: 'follower' }), false)).toMatchObject({
            headline: { key: 'Role_Follower' },
            utilityLabel: { key: 'Utility_Follower' },
            utilityHighlighted: false
        });
        expect(panelModel(view({ health: 'error' }), false)).toMatchObject({
            tone: 'error',
            utilityIcon: 'utility:error',
            utilityHighlighted: true
        });
    });

    it('fills label placeholders as plain text', () => {
        expect(formatLabel('Held until the interaction ends: {0}', ['<b>Lunch</b>'])).toBe(
            'Held until the interaction ends: <b>Lunch</b>'
        );
        expect(formatLabel('{0} of {1} and {2}', ['a', 'b'])).toBe('a of b and {2}');
        expect(outcomeKey('never-heard-of')).toBe('Outcome_recorded');
    });
});
