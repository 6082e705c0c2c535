/**
 * Issue 21, items 1 and 3: what a person reads of the decisions list and the support bundle. Every sentence the list
 * can say names who acted first (you, a supervisor, the contact centre, Omni-Channel, the sync, the softphone), and
 * every field of the bundle a person reads is in the exporter's language, with no internal token; the engine's trace
 * stays under `codes`. The walks are typed by the engine's own lists: every input event (`OmniInput`,
 * `SoftphoneInput`, results, timers, the runtime's own notes), every outcome (`DecisionOutcome`), every detail key
 * (`DETAIL_KEYS`) and every notice code (`NoticeCode`): a new one without a walk does not compile.
 */
import { CAUSES } from '../core/causes';
import { NAMED_REASONS } from '../engine/attribution';
import { DETAIL_KEYS } from '../engine/detail-keys';
import type { OmniInput, SoftphoneInput } from '../engine/input-types';
import { decisionWords, type DecisionOutcome, type RuntimeEvent } from './decisions';
import { supportBundleJson, decisionsCsv } from './exports';
import { NOTICES, type NoticeCode } from './notice-table';
import { sayText } from './text';
import type { DecisionInput, DiagnosticInput, PanelContext, PanelText, PanelViewInput } from './types';
import { view as inSyncView } from '../test-support/panel-view';
import { EN, ES } from '../test-support/panel-labels';

/** The browser suite's list of names from the code and the toolkit (scripts/e2e/reading.mjs, INTERNAL_TOKEN). */
const INTERNAL_TOKEN =
    /\b(omniChannel\w+|OmniToolkit\w*|setServicePresenceStatus|(accept|decline|close)AgentWork|workItem|setState|loggedOut|loggedIn|Omni(Manual|Supervisor|PushTimeout|DeclineWork)\w*|DuplicateLogin\w*|MaintenanceLogout)\b/;

/** English left in a Spanish text: its common words (the fixtures' own values are Spanish or names). */
const ENGLISH_WORD =
    /\b(the|and|was|is|are|of|to|not|by|with|its|you|your|changed|logged|failed|done|recorded|nothing|set|offline|unknown|sync)\b/i;

/** Who acted, said first: the actors of `Actor_*` and the softphone by its name, in each language. */
const ACTOR_FIRST = {
    en: /^(You|A supervisor|The contact centre|Omni-Channel|The sync|The softphone|In the softphone, you|ContactPad)\b/,
    es: /^(Usted|Un supervisor|El centro de contacto|Omni-Channel|La sincronización|El softphone|En el softphone, usted|ContactPad)\b/
};

/** Another party's words, quoted as theirs: left out before looking for English. */
const QUOTED = /«[^»]*»|“[^”]*”/g;

const CONTEXT: PanelContext = {
    canConfigure: true,
    softphoneProduct: 'ContactPad',
    statusLabels: { Away: 'Ausente', Available_For_Chats: 'Disponible para chats', On_a_Call: 'En llamada' },
    configuration: { settings: { Revert_After_Inbound__c: false }, mappings: [], statuses: [] }
};

type InputKind =
    | `omni.${OmniInput['event']}`
    | `softphone.${SoftphoneInput['event']}`
    | 'result'
    | 'tick'
    | `runtime.${RuntimeEvent}`;

const reasons = Object.keys(NAMED_REASONS).map((reason) => ({ reason }));
const causes: Record<string, string>[] = [{ cause: 'agent' }, { cause: 'system' }, { cause: 'host' }, {}];

/** Every input the decisions list words, each with the inputs' variants that change who acted. */
const INPUTS: Record<InputKind, Record<string, string>[]> = {
    'omni.snapshot': [{ status: 'Away' }, { status: 'offline' }],
    'omni.loginSuccess': [{ status: 'Away' }],
    'omni.statusChanged': [{ status: 'Away' }, ...reasons.map((r) => ({ status: 'Away', ...r }))],
    'omni.logout': [{}, ...reasons],
    'omni.workAssigned': [{ work: '0BZ1' }],
    'omni.workAccepted': [{ work: '0BZ1' }],
    'omni.workDeclined': [{ work: '0BZ1' }],
    'omni.workClosed': [{ work: '0BZ1' }],
    'omni.workloadChanged': [{ workload: '1', capacity: '4' }],
    'omni.connectionError': [{}],
    'softphone.connected': [{ state: 'Ocupado' }, {}],
    'softphone.loggedIn': [{ state: 'Ocupado' }],
    'softphone.loggedOut': causes,
    'softphone.stateChanged': causes.map((c) => ({ state: 'Ocupado', ...c })),
    'softphone.interactionStarted': [{ direction: 'inbound' }, { direction: 'outbound' }],
    'softphone.interactionEnded': [{ interaction: 'call-1' }],
    'softphone.workAction': [
        { action: 'accept' },
        { action: 'decline' },
        { action: 'decline', reason: 'Wrong queue' },
        { action: 'close' }
    ],
    'softphone.disconnected': [{ reason: 'heartbeat-lost' }, { reason: 'busy: closed by the agent' }, {}],
    result: ['o1', 's2', 'w3'].flatMap((command): Record<string, string>[] => [
        { command, ok: 'true' },
        { command, ok: 'false', error: 'busy: on a call' }
    ]),
    tick: [{}],
    'runtime.takeOver': [{}],
    'runtime.sessionHere': [{}],
    'runtime.tabsUncoordinated': [{}],
    'runtime.omniReadRefused': [{}],
    'runtime.omniReadUnanswered': [{}]
};

/** Every outcome, with the parameters that change its words. */
const lost = { softphone: 'Ocupado', omni: 'Away', disconnectStatus: '' };
const OUTCOMES: Record<DecisionOutcome, Record<string, string>[]> = {
    command: [
        { side: 'omni', status: 'Away' },
        { side: 'omni', status: 'offline' },
        { side: 'softphone', state: 'Ocupado', minor: 'Formación' },
        { side: 'softphone', state: 'loggedOut' },
        {}
    ],
    confirmed: [{}],
    done: [{}],
    echo: [{}],
    already: [{}],
    unchanged: [{}],
    hold: [{}],
    'revert-waits': [{}],
    'login-waits': [{}],
    wait: [{}],
    'apply-held': [{}],
    revert: [{ side: 'omni', status: 'Away' }, {}],
    restore: [
        { side: 'omni', status: 'Away' },
        { side: 'omni', status: 'offline' },
        { side: 'softphone', state: 'loggedOut' }
    ],
    'work-release': [{}],
    'work-busy': [{}],
    'agent-override': [{}],
    unmapped: [{}],
    'unmapped-fallback': [{}],
    'unknown-status': [{}],
    'no-change-row': [{}],
    'reserved-target': [{}],
    'no-login-status': [{}],
    'stays-offline': [{}],
    'omni-offline': [{}],
    'softphone-unavailable': [{}],
    'login-off': [{}],
    'logout-off': [{}],
    'sync-disabled': [{}],
    'drop-held': [{}],
    handover: [{}],
    maintenance: [{}],
    retry: [{}],
    failed: [{}],
    'failed-superseded': [{}],
    'gave-up': [{}],
    lost: [{}],
    'stale-result': [{}],
    connected: [{}],
    disconnected: [lost, { ...lost, disconnectStatus: 'Away' }, { ...lost, omni: 'offline' }],
    'connection-error': [{}],
    'omni-back': [{}],
    snapshot: [{}],
    reconcile: [{}],
    interaction: [{}],
    recorded: [{}],
    'held-landed': [{}],
    'hold-again': [{}],
    'held-waits': [{}],
    'undo-login': [{}],
    'cancel-login': [{}],
    'held-superseded': [{}],
    'held-expired': [{}],
    'no-login': [{}],
    'held-failed': [{}],
    refused: [{}],
    'omni-event-dropped': [{}],
    tabsUncoordinated: [{}],
    takeOver: [{}],
    omniRefusedAsOffline: [{}],
    omniUnknown: [{}]
};

/** A value for each of a detail's placeholders, with the variants that change its words. */
const PLACEHOLDER_VALUES: Readonly<Record<string, readonly string[]>> = {
    reason: [CAUSES[0] ?? '', '', 'the agent is not logged in to Omni-Channel'],
    command: [
        'softphone workItem accepted 0BZ1',
        'omni declineAgentWork 0BZ1 (Wrong)',
        'omni acceptAgentWork 0BZ1',
        'o3'
    ],
    omniEvent: ['omniChannelStatusChanged'],
    omni: ['Away', 'offline', 'unknown'],
    softphone: ['Ocupado', 'logged out'],
    status: ['Away'],
    state: ['Ocupado'],
    action: ['accept', 'decline', 'close'],
    event: ['accepted'],
    direction: ['inbound', 'outbound'],
    field: ['statusId']
};

/** Every detail key with each variant of its placeholders' values, one at a time. */
function detailSamples(): { detailKey: string; detailParams: Record<string, string> }[] {
    const samples: { detailKey: string; detailParams: Record<string, string> }[] = [];
    for (const key of DETAIL_KEYS) {
        const names = [...(EN[`Detail_${key}`] ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
        const base: Record<string, string> = {};
        for (const name of names) base[name] = PLACEHOLDER_VALUES[name]?.[0] ?? '3';
        samples.push({ detailKey: key, detailParams: base });
        for (const name of names)
            for (const value of (PLACEHOLDER_VALUES[name] ?? []).slice(1))
                samples.push({ detailKey: key, detailParams: { ...base, [name]: value } });
    }
    samples.push({ detailKey: 'softphone_disconnected', detailParams: { reason: 'heartbeat-lost', ...lost } });
    samples.push({
        detailKey: 'softphone_disconnected',
        detailParams: { reason: 'busy', ...lost, disconnectStatus: 'Away' }
    });
    return samples;
}

let seq = 0;
const decision = (fields: Partial<DecisionInput>): DecisionInput => ({
    seq: ++seq,
    at: 1_796_000_000_000 + seq,
    input: 'x',
    rule: 'B1',
    outcome: 'recorded',
    commands: [],
    detailKey: 'nothing_to_do',
    detailParams: {},
    ...fields
});

/** Every decision the walk words: each input, each outcome, each detail, with its variants. */
function allDecisions(): DecisionInput[] {
    const inputs = Object.entries(INPUTS).flatMap(([kind, variants]) =>
        variants.map((inputParams) => {
            const [side = '', event = ''] = kind.split('.');
            return decision({
                inputKind: side === 'runtime' ? 'runtime' : kind,
                inputParams: side === 'runtime' ? { event, ...inputParams } : inputParams,
                input: `${side} ${event}`,
                ...(kind === 'softphone.disconnected'
                    ? { detailKey: 'softphone_disconnected', detailParams: lost }
                    : {})
            });
        })
    );
    const outcomes = Object.entries(OUTCOMES).flatMap(([outcome, variants]) =>
        variants.map((outcomeParams) =>
            decision({
                outcome,
                outcomeParams,
                ...(outcome === 'disconnected'
                    ? { detailKey: 'softphone_disconnected', detailParams: outcomeParams }
                    : {})
            })
        )
    );
    const details = detailSamples().map((sample) => decision(sample));
    return [...inputs, ...outcomes, ...details];
}

/** Every notice code, reported with a subject and a message from the code (which must not reach a person). */
function allNotices(): DiagnosticInput[] {
    const codes = Object.keys(NOTICES) as NoticeCode[];
    return codes
        .filter((code) => code !== 'other')
        .flatMap((key) =>
            (
                [
                    {},
                    { reason: 'toolkit-no-answer', side: 'omni' },
                    // Another party's reason text. Not for the storage notice: its reason is the browser's own error,
                    // which the notices' table shows as it is (left to that table, see the report of issue 21.10).
                    ...(key === 'stateNotSaved' ? [] : [{ reason: 'busy: on a call' }]),
                    ...(key.toLowerCase().includes('logout') ? [{ reason: 'OmniSupervisorLogout' }] : [])
                ] as Record<string, string>[]
            ).map((extra) => ({
                code: ('code' in NOTICES[key]
                    ? (NOTICES[key] as { code: string }).code
                    : key) as DiagnosticInput['code'],
                key,
                severity: 'warning' as const,
                subject: 'Away_Row',
                message: 'the softphone is not connected',
                params: {
                    // The engine always gives a reason (empty when none); an older version's notice without one
                    // shows its message, which is the notices' table's to word.
                    reason: '',
                    command: 'omni setServicePresenceStatus Away',
                    status: 'Away',
                    state: 'Ocupado',
                    count: '2',
                    ...extra
                }
            }))
        );
}

const view = (decisions: DecisionInput[], diagnostics: DiagnosticInput[]): PanelViewInput =>
    inSyncView({
        omni: { presence: 'online', status: 'Away', label: 'Ausente' },
        softphone: { ...inSyncView().softphone, presence: 'loggedOut', state: null, product: 'ContactPad' },
        diagnostics,
        decisions
    });

/** Every string a person reads in the bundle: all but the codes and the admin's records, by their path. */
function readStrings(value: unknown, path: string, out: [string, string][]): [string, string][] {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => readStrings(item, `${path}[${i}]`, out));
    else if (value !== null && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) {
            // Codes by name, the admin's records as Setup holds them, names and the softphone's own state name.
            if (/^(codes|heldChangeCodes|settings|mappings|statuses|product|behaviourContract)$/.test(key)) continue;
            if (path === '.softphone' && key === 'state') continue;
            readStrings(item, `${path}.${key}`, out);
        }
    return out;
}

/** An internal token, or English under Spanish, outside the words quoted as another party's. */
const leaks = (text: string, spanish: boolean): boolean => {
    const ours = text.replace(QUOTED, '');
    return INTERNAL_TOKEN.test(ours) || (spanish && ENGLISH_WORD.test(ours));
};

const say = (labels: Record<string, string>) => (text: PanelText) => sayText(labels, text);

describe("issue 21.10: who acted, in the reader's words, in the list and the support bundle", () => {
    const decisions = allDecisions();

    it.each([
        ['en', EN],
        ['es', ES]
    ] as const)('every sentence of the decisions list names who acted first (%s)', (language, labels) => {
        const unnamed: string[] = [];
        for (const entry of decisions) {
            const words = decisionWords(entry, CONTEXT);
            for (const text of [words.input, words.outcome]) {
                const sentence = sayText(labels, text);
                if (!ACTOR_FIRST[language].test(sentence))
                    unnamed.push(`${entry.inputKind ?? entry.outcome}: ${sentence}`);
            }
        }
        expect([...new Set(unnamed)]).toEqual([]);
    });

    it('the Spanish support bundle has no internal token and no English outside its codes', () => {
        const bundleInput = {
            view: view(decisions, allNotices()),
            entries: decisions,
            configuration: { settings: {}, mappings: [], statuses: [], userName: 'Sam Rivera' },
            userId: '005000000000001AAA',
            exportedAt: 1_796_000_000_000,
            say: say(ES),
            context: CONTEXT
        };
        const bundle = JSON.parse(supportBundleJson(bundleInput)) as Record<string, unknown>;
        const found = readStrings(bundle, '', [])
            .filter(([, text]) => leaks(text, true))
            .map(([path, text]) => `${path.replace(/\[\d+\]/g, '[]')}: ${text}`);
        expect([...new Set(found)]).toEqual([]);
        // The trace is still there for support's tools, named as codes.
        const first = (bundle.decisions as { codes: { input: string } }[])[0];
        expect(first?.codes.input).toBe('omni snapshot');
        // The CSV's readable columns too (its command codes column is named as codes).
        const csv = decisionsCsv(bundleInput, ['n', 'hora', 'regla', 'nombre', 'qué', 'hizo', 'por qué', 'códigos']);
        const cells = csv
            .split('\r\n')
            .slice(1)
            .flatMap((row) => row.split('","').slice(3, 7));
        const csvLeaks = cells.filter((cell) => leaks(cell, true));
        expect([...new Set(csvLeaks)]).toEqual([]);
    });

    it('the English support bundle has no internal token outside its codes', () => {
        const bundle = JSON.parse(
            supportBundleJson({
                view: view(decisions, allNotices()),
                entries: decisions,
                configuration: null,
                userId: '005000000000001AAA',
                exportedAt: 1_796_000_000_000,
                say: say(EN),
                context: CONTEXT
            })
        ) as Record<string, unknown>;
        const found = readStrings(bundle, '', [])
            .filter(([, text]) => leaks(text, false))
            .map(([path, text]) => `${path.replace(/\[\d+\]/g, '[]')}: ${text}`);
        expect([...new Set(found)]).toEqual([]);
    });
});
