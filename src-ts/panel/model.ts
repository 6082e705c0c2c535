/**
 * What the utility panel shows, as label keys and parameters: the panel only looks the keys up in its
 * Custom Labels (English and Spanish) and fills in the parameters. Every choice about what to show lives
 * in this room (src-ts/panel/), where it is tested, not in the component. The behaviour ids and their plain
 * names are those of docs/behaviour.md. This file puts the model together: the headline and its tone, the
 * two sides and the connection, the utility bar; the notices, the decisions list, the dots and the held
 * change each have a file of their own.
 */
import { legacyField, isConfiguration } from './config-notices';
import { isLost, lastSeen, lostHeadline } from './connection';
import { decisionRows } from './decision-rows';
import { omniDot, softphoneDot } from './dots';
import { heldHeadline, heldLine, heldText, rejectionKey } from './held';
import { panelNotices } from './notices';
import { panelText } from './text';
import type {
    PanelContext,
    PanelModel,
    PanelNotice,
    PanelRejection,
    PanelText,
    PanelTone,
    PanelUtility,
    PanelViewInput
} from './types';

interface Headline {
    headline: PanelText;
    tone: PanelTone;
}

const headlineOf = (key: string, tone: PanelTone): Headline => ({ headline: panelText(key), tone });

/** The headline: the truth, the most important first. */
function headline(view: PanelViewInput, notices: readonly PanelNotice[], context: PanelContext): Headline {
    const bridge = view.softphone.bridge;
    const faults = notices.filter((n) => n.severity === 'error' || n.severity === 'warning');
    // A configuration problem needs an admin's attention; it is not a failure of the sync itself.
    const failures = faults.filter((n) => n.severity === 'error' && !n.id.startsWith('config'));
    if (view.role === 'follower') return headlineOf('Role_Follower', 'info');
    if (view.role === 'starting' || view.role === 'stopped') return headlineOf('Role_Starting', 'info');
    if (!view.syncEnabled) return headlineOf('Sync_Off', 'info');
    if (isLost(view)) return { headline: lostHeadline(view, context), tone: 'warning' };
    if (bridge === 'noHandshake') return headlineOf('Headline_No_Handshake', 'warning');
    if (bridge === 'connecting') return headlineOf('Headline_Connecting', 'info');
    if (bridge === 'none') return headlineOf('Headline_No_Softphone', 'warning');
    if (failures.length > 0 || bridge === 'rejected' || view.health === 'error')
        return headlineOf('Health_Error', 'error');
    if (view.held !== null) return { headline: heldHeadline(view.held, context), tone: 'info' };
    if (view.omni.presence === 'offline' && view.softphone.presence === 'loggedOut')
        return headlineOf('Headline_Not_Logged_In', faults.length > 0 ? 'warning' : 'info');
    // Not yet read, or the read went unanswered and is being retried (B15): no alarm on its own.
    if (view.omni.presence === 'unknown') return headlineOf('Headline_Omni_Unknown', 'info');
    // Never "In sync" while the two sides' mapped states disagree (issue 21).
    if ((view.omni.presence === 'online') !== (view.softphone.presence === 'loggedIn') || view.sidesDiffer === true)
        return headlineOf('Headline_Differ', 'warning');
    if (faults.length > 0) return headlineOf('Health_Attention', 'warning');
    return headlineOf('Health_Ok', 'success');
}

/** Omni-Channel's status by its label, offline or unknown. */
function omniText(view: PanelViewInput, context: PanelContext): PanelText {
    if (view.omni.presence === 'offline') return panelText('Offline');
    if (view.omni.presence !== 'online') return panelText('Unknown');
    const status = view.omni.status;
    return panelText('Value', view.omni.label ?? (status ? (context.statusLabels?.[status] ?? status) : ''));
}

/** The softphone's state, logged out or unknown. */
function softphoneText(view: PanelViewInput): PanelText {
    if (view.softphone.presence === 'loggedIn' && view.softphone.state !== null)
        return panelText('Value', view.softphone.state);
    return panelText(view.softphone.presence === 'loggedOut' ? 'Logged_Out' : 'Unknown');
}

const CONNECTION_KEY: Readonly<Record<string, string>> = {
    connected: 'Bridge_Connected',
    rejected: 'Bridge_Rejected',
    none: 'Bridge_None',
    noHandshake: 'Bridge_No_Handshake',
    lost: 'Bridge_Lost'
};

/** The utility bar's label, icon and highlight for the headline's tone. */
function utilityOf(view: PanelViewInput, tone: PanelTone): PanelUtility {
    const label =
        view.role === 'follower'
            ? 'Utility_Follower'
            : !view.syncEnabled
              ? 'Utility_Off'
              : tone === 'error'
                ? 'Utility_Error'
                : tone === 'warning'
                  ? 'Utility_Attention'
                  : 'Utility_Ok';
    return {
        utilityLabel: panelText(label),
        utilityIcon:
            tone === 'error' ? 'error' : tone === 'warning' ? 'warning' : view.role === 'follower' ? 'info' : 'sync',
        utilityHighlighted: tone === 'error' || tone === 'warning'
    };
}

/** Rejected softphone messages by reason (S1), in a stable order. */
function rejections(view: PanelViewInput): PanelRejection[] {
    return Object.entries(view.rejectedByReason)
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([reason, count]) => ({ reason, count, key: rejectionKey(reason), params: [String(count)] }));
}

/** Where the softphone runs, said in a tab that does not drive and does not host it (B18). */
function tabHint(view: PanelViewInput): PanelText | null {
    if (view.role !== 'follower' || (view.tabs !== undefined && view.tabs.softphoneHere)) return null;
    return panelText(view.softphone.onInteraction ? 'Tabs_Softphone_On_Call' : 'Tabs_Softphone_Elsewhere');
}

/** "No Softphone URL": a driving tab with no softphone frame, unless a refused Softphone URL already says why. */
function noSoftphone(view: PanelViewInput): PanelText | null {
    if (view.softphone.bridge !== 'none' || view.role !== 'driver') return null;
    const urlProblem = view.diagnostics
        .filter(isConfiguration)
        .some((d) => (d.params?.field ?? d.field ?? legacyField(d))?.endsWith('Softphone_Url__c') === true);
    return urlProblem ? null : panelText('No_Softphone_Url');
}

/** The context the model is built in: what the panel knows, with the view's two sides and the softphone's name. */
function modelContext(view: PanelViewInput, contextOrAdmin: PanelContext | boolean): PanelContext {
    return {
        ...(typeof contextOrAdmin === 'boolean' ? { canConfigure: contextOrAdmin } : contextOrAdmin),
        softphoneState: view.softphone.presence === 'loggedIn' ? view.softphone.state : null,
        omniStatus: view.omni.presence === 'online' ? view.omni.status : null,
        softphoneProduct: view.softphone.product
    };
}

/**
 * What a closed utility shows of a view: the utility bar's label, icon and highlight, the same as `panelModel`'s
 * for the same view and context, worked out from the headline's tone alone (the notices decide it; the decisions
 * list, the sides' words and the dots are not built).
 * @param view what the runtime shows (its `SyncView`)
 * @param contextOrAdmin what else the panel knows; a boolean is taken as `canConfigure`
 */
export function panelUtility(view: PanelViewInput, contextOrAdmin: PanelContext | boolean): PanelUtility {
    const context = modelContext(view, contextOrAdmin);
    return utilityOf(view, headline(view, panelNotices(view, context), context).tone);
}

/**
 * @param view what the runtime shows (its `SyncView`)
 * @param contextOrAdmin what else the panel knows; a boolean is taken as `canConfigure`
 */
export function panelModel(view: PanelViewInput, contextOrAdmin: PanelContext | boolean): PanelModel {
    const context = modelContext(view, contextOrAdmin);
    const notices = panelNotices(view, context);
    const { headline: headlineText, tone } = headline(view, notices, context);
    const lost = isLost(view);
    return {
        headline: headlineText,
        tone,
        omni: omniText(view, context),
        omniDot: omniDot(view, context),
        // A lost softphone's state is what it said last, not what it is now (connection.ts).
        softphone: lost ? lastSeen(view) : softphoneText(view),
        softphoneDot: lost ? 'unknown' : softphoneDot(view, context),
        connection: panelText(CONNECTION_KEY[view.softphone.bridge] ?? 'Bridge_Connecting'),
        softphoneProduct: view.softphone.product,
        onInteraction: view.softphone.onInteraction && !lost,
        held: heldText(view.held, context),
        heldLine: heldLine(view.held, context),
        notices,
        decisions: decisionRows(view.decisions, context),
        rejected: view.rejectedMessages > 0 ? panelText('Rejected_Messages', String(view.rejectedMessages)) : null,
        rejectedByReason: rejections(view),
        // Moving the softphone reloads its page: never offered while the agent is on a call (B18, B11).
        canTakeOver: view.role === 'follower' && view.tabs?.canTakeOver === true && !view.softphone.onInteraction,
        tabHint: tabHint(view),
        noSoftphone: noSoftphone(view),
        reloadSoftphone: lost && view.role === 'driver',
        ...utilityOf(view, tone)
    };
}
