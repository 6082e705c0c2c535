/**
 * A scenario step's expectations checked against what the step did (runner.ts): its commands, rules, decisions
 * and diagnostics, and the two sides' states and the held change after it, each failure said in words.
 */
import type { Engine } from '../engine/engine';
import type { EngineState } from '../engine/types';
import { formatState } from '../mapping/compile';
import type { StepExpectation, TraceEntry } from './types';

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

/** The two lists hold the same items in the same order. */
export const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item, index) => item === b[index]);

/** The step's commands, rules and decisions against what it expected; each failure in words. */
function decisionFailures(expect: StepExpectation, entry: TraceEntry): string[] {
    const failures: string[] = [];
    const expectedCommands = expect.commands ?? [];
    const comparable = (list: readonly string[]) =>
        expect.commandOrder === 'perSide'
            ? [...list.filter((c) => c.startsWith('omni ')), ...list.filter((c) => !c.startsWith('omni '))]
            : list;
    if (!sameList(comparable(entry.commands), comparable(expectedCommands))) {
        failures.push(`commands: expected [${expectedCommands.join('; ')}], got [${entry.commands.join('; ')}]`);
    }
    for (const rule of expect.rules ?? []) {
        if (!entry.decisions.some((decision) => decision.rule === rule)) {
            failures.push(
                `rule ${rule} did not apply (rules: ${[...new Set(entry.decisions.map((d) => d.rule))].join(', ')})`
            );
        }
    }
    if (expect.decisions !== undefined) {
        const actual = entry.decisions.map((decision) => `${decision.rule} ${decision.outcome}`);
        if (!sameList(actual, expect.decisions)) {
            failures.push(`decisions: expected [${expect.decisions.join('; ')}], got [${actual.join('; ')}]`);
        }
    }
    return failures;
}

/** The diagnostics and the state after the step against what it expected; each failure in words. */
function stateFailures(expect: StepExpectation, engine: Engine, state: EngineState): string[] {
    const failures: string[] = [];
    if (expect.diagnostics !== undefined) {
        const actual = engine
            .diagnostics(state)
            .filter((d) => d.code !== 'config')
            .map((d) => `${d.code} ${d.subject}`)
            .sort();
        const expected = [...expect.diagnostics].sort();
        if (!sameList(actual, expected)) {
            failures.push(`diagnostics: expected [${expected.join(', ')}], got [${actual.join(', ')}]`);
        }
    }
    if (expect.omni !== undefined && describeOmniState(state) !== expect.omni) {
        failures.push(`Omni: expected ${expect.omni}, is ${describeOmniState(state)}`);
    }
    if (expect.softphone !== undefined && describeSoftphoneState(state) !== expect.softphone) {
        failures.push(`softphone: expected ${expect.softphone}, is ${describeSoftphoneState(state)}`);
    }
    if (expect.held !== undefined) {
        const held = state.held === null ? null : state.held.kind === 'offline' ? 'offline' : state.held.status;
        if (held !== expect.held) failures.push(`held change: expected ${String(expect.held)}, is ${String(held)}`);
    }
    return failures;
}

/** Every way the step missed its expectations, in the order they are checked; empty when it met them. */
export function expectationFailures(
    expect: StepExpectation,
    entry: TraceEntry,
    engine: Engine,
    state: EngineState
): string[] {
    return [...decisionFailures(expect, entry), ...stateFailures(expect, engine, state)];
}
