/**
 * The service module `c/presenceSyncMapping`: the mapping model and its compiler (src-ts/mapping/), which turn the
 * admin's custom metadata records, the org's presence statuses and the softphone's state catalogue into the lookups
 * the engine decides with, and every problem in them into a diagnostic naming its record. `c/presenceSync` (the
 * engine and the runtime), `c/presenceSyncSetupKit` (the Setup page's checks and dry run) and
 * `c/presenceSyncPanelModel` (the panel's softphone dot and field names) import it: their builds (rollup.config.mjs,
 * `mappingAsModule`) turn every import of a file of src-ts/mapping/ into an import of this module, so the compiler is
 * in one module only and the console module stays within its size budget (scripts/check-size.mjs). It holds no state.
 *
 * It exports what those modules import at run time (type imports vanish in the build);
 * src-ts/runtime/shipped-module.test.ts fails, naming the module and the binding, when one of them imports a name
 * that this module does not export.
 */
export { compileMapping, formatState, sameState } from '../mapping/compile';
export { MappingField, SettingField, flag, frameOriginOf, originOf, withoutNamespace } from '../mapping/records';
