/**
 * The `reason` a softphone `setState` carries on the bridge: a presence decision (which behaviour asked for the
 * change), so the engine owns it and the bridge host imports it. This file imports nothing but types, so that
 * `c/presenceSyncBridge` (src-ts/lwc/presenceSyncBridge.ts) still builds without the rest of the engine.
 */
import type { SoftphoneCommand } from './types';

/**
 * Why the sync sends a softphone `setState`, as the bridge protocol's `reason` field names it
 * (docs/bridge-protocol.md): `work` when Omni work or capacity made the agent busy (B7, B8),
 * `restore` when a stale command is undone (B14), `sync` for every other change followed.
 */
export function softphoneCommandReason(command: SoftphoneCommand): 'sync' | 'work' | 'restore' {
    if (command.rule === 'B7' || command.rule === 'B8') return 'work';
    if (command.rule === 'B14') return 'restore';
    return 'sync';
}
