/**
 * The support bundle's fields in the exporter's language (issue 21): each field a person reads is a sentence of the
 * panel's labels, or another party's own words marked as theirs; the engine's trace and codes (rule inputs,
 * command lines, notice keys, Omni-Channel's reason names) stay beside them under `codes`, named as codes.
 */
import { configNotice, keyOf } from './config-notices';
import { heldText } from './held';
import { noticeRow } from './notice-table';
import { panelText } from './text';
import type { DecisionInput, DiagnosticInput, PanelContext, PanelDecision, PanelText, PanelViewInput } from './types';

/** Words a panel text in the exporter's language. */
type Say = (text: PanelText) => string;

/**
 * One decision of the bundle: what a person reads, then the engine's trace as codes. `event` groups the decisions
 * one input made (the number of its first decision); `rule` is a behaviour id or null (the engine's own bookkeeping,
 * whose code stays under `codes`).
 */
export function decisionRecord(
    entry: DecisionInput,
    words: PanelDecision,
    say: Say,
    event: number = entry.seq
): Record<string, unknown> {
    const { seq, at, rule, ...codes } = entry;
    const behaviour = /^(B|S)\d+$/.test(rule);
    return {
        seq,
        event,
        time: new Date(at).toISOString(),
        rule: behaviour ? rule : null,
        ruleName: say(words.ruleName),
        whoActed: say(words.actor),
        whatHappened: say(words.input),
        whatTheSyncDid: say(words.outcome),
        why: say(words.detail),
        codes: behaviour ? { at, ...codes } : { at, rule, ...codes }
    };
}

/** A notice the engine reported, in the exporter's words (as the panel says it, whether or not it still shows). */
export function noticeRecord(diagnostic: DiagnosticInput, context: PanelContext, say: Say): Record<string, unknown> {
    const row = noticeRow(keyOf(diagnostic));
    const words = row.say?.(diagnostic, context);
    const [key, ...params] = words ?? [];
    return {
        severity: diagnostic.severity,
        text: key === undefined ? null : say(panelText(key, ...params)),
        codes: { ...diagnostic }
    };
}

/** A configuration problem in the exporter's words, with its codes. */
export function configurationRecord(diagnostic: DiagnosticInput, say: Say): Record<string, unknown> {
    return { severity: diagnostic.severity, text: say(configNotice(diagnostic, '')), codes: { ...diagnostic } };
}

/** Both sides as the panel shows them, each with its codes; the held change in words. */
export function sidesRecord(
    view: PanelViewInput,
    context: PanelContext,
    say: Say,
    softphoneVersion: string | null
): Record<string, unknown> {
    const omni = view.omni;
    const status =
        omni.presence === 'online'
            ? (omni.label ?? (omni.status === null ? null : (context.statusLabels?.[omni.status] ?? omni.status)))
            : say(panelText(omni.presence === 'offline' ? 'Offline' : 'Unknown'));
    const held = heldText(view.held, context);
    return {
        softphone: {
            name: view.softphone.product,
            version: softphoneVersion,
            /** The softphone's own name of its state (its catalogue's words). */
            state: view.softphone.state,
            codes: { connection: view.softphone.bridge, presence: view.softphone.presence }
        },
        omni: { status, codes: { ...omni } },
        heldChange: held === null ? null : say(held),
        heldChangeCodes: view.held
    };
}
