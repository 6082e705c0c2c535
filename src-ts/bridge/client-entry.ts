/**
 * The softphone-side bridge client as a standalone file for softphone pages:
 * dist/presence-bridge-client.js (global `PresenceBridge`) and dist/presence-bridge-client.mjs, readable,
 * and the same minified: dist/presence-bridge-client.min.js and dist/presence-bridge-client.min.mjs.
 */
export { SoftphoneBridgeClient, BridgeCommandError } from './client';
export type { HostCommand, SoftphoneClientOptions, ClientStatus } from './client';
export { PROTOCOL, PROTOCOL_VERSIONS, CAPABILITIES } from './protocol';
