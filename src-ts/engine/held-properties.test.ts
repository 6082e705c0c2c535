/**
 * Edges the engine's properties found at 20,000 cases (engine.properties.test.ts, the B11 property's runs):
 * a held change lives until the softphone confirms it or a newer change ends it, and nothing of the sync goes
 * on in its name once it has ended (docs/behaviour.md, "How long a held change lives"); and the engine is
 * quiet once the inputs stop, also while Omni-Channel's connection is lost (B12, B17).
 */
import { createEngine, formatCommand, initialState } from './engine';
import type { EngineInput, EngineState, StepResult } from './types';

const statuses = ['Status_0', 'Status_1', 'Status_2'].map((name, i) => ({
    id: `0N5HELD0000000${i}`,
    developerName: name,
    label: name.replace('_', ' '),
    hasChannels: false
}));
const catalogue = [
    { major: 'Ready' },
    { major: 'Ready', minor: 'Lunch' },
    { major: 'Away' },
    { major: 'Busy', reserved: true },
    { major: 'Wrap', reserved: true }
];
const up = (name: string, major: string, minor: string | null, status: string) => ({
    DeveloperName: name,
    Direction__c: 'SoftphoneToOmni',
    Softphone_State__c: major,
    Softphone_Minor_State__c: minor,
    Presence_Status__c: status
});
const down = (name: string, status: string, major: string, minor: string | null) => ({
    DeveloperName: name,
    Direction__c: 'OmniToSoftphone',
    Presence_Status__c: status,
    Softphone_State__c: major,
    Softphone_Minor_State__c: minor
});
const engine = createEngine({
    statuses,
    mappings: [
        up('SP_0', 'Ready', null, 'Status_0'),
        up('SP_1', 'Ready', 'Lunch', 'Status_0'),
        up('SP_2', 'Away', null, 'Status_0'),
        up('SP_3', 'Busy', null, 'Status_0'),
        up('SP_4', 'Wrap', null, 'Status_1'),
        down('OC_0', 'Status_0', 'Ready', null),
        down('OC_1', 'Status_1', 'Ready', null),
        down('OC_2', 'Status_2', 'Ready', 'Lunch')
    ],
    settings: {
        DeveloperName: 'Default',
        Ready_State__c: 'Ready',
        Busy_Fallback_State__c: 'Away',
        Hold_During_Interaction__c: true,
        Startup_Authority__c: 'Softphone',
        Unmapped_Status_Action__c: 'NoChange',
        Command_Retry_Limit__c: 1
    }
});

const omniPick = (status: string): EngineInput => ({
    kind: 'omni',
    event: 'statusChanged',
    statusId: statuses.find((s) => s.developerName === status)?.id ?? '',
    statusApiName: status,
    reason: 'OmniManualStatusChange'
});
const system = (major: string): EngineInput => ({
    kind: 'softphone',
    event: 'stateChanged',
    state: { major, minor: null },
    cause: 'system'
});

/** Steps each input at its time (milliseconds of the page's monotonic clock); returns every step's result. */
function play(inputs: [number, EngineInput][], on = engine): StepResult[] {
    let state: EngineState = initialState();
    return inputs.map(([now, input]) => {
        const result = on.step(state, input, now);
        state = result.state;
        return result;
    });
}

it("B11: a retry of the held change's softphone command after the agent's own pick ended it carries the newer change, not the held one", () => {
    const steps = play([
        [0, { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statuses[0]?.id ?? '', works: [] }],
        [
            1,
            {
                kind: 'softphone',
                event: 'connected',
                catalogue,
                capabilities: [],
                loggedIn: true,
                state: { major: 'Ready', minor: null },
                interactions: []
            }
        ],
        [2, { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' }],
        [3, system('Busy')],
        [4, system('Wrap')],
        // The agent picks Status 2 in Omni-Channel during the call: held for its end.
        [5, omniPick('Status_2')],
        [6, { kind: 'softphone', event: 'interactionEnded', interactionId: 'call-1' }],
        // The call's end: the held change goes to the softphone (Ready / Lunch).
        [7, system('Ready')],
        // Before it lands the agent picks Away in the softphone (the held change ends there), then Status 0 in
        // Omni-Channel, which the softphone's Ready / Lunch under way already meets.
        [8, { kind: 'softphone', event: 'stateChanged', state: { major: 'Away', minor: null }, cause: 'agent' }],
        [9, omniPick('Status_0')],
        [10, { kind: 'result', commandId: 's2', ok: false, error: 'refused' }],
        [20_000, { kind: 'tick' }]
    ]);
    expect(steps[7]?.commands.map(formatCommand)).toEqual(['softphone setState Ready / Lunch']);
    expect(steps[8]?.decisions.map((d) => [d.rule, d.outcome])).toContainEqual(['B11', 'held-superseded']);
    expect(steps[8]?.state.held).toBeNull();
    // The retry still goes (the agent's Status 0 wants Ready), in the name of the agent's Omni pick (B2):
    // the held change has ended and is not said again.
    const retry = steps[11];
    expect(retry?.commands.map((c) => [c.side, c.rule])).toEqual([['softphone', 'B2']]);
    expect(retry?.decisions.filter((d) => d.rule === 'B11')).toEqual([]);
    expect(retry?.state.held).toBeNull();
});

it("B17: a retry that comes due while Omni-Channel's connection is lost asks for no wake-up until it is back", () => {
    const single = createEngine({
        statuses: [statuses[0] as (typeof statuses)[number]],
        mappings: [
            up('SP_0', 'Ready', null, 'Status_0'),
            up('SP_1', 'Busy', null, 'Status_0'),
            down('OC_0', 'Status_0', 'Ready', null)
        ],
        settings: {
            DeveloperName: 'Default',
            Ready_State__c: 'Ready',
            Startup_Authority__c: 'Softphone',
            Command_Retry_Limit__c: 1
        }
    });
    const steps = play(
        [
            [0, { kind: 'omni', event: 'snapshot', loggedIn: false, statusId: null, works: [] }],
            [
                1,
                {
                    kind: 'softphone',
                    event: 'connected',
                    catalogue: [{ major: 'Ready' }, { major: 'Busy', reserved: true }],
                    capabilities: [],
                    loggedIn: true,
                    state: { major: 'Ready', minor: null },
                    interactions: []
                }
            ],
            // Start-up logs Omni-Channel in (B15); the login lands, then the connection is lost and Omni logs out.
            [2, { kind: 'omni', event: 'loginSuccess', statusId: statuses[0]?.id ?? '' }],
            [3, { kind: 'omni', event: 'connectionError', error: 'lost' }],
            [4, { kind: 'omni', event: 'logout', reason: null }],
            [5, { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' }],
            [6, system('Busy')],
            // The login's answer: timed out. Its retry waits for the connection.
            [7, { kind: 'result', commandId: 'o1', ok: false, error: 'timed out' }],
            [10_000, { kind: 'tick' }],
            [20_000, { kind: 'tick' }]
        ],
        single
    );
    expect(steps[1]?.commands.map(formatCommand)).toEqual(['omni login Status_0']);
    // Nothing can go to Omni-Channel until its connection is back, and no wake-up is asked for meanwhile:
    // one already due would have the console step again at once, over and over (src-ts/runtime/driving.ts).
    for (const step of steps.slice(8)) {
        expect(step.commands).toEqual([]);
        expect(step.wakeAt).toBeNull();
    }
});

it("B11: a held status is not said landed while Omni-Channel's part is still under way, and said not applied if that part gives up", () => {
    const twoStatuses = createEngine({
        statuses: statuses.slice(0, 2),
        mappings: [
            up('SP_0', 'Ready', null, 'Status_0'),
            up('SP_1', 'Busy', null, 'Status_0'),
            down('OC_0', 'Status_0', 'Ready', null),
            down('OC_1', 'Status_1', 'Ready', null)
        ],
        settings: {
            DeveloperName: 'Default',
            Ready_State__c: 'Ready',
            Hold_During_Interaction__c: true,
            Startup_Authority__c: 'Softphone',
            Command_Retry_Limit__c: 0
        }
    });
    const connected: EngineInput = {
        kind: 'softphone',
        event: 'connected',
        catalogue: [{ major: 'Ready' }, { major: 'Busy', reserved: true }],
        capabilities: [],
        loggedIn: true,
        state: { major: 'Ready', minor: null },
        interactions: []
    };
    const login = (status: string): EngineInput => ({
        kind: 'omni',
        event: 'loginSuccess',
        statusId: statuses.find((s) => s.developerName === status)?.id ?? ''
    });
    const steps = play(
        [
            [0, { kind: 'omni', event: 'snapshot', loggedIn: false, statusId: null, works: [] }],
            // Start-up logs Omni-Channel in with Status 0 (B15, o1); it is slow to answer.
            [1, connected],
            [2, { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' }],
            [3, system('Busy')],
            // The agent logs in to Omni-Channel by hand with Status 1 during the call: held for its end.
            [4, login('Status_1')],
            // The softphone reloads; the call ended meanwhile. The held change applies: both sides already there.
            [5, { kind: 'softphone', event: 'disconnected', reason: 'reload' }],
            [6, connected],
            // The start-up login lands late, over the agent's choice: put back to Status 1 (B14, o2).
            [7, { kind: 'result', commandId: 'o1', ok: true, error: null }],
            [8, login('Status_0')],
            [9, { kind: 'result', commandId: 'o2', ok: false, error: 'refused' }],
            [20_000, { kind: 'tick' }]
        ],
        twoStatuses
    );
    expect(steps[5]?.state.held).toEqual({ kind: 'status', status: 'Status_1' });
    expect(steps[7]?.commands.map(formatCommand)).toEqual(['omni setServicePresenceStatus Status_1']);
    // Omni-Channel is at Status 0 while the call putting Status 1 back is under way: still held.
    const outcomes = (from: number) =>
        steps.slice(from).flatMap((s) => s.decisions.filter((d) => d.rule === 'B11').map((d) => d.outcome));
    expect(steps[8]?.state.held).toEqual({ kind: 'status', status: 'Status_1' });
    // That call gives up: the agent is told the change was not applied, never that it landed.
    expect(outcomes(8)).toEqual(['held-failed']);
    expect(steps[9]?.state.held).toBeNull();
});

it('B11: a held change whose softphone part another rule took (accepted work, B7) is not said landed when the softphone frame goes', () => {
    const withWork = createEngine({
        statuses: statuses.slice(0, 1),
        mappings: [
            up('SP_0', 'Ready', null, 'Status_0'),
            up('SP_1', 'Away', null, 'Status_0'),
            up('SP_2', 'Busy', null, 'Status_0'),
            up('SP_3', 'Wrap', null, 'Status_0'),
            down('OC_0', 'Status_0', 'Ready', null)
        ],
        settings: {
            DeveloperName: 'Default',
            Ready_State__c: 'Ready',
            Busy_Fallback_State__c: 'Away',
            Hold_During_Interaction__c: true,
            Work_Accepted_State__c: 'Busy',
            Startup_Authority__c: 'Softphone',
            Command_Retry_Limit__c: 0
        }
    });
    const connected = (major: string): EngineInput => ({
        kind: 'softphone',
        event: 'connected',
        catalogue: [
            { major: 'Ready' },
            { major: 'Away' },
            { major: 'Busy', reserved: true },
            { major: 'Wrap', reserved: true }
        ],
        capabilities: [],
        loggedIn: true,
        state: { major, minor: null },
        interactions: []
    });
    const work = { workId: '0BZ000000000001', workItemId: 'item-1' };
    const steps = play(
        [
            [0, { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statuses[0]?.id ?? '', works: [] }],
            [1, connected('Ready')],
            [2, { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' }],
            [3, system('Wrap')],
            [3, { kind: 'omni', event: 'logout', reason: null }],
            // The agent logs back in to Omni-Channel during the call (held), and accepts an Omni work item.
            [4, { kind: 'omni', event: 'loginSuccess', statusId: statuses[0]?.id ?? '' }],
            [5, { kind: 'omni', event: 'workAssigned', ...work }],
            [6, { kind: 'omni', event: 'workAccepted', ...work }],
            [7, { kind: 'omni', event: 'workloadChanged', configuredCapacity: 100, newWorkload: 25 }],
            [8, { kind: 'softphone', event: 'interactionEnded', interactionId: 'call-1' }],
            // The call's end: the held change applies, its softphone part taken by the accepted work's Busy (B7).
            [9, system('Away')],
            // The softphone frame reloads before Busy lands.
            [10, { kind: 'softphone', event: 'disconnected', reason: 'reload' }],
            [11, connected('Away')]
        ],
        withWork
    );
    expect(steps[10]?.commands.map(formatCommand)).toEqual(['softphone setState Busy']);
    const b11 = (from: number, to: number) =>
        steps.slice(from, to).flatMap((s) => s.decisions.filter((d) => d.rule === 'B11').map((d) => d.outcome));
    // Nothing has reached the softphone: the change is still held when the frame goes ...
    expect(b11(11, 12)).toEqual([]);
    expect(steps[11]?.state.held).toEqual({ kind: 'status', status: 'Status_0' });
    // ... and applied again when it is back.
    expect(b11(12, 13)).toContain('apply-held');
});

it("B11: a held change is not said landed while its softphone command is under way, though another rule's target (capacity, B8) is met", () => {
    const withCapacity = createEngine({
        statuses: statuses.slice(0, 2),
        mappings: [
            up('SP_0', 'Ready', null, 'Status_1'),
            up('SP_1', 'Ready', 'Lunch', 'Status_0'),
            down('OC_0', 'Status_0', 'Ready', 'Lunch'),
            down('OC_1', 'Status_1', 'Ready', null)
        ],
        settings: {
            DeveloperName: 'Default',
            Ready_State__c: 'Ready',
            Hold_During_Interaction__c: true,
            Capacity_Threshold_Percent__c: 25,
            Capacity_Busy_State__c: 'Ready',
            Startup_Authority__c: 'Omni',
            Command_Retry_Limit__c: 0
        }
    });
    const work = { workId: '0BZ000000000001', workItemId: 'item-1' };
    const steps = play(
        [
            [0, { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statuses[1]?.id ?? '', works: [] }],
            [
                1,
                {
                    kind: 'softphone',
                    event: 'connected',
                    catalogue: [
                        { major: 'Ready' },
                        { major: 'Ready', minor: 'Lunch' },
                        { major: 'Busy', reserved: true }
                    ],
                    capabilities: [],
                    loggedIn: true,
                    state: { major: 'Ready', minor: null },
                    interactions: []
                }
            ],
            [2, { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' }],
            [3, omniPick('Status_0')],
            // The call ends: the held Status 0 goes to the softphone (Ready / Lunch, s1).
            [4, { kind: 'softphone', event: 'interactionEnded', interactionId: 'call-1' }],
            // Work fills the agent's capacity before it lands: capacity's Ready (B8), which the softphone shows.
            [5, { kind: 'omni', event: 'workAssigned', ...work }],
            [6, { kind: 'omni', event: 'workAccepted', ...work }],
            [7, { kind: 'omni', event: 'workloadChanged', configuredCapacity: 100, newWorkload: 25 }],
            [8, { kind: 'result', commandId: 's1', ok: false, error: 'refused' }]
        ],
        withCapacity
    );
    expect(steps[4]?.commands.map(formatCommand)).toEqual(['softphone setState Ready / Lunch']);
    expect(steps[7]?.decisions.map((d) => d.rule)).toContain('B8');
    const b11 = (at: number) => steps[at]?.decisions.filter((d) => d.rule === 'B11').map((d) => d.outcome);
    // Still held while the softphone has not answered ...
    expect(b11(7)).toEqual([]);
    expect(steps[7]?.state.held).toEqual({ kind: 'status', status: 'Status_0' });
    // ... and settled by its answer, not left held.
    expect(steps[8]?.state.held).toBeNull();
});
