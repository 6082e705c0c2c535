/**
 * Builds the bridge to the softphone frame from the settings, or none when no softphone is
 * configured or its address cannot be trusted (the panel then says so).
 *
 * Everything the bridge needs from the browser comes through the window passed in (contract
 * C4: the shipped module reads no global): its `message` events, its `performance.now()` and
 * timers as the bridge's monotonic clock, and its `crypto.getRandomValues` for session nonces.
 */
import { BridgeHost, BridgeHostError } from '../bridge/host';
import {
    monotonicClock,
    randomFillOf,
    type Clock,
    type ListenTarget,
    type PostTarget,
    type RandomFill,
    type TimeSource
} from '../bridge/endpoint';
import { originOf } from '../mapping/records';
import type { SyncSettings } from '../mapping/types';
import type { BridgeCallbacks, BridgePort } from './softphone-link';

/** The utility's window as the bridge uses it: `message` events, and optionally time and randomness. */
export type BridgeWindow = ListenTarget & Partial<TimeSource> & { crypto?: unknown };

/**
 * The bridge factory the runtime calls with its callbacks and settings.
 * @param win the utility's window (the panel passes `window`).
 * @param frame the softphone frame's window (`iframe.contentWindow`), read afresh each time.
 * @param clock a monotonic clock in milliseconds; default `monotonicClock(win)`.
 * @param randomFill the random source for nonces; default `win.crypto.getRandomValues`.
 * The factory gives no bridge (null) when the softphone URL is missing or untrusted, or when
 * `win` offers no clock or random source and none was passed.
 */
export function frameBridge(
    win: BridgeWindow,
    frame: () => PostTarget | null,
    clock?: Clock,
    randomFill?: RandomFill
): (callbacks: BridgeCallbacks, settings: SyncSettings) => BridgePort | null {
    return (callbacks, settings) => {
        const origin = settings.softphoneUrl === null ? null : originOf(settings.softphoneUrl);
        if (origin === null) return null;
        try {
            const bridgeClock = clock ?? clockOf(win);
            const random = randomFill ?? randomFillOf(win);
            if (random === null) throw new BridgeHostError('the window has no crypto.getRandomValues');
            return new BridgeHost({
                listenOn: win,
                frame,
                softphoneOrigin: origin,
                allowedOrigins: settings.allowedOrigins,
                clock: bridgeClock,
                randomFill: random,
                commandTimeoutMs: settings.commandTimeoutMs,
                ...callbacks
            });
        } catch (error) {
            if (error instanceof BridgeHostError) return null;
            throw error;
        }
    };
}

function clockOf(win: BridgeWindow): Clock {
    const { performance, setTimeout, clearTimeout } = win;
    if (performance === undefined || setTimeout === undefined || clearTimeout === undefined)
        throw new BridgeHostError('the window has no performance.now() and timers');
    // Timers are called on the window they belong to.
    return monotonicClock({
        performance,
        setTimeout: (callback, ms) => setTimeout.call(win, callback, ms),
        clearTimeout: (handle) => {
            clearTimeout.call(win, handle);
        }
    });
}
