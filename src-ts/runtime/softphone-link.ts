/**
 * The softphone link of a driving tab (B18, S1): the softphone frame's placement (early from the
 * saved Softphone URL, then from the configuration), the bridge to it, its status and the grace
 * period for the softphone's hello. Owns the bridge and the handshake timer; the runtime owns the
 * driving turn that the bridge's messages must still belong to.
 */
import type { Clock, BridgeStats } from '../bridge/endpoint';
import type { BridgeStatus, SoftphoneInfo } from '../bridge/host';
import type { EngineInput, SoftphoneCommand } from '../engine/types';
import type { SyncSettings } from '../mapping/types';
import type { BridgeView } from './view';

/** How long the softphone has to say hello after its frame loads (monotonic ms), before the panel says so. */
export const HANDSHAKE_GRACE_MS = 8000;

/** What the runtime needs of the bridge host. */
export interface BridgePort {
    start(): void;
    stop(): void;
    send(command: SoftphoneCommand): void;
    frameLoaded(): void;
    stats(): BridgeStats;
    readonly currentStatus: BridgeStatus;
    readonly softphone: SoftphoneInfo | null;
}

/** What the bridge tells the runtime: inputs for the engine, command results, its status, a dropped message. */
export interface BridgeCallbacks {
    onInput: (input: EngineInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onStatus: (status: BridgeStatus, detail: string | null) => void;
    onDrop: () => void;
}

/** What the link needs of the runtime: the clock, the bridge's maker, where the frame goes and the saved URL. */
export interface SoftphoneLinkHost {
    clock: Clock;
    /** Builds the bridge to the softphone frame; null when no softphone is configured. */
    createBridge: (callbacks: BridgeCallbacks, settings: SyncSettings) => BridgePort | null;
    /** Places the frame (a URL) or removes it (null); see `RuntimeOptions.onFrame`. */
    onFrame?: (softphoneUrl: string | null, camera: boolean) => void;
    /** Keeps the configured Softphone URL for the next start-up's early frame. */
    saveUrl: (url: string | null) => void;
    /** The link's view changed (status, or the hello is overdue): show it. */
    changed: () => void;
    /** The wall clock (ms since the Unix epoch), for when a connected softphone stopped answering; none: unknown. */
    wallNow?: () => number;
}

/** Why the bridge lost a connected softphone when the softphone page itself reloaded (bridge/host.ts). */
const FRAME_RELOADED = 'frame-reloaded';

/** The bridge's events for one driving turn: `current` is false once the turn is over (its messages are dropped). */
export interface LinkEvents {
    current: () => boolean;
    onInput: (input: EngineInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onDrop: () => void;
}

/** The softphone frame and bridge of a driving tab: see the module comment. */
export class SoftphoneLink {
    /** The bridge while this tab drives with a softphone configured; else null. */
    bridge: BridgePort | null = null;
    private status: BridgeStatus | 'none' = 'none';
    /** When the softphone's hello is overdue (monotonic ms), while the bridge is connecting. */
    private handshakeDueAt: number | null = null;
    private handshakeTimer: unknown = null;
    /** The frame placed before the configuration came (the saved Softphone URL), or null. */
    private earlyFrame: string | null = null;
    /**
     * When the softphone, connected in this driving turn, stopped answering (wall-clock ms, or NaN where the
     * wall clock is unknown), until it answers again; null while connected or never connected this turn.
     */
    private droppedAt: number | null = null;
    /** The drop counts as lost at once (the page went silent or closed), not only once the hello is overdue. */
    private droppedForGood = false;
    /**
     * The frame placed last has not yet fired its first `load`. Its scripts may say hello before that event (the
     * page's styles, fonts or images still loading): that first `load` is the same page finishing, not a reload.
     */
    private firstLoadDue = false;

    constructor(private readonly host: SoftphoneLinkHost) {}

    /**
     * B18: this tab drives but waits for its configuration. The frame starts loading now from the
     * Softphone URL the last configured driver saved (none on a first start: it waits as before);
     * the bridge, and with it the nonce, waits for the configuration (S1).
     */
    placeEarly(url: string | null): void {
        if (url === null) return;
        this.earlyFrame = url;
        this.firstLoadDue = true;
        this.host.onFrame?.(url, false);
    }

    /** This tab starts to drive, configured: the bridge, the frame (replacing an early one if it differs) and the hello's wait. */
    connect(settings: SyncSettings, events: LinkEvents): void {
        const host = this.host;
        this.bridge = host.createBridge(
            {
                onInput: (input) => {
                    if (events.current()) events.onInput(input);
                },
                onResult: (result) => {
                    if (events.current()) events.onResult(result);
                },
                onStatus: (status, detail) => {
                    if (events.current()) this.statusChanged(status, detail);
                },
                onDrop: events.onDrop
            },
            settings
        );
        this.status = this.bridge === null ? 'none' : this.bridge.currentStatus;
        const frame = this.bridge === null ? null : settings.softphoneUrl;
        const camera = frame !== null && settings.softphoneCamera;
        // A frame placed early stays if the configuration names the same URL without the camera, and is replaced (or removed) if not.
        if (frame !== this.earlyFrame || camera) {
            this.firstLoadDue = frame !== null;
            host.onFrame?.(frame, camera);
        }
        this.earlyFrame = null;
        host.saveUrl(frame);
        this.bridge?.start();
        if (this.bridge !== null && this.status !== 'connected') this.awaitHandshake();
    }

    /** This tab stops driving: the bridge stops and the frame (early or not) is removed. */
    disconnect(): void {
        if (this.bridge !== null || this.earlyFrame !== null) {
            this.bridge?.stop();
            this.host.onFrame?.(null, false);
        }
        this.earlyFrame = null;
        this.bridge = null;
        this.status = 'none';
        this.droppedAt = null;
        this.droppedForGood = false;
        this.firstLoadDue = false;
        this.clearHandshake();
    }

    /**
     * The softphone frame finished loading (first time or a reload). The first load of a placed frame whose page has
     * already said hello is that page finishing (issue 21): it is not a reload, and the softphone is still connected.
     */
    frameLoaded(): void {
        const first = this.firstLoadDue;
        this.firstLoadDue = false;
        // A frame placed before the configuration has no bridge yet: the bridge's first connect finds it loaded.
        if (this.bridge === null) return;
        if (first && this.status === 'connected') return;
        this.bridge.frameLoaded();
        if (this.status !== 'connected') this.awaitHandshake();
    }

    /**
     * The bridge as the panel shows it: `lost` when the softphone connected in this driving turn stopped answering
     * (at once when its page went silent or closed; after the grace period when the page reloaded and did not say
     * hello again), `noHandshake` once a softphone that never connected is overdue with its hello.
     */
    view(): BridgeView {
        const overdue =
            this.status === 'connecting' &&
            this.handshakeDueAt !== null &&
            this.host.clock.now() >= this.handshakeDueAt;
        if (this.status === 'connecting' && this.droppedAt !== null && (this.droppedForGood || overdue)) return 'lost';
        if (overdue) return 'noHandshake';
        return this.status;
    }

    /**
     * When the softphone stopped answering (wall-clock ms since the Unix epoch) while the view is `lost`; else null.
     * NaN where the host gives no wall clock.
     */
    lostAt(): number | null {
        return this.view() === 'lost' ? this.droppedAt : null;
    }

    private statusChanged(status: BridgeStatus, detail: string | null = null): void {
        const previous = this.status;
        this.status = status;
        if (status === 'connected') {
            this.droppedAt = null;
            this.droppedForGood = false;
        } else if (previous === 'connected') {
            // A page that reloads itself usually says hello within the grace period: lost only if it does not.
            this.droppedAt = this.host.wallNow?.() ?? Number.NaN;
            this.droppedForGood = detail !== FRAME_RELOADED;
        }
        if (status === 'connecting' && previous !== 'connecting') this.awaitHandshake();
        if (status !== 'connecting') this.clearHandshake();
        this.host.changed();
    }

    /** Starts (or restarts) the softphone's grace period for its hello; the view changes when it runs out. */
    private awaitHandshake(): void {
        const clock = this.host.clock;
        clock.clearTimeout(this.handshakeTimer);
        this.handshakeDueAt = clock.now() + HANDSHAKE_GRACE_MS;
        this.handshakeTimer = clock.setTimeout(() => {
            this.handshakeTimer = null;
            this.host.changed();
        }, HANDSHAKE_GRACE_MS);
    }

    private clearHandshake(): void {
        this.host.clock.clearTimeout(this.handshakeTimer);
        this.handshakeTimer = null;
        this.handshakeDueAt = null;
    }
}
