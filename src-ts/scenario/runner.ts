/**
 * Replays a scenario (a configuration and a list of steps, as JSON) through the real engine,
 * checks each step's expectations, and returns a readable trace. Used by the Jest scenario
 * suite and by `npm run simulate`, the admins' dry run. Its parts: the scenario's shapes
 * (types.ts), its events as engine inputs (inputs.ts), the expectations (expectations.ts);
 * this file re-exports what its callers use of them.
 */
import { createEngine, formatCommand, initialState, resumeState, shiftStateTimes, type Engine } from '../engine/engine';
import type { Command, Decision, EngineInput, EngineState } from '../engine/types';
import { detailTrace } from '../engine/detail-keys';
import type { SyncConfigurationInput } from '../mapping/types';
import { expectationFailures, sameList } from './expectations';
import { toInput, worldResponse } from './inputs';
import type {
    Scenario,
    ScenarioConfiguration,
    ScenarioConfigurationSpec,
    ScenarioRun,
    ScenarioStep,
    TraceEntry
} from './types';

export type {
    ReloadStep,
    Scenario,
    ScenarioConfiguration,
    ScenarioConfigurationSpec,
    ScenarioRun,
    ScenarioStep,
    StepExpectation,
    TraceEntry
} from './types';
export { parseState } from './inputs';
export { describeOmniState, describeSoftphoneState } from './expectations';

/**
 * Turns a scenario's configuration into a complete one: `base: 'package-defaults'` starts from
 * `defaults` (the shipped settings and the org set-up's sample rows), then rows are added and settings
 * merged. Throws an Error when the base is asked for and `defaults` is null.
 */
export function resolveConfiguration(
    spec: ScenarioConfigurationSpec,
    defaults: ScenarioConfiguration | null
): ScenarioConfiguration {
    if (spec.base === 'package-defaults' && defaults === null) {
        throw new Error('this scenario builds on the package defaults, but none were supplied');
    }
    const base: ScenarioConfiguration =
        spec.base === 'package-defaults' && defaults !== null
            ? defaults
            : { mappings: [], settings: null, statuses: [], catalogue: [] };
    const settings =
        spec.settings === undefined
            ? base.settings
            : spec.settings === null
              ? null
              : { ...(base.settings ?? {}), ...spec.settings };
    return {
        mappings: [...(spec.mappings ?? base.mappings), ...(spec.addMappings ?? [])],
        settings,
        statuses: spec.statuses ?? base.statuses,
        catalogue: spec.catalogue ?? base.catalogue,
        capabilities: spec.capabilities ?? base.capabilities ?? ['workItems']
    };
}

/** A run under way: the engine, its state and clock, and the commands no one has answered yet. */
interface Run {
    config: ScenarioConfiguration;
    engineConfig: SyncConfigurationInput;
    engine: Engine;
    /** The automatic world: each command succeeds at once and its echo comes back. */
    auto: boolean;
    echoReason: string | null;
    state: EngineState;
    now: number;
    unanswered: Command[];
}

/** The scenario's expected configuration diagnostics against the compiled mapping's, in words. */
function configurationFailures(scenario: Scenario, run: Run): string[] {
    if (scenario.configDiagnostics === undefined) return [];
    const compiled = createEngine(run.engineConfig).mapping({
        ...run.state,
        softphone: { ...run.state.softphone, catalogue: run.config.catalogue }
    });
    const actual = compiled.diagnostics.map((d) => `${d.problem} ${d.record}`).sort();
    const expected = [...scenario.configDiagnostics].sort();
    if (sameList(actual, expected)) return [];
    return [`configuration diagnostics: expected [${expected.join(', ')}], got [${actual.join(', ')}]`];
}

/** The latest unanswered command of a side, or null. */
function lastCommandId(run: Run, side: 'omni' | 'softphone'): string | null {
    for (let i = run.unanswered.length - 1; i >= 0; i--) {
        const command = run.unanswered[i];
        if (command?.side === side) return command.id;
    }
    return null;
}

/**
 * What a step does before the engine runs: the reload, time passing, its inputs and a manual result, queued in
 * that order. Throws for a step it cannot carry out; what was queued before stays queued.
 */
function queueStep(run: Run, step: ScenarioStep, entry: TraceEntry, queue: EngineInput[]): void {
    if (step.reload !== undefined) {
        const saved: unknown = JSON.parse(JSON.stringify(run.state));
        const resumed = resumeState(saved);
        if (resumed === null) throw new Error('the saved state was refused on reload');
        // The new page's monotonic clock starts at 0; the saved times move onto it.
        run.state = shiftStateTimes(resumed, -(run.now + (step.reload.gapMs ?? 0)));
        run.now = 0;
        run.engine = createEngine(run.engineConfig);
        run.unanswered.length = 0;
        entry.inputs.push('console reload');
    }
    if (step.advance !== undefined) {
        run.now += step.advance;
        queue.push({ kind: 'tick' });
    }
    const last = (side: 'omni' | 'softphone') => lastCommandId(run, side);
    if (step.omni) queue.push(toInput(run.config, 'omni', step.omni, last));
    if (step.softphone) queue.push(toInput(run.config, 'softphone', step.softphone, last));
    if (step.result) {
        const position = run.unanswered.findIndex((command) => command.side === step.result?.side);
        const command = position === -1 ? undefined : run.unanswered[position];
        if (command === undefined) throw new Error(`no unanswered ${step.result.side} command to resolve`);
        run.unanswered.splice(position, 1);
        queue.push({ kind: 'result', commandId: command.id, ok: step.result.ok, error: step.result.error ?? null });
    }
}

/** Steps the engine through the queue; in the automatic world each command's answers join the queue. */
function drain(run: Run, queue: EngineInput[], entry: TraceEntry): void {
    let guard = 0;
    while (queue.length > 0 && guard++ < 100) {
        const input = queue.shift();
        if (input === undefined) break;
        const result = run.engine.step(run.state, input, run.now);
        run.state = result.state;
        entry.inputs.push(result.decisions[0]?.input ?? input.kind);
        entry.decisions.push(...result.decisions);
        for (const command of result.commands) {
            entry.commands.push(formatCommand(command));
            if (run.auto) queue.push(...worldResponse(run.config, command, run.echoReason));
            else run.unanswered.push(command);
        }
    }
}

/** One step: its inputs through the engine, then its expectations checked. */
function runStep(run: Run, step: ScenarioStep, index: number): TraceEntry {
    const entry: TraceEntry = {
        step: index + 1,
        note: step.note ?? null,
        inputs: [],
        decisions: [],
        commands: [],
        failures: []
    };
    const queue: EngineInput[] = [];
    try {
        queueStep(run, step, entry, queue);
    } catch (error) {
        entry.failures.push(`bad step: ${error instanceof Error ? error.message : String(error)}`);
    }
    drain(run, queue, entry);
    entry.failures.push(...expectationFailures(step.expect ?? {}, entry, run.engine, run.state));
    return entry;
}

/**
 * Replays a scenario through the real engine (`createEngine`), on a clock that starts at 0 ms and
 * moves only by the steps' `advance`. In the automatic world each command succeeds at once and its
 * echo comes back (src-ts/scenario/echoes.ts); in the manual world the steps answer. Checks each
 * step's expectations and returns the run with its trace; never throws for a failed expectation
 * (throws only for a configuration it cannot resolve, see `resolveConfiguration`). Used by the Jest
 * scenario suite, `npm run simulate` and the Setup page's dry run.
 */
export function runScenario(scenario: Scenario, defaults: ScenarioConfiguration | null = null): ScenarioRun {
    const config = resolveConfiguration(scenario.configuration, defaults);
    const engineConfig: SyncConfigurationInput = {
        mappings: config.mappings,
        settings: config.settings,
        statuses: config.statuses
    };
    const run: Run = {
        config,
        engineConfig,
        engine: createEngine(engineConfig),
        auto: (scenario.world ?? 'auto') === 'auto',
        echoReason: scenario.omniEchoReason === undefined ? 'OmniToolkitStatusChange' : scenario.omniEchoReason,
        state: initialState(),
        now: 0,
        unanswered: []
    };
    const configFailures = configurationFailures(scenario, run);
    const trace = scenario.steps.map((step, index) => runStep(run, step, index));
    const passed = configFailures.length === 0 && trace.every((entry) => entry.failures.length === 0);
    return { id: scenario.id, title: scenario.title, passed, configFailures, trace, finalState: run.state };
}

/**
 * The trace as an admin reads it: each input, the decision and rule, the commands. `words` gives a
 * decision's detail as text (the command line words it with the package's English labels); by
 * default its key and values.
 */
export function formatTrace(run: ScenarioRun, words: (decision: Decision) => string = detailTrace): string {
    const lines: string[] = [`${run.id}: ${run.title}`];
    for (const failure of run.configFailures) lines.push(`  ✗ ${failure}`);
    for (const entry of run.trace) {
        lines.push('');
        lines.push(`step ${entry.step}${entry.note ? `: ${entry.note}` : ''}`);
        if (entry.inputs[0] === 'console reload')
            lines.push('  ⟳ console reload: state saved, resumed on a new page clock');
        let lastInput: string | null = null;
        for (const decision of entry.decisions) {
            if (decision.input !== lastInput) {
                lines.push(`  ← ${decision.input}`);
                lastInput = decision.input;
            }
            lines.push(`      [${decision.rule}] ${words(decision)}`);
            for (const command of decision.commands) lines.push(`      → ${command}`);
        }
        for (const failure of entry.failures) lines.push(`  ✗ ${failure}`);
    }
    lines.push('');
    lines.push(run.passed ? 'PASS: every expectation met' : `FAIL: ${failingSteps(run)}`);
    return lines.join('\n');
}

/** The failed parts of a run as one line: `configuration`, `step 3 (note)`, …; empty when it passed. */
export function failingSteps(run: ScenarioRun): string {
    const steps = run.trace
        .filter((entry) => entry.failures.length > 0)
        .map((entry) => `step ${entry.step}${entry.note ? ` (${entry.note})` : ''}`);
    return [...(run.configFailures.length > 0 ? ['configuration'] : []), ...steps].join(', ');
}
