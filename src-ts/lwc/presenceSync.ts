/**
 * The service module the utility's components import as `c/presenceSync`: the runtime with
 * the engine inside it, the bridge to the softphone frame, the panel's display model and exports,
 * and the browser seams. Only what the agent's console runs: the Setup page's compiler checks and
 * dry run are in `c/presenceSyncSetupKit` (src-ts/lwc/presenceSyncSetupKit.ts).
 */
export { PresenceSyncRuntime } from '../runtime/runtime';
export type { SyncView, ToolkitPort, BridgePort, BridgeCallbacks, StorageLike, Role, Health } from '../runtime/runtime';
export type { HeldView, HeldChange, TabsView, BridgeView } from '../runtime/runtime';
export { frameBridge } from '../runtime/frame-bridge';
export { panelModel, formatLabel, sayText } from '../runtime/panel-model';
export type { PanelModel, PanelText, PanelNotice, PanelDecision } from '../runtime/panel-model';
export { supportBundleJson, decisionsCsv, exportFileName } from '../runtime/panel-model';
export { browserPlatform } from '../runtime/platform';
export type { PlatformPort } from '../runtime/platform';
export { originOf } from '../mapping/records';
