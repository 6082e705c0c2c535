// What a closed utility shows (issue 23): `panelUtility` gives the utility bar's label, icon and highlight without
// building the rest of the panel model, and always the same as `panelModel` gives for the same view and context.
import { panelModel, panelUtility } from './model';
import type { PanelContext, PanelViewInput } from './types';
import { view } from '../test-support/panel-view';

const softphone = (over: Partial<PanelViewInput['softphone']>): PanelViewInput['softphone'] => ({
    ...view().softphone,
    ...over
});

const CONTEXT: PanelContext = {
    canConfigure: false,
    statusLabels: { Lunch: 'Lunch', Available: 'Available' },
    busyStatuses: { Lunch: true, Available: false },
    softphoneOrigin: 'https://pad.example.com',
    timeOf: () => '09:41'
};

/** One view for each way the headline's tone is decided (model.ts `headline`), most serious first. */
const VIEWS: [string, PanelViewInput][] = [
    ['in sync', view()],
    [
        'a tab that does not drive',
        view({ role: 'follower', tabs: { coordination: 'ok', softphoneHere: false, canTakeOver: true } })
    ],
    ['starting', view({ role: 'starting' })],
    ['sync off', view({ syncEnabled: false })],
    [
        'softphone lost',
        view({
            softphone: softphone({
                bridge: 'lost',
                lost: { at: 1_700_000_000_000, disconnectStatus: 'Lunch', disconnectLabel: 'Lunch' }
            })
        })
    ],
    [
        'no handshake',
        view({
            softphone: softphone({ bridge: 'noHandshake', presence: 'unknown', state: null, product: null }),
            diagnostics: [{ code: 'softphone-disconnected', severity: 'warning', subject: 'softphone', message: '' }]
        })
    ],
    ['connecting', view({ softphone: softphone({ bridge: 'connecting', presence: 'unknown', state: null }) })],
    ['no softphone', view({ softphone: softphone({ bridge: 'none', presence: 'unknown', state: null }) })],
    ['softphone messages refused', view({ softphone: softphone({ bridge: 'rejected' }) })],
    ['health error', view({ health: 'error' })],
    [
        'a held change',
        view({
            held: {
                towards: 'softphone',
                target: { kind: 'state', state: 'Away', minor: 'Lunch' },
                statusLabel: 'Lunch'
            }
        })
    ],
    [
        'not logged in',
        view({
            omni: { presence: 'offline', status: null, label: null },
            softphone: softphone({ presence: 'loggedOut', state: null })
        })
    ],
    ['Omni-Channel not read yet', view({ omni: { presence: 'unknown', status: null, label: null } })],
    ['the sides differ', view({ sidesDiffer: true })],
    [
        'softphone logged out, Omni-Channel online',
        view({ softphone: softphone({ presence: 'loggedOut', state: null }) })
    ],
    [
        'an unmapped state',
        view({
            diagnostics: [{ code: 'unmapped-state', severity: 'warning', subject: 'Away / Coaching', message: '' }]
        })
    ]
];

describe('panelUtility: the utility bar of a closed utility', () => {
    it.each(VIEWS)('%s: the same label, icon and highlight as the whole panel model', (_, shown) => {
        const model = panelModel(shown, CONTEXT);
        expect(panelUtility(shown, CONTEXT)).toEqual({
            utilityLabel: model.utilityLabel,
            utilityIcon: model.utilityIcon,
            utilityHighlighted: model.utilityHighlighted
        });
    });

    it('covers every label, icon and highlight the utility bar can show', () => {
        const states = VIEWS.map(([, shown]) => panelUtility(shown, CONTEXT));
        expect(new Set(states.map((s) => s.utilityLabel.key))).toEqual(
            new Set(['Utility_Ok', 'Utility_Follower', 'Utility_Off', 'Utility_Attention', 'Utility_Error'])
        );
        expect(new Set(states.map((s) => s.utilityIcon))).toEqual(new Set(['sync', 'info', 'warning', 'error']));
        expect(new Set(states.map((s) => s.utilityHighlighted))).toEqual(new Set([true, false]));
    });

    it('a boolean context is taken as whether the user may configure, as panelModel takes it', () => {
        const shown = view({ sidesDiffer: true });
        expect(panelUtility(shown, true)).toEqual(panelUtility(shown, { canConfigure: true }));
        expect(panelUtility(shown, false).utilityLabel.key).toBe('Utility_Attention');
    });

    it('builds no decisions list: a view whose decisions cannot be worded still gets its utility bar', () => {
        // panelModel words each decision; panelUtility must not touch them (a closed utility's cost is flat in them).
        const decisions = new Proxy([], {
            get() {
                throw new Error('the decisions were read');
            }
        }) as unknown as PanelViewInput['decisions'];
        const shown = view({ decisions });
        expect(() => panelModel(shown, CONTEXT)).toThrow('the decisions were read');
        expect(panelUtility(shown, CONTEXT)).toMatchObject({ utilityIcon: 'sync', utilityHighlighted: false });
    });
});
