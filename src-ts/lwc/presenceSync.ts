/**
 * The service module the utility's components import as `c/presenceSync`: the runtime with
 * the engine inside it, the bridge host for the softphone frame, and the browser seams.
 */
export { PresenceSyncRuntime, healthOf } from '../runtime/runtime';
export type { SyncView, ToolkitPort, BridgePort, BridgeCallbacks, StorageLike, Role, Health } from '../runtime/runtime';
export { BridgeHost, BridgeHostError } from '../bridge/host';
export { systemClock } from '../bridge/endpoint';
export { openTabChannel } from '../runtime/tab-channel';
export { browserLocks } from '../runtime/lock-election';
export { readSettings, originOf } from '../mapping/records';
export { OMNI_EVENTS, eventName } from '../runtime/omni-events';
export { sameId, toId15 } from '../core/ids';
