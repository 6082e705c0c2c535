/**
 * Builds the bridge to the softphone frame from the settings, or none when no softphone is
 * configured or its address cannot be trusted (the panel then says so).
 */
import { BridgeHost, BridgeHostError } from '../bridge/host';
import type { Clock, ListenTarget, PostTarget } from '../bridge/endpoint';
import { originOf } from '../mapping/records';
import type { SyncSettings } from '../mapping/types';
import type { BridgeCallbacks, BridgePort } from './runtime';

/**
 * `clock` is the page's monotonic clock with its timers: pass the runtime's platform
 * (`browserPlatform(window)`), since the shipped module reads no global timer.
 */
export function frameBridge(
    listenOn: ListenTarget,
    frame: () => PostTarget | null,
    clock: Clock
): (callbacks: BridgeCallbacks, settings: SyncSettings) => BridgePort | null {
    return (callbacks, settings) => {
        const origin = settings.softphoneUrl === null ? null : originOf(settings.softphoneUrl);
        if (origin === null) return null;
        try {
            return new BridgeHost({
                listenOn,
                frame,
                softphoneOrigin: origin,
                allowedOrigins: settings.allowedOrigins,
                clock,
                commandTimeoutMs: settings.commandTimeoutMs,
                ...callbacks
            });
        } catch (error) {
            if (error instanceof BridgeHostError) return null;
            throw error;
        }
    };
}
