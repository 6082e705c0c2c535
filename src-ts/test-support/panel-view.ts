/**
 * The panel's view of a driving tab with both sides in sync, for the panel's tests: ContactPad 1.0.0 logged in and
 * Ready, Omni-Channel Available, nothing held, no diagnostics or decisions.
 */
import type { PanelViewInput } from '../panel/types';

/** A driving tab's view with both sides in sync, ContactPad Ready and Omni-Channel Available; `overrides` replace. */
export function view(overrides: Partial<PanelViewInput> = {}): PanelViewInput {
    return {
        role: 'driver',
        syncEnabled: true,
        health: 'ok',
        omni: { presence: 'online', status: 'Available', label: 'Available' },
        softphone: {
            bridge: 'connected',
            presence: 'loggedIn',
            state: 'Ready',
            product: 'Vonage ContactPad',
            version: '1.0.0',
            onInteraction: false
        },
        held: null,
        diagnostics: [],
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {},
        ...overrides
    };
}
