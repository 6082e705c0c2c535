/**
 * The runtime: the thin shell that runs the engine in the utility. It wires named parts, each of
 * which owns one thing: the tabs' election and channel (`console-tabs.ts`, B18), the driving tab's
 * engine loop (`driving.ts`) with its softphone link (`softphone-link.ts`), toolkit call queue
 * (`toolkit-queue.ts`) and Omni start-up read (`omni-startup-read.ts`, B15), the saved state and
 * audit ring (`saved-state-store.ts`), the view published to the panel and the other tabs
 * (`view.ts`, `view-publisher.ts`, `tab-views.ts`) and the outcomes that go into the audit
 * (`outcomes.ts`, B20). What stays here: this tab's role, and when to save and show. Every window API
 * comes in through `options.platform` (C4): the engine's clock is the page's monotonic one; the
 * wall clock only dates the audit and measures the age of a saved state.
 */
import { initialState, type Engine } from '../engine/engine';
import type { EngineState } from '../engine/types';
import type { SyncConfigurationInput, SyncSettings } from '../mapping/types';
import type { Clock } from '../bridge/endpoint';
import { AuditLog } from './audit';
import { ConsoleTabs } from './console-tabs';
import { Driving, engineOf, FLUSH_DELAY_MS } from './driving';
import type { TabRole } from './election';
import { omniInput } from './omni-events';
import { OmniSessionProbe } from './omni-startup-read';
import { Outcomes } from './outcomes';
import type { PlatformPort } from './platform';
import type { RuntimeOptions } from './runtime-options';
import { SavedStateStore } from './saved-state-store';
import { FollowerView, TabViewSender } from './tab-views';
import { errorText } from './toolkit-queue';
import { buildView, shownKey, ViewRevision, type Role, type SyncView, type TabsView } from './view';
import { ViewPublisher } from './view-publisher';

export type { RuntimeOptions } from './runtime-options';
export type { StorageLike } from './platform';
export type { ToolkitPort } from './toolkit-queue';
export { HANDSHAKE_GRACE_MS, type BridgeCallbacks, type BridgePort } from './softphone-link';
export type { BridgeView, Health, HeldChange, HeldView, Role, SyncView, TabsView } from './view';

/** The sync in one console tab: see the module comment. */
export class PresenceSyncRuntime {
    private readonly platform: PlatformPort;
    /** The page's monotonic clock and its timers: the engine's `now` and every duration. */
    private readonly clock: Clock;
    private readonly audit: AuditLog;
    /** Whether the configuration is in (`configure()`): until then this tab elects, but neither drives nor shows. */
    private configured = false;
    private readonly tabId: string;
    private currentRole: Role = 'stopped';
    private flushTimer: unknown = null;
    private flushAt = 0;
    private readonly revision = new ViewRevision();
    private readonly sender: TabViewSender;
    private readonly follower: FollowerView;
    private readonly store: SavedStateStore;
    private readonly outcomes: Outcomes;
    private readonly driving: Driving;
    private readonly tabs: ConsoleTabs;
    private readonly probe: OmniSessionProbe;
    private readonly publisher: ViewPublisher;

    constructor(private readonly options: RuntimeOptions) {
        const platform = options.platform;
        this.platform = platform;
        const clock: Clock = {
            now: () => platform.now(),
            setTimeout: (callback, ms) => platform.setTimeout(callback, ms),
            clearTimeout: (handle) => {
                platform.clearTimeout(handle);
            }
        };
        this.clock = clock;
        const engine = engineOf(options.configuration);
        this.audit = new AuditLog(engine.mapping(initialState()).settings.auditLogSize);
        this.store = new SavedStateStore(
            platform,
            options.userId,
            () => this.driving.settings.auditLogSize,
            () => {
                this.sender.fullViewWanted = true;
            }
        );
        this.outcomes = new Outcomes({
            audit: this.audit,
            now: () => clock.now(),
            wallNow: () => platform.wallNow(),
            driving: () => this.currentRole === 'driver'
        });
        this.driving = this.drivingLoop(engine);
        this.store.openRing();
        // After the ring, which draws its id first from the same random source.
        const tabId = options.tabId ?? platform.randomToken().slice(0, 16);
        this.tabId = tabId;
        this.configured = options.configuration !== undefined;
        this.sender = new TabViewSender(tabId);
        this.follower = new FollowerView(tabId, options.recentDecisions ?? 20, clock);
        this.tabs = this.consoleTabs();
        this.probe = new OmniSessionProbe({
            clock,
            read: (method) => this.driving.read(method),
            following: () => this.currentRole === 'follower',
            sessionHere: () => {
                this.outcomes.note('B18', 'sessionHere', 'takeOver', 'omni_session_here');
                this.tabs.election?.takeOver();
            }
        });
        this.publisher = this.viewPublisher();
    }

    /** The driving tab's engine loop, wired to this tab's role, saving, showing and the other tabs. */
    private drivingLoop(engine: Engine): Driving {
        const options = this.options;
        return new Driving(
            {
                clock: this.clock,
                toolkit: options.toolkit,
                createBridge: options.createBridge,
                onFrame: options.onFrame,
                wallNow: () => this.platform.wallNow(),
                audit: this.audit,
                store: this.store,
                outcomes: this.outcomes,
                driving: () => this.currentRole === 'driver',
                configured: () => this.configured,
                omniMoved: () => {
                    this.tabs.election?.signal('omniMoved');
                },
                flushSoon: (delayMs) => {
                    this.flushSoon(delayMs);
                },
                publish: () => {
                    this.publish();
                }
            },
            engine
        );
    }

    /** The tabs' election and channel, wired to this tab's role, the follower's view and the driver's sender. */
    private consoleTabs(): ConsoleTabs {
        return new ConsoleTabs({
            platform: this.platform,
            clock: this.clock,
            userId: this.options.userId,
            tabId: this.tabId,
            onRole: (role) => {
                this.changeRole(role);
            },
            onView: (view) => {
                if (this.currentRole === 'follower' && this.follower.receive(view, this.tabs.channel)) this.publish();
            },
            onSignal: () => {
                this.probe.start();
            },
            onAsked: (from, whole) => {
                if (this.sender.asked(from, whole, this.clock.now(), this.currentRole === 'driver')) this.publish();
            }
        });
    }

    /** When the view reaches the panel and the other tabs, from this tab's role and state. */
    private viewPublisher(): ViewPublisher {
        return new ViewPublisher({
            clock: this.clock,
            configured: () => this.configured,
            hasFirstState: () => this.hasFirstState(),
            driving: () => this.currentRole === 'driver',
            beforeShow: () => {
                // The first view shows the log whole: a ring not read yet is read now.
                if (this.store.ringUnread && this.currentRole === 'driver') this.store.readRing(this.audit);
            },
            view: () => this.view(),
            sendToTabs: (view) => {
                this.sender.send(this.tabs.election, view, this.audit.lastSeq, this.clock.now());
            },
            show: (view) => {
                this.options.onView(view);
            }
        });
    }

    /**
     * The configuration as Apex serves it, for a runtime built without one: a tab that drives
     * starts now (its frame replaced if the saved Softphone URL differs), and the panel gets its
     * views. Ignored once configured, and after `stop()`.
     */
    configure(configuration: SyncConfigurationInput): void {
        if (this.configured || this.currentRole === 'stopped') return;
        this.driving.configure(configuration);
        this.audit.resize(this.driving.settings.auditLogSize);
        this.store.openRing();
        this.configured = true;
        // The first view's hold counts from here: before the configuration there is nothing to show.
        this.publisher.armFirstViewHold();
        if (this.currentRole === 'driver') this.startDriving();
        this.publish();
    }

    get role(): Role {
        return this.currentRole;
    }

    /** The settings in force (the package's defaults until `configure()`). */
    get syncSettings(): SyncSettings {
        return this.driving.settings;
    }

    get engineState(): EngineState {
        return this.driving.state;
    }

    start(): void {
        if (this.currentRole !== 'stopped') return;
        this.currentRole = 'starting';
        this.publisher.restart();
        if (this.configured) this.publisher.armFirstViewHold();
        this.tabs.start(() => {
            this.beginElection();
        });
        this.publish();
    }

    private beginElection(): void {
        if (this.currentRole !== 'starting') return;
        const election = this.tabs.elect();
        if (this.tabs.coordination === 'unavailable')
            this.outcomes.note('B18', 'tabsUncoordinated', 'tabsUncoordinated', this.tabs.uncoordinatedDetail());
        election.start();
        this.publish();
    }

    /** The console is closing (or the utility unmounts): hand over to another tab. */
    stop(): void {
        if (this.currentRole === 'stopped') return;
        this.publisher.stop();
        this.clock.clearTimeout(this.flushTimer);
        this.flushTimer = null;
        this.probe.stop();
        if (this.currentRole === 'driver') this.driving.persist(true);
        this.driving.stop();
        this.tabs.stop();
        this.currentRole = 'stopped';
        this.publish();
    }

    /**
     * "Use this tab" (B18): this follower becomes the driver and hosts the softphone frame; the tab
     * that drove follows. Does nothing unless this tab follows.
     */
    takeOver(): void {
        const election = this.tabs.election;
        if (this.currentRole !== 'follower' || election === null || this.follower.driverOnInteraction()) return;
        this.outcomes.note('B18', 'takeOver', 'takeOver', 'take_over_asked');
        election.takeOver();
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
            this.outcomes.omniEventDropped(name, reading.problem);
            this.flushSoon(FLUSH_DELAY_MS);
            return;
        }
        this.driving.omniRead.eventSeen();
        this.driving.step(reading.input);
    }

    /** The softphone frame finished loading (first time or a reload). */
    frameLoaded(): void {
        this.driving.link.frameLoaded();
    }

    exportAudit(format: 'json' | 'csv'): string {
        if (this.currentRole === 'driver') this.store.readRing(this.audit);
        if (format === 'csv') return this.audit.toCsv();
        return this.audit.toJson({
            exportedAt: new Date(this.platform.wallNow()).toISOString(),
            user: this.options.userId,
            role: this.currentRole
        });
    }

    view(): SyncView {
        const tabs = this.tabsView();
        const followed = this.follower.view;
        if (this.currentRole === 'follower' && followed !== null)
            return {
                ...followed,
                role: 'follower',
                tabs,
                revision: this.revision.revise(`f|${this.follower.received}|${tabs.canTakeOver}|${tabs.coordination}`)
            };
        const { engine, state, settings, link } = this.driving;
        const view = buildView({
            role: this.currentRole,
            engine,
            state,
            settings,
            saveProblem: this.store.problem,
            storageFaults: this.store.faults,
            bridge: link.view(),
            lostAt: link.lostAt(),
            bridgeStats: link.bridge?.stats() ?? null,
            softphone: link.bridge?.softphone ?? null,
            tabs,
            decisions: this.audit.latest(this.options.recentDecisions ?? 20),
            wallNow: this.platform.wallNow()
        });
        view.revision = this.revision.revise(shownKey(view, this.audit.lastSeq, this.audit.size));
        return view;
    }

    private tabsView(): TabsView {
        return {
            coordination: this.tabs.coordination,
            softphoneHere: this.currentRole === 'driver' && this.driving.link.bridge !== null,
            canTakeOver: this.currentRole === 'follower' && !this.follower.driverOnInteraction()
        };
    }

    private changeRole(role: TabRole): void {
        if (this.currentRole === 'stopped') return;
        const previous = this.currentRole;
        this.currentRole = role;
        if (role === 'follower') this.follower.watch(this.tabs.channel);
        else this.follower.unwatch();
        if (role === 'driver' && previous !== 'driver') {
            this.probe.stop();
            this.follower.view = null;
            if (this.configured) this.startDriving();
            else this.driving.link.placeEarly(this.store.savedSoftphoneUrl());
        }
        if (role !== 'driver' && previous === 'driver') {
            this.driving.persist(true);
            this.driving.stop();
        }
        this.publish();
    }

    private startDriving(): void {
        this.sender.announce(); // The followers may hold another driver's view: this tab's first is whole, to all.
        this.driving.start();
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
            if (this.store.ringUnread && this.currentRole === 'driver' && this.hasFirstState())
                this.store.readRing(this.audit);
            this.driving.persist();
            this.publish();
        }, delayMs);
    }

    /**
     * Whether this tab has its first state to show: a driver once its start-up reconciliation is
     * done (B15), or without a softphone to wait for, once Omni-Channel is known; a follower once it
     * has the driver's view (B18); a stopped tab at once.
     */
    private hasFirstState(): boolean {
        const { state, link } = this.driving;
        switch (this.currentRole) {
            case 'driver':
                return state.reconcile !== 'startup' || (link.bridge === null && state.omni.presence !== 'unknown');
            case 'follower':
                return this.follower.view !== null;
            case 'stopped':
                return true;
            case 'starting':
                return false;
        }
    }

    /** Shows the view (and sends it to the other tabs) when it changed: see `ViewPublisher`. */
    private publish(): void {
        this.publisher.publish();
    }
}
