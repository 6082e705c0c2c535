/**
 * The notices under the headline: one cause, one message. Running notices are worded by the notice table
 * (notice-table.ts), configuration problems by config-notices.ts (in detail for admins, counted for agents).
 */
import { configNotice, isConfiguration, isInformation, keyOf } from './config-notices';
import { lostNotice } from './connection';
import { NOTICES, commandSide, noticeRow, type NoticeCode, type NoticeRow } from './notice-table';
import type { DiagnosticInput, PanelContext, PanelNotice, PanelViewInput } from './types';

/** A notice of the panel's own, worded by its table row. */
function ownNotice(code: NoticeCode, id: string, index: number, ...params: string[]): PanelNotice {
    const row: NoticeRow = NOTICES[code];
    const key = row.wording[index] ?? row.wording[0] ?? 'Notice_other';
    return { id, severity: row.severity === 'reported' ? 'warning' : row.severity, key, params };
}

/**
 * What a dismissed notice is remembered by: the same key, the same problem. Configuration gaps by which records
 * and fields they name (a changed problem comes back); a dismissible running notice by its code.
 */
export function dismissKey(prefix: string, diagnostics: readonly DiagnosticInput[]): string {
    const text = diagnostics
        .map((d) => `${keyOf(d)}|${d.row ?? d.subject}|${d.field ?? ''}|${JSON.stringify(d.params ?? {})}`)
        .sort()
        .join(';');
    // FNV-1a, 32 bits: short enough to keep in session storage, stable across page loads.
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return `${prefix}:${hash.toString(36)}`;
}

/** Whether a running notice still says something true, by its row's action. */
function stillTrue(row: NoticeRow, diagnostic: DiagnosticInput, context: PanelContext, loading: boolean): boolean {
    const p = diagnostic.params ?? {};
    switch (row.action) {
        case 'headline':
        case 'configuration':
            return false;
        case 'unlessSoftphoneLoading':
            return !loading;
        case 'whileInState': {
            const state = p.state ? (p.minor ? `${p.state} / ${p.minor}` : p.state) : diagnostic.subject;
            return context.softphoneState === undefined || context.softphoneState === state;
        }
        case 'untilSidesAgree': {
            const side = commandSide(diagnostic);
            const state = p.state === undefined ? undefined : p.minor ? `${p.state} / ${p.minor}` : p.state;
            if (side === 'softphone' && state !== undefined && context.softphoneState === state) return false;
            return !(side === 'omni' && p.status !== undefined && context.omniStatus === p.status);
        }
        default:
            return true;
    }
}

/**
 * A notice the engine reports while running, in the panel's words, or null when there is nothing to say
 * (see `NoticeAction`). `loading`: the softphone page loads, never answered, is refused or not configured.
 */
export function runtimeNotice(
    diagnostic: DiagnosticInput,
    id: string,
    context: PanelContext,
    loading = false
): PanelNotice | null {
    const row = noticeRow(keyOf(diagnostic));
    if (row.say === undefined || !stillTrue(row, diagnostic, context, loading)) return null;
    const [key, ...params] = row.say(diagnostic, context);
    const severity = row.shownAs ?? (row.severity === 'reported' ? diagnostic.severity : row.severity);
    if (row.dismissible !== true) return { id, severity, key, params };
    return { id, severity, key, params, dismiss: dismissKey(keyOf(diagnostic), [{ ...diagnostic, params: {} }]) };
}

/** The notices of a view, most important first, each cause once; `context` as `panelModel` completes it. */
export function panelNotices(view: PanelViewInput, context: PanelContext): PanelNotice[] {
    const bridge = view.softphone.bridge;
    const driver = view.role === 'driver';
    // `lost`: the connection's own notice (connection.ts) says what Omni-Channel does meanwhile.
    const loading =
        bridge === 'connecting' ||
        bridge === 'noHandshake' ||
        bridge === 'none' ||
        bridge === 'rejected' ||
        bridge === 'lost';
    const notices: PanelNotice[] = [];
    const seen = new Set<string>();
    const add = (notice: PanelNotice | null) => {
        if (notice === null) return;
        // Information the agent dismissed stays dismissed for the session, until its problem changes.
        if (notice.dismiss !== undefined && context.dismissed?.includes(notice.dismiss) === true) return;
        const signature = `${notice.key}|${notice.params.join('|')}`;
        if (seen.has(signature)) return;
        seen.add(signature);
        notices.push(notice);
    };
    add(lostNotice(view, context));
    if (bridge === 'noHandshake' && driver)
        add(ownNotice('noHandshake', 'no-handshake', 0, context.softphoneOrigin ?? ''));
    // The handshake was refused (an older bridge client, or an origin not allowed): it will not come back by
    // itself, so say what to check (S1, docs/bridge-protocol.md).
    if (bridge === 'rejected' && driver) add(ownNotice('bridgeRejected', 'bridge-rejected', 0));
    view.diagnostics.forEach((diagnostic, index) => {
        if (isConfiguration(diagnostic)) return;
        add(runtimeNotice(diagnostic, `${diagnostic.code}-${diagnostic.subject}-${index}`, context, loading));
    });
    if (view.tabs?.coordination === 'unavailable') add(ownNotice('tabsUncoordinated', 'tabs', 0));
    const config = view.diagnostics.filter(isConfiguration);
    const configFaults = config.filter((d) => !isInformation(d));
    if (context.canConfigure) {
        config.forEach((diagnostic, index) => {
            add(configNotice(diagnostic, `config-${diagnostic.row ?? diagnostic.subject}-${index}`));
        });
    } else if (configFaults.length > 0) {
        // An agent cannot fix the configuration: said once, as information they may dismiss (issue 21).
        const one = configFaults.length === 1;
        const summary = ownNotice('configSummary', 'config-summary', one ? 0 : 1, String(configFaults.length));
        add({ ...summary, dismiss: dismissKey('config', configFaults) });
    }
    return notices;
}
