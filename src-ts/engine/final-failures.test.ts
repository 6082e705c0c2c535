/**
 * Every final command failure ends in a notice (issue 21): a command refused (by the softphone, with a code of the
 * protocol's list or its own, or by the toolkit), timed out, unanswered, or lost with its session, on either side,
 * is retried (B17) and, once the retries are spent, leaves a notice standing or both sides agreeing; and the headline
 * is never "In sync" while the sides' mapped states disagree (`sidesDiffer`).
 *
 * `WALKS` has one walk per kind of final failure: the host's own reasons (`HOST_FAILURES`), the runtime's
 * (`RUNTIME_FAILURES`) and the answers of the softphone and the toolkit. A new reason added to either list does not
 * compile until it has its walk here.
 */
import fc from 'fast-check';
import { HOST_FAILURES, type HostFailure } from '../bridge/host-pending';
import { RUNTIME_FAILURES, type RuntimeFailure } from '../runtime/command-failures';
import { panelModel } from '../panel/model';
import type { PanelViewInput } from '../panel/types';
import { createEngine, initialState } from './engine';
import { sidesDiffer } from './sides-differ';
import type { Command, EngineInput, EngineState } from './types';
import type { ScenarioConfiguration } from '../scenario/runner';
import defaultsJson from '../test-support/package-defaults.generated.json';

const defaults = defaultsJson as unknown as ScenarioConfiguration;
const config = { mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses };
const engine = createEngine(config);
const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';

/** Which command a walk fails: the softphone's (Omni changed), Omni's (the softphone changed), or a work item's. */
type Side = 'softphone' | 'omni' | 'work';
/** The kinds of final failure the softphone and the toolkit answer with themselves. */
type Answered = 'softphone-refused' | 'softphone-own-code' | 'toolkit-refused';
/** Every kind of final failure. */
type FinalFailure = HostFailure | RuntimeFailure | Answered;

interface Walk {
    side: Side;
    /** The result's error, as the runtime hands it to the engine. */
    error: string;
    /** What follows the failure: the host's lost session is also a `disconnected` input. */
    then?: EngineInput[];
}

const lost = (reason: string): Walk => ({
    side: 'softphone',
    error: reason,
    then: [{ kind: 'softphone', event: 'disconnected', reason }]
});

const WALKS: Record<FinalFailure, Walk> = {
    'softphone-refused': { side: 'softphone', error: 'busy: on a call' },
    'softphone-own-code': { side: 'softphone', error: 'E4711: agent locked by supervisor' },
    'toolkit-refused': { side: 'omni', error: 'The presence status is not available to this user' },
    'softphone-no-answer': { side: 'softphone', error: 'softphone-no-answer' },
    'softphone-not-connected': { side: 'softphone', error: 'softphone-not-connected' },
    'frame-reloaded': lost('frame-reloaded'),
    'heartbeat-lost': lost('heartbeat-lost'),
    'softphone-closed': lost('softphone-closed'),
    'softphone-resynced': { side: 'softphone', error: 'softphone-resynced' },
    'protocol-unsupported': lost('protocol-unsupported'),
    'bridge-stopped': lost('bridge-stopped'),
    'toolkit-no-answer': { side: 'omni', error: 'toolkit-no-answer' },
    'no-softphone-configured': { side: 'softphone', error: 'no-softphone-configured' }
};

/** Both sides logged in and agreeing: Omni Available, the softphone Ready. */
function agreeing(): EngineState {
    let state = initialState();
    const inputs: EngineInput[] = [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
        {
            kind: 'softphone',
            event: 'connected',
            catalogue: defaults.catalogue,
            capabilities: ['workItems'],
            loggedIn: true,
            state: { major: 'Ready', minor: null },
            interactions: []
        }
    ];
    for (const input of inputs) state = engine.step(state, input, 1_000).state;
    return state;
}

/** The change that makes the walk's side get a command. */
function change(side: Side): EngineInput {
    switch (side) {
        case 'softphone':
            return { kind: 'omni', event: 'statusChanged', statusId: statusId('Lunch'), statusApiName: 'Lunch' };
        case 'omni':
            return {
                kind: 'softphone',
                event: 'stateChanged',
                state: { major: 'Away', minor: 'Lunch' },
                cause: 'agent'
            };
        case 'work':
            return { kind: 'omni', event: 'workAssigned', workId: '0Bz1', workItemId: '5001' };
    }
}

/** Steps `input` and then answers every command issued with `error`, ticking at each wake-up until nothing waits. */
function failAll(state: EngineState, input: EngineInput, error: string, now: number, then: EngineInput[] = []) {
    let at = now;
    let step = engine.step(state, input, at);
    let commands: Command[] = [...step.commands];
    let failures = 0;
    const pending = [...then];
    for (let guard = 0; guard < 200; guard++) {
        const command = commands.shift();
        if (command !== undefined) {
            failures++;
            step = engine.step(step.state, { kind: 'result', commandId: command.id, ok: false, error }, at);
            commands.push(...step.commands);
            const next = pending.shift();
            if (next !== undefined) {
                step = engine.step(step.state, next, at);
                commands.push(...step.commands);
            }
            continue;
        }
        if (step.wakeAt === null) break;
        at = Math.max(at, step.wakeAt);
        step = engine.step(step.state, { kind: 'tick' }, at);
        commands = [...step.commands];
    }
    return { state: step.state, failures, at };
}

/** The panel's view of an engine state, enough for its headline and notices. */
function viewOf(state: EngineState): PanelViewInput {
    const mapping = engine.mapping(state);
    return {
        role: 'driver',
        syncEnabled: true,
        health: engine.diagnostics(state).some((d) => d.severity === 'error') ? 'error' : 'ok',
        omni: { presence: state.omni.presence, status: state.omni.status, label: state.omni.status },
        softphone: {
            bridge: state.softphone.connected ? 'connected' : 'lost',
            presence: state.softphone.presence,
            state:
                state.softphone.state === null
                    ? null
                    : [state.softphone.state.major, state.softphone.state.minor].filter(Boolean).join(' / '),
            product: 'Vonage ContactPad',
            onInteraction: false
        },
        held: null,
        sidesDiffer: sidesDiffer(mapping, state),
        diagnostics: engine.diagnostics(state),
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

/** A notice stands, or the sides agree; and the headline is "In sync" only when they agree. */
function expectSaid(state: EngineState): void {
    const differ = sidesDiffer(engine.mapping(state), state);
    const model = panelModel(viewOf(state), { canConfigure: false });
    if (!differ) return;
    // The agent reads it: the panel shows a notice (a lost softphone's is the panel's own), not only the engine.
    expect(model.notices.map((n) => n.key)).not.toEqual([]);
    expect(model.headline.key).not.toBe('Health_Ok');
}

describe('every final command failure ends in a notice (issue 21)', () => {
    it('has a walk for every reason of the host and the runtime', () => {
        for (const reason of [...HOST_FAILURES, ...RUNTIME_FAILURES]) expect(Object.keys(WALKS)).toContain(reason);
    });

    it.each(Object.entries(WALKS))(
        '%s: the retries spent, a notice says it, and the sides disagree only then',
        (_, walk) => {
            const { state, failures } = failAll(agreeing(), change(walk.side), walk.error, 2_000, walk.then);
            expect(failures).toBeGreaterThan(0);
            expect(state.omni.inFlight === null && state.softphone.inFlight === null).toBe(true);
            expectSaid(state);
            if (walk.then === undefined) {
                // Nothing else happened: the command failed for good, and the notice names the change that did not happen.
                const failed = engine.diagnostics(state).find((d) => d.code === 'command-failed');
                expect(failed?.params).toMatchObject({ reason: walk.error });
                expect(sidesDiffer(engine.mapping(state), state)).toBe(walk.side !== 'work');
            }
        }
    );

    it("a work item's command the softphone refused is said, naming the softphone's words", () => {
        const { state, failures } = failAll(agreeing(), change('work'), 'E4711: no such work', 2_000);
        expect(failures).toBe(1);
        const failed = engine.diagnostics(state).find((d) => d.code === 'command-failed');
        expect(failed?.params).toMatchObject({ reason: 'E4711: no such work' });
        expectSaid(state);
    });

    it('the headline says the sides differ while the command waits for its answer (not "In sync")', () => {
        const state = engine.step(agreeing(), change('softphone'), 2_000).state;
        expect(sidesDiffer(engine.mapping(state), state)).toBe(true);
        expect(panelModel(viewOf(state), { canConfigure: false }).headline.key).toBe('Headline_Differ');
    });

    it('property: after any run of changes whose commands fail or land, a notice stands or the sides agree', () => {
        const statuses = ['Available', 'Lunch', 'Break', 'Meeting', 'Available_For_Chats'];
        const states = [
            { major: 'Ready', minor: null },
            { major: 'Away', minor: 'Lunch' },
            { major: 'Away', minor: 'Break' },
            { major: 'Away', minor: 'Meeting' }
        ];
        const errors = Object.values(WALKS).map((w) => w.error);
        const action = fc.oneof(
            fc.record({ omni: fc.constantFrom(...statuses) }),
            fc.record({ softphone: fc.constantFrom(...states) })
        );
        fc.assert(
            fc.property(
                fc.array(fc.record({ action, ok: fc.boolean(), error: fc.constantFrom(...errors) }), {
                    minLength: 1,
                    maxLength: 5
                }),
                fc.constantFrom(...errors),
                (steps, finalError) => {
                    let state = agreeing();
                    let at = 2_000;
                    for (const { action: a, ok, error } of steps) {
                        const input: EngineInput =
                            'omni' in a
                                ? {
                                      kind: 'omni',
                                      event: 'statusChanged',
                                      statusId: statusId(a.omni),
                                      statusApiName: a.omni
                                  }
                                : { kind: 'softphone', event: 'stateChanged', state: a.softphone, cause: 'agent' };
                        const step = engine.step(state, input, at);
                        state = step.state;
                        for (const command of step.commands) {
                            at += 10;
                            state = engine.step(state, { kind: 'result', commandId: command.id, ok, error }, at).state;
                        }
                    }
                    // Every command still to come fails, until nothing waits.
                    const end = failAll(state, { kind: 'tick' }, finalError, at + 1);
                    expectSaid(end.state);
                }
            ),
            { numRuns: 300, seed: 2112 }
        );
    });
});
