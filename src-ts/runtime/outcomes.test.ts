/** Outcomes: decisions into the audit with wall-clock times, and a follower's own notes kept for when it drives. */
import type { Decision } from '../engine/types';
import { AuditLog } from './audit';
import { Outcomes } from './outcomes';

function outcomes(driving: boolean) {
    const audit = new AuditLog(50);
    const state = { driving };
    // Monotonic 1,000 ms is wall clock 1,700,000,001,000 ms.
    const parts = new Outcomes({
        audit,
        now: () => 1000,
        wallNow: () => 1_700_000_001_000,
        driving: () => state.driving
    });
    return { audit, outcomes: parts, state };
}

const decision = (at: number, outcome = 'sent'): Decision => ({
    at,
    input: 'omni statusChanged',
    rule: 'B1',
    outcome,
    commands: []
});

describe('Outcomes', () => {
    it("puts the engine's decisions into the audit on the wall clock", () => {
        const { audit, outcomes: parts } = outcomes(true);
        parts.add([decision(400)]);
        expect(audit.latest(1)[0]?.at).toBe(1_700_000_000_400);
        parts.add([]);
        expect(audit.size).toBe(1);
    });

    it("audits the runtime's own decisions with rule, event and detail (B20)", () => {
        const { audit, outcomes: parts } = outcomes(true);
        parts.note('B18', 'takeOver', 'takeOver', 'take_over_asked');
        expect(audit.latest(1)[0]).toMatchObject({
            at: 1_700_000_001_000,
            input: 'runtime takeOver',
            inputKind: 'runtime',
            inputParams: { event: 'takeOver' },
            rule: 'B18',
            outcome: 'takeOver',
            detailKey: 'take_over_asked',
            detailParams: {}
        });
    });

    it('records a dropped Omni-Channel event with rule track, naming the field or the cause', () => {
        const { audit, outcomes: parts } = outcomes(true);
        parts.omniEventDropped('omniChannelStatusChanged', { cause: 'event-field', field: 'statusId' });
        parts.omniEventDropped(undefined, { cause: 'event-unreadable', error: 'boom' });
        const [unreadable, field] = audit.latest(2);
        expect(field).toMatchObject({
            rule: 'track',
            outcome: 'omni-event-dropped',
            detailKey: 'omni_event_field_dropped',
            detailParams: { omniEvent: 'omniChannelStatusChanged', field: 'statusId' }
        });
        expect(unreadable).toMatchObject({
            input: 'omni Omni-Channel event',
            detailKey: 'omni_event_dropped',
            detailParams: { omniEvent: 'Omni-Channel event', reason: 'event-unreadable', error: 'boom' }
        });
    });

    it('keeps the newest ten decisions made while following, handed over once', () => {
        const { outcomes: parts, state } = outcomes(false);
        for (let i = 0; i < 12; i++) parts.add([decision(i, `o${i}`)]);
        state.driving = true;
        parts.add([decision(99, 'while driving')]);
        const kept = parts.takeNotesWhileFollowing();
        expect(kept.map((entry) => entry.outcome)).toEqual([
            'o2',
            'o3',
            'o4',
            'o5',
            'o6',
            'o7',
            'o8',
            'o9',
            'o10',
            'o11'
        ]);
        expect(parts.takeNotesWhileFollowing()).toEqual([]);
    });
});
