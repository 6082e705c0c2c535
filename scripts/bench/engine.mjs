// The engine's figures: a replay of the synthetic day against a no-op step that copies the state as
// the engine's own draft does (the floor of any step), and diagnostics() over a mapping of invalid rows.
// Timed in CPU time of this process (process.cpuUsage), so that other work on the machine counts less.
import { createEngine, initialState } from './tools.mjs';
import { cpuMicros, spread } from './stats.mjs';

/** A step that decides nothing: the state copied as `draft` copies it, no commands, no decisions. */
function noopStep(state) {
    return {
        state: { ...state, omni: { ...state.omni }, softphone: { ...state.softphone } },
        commands: [],
        decisions: [],
        wakeAt: null
    };
}

function replay(step, inputs) {
    let state = initialState();
    let commands = 0;
    const started = cpuMicros();
    for (let i = 0; i < inputs.length; i++) {
        const event = inputs[i];
        const result = step(state, event.input, event.now);
        state = result.state;
        commands += result.commands.length;
    }
    return { micros: cpuMicros() - started, commands };
}

/**
 * Replays the day `rounds` times through the engine and through the no-op step, alternately (so
 * that both see the same machine load), after one warm-up of each: µs per event and their ratio.
 * `gc` is V8's collector.
 */
export function engineAgainstNoop(config, inputs, rounds, gc) {
    const engine = createEngine(config);
    const step = (state, input, now) => engine.step(state, input, now);
    replay(step, inputs);
    replay(noopStep, inputs);
    const perEvent = [];
    const noopPerEvent = [];
    const ratios = [];
    let commands = 0;
    for (let round = 0; round < rounds; round++) {
        // Each replay starts after a full collection: neither pays for the other's garbage.
        gc();
        const real = replay(step, inputs);
        gc();
        const noop = replay(noopStep, inputs);
        commands = real.commands;
        perEvent.push(real.micros / inputs.length);
        noopPerEvent.push(noop.micros / inputs.length);
        ratios.push(real.micros / noop.micros);
    }
    return { perEvent: spread(perEvent), noop: spread(noopPerEvent), ratio: spread(ratios), commands };
}

/** A mapping of `count` rows, every one invalid (a direction that does not exist), beside the shipped ones. */
export function invalidRows(config, count) {
    const rows = [];
    for (let i = 0; i < count; i++)
        rows.push({
            DeveloperName: `Invalid_${i}`,
            MasterLabel: `Invalid row ${i}`,
            Action__c: 'Map',
            Active__c: true,
            Busy__c: false,
            Direction__c: 'Sideways',
            Presence_Status__c: `No_Such_Status_${i}`,
            Softphone_Minor_State__c: null,
            Softphone_State__c: 'Nowhere'
        });
    return { ...config, mappings: [...config.mappings, ...rows] };
}

/** diagnostics() of a configuration with `count` invalid rows: µs per call over `calls` calls, `rounds` times. */
export function diagnosticsCost(config, count, rounds, calls = 200) {
    const engine = createEngine(invalidRows(config, count));
    const state = initialState();
    const found = engine.diagnostics(state).length;
    const costs = [];
    for (let round = 0; round < rounds; round++) {
        const started = cpuMicros();
        for (let i = 0; i < calls; i++) engine.diagnostics(state);
        costs.push((cpuMicros() - started) / calls);
    }
    return { micros: spread(costs), found };
}
