/**
 * What the utility panel shows, as label keys and parameters: the panel only looks the keys up
 * in its Custom Labels (English and Spanish) and fills in the parameters. Every choice about
 * what to show lives here, where it is tested, not in the component.
 */
import type { Diagnostic } from '../engine/types';
import type { SyncView } from './runtime';

/** A line of text: a label key and the values for its {0}, {1} placeholders. */
export interface PanelText {
    key: string;
    params: string[];
}

export interface PanelNotice extends PanelText {
    id: string;
    severity: 'error' | 'warning' | 'info';
}

export interface PanelDecision {
    id: string;
    at: number;
    rule: string;
    input: string;
    outcome: PanelText;
    detail: string;
}

export interface PanelModel {
    /** Headline: how the sync is doing, or why this tab does not drive it. */
    headline: PanelText;
    tone: 'success' | 'warning' | 'error' | 'info';
    omni: PanelText;
    softphone: PanelText;
    connection: PanelText;
    softphoneProduct: string | null;
    onInteraction: boolean;
    held: PanelText | null;
    notices: PanelNotice[];
    decisions: PanelDecision[];
    rejected: PanelText | null;
    utilityLabel: PanelText;
    utilityIcon: string;
    utilityHighlighted: boolean;
}

const OUTCOME_CATEGORY: Record<string, string> = {
    command: 'changed',
    confirmed: 'confirmed',
    done: 'confirmed',
    echo: 'echo',
    already: 'already',
    unchanged: 'already',
    hold: 'held',
    'revert-waits': 'held',
    'login-waits': 'held',
    wait: 'held',
    'apply-held': 'applied',
    revert: 'applied',
    restore: 'applied',
    'work-release': 'applied',
    'work-busy': 'work',
    'agent-override': 'work',
    unmapped: 'unmapped',
    'unmapped-fallback': 'unmapped',
    'unknown-status': 'unmapped',
    'no-change-row': 'unmapped',
    'reserved-target': 'unmapped',
    'no-login-status': 'unmapped',
    'stays-offline': 'unmapped',
    'omni-offline': 'blocked',
    'softphone-unavailable': 'blocked',
    'login-off': 'blocked',
    'logout-off': 'blocked',
    'sync-disabled': 'blocked',
    'drop-held': 'blocked',
    handover: 'blocked',
    maintenance: 'blocked',
    retry: 'retry',
    failed: 'failed',
    'failed-superseded': 'failed',
    'gave-up': 'failed',
    lost: 'failed',
    connected: 'connection',
    disconnected: 'connection',
    'connection-error': 'connection',
    'omni-back': 'connection',
    snapshot: 'connection',
    reconcile: 'connection'
};

/** The label key for a decision's outcome. */
export function outcomeKey(outcome: string): string {
    return `Outcome_${OUTCOME_CATEGORY[outcome] ?? 'recorded'}`;
}

const text = (key: string, ...params: string[]): PanelText => ({ key, params });

function notice(diagnostic: Diagnostic, index: number): PanelNotice {
    const id = `${diagnostic.code}-${diagnostic.subject}-${index}`;
    switch (diagnostic.code) {
        case 'config':
            return {
                id,
                severity: diagnostic.severity,
                key: 'Notice_config',
                params: [diagnostic.subject, diagnostic.message]
            };
        case 'held-change':
            return { id, severity: 'info', key: 'Held_Change', params: [diagnostic.subject] };
        case 'command-failed':
            return {
                id,
                severity: 'error',
                key: 'Notice_command_failed',
                params: [
                    diagnostic.subject === 'omni'
                        ? 'Omni-Channel'
                        : diagnostic.subject === 'softphone'
                          ? 'softphone'
                          : diagnostic.subject
                ]
            };
        default:
            return {
                id,
                severity: diagnostic.severity,
                key: `Notice_${diagnostic.code.replace(/-/g, '_')}`,
                params: [diagnostic.subject]
            };
    }
}

/**
 * @param view what the runtime shows
 * @param canConfigure whether the user may see configuration problems in detail (admins)
 */
export function panelModel(view: SyncView, canConfigure: boolean): PanelModel {
    const configProblems = view.diagnostics.filter((d) => d.code === 'config' && d.severity !== 'info');
    const others = view.diagnostics.filter((d) => d.code !== 'config' && d.code !== 'held-change');
    const notices: PanelNotice[] = others.map(notice);
    if (configProblems.length > 0) {
        if (canConfigure) notices.push(...configProblems.map((d, i) => notice(d, i)));
        else {
            notices.push({
                id: 'config-summary',
                severity: 'warning',
                key: 'Notice_config_summary',
                params: [String(configProblems.length)]
            });
        }
    }

    let headline: PanelText;
    let tone: PanelModel['tone'];
    if (view.role === 'follower') {
        headline = text('Role_Follower');
        tone = 'info';
    } else if (view.role === 'starting' || view.role === 'stopped') {
        headline = text('Role_Starting');
        tone = 'info';
    } else if (!view.syncEnabled) {
        headline = text('Sync_Off');
        tone = 'warning';
    } else {
        headline = text(
            view.health === 'ok' ? 'Health_Ok' : view.health === 'attention' ? 'Health_Attention' : 'Health_Error'
        );
        tone = view.health === 'ok' ? 'success' : view.health === 'attention' ? 'warning' : 'error';
    }

    const omni =
        view.omni.presence === 'online'
            ? text('Value', view.omni.label ?? view.omni.status ?? '')
            : view.omni.presence === 'offline'
              ? text('Offline')
              : text('Unknown');
    const softphone =
        view.softphone.presence === 'loggedIn' && view.softphone.state !== null
            ? text('Value', view.softphone.state)
            : view.softphone.presence === 'loggedOut'
              ? text('Logged_Out')
              : text('Unknown');
    const connection =
        view.softphone.bridge === 'connected'
            ? text('Bridge_Connected')
            : view.softphone.bridge === 'rejected'
              ? text('Bridge_Rejected')
              : view.softphone.bridge === 'none'
                ? text('Bridge_None')
                : text('Bridge_Connecting');

    const utilityLabel =
        view.role === 'follower'
            ? text('Utility_Follower')
            : tone === 'error'
              ? text('Utility_Error')
              : tone === 'warning'
                ? text('Utility_Attention')
                : text('Utility_Ok');

    return {
        headline,
        tone,
        omni,
        softphone,
        connection,
        softphoneProduct: view.softphone.product,
        onInteraction: view.softphone.onInteraction,
        held: view.held === null ? null : text('Held_Change', view.held === 'offline' ? 'offline' : view.held),
        notices,
        decisions: view.decisions.map((decision) => ({
            id: `${decision.seq}`,
            at: decision.at,
            rule: decision.rule,
            input: decision.input,
            outcome: text(outcomeKey(decision.outcome)),
            detail: decision.detail
        })),
        rejected: view.rejectedMessages > 0 ? text('Rejected_Messages', String(view.rejectedMessages)) : null,
        utilityLabel,
        utilityIcon:
            tone === 'error'
                ? 'utility:error'
                : tone === 'warning'
                  ? 'utility:warning'
                  : view.role === 'follower'
                    ? 'utility:link'
                    : 'utility:sync',
        utilityHighlighted: tone === 'error' || tone === 'warning'
    };
}

/** Fills {0}, {1}… in a label. Values are inserted as text, never as markup. */
export function formatLabel(template: string, params: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => params[Number(index)] ?? whole);
}
