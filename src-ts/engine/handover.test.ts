/**
 * The handover rule is the engine's (B18 with B5): which Omni-Channel input says the agent's Omni
 * session moved to another tab of this browser.
 */
import { omniSessionMovedToAnotherTab, SAME_BROWSER_HANDOVER_REASON } from './handover';
import type { EngineInput } from './types';

describe('the handover rule (B18 with B5)', () => {
    it("B18: Omni's logout for a session opened in another tab of this browser is a handover", () => {
        expect(SAME_BROWSER_HANDOVER_REASON).toBe('DuplicateLoginInSameBrowser');
        expect(
            omniSessionMovedToAnotherTab({ kind: 'omni', event: 'logout', reason: 'DuplicateLoginInSameBrowser' })
        ).toBe(true);
    });

    it('B18: any other logout, or any other input, is not', () => {
        const others: EngineInput[] = [
            { kind: 'omni', event: 'logout', reason: 'DuplicateLogin' },
            { kind: 'omni', event: 'logout', reason: 'MaintenanceLogout' },
            { kind: 'omni', event: 'logout', reason: 'OmniSupervisorLogout' },
            { kind: 'omni', event: 'logout', reason: null },
            { kind: 'omni', event: 'logout' },
            { kind: 'tick' },
            { kind: 'softphone', event: 'disconnected', reason: 'DuplicateLoginInSameBrowser' }
        ];
        for (const input of others) expect(omniSessionMovedToAnotherTab(input)).toBe(false);
    });
});
