/**
 * The engine and its replay tools for Node scripts (the dry-run `simulate`, the benchmark and
 * the console simulator's server). Built to dist/tools.mjs; never deployed.
 */
export {
    createEngine,
    formatCommand,
    initialState,
    describeInput,
    resumeState,
    shiftStateTimes
} from '../engine/engine';
export { isPresenceCommand } from '../engine/types';
export { compileMapping, formatState } from '../mapping/compile';
export { runScenario, formatTrace, failingSteps, resolveConfiguration, parseState } from '../scenario/runner';
export { SimulatedWorld, seededRandom } from '../test-support/world';
export { syntheticDay } from '../test-support/synthetic-day';
export { detailText } from '../panel/decisions';
export { sayText } from '../panel/text';
