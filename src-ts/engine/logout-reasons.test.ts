/**
 * Omni-Channel's logout reasons are one table (`NAMED_REASONS` in attribution.ts): how the sync treats
 * a logout (B5) follows the reason's `why` there, so a new platform reason treated like maintenance or
 * a handover is one row, with no other edit. These tests go through every row, and plant a new one.
 */
import { NAMED_REASONS, reasonsWhy } from './attribution';
import { createEngine, initialState } from './engine';
import type { EngineInput } from './types';
import type { ScenarioConfiguration } from '../scenario/runner';
import defaultsJson from '../test-support/package-defaults.generated.json';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const config = { mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses };
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

/** Both sides online and agreeing (Available, Ready), then Omni logs out with `reason`. */
function logoutWith(reason: string) {
    const engine = createEngine(config);
    const inputs: EngineInput[] = [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
        {
            kind: 'softphone',
            event: 'connected',
            catalogue: defaults.catalogue,
            capabilities: [],
            loggedIn: true,
            state: { major: 'Ready', minor: null },
            interactions: []
        },
        { kind: 'omni', event: 'logout', reason }
    ];
    let state = initialState();
    let last = engine.step(state, { kind: 'tick' }, 0);
    for (const input of inputs) {
        last = engine.step(state, input, 1_000);
        state = last.state;
    }
    return { commands: last.commands, decisions: last.decisions, codes: engine.diagnostics(state).map((d) => d.code) };
}

describe("Omni-Channel's logout reasons (B5)", () => {
    it.each(reasonsWhy('maintenance'))('B5: %s is maintenance: said, and the softphone stays logged in', (reason) => {
        const { commands, codes, decisions } = logoutWith(reason);
        expect(codes).toContain('omni-maintenance');
        expect(commands.filter((c) => c.side === 'softphone')).toEqual([]);
        expect(decisions.map((d) => `${d.rule} ${d.outcome}`)).toContain('B5 maintenance');
    });

    it.each(reasonsWhy('handover'))('B5: %s is a handover: said, and the softphone stays logged in', (reason) => {
        const { commands, codes } = logoutWith(reason);
        expect(codes).toContain('omni-handover');
        expect(commands.filter((c) => c.side === 'softphone')).toEqual([]);
    });

    it("B5: a supervisor's logout is neither: the softphone follows it", () => {
        const { commands, codes } = logoutWith('OmniSupervisorLogout');
        expect(codes).not.toContain('omni-maintenance');
        expect(commands.filter((c) => c.side === 'softphone').length).toBe(1);
    });

    it('B5: a reason added to the table as maintenance is treated as maintenance, with no other edit', () => {
        const table = NAMED_REASONS as Record<string, (typeof NAMED_REASONS)[string]>;
        table.PlannedUpgradeLogout = { by: 'platform', why: 'maintenance' };
        try {
            expect(reasonsWhy('maintenance')).toContain('PlannedUpgradeLogout');
            const { commands, codes } = logoutWith('PlannedUpgradeLogout');
            expect(codes).toContain('omni-maintenance');
            expect(commands.filter((c) => c.side === 'softphone')).toEqual([]);
        } finally {
            delete table.PlannedUpgradeLogout;
        }
    });
});
