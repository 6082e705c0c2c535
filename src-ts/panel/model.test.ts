import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncView } from '../runtime/runtime';
import { outcomeKey } from './decisions';
import { decisionsCsv, exportFileName, supportBundleJson } from './exports';
import { panelModel } from './model';
import { formatLabel, sayText } from './text';
import { view } from '../test-support/panel-view';
import type { DecisionInput, DiagnosticInput, PanelContext, PanelModel, PanelText } from './types';

const repo = join(__dirname, '..', '..');
const root = join(repo, 'force-app', 'main', 'default');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('../../scripts/lib/custom-labels.cjs') as {
    readLabels: (root: string, language?: string, prefix?: string) => Record<string, string>;
};
const PREFIX = 'Presence_Sync_';
// The health tab's labels (c/presenceSyncHealth) are not the panel's.
const HEALTH_TAB = 'Presence_Health_';
const panelLabels = (language: 'en' | 'es') =>
    Object.fromEntries(Object.entries(readLabels(repo, language, PREFIX)).filter(([key]) => !key.startsWith('Setup_')));
const EN = panelLabels('en');
const ES = panelLabels('es');
const en = (t: PanelText | null) => (t === null ? null : sayText(EN, t));
const es = (t: PanelText | null) => (t === null ? null : sayText(ES, t));

const labelNames = [
    ...readFileSync(join(root, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8').matchAll(
        /<fullName\s*>([^<]+)<\/fullName>/g
    )
]
    .map((m) => m[1] as string)
    .filter((name) => !name.startsWith(`${PREFIX}Setup_`) && !name.startsWith(HEALTH_TAB));
const spanish = [
    ...readFileSync(join(root, 'translations', 'es.translation-meta.xml'), 'utf8').matchAll(/<name\s*>([^<]+)<\/name>/g)
]
    .map((m) => m[1] as string)
    .filter((name) => !name.startsWith(`${PREFIX}Setup_`) && !name.startsWith(HEALTH_TAB));
// The panel's own label imports and the shared module of labels it shares with the Setup page.
const panelImports = ['presenceSyncPanel/labels.js', 'presenceSyncSharedLabels/presenceSyncSharedLabels.js'].flatMap(
    (file) =>
        [...readFileSync(join(root, 'lwc', file), 'utf8').matchAll(/@salesforce\/label\/c\.([A-Za-z0-9_]+)/g)].map(
            (m) => m[1] as string
        )
);

/** Labels whose English text is also the right Spanish text. */
const SAME_IN_SPANISH = new Set([
    'Value',
    'Notice_other',
    'Omni_Heading',
    'Softphone_Heading',
    'Frame_Title',
    'Icon_error',
    'Detail_saved',
    'Actor_omni'
]);

const ADMIN: PanelContext = {
    canConfigure: true,
    statusLabels: { Lunch: 'Lunch', Available: 'Available', Away_Coaching: 'Away for Coaching' },
    busyStatuses: { Lunch: true, Available: false },
    softphoneOrigin: 'https://pad.example.com'
};
const AGENT: PanelContext = { ...ADMIN, canConfigure: false };

function texts(model: PanelModel): PanelText[] {
    return [
        model.headline,
        model.omni,
        model.softphone,
        model.connection,
        model.utilityLabel,
        ...(model.held ? [model.held] : []),
        ...(model.rejected ? [model.rejected] : []),
        ...(model.tabHint ? [model.tabHint] : []),
        ...(model.noSoftphone ? [model.noSoftphone] : []),
        ...model.notices,
        ...model.rejectedByReason,
        ...model.decisions.flatMap((d) => [d.ruleName, d.input, d.outcome, d.detail])
    ];
}

const keyed = (key: string, params: Record<string, string>, extra: Partial<DiagnosticInput> = {}): DiagnosticInput => ({
    code: 'config',
    severity: 'error',
    subject: params.record ?? '',
    message: 'engine words',
    key,
    params,
    ...extra
});

const CONFIG_PROBLEMS: DiagnosticInput[] = [
    keyed(
        'blankField',
        { record: 'Away_Row', recordLabel: 'Away row', type: 'Presence_Mapping__mdt', field: 'Presence_Status__c' },
        { row: 'Away_Row', field: 'Presence_Status__c' }
    ),
    keyed('badValue', {
        record: 'Odd_Row',
        recordLabel: 'Odd row',
        type: 'Presence_Mapping__mdt',
        field: 'Direction__c',
        value: 'Sideways'
    }),
    keyed('duplicateRow', { record: 'Twin', recordLabel: 'Twin', type: 'Presence_Mapping__mdt' }),
    keyed('contradictoryRows', { record: 'Clash', recordLabel: 'Clash', type: 'Presence_Mapping__mdt' }),
    keyed('unknownStatus', {
        record: 'Gone',
        recordLabel: 'Gone status',
        type: 'Presence_Mapping__mdt',
        field: 'Presence_Status__c',
        value: 'Gone_Status'
    }),
    keyed('unknownState', {
        record: 'Typo',
        recordLabel: 'Typo',
        type: 'Presence_Mapping__mdt',
        field: 'Softphone_State__c',
        state: 'Awya'
    }),
    keyed('reservedTarget', {
        record: 'Call',
        recordLabel: 'Call',
        type: 'Presence_Mapping__mdt',
        state: 'Busy Inbound'
    }),
    keyed('unmappedMajorState', { state: 'Coaching' }, { severity: 'warning' }),
    keyed(
        'unmappedStatus',
        { status: 'Away_Coaching', statusLabel: 'Away for Coaching', default: 'Away' },
        { severity: 'info' }
    ),
    keyed('badSetting', {
        record: 'Default',
        recordLabel: 'Default',
        type: 'Presence_Sync_Setting__mdt',
        field: 'Command_Timeout_Seconds__c',
        value: '900'
    }),
    keyed('missingSettings', {}, { severity: 'info' })
];

const RUNTIME_PROBLEMS: DiagnosticInput[] = [
    { code: 'unmapped-state', severity: 'warning', subject: 'Away / Coaching', message: 'no change' },
    { code: 'unmapped-status', severity: 'warning', subject: 'Lunch', message: 'no change' },
    { code: 'softphone-disconnected', severity: 'warning', subject: 'softphone', message: '' },
    { code: 'omni-connection-error', severity: 'error', subject: 'Omni-Channel', message: '' },
    {
        code: 'command-failed',
        severity: 'error',
        subject: 'softphone',
        message: 'x',
        key: 'commandFailed',
        params: { side: 'softphone', state: 'Away / Lunch', reason: 'on a call' }
    },
    {
        code: 'command-failed',
        severity: 'error',
        subject: 'omni',
        message: 'x',
        key: 'commandFailed',
        params: { side: 'omni', status: 'Lunch', statusLabel: 'Lunch', reason: 'timed out' }
    },
    { code: 'omni-handover', severity: 'info', subject: 'DuplicateLogin', message: '' },
    { code: 'omni-maintenance', severity: 'info', subject: 'Maintenance', message: '' },
    { code: 'no-login-status', severity: 'warning', subject: 'Away / Coaching', message: '' },
    { code: 'reserved-target', severity: 'warning', subject: 'Busy Inbound', message: 'Lunch' },
    {
        code: 'sync-disabled',
        severity: 'warning',
        subject: 'Sync_Enabled__c',
        message: 'off',
        key: 'tabsUncoordinated',
        params: {}
    }
];

const decision = (seq: number, input: string, rule: string, outcome: string, extra: Partial<DecisionInput> = {}) => ({
    seq,
    at: Date.UTC(2026, 10, 30, 15, 0, seq),
    input,
    rule,
    outcome,
    detail: `engine detail ${seq}`,
    commands: [],
    ...extra
});

const DECISIONS: DecisionInput[] = [
    decision(1, 'omni snapshot Available', 'track', 'snapshot'),
    decision(2, 'softphone connected Ready', 'B15', 'reconcile'),
    decision(3, 'softphone stateChanged Away / Lunch (agent)', 'B1', 'command'),
    decision(4, 'result o2 ok', 'B1', 'confirmed'),
    decision(5, 'omni statusChanged Lunch (OmniManualStatusChange)', 'B11', 'hold'),
    decision(6, 'softphone interactionStarted inbound call-1', 'B10', 'interaction'),
    decision(7, 'softphone interactionEnded call-1', 'B11', 'apply-held'),
    decision(8, 'result s3 failed (on a call)', 'B17', 'retry'),
    decision(9, 'omni workloadChanged 1/4', 'B8', 'already'),
    decision(10, 'omni logout (OmniSupervisorLogout)', 'B5', 'command'),
    decision(11, 'softphone loggedOut', 'B4', 'logout-off'),
    decision(12, 'omni workAccepted 0Bz1', 'B7', 'work-busy'),
    decision(13, 'omni connectionError', 'B17', 'connection-error'),
    decision(14, 'tick', 'B17', 'gave-up'),
    decision(15, 'softphone disconnected', 'B17', 'disconnected'),
    decision(16, 'anything', 'off', 'sync-disabled'),
    decision(17, 'x', 'B2', 'command', {
        inputKind: 'omni',
        inputParams: { event: 'statusChanged', status: 'Away_Coaching', statusLabel: 'Away for Coaching' },
        outcomeParams: { side: 'softphone', state: 'Away / Coaching' }
    }),
    decision(18, 'x', 'B1', 'command', {
        inputKind: 'softphone',
        inputParams: { event: 'stateChanged', state: 'Away / Lunch' },
        outcomeParams: { side: 'omni', status: 'Lunch' }
    }),
    // Details as the engine keys them, with every kind of value the panel words.
    decision(19, 'x', 'B13', 'already', { detailKey: 'omni_already', detailParams: { omni: 'offline' } }),
    decision(20, 'x', 'B12', 'echo', { detailKey: 'echo_softphone', detailParams: { softphone: 'logged out' } }),
    decision(21, 'x', 'B17', 'retry', {
        detailKey: 'softphone_retry',
        detailParams: { reason: '', attempt: '2', attempts: '4', delayMs: '500' }
    }),
    decision(22, 'x', 'B19', 'command', { detailKey: 'work_asked', detailParams: { action: 'decline', work: '0Bz1' } }),
    decision(23, 'x', 'B19', 'command', {
        detailKey: 'work_forwarded',
        detailParams: { event: 'closed', work: '0Bz1' }
    }),
    decision(24, 'x', 'track', 'interaction', {
        detailKey: 'interaction_started',
        detailParams: { direction: 'outbound', interaction: 'call-7', omni: 'unknown' }
    }),
    decision(25, 'x', 'B2', 'command', { detailKey: 'set_softphone', detailParams: { softphone: 'Away / Lunch' } }),
    decision(26, 'x', 'B1', 'command', { detailKey: 'set_omni', detailParams: { omni: 'Away_Coaching' } })
];

/** What the runtime records itself, one of each event. */
const RUNTIME_DECISIONS: DecisionInput[] = (
    [
        ['takeOver', 'takeOver', 'take_over_asked'],
        ['sessionHere', 'takeOver', 'omni_session_here'],
        ['tabsUncoordinated', 'tabsUncoordinated', 'tabs_uncoordinated_locks'],
        ['omniReadRefused', 'omniRefusedAsOffline', 'omni_read_refused'],
        ['omniReadUnanswered', 'omniUnknown', 'omni_read_unanswered']
    ] as const
).map(([event, outcome, detailKey], index) =>
    decision(27 + index, `runtime ${event}`, 'B18', outcome, {
        inputKind: 'runtime',
        inputParams: { event },
        detailKey,
        detailParams: { attempts: '3', reason: 'toolkit-no-answer', seconds: '1' }
    })
);

/** Every view the panel can be asked to show, for the label checks. */
function everyModel(): PanelModel[] {
    const models: PanelModel[] = [];
    for (const context of [ADMIN, AGENT]) {
        for (const role of ['starting', 'driver', 'follower', 'stopped'] as const) {
            for (const health of ['ok', 'attention', 'error'] as const)
                models.push(panelModel(view({ role, health }), context));
        }
        models.push(panelModel(view({ syncEnabled: false }), context));
        for (const bridge of ['connected', 'connecting', 'noHandshake', 'rejected', 'none']) {
            for (const presence of ['loggedOut', 'loggedIn', 'unknown'] as const)
                models.push(
                    panelModel(
                        view({ softphone: { bridge, presence, state: 'Ready', product: null, onInteraction: false } }),
                        context
                    )
                );
        }
        for (const presence of ['offline', 'unknown'] as const)
            models.push(panelModel(view({ omni: { presence, status: null, label: null } }), context));
        models.push(
            panelModel(
                view({
                    diagnostics: [...CONFIG_PROBLEMS, ...RUNTIME_PROBLEMS],
                    decisions: [...DECISIONS, ...RUNTIME_DECISIONS],
                    rejectedMessages: 17,
                    rejectedByReason: { 'wrong-origin': 3, flood: 2, 'bad-nonce': 1, mystery: 1, version: 10 },
                    tabs: { coordination: 'unavailable', softphoneHere: false, canTakeOver: true }
                }),
                context
            )
        );
        models.push(panelModel(view({ diagnostics: [CONFIG_PROBLEMS[0] as DiagnosticInput] }), context));
        models.push(
            panelModel(
                view({
                    diagnostics: RUNTIME_PROBLEMS,
                    softphone: {
                        bridge: 'connected',
                        presence: 'loggedIn',
                        state: 'Away / Coaching',
                        product: null,
                        onInteraction: true
                    }
                }),
                context
            )
        );
        for (const held of [
            'Lunch',
            'offline',
            {
                towards: 'softphone' as const,
                target: { kind: 'state' as const, state: 'Away', minor: 'Lunch' },
                statusLabel: 'Lunch'
            },
            { towards: 'softphone' as const, target: { kind: 'loggedOut' as const }, statusLabel: null },
            {
                towards: 'softphone' as const,
                target: { kind: 'status' as const, status: 'Lunch' },
                statusLabel: 'Lunch'
            },
            { towards: 'omni' as const, target: { kind: 'status' as const, status: 'Lunch' }, statusLabel: 'Lunch' },
            { towards: 'omni' as const, target: { kind: 'offline' as const }, statusLabel: null }
        ])
            models.push(panelModel(view({ held }), context));
    }
    return models;
}

describe('panel model', () => {
    it('words everything with Custom Labels that exist in English and Spanish and that the panel imports', () => {
        const keys = new Set<string>();
        for (const model of everyModel()) for (const t of texts(model)) keys.add(t.key);
        const missing = [...keys].filter((key) => EN[key] === undefined);
        expect(missing).toEqual([]);
        expect([...labelNames].sort()).toEqual([...spanish].sort());
        expect([...labelNames].sort()).toEqual([...panelImports].sort());
        expect(keys.size).toBeGreaterThan(100);
    });

    it('leaves no English in the panel with the Spanish labels (lang=es)', () => {
        // Every label the panel uses has a Spanish text of its own…
        const untranslated = Object.keys(EN).filter((key) => !SAME_IN_SPANISH.has(key) && ES[key] === EN[key]);
        expect(untranslated).toEqual([]);
        // …and nothing of an English sentence reaches what a Spanish-speaking agent or admin reads.
        const fragments = Object.entries(EN)
            .filter(([key]) => !SAME_IN_SPANISH.has(key))
            .flatMap(([, value]) => value.split(/\{\w+\}/))
            .map((fragment) => fragment.trim())
            .filter((fragment) => fragment.split(/\s+/).length >= 3);
        const shown = everyModel().flatMap((model) => texts(model).map((t) => es(t) as string));
        const leaks = shown.filter((line) => fragments.some((fragment) => line.includes(fragment)));
        expect(leaks).toEqual([]);
    });

    it('B17: says "Connecting to the softphone…" without alarm while the softphone page loads', () => {
        const model = panelModel(
            view({
                softphone: {
                    bridge: 'connecting',
                    presence: 'unknown',
                    state: null,
                    product: null,
                    onInteraction: false
                },
                health: 'attention',
                diagnostics: [
                    { code: 'softphone-disconnected', severity: 'warning', subject: 'softphone', message: '' }
                ]
            }),
            ADMIN
        );
        expect(en(model.headline)).toBe('Connecting to the softphone…');
        expect(es(model.headline)).toBe('Conectando con el softphone…');
        expect(model.tone).toBe('info');
        expect(model.notices).toEqual([]);
        expect(model.utilityHighlighted).toBe(false);
    });

    it('B15: an Omni-Channel status not known yet is said without alarm', () => {
        const model = panelModel(view({ omni: { presence: 'unknown', status: null, label: null } }), AGENT);
        expect(en(model.headline)).toBe('Reading Omni-Channel…');
        expect(en(model.omni)).toBe('Unknown');
        expect(model).toMatchObject({ tone: 'info', omniDot: 'unknown', utilityHighlighted: false });
    });

    it('B17: warns with the reasons an admin can check once no handshake arrives', () => {
        const model = panelModel(
            view({
                softphone: {
                    bridge: 'noHandshake',
                    presence: 'unknown',
                    state: null,
                    product: null,
                    onInteraction: false
                },
                diagnostics: [
                    { code: 'softphone-disconnected', severity: 'warning', subject: 'softphone', message: '' }
                ]
            }),
            ADMIN
        );
        expect(en(model.headline)).toBe('Softphone not connected');
        expect(model.notices.map(en)).toEqual([
            'The softphone page did not connect. An admin should check the Softphone URL in the Presence Sync Setting, ' +
                'the CSP Trusted Site for https://pad.example.com (frame-src), and that the page runs the Presence Sync bridge client.'
        ]);
        expect(model).toMatchObject({ tone: 'warning', utilityIcon: 'warning', utilityHighlighted: true });
    });

    it('B11: the headline says a change waits for the call to end, never "In sync"', () => {
        const held = {
            towards: 'softphone' as const,
            target: { kind: 'state' as const, state: 'Away', minor: 'Lunch' },
            statusLabel: 'Lunch'
        };
        const model = panelModel(view({ held }), ADMIN);
        expect(en(model.headline)).toBe('Lunch waits for the call to end');
        expect(en(model.held)).toBe(
            'After this call your softphone changes to Away / Lunch, as you chose in Omni-Channel.'
        );
        expect(es(model.held)).toBe(
            'Tras esta llamada, su softphone cambiará a Away / Lunch, como eligió en Omni-Channel.'
        );
        const logout = panelModel(view({ held: { ...held, target: { kind: 'loggedOut' as const } } }), ADMIN);
        expect(es(logout.held)).toBe(
            'Tras esta llamada, se cerrará la sesión de su softphone, ya que se cerró la de Omni-Channel.'
        );
        // A runtime that still gives the held change as a status name: the status label, not the API name.
        expect(en(panelModel(view({ held: 'Away_Coaching' }), ADMIN).held)).toBe(
            'After this call your softphone follows your Omni-Channel change to Away for Coaching.'
        );
    });

    it('says "Not logged in" when both sides are logged out, and when the sides differ', () => {
        const out = panelModel(
            view({
                omni: { presence: 'offline', status: null, label: null },
                softphone: {
                    bridge: 'connected',
                    presence: 'loggedOut',
                    state: null,
                    product: null,
                    onInteraction: false
                }
            }),
            ADMIN
        );
        expect(en(out.headline)).toBe('Not logged in');
        expect(out.utilityHighlighted).toBe(false);
        const differ = panelModel(
            view({
                softphone: {
                    bridge: 'connected',
                    presence: 'loggedOut',
                    state: null,
                    product: null,
                    onInteraction: false
                }
            }),
            ADMIN
        );
        expect(en(differ.headline)).toBe('Omni-Channel and softphone differ');
        expect(en(panelModel(view(), ADMIN).headline)).toBe('In sync');
    });

    it('shows presence dots as the Omni-Channel widget does', () => {
        expect(panelModel(view(), ADMIN)).toMatchObject({ omniDot: 'online', softphoneDot: 'online' });
        expect(
            panelModel(
                view({
                    omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
                    softphone: {
                        bridge: 'connected',
                        presence: 'loggedIn',
                        state: 'Away / Lunch',
                        product: null,
                        onInteraction: false
                    }
                }),
                ADMIN
            )
        ).toMatchObject({ omniDot: 'busy', softphoneDot: 'busy' });
        expect(panelModel(view({ omni: { presence: 'offline', status: null, label: null } }), ADMIN).omniDot).toBe(
            'offline'
        );
    });

    it('a deliberate "sync off" is one piece of information, not a warning on the utility bar', () => {
        const model = panelModel(
            view({
                syncEnabled: false,
                diagnostics: [
                    { code: 'sync-disabled', severity: 'warning', subject: 'Sync_Enabled__c', message: 'off' }
                ]
            }),
            AGENT
        );
        expect(en(model.headline)).toBe('Sync is off');
        expect(model.notices).toEqual([]);
        expect(model).toMatchObject({ tone: 'info', utilityHighlighted: false });
        expect(en(model.utilityLabel)).toBe('Presence Sync (off)');
    });

    it('an invalid Softphone URL gives one message, not four', () => {
        const model = panelModel(
            view({
                softphone: { bridge: 'none', presence: 'unknown', state: null, product: null, onInteraction: false },
                diagnostics: [
                    keyed(
                        'badSetting',
                        {
                            record: 'Default',
                            recordLabel: 'Default',
                            type: 'Presence_Sync_Setting__mdt',
                            field: 'Softphone_Url__c',
                            value: 'ftp://pad'
                        },
                        { severity: 'warning' }
                    ),
                    { code: 'softphone-disconnected', severity: 'warning', subject: 'softphone', message: '' }
                ]
            }),
            ADMIN
        );
        expect(model.notices.map(en)).toEqual([
            'Presence Sync Setting “Default”: Softphone URL has the value “ftp://pad”, which cannot be used, so its default applies. Correct Softphone URL in Setup.'
        ]);
        expect(model.noSoftphone).toBeNull();
    });

    it('B9: an unmapped softphone state says Omni-Channel was not changed and what the agent may do', () => {
        const inState = (state: string) =>
            view({
                diagnostics: [RUNTIME_PROBLEMS[0] as DiagnosticInput],
                softphone: { bridge: 'connected', presence: 'loggedIn', state, product: null, onInteraction: false }
            });
        const model = panelModel(inState('Away / Coaching'), AGENT);
        expect(model.notices.map(en)).toEqual([
            'Your softphone is in Away / Coaching, which has no mapping, so Omni-Channel was not changed. Set your Omni-Channel status yourself if it should change.'
        ]);
        expect(model.utilityHighlighted).toBe(true);
        // Once the softphone has left that state, the message and the highlight are gone.
        const left = panelModel(inState('Ready'), AGENT);
        expect(left.notices).toEqual([]);
        expect(left.utilityHighlighted).toBe(false);
    });

    it('B17: a refused change names the change and the reason', () => {
        const model = panelModel(view({ diagnostics: RUNTIME_PROBLEMS.slice(4, 6) }), AGENT);
        expect(model.notices.map(en)).toEqual([
            'Your softphone did not take Away / Lunch. Set it yourself if it should change. Vonage ContactPad said: “on a call”',
            'Omni-Channel did not take Lunch. Set your status yourself if it should change. Omni-Channel said: “timed out”'
        ]);
        // Once the sides agree on what was refused, the message is gone.
        const agreed = panelModel(
            view({
                diagnostics: RUNTIME_PROBLEMS.slice(4, 6),
                omni: { presence: 'online', status: 'Lunch', label: 'Lunch' },
                softphone: {
                    bridge: 'connected',
                    presence: 'loggedIn',
                    state: 'Away / Lunch',
                    product: null,
                    onInteraction: false
                }
            }),
            AGENT
        );
        expect(agreed.notices).toEqual([]);
        expect(agreed.utilityHighlighted).toBe(false);
    });

    it('B9: configuration problems name the record by type and label, fields by Setup label, and the fix', () => {
        const model = panelModel(view({ diagnostics: CONFIG_PROBLEMS }), ADMIN);
        const lines = model.notices.map(en) as string[];
        expect(lines).toContain(
            'The softphone state Coaching has no mapping, so it leaves Omni-Channel as it is. ' +
                'Add a Presence Mapping with Direction = Softphone to Omni-Channel and Softphone State = Coaching.'
        );
        expect(lines).toContain(
            'Presence Mapping “Away row”: Presence Status is blank, so this mapping is skipped. ' +
                'Fill in Presence Status in Setup (Custom Metadata Types, Presence Mapping, Manage Records).'
        );
        expect(lines).toContain(
            'The presence status Away for Coaching has no Presence Mapping with Direction = Omni-Channel to softphone, ' +
                'so the softphone changes to Away. Add one if that is not what you want.'
        );
        // A softphone state is never called a record, and no field is named by its API name.
        expect(lines.filter((line) => /record “Coaching”|__c|__mdt/.test(line))).toEqual([]);
        expect(model.notices.map(es)).toContain(
            'El estado del softphone Coaching no tiene asignación, así que deja Omni-Channel como está. ' +
                'Añada una asignación de presencia con Dirección = Softphone a Omni-Channel y Estado del softphone = Coaching.'
        );
    });

    it("B9: statuses with no mapping reported at load are the admin's, whatever code the engine gives them", () => {
        const atLoad: DiagnosticInput = {
            code: 'unmapped-status',
            severity: 'info',
            subject: 'Away_Coaching',
            message: 'no row',
            key: 'unmappedStatus',
            params: { status: 'Away_Coaching', statusLabel: 'Away for Coaching', default: 'Away' }
        };
        expect(panelModel(view({ diagnostics: [atLoad] }), AGENT).notices).toEqual([]);
        expect(panelModel(view({ diagnostics: [atLoad] }), ADMIN).notices.map(en)).toEqual([
            'The presence status Away for Coaching has no Presence Mapping with Direction = Omni-Channel to softphone, ' +
                'so the softphone changes to Away. Add one if that is not what you want.'
        ]);
        // With Unmapped Status Action = No change the engine says `noChange`: the admin reads words, not the token.
        const unchanged = { ...atLoad, params: { ...atLoad.params, default: 'noChange' } };
        const words = [
            ...panelModel(view({ diagnostics: [unchanged] }), ADMIN).notices.map(en),
            ...panelModel(view({ diagnostics: [unchanged] }), ADMIN).notices.map(es)
        ];
        expect(words).toEqual([
            'The presence status Away for Coaching has no Presence Mapping with Direction = Omni-Channel to softphone, ' +
                'so the softphone is not changed. Add one if that is not what you want.',
            'El estado de presencia Away for Coaching no tiene una asignación de presencia con Dirección = ' +
                'Omni-Channel a softphone, así que el softphone no cambia. Añada una si no es lo que desea.'
        ]);
        expect(words.join(' ')).not.toContain('noChange');
    });

    it('tells agents how many configuration problems there are (one or many), and admins which', () => {
        const one = panelModel(view({ diagnostics: [CONFIG_PROBLEMS[0] as DiagnosticInput] }), AGENT);
        expect(one.notices.map(en)).toEqual([
            "The sync's set-up has a gap that only your admin can fix. The sync works around it: there is nothing for you to do."
        ]);
        const many = panelModel(view({ diagnostics: CONFIG_PROBLEMS }), AGENT);
        // Unmapped statuses with a default and a missing settings record are information, not problems.
        expect(many.notices.map(es)).toEqual([
            'La configuración de la sincronización tiene 9 carencias que solo su administrador puede corregir. La sincronización las sortea: usted no tiene que hacer nada.'
        ]);
    });

    it('B18: a tab that does not drive offers "Use this tab" and says where the softphone runs', () => {
        const model = panelModel(
            view({ role: 'follower', tabs: { coordination: 'ok', softphoneHere: false, canTakeOver: true } }),
            AGENT
        );
        expect(en(model.headline)).toBe('Sync runs in another tab');
        expect(en(model.tabHint)).toBe('Your softphone runs in the other tab.');
        expect(model.canTakeOver).toBe(true);
        expect(model).toMatchObject({ utilityIcon: 'info', utilityHighlighted: false });
        expect(en(model.utilityLabel)).toBe('Presence Sync (other tab)');
        const unavailable = panelModel(
            view({ tabs: { coordination: 'unavailable', softphoneHere: true, canTakeOver: false } }),
            AGENT
        );
        expect(unavailable.notices.map((n) => n.key)).toEqual(['Notice_tabs_uncoordinated']);
    });

    it('S1: a refused softphone page gets one notice that says what an admin must check', () => {
        const refused = panelModel(
            view({
                softphone: { ...view().softphone, bridge: 'rejected', presence: 'unknown', state: null },
                diagnostics: [
                    {
                        code: 'softphone-disconnected',
                        severity: 'warning',
                        subject: 'softphone',
                        message: 'disconnected',
                        key: 'softphoneDisconnected',
                        params: {}
                    }
                ]
            }),
            AGENT
        );
        expect(refused.tone).toBe('error');
        expect(refused.notices.map(en)).toEqual([
            'The sync refused the softphone page, so it will not connect by itself. An admin should check that the ' +
                'page runs the current Presence Sync bridge client (protocol version 2) and that its origin is in the ' +
                'Allowed Origins of the Presence Sync Setting.'
        ]);
        expect(es(refused.notices[0] ?? null)).toContain('versión 2 del protocolo');
    });

    it('B18: "Use this tab" is not offered while the agent is on a call in the driving tab', () => {
        const onCall = panelModel(
            view({
                role: 'follower',
                tabs: { coordination: 'ok', softphoneHere: false, canTakeOver: true },
                softphone: { ...view().softphone, state: 'Busy Inbound', onInteraction: true }
            }),
            AGENT
        );
        expect(onCall.canTakeOver).toBe(false);
        expect(en(onCall.tabHint)).toBe(
            'Your softphone runs in the other tab and is on a call there. You can move it to this tab when the call ends.'
        );
        expect(es(onCall.tabHint)).toBe(
            'Su softphone se ejecuta en la otra pestaña y tiene una llamada en curso. Podrá pasarlo a esta pestaña cuando termine la llamada.'
        );
    });

    it('B20: the decisions read as sentences with the plain rule name beside the id', () => {
        const model = panelModel(view({ decisions: DECISIONS }), ADMIN);
        const lines = model.decisions.map((d) => `${d.rule} ${en(d.ruleName)}: ${en(d.input)} ${en(d.outcome)}`);
        expect(lines).toContain(
            'B11 No change during a call: Omni-Channel changed to Lunch. The sync holds it until the call ends.'
        );
        expect(lines).toContain(
            "B1 Softphone sets Omni-Channel: Omni-Channel or the softphone confirmed the sync's change. The sync saw its change take effect."
        );
        expect(lines).toContain(
            'B2 Omni-Channel sets the softphone: Omni-Channel changed to Away for Coaching. The sync set the softphone to Away / Coaching.'
        );
        expect(lines).toContain(
            'B1 Softphone sets Omni-Channel: The softphone changed to Away / Lunch. The sync set Omni-Channel to Lunch.'
        );
        expect(lines).toContain(
            'B8 Capacity rule: Omni-Channel reported your workload: 1 of 4. The sync found it already so: nothing to do.'
        );
        // No internal tokens: no command ids, event names or reason codes.
        expect(
            lines.filter((line) => /\bo2\b|statusChanged|Omni[A-Z]\w+Change|interaction(Started|Ended)/.test(line))
        ).toEqual([]);
    });

    it('S1: counts rejected softphone messages by reason', () => {
        const model = panelModel(
            view({ rejectedMessages: 6, rejectedByReason: { 'wrong-origin': 3, flood: 2, mystery: 1 } }),
            ADMIN
        );
        expect(en(model.rejected)).toBe('Rejected softphone messages: 6');
        expect(model.rejectedByReason.map(en)).toEqual([
            'Over the rate limit: 2',
            'Other reasons: 1',
            'From an origin that is not allowed: 3'
        ]);
        expect(model.rejectedByReason.map(es)).toContain('De un origen no permitido: 3');
    });

    it("B20: the support bundle carries what support needs, and the CSV uses the panel's words", () => {
        const exportedAt = Date.UTC(2026, 10, 30, 15, 42, 7);
        const v = view({
            decisions: [...DECISIONS].reverse(),
            diagnostics: CONFIG_PROBLEMS,
            rejectedMessages: 3,
            rejectedByReason: { 'wrong-origin': 3 }
        });
        const input = {
            view: v,
            entries: DECISIONS,
            configuration: {
                packageVersion: '0.1.0.1',
                settings: { DeveloperName: 'Default', Sync_Enabled__c: true },
                mappings: [{ DeveloperName: 'Away_Row' }],
                statuses: []
            },
            userId: '005000000000001AAA',
            exportedAt,
            say: (t: PanelText) => sayText(ES, t),
            context: ADMIN
        };
        const bundle = JSON.parse(supportBundleJson(input)) as Record<string, unknown>;
        expect(bundle).toMatchObject({
            packageVersion: '0.1.0.1',
            exportedAt: '2026-11-30T15:42:07.000Z',
            exportedBy: '005000000000001AAA',
            softphone: { name: 'Vonage ContactPad' },
            settings: { DeveloperName: 'Default' },
            mappings: [{ DeveloperName: 'Away_Row' }],
            rejectedMessages: { total: 3, byReasonCode: { 'wrong-origin': 3 } }
        });
        expect((bundle.configurationProblems as unknown[]).length).toBe(CONFIG_PROBLEMS.length);
        expect((bundle.decisions as { whatTheSyncDid: string }[])[4]).toMatchObject({
            rule: 'B11',
            ruleName: 'Sin cambios durante una llamada',
            whatTheSyncDid: 'La sincronización lo retiene hasta que termine la llamada.'
        });
        const csv = decisionsCsv(input, ['n', 'hora', 'regla', 'nombre', 'qué', 'resultado', 'detalle', 'órdenes']);
        const rows = csv.split('\r\n');
        expect(rows).toHaveLength(DECISIONS.length + 1);
        expect(rows[5]).toContain(
            '"Omni-Channel cambió a Lunch.","La sincronización lo retiene hasta que termine la llamada."'
        );
        expect(exportFileName('support', exportedAt, 'json')).toBe('presence-sync-support-2026-11-30-1542.json');
        expect(exportFileName('decisions', exportedAt, 'csv')).toBe('presence-sync-decisions-2026-11-30-1542.csv');
        // A tab that does not drive exports what it shows, and says where the full log is.
        const follower = JSON.parse(
            supportBundleJson({ ...input, view: { ...v, role: 'follower' }, entries: null })
        ) as { tab: string; decisions: { seq: number }[] };
        expect(follower.tab).toContain('Exporte desde esa pestaña');
        expect(follower.decisions.map((d) => d.seq)).toEqual(DECISIONS.map((d) => d.seq));
    });

    it('accepts the runtime view as it is', () => {
        const runtimeView: SyncView = {
            ...(view() as unknown as SyncView),
            updatedAt: 0
        };
        expect(en(panelModel(runtimeView, false).headline)).toBe('In sync');
    });

    it('fills label placeholders as plain text', () => {
        expect(formatLabel('Held: {0}', ['<b>Lunch</b>'])).toBe('Held: <b>Lunch</b>');
        expect(formatLabel('{0} of {1} and {2}', ['a', 'b'])).toBe('a of b and {2}');
        expect(outcomeKey('never-heard-of')).toBe('Outcome_recorded');
    });
});

describe('B11, B16: outcomes of held changes and logins read as what happened, not "recorded"', () => {
    it.each([
        ['held-landed', 'Outcome_confirmed'],
        ['hold-again', 'Outcome_held'],
        ['held-waits', 'Outcome_held'],
        ['held-failed', 'Outcome_failed'],
        ['held-expired', 'Outcome_blocked'],
        ['cancel-login', 'Outcome_changed'],
        ['undo-login', 'Outcome_changed'],
        ['no-login', 'Outcome_blocked']
    ])('%s reads as %s', (outcome, key) => {
        expect(outcomeKey(outcome)).toBe(key);
    });
});

describe('B20: the panel lists what an agent needs; the audit keeps every decision', () => {
    it('a timer that found nothing to do is left out of the panel but kept in the export', () => {
        const quiet = decision(40, 'tick', 'track', 'recorded', { inputKind: 'tick' });
        const gaveUp = decision(41, 'tick', 'B17', 'gave-up', { inputKind: 'tick' });
        const model = panelModel(view({ decisions: [quiet, gaveUp] }), ADMIN);
        expect(model.decisions.map((d) => d.id)).toEqual(['41']);
        const csv = decisionsCsv(
            {
                view: view({ decisions: [quiet, gaveUp] }),
                entries: null,
                configuration: null,
                userId: '005000000000001',
                exportedAt: 0,
                say: (text) => en(text) ?? '',
                context: ADMIN
            },
            ['n', 't', 'r', 'rn', 'in', 'out', 'd', 'c']
        );
        expect(csv).toContain('"40"');
        expect(csv).toContain('"41"');
    });
});

describe("B20: why the sync did it, in the reader's language", () => {
    const details = (language: 'en' | 'es') =>
        panelModel(view({ decisions: DECISIONS }), ADMIN)
            .decisions.filter((d) => d.detail.key !== 'Detail_saved')
            .map((d) => (language === 'en' ? en(d.detail) : es(d.detail)));

    it('words each detail key through its label, values included', () => {
        expect(details('en')).toEqual([
            'Omni is already Offline.',
            'Echo of our own change to Logged out; not passed on.',
            'Softphone command failed (no reason given); attempt 2 of 4 in 500 ms.',
            'The softphone asked to decline work 0Bz1.',
            'Omni work 0Bz1 closed: passed on to the softphone.',
            'A call (outbound) started; Omni-Channel was Unknown before it.',
            'Setting the softphone to Away / Lunch.',
            'Setting Omni to Away for Coaching.'
        ]);
    });

    it('says the same in Spanish, with the fixed words translated too', () => {
        expect(details('es')).toEqual([
            'Omni ya está en Desconectado.',
            `Eco de nuestro propio cambio a ${ES.Logged_Out}; no se propaga.`,
            'El comando del softphone falló (sin motivo indicado); intento 2 de 4 dentro de 500 ms.',
            'El softphone pidió rechazar el trabajo 0Bz1.',
            'Trabajo de Omni 0Bz1 cerrado: se envía al softphone.',
            'Empezó una llamada (saliente); antes Omni-Channel estaba en Desconocido.',
            'Se pone el softphone en Away / Lunch.',
            'Se pone Omni en Away for Coaching.'
        ]);
    });

    it('words what the runtime records itself by its own input sentence, never as time passing', () => {
        const model = panelModel(view({ decisions: RUNTIME_DECISIONS }), ADMIN);
        expect(model.decisions.map((d) => en(d.input))).toEqual([
            'You asked this tab to drive the sync.',
            'Omni-Channel moved your session to this tab.',
            'The sync could not reach your other console tabs.',
            "The sync could not read Omni-Channel's status at start-up.",
            "The sync could not read Omni-Channel's status at start-up."
        ]);
    });

    it('shows the English an older version saved as it is', () => {
        const model = panelModel(view({ decisions: [decision(1, 'x', 'B1', 'command')] }), ADMIN);
        expect(es(model.decisions[0]?.detail ?? null)).toBe('engine detail 1');
    });
});
