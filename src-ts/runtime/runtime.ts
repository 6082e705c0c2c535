/**
 * The runtime: the thin shell that runs the engine in the utility. It feeds the engine the
 * toolkit's events and the bridge's messages, carries out the engine's commands (one toolkit
 * call in flight at a time, with a timeout), wakes the engine for retries, persists its state
 * across a reload, keeps the audit log, and drives only in the one tab elected to (B18).
 */
import { createEngine, initialState, resumeState, type Engine } from '../engine/engine';
import type { Command, Diagnostic, EngineInput, EngineState, OmniCommand, SoftphoneCommand } from '../engine/types';
import { formatState } from '../mapping/compile';
import type { SyncConfigurationInput, SyncSettings } from '../mapping/types';
import type { BridgeStats, Clock } from '../bridge/endpoint';
import { systemClock } from '../bridge/endpoint';
import type { BridgeStatus, SoftphoneInfo } from '../bridge/host';
import { AuditLog, type AuditEntry } from './audit';
import { TabCoordinator } from './leader';
import { LockElection, type Election, type LockManagerLike } from './lock-election';
import type { TabChannel } from './tab-channel';
import { omniInput, workloadOf, worksOf } from './omni-events';

/** The Omni-Channel toolkit, as the Aura host exposes it: one method call, one promise. */
export interface ToolkitPort {
    call(method: string, args: Record<string, unknown>): Promise<unknown>;
}

export interface StorageLike {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
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

/** Everything the panel shows. Plain data: the driver also sends it to the other tabs. */
export interface SyncView {
    role: Role;
    syncEnabled: boolean;
    health: Health;
    omni: { presence: 'unknown' | 'offline' | 'online'; status: string | null; label: string | null };
    softphone: {
        bridge: BridgeStatus | 'none';
        presence: 'unknown' | 'loggedOut' | 'loggedIn';
        state: string | null;
        product: string | null;
        onInteraction: boolean;
    };
    held: string | null;
    diagnostics: Diagnostic[];
    decisions: AuditEntry[];
    rejectedMessages: number;
    rejectedByReason: Record<string, number>;
    updatedAt: number;
}

export interface RuntimeOptions {
    configuration: SyncConfigurationInput;
    toolkit: ToolkitPort;
    /** Builds the bridge to the softphone frame; null when no softphone is configured. */
    createBridge: (callbacks: BridgeCallbacks, settings: SyncSettings) => BridgePort | null;
    userId: string;
    onView: (view: SyncView) => void;
    clock?: Clock;
    storage?: StorageLike | null;
    channel?: TabChannel | null;
    /** Web Locks, where available: the election then needs no timers (see lock-election.ts). */
    locks?: LockManagerLike | null;
    tabId?: string;
    /** Decisions shown in the panel. */
    recentDecisions?: number;
}

interface ToolkitJob {
    method: string;
    args: Record<string, unknown>;
    /** The engine command this call carries out, whose result goes back to the engine. */
    commandId: string | null;
    done?: (ok: boolean, value: unknown) => void;
}

const STORAGE_VERSION = 1;
/** How soon after a change the state is saved and the panel updated. */
const FLUSH_DELAY_MS = 25;
/** How soon after a dropped message the panel's count is updated (a flood updates it once). */
const DROP_FLUSH_DELAY_MS = 250;
/** A saved state older than this belongs to another working day: start afresh. */
const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;

export class PresenceSyncRuntime {
    private readonly engine: Engine;
    private readonly settings: SyncSettings;
    private readonly clock: Clock;
    private readonly audit: AuditLog;
    private readonly coordinator: Election;
    private readonly storageKey: string;
    private state: EngineState = initialState();
    private currentRole: Role = 'stopped';
    private bridge: BridgePort | null = null;
    private bridgeStatus: BridgeStatus | 'none' = 'none';
    private readonly queue: ToolkitJob[] = [];
    private callInFlight = false;
    private wakeTimer: unknown = null;
    private wakeAt: number | null = null;
    private omniEventsSeen = 0;
    private followerView: SyncView | null = null;
    private flushTimer: unknown = null;
    private flushAt = 0;

    constructor(private readonly options: RuntimeOptions) {
        this.engine = createEngine(options.configuration);
        this.settings = this.engine.mapping(this.state).settings;
        this.clock = options.clock ?? systemClock;
        this.audit = new AuditLog(this.settings.auditLogSize);
        this.storageKey = `omniPresenceSync:${options.userId}`;
        const tabId = options.tabId ?? `${this.clock.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        const onRole = (role: 'starting' | 'driver' | 'follower') => {
            this.changeRole(role);
        };
        const onView = (view: unknown) => {
            if (this.currentRole !== 'follower' || !isView(view)) return;
            this.followerView = view;
            this.publish();
        };
        const channel = options.channel ?? null;
        this.coordinator = options.locks
            ? new LockElection({
                  locks: options.locks,
                  name: `omniPresenceSync:${options.userId}`,
                  tabId,
                  channel,
                  onRole,
                  onView
              })
            : new TabCoordinator({ channel, clock: this.clock, tabId, onRole, onView });
    }

    get role(): Role {
        return this.currentRole;
    }

    /** The settings in force, as the panel needs them to place the softphone frame. */
    get syncSettings(): SyncSettings {
        return this.settings;
    }

    get engineState(): EngineState {
        return this.state;
    }

    start(): void {
        if (this.currentRole !== 'stopped') return;
        this.currentRole = 'starting';
        this.coordinator.start();
        this.publish();
    }

    /** The console is closing (or the utility unmounts): hand over to another tab. */
    stop(): void {
        if (this.currentRole === 'stopped') return;
        this.clock.clearTimeout(this.flushTimer);
        this.flushTimer = null;
        if (this.currentRole === 'driver') this.persist();
        this.stopDriving();
        this.coordinator.stop();
        this.currentRole = 'stopped';
        this.publish();
    }

    /**
     * A toolkit event as the Aura host passes it on: the literal event name its handler action
     * knows (e.g. `omniChannelStatusChanged`) and `event.getParams()`. Never throws into Aura: a
     * malformed event (no name, unknown name, params not an object, a required field missing or of
     * the wrong type, params that throw when read) is dropped and recorded in the audit (B20) with
     * rule `track` and outcome `omni-event-dropped`.
     */
    omniEvent(name: unknown, params: unknown): void {
        if (this.currentRole !== 'driver') return;
        let reading: ReturnType<typeof omniInput>;
        try {
            reading = omniInput(name, params);
        } catch (error) {
            reading = { input: null, problem: `the event could not be read: ${errorText(error)}` };
        }
        if (reading.input === null) {
            if (reading.problem === null) return;
            const eventLabel = typeof name === 'string' && name !== '' ? name : 'Omni-Channel event';
            const dropped = {
                at: this.clock.now(),
                input: `omni ${eventLabel}`,
                inputKind: 'omni',
                inputParams: { event: eventLabel, reason: reading.problem },
                rule: 'track' as const,
                outcome: 'omni-event-dropped',
                outcomeParams: {},
                detail: `Dropped a malformed Omni-Channel event: ${reading.problem}`,
                commands: [] as string[]
            };
            // Carries the decision fields of contract C2 whichever side is merged first.
            this.audit.add([dropped]);
            this.flushSoon(FLUSH_DELAY_MS);
            return;
        }
        this.omniEventsSeen++;
        this.step(reading.input);
    }

    /** The softphone frame finished loading (first time or a reload). */
    frameLoaded(): void {
        this.bridge?.frameLoaded();
    }

    exportAudit(format: 'json' | 'csv'): string {
        if (format === 'csv') return this.audit.toCsv();
        return this.audit.toJson({
            exportedAt: new Date(this.clock.now()).toISOString(),
            user: this.options.userId,
            role: this.currentRole
        });
    }

    view(): SyncView {
        if (this.currentRole === 'follower' && this.followerView !== null)
            return { ...this.followerView, role: 'follower' };
        const s = this.state;
        const diagnostics = this.engine.diagnostics(s);
        const stats = this.bridge?.stats() ?? { accepted: 0, dropped: 0, byReason: {} };
        const status = s.omni.status === null ? null : this.engine.mapping(s).statusByName(s.omni.status);
        const onInteraction = s.softphone.interactions.length > 0 || s.run !== null;
        return {
            role: this.currentRole,
            syncEnabled: this.settings.syncEnabled,
            health: healthOf(diagnostics, this.bridgeStatus, this.currentRole),
            omni: { presence: s.omni.presence, status: s.omni.status, label: status?.label ?? s.omni.status },
            softphone: {
                bridge: this.bridgeStatus,
                presence: s.softphone.presence,
                state: s.softphone.state === null ? null : formatState(s.softphone.state),
                product: this.bridge?.softphone
                    ? `${this.bridge.softphone.vendor} ${this.bridge.softphone.product}`
                    : null,
                onInteraction
            },
            held: s.held === null ? null : s.held.kind === 'offline' ? 'offline' : s.held.status,
            diagnostics,
            decisions: this.audit.latest(this.options.recentDecisions ?? 20),
            rejectedMessages: stats.dropped,
            rejectedByReason: { ...stats.byReason },
            updatedAt: this.clock.now()
        };
    }

    // ─── Roles (B18) ───────────────────────────────────────────────────────────────────

    private changeRole(role: 'starting' | 'driver' | 'follower'): void {
        if (this.currentRole === 'stopped') return;
        const previous = this.currentRole;
        this.currentRole = role;
        if (role === 'driver' && previous !== 'driver') this.startDriving();
        if (role !== 'driver' && previous === 'driver') {
            this.persist();
            this.stopDriving();
        }
        this.publish();
    }

    private startDriving(): void {
        const saved = this.load();
        this.state = (saved ? resumeState(saved.state) : null) ?? initialState();
        if (saved) this.audit.restore(saved.audit);
        this.bridge = this.options.createBridge(
            {
                onInput: (input) => {
                    if (this.currentRole === 'driver') this.step(input);
                },
                onResult: (result) => {
                    if (this.currentRole === 'driver')
                        this.step({ kind: 'result', commandId: result.commandId, ok: result.ok, error: result.error });
                },
                onStatus: (status) => {
                    this.bridgeStatus = status;
                    this.publish();
                },
                onDrop: () => {
                    this.flushSoon(DROP_FLUSH_DELAY_MS);
                }
            },
            this.settings
        );
        this.bridgeStatus = this.bridge === null ? 'none' : this.bridge.currentStatus;
        this.bridge?.start();
        this.readOmni(3);
    }

    private stopDriving(): void {
        this.bridge?.stop();
        this.bridge = null;
        this.bridgeStatus = 'none';
        this.clock.clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
        this.wakeAt = null;
        this.queue.length = 0;
    }

    // ─── The engine ───────────────────────────────────────────────────────────────────

    private step(input: EngineInput): void {
        const result = this.engine.step(this.state, input, this.clock.now());
        this.state = result.state;
        this.audit.add(result.decisions);
        for (const command of result.commands) this.execute(command);
        this.schedule(result.wakeAt);
        this.flushSoon(FLUSH_DELAY_MS);
    }

    private execute(command: Command): void {
        if (command.side === 'softphone') {
            if (this.bridge === null) {
                this.clock.setTimeout(() => {
                    this.step({ kind: 'result', commandId: command.id, ok: false, error: 'no softphone configured' });
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

    // ─── The toolkit: one call in flight at a time ─────────────────────────────────────

    private enqueue(job: ToolkitJob): void {
        this.queue.push(job);
        this.pump();
    }

    private pump(): void {
        if (this.callInFlight) return;
        const job = this.queue.shift();
        if (job === undefined) return;
        this.callInFlight = true;
        let settled = false;
        const finish = (ok: boolean, value: unknown) => {
            if (settled) return;
            settled = true;
            this.clock.clearTimeout(timer);
            this.callInFlight = false;
            if (job.done) job.done(ok, value);
            else if (job.commandId !== null && this.currentRole === 'driver') {
                this.step({ kind: 'result', commandId: job.commandId, ok, error: ok ? null : errorText(value) });
            }
            this.pump();
        };
        const timer = this.clock.setTimeout(() => {
            finish(false, new Error(`the Omni-Channel toolkit did not answer ${job.method} in time`));
        }, this.settings.commandTimeoutMs);
        let call: Promise<unknown>;
        try {
            call = this.options.toolkit.call(job.method, job.args);
        } catch (error) {
            call = Promise.reject(error instanceof Error ? error : new Error(errorText(error)));
        }
        call.then(
            (value) => {
                finish(true, value);
            },
            (error: unknown) => {
                finish(false, error);
            }
        );
    }

    private callToolkit(method: string): Promise<{ ok: boolean; value: unknown }> {
        return new Promise((resolve) => {
            this.enqueue({
                method,
                args: {},
                commandId: null,
                done: (ok, value) => {
                    resolve({ ok, value });
                }
            });
        });
    }

    /** B15: read Omni once; if Omni events arrived meanwhile, the read may be stale: read again. */
    private readOmni(attempts: number): void {
        const seenBefore = this.omniEventsSeen;
        void (async () => {
            const status = await this.callToolkit('getServicePresenceStatusId');
            const statusValue =
                status.ok && typeof status.value === 'object' && status.value !== null
                    ? (status.value as Record<string, unknown>)
                    : null;
            const statusId =
                typeof statusValue?.statusId === 'string' && statusValue.statusId !== '' ? statusValue.statusId : null;
            const loggedIn = statusId !== null;
            const works = loggedIn ? await this.callToolkit('getAgentWorks') : null;
            const workload = loggedIn ? await this.callToolkit('getAgentWorkload') : null;
            if (this.currentRole !== 'driver') return;
            if (this.omniEventsSeen !== seenBefore && attempts > 1) {
                this.readOmni(attempts - 1);
                return;
            }
            this.step({
                kind: 'omni',
                event: 'snapshot',
                loggedIn,
                statusId,
                statusApiName: typeof statusValue?.statusApiName === 'string' ? statusValue.statusApiName : null,
                works: works?.ok ? worksOf(works.value) : [],
                workload: workload?.ok ? workloadOf(workload.value) : null
            });
        })();
    }

    // ─── Persistence and display ──────────────────────────────────────────────────────

    private load(): { state: unknown; audit: unknown } | null {
        const storage = this.options.storage;
        if (!storage) return null;
        try {
            const raw = storage.getItem(this.storageKey);
            if (raw === null) return null;
            const saved = JSON.parse(raw) as { version?: unknown; savedAt?: unknown; state?: unknown; audit?: unknown };
            if (saved.version !== STORAGE_VERSION || typeof saved.savedAt !== 'number') return null;
            if (this.clock.now() - saved.savedAt > MAX_SAVED_AGE_MS) return null;
            return { state: saved.state, audit: saved.audit };
        } catch {
            return null;
        }
    }

    private persist(): void {
        const storage = this.options.storage;
        if (!storage || this.currentRole !== 'driver') return;
        try {
            storage.setItem(
                this.storageKey,
                JSON.stringify({
                    version: STORAGE_VERSION,
                    savedAt: this.clock.now(),
                    state: this.state,
                    audit: this.audit.all()
                })
            );
        } catch {
            // Storage full or blocked: the sync still works, it just will not survive a reload.
        }
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
            this.persist();
            this.publish();
        }, delayMs);
    }

    private publish(): void {
        const view = this.view();
        if (this.currentRole === 'driver') this.coordinator.publishView(view);
        this.options.onView(view);
    }
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
    return 'the call failed';
}

export function healthOf(diagnostics: readonly Diagnostic[], bridge: BridgeStatus | 'none', role: Role): Health {
    if (role === 'follower') return 'ok';
    if (diagnostics.some((d) => d.severity === 'error' && d.code !== 'config')) return 'error';
    if (bridge === 'rejected') return 'error';
    if (diagnostics.some((d) => d.severity !== 'info') || bridge === 'connecting' || bridge === 'none')
        return 'attention';
    return 'ok';
}

function isView(value: unknown): value is SyncView {
    return (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as SyncView).health === 'string' &&
        typeof (value as SyncView).omni === 'object' &&
        typeof (value as SyncView).softphone === 'object' &&
        Array.isArray((value as SyncView).diagnostics) &&
        Array.isArray((value as SyncView).decisions)
    );
}
