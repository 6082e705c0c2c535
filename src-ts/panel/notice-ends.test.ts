/**
 * Every notice ends when its cause is gone (issue 21): each code of the notice table (the engine's ENGINE_NOTICES and
 * the panel's own) is walked from a situation that shows it to the input or change that ends its cause, and the
 * panel then shows none of its words. The walks are typed by the table's codes: a new notice without a walk to its
 * end does not compile. Engine notices are walked through the real engine (its diagnostics and the runtime's health
 * verdict), so a notice the engine keeps after its cause ended keeps "Sync problem" and the highlighted utility, and
 * fails here.
 */
import type { Diagnostic, EngineState, Notice } from '../engine/types';
import { storageDiagnostics } from '../runtime/saved-state';
import {
    ADMIN,
    AGENT,
    calm,
    connected,
    inSync,
    omniStatus,
    padState,
    planted,
    problem,
    statusId,
    step,
    steps,
    viewOf
} from '../test-support/notice-walks';
import { initialState } from '../engine/engine';
import { panelModel } from './model';
import { NOTICES, type NoticeCode } from './notice-table';
import type { DiagnosticInput, PanelContext, PanelModel, PanelViewInput } from './types';

/** A walk: the panel before (the notice shows) and after its cause ended, in the context it is read in. */
interface Walk {
    context?: PanelContext;
    before: () => PanelViewInput;
    after: (before: PanelModel) => { view: PanelViewInput; context?: PanelContext };
}

/** The refused Lunch: the agent picks Lunch in Omni, the softphone refuses it every time (B17 gives up). */
function refusedLunch(): EngineState {
    let now = 1000;
    let { state, commands } = step(inSync(), omniStatus('Lunch'), now);
    for (let attempt = 0; attempt < 10; attempt++) {
        const sent = commands.find((c) => c.side === 'softphone');
        if (sent === undefined) {
            if (state.softphone.retry === null) break;
            now = state.softphone.retry.at;
            ({ state, commands } = step(state, { kind: 'tick' }, now));
            continue;
        }
        ({ state, commands } = step(
            state,
            { kind: 'result', commandId: sent.id, ok: false, error: 'busy: on a call' },
            now
        ));
    }
    return state;
}

/** A config problem walked for an agent: said as dismissible information, gone once dismissed. */
const configWalk = (key: string): Walk => ({
    context: AGENT,
    before: () => calm({ diagnostics: [problem(key)] }),
    after: (before) => ({
        view: calm({ diagnostics: [problem(key)] }),
        context: { ...AGENT, dismissed: before.notices.flatMap((n) => (n.dismiss ? [n.dismiss] : [])) }
    })
});

const WALKS = {
    commandFailed: {
        before: () => viewOf(refusedLunch()),
        // The agent sets the softphone to Away / Lunch themselves: both sides agree again.
        after: () => ({ view: viewOf(step(refusedLunch(), padState('Away', 'Lunch'), 60_000).state) })
    },
    unmappedState: {
        before: () =>
            viewOf(
                planted(steps(inSync(), [padState('Away', 'Smoke')]), {
                    code: 'unmapped-state',
                    subject: 'Away / Smoke',
                    detail: 'no change',
                    params: { state: 'Away', minor: 'Smoke', default: 'noChange' }
                })
            ),
        after: () => ({
            view: viewOf(
                step(
                    planted(steps(inSync(), [padState('Away', 'Smoke')]), {
                        code: 'unmapped-state',
                        subject: 'Away / Smoke',
                        detail: 'no change',
                        params: { state: 'Away', minor: 'Smoke', default: 'noChange' }
                    }),
                    padState('Ready')
                ).state
            )
        })
    },
    unmappedStatus: {
        // Said to admins (an agent's panel counts no default as a problem).
        context: ADMIN,
        before: () => viewOf(planted(inSync(), unmappedStatusNotice)),
        after: () => ({ view: viewOf(step(planted(inSync(), unmappedStatusNotice), omniStatus('Lunch')).state) })
    },
    reservedTarget: {
        before: () => viewOf(planted(inSync(), reservedNotice)),
        after: () => ({ view: viewOf(step(planted(inSync(), reservedNotice), omniStatus('Lunch')).state) })
    },
    softphoneDisconnected: {
        before: () => viewOf(steps(inSync(), [{ kind: 'softphone', event: 'disconnected', reason: 'heartbeat-lost' }])),
        after: () => ({
            view: viewOf(
                steps(inSync(), [
                    { kind: 'softphone', event: 'disconnected', reason: 'heartbeat-lost' },
                    connected('Ready')
                ])
            )
        })
    },
    omniConnectionError: {
        before: () => viewOf(steps(inSync(), [{ kind: 'omni', event: 'connectionError', error: 'lost' }])),
        after: () => ({
            view: viewOf(
                steps(inSync(), [
                    { kind: 'omni', event: 'connectionError', error: 'lost' },
                    omniStatus('Available', 'OmniLoginStatusChange')
                ])
            )
        })
    },
    omniHandover: logoutWalk('DuplicateLogin'),
    omniMaintenance: logoutWalk('MaintenanceLogout'),
    omniSupervisorLogout: logoutWalk('OmniSupervisorLogout'),
    heldDropped: {
        before: () => viewOf(planted(inSync(), heldDroppedNotice)),
        // Said once: the agent's next change of either side ends it.
        after: () => ({ view: viewOf(step(planted(inSync(), heldDroppedNotice), omniStatus('Lunch')).state) })
    },
    omniStaysOffline: {
        before: () =>
            viewOf(planted(inSync(), { code: 'omni-stays-offline', subject: 'omni', detail: '', params: {} })),
        after: () => ({
            view: viewOf(
                step(
                    planted(inSync(), { code: 'omni-stays-offline', subject: 'omni', detail: '', params: {} }),
                    omniStatus('Lunch')
                ).state
            )
        })
    },
    softphoneStaysLoggedOut: {
        before: () => viewOf(lateSoftphoneLogout()),
        // The agent logs in to the softphone again.
        after: () => ({
            view: viewOf(
                step(lateSoftphoneLogout(), {
                    kind: 'softphone',
                    event: 'loggedIn',
                    state: { major: 'Ready', minor: null }
                }).state
            )
        })
    },
    stateNotSaved: {
        before: () => calm({ diagnostics: storageDiagnostics('QuotaExceededError', { notKept: 0, corrupted: 0 }) }),
        // The next save went through: the runtime's problem is null again.
        after: () => ({ view: calm({ diagnostics: storageDiagnostics(null, { notKept: 0, corrupted: 0 }) }) })
    },
    auditNotKept: dismissWalk(storageDiagnostics(null, { notKept: 32, corrupted: 0 })),
    auditCorrupted: dismissWalk(storageDiagnostics(null, { notKept: 0, corrupted: 3 })),
    noLoginStatus: {
        before: () => viewOf(planted(offlineReady(), noLoginNotice)),
        // The agent logs in to Omni-Channel themselves.
        after: () => ({
            view: viewOf(
                step(planted(offlineReady(), noLoginNotice), {
                    kind: 'omni',
                    event: 'loginSuccess',
                    statusId: statusId('Available')
                }).state
            )
        })
    },
    syncOff: {
        before: () => calm({ syncEnabled: false, diagnostics: [syncOffDiagnostic] }),
        // An admin switched the sync back on.
        after: () => ({ view: calm() })
    },
    heldChange: {
        before: () => ({
            ...calm(),
            held: { towards: 'softphone', target: { kind: 'status', status: 'Lunch' }, statusLabel: 'Lunch' }
        }),
        // The call ended and the held change was applied.
        after: () => ({ view: calm() })
    },
    blankField: configWalk('blankField'),
    badValue: configWalk('badValue'),
    duplicateRow: configWalk('duplicateRow'),
    contradictoryRows: configWalk('contradictoryRows'),
    unknownStatus: configWalk('unknownStatus'),
    unknownState: configWalk('unknownState'),
    unmappedMajorState: configWalk('unmappedMajorState'),
    badSetting: configWalk('badSetting'),
    missingSettings: {
        context: ADMIN,
        before: () => calm({ diagnostics: [problem('missingSettings', 'warning')] }),
        // The admin adds the settings record.
        after: () => ({ view: calm(), context: ADMIN })
    },
    // ── The panel's own ──
    noHandshake: bridgeWalk('noHandshake'),
    bridgeRejected: bridgeWalk('rejected'),
    softphoneLost: {
        before: () => {
            const view = calm();
            return {
                ...view,
                softphone: {
                    ...view.softphone,
                    bridge: 'lost',
                    lost: { at: 1000, disconnectStatus: null, disconnectLabel: null }
                }
            };
        },
        // The softphone answers again: its page reconnects with a handshake the panel accepts.
        after: () => ({ view: calm() })
    },
    tabsUncoordinated: {
        before: () => calm({ tabs: { coordination: 'unavailable', softphoneHere: true, canTakeOver: false } }),
        after: () => ({ view: calm({ tabs: { coordination: 'ok', softphoneHere: true, canTakeOver: false } }) })
    },
    configSummary: configWalk('badValue'),
    configUnkeyed: {
        context: ADMIN,
        before: () => calm({ diagnostics: [{ code: 'config', severity: 'error', subject: 'Row', message: 'broken' }] }),
        // The admin fixes the record: the compiler reports nothing.
        after: () => ({ view: calm(), context: ADMIN })
    },
    other: {
        before: () =>
            calm({
                diagnostics: [
                    {
                        code: 'from-another-version' as DiagnosticInput['code'],
                        severity: 'warning',
                        subject: 'x',
                        message: 'x'
                    }
                ]
            }),
        // The version that raised it no longer reports it.
        after: () => ({ view: calm() })
    }
} satisfies Record<NoticeCode, Walk>;

function logoutWalk(reason: string): Walk {
    const loggedOut = () => steps(inSync(), [{ kind: 'omni', event: 'logout', reason }]);
    return {
        before: () => viewOf(loggedOut()),
        // The agent logs in to Omni-Channel again.
        after: () => ({
            view: viewOf(
                steps(loggedOut(), [
                    { kind: 'omni', event: 'loginSuccess', statusId: statusId('Available') },
                    omniStatus('Available', 'OmniLoginStatusChange')
                ])
            )
        })
    };
}

function dismissWalk(diagnostics: Diagnostic[]): Walk {
    return {
        context: AGENT,
        before: () => calm({ diagnostics }),
        after: (before) => ({
            view: calm({ diagnostics }),
            context: { ...AGENT, dismissed: before.notices.flatMap((n) => (n.dismiss ? [n.dismiss] : [])) }
        })
    };
}

function bridgeWalk(bridge: string): Walk {
    return {
        before: () => {
            const view = calm();
            return { ...view, softphone: { ...view.softphone, bridge } };
        },
        // The softphone's page answers with a handshake the panel accepts.
        after: () => ({ view: calm() })
    };
}

/**
 * The agent logs out of Omni-Channel (the sync logs the softphone out, B5), logs in to it again by hand, and then the
 * sync's softphone logout lands: the softphone is logged out while Omni-Channel is online.
 */
function lateSoftphoneLogout(): EngineState {
    const out = step(inSync(), { kind: 'omni', event: 'logout' });
    const logout = out.commands.find((c) => c.side === 'softphone');
    const back = steps(out.state, [{ kind: 'omni', event: 'loginSuccess', statusId: statusId('Available') }]);
    return steps(back, [
        { kind: 'softphone', event: 'loggedOut', cause: 'host', requestId: logout?.id ?? null },
        { kind: 'result', commandId: logout?.id ?? '', ok: true }
    ]);
}

function offlineReady(): EngineState {
    return steps(initialState(), [{ kind: 'omni', event: 'snapshot', loggedIn: false }, connected('Ready')]);
}

const unmappedStatusNotice: Notice = {
    code: 'unmapped-status',
    subject: 'Training',
    detail: 'fallback Ready',
    params: { status: 'Training', default: 'Ready' }
};
const reservedNotice: Notice = {
    code: 'reserved-target',
    subject: 'Busy / Inbound',
    detail: 'Available',
    params: { state: 'Busy', minor: 'Inbound', status: 'Available' }
};
const heldDroppedNotice: Notice = {
    code: 'held-dropped',
    subject: 'Lunch',
    detail: 'too-old',
    params: { status: 'Lunch', reason: 'too-old', hours: '4' }
};
const noLoginNotice: Notice = {
    code: 'no-login-status',
    subject: 'Ready',
    detail: '',
    params: { state: 'Ready' }
};
const syncOffDiagnostic: DiagnosticInput = {
    code: 'sync-disabled',
    key: 'syncOff',
    severity: 'warning',
    subject: 'Sync_Enabled__c',
    message: 'off'
};

/** The notice words of a code's row in a model: its notices and, for a headline row, the headline. */
function shown(code: NoticeCode, model: PanelModel): string[] {
    const wording: readonly string[] = NOTICES[code].wording;
    const words = model.notices.map((n) => n.key).filter((key) => wording.includes(key));
    if (wording.includes(model.headline.key)) words.push(model.headline.key);
    // The sync switched off is said by its headline, with this row's label under it.
    if (code === 'syncOff' && model.headline.key === 'Sync_Off') words.push(model.headline.key);
    // A configuration problem an agent reads as the panel's summary.
    if (code !== 'configSummary' && NOTICES[code].action === 'configuration')
        words.push(...model.notices.filter((n) => n.id === 'config-summary').map((n) => n.key));
    return words;
}

/**
 * The agent logs in again through the softphone after a logout Omni-Channel gave a reason for: the sync logs
 * Omni-Channel in (B3) and Omni's own events for that login are the sync's echoes, so no handler of a person's
 * change runs. The logout's notice still ends: Omni-Channel is online again.
 */
function loginThroughSoftphone(reason: string): { before: EngineState; after: EngineState } {
    const before = steps(inSync(), [
        { kind: 'omni', event: 'logout', reason },
        { kind: 'softphone', event: 'loggedOut', cause: 'agent' }
    ]);
    let s = step(before, { kind: 'softphone', event: 'loggedIn', state: { major: 'Ready', minor: null } });
    const login = s.commands.find((c) => c.side === 'omni');
    s = step(s.state, { kind: 'omni', event: 'loginSuccess', statusId: statusId('Available') });
    if (login) s = step(s.state, { kind: 'result', commandId: login.id, ok: true });
    return { before, after: steps(s.state, [omniStatus('Available', 'OmniToolkitStatusChange')]) };
}

describe('every notice ends when its cause is gone (issue 21)', () => {
    it.each(Object.keys(WALKS) as NoticeCode[])('%s', (code) => {
        const walk: Walk = WALKS[code];
        const context = walk.context ?? AGENT;
        const before = panelModel(walk.before(), context);
        expect({ code, before: shown(code, before).length > 0 }).toEqual({ code, before: true });
        const after = walk.after(before);
        const model = panelModel(after.view, after.context ?? context);
        expect({ code, after: shown(code, model) }).toEqual({ code, after: [] });
    });

    it('B17: after a refused change, both sides agreeing again leave no "Sync problem" and no highlight', () => {
        const refused = panelModel(viewOf(refusedLunch()), AGENT);
        expect(refused.headline.key).toBe('Health_Error');
        expect(refused.utilityHighlighted).toBe(true);
        const agreed = panelModel(viewOf(step(refusedLunch(), padState('Away', 'Lunch'), 60_000).state), AGENT);
        expect(agreed.headline.key).toBe('Health_Ok');
        expect(agreed.utilityHighlighted).toBe(false);
        expect(agreed.notices).toEqual([]);
    });

    it.each(['OmniSupervisorLogout', 'MaintenanceLogout', 'DuplicateLogin'])(
        'a %s notice ends when the agent logs in again through the softphone (B3)',
        (reason) => {
            const { before, after } = loginThroughSoftphone(reason);
            expect(before.notices.length).toBeGreaterThan(0);
            expect(after.omni.presence).toBe('online');
            expect(after.notices.filter((n) => n.code.startsWith('omni-'))).toEqual([]);
        }
    );
});
