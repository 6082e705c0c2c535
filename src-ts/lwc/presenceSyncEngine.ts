/**
 * The service module `c/presenceSyncEngine`: the sync engine (src-ts/engine/), the deterministic state machine that
 * turns (state, input, now) into the new state, the commands to each side and the decisions, with its notice table
 * and the reasons it names. `c/presenceSync` (the runtime that drives it in the agent's console),
 * `c/presenceSyncSetupKit` (the Setup page's dry run, which replays it) and `c/presenceSyncPanelModel` (the panel's
 * notices and reasons) import it: their builds (rollup.config.mjs, `engineAsModule`) turn every import of a file of
 * src-ts/engine/ into an import of this module, so the engine, the part that changes most often, is in one module only
 * and the console module stays within its size budget (scripts/check-size.mjs). The mapping model and compiler it
 * decides with it imports from `c/presenceSyncMapping`. It holds no state: every engine state is plain data its caller
 * keeps.
 *
 * It exports what those modules import at run time (type imports vanish in the build);
 * src-ts/runtime/shipped-module.test.ts fails, naming the module and the binding, when one of them imports a name
 * that this module does not export.
 */
export {
    configDiagnostic,
    createEngine,
    formatCommand,
    heldChange,
    initialState,
    isOnInteraction,
    resumeState,
    shiftStateTimes,
    softphoneCommandReason
} from '../engine/engine';
export { detailTrace } from '../engine/detail-keys';
export { omniSessionMovedToAnotherTab } from '../engine/handover';
export { sidesDiffer } from '../engine/sides-differ';
export { ENGINE_NOTICES, commandSide, stateOf, statusOf } from '../engine/notice-table';
export { NAMED_REASONS } from '../engine/attribution';
