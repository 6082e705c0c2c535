/**
 * The service module the utility's components import as `c/presenceSync`: the runtime that drives
 * the engine, the bridge to the softphone frame and the browser seams. What the panel shows
 * (its display model, wording and exports) is `c/presenceSyncPanelModel`
 * (src-ts/lwc/presenceSyncPanelModel.ts), so that each generated file stays within its size budget
 * (scripts/check-size.mjs). Only what the agent's console runs: the Setup page's compiler checks and
 * dry run are in `c/presenceSyncSetupKit` (src-ts/lwc/presenceSyncSetupKit.ts). The engine itself is imported from
 * `c/presenceSyncEngine` (src-ts/lwc/presenceSyncEngine.ts), the mapping model and compiler it decides with from
 * `c/presenceSyncMapping` (src-ts/lwc/presenceSyncMapping.ts), the bridge host from `c/presenceSyncBridge`.
 */
import { originOf as originOfUrl } from '../mapping/records';

export { PresenceSyncRuntime } from '../runtime/runtime';
export type { SyncView, ToolkitPort, BridgePort, BridgeCallbacks, StorageLike, Role, Health } from '../runtime/runtime';
export type { HeldView, HeldChange, TabsView, BridgeView } from '../runtime/runtime';
export { frameBridge } from '../runtime/frame-bridge';
export { browserPlatform } from '../runtime/platform';
export type { PlatformPort } from '../runtime/platform';

/**
 * The origin (`scheme://host[:port]`) of an http(s) URL, or null (`originOf` of src-ts/mapping/records.ts), which the
 * panel shows for the Softphone URL. It comes from `c/presenceSyncMapping`; it is a binding of this module so that the
 * shipped file imports it and exports it again instead of re-exporting it straight from another module.
 */
export const originOf: (url: string) => string | null = originOfUrl;
