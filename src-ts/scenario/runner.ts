/**
 * Replays a scenario (a configuration and a list of steps, as JSON) through the real engine,
 * checks each step's expectations, and returns a readable trace. Used by the Jest scenario
 * suite and by `npm run simulate`, the admins' dry run.
 */
import { createEngine, formatCommand, initialState, resumeState, shiftStateTimes } from '../engine/engine';
import type { Command, Decision, EngineInput, EngineState } from '../engine/types';
import { formatState } from '../mapping/compile';
import { detailTrace } from '../engine/detail-keys';
import { omniEcho, softphoneEcho } from './echoes';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState, SyncConfigurationInput } from '../mapping/types';

/**
 * A complete configuration for a scenario: the records as Apex serves them (`Presence_Mapping__mdt`
 * rows and the settings record, field API names as keys), the org's presence statuses and the
 * softphone's catalogue and capabilities.
 */
export interface ScenarioConfiguration {
    mappings: Record<string, unknown>[];
    settings: Record<string, unknown> | null;
    statuses: PresenceStatusInfo[];
    catalogue: CatalogueEntry[];
    capabilities?: string[];
}

/** A configuration in a scenario file: complete, or a base plus changes. */
export interface ScenarioConfigurationSpec {
    /** Start from the package's shipped defaults (records, statuses, ContactPad catalogue). */
    base?: 'package-defaults';
    mappings?: Record<string, unknown>[];
    /** Rows added to the base's mapping rows. */
    addMappings?: Record<string, unknown>[];
    /** Field values merged over the base settings record. */
    settings?: Record<string, unknown> | null;
    statuses?: PresenceStatusInfo[];
    catalogue?: CatalogueEntry[];
    capabilities?: string[];
}

/** What a scenario step must produce; each field left out is not checked. */
export interface StepExpectation {
    /** Every command the step produces, in order, as `formatCommand` prints them. */
    commands?: string[];
    /** Rules that must appear among the step's decisions. */
    rules?: string[];
    /** Every decision of the step, in order, as "rule outcome" (the audit trail, B20). */
    decisions?: string[];
    /** The exact set of runtime diagnostics after the step, as "code subject". */
    diagnostics?: string[];
    /** Omni's known state after the step: a status DeveloperName or "offline". */
    omni?: string;
    /** The softphone's known state after the step: "Major / Minor" or "logged out". */
    softphone?: string;
    /** The Omni change held for the end of the interaction (B11), or null. */
    held?: string | null;
    /**
     * `sequence` (default): `commands` lists the step's commands in the order issued. `perSide`: only
     * the order among each side's commands matters (the two sides are independent).
     */
    commandOrder?: 'sequence' | 'perSide';
}

/**
 * The console reloads (or another tab takes over): the engine state is saved as JSON, the page and
 * its monotonic clock restart at 0 after `gapMs`, and the saved state is resumed and shifted onto the
 * new clock. Commands awaiting an answer are lost with the page. The next steps bring the fresh
 * Omni snapshot and softphone handshake.
 */
export interface ReloadStep {
    /** How long the console was away, in milliseconds. */
    gapMs?: number;
}

/**
 * One step of a scenario: at most one Omni input and one softphone input (as scenario JSON, e.g.
 * `{ "event": "statusChanged", "status": "Available" }`), a manual result, time passing
 * (`advance`, milliseconds of the engine's monotonic clock) or a reload, then the expectations.
 */
export interface ScenarioStep {
    note?: string;
    omni?: Record<string, unknown> & { event: string };
    softphone?: Record<string, unknown> & { event: string };
    /** Resolve the oldest unanswered command of a side (manual world). */
    result?: { side: 'omni' | 'softphone'; ok: boolean; error?: string };
    /** Milliseconds pass, then a tick. */
    advance?: number;
    /** The console reloads before this step's inputs (see ReloadStep). */
    reload?: ReloadStep;
    expect?: StepExpectation;
}

/** A behaviour scenario as stored in `scenarios/*.json` (named by behaviour id, e.g. `B10`). */
export interface Scenario {
    id: string;
    title: string;
    description?: string;
    /** `auto`: each command succeeds at once and its echo comes back. `manual`: the steps say. */
    world?: 'auto' | 'manual';
    /**
     * The `reason` of Omni's status-change echo in the automatic world: `OmniToolkitStatusChange`
     * by default; null for orgs before API 65, whose events carry no reason.
     */
    omniEchoReason?: string | null;
    configuration: ScenarioConfigurationSpec;
    /** Expected configuration diagnostics, as "problem record". */
    configDiagnostics?: string[];
    steps: ScenarioStep[];
}

/**
 * What one step did: its inputs and the engine's decisions and commands as printed, and the
 * expectations it failed (empty when it passed).
 */
export interface TraceEntry {
    step: number;
    note: string | null;
    inputs: string[];
    decisions: Decision[];
    commands: string[];
    failures: string[];
}

/**
 * The outcome of a run: passed when the configuration diagnostics and every step matched; the
 * trace per step and the engine state at the end.
 */
export interface ScenarioRun {
    id: string;
    title: string;
    passed: boolean;
    configFailures: string[];
    trace: TraceEntry[];
    finalState: EngineState;
}

/** Reads `Major / Minor` (or `Major`) into a softphone state; slashes after the first belong to the minor. */
export function parseState(text: string): SoftphoneState {
    const [major = '', ...rest] = text.split('/');
    const minor = rest.join('/').trim();
    return { major: major.trim(), minor: minor === '' ? null : minor };
}

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

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

function statusFor(config: ScenarioConfiguration, name: string | null): PresenceStatusInfo | null {
    if (name === null) return null;
    return config.statuses.find((status) => status.developerName.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Turns a scenario's readable event into the engine's input. */
function toInput(
    config: ScenarioConfiguration,
    side: 'omni' | 'softphone',
    raw: Record<string, unknown> & { event: string },
    lastCommandId: (side: 'omni' | 'softphone') => string | null
): EngineInput {
    if (side === 'omni') {
        const statusName = str(raw.status);
        const status = statusFor(config, statusName);
        const statusId = str(raw.statusId) ?? status?.id ?? (statusName === null ? '' : `unknown:${statusName}`);
        switch (raw.event) {
            case 'snapshot':
                return {
                    kind: 'omni',
                    event: 'snapshot',
                    loggedIn: raw.loggedIn === true,
                    statusId: raw.loggedIn === true ? statusId : null,
                    statusApiName: raw.loggedIn === true ? (status?.developerName ?? statusName) : null,
                    works: Array.isArray(raw.works)
                        ? raw.works.map((id) => ({
                              workId: String(id),
                              workItemId: `item-${String(id)}`,
                              isEngaged: true
                          }))
                        : [],
                    workload:
                        typeof raw.workload === 'number'
                            ? { currentWorkload: raw.workload, configuredCapacity: num(raw.capacity, 100) }
                            : null
                };
            case 'loginSuccess':
                return { kind: 'omni', event: 'loginSuccess', statusId };
            case 'statusChanged':
                return {
                    kind: 'omni',
                    event: 'statusChanged',
                    statusId,
                    statusApiName: raw.omitApiName === true ? null : (status?.developerName ?? statusName),
                    statusName: status?.label ?? statusName,
                    reason: str(raw.reason)
                };
            case 'logout':
                return { kind: 'omni', event: 'logout', reason: str(raw.reason) };
            case 'workAssigned':
            case 'workAccepted':
            case 'workDeclined':
            case 'workClosed': {
                const workId = str(raw.workId) ?? 'work-1';
                return { kind: 'omni', event: raw.event, workId, workItemId: str(raw.workItemId) ?? `item-${workId}` };
            }
            case 'workloadChanged':
                return {
                    kind: 'omni',
                    event: 'workloadChanged',
                    configuredCapacity: num(raw.capacity, 100),
                    previousWorkload: typeof raw.previous === 'number' ? raw.previous : null,
                    newWorkload: num(raw.workload, 0)
                };
            case 'connectionError':
                return { kind: 'omni', event: 'connectionError', error: str(raw.error) };
        }
        throw new Error(`unknown omni event "${raw.event}"`);
    }
    const state = str(raw.state) === null ? null : parseState(str(raw.state) ?? '');
    switch (raw.event) {
        case 'connected':
            return {
                kind: 'softphone',
                event: 'connected',
                catalogue: config.catalogue,
                capabilities: config.capabilities ?? ['workItems'],
                loggedIn: raw.loggedIn === true,
                state,
                since: typeof raw.since === 'number' ? raw.since : null,
                sinceAgeMs: typeof raw.sinceAge === 'number' ? raw.sinceAge : null,
                interactions: Array.isArray(raw.interactions)
                    ? raw.interactions.map((i: { id?: unknown; direction?: unknown }) => ({
                          interactionId: String(i.id),
                          direction: i.direction === 'outbound' ? 'outbound' : 'inbound'
                      }))
                    : []
            };
        case 'disconnected':
            return { kind: 'softphone', event: 'disconnected', reason: str(raw.reason) };
        case 'loggedIn':
            return { kind: 'softphone', event: 'loggedIn', state };
        case 'loggedOut': {
            const cause = raw.cause === 'host' ? 'host' : raw.cause === 'system' ? 'system' : 'agent';
            return {
                kind: 'softphone',
                event: 'loggedOut',
                cause,
                requestId: raw.requestId === 'last' ? lastCommandId('softphone') : str(raw.requestId)
            };
        }
        case 'stateChanged': {
            if (state === null) throw new Error('stateChanged needs a state');
            const cause = raw.cause === 'host' ? 'host' : raw.cause === 'system' ? 'system' : 'agent';
            return {
                kind: 'softphone',
                event: 'stateChanged',
                state,
                cause,
                requestId: raw.requestId === 'last' ? lastCommandId('softphone') : str(raw.requestId)
            };
        }
        case 'interactionStarted':
            return {
                kind: 'softphone',
                event: 'interactionStarted',
                interactionId: str(raw.id) ?? 'call-1',
                direction: raw.direction === 'outbound' ? 'outbound' : 'inbound'
            };
        case 'interactionEnded':
            return { kind: 'softphone', event: 'interactionEnded', interactionId: str(raw.id) ?? 'call-1' };
        case 'workAction': {
            const action =
                raw.action === 'accept' || raw.action === 'decline' || raw.action === 'close' ? raw.action : null;
            if (action === null) throw new Error('workAction needs an action: accept, decline or close');
            return {
                kind: 'softphone',
                event: 'workAction',
                action,
                workId: str(raw.workId) ?? 'work-1',
                reason: str(raw.reason)
            };
        }
    }
    throw new Error(`unknown softphone event "${raw.event}"`);
}

/** The events a well-behaved side sends back after carrying out a command: result, then echo. */
function worldResponse(config: ScenarioConfiguration, command: Command, echoReason: string | null): EngineInput[] {
    const result: EngineInput = { kind: 'result', commandId: command.id, ok: true };
    const echo =
        command.side === 'omni'
            ? omniEcho(command, {
                  reason: echoReason,
                  statusName:
                      command.method === 'setServicePresenceStatus'
                          ? (statusFor(config, command.status)?.label ?? command.status)
                          : undefined
              })
            : softphoneEcho(command);
    return echo === null ? [result] : [result, echo];
}

/** Omni's state as a step expectation names it: a status DeveloperName, or `offline`. */
export function describeOmniState(state: EngineState): string {
    if (state.omni.presence === 'offline') return 'offline';
    if (state.omni.presence === 'unknown') return 'unknown';
    return state.omni.status ?? 'unknown status';
}

/** The softphone's state as a step expectation names it: `Major / Minor`, or `logged out`. */
export function describeSoftphoneState(state: EngineState): string {
    if (state.softphone.presence === 'loggedOut') return 'logged out';
    if (state.softphone.presence === 'unknown' || state.softphone.state === null) return 'unknown';
    return formatState(state.softphone.state);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item, index) => item === b[index]);

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
    let engine = createEngine(engineConfig);
    const auto = (scenario.world ?? 'auto') === 'auto';
    const echoReason = scenario.omniEchoReason === undefined ? 'OmniToolkitStatusChange' : scenario.omniEchoReason;
    let state = initialState();
    let now = 0;
    const unanswered: Command[] = [];
    const trace: TraceEntry[] = [];

    const configFailures: string[] = [];
    if (scenario.configDiagnostics !== undefined) {
        const compiled = createEngine(engineConfig).mapping({
            ...state,
            softphone: { ...state.softphone, catalogue: config.catalogue }
        });
        const actual = compiled.diagnostics.map((d) => `${d.problem} ${d.record}`).sort();
        const expected = [...scenario.configDiagnostics].sort();
        if (!sameList(actual, expected)) {
            configFailures.push(
                `configuration diagnostics: expected [${expected.join(', ')}], got [${actual.join(', ')}]`
            );
        }
    }

    const lastCommandId = (side: 'omni' | 'softphone') => {
        for (let i = unanswered.length - 1; i >= 0; i--) {
            const command = unanswered[i];
            if (command?.side === side) return command.id;
        }
        return null;
    };

    scenario.steps.forEach((step, index) => {
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
            if (step.reload !== undefined) {
                const saved: unknown = JSON.parse(JSON.stringify(state));
                const resumed = resumeState(saved);
                if (resumed === null) throw new Error('the saved state was refused on reload');
                // The new page's monotonic clock starts at 0; the saved times move onto it.
                state = shiftStateTimes(resumed, -(now + (step.reload.gapMs ?? 0)));
                now = 0;
                engine = createEngine(engineConfig);
                unanswered.length = 0;
                entry.inputs.push('console reload');
            }
            if (step.advance !== undefined) {
                now += step.advance;
                queue.push({ kind: 'tick' });
            }
            if (step.omni) queue.push(toInput(config, 'omni', step.omni, lastCommandId));
            if (step.softphone) queue.push(toInput(config, 'softphone', step.softphone, lastCommandId));
            if (step.result) {
                const position = unanswered.findIndex((command) => command.side === step.result?.side);
                const command = position === -1 ? undefined : unanswered[position];
                if (command === undefined) throw new Error(`no unanswered ${step.result.side} command to resolve`);
                unanswered.splice(position, 1);
                queue.push({
                    kind: 'result',
                    commandId: command.id,
                    ok: step.result.ok,
                    error: step.result.error ?? null
                });
            }
        } catch (error) {
            entry.failures.push(`bad step: ${error instanceof Error ? error.message : String(error)}`);
        }
        let guard = 0;
        while (queue.length > 0 && guard++ < 100) {
            const input = queue.shift();
            if (input === undefined) break;
            const result = engine.step(state, input, now);
            state = result.state;
            entry.inputs.push(result.decisions[0]?.input ?? input.kind);
            entry.decisions.push(...result.decisions);
            for (const command of result.commands) {
                entry.commands.push(formatCommand(command));
                if (auto) queue.push(...worldResponse(config, command, echoReason));
                else unanswered.push(command);
            }
        }
        const expect = step.expect ?? {};
        const expectedCommands = expect.commands ?? [];
        const comparable = (list: readonly string[]) =>
            expect.commandOrder === 'perSide'
                ? [...list.filter((c) => c.startsWith('omni ')), ...list.filter((c) => !c.startsWith('omni '))]
                : list;
        if (!sameList(comparable(entry.commands), comparable(expectedCommands))) {
            entry.failures.push(
                `commands: expected [${expectedCommands.join('; ')}], got [${entry.commands.join('; ')}]`
            );
        }
        for (const rule of expect.rules ?? []) {
            if (!entry.decisions.some((decision) => decision.rule === rule)) {
                entry.failures.push(
                    `rule ${rule} did not apply (rules: ${[...new Set(entry.decisions.map((d) => d.rule))].join(', ')})`
                );
            }
        }
        if (expect.decisions !== undefined) {
            const actual = entry.decisions.map((decision) => `${decision.rule} ${decision.outcome}`);
            if (!sameList(actual, expect.decisions)) {
                entry.failures.push(`decisions: expected [${expect.decisions.join('; ')}], got [${actual.join('; ')}]`);
            }
        }
        if (expect.diagnostics !== undefined) {
            const actual = engine
                .diagnostics(state)
                .filter((d) => d.code !== 'config')
                .map((d) => `${d.code} ${d.subject}`)
                .sort();
            const expected = [...expect.diagnostics].sort();
            if (!sameList(actual, expected)) {
                entry.failures.push(`diagnostics: expected [${expected.join(', ')}], got [${actual.join(', ')}]`);
            }
        }
        if (expect.omni !== undefined && describeOmniState(state) !== expect.omni) {
            entry.failures.push(`Omni: expected ${expect.omni}, is ${describeOmniState(state)}`);
        }
        if (expect.softphone !== undefined && describeSoftphoneState(state) !== expect.softphone) {
            entry.failures.push(`softphone: expected ${expect.softphone}, is ${describeSoftphoneState(state)}`);
        }
        if (expect.held !== undefined) {
            const held = state.held === null ? null : state.held.kind === 'offline' ? 'offline' : state.held.status;
            if (held !== expect.held)
                entry.failures.push(`held change: expected ${String(expect.held)}, is ${String(held)}`);
        }
        trace.push(entry);
    });

    const passed = configFailures.length === 0 && trace.every((entry) => entry.failures.length === 0);
    return { id: scenario.id, title: scenario.title, passed, configFailures, trace, finalState: state };
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
