/**
 * The service module the utility's components import as `c/presenceSync`: the runtime with
 * the engine inside it, the bridge to the softphone frame, the panel's display model, and the
 * browser seams.
 */
export { PresenceSyncRuntime, healthOf } from '../runtime/runtime';
export type { SyncView, ToolkitPort, BridgePort, BridgeCallbacks, StorageLike, Role, Health } from '../runtime/runtime';
export { frameBridge } from '../runtime/frame-bridge';
export { panelModel, formatLabel, outcomeKey, detailText } from '../runtime/panel-model';
export type { PanelModel, PanelText, PanelNotice, PanelDecision } from '../runtime/panel-model';
export { OMNI_EVENTS, eventName } from '../runtime/omni-events';
export { browserPlatform } from '../runtime/platform';
export type { PlatformPort } from '../runtime/platform';
export type { HeldView, HeldChange, TabsView, BridgeView } from '../runtime/runtime';
export { sayText, supportBundleJson, decisionsCsv, exportFileName } from '../runtime/panel-model';
export { compileMapping } from '../mapping/compile';
export { runScenario } from '../scenario/runner';
export { originOf } from '../mapping/records';
