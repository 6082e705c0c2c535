/**
 * The held change (B11), as a sentence and on one line, and the rejected softphone messages (S1) in the panel's
 * words.
 */
import { panelText } from './text';
import type { PanelContext, PanelText, PanelViewInput } from './types';

function stateWords(target: { state: string | { major: string; minor: string | null }; minor?: string | null }) {
    if (typeof target.state === 'string') return target.minor ? `${target.state} / ${target.minor}` : target.state;
    return target.state.minor ? `${target.state.major} / ${target.state.minor}` : target.state.major;
}

/** The change held until the interaction ends, as a sentence, or null when none is held. */
export function heldText(held: PanelViewInput['held'], context: PanelContext): PanelText | null {
    if (held === null) return null;
    if (typeof held === 'string') {
        // A runtime that gives the held Omni-Channel change as a status name (or 'offline').
        if (held === 'offline') return panelText('Held_softphone_logout');
        return panelText('Held_Change', context.statusLabels?.[held] ?? held);
    }
    const target = held.target;
    if (held.towards === 'softphone') {
        switch (target.kind) {
            case 'state':
                return panelText('Held_softphone_state', stateWords(target));
            case 'loggedOut':
            case 'offline':
                return panelText('Held_softphone_logout');
            case 'status':
                return panelText('Held_Change', held.statusLabel ?? context.statusLabels?.[target.status] ?? '');
        }
    }
    switch (target.kind) {
        case 'status':
            return panelText(
                'Held_omni_status',
                held.statusLabel ?? context.statusLabels?.[target.status] ?? target.status
            );
        case 'offline':
        case 'loggedOut':
            return panelText('Held_omni_logout');
        case 'state':
            return panelText('Held_omni_status', held.statusLabel ?? stateWords(target));
    }
}

/**
 * The held change on one line, naming only what waits ("Waiting: Lunch, after the call"): the panel shows it
 * collapsed, with the sentence of `heldText` behind it, so that at 340×480 the softphone's frame keeps its room
 * during the call. Null when nothing is held.
 */
export function heldLine(held: PanelViewInput['held'], context: PanelContext): PanelText | null {
    if (held === null) return null;
    if (typeof held === 'string') {
        if (held === 'offline') return panelText('Held_Line_logout');
        return panelText('Held_Line', context.statusLabels?.[held] ?? held);
    }
    const target = held.target;
    switch (target.kind) {
        case 'offline':
        case 'loggedOut':
            return panelText('Held_Line_logout');
        case 'status':
            return panelText('Held_Line', held.statusLabel ?? context.statusLabels?.[target.status] ?? target.status);
        case 'state':
            return panelText(
                'Held_Line',
                held.towards === 'omni' ? (held.statusLabel ?? stateWords(target)) : stateWords(target)
            );
    }
}

/** The headline while a change is held, naming it ("Lunch waits for the call to end"; issue 21). */
export function heldHeadline(held: PanelViewInput['held'], context: PanelContext): PanelText {
    const line = heldLine(held, context);
    const named = typeof held === 'object' && held !== null && held.statusLabel ? held.statusLabel : line?.params[0];
    if (line?.key === 'Held_Line' && named) return panelText('Headline_Held_Named', named);
    if (line?.key === 'Held_Line_logout') return panelText('Headline_Held_Logout');
    return panelText('Headline_Held');
}

// ─── Rejected messages ──────────────────────────────────────────────────────────────────────

const REJECTION_REASONS = [
    'wrong-source',
    'wrong-origin',
    'flood',
    'malformed',
    'oversized',
    'not-protocol',
    'bad-envelope',
    'unknown-type',
    'bad-payload',
    'unexpected-keys',
    'replayed',
    'unexpected',
    'version',
    'nonce'
];

/** The label key naming a reason a softphone message was rejected. */
export function rejectionKey(reason: string): string {
    const known = REJECTION_REASONS.find((r) => reason === r || reason.startsWith(`${r}-`) || reason.endsWith(`-${r}`));
    return `Reason_${(known ?? 'other').replace(/-/g, '_')}`;
}
