/**
 * The service module `c/presenceSyncBridge`: the host end of the postMessage bridge to the softphone frame
 * (src-ts/bridge/host.ts, with the protocol and the endpoint it uses). `c/presenceSync` imports it: its build
 * (rollup.config.mjs, `lwcModule`) turns every import of src-ts/bridge/{host,protocol,endpoint}.ts into an import
 * of this module, so the bridge is in one module only and the console module stays within its size budget
 * (scripts/check-size.mjs). It holds no state of its own at load time.
 *
 * It exports what `c/presenceSync` imports at run time (type imports vanish in the build);
 * src-ts/runtime/shipped-module.test.ts fails, naming the binding, when the console module imports a name that
 * this module does not export.
 */
export { BridgeHost, BridgeHostError } from '../bridge/host';
export { isPlainObject } from '../bridge/protocol';
export { monotonicClock, randomFillOf } from '../bridge/endpoint';
