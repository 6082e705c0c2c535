/**
 * Issue 21.1: a softphone that was connected and stopped answering is its own state, apart from "never connected":
 * when it stopped, a Reload softphone action, the softphone side as last seen, and what Omni-Channel was set to or
 * left in, and why. No set-up advice (Softphone URL, CSP Trusted Site, bridge client) for it.
 */
import { panelModel } from './model';
import { sayText } from './text';
import type { PanelContext, PanelModel, PanelText, PanelViewInput } from './types';
import { EN, ES } from '../test-support/panel-labels';

const en = (t: PanelText) => sayText(EN, t);
const es = (t: PanelText) => sayText(ES, t);

/** 09:02 UTC on a day of 2026, as the panel's `timeOf` gives it (the test's own, not the machine's zone). */
const AT = Date.UTC(2026, 11, 6, 9, 2, 30);
const CONTEXT: PanelContext = {
    canConfigure: false,
    softphoneOrigin: 'https://pad.example.com',
    timeOf: (at) => new Date(at).toISOString().slice(11, 16)
};

function lostView(over: { disconnect?: string | null; omni?: PanelViewInput['omni'] } = {}): PanelViewInput {
    const disconnect = over.disconnect ?? null;
    return {
        role: 'driver',
        syncEnabled: true,
        health: 'error',
        omni: over.omni ?? { presence: 'online', status: 'On_a_Call', label: 'On a Call' },
        softphone: {
            bridge: 'lost',
            presence: 'loggedIn',
            state: 'Busy Inbound',
            product: null,
            onInteraction: true,
            lost: { at: AT, disconnectStatus: disconnect, disconnectLabel: disconnect === 'Away' ? 'Away' : null }
        },
        held: null,
        // The engine's own notice for a disconnected softphone (its words contradict a Disconnect Status).
        diagnostics: [
            {
                code: 'softphone-disconnected',
                key: 'softphoneDisconnected',
                severity: 'warning',
                subject: 'softphone',
                message: 'the softphone is not connected',
                params: {}
            }
        ],
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

const allText = (model: PanelModel, say: (t: PanelText) => string) =>
    [model.headline, model.softphone, model.connection, model.omni, ...model.notices].map(say).join(' | ');

describe('issue 21.1: a softphone that stopped answering', () => {
    it('says when it stopped, shows the softphone as last seen, offers Reload softphone, and gives no set-up advice', () => {
        const model = panelModel(lostView(), CONTEXT);
        expect(en(model.headline)).toBe('Your softphone stopped answering at 09:02');
        expect(es(model.headline)).toBe('Su softphone dejó de responder a las 09:02');
        expect(en(model.softphone)).toBe('Last seen: Busy Inbound');
        expect(es(model.softphone)).toBe('Visto por última vez: Busy Inbound');
        expect(en(model.connection)).toBe('Not answering');
        expect(model.onInteraction).toBe(false);
        expect(model.softphoneDot).toBe('unknown');
        expect(model.reloadSoftphone).toBe(true);
        expect(model.utilityHighlighted).toBe(true);
        const words = allText(model, en);
        for (const advice of ['Softphone URL', 'CSP Trusted Site', 'bridge client', 'Connecting'])
            expect(words).not.toContain(advice);
        expect(words).not.toContain('stays as it is until the softphone is back');
    });

    it('without a Disconnect Status: Omni-Channel stays in its status and will not change by itself', () => {
        const model = panelModel(lostView(), CONTEXT);
        expect(model.notices.map(en)).toEqual([
            'Omni-Channel stays in On a Call and will not change by itself while your softphone is not answering: ' +
                'no Disconnect Status is set in the Presence Sync settings. Select Reload softphone, or change your ' +
                'status in Omni-Channel.'
        ]);
        expect(model.notices.map(es)[0]).toMatch(/^Omni-Channel sigue en On a Call y no cambiará por sí solo/);
    });

    it('with a Disconnect Status: the sync set Omni-Channel to it, naming the setting', () => {
        const model = panelModel(
            lostView({ disconnect: 'Away', omni: { presence: 'online', status: 'Away', label: 'Away' } }),
            CONTEXT
        );
        const [notice] = model.notices.map(en);
        expect(notice).toMatch(
            /^The sync set Omni-Channel to Away: the Disconnect Status in the Presence Sync settings/
        );
        expect(model.notices.map(es)[0]).toMatch(
            /^La sincronización puso Omni-Channel en Away: el Estado al desconectar/
        );
        expect(model.notices).toHaveLength(1);
    });

    it('Omni-Channel offline: it will not change by itself either; a follower shows neither notice nor action', () => {
        const offline = panelModel(lostView({ omni: { presence: 'offline', status: null, label: null } }), CONTEXT);
        expect(offline.notices.map(en)[0]).toMatch(/^Omni-Channel will not change by itself/);
        const follower = panelModel({ ...lostView(), role: 'follower' }, CONTEXT);
        expect(follower.reloadSoftphone).toBe(false);
        expect(follower.notices.some((n) => n.id === 'softphone-lost')).toBe(false);
    });

    it('a time that is not known (a view from another version) is left out, not shown as "NaN"', () => {
        const base = lostView();
        const model = panelModel(
            {
                ...base,
                softphone: { ...base.softphone, lost: { at: null, disconnectStatus: null, disconnectLabel: null } }
            },
            CONTEXT
        );
        expect(en(model.headline)).toBe('Your softphone stopped answering');
    });

    it('a softphone that never connected keeps its set-up advice', () => {
        const base = lostView();
        const never = panelModel(
            { ...base, softphone: { ...base.softphone, bridge: 'noHandshake', lost: null } },
            CONTEXT
        );
        expect(en(never.headline)).toBe('Softphone not connected');
        expect(never.notices.map(en).join(' ')).toContain('CSP Trusted Site');
        expect(never.reloadSoftphone).toBe(false);
    });
});
