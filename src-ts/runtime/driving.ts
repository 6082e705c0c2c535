/**
 * The driving tab's engine loop (B18): the engine, its state and settings, and what this tab does
 * while it drives: resume the saved state, step the engine with Omni-Channel's events, the
 * softphone's messages, command results and wake-ups, and carry out its commands (Omni commands
 * through the toolkit call queue, softphone commands through the softphone link), after the Omni
 * start-up read (B15). Owns the driving turn (late answers of an earlier turn are dropped) and the
 * engine's wake-up timer; the runtime owns the role, the view and when to save and show.
 */
import type { Clock } from '../bridge/endpoint';
import { createEngine, initialState, type Engine } from '../engine/engine';
import { omniSessionMovedToAnotherTab } from '../engine/handover';
import type { Command, EngineInput, EngineState } from '../engine/types';
import type { SyncConfigurationInput, SyncSettings } from '../mapping/types';
import type { AuditLog } from './audit';
import type { RuntimeFailure } from './command-failures';
import { OmniStartupRead } from './omni-startup-read';
import type { Outcomes } from './outcomes';
import type { SavedStateStore } from './saved-state-store';
import { SoftphoneLink, type SoftphoneLinkHost } from './softphone-link';
import {
    callToolkit,
    errorText,
    toolkitJob,
    ToolkitQueue,
    type ToolkitAnswer,
    type ToolkitPort
} from './toolkit-queue';

/** How soon after a change the state is saved and the panel updated. */
export const FLUSH_DELAY_MS = 25;
/** How soon after a dropped message the panel's count is updated (a flood updates it once). */
const DROP_FLUSH_DELAY_MS = 250;

/** What driving needs of the runtime: the clock, the toolkit, the softphone's frame, the audit and the runtime's hooks. */
export interface DrivingHost extends Omit<SoftphoneLinkHost, 'saveUrl' | 'changed'> {
    clock: Clock;
    toolkit: ToolkitPort;
    audit: AuditLog;
    store: SavedStateStore;
    outcomes: Outcomes;
    /** Whether this tab drives now (its role), and whether its configuration is in. */
    driving(): boolean;
    configured(): boolean;
    /** The Omni session moved to another tab of this browser: tell the other tabs (B18, B5). */
    omniMoved(): void;
    /** Saves and shows after `delayMs` (monotonic), once per burst. */
    flushSoon(delayMs: number): void;
    /** Shows the view now (the softphone link's status changed). */
    publish(): void;
}

/** The engine of a configuration, or until configured, the package's defaults', which nothing acts on (no driving, no view). */
export function engineOf(configuration: SyncConfigurationInput | undefined): Engine {
    return createEngine(configuration ?? { mappings: [], settings: null, statuses: [] });
}

/** The engine and the driving tab's loop: see the module comment. */
export class Driving {
    engine: Engine;
    settings: SyncSettings;
    state: EngineState = initialState();
    readonly link: SoftphoneLink;
    readonly omniRead: OmniStartupRead;
    /** Bumped whenever this tab starts or stops driving: late answers of an earlier turn are dropped. */
    private turn = 0;
    private wakeTimer: unknown = null;
    private wakeAt: number | null = null;
    private readonly queue: ToolkitQueue;
    /** What the last save that succeeded stored: the state, the audit's newest entry, whether the stored log was unread. */
    private lastSaved: { state: EngineState; auditSeq: number; ringUnread: boolean } | null = null;

    /** `engine`: the one the configuration made, or (until `configure()`) the package's defaults' (see `engineOf`). */
    constructor(
        private readonly host: DrivingHost,
        engine: Engine
    ) {
        this.engine = engine;
        this.settings = engine.mapping(this.state).settings;
        this.link = new SoftphoneLink({
            ...host,
            saveUrl: (url) => {
                host.store.saveSoftphoneUrl(url);
            },
            changed: () => {
                host.publish();
            }
        });
        const read = (method: string, args: Record<string, unknown> = {}) => this.read(method, args);
        this.queue = new ToolkitQueue({
            call: read,
            turn: () => this.turn,
            onAnswer: (job, { ok, value }, turn) => {
                if (job.commandId !== null && this.isTurn(turn))
                    this.step({ kind: 'result', commandId: job.commandId, ok, error: ok ? null : errorText(value) });
            }
        });
        this.omniRead = new OmniStartupRead({
            clock: host.clock,
            read,
            turn: () => this.turn,
            isTurn: (turn) => this.isTurn(turn),
            state: () => this.state,
            step: (input) => {
                this.step(input);
            },
            note: (...args) => {
                host.outcomes.note(...args);
            },
            flushSoon: () => {
                host.flushSoon(FLUSH_DELAY_MS);
            }
        });
    }

    /** The configuration as Apex serves it: the engine and settings it makes. */
    configure(configuration: SyncConfigurationInput): void {
        this.engine = createEngine(configuration);
        this.settings = this.engine.mapping(this.state).settings;
    }

    /** This tab starts to drive, configured: the saved state, the softphone link and the Omni start-up read. */
    start(): void {
        const host = this.host;
        const turn = ++this.turn;
        this.state = host.store.resume(host.audit);
        // Kept across the restore: how this tab came to drive, and that the tabs cannot coordinate.
        host.audit.add(host.outcomes.takeNotesWhileFollowing());
        this.link.connect(this.settings, {
            current: () => this.isTurn(turn),
            onInput: (input) => {
                this.step(input);
            },
            onResult: (result) => {
                this.step({ kind: 'result', commandId: result.commandId, ok: result.ok, error: result.error });
            },
            onDrop: () => {
                host.flushSoon(DROP_FLUSH_DELAY_MS);
            }
        });
        this.omniRead.begin();
    }

    /** This tab stops driving: the link, the wake-up, the start-up read and the calls not sent yet end. */
    stop(): void {
        this.turn++;
        this.link.disconnect();
        this.host.clock.clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
        this.wakeAt = null;
        this.omniRead.stop();
        this.queue.clear();
    }

    /**
     * One engine step: its commands carried out first (the softphone's posted, the toolkit's called: what the
     * agent waits for), then, in the same task, its decisions audited, the state saved at once where the engine
     * says so, its wake-up set and the save and view scheduled. Nothing of it waits for a later task, so a reload
     * finds what it found before; the command just no longer waits for the audit's copies and the storage write.
     */
    step(input: EngineInput): void {
        // An input that comes while a step carries out its commands (a console telling an event inside the call)
        // is stepped after it, so the audit and the wake-up keep the engine's order.
        this.waiting.push(input);
        if (this.stepping) return;
        this.stepping = true;
        try {
            for (let next = this.waiting.shift(); next !== undefined; next = this.waiting.shift()) this.stepOne(next);
        } finally {
            this.stepping = false;
        }
    }

    /** Whether a step is under way; `waiting`: the inputs told meanwhile, stepped after it in order. */
    private stepping = false;
    private readonly waiting: EngineInput[] = [];

    /** One input through the engine (step): commands, audit, save at once, wake-up, save and view scheduled. */
    private stepOne(input: EngineInput): void {
        const host = this.host;
        const result = this.engine.step(this.state, input, host.clock.now());
        this.state = result.state;
        // An answer told while a command goes out waits in `waiting` (step), so the audit's order is the engine's.
        for (const command of result.commands) this.execute(command);
        host.outcomes.add(result.decisions);
        // The engine says which steps are saved at once, not after the save delay (a standing logout, a
        // person's Omni choice): a reload in between must not forget them (src-ts/engine/save-at-once.ts).
        // Their decisions are in the audit by now, so they are saved with them.
        if (result.saveAtOnce) this.saveNow();
        this.schedule(result.wakeAt);
        // The engine's handover rule: the Omni session moved to another tab of this browser (B18, B5).
        if (omniSessionMovedToAnotherTab(input) && host.driving()) host.omniMoved();
        host.flushSoon(FLUSH_DELAY_MS);
    }

    /** One toolkit call with the command timeout (monotonic ms); never rejects. */
    read(method: string, args: Record<string, unknown> = {}): Promise<ToolkitAnswer> {
        return callToolkit(this.host.toolkit, this.host.clock, this.settings.commandTimeoutMs, method, args);
    }

    /**
     * Saves the state (only a configured driver does: before its configuration it has loaded none to save over).
     * Not again when nothing changed since the last save succeeded (the save delay after a step saved at once):
     * the same state, no new decisions, the stored log's reading not done since.
     */
    persist(final = false): void {
        const host = this.host;
        if (!host.driving() || !host.configured()) return;
        const last = this.lastSaved;
        const unchanged =
            last !== null &&
            last.state === this.state &&
            last.auditSeq === host.audit.lastSeq &&
            last.ringUnread === host.store.ringUnread;
        if (unchanged && !final) return;
        host.store.save(this.state, host.audit, final);
        this.savedNow();
    }

    /** The logout marker and the state, saved at once: the engine said this step's state must be (`saveAtOnce`). */
    private saveNow(): void {
        const host = this.host;
        if (!host.driving() || !host.configured()) return;
        host.store.saveLogout(this.state.omni.logoutStands === true, this.state, host.audit);
        this.savedNow();
    }

    /** Notes what a save just stored, if it succeeded; a failed one is tried again at the next save. */
    private savedNow(): void {
        const store = this.host.store;
        this.lastSaved =
            store.problem === null
                ? { state: this.state, auditSeq: this.host.audit.lastSeq, ringUnread: store.ringUnread }
                : null;
    }

    private isTurn(turn: number): boolean {
        return this.host.driving() && turn === this.turn;
    }

    private execute(command: Command): void {
        if (command.side === 'omni') {
            this.queue.enqueue(toolkitJob(command));
            return;
        }
        const bridge = this.link.bridge;
        if (bridge !== null) {
            bridge.send(command);
            return;
        }
        const turn = this.turn;
        const failure: RuntimeFailure = 'no-softphone-configured';
        this.host.clock.setTimeout(() => {
            if (this.isTurn(turn)) this.step({ kind: 'result', commandId: command.id, ok: false, error: failure });
        }, 0);
    }

    private schedule(wakeAt: number | null): void {
        const clock = this.host.clock;
        if (wakeAt === this.wakeAt) return;
        clock.clearTimeout(this.wakeTimer);
        this.wakeTimer = null;
        this.wakeAt = wakeAt;
        if (wakeAt === null) return;
        this.wakeTimer = clock.setTimeout(
            () => {
                this.wakeTimer = null;
                this.wakeAt = null;
                if (this.host.driving()) this.step({ kind: 'tick' });
            },
            Math.max(0, wakeAt - clock.now())
        );
    }
}
