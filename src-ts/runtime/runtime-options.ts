/**
 * What the component gives the runtime (`new PresenceSyncRuntime(options)`): the configuration
 * (or none yet), the toolkit, the bridge's maker, where views and the softphone frame go, and
 * every window API through `platform` (C4).
 */
import type { SyncConfigurationInput, SyncSettings } from '../mapping/types';
import type { PlatformPort } from './platform';
import type { BridgeCallbacks, BridgePort } from './softphone-link';
import type { ToolkitPort } from './toolkit-queue';
import type { SyncView } from './view';

/** The runtime's options: see the module comment. */
export interface RuntimeOptions {
    /**
     * The mappings, settings and statuses as Apex serves them. Omitted when they come later through
     * `configure()`: the tab election runs meanwhile, and a tab elected to drive may place the
     * softphone frame from the Softphone URL the last configured driver saved (see `onFrame`).
     */
    configuration?: SyncConfigurationInput;
    toolkit: ToolkitPort;
    /** Builds the bridge to the softphone frame; null when no softphone is configured. */
    createBridge: (callbacks: BridgeCallbacks, settings: SyncSettings) => BridgePort | null;
    userId: string;
    onView: (view: SyncView) => void;
    /**
     * Where to place the softphone frame: the Softphone URL when this tab starts hosting it (it drives,
     * B18, and a softphone is configured), null when it stops. Called before the bridge's first
     * message to the frame, and apart from `onView`, so the frame loads while the first view is held.
     * A driver still waiting for its configuration places the URL the last configured driver saved,
     * then the configured one if it differs (or null): no bridge, and so no session nonce, exists
     * before the configuration names the softphone's origin (S1). `camera`: the frame may ask for the
     * camera (the Softphone Camera setting); an early frame never may, so where the setting asks for
     * it the configured frame replaces the early one (a frame's permissions are fixed when it loads).
     */
    onFrame?: (softphoneUrl: string | null, camera: boolean) => void;
    /** Every window API the runtime uses: `browserPlatform(window)` from the component (C4). */
    platform: PlatformPort;
    /** Unique per page load; a random one by default. */
    tabId?: string;
    /** Decisions shown in the panel. */
    recentDecisions?: number;
}
