/**
 * The handover rule (B18 with B5): which Omni-Channel input says that the agent's Omni session
 * moved to another tab of this same browser. The driving tab that sees it tells the other tabs,
 * and the tab that now holds the session takes over driving, so that the sync runs where Omni is.
 * The reason is Omni's own: `lightning:omniChannelLogout` names `DuplicateLogin`,
 * `DuplicateLoginInSameBrowser`, `MaintenanceLogout` and `OmniSupervisorLogout` (Lightning Component
 * Reference, "Omni Channel Logout":
 * https://developer.salesforce.com/docs/platform/lightning-component-reference/guide/aura-omni-channel-logout.html).
 */
import type { EngineInput } from './types';

/** Omni's logout reason when the same user's Omni session opened in another tab of this browser. */
export const SAME_BROWSER_HANDOVER_REASON = 'DuplicateLoginInSameBrowser';

/**
 * Whether this input is Omni-Channel logging the agent out because their Omni session moved to
 * another tab of this browser: the driving tab then signals the others to look for it (B18, B5).
 */
export function omniSessionMovedToAnotherTab(input: EngineInput): boolean {
    return input.kind === 'omni' && input.event === 'logout' && input.reason === SAME_BROWSER_HANDOVER_REASON;
}
