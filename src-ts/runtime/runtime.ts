/**
 * The runtime: the thin shell that runs the engine in the utility. It feeds the engine the
 * toolkit's events and the bridge's messages, carries out the engine's commands (one toolkit
 * call in flight at a time, with a timeout), wakes the engine for retries, persists its state
 * across a reload, keeps the audit log, and drives only in the one tab elected to (B18), which
 * alone hosts the softphone frame. Every window API comes in through `options.platform` (C4):
 * the engine's clock is the page's monotonic one; the wall clock only dates the audit and
 * measures the age of a saved state.
 */
import { heldChange, isOnInteraction, shiftStateTimes } from '../engine/context';
import { createEngine, initialState, resumeState, type Engine } from '../engine/engine';
import { logoutMarked, savedAgeMs, stateNotSavedDiagnostic, withMarkedLogout, writeLogoutMarker } from './saved-state';
import type {
    Command,
    Decision,
    DetailKey,
    HeldChange,
    Diagnostic,
    EngineInput,
    EngineState,
    OmniCommand,
    SoftphoneCommand
} from '../engine/types';
import { formatState } from '../mapping/compile';
import { frameOriginOf } from '../mapping/records';
import type { SyncConfigurationInput, SyncSettings } from '../mapping/types';
import type { BridgeStats, Clock } from '../bridge/endpoint';
import type { BridgeStatus, SoftphoneInfo } from '../bridge/host';
import { AuditLog, type AuditEntry } from './audit';
import { AuditRingStore, ringNewestSeq } from './audit-store';
import { StorageLeaseElection, TabCoordinator } from './leader';
import { LockElection, type Election } from './lock-election';
import type { PlatformPort } from './platform';
import { openTabTransport, type TabChannel } from './tab-channel';
import { omniInput, workloadOf, worksOf } from './omni-events';
import type { RuntimeEvent, RuntimeOutcome } from '../panel/decisions';
import { TOOLKIT_STARTUP_READS } from '../core/toolkit-methods';

export type { StorageLike } from './platform';

/** The Omni-Channel toolkit, as the Aura host exposes it: one method call, one promise. */
export interface ToolkitPort {
    call(method: string, args: Record<string, unknown>): Promise<unknown>;
}

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

export interface BridgeCallbacks {
    onInput: (input: EngineInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onStatus: (status: BridgeStatus, detail: string | null) => void;
    onDrop: () => void;
}

export type Role = 'starting' | 'driver' | 'follower' | 'stopped';
export type Health = 'ok' | 'attention' | 'error';

/** A change the sync holds back until the interaction ends (B11), as the engine's `heldChange` describes it (C3). */
export type { HeldChange };

/** A held change as the panel shows it: with the Omni status's label where the target is a status. */
export type HeldView = HeldChange & { statusLabel: string | null };

/**
 * How the softphone bridge stands: `none` without a configured softphone (or in a tab that does
 * not host it), `connecting` until the softphone's hello, `noHandshake` once no hello came within
 * 8 s (monotonic) of the frame loading, then `connected`, or `rejected` for a refused softphone.
 */
export type BridgeView = BridgeStatus | 'none' | 'noHandshake';

/**
 * How this tab stands among the agent's console tabs (B18). `coordination` is 'unavailable'
 * where the tabs have no channel to talk over (then one tab still drives, the others cannot
 * show its state); `softphoneHere`: this tab hosts the softphone frame (only the driver does);
 * `canTakeOver`: this tab may offer "Use this tab" (`takeOver()`): it follows, and the driving tab's
 * softphone is not on an interaction.
 */
export interface TabsView {
    coordination: 'ok' | 'unavailable';
    softphoneHere: boolean;
    canTakeOver: boolean;
}

/**
 * Everything the panel shows. Plain data: the driver also sends it to the other tabs.
 * `updatedAt` and the decisions' `at` are wall-clock milliseconds (display only).
 */
export interface SyncView {
    role: Role;
    syncEnabled: boolean;
    health: Health;
    /** `unknown` until a definite answer: a start-up read that failed or timed out is not "offline" (B15). */
    omni: { presence: 'unknown' | 'offline' | 'online'; status: string | null; label: string | null };
    softphone: {
        bridge: BridgeView;
        presence: 'unknown' | 'loggedOut' | 'loggedIn';
        state: string | null;
        product: string | null;
        onInteraction: boolean;
    };
    held: HeldView | null;
    tabs: TabsView;
    diagnostics: Diagnostic[];
    decisions: AuditEntry[];
    rejectedMessages: number;
    rejectedByReason: Record<string, number>;
    updatedAt: number;
    /**
     * Bumped whenever anything else in the view changed (not `updatedAt`): a panel that showed this
     * revision has nothing new to render. Counted per tab (a follower counts its own).
     */
    revision: number;
}

/**
 * A view as the driver sends it to the other tabs: the diagnostics only when they changed, and only
 * the decisions added since the previous one. `full` views carry everything (for a tab that just
 * asked); a follower that misses a base asks again.
 */
interface TabView extends Omit<SyncView, 'diagnostics' | 'decisions'> {
    full: boolean;
    /** The driving tab's id: its `revision` counts that tab's views. */
    driver: string;
    /** The driver's count of diagnostics changes, and the diagnostics when they changed (or on a full view). */
    diagnosticsRev: number;
    diagnostics?: Diagnostic[];
    /** Decisions newer than `decisionsAfter` (a sequence number), newest first; all shown ones on a full view. */
    decisions: AuditEntry[];
    decisionsAfter: number;
}

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

/** A toolkit call's outcome; `answered` is false for a timeout or a synchronous throw (no answer at all). */
interface ToolkitAnswer {
    ok: boolean;
    value: unknown;
    answered: boolean;
}

interface ToolkitJob {
    method: string;
    args: Record<string, unknown>;
    /** The engine command this call carries out, whose result goes back to the engine. */
    commandId: string | null;
}

/**
 * 2: the state alone under the user's key, the audit log in a ring of slots beside it
 * (audit-store.ts). 1: the state and the whole log under one key (read once, then rewritten as 2).
 */
const STORAGE_VERSION = 2;
/** How long the softphone has to say hello after its frame loads (monotonic ms), before the panel says so. */
export const HANDSHAKE_GRACE_MS = 8000;
/** Retries of an unanswered start-up read of Omni (B15): the delays, in ms, the last one repeating. */
const OMNI_READ_RETRY_MS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000, 60_000];
/**
 * Whether the toolkit rejects `getServicePresenceStatusId` for an agent who is offline, or resolves
 * without a status, is not documented (Omni-Channel Developer Guide, "getServicePresenceStatusId
 * for Lightning Experience"): an org must confirm it. Both are handled: an answer without a status
 * is offline at once; a rejection is unknown and asked again, and only this many rejections in a
 * row (answers, not timeouts, with no Omni event or connection error meanwhile) count as offline.
 */
const OMNI_REFUSALS_AS_OFFLINE = 3;
/** How long the first tab waits after creating the tabs' secret, for a tab opened at the same moment. */
const SECRET_SETTLE_MS = 200;
/** How long a follower keeps asking its own Omni whether the session moved to it (B18, B5). */
const OMNI_MOVED_PROBE_MS = [0, 1000, 2000, 4000, 8000];
/** How soon after a change the state is saved and the panel updated. */
const FLUSH_DELAY_MS = 25;
/** How soon after a dropped message the panel's count is updated (a flood updates it once). */
const DROP_FLUSH_DELAY_MS = 250;
/**
 * How long a tab keeps its views to itself at start-up (monotonic ms from `start()`): until it has
 * a first state to show (a driver's first reconciliation, a follower's first view of the driver, B15,
 * B18), so the panel renders that state once rather than each step towards it; past this, the
 * panel shows what is known.
 */
const FIRST_VIEW_HOLD_MS = 2000;
/** How soon a follower that missed part of the driver's view may ask for all of it again. */
const FULL_VIEW_ASK_MS = 1000;
/** A saved state older than this belongs to another working day: start afresh. */
const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;

export class PresenceSyncRuntime {
    private engine: Engine;
    private settings: SyncSettings;
    private readonly platform: PlatformPort;
    /** The page's monotonic clock and its timers: the engine's `now` and every duration. */
    private readonly clock: Clock;
    private readonly audit: AuditLog;
    /** Whether the configuration is in (`configure()`): until then this tab elects, but neither drives nor shows. */
    private configured = false;
    /** The frame placed before the configuration came (the saved Softphone URL), or null. */
    private earlyFrame: string | null = null;
    /** The audit log's ring in storage; null where storage is blocked. */
    private auditStore: AuditRingStore | null;
    private readonly storageKey: string;
    private readonly tabId: string;
    private coordinator: Election | null = null;
    private startTimer: unknown = null;
    private channel: TabChannel | null = null;
    private coordination: TabsView['coordination'] = 'ok';
    private state: EngineState = initialState();
    private currentRole: Role = 'stopped';
    private bridge: BridgePort | null = null;
    private bridgeStatus: BridgeStatus | 'none' = 'none';
    /** When the softphone's hello is overdue (monotonic ms), while the bridge is connecting. */
    private handshakeDueAt: number | null = null;
    private handshakeTimer: unknown = null;
    /** Bumped whenever this tab starts or stops driving: late answers of an earlier turn are dropped. */
    private drivingTurn = 0;
    private readonly queue: ToolkitJob[] = [];
    private callInFlight = false;
    private wakeTimer: unknown = null;
    private wakeAt: number | null = null;
    private omniEventsSeen = 0;
    private omniReadTimer: unknown = null;
    private omniReadAttempt = 0;
    /** Start-up status reads rejected in a row (see OMNI_REFUSALS_AS_OFFLINE). */
    private omniRefusals = 0;
    private probeTimer: unknown = null;
    private followerView: SyncView | null = null;
    /** What this tab audited while it did not drive (a takeover): kept when it restores the driver's log. */
    private notesWhileFollowing: Decision[] = [];
    private flushTimer: unknown = null;
    /** Why the last save failed (storage blocked or full), shown in the panel; null once a save succeeds. */
    private saveProblem: string | null = null;
    private flushAt = 0;
    /** The newest audit sequence number already in storage. */
    private storedSeq = 0;
    /** The view's revision, and what it was computed from (see `SyncView.revision`). */
    private viewRevision = 0;
    private viewKey = '';
    /** The revision last given to the panel. */
    private shownRevision = -1;
    /** At start-up: the timer that shows the view if the first state takes longer (FIRST_VIEW_HOLD_MS). */
    private firstViewHold: unknown = null;
    private firstViewShown = false;
    /**
     * The audit ring a reload has yet to read (B20): read after the first reconciliation, off the
     * start-up path (or as soon as the log is needed whole); `discard`: an earlier ring whose slots
     * are to be removed (the save was too old). Nothing is appended to the ring meanwhile.
     */
    private auditPending: { ring: unknown; discard: boolean } | null = null;
    /** What the other tabs were last sent: the view's revision, the diagnostics and the newest decision. */
    private sentRevision = -1;
    private sentDiagnostics = '';
    private diagnosticsRev = 0;
    private sentSeq = 0;
    private fullViewWanted = true;
    private unsubscribeTabs: (() => void) | null = null;
    /** When this follower last asked the driver for its whole view (monotonic ms). */
    private askedFullAt = -Infinity;
    /** The driver's diagnostics count this follower's diagnostics are of. */
    private followerDiagnosticsRev = -1;
    /** The driver and revision of the view this follower shows. */
    private followerFrom = '';
    /** Views received from the driver, counted when their revision differs. */
    private followerReceived = 0;

    constructor(private readonly options: RuntimeOptions) {
        const platform = options.platform;
        this.platform = platform;
        this.clock = {
            now: () => platform.now(),
            setTimeout: (callback, ms) => platform.setTimeout(callback, ms),
            clearTimeout: (handle) => {
                platform.clearTimeout(handle);
            }
        };
        // Until configured: the package's defaults, which nothing acts on (no driving, no view).
        this.engine = createEngine(options.configuration ?? { mappings: [], settings: null, statuses: [] });
        this.settings = this.engine.mapping(this.state).settings;
        this.audit = new AuditLog(this.settings.auditLogSize);
        this.storageKey = `omniPresenceSync:${options.userId}`;
        this.auditStore = this.ringStore();
        this.tabId = options.tabId ?? platform.randomToken().slice(0, 16);
        this.configured = options.configuration !== undefined;
    }

    private ringStore(): AuditRingStore | null {
        const platform = this.platform;
        return platform.storage === null
            ? null
            : new AuditRingStore(platform.storage, this.storageKey, this.settings.auditLogSize, () =>
                  platform.randomToken().slice(0, 12)
              );
    }

    /**
     * The configuration as Apex serves it, for a runtime built without one: a tab that drives
     * starts now (its frame replaced if the saved Softphone URL differs), and the panel gets its
     * views. Ignored once configured, and after `stop()`.
     */
    configure(configuration: SyncConfigurationInput): void {
        if (this.configured || this.currentRole === 'stopped') return;
        this.engine = createEngine(configuration);
        this.settings = this.engine.mapping(this.state).settings;
        this.audit.resize(this.settings.auditLogSize);
        this.auditStore = this.ringStore();
        this.configured = true;
        // The first view's hold counts from here: before the configuration there is nothing to show.
        this.armFirstViewHold();
        if (this.currentRole === 'driver') this.startDriving();
        this.publish();
    }

    /**
     * Holds this tab's first view until its first state, at most FIRST_VIEW_HOLD_MS (milliseconds of
     * the runtime's clock) from when the configuration is in, so that a slow Apex answer does not
     * spend the hold: the panel then shows the reconciled state, not a half-known one.
     */
    private armFirstViewHold(): void {
        if (this.firstViewShown || this.firstViewHold !== null) return;
        this.firstViewHold = this.clock.setTimeout(() => {
            this.firstViewHold = null;
            this.firstViewShown = true;
            this.publish();
        }, FIRST_VIEW_HOLD_MS);
    }

    get role(): Role {
        return this.currentRole;
    }

    /** The settings in force (the package's defaults until `configure()`). */
    get syncSettings(): SyncSettings {
        return this.settings;
    }

    get engineState(): EngineState {
        return this.state;
    }

    start(): void {
        if (this.currentRole !== 'stopped') return;
        this.currentRole = 'starting';
        this.firstViewShown = false;
        if (this.configured) this.armFirstViewHold();
        const secretKey = `omniPresenceSync:${this.options.userId}:tabSecret`;
        if (tabSecret(this.platform, secretKey).created) {
            // The first tab ever (or two opened together): let a concurrent tab's write land, then all
            // read the one secret that stands, so that they meet on one channel and one lock.
            this.startTimer = this.clock.setTimeout(() => {
                this.startTimer = null;
                this.beginElection();
            }, SECRET_SETTLE_MS);
        } else {
            this.beginElection();
        }
        this.publish();
    }

    private beginElection(): void {
        if (this.currentRole !== 'starting') return;
        this.coordinator = this.elect();
        if (this.coordination === 'unavailable') this.noteUncoordinated();
        this.coordinator.start();
        this.publish();
    }

    /** The console is closing (or the utility unmounts): hand over to another tab. */
    stop(): void {
        if (this.currentRole === 'stopped') return;
        this.clock.clearTimeout(this.startTimer);
        this.startTimer = null;
        this.clock.clearTimeout(this.firstViewHold);
        this.firstViewHold = null;
        this.clock.clearTimeout(this.flushTimer);
        this.flushTimer = null;
        this.clock.clearTimeout(this.probeTimer);
        this.probeTimer = null;
        if (this.currentRole === 'driver') this.persist(true);
        this.stopDriving();
        this.coordinator?.stop();
        this.coordinator = null;
        this.unsubscribeTabs?.();
        this.unsubscribeTabs = null;
        this.channel?.close();
        this.channel = null;
        this.currentRole = 'stopped';
        this.publish();
    }

    /**
     * "Use this tab" (B18): this follower becomes the driver and hosts the softphone frame; the tab
     * that drove follows. Does nothing unless this tab follows.
     */
    takeOver(): void {
        if (this.currentRole !== 'follower' || this.coordinator === null || this.driverOnInteraction()) return;
        this.note('B18', 'takeOver', 'takeOver', 'take_over_asked');
        this.coordinator.takeOver();
        this.flushSoon(FLUSH_DELAY_MS);
    }

    /**
     * A toolkit event as the Aura host passes it on: the literal event name its handler action
     * knows (e.g. `omniChannelStatusChanged`) and `event.getParams()`. Never throws into Aura: a
     * malformed event (no name, unknown name, params not an object, a required field missing or of
     * the wrong type, params that throw when read) is dropped and recorded in the audit (B20) with
     * rule `track` and outcome `omni-event-dropped`.
     */
    omniEvent(name: unknown, params: unknown): void {
        // Before the configuration no engine runs: the start-up read catches up with Omni afterwards.
        if (this.currentRole !== 'driver' || !this.configured) return;
        let reading: ReturnType<typeof omniInput>;
        try {
            reading = omniInput(name, params);
        } catch (error) {
            reading = { input: null, problem: { cause: 'event-unreadable', error: errorText(error) } };
        }
        if (reading.input === null) {
            if (reading.problem === null) return;
            const eventLabel = typeof name === 'string' && name !== '' ? name : 'Omni-Channel event';
            const problem = reading.problem;
            const detailKey: DetailKey =
                problem.cause === 'event-field' ? 'omni_event_field_dropped' : 'omni_event_dropped';
            const detailParams: Record<string, string> =
                problem.cause === 'event-field'
                    ? { omniEvent: eventLabel, field: problem.field ?? '' }
                    : { omniEvent: eventLabel, reason: problem.cause, error: problem.error ?? '' };
            const dropped = {
                at: this.clock.now(),
                input: `omni ${eventLabel}`,
                inputKind: 'omni',
                inputParams: { event: eventLabel, reason: reading.problem.cause },
                rule: 'track' as const,
                outcome: 'omni-event-dropped',
                outcomeParams: {},
                detailKey,
                detailParams,
                commands: [] as string[]
            };
            this.addDecisions([dropped]);
            this.flushSoon(FLUSH_DELAY_MS);
            return;
        }
        this.omniEventsSeen++;
        this.step(reading.input);
    }

    /** The softphone frame finished loading (first time or a reload). */
    frameLoaded(): void {
        // A frame placed before the configuration has no bridge yet: the bridge's first connect finds it loaded.
        if (this.bridge === null) return;
        this.bridge.frameLoaded();
        if (this.bridgeStatus !== 'connected') this.awaitHandshake();
    }

    exportAudit(format: 'json' | 'csv'): string {
        if (this.currentRole === 'driver') this.readStoredAudit();
        if (format === 'csv') return this.audit.toCsv();
        return this.audit.toJson({
            exportedAt: new Date(this.platform.wallNow()).toISOString(),
            user: this.options.userId,
            role: this.currentRole
        });
    }

    view(): SyncView {
        const tabs = this.tabsView();
        if (this.currentRole === 'follower' && this.followerView !== null)
            return {
                ...this.followerView,
                role: 'follower',
                tabs,
                revision: this.revise(`f|${this.followerReceived}|${tabs.canTakeOver}|${tabs.coordination}`)
            };
        const s = this.state;
        const diagnostics = this.engine.diagnostics(s);
        if (this.saveProblem !== null) diagnostics.push(stateNotSavedDiagnostic(this.saveProblem));
        const stats = this.bridge?.stats() ?? { accepted: 0, dropped: 0, byReason: {} };
        const mapping = this.engine.mapping(s);
        const status = s.omni.status === null ? null : mapping.statusByName(s.omni.status);
        const bridge = this.bridgeView();
        const held = heldChange(s);
        const view: SyncView = {
            role: this.currentRole,
            syncEnabled: this.settings.syncEnabled,
            health: healthOf(diagnostics, bridge, this.currentRole),
            omni: { presence: s.omni.presence, status: s.omni.status, label: status?.label ?? s.omni.status },
            softphone: {
                bridge,
                presence: s.softphone.presence,
                state: s.softphone.state === null ? null : formatState(s.softphone.state),
                product: this.bridge?.softphone
                    ? `${this.bridge.softphone.vendor} ${this.bridge.softphone.product}`
                    : null,
                onInteraction: isOnInteraction(s)
            },
            held:
                held === null
                    ? null
                    : {
                          ...held,
                          statusLabel:
                              held.target.kind === 'status'
                                  ? (mapping.statusByName(held.target.status)?.label ?? held.target.status)
                                  : null
                      },
            tabs,
            diagnostics,
            decisions: this.audit.latest(this.options.recentDecisions ?? 20),
            rejectedMessages: stats.dropped,
            rejectedByReason: { ...stats.byReason },
            updatedAt: this.platform.wallNow(),
            revision: 0
        };
        // What the panel shows, less the clock and the decisions (which the newest sequence number stands for).
        const shown = JSON.stringify({ ...view, decisions: undefined, updatedAt: undefined });
        view.revision = this.revise(`d|${this.audit.lastSeq}|${this.audit.size}|${shown}`);
        return view;
    }

    /** The view's revision for this key of what it shows: the same key, the same revision. */
    private revise(key: string): number {
        if (key !== this.viewKey) {
            this.viewKey = key;
            this.viewRevision++;
        }
        return this.viewRevision;
    }

    // ─── Roles (B18) ───────────────────────────────────────────────────────────────────

    /**
     * Picks how the tabs coordinate, from what the platform offers. The channel's and the lock's
     * names carry a secret kept in this namespace's storage, which another package's component on
     * the same origin cannot read: it can neither forge tab messages nor hold the lock.
     */
    private elect(): Election {
        const platform = this.platform;
        const base = `omniPresenceSync:${this.options.userId}`;
        const secret = tabSecret(platform, `${base}:tabSecret`).secret;
        const name = secret === null ? base : `${base}:${secret}`;
        const opened = openTabTransport(platform, name);
        this.channel = opened?.channel ?? null;
        const channel = this.channel;
        const onRole = (role: 'starting' | 'driver' | 'follower') => {
            this.changeRole(role);
        };
        const onView = (view: unknown) => {
            if (this.currentRole !== 'follower' || !isTabView(view)) return;
            const received = `${view.driver}|${view.revision}`;
            this.followerView = this.mergeView(view);
            if (received !== this.followerFrom) this.followerReceived++;
            this.followerFrom = received;
            this.publish();
        };
        const onSignal = () => {
            this.probeOmniSession(0);
        };
        this.coordination = channel === null ? 'unavailable' : 'ok';
        // A tab that just opened (or lost track) asks: the next view it gets from this driver is whole.
        this.unsubscribeTabs =
            channel?.subscribe((message) => {
                if (this.currentRole !== 'driver' || (message.kind !== 'query' && message.kind !== 'claim')) return;
                this.fullViewWanted = true;
                this.publish();
            }) ?? null;
        if (platform.locks !== null)
            return new LockElection({
                locks: platform.locks,
                name,
                tabId: this.tabId,
                channel,
                now: () => this.clock.now(),
                abortHandle: () => platform.abortHandle(),
                onRole,
                onView,
                onSignal
            });
        if (channel !== null || platform.storage === null)
            // Without any channel or storage no other tab can be known: this one drives, and says so.
            return new TabCoordinator({ channel, clock: this.clock, tabId: this.tabId, onRole, onView, onSignal });
        return new StorageLeaseElection({
            storage: platform.storage,
            key: `${name}:lease`,
            clock: this.clock,
            tabId: this.tabId,
            onRole
        });
    }

    private noteUncoordinated(): void {
        const platform = this.platform;
        this.note(
            'B18',
            'tabsUncoordinated',
            'tabsUncoordinated',
            platform.locks !== null
                ? 'tabs_uncoordinated_locks'
                : platform.storage !== null
                  ? 'tabs_uncoordinated_lease'
                  : 'tabs_uncoordinated_alone'
        );
    }

    private tabsView(): TabsView {
        return {
            coordination: this.coordination,
            softphoneHere: this.currentRole === 'driver' && this.bridge !== null,
            canTakeOver: this.currentRole === 'follower' && !this.driverOnInteraction()
        };
    }

    /**
     * Whether the driving tab's softphone is on an interaction, as its last view said. Moving the
     * softphone reloads its page and would drop the call, so "Use this tab" waits for it to end (B18).
     */
    private driverOnInteraction(): boolean {
        return this.followerView?.softphone.onInteraction === true;
    }

    private changeRole(role: 'starting' | 'driver' | 'follower'): void {
        if (this.currentRole === 'stopped') return;
        const previous = this.currentRole;
        this.currentRole = role;
        if (role === 'driver' && previous !== 'driver') {
            this.clock.clearTimeout(this.probeTimer);
            this.probeTimer = null;
            this.followerView = null;
            if (this.configured) this.startDriving();
            else this.placeEarlyFrame();
        }
        if (role !== 'driver' && previous === 'driver') {
            this.persist(true);
            this.stopDriving();
        }
        this.publish();
    }

    /**
     * B18: this tab drives but waits for its configuration. The frame starts loading now from the
     * Softphone URL the last configured driver saved (none on a first start: it waits as before);
     * the bridge, and with it the nonce, waits for the configuration (S1).
     */
    private placeEarlyFrame(): void {
        const url = savedSoftphoneUrl(this.platform, `${this.storageKey}:softphoneUrl`);
        if (url === null) return;
        this.earlyFrame = url;
        this.options.onFrame?.(url, false);
    }

    /** Keeps the configured Softphone URL for the next start-up's early frame (one read, a write only on a change). */
    private saveSoftphoneUrl(url: string | null): void {
        const storage = this.platform.storage;
        if (storage === null) return;
        const key = `${this.storageKey}:softphoneUrl`;
        try {
            if (storage.getItem(key) === url) return;
            if (url === null) storage.removeItem(key);
            else storage.setItem(key, url);
        } catch {
            // Storage blocked: the next start-up waits for its configuration.
        }
    }

    private startDriving(): void {
        const turn = ++this.drivingTurn;
        // The followers may hold another driver's view: the first one they get from this tab is whole.
        this.fullViewWanted = true;
        const saved = this.load();
        // A logout that stood when the last page marked it still stands, whatever the state's save did;
        // without storage nothing is known of the last page, so a softphone seen logged in is not taken
        // for a login either (B16).
        const storage = this.platform.storage;
        this.state = withMarkedLogout(
            saved?.state ?? initialState(),
            storage === null || logoutMarked(storage, this.storageKey)
        );
        if (storage === null) this.saveProblem = 'storage-blocked';
        if (saved?.legacy === true) this.audit.restore(saved.audit);
        else if (saved !== null) {
            // The ring is read after the first reconciliation; what is recorded meanwhile comes after it.
            this.audit.startAfter(ringNewestSeq(saved.ring));
            this.auditPending = this.auditStore === null ? null : { ring: saved.ring, discard: false };
        }
        // A resumed ring holds the log already; a fresh ring, or the log of an old single-key save, is written whole.
        this.storedSeq = saved === null || saved.legacy ? 0 : this.audit.lastSeq;
        // Kept across the restore: how this tab came to drive, and that the tabs cannot coordinate.
        this.audit.add(this.notesWhileFollowing.splice(0));
        this.bridge = this.options.createBridge(
            {
                onInput: (input) => {
                    if (this.isTurn(turn)) this.step(input);
                },
                onResult: (result) => {
                    if (this.isTurn(turn))
                        this.step({ kind: 'result', commandId: result.commandId, ok: result.ok, error: result.error });
                },
                onStatus: (status) => {
                    if (!this.isTurn(turn)) return;
                    const previous = this.bridgeStatus;
                    this.bridgeStatus = status;
                    if (status === 'connecting' && previous !== 'connecting') this.awaitHandshake();
                    if (status !== 'connecting') this.clearHandshake();
                    this.publish();
                },
                onDrop: () => {
                    this.flushSoon(DROP_FLUSH_DELAY_MS);
                }
            },
            this.settings
        );
        this.bridgeStatus = this.bridge === null ? 'none' : this.bridge.currentStatus;
        const frame = this.bridge === null ? null : this.settings.softphoneUrl;
        const camera = frame !== null && this.settings.softphoneCamera;
        // A frame placed early stays if the configuration names the same URL without the camera, and is replaced (or removed) if not.
        if (frame !== this.earlyFrame || camera) this.options.onFrame?.(frame, camera);
        this.earlyFrame = null;
        this.saveSoftphoneUrl(frame);
        this.bridge?.start();
        if (this.bridge !== null && this.bridgeStatus !== 'connected') this.awaitHandshake();
        this.omniReadAttempt = 0;
        this.omniRefusals = 0;
        this.readOmni(2);
    }

    private stopDriving(): void {
        this.drivingTurn++;
        if (this.bridge !== null || this.earlyFrame !== null) {
            this.bridge?.stop();
            this.options.onFrame?.(null, false);
        }
        this.earlyFrame = null;
        this.bridge = null;
        this.bridgeStatus = 'none';
        this.clearHandshake();
        this.clock.clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
        this.wakeAt = null;
        this.clock.clearTimeout(this.omniReadTimer);
        this.omniReadTimer = null;
        this.queue.length = 0;
    }

    private isTurn(turn: number): boolean {
        return this.currentRole === 'driver' && turn === this.drivingTurn;
    }

    /** Starts (or restarts) the softphone's grace period for its hello; the view changes when it runs out. */
    private awaitHandshake(): void {
        this.clock.clearTimeout(this.handshakeTimer);
        this.handshakeDueAt = this.clock.now() + HANDSHAKE_GRACE_MS;
        this.handshakeTimer = this.clock.setTimeout(() => {
            this.handshakeTimer = null;
            this.publish();
        }, HANDSHAKE_GRACE_MS);
    }

    private clearHandshake(): void {
        this.clock.clearTimeout(this.handshakeTimer);
        this.handshakeTimer = null;
        this.handshakeDueAt = null;
    }

    private bridgeView(): BridgeView {
        if (
            this.bridgeStatus === 'connecting' &&
            this.handshakeDueAt !== null &&
            this.clock.now() >= this.handshakeDueAt
        )
            return 'noHandshake';
        return this.bridgeStatus;
    }

    /**
     * B18 with B5: Omni-Channel logged the driver out because the agent's Omni session moved to another
     * tab of this browser. Every follower asks its own toolkit, a few times while the new session
     * settles; the one that holds the session takes over, so driving goes where Omni is.
     */
    private probeOmniSession(attempt: number): void {
        this.clock.clearTimeout(this.probeTimer);
        this.probeTimer = null;
        const delay = OMNI_MOVED_PROBE_MS[attempt];
        if (delay === undefined || this.currentRole !== 'follower') return;
        this.probeTimer = this.clock.setTimeout(() => {
            this.probeTimer = null;
            void this.read('getServicePresenceStatusId').then((answer) => {
                if (this.currentRole !== 'follower') return;
                if (presenceOf(answer) === 'online') {
                    this.note('B18', 'sessionHere', 'takeOver', 'omni_session_here');
                    this.coordinator?.takeOver();
                } else {
                    this.probeOmniSession(attempt + 1);
                }
            });
        }, delay);
    }

    // ─── The engine ───────────────────────────────────────────────────────────────────

    private step(input: EngineInput): void {
        const stoodBefore = this.state.omni.logoutStands === true;
        const result = this.engine.step(this.state, input, this.clock.now());
        this.state = result.state;
        const stands = this.state.omni.logoutStands === true;
        // A standing logout is saved at once, not after the save delay: a reload in between must not
        // forget it and log the agent back in (B16).
        if (stands !== stoodBefore) this.saveLogoutNow(stands);
        this.addDecisions(result.decisions);
        for (const command of result.commands) this.execute(command);
        this.schedule(result.wakeAt);
        if (
            input.kind === 'omni' &&
            input.event === 'logout' &&
            input.reason === 'DuplicateLoginInSameBrowser' &&
            this.currentRole === 'driver'
        )
            this.coordinator?.signal('omniMoved');
        this.flushSoon(FLUSH_DELAY_MS);
    }

    /** Into the audit with wall-clock times: the engine's are monotonic, the audit's are for people. */
    private addDecisions(decisions: readonly Decision[]): void {
        if (decisions.length === 0) return;
        const offset = this.platform.wallNow() - this.clock.now();
        const entries = decisions.map((decision) => ({ ...decision, at: decision.at + offset }));
        this.audit.add(entries);
        if (this.currentRole !== 'driver')
            this.notesWhileFollowing = [...this.notesWhileFollowing, ...entries].slice(-10);
    }

    /** A decision the shell itself made (tabs, start-up reads), audited like the engine's (B20). */
    private note(
        rule: string,
        event: RuntimeEvent,
        outcome: RuntimeOutcome,
        detailKey: DetailKey,
        detailParams: Readonly<Record<string, string>> = {}
    ): void {
        const decision = {
            at: this.clock.now(),
            input: `runtime ${event}`,
            rule,
            outcome,
            detailKey,
            detailParams,
            commands: [],
            inputKind: 'runtime',
            inputParams: { event },
            outcomeParams: {}
        } as unknown as Decision;
        this.addDecisions([decision]);
    }

    private execute(command: Command): void {
        if (command.side === 'softphone') {
            if (this.bridge === null) {
                const turn = this.drivingTurn;
                this.clock.setTimeout(() => {
                    if (this.isTurn(turn))
                        this.step({
                            kind: 'result',
                            commandId: command.id,
                            ok: false,
                            error: 'no-softphone-configured'
                        });
                }, 0);
            } else {
                this.bridge.send(command);
            }
            return;
        }
        this.enqueue({ method: command.method, args: argsOf(command), commandId: command.id });
    }

    private schedule(wakeAt: number | null): void {
        if (wakeAt === this.wakeAt) return;
        this.clock.clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
        this.wakeAt = wakeAt;
        if (wakeAt === null) return;
        this.wakeTimer = this.clock.setTimeout(
            () => {
                this.wakeTimer = null;
                this.wakeAt = null;
                if (this.currentRole === 'driver') this.step({ kind: 'tick' });
            },
            Math.max(0, wakeAt - this.clock.now())
        );
    }

    // ─── The toolkit: one command in flight at a time ──────────────────────────────────

    private enqueue(job: ToolkitJob): void {
        this.queue.push(job);
        this.pump();
    }

    private pump(): void {
        if (this.callInFlight) return;
        const job = this.queue.shift();
        if (job === undefined) return;
        this.callInFlight = true;
        const turn = this.drivingTurn;
        void this.read(job.method, job.args).then(({ ok, value }) => {
            this.callInFlight = false;
            if (job.commandId !== null && this.isTurn(turn))
                this.step({ kind: 'result', commandId: job.commandId, ok, error: ok ? null : errorText(value) });
            this.pump();
        });
    }

    /**
     * One toolkit call with the command timeout (monotonic ms); never rejects. A synchronous throw
     * answers at once, as a failure.
     */
    private read(method: string, args: Record<string, unknown> = {}): Promise<ToolkitAnswer> {
        return new Promise((resolve) => {
            let settled = false;
            const finish = (ok: boolean, value: unknown, answered: boolean) => {
                if (settled) return;
                settled = true;
                this.clock.clearTimeout(timer);
                resolve({ ok, value, answered });
            };
            const timer = this.clock.setTimeout(() => {
                finish(false, new Error('toolkit-no-answer'), false);
            }, this.settings.commandTimeoutMs);
            try {
                this.options.toolkit.call(method, args).then(
                    (value) => {
                        finish(true, value, true);
                    },
                    (error: unknown) => {
                        finish(false, error, true);
                    }
                );
            } catch (error) {
                finish(false, error, false);
            }
        });
    }

    /**
     * B15: reads Omni at start-up, the three reads together. A status read that fails or times out
     * is "unknown", never "offline": it is asked again with backoff, and the engine reconciles only
     * on a definite answer (or on an Omni event, which ends the retries). If Omni events arrived
     * while reading, the answer may be stale: read again (at most `staleRetries` times).
     */
    private readOmni(staleRetries: number): void {
        this.clock.clearTimeout(this.omniReadTimer);
        this.omniReadTimer = null;
        const seenBefore = this.omniEventsSeen;
        const turn = this.drivingTurn;
        // The start-up reads, in the order of the one list of toolkit methods (src-ts/core/toolkit-methods.ts).
        const [statusRead, worksRead, workloadRead] = TOOLKIT_STARTUP_READS;
        void Promise.all([this.read(statusRead), this.read(worksRead), this.read(workloadRead)]).then(
            ([status, works, workload]) => {
                if (!this.isTurn(turn)) return;
                let presence = presenceOf(status);
                // An Omni event told the engine meanwhile: it needs no read any more.
                if (presence === 'unknown' && this.state.omni.presence !== 'unknown') return;
                this.omniRefusals = presence === 'unknown' && status.answered ? this.omniRefusals + 1 : 0;
                if (
                    presence === 'unknown' &&
                    this.omniRefusals >= OMNI_REFUSALS_AS_OFFLINE &&
                    !this.state.omni.connectionError
                ) {
                    this.note('B15', 'omniReadRefused', 'omniRefusedAsOffline', 'omni_read_refused', {
                        attempts: String(this.omniRefusals),
                        reason: errorText(status.value)
                    });
                    presence = 'offline';
                }
                if (presence === 'unknown') {
                    const delay =
                        OMNI_READ_RETRY_MS[Math.min(this.omniReadAttempt, OMNI_READ_RETRY_MS.length - 1)] ?? 60_000;
                    this.omniReadAttempt++;
                    this.note('B15', 'omniReadUnanswered', 'omniUnknown', 'omni_read_unanswered', {
                        reason: errorText(status.value),
                        seconds: String(Math.round(delay / 1000))
                    });
                    this.omniReadTimer = this.clock.setTimeout(() => {
                        this.omniReadTimer = null;
                        if (this.isTurn(turn) && this.state.omni.presence === 'unknown') this.readOmni(staleRetries);
                    }, delay);
                    this.flushSoon(FLUSH_DELAY_MS);
                    return;
                }
                if (this.omniEventsSeen !== seenBefore && staleRetries > 0) {
                    this.readOmni(staleRetries - 1);
                    return;
                }
                const value = status.value as Record<string, unknown> | null;
                this.step({
                    kind: 'omni',
                    event: 'snapshot',
                    loggedIn: presence === 'online',
                    statusId: presence === 'online' ? (value?.statusId as string) : null,
                    statusApiName:
                        presence === 'online' && typeof value?.statusApiName === 'string' ? value.statusApiName : null,
                    works: presence === 'online' && works.ok ? worksOf(works.value) : [],
                    workload: presence === 'online' && workload.ok ? workloadOf(workload.value) : null
                });
            }
        );
    }

    // ─── Persistence and display ──────────────────────────────────────────────────────

    /**
     * The state saved by the last driver, rebased onto this page's monotonic clock: the engine's
     * times are another page's, so they move by the wall-clock age of the save (never negative,
     * so a wall clock set back does not push times into the future).
     */
    private load(): { state: EngineState; audit: unknown; legacy: boolean; ring: unknown } | null {
        const storage = this.platform.storage;
        if (!storage) return null;
        let ring: unknown = null;
        try {
            const raw = storage.getItem(this.storageKey);
            if (raw === null) return this.startAfresh(null);
            const saved = JSON.parse(raw) as {
                version?: unknown;
                savedAt?: unknown;
                savedMono?: unknown;
                state?: unknown;
                audit?: unknown;
                ring?: unknown;
            };
            ring = saved.ring;
            const legacy = saved.version === 1;
            if ((saved.version !== STORAGE_VERSION && !legacy) || typeof saved.savedAt !== 'number')
                return this.startAfresh(ring);
            // A save from the future has no known age: it is not resumed as fresh.
            const age = savedAgeMs(this.platform.wallNow(), saved.savedAt);
            if (age === null || age > MAX_SAVED_AGE_MS) return this.startAfresh(ring);
            const state = resumeState(saved.state);
            if (state === null) return this.startAfresh(ring);
            // Saves from before the monotonic clock carried wall-clock engine times.
            const savedMono = typeof saved.savedMono === 'number' ? saved.savedMono : saved.savedAt;
            const delta = this.clock.now() - age - savedMono;
            // The ring's slots are not read here (readStoredAudit, after the first reconciliation).
            if (legacy) this.auditStore?.discard(null, this.settings.auditLogSize);
            return { state: shiftStateTimes(state, delta), audit: legacy ? saved.audit : null, legacy, ring };
        } catch {
            return this.startAfresh(ring);
        }
    }

    /**
     * No state to resume: a new ring, and the ring of an earlier save goes too (its bytes would stay
     * for nothing), with the reading of the log, after the first reconciliation.
     */
    private startAfresh(ring: unknown): null {
        this.auditStore?.discard(null, this.settings.auditLogSize);
        this.auditPending =
            this.auditStore === null || ring === null || ring === undefined ? null : { ring, discard: true };
        return null;
    }

    /**
     * Reads the ring a reload left unread (or removes an earlier one's slots), puts its entries
     * before those recorded since, and lets the next save store what is new. The followers get the
     * whole view next (their copy lacks the older decisions).
     */
    private readStoredAudit(): void {
        const pending = this.auditPending;
        this.auditPending = null;
        if (pending === null || this.auditStore === null) return;
        if (pending.discard) {
            this.auditStore.discard(pending.ring, this.settings.auditLogSize);
            this.storedSeq = 0;
            return;
        }
        this.audit.restoreOlder(this.auditStore.load(pending.ring, this.settings.auditLogSize));
        this.storedSeq = this.auditStore.current.seq;
        this.fullViewWanted = true;
    }

    /**
     * Saves the state, and the log's entries not yet stored. While the ring is unread the state
     * names the ring as it was found, and new entries wait in memory; `final` (the tab stops
     * driving) reads the ring first, so that they are stored after it.
     */
    private persist(final = false): void {
        const storage = this.platform.storage;
        // Before its configuration a driver has not loaded the saved state: nothing to save over it.
        if (!storage || this.currentRole !== 'driver' || !this.configured) return;
        try {
            if (final) this.readStoredAudit();
            const pending = this.auditPending;
            // The log's new entries first, then the state that names the ring's newest entry.
            if (this.auditStore !== null && pending === null && this.audit.lastSeq !== this.storedSeq) {
                this.auditStore.append(this.audit.since(this.storedSeq));
                this.storedSeq = this.audit.lastSeq;
            }
            storage.setItem(
                this.storageKey,
                JSON.stringify({
                    version: STORAGE_VERSION,
                    savedAt: this.platform.wallNow(),
                    savedMono: this.clock.now(),
                    state: this.state,
                    ring: pending !== null && !pending.discard ? pending.ring : (this.auditStore?.current ?? null)
                })
            );
            this.saveProblem = null;
        } catch (error) {
            // Storage full or blocked: the sync still works, but the panel says it will not survive a
            // reload (a standing logout is also kept by its own small marker, saveLogoutNow).
            this.saveProblem = errorText(error);
        }
    }

    /** The logout marker and the state, saved at once when a logout comes to stand or stops standing. */
    private saveLogoutNow(stands: boolean): void {
        const storage = this.platform.storage;
        if (!storage || this.currentRole !== 'driver' || !this.configured) return;
        const problem = writeLogoutMarker(storage, this.storageKey, stands);
        if (problem !== null) this.saveProblem = problem;
        this.persist();
    }

    /**
     * Saves the state and shows the view a moment after a change, once per burst: the commands have
     * already gone out, so this work never stands between an event and the other side's command.
     */
    private flushSoon(delayMs: number): void {
        const at = this.clock.now() + delayMs;
        if (this.flushTimer !== null && this.flushAt <= at) return;
        this.clock.clearTimeout(this.flushTimer);
        this.flushAt = at;
        this.flushTimer = this.clock.setTimeout(() => {
            this.flushTimer = null;
            // After the first reconciliation the stored log is read, before this save and view.
            if (this.auditPending !== null && this.currentRole === 'driver' && this.hasFirstState())
                this.readStoredAudit();
            this.persist();
            this.publish();
        }, delayMs);
    }

    /**
     * Whether this tab has its first state to show: a driver once its start-up reconciliation is
     * done (B15), or without a softphone to wait for, once Omni-Channel is known; a follower once it
     * has the driver's view (B18); a stopped tab at once.
     */
    private hasFirstState(): boolean {
        switch (this.currentRole) {
            case 'driver':
                return (
                    this.state.reconcile !== 'startup' ||
                    (this.bridge === null && this.state.omni.presence !== 'unknown')
                );
            case 'follower':
                return this.followerView !== null;
            case 'stopped':
                return true;
            case 'starting':
                return false;
        }
    }

    /** Shows the view, and sends it to the other tabs, when something in it changed since it was last shown. */
    private publish(): void {
        // Before the configuration there is nothing this tab can show or tell the others.
        if (!this.configured) return;
        if (!this.firstViewShown) {
            if (!this.hasFirstState()) {
                // The followers still get the driver's views; this tab's panel waits for its first state.
                if (this.currentRole === 'driver') this.sendToTabs(this.view());
                return;
            }
            this.firstViewShown = true;
            this.clock.clearTimeout(this.firstViewHold);
            this.firstViewHold = null;
        }
        // The first view shows the log whole: a ring not read yet is read now.
        if (this.auditPending !== null && this.currentRole === 'driver') this.readStoredAudit();
        const view = this.view();
        if (this.currentRole === 'driver') this.sendToTabs(view);
        if (view.revision === this.shownRevision) return;
        this.shownRevision = view.revision;
        this.options.onView(view);
    }

    /** What changed, to the followers: the diagnostics only when they changed, the decisions only when new. */
    private sendToTabs(view: SyncView): void {
        if (this.coordinator === null || (view.revision === this.sentRevision && !this.fullViewWanted)) return;
        const full = this.fullViewWanted;
        const diagnosticsKey = JSON.stringify(view.diagnostics);
        const diagnosticsChanged = diagnosticsKey !== this.sentDiagnostics;
        if (diagnosticsChanged) this.diagnosticsRev++;
        const { diagnostics, decisions, ...rest } = view;
        const message: TabView = {
            ...rest,
            full,
            driver: this.tabId,
            diagnosticsRev: this.diagnosticsRev,
            decisions: full ? decisions : decisions.filter((entry) => entry.seq > this.sentSeq),
            decisionsAfter: full ? 0 : this.sentSeq
        };
        if (full || diagnosticsChanged) message.diagnostics = diagnostics;
        this.coordinator.publishView(message);
        this.fullViewWanted = false;
        this.sentRevision = view.revision;
        this.sentDiagnostics = diagnosticsKey;
        this.sentSeq = this.audit.lastSeq;
    }

    /**
     * A follower applies what the driver sent to what it has. Where a base is missing (it has not
     * seen the previous diagnostics, or misses decisions in between), it shows what it has and
     * asks the driver for its whole view (at most once a second).
     */
    private mergeView(received: TabView): SyncView {
        const base = this.followerView;
        const { full, diagnosticsRev, decisionsAfter, diagnostics: sentDiagnostics, decisions: sent } = received;
        const rest: Partial<TabView> = { ...received };
        delete rest.full;
        delete rest.driver;
        delete rest.diagnosticsRev;
        delete rest.decisionsAfter;
        delete rest.diagnostics;
        delete rest.decisions;
        let missing = false;
        let diagnostics: Diagnostic[];
        if (sentDiagnostics !== undefined) diagnostics = sentDiagnostics;
        else {
            diagnostics = base?.diagnostics ?? [];
            missing = base === null || this.followerDiagnosticsRev !== diagnosticsRev;
        }
        let decisions: AuditEntry[];
        if (full) decisions = sent;
        else {
            const had = base?.decisions ?? [];
            if ((had[0]?.seq ?? 0) !== decisionsAfter) missing = true;
            const limit = this.options.recentDecisions ?? 20;
            decisions = [...sent, ...had.filter((entry) => entry.seq <= decisionsAfter)].slice(0, limit);
        }
        if (missing) this.askForFullView();
        this.followerDiagnosticsRev = diagnosticsRev;
        return { ...(rest as unknown as Omit<SyncView, 'diagnostics' | 'decisions'>), diagnostics, decisions };
    }

    private askForFullView(): void {
        const now = this.clock.now();
        if (this.channel === null || now - this.askedFullAt < FULL_VIEW_ASK_MS) return;
        this.askedFullAt = now;
        try {
            this.channel.post({ kind: 'query', from: this.tabId, at: now });
        } catch {
            // The next full view heals it.
        }
    }
}

/**
 * The Softphone URL the last configured driver saved, if the frame may load it (`frameOriginOf`: https,
 * or http on a loopback host); else null. Only a frame address: the bridge's origin always comes from
 * the configuration.
 */
function savedSoftphoneUrl(platform: Pick<PlatformPort, 'storage'>, key: string): string | null {
    try {
        const url = platform.storage?.getItem(key) ?? null;
        return url !== null && frameOriginOf(url) !== null ? url : null;
    } catch {
        return null;
    }
}

/** The tabs' secret, kept in this namespace's storage (created by the first tab); null without storage. */
function tabSecret(
    platform: Pick<PlatformPort, 'storage' | 'randomToken'>,
    key: string
): { secret: string | null; created: boolean } {
    const storage = platform.storage;
    if (storage === null) return { secret: null, created: false };
    try {
        const known = storage.getItem(key);
        if (known !== null && /^[0-9a-z]{16,64}$/.test(known)) return { secret: known, created: false };
        storage.setItem(key, platform.randomToken());
        return { secret: storage.getItem(key), created: true };
    } catch {
        return { secret: null, created: false };
    }
}

/** What a status read says of Omni: a status is online; an answer without one is offline; no answer is unknown. */
function presenceOf(answer: { ok: boolean; value: unknown }): 'online' | 'offline' | 'unknown' {
    if (!answer.ok) return 'unknown';
    const value = answer.value;
    if (value === null || value === undefined) return 'offline';
    if (typeof value !== 'object') return 'unknown';
    const statusId = (value as { statusId?: unknown }).statusId;
    if (typeof statusId === 'string' && statusId !== '') return 'online';
    return statusId === undefined || statusId === null || statusId === '' ? 'offline' : 'unknown';
}

function argsOf(command: OmniCommand): Record<string, unknown> {
    return { ...command.args };
}

function errorText(error: unknown): string {
    if (error instanceof Error) return error.message;
    if (typeof error === 'string') return error;
    if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
        return (error as { message: string }).message;
    }
    return 'request-failed';
}

export function healthOf(diagnostics: readonly Diagnostic[], bridge: BridgeView, role: Role): Health {
    if (role === 'follower') return 'ok';
    if (diagnostics.some((d) => d.severity === 'error' && d.code !== 'config')) return 'error';
    if (bridge === 'rejected' || bridge === 'noHandshake') return 'error';
    if (diagnostics.some((d) => d.severity !== 'info') || bridge === 'connecting' || bridge === 'none')
        return 'attention';
    return 'ok';
}

function isTabView(value: unknown): value is TabView {
    if (typeof value !== 'object' || value === null) return false;
    const view = value as Partial<Record<keyof TabView, unknown>>;
    return (
        typeof view.health === 'string' &&
        typeof view.omni === 'object' &&
        view.omni !== null &&
        typeof view.softphone === 'object' &&
        view.softphone !== null &&
        typeof view.revision === 'number' &&
        typeof view.driver === 'string' &&
        typeof view.diagnosticsRev === 'number' &&
        typeof view.decisionsAfter === 'number' &&
        (view.diagnostics === undefined || Array.isArray(view.diagnostics)) &&
        Array.isArray(view.decisions)
    );
}
