/**
 * A softphone that was connected and stopped answering (B17), in the panel's words: its own state, apart from a
 * softphone page that never connected (whose set-up advice names the Softphone URL, the CSP Trusted Site and the
 * bridge client). The headline says when it stopped answering, the softphone side what it said last (stale, not
 * current), and a notice what Omni-Channel was left in or set to, and why: with a Disconnect Status the sync sets
 * Omni-Channel to it; without one Omni-Channel stays as it was and nothing changes it by itself.
 */
import { NOTICES } from './notice-table';
import { panelText } from './text';
import type { PanelContext, PanelNotice, PanelText, PanelViewInput } from './types';

/** The bridge is lost: a softphone connected in this driving turn stopped answering (the runtime's `BridgeView`). */
export const isLost = (view: PanelViewInput): boolean => view.softphone.bridge === 'lost';

/**
 * A wall-clock time as hours and minutes: the panel's `timeOf` (the user's Salesforce locale), else the
 * browser's locale. Null for a time that is not known (NaN, or a view from another tab without it).
 */
function timeText(at: number | null | undefined, context: PanelContext): string | null {
    if (typeof at !== 'number' || !Number.isFinite(at)) return null;
    if (context.timeOf) return context.timeOf(at);
    return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "Your softphone stopped answering at 09:02" (without a time when it is not known). */
export function lostHeadline(view: PanelViewInput, context: PanelContext): PanelText {
    const time = timeText(view.softphone.lost?.at, context);
    return time === null ? panelText('Headline_Softphone_Lost_No_Time') : panelText('Headline_Softphone_Lost', time);
}

/** The softphone side as it was last seen ("Last seen: Busy Inbound"): what it said last, no longer current. */
export function lastSeen(view: PanelViewInput): PanelText {
    const softphone = view.softphone;
    if (softphone.presence === 'loggedIn' && softphone.state !== null)
        return panelText('Softphone_Last_Seen', softphone.state);
    if (softphone.presence === 'loggedOut') return panelText('Softphone_Last_Seen_Logged_Out');
    return panelText('Unknown');
}

/**
 * What Omni-Channel was set to or left in, and why: the Disconnect Status setting when one is set (the sync
 * sets it, B17), else Omni-Channel's status now, which does not change by itself. Once Omni-Channel is no longer
 * in the Disconnect Status (the agent picked another status, or logged out), "the sync set it" is no longer
 * true: the notice says where Omni-Channel is now, and whether it may route work while the softphone does not
 * answer (issue 21). Null unless the bridge is lost.
 */
export function lostNotice(view: PanelViewInput, context: PanelContext = { canConfigure: false }): PanelNotice | null {
    const lost = view.softphone.lost;
    if (!isLost(view) || view.role !== 'driver') return null;
    const row = NOTICES.softphoneLost;
    const notice = (key: (typeof row.wording)[number], ...params: string[]): PanelNotice => ({
        id: 'softphone-lost',
        severity: row.severity,
        key,
        params
    });
    const omni = view.omni;
    const label = omni.label ?? omni.status ?? '';
    if (lost?.disconnectStatus) {
        if (omni.presence === 'online' && omni.status !== null && omni.status !== lost.disconnectStatus)
            return context.busyStatuses?.[omni.status] === true
                ? notice('Notice_softphone_lost_omni_busy', label)
                : notice('Notice_softphone_lost_omni_routable', label);
        if (omni.presence === 'offline') return notice('Notice_softphone_lost_omni_offline');
        return notice('Notice_softphone_lost_disconnect_status', lost.disconnectLabel ?? lost.disconnectStatus);
    }
    if (omni.presence === 'online') return notice('Notice_softphone_lost_stays', label);
    return notice('Notice_softphone_lost_unchanged');
}
