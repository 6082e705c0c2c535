/**
 * The service module the Presence Sync Setup page imports as `c/presenceSyncSetupKit`: the
 * engine's own mapping compiler (every edit is checked by the rules the sync applies), the
 * scenario runner for the dry run, the bridge that asks the softphone for its states, and the
 * wording helpers for a decision's detail and a configuration problem. Kept apart from `c/presenceSync` so that the agent's
 * console does not load the dry run.
 */
export { compileMapping } from '../mapping/compile';
export { runScenario } from '../scenario/runner';
export { frameBridge } from '../runtime/frame-bridge';
export { formatLabel, sayText } from '../panel/text';
export { detailText } from '../panel/decisions';
export { configProblemText } from '../panel/config-notices';
