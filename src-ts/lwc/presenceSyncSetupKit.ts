/**
 * The service module the Presence Sync Setup page imports as `c/presenceSyncSetupKit`: the
 * engine's own mapping compiler (every edit is checked by the rules the sync applies), the
 * scenario runner for the dry run, the bridge that asks the softphone for its states, and the
 * wording helpers for a decision's detail and a configuration problem. Kept apart from `c/presenceSync` so that the agent's
 * console does not load the dry run. The compiler itself is imported from `c/presenceSyncMapping`
 * (src-ts/lwc/presenceSyncMapping.ts), and the engine the dry run replays from `c/presenceSyncEngine`
 * (src-ts/lwc/presenceSyncEngine.ts), which the console module imports too.
 */
import { compileMapping as compile } from '../mapping/compile';

export { runScenario } from '../scenario/runner';
export { frameBridge } from '../runtime/frame-bridge';
export { formatLabel, sayText } from '../panel/text';
export { detailText } from '../panel/decisions';
export { configProblemText } from '../panel/config-notices';

/**
 * The engine's mapping compiler (`compileMapping` of src-ts/mapping/compile.ts): the configuration and the softphone's
 * catalogue (null before its handshake) in, the compiled mapping with its diagnostics out; it never throws on bad
 * input. It comes from `c/presenceSyncMapping`; it is a binding of this module so that the shipped file imports it and
 * exports it again instead of re-exporting it straight from another module.
 */
export const compileMapping: typeof compile = compile;
