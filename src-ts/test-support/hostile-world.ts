/**
 * A hostile world for the agent's-side properties (src-ts/engine/agent-invariants.properties.test.ts
 * and scripts/soak.mjs): Omni-Channel and a softphone with their own truth, the people who act on
 * them (the agent by hand on either side, a supervisor, Omni-Channel itself, maintenance, a second
 * session that takes over), and the engine's commands landing late, failing, timing out and landing
 * later, duplicated, reordered, or landing from the page before a console reload.
 *
 * The world keeps its own ground truth of who did what: every change a person or the platform made
 * (a "choice"), every landing of a command of the sync, and every echo it emitted. The checks below
 * judge the engine's commands against that truth only, never against the engine's own idea of whose
 * change an event was.
 */
import { createEngine, heldChange, initialState, resumeState, shiftStateTimes, type Engine } from '../engine/engine';
import { isPresenceCommand, type Command, type EngineInput, type EngineState } from '../engine/types';
import type { SoftphoneState } from '../mapping/types';
import { omniEcho, softphoneEcho } from '../scenario/echoes';
import { agree, omniToSoftphone, sameState, softphoneToOmni, type HostileConfig } from './hostile-mapping';

/** Something a person, the platform or the page does. `pick` chooses among what is possible then. */
export type HostileAction =
    /** The agent picks a status in the Omni-Channel widget (`withReason`: the event carries OmniManualStatusChange). */
    | { kind: 'agentOmniStatus'; pick: number; withReason: boolean }
    /** A supervisor changes the agent's status (OmniSupervisorStatusChange). */
    | { kind: 'supervisorStatus'; pick: number }
    /** Omni-Channel changes it (push time-out, decline). */
    | { kind: 'platformStatus'; pick: number }
    /** The agent logs out of Omni-Channel by hand (no reason). */
    | { kind: 'agentOmniLogout' }
    | { kind: 'supervisorLogout' }
    | { kind: 'maintenanceLogout' }
    /** The same user opens Omni-Channel elsewhere (DuplicateLogin, DuplicateLoginInSameBrowser). */
    | { kind: 'handover'; pick: number }
    /** The agent logs in to Omni-Channel by hand in this tab. */
    | { kind: 'agentOmniLogin'; pick: number }
    /** The agent picks a state in the softphone. */
    | { kind: 'softphonePick'; pick: number }
    | { kind: 'softphoneLogin'; pick: number }
    | { kind: 'softphoneLogout' }
    /** A call: offered and answered, then wrap, then ended with the softphone back in a state the contact centre picks. */
    | { kind: 'call'; pick: number }
    /** The call in progress ends and the next is offered at once. */
    | { kind: 'backToBack'; pick: number }
    /** The softphone frame reloads; with an odd pick, a call ends while it is away. */
    | { kind: 'frameReload'; pick: number }
    /**
     * The console reloads: the saved state resumes on a new page after `gapMs`, on a clock of another
     * origin. `stale` > 0: the last saves failed (storage full, or the reload came within the save
     * delay), so the state saved `stale` steps before resumes. The old page's Omni calls that had not
     * landed still land (their plan says whether); the new page never gets their results.
     */
    | { kind: 'consoleReload'; gapMs: number; origin: number; stale: number; callEnds: boolean }
    /** The last Omni event arrives a second time. */
    | { kind: 'duplicateOmniEvent' }
    | { kind: 'advance'; ms: number };

/** How the world answers one command. Delays count actions. */
export interface AnswerPlan {
    /** Actions until the command lands (or fails). */
    delay: number;
    /** `timeout`: the runtime's time-out fails it, and it may land later; `lost`: it times out and never lands. */
    outcome: 'ok' | 'fail' | 'timeout' | 'lost';
    /** For a timeout: actions between the timeout's failure and the landing (-1: it never lands). */
    lateBy: number;
    /** The result arrives before the echo. */
    resultFirst: boolean;
    /** The result arrives this many actions after the landing (other events come first). */
    resultLag: number;
    duplicateEcho: boolean;
    duplicateResult: boolean;
    /** An Omni call of a page that reloads still lands. */
    survivesReload: boolean;
}

type OmniTruth = { online: false } | { online: true; status: string };
type SoftphoneTruth = { loggedIn: false } | { loggedIn: true; state: SoftphoneState };

/** A property of the issue's list (a … e) that a run broke, with what happened. */
export interface Violation {
    property: 'a' | 'b' | 'c' | 'd' | 'e';
    message: string;
}

interface Scheduled {
    due: number;
    order: number;
    page: number;
    side: 'omni' | 'softphone';
    /** A landing that outlives its page when the console reloads (an Omni call already sent). */
    survives: boolean;
    /** The command whose landing this is, if it is one. */
    commandId: string | null;
    run: () => void;
}

interface Issued {
    command: Command;
    /** The world's choice counter when the engine issued it. */
    choiceAt: number;
    page: number;
    /** The world's wall clock when it was issued. */
    issuedAt: number;
}

/**
 * How late an Omni call of the sync may land and still be the engine's to recognise (issue 19: "by the
 * commands in flight, timed out or failed within an echo window"): the runtime's command time-out
 * (10 s) and the echo window (5 s). A later landing reads as anyone's toolkit call (OmniToolkitStatusChange).
 */
/** HOSTILE_TRACE=1 adds the engine's decisions to the story (for reading a failing case). */
const TRACE = process.env.HOSTILE_TRACE !== undefined;

export const RECOGNISABLE_LANDING_MS = 15_000;

/**
 * How long a call of the sync that has not landed (it failed or timed out, or its page reloaded) may still
 * be taken for the author of an Omni event that carries no reason and names its status: such an event is
 * ambiguous for that long, and nothing of it is demanded as a person's. Five minutes, the longest echo
 * window a design may choose (the engine claims late echoes for five minutes).
 */
export const AMBIGUOUS_WINDOW_MS = 5 * 60_000;

type LogoutKind = 'agent' | 'supervisor' | 'maintenance' | 'handover' | 'ambiguous';

const HANDOVER_REASONS = ['DuplicateLogin', 'DuplicateLoginInSameBrowser'];
const PLATFORM_REASONS = ['OmniPushTimeout', 'OmniDeclineWork'];
/** Notices that tell the agent why a side was not changed (C3), by situation. */
const OFFLINE_EXPLAINED = [
    'omni-handover',
    'omni-maintenance',
    'omni-supervisor-logout',
    'omni-stays-offline',
    'command-failed',
    'no-login-status'
];
const MISMATCH_EXPLAINED = ['command-failed', 'unmapped-state', 'unmapped-status', 'reserved-target'];
const DROP_OUTCOMES = ['drop-held', 'held-expired', 'held-failed', 'gave-up'];
/** Notices that tell the agent a held change was not applied. */
const DROP_NOTICES = ['held-dropped', 'command-failed'];

const fmtState = (s: SoftphoneState) => (s.minor === null ? s.major : `${s.major} / ${s.minor}`);
const fmtOmni = (o: OmniTruth) => (o.online ? o.status : 'offline');
const fmtSoftphone = (s: SoftphoneTruth) => (s.loggedIn ? fmtState(s.state) : 'logged out');

/** Short text of a command, for the story of a run. */
export function describeCommand(c: Command): string {
    if (c.side === 'omni') {
        if (c.method === 'login' || c.method === 'setServicePresenceStatus')
            return `${c.method} ${c.status} [${c.rule}]`;
        return `${c.method} [${c.rule}]`;
    }
    if (c.type === 'setState') return `softphone setState ${fmtState(c.state)} [${c.rule}]`;
    return `softphone ${c.type} [${c.rule}]`;
}

/**
 * The world. `act` plays one action and delivers what is due after it; `drain` lets everything under
 * way land and time run until the engine is quiet; `checkAtRest` then judges the sides. Violations
 * found while running (a command that undid a choice, an echo followed) are in `violations`.
 */
export class HostileWorld {
    readonly engine: Engine;
    state: EngineState = initialState();
    now = 0;
    /** Wall-clock milliseconds since the world began (it runs on across reloads, unlike `now`). */
    wall = 0;
    omni: OmniTruth;
    softphone: SoftphoneTruth;
    interactions: { id: string; phase: 'talk' | 'wrap' }[] = [];
    readonly violations: Violation[] = [];
    /** What happened, in order: actions, events, commands, landings (the counterexample's story). */
    readonly story: string[] = [];
    /** Every decision outcome the engine recorded, with the choice counter at the time. */
    private readonly outcomes: { choiceAt: number; rule: string; outcome: string }[] = [];
    private scheduled: Scheduled[] = [];
    private order = 0;
    private actionCount = 0;
    private page = 1;
    private callSeq = 0;
    private readonly issued = new Map<string, Issued>();
    /** Calls of the sync a person's event was indistinguishable from (the same status, no reason). */
    private readonly twins = new Set<string>();
    /** Commands that landed. (A call that failed or timed out may still have been carried out, for all the engine knows.) */
    private readonly landed = new Set<string>();
    /**
     * Engine states after each step (the last few), for a reload after failed saves. `atOnce`: the runtime
     * saves this step at once, not after its save delay (src-ts/runtime/driving.ts: a logout comes to stand
     * or stops standing, or its undo starts), so a reload within the save delay keeps it
     * (src-ts/runtime/issue19-storage.test.ts). Storage too full for the whole state is not staged for
     * these steps: there the runtime's small logout marker keeps the logout, judged by the runtime's tests.
     */
    private saves: { state: EngineState; choiceAt: number; atOnce: boolean }[] = [];
    private lastOmniEvent: EngineInput | null = null;

    // ─── Ground truth of choices ──────────────────────────────────────────────────────
    /** Counts every change a person or the platform made, on either side. */
    choiceSeq = 0;
    /** The agent's own Omni status or login, while it is the latest choice. */
    omniPick: { status: string; seq: number; unsaved?: boolean } | null = null;
    /** The agent's own softphone state, while it is the latest choice. */
    softphonePick: { state: SoftphoneState; seq: number } | null = null;
    /** A logout by the agent, a supervisor, maintenance or a handover, until the agent asks to be online. */
    logoutStands: { seq: number; kind: LogoutKind } | null = null;
    /** The latest Omni change made during an interaction (B11), `due` once every interaction ended. */
    held: { value: string; logout: LogoutKind | null; seq: number; due: boolean } | null = null;
    /** The last held change whose interactions ended, and the choice counter then (whatever became of it since). */
    heldDue: { value: string; seq: number } | null = null;
    /** The latest Omni logout was the agent's, while a logout of the sync was under way. */
    ambiguousLogout = false;
    /** Since the softphone last logged out, the agent logged in to Omni by hand (or changed it). */
    omniByHandSinceSoftphoneLogout = false;

    constructor(
        readonly config: HostileConfig,
        private readonly plans: (command: Command) => AnswerPlan,
        start: { omniOnline: boolean; softphoneState: number }
    ) {
        this.engine = createEngine({ mappings: config.mappings, settings: config.settings, statuses: config.statuses });
        const states = this.agentStates();
        const first = states[start.softphoneState % states.length] ?? { major: 'Ready', minor: null };
        this.softphone = { loggedIn: true, state: first };
        const status = softphoneToOmni(config, first);
        const fallback = config.statuses[0]?.developerName ?? 'Available';
        this.omni = start.omniOnline
            ? { online: true, status: status !== null && status !== 'offline' ? status : fallback }
            : { online: false };
    }

    private agentStates(): SoftphoneState[] {
        return this.config.catalogue
            .filter((e) => e.reserved !== true)
            .map((e) => ({ major: e.major, minor: e.minor ?? null }));
    }

    private reservedStates(): SoftphoneState[] {
        const reserved = this.config.catalogue.filter((e) => e.reserved === true);
        const busy = reserved[0] ?? { major: 'Busy' };
        const wrap = reserved[reserved.length - 1] ?? busy;
        return [
            { major: busy.major, minor: null },
            { major: wrap.major, minor: null }
        ];
    }

    private holds(): boolean {
        return this.config.settings.Hold_During_Interaction__c !== false;
    }

    // ─── Engine steps ──────────────────────────────────────────────────────────────────

    /** Delivers one input; `echo` names the landed command this event is the echo of. */
    private deliver(input: EngineInput, label: string, echo: Command | null = null): Command[] {
        const result = this.engine.step(this.state, input, this.now);
        const undoing = (st: EngineState) => st.omni.logoutStands === true && st.omni.presence === 'online';
        const atOnce =
            (this.state.omni.logoutStands === true) !== (result.state.omni.logoutStands === true) ||
            (undoing(result.state) && !undoing(this.state));
        this.state = result.state;
        this.saves.push({ state: result.state, choiceAt: this.choiceSeq, atOnce });
        if (this.saves.length > 6) this.saves.shift();
        for (const d of result.decisions)
            this.outcomes.push({ choiceAt: this.choiceSeq, rule: d.rule, outcome: d.outcome });
        const sent = result.commands.map(describeCommand);
        this.story.push(`${label}${sent.length > 0 ? `  → ${sent.join(', ')}` : ''}`);
        if (TRACE)
            for (const d of result.decisions) this.story.push(`      · ${d.rule} ${d.outcome} ${d.detailKey ?? ''}`);
        if (input.kind === 'omni') this.lastOmniEvent = input;
        if (echo !== null) {
            // (d) an echo of the sync's own command is not a change of a person: nothing follows it on the other side.
            const across = result.commands.filter((c) => isPresenceCommand(c) && c.side !== echo.side);
            if (across.length > 0)
                this.violate(
                    'd',
                    `the echo of "${describeCommand(echo)}" was followed on the other side: ${across.map(describeCommand).join(', ')}`
                );
        }
        for (const command of result.commands) {
            this.issued.set(command.id, { command, choiceAt: this.choiceSeq, page: this.page, issuedAt: this.wall });
            this.schedule(command);
        }
        return result.commands;
    }

    private violate(property: Violation['property'], message: string): void {
        this.violations.push({ property, message });
        this.story.push(`    ✗ (${property}) ${message}`);
    }

    private at(
        due: number,
        side: 'omni' | 'softphone',
        run: () => void,
        page = this.page,
        survives = false,
        commandId: string | null = null
    ): void {
        this.scheduled.push({ due, order: this.order++, page, side, survives, commandId, run });
    }

    private schedule(command: Command): void {
        const plan = this.plans(command);
        const page = this.page;
        const due = this.actionCount + plan.delay;
        const result = (ok: boolean, error: string | null, lag: number) => {
            const deliverIt = () => {
                if (this.page !== page) return; // the page that waited for it is gone
                this.deliver(
                    { kind: 'result', commandId: command.id, ok, error },
                    `result of ${describeCommand(command)}: ${ok ? 'ok' : (error ?? 'failed')}`
                );
            };
            const times = plan.duplicateResult ? 2 : 1;
            for (let i = 0; i < times; i++) {
                if (lag === 0) deliverIt();
                else this.at(this.actionCount + lag, command.side, deliverIt, page);
            }
        };
        if (plan.outcome === 'fail') {
            this.at(
                due,
                command.side,
                () => {
                    result(false, 'failed', 0);
                },
                page
            );
            return;
        }
        if (plan.outcome === 'timeout' || plan.outcome === 'lost') {
            // The runtime gives up waiting (Command_Timeout_Seconds__c) and says so; the call may still land.
            this.at(
                due,
                command.side,
                () => {
                    result(false, 'timed out', 0);
                },
                page
            );
            if (plan.outcome === 'timeout' && plan.lateBy >= 0)
                this.at(
                    due + plan.lateBy,
                    command.side,
                    () => {
                        this.land(command, plan, () => undefined);
                    },
                    page,
                    plan.survivesReload,
                    command.id
                );
            return;
        }
        this.at(
            due,
            command.side,
            () => {
                this.land(command, plan, (lag) => {
                    result(true, null, lag);
                });
            },
            page,
            plan.survivesReload,
            command.id
        );
    }

    /** The command takes effect on its side; its echo and (`answer`) result follow. */
    private land(command: Command, plan: AnswerPlan, answer: (lag: number) => void): void {
        const info = this.issued.get(command.id);
        this.landed.add(command.id);
        let echo: EngineInput | null = null;
        if (command.side === 'omni') {
            if (command.method === 'logout') {
                if (!this.omni.online) {
                    answer(plan.resultLag);
                    return;
                }
                this.omni = { online: false };
                if (info !== undefined) this.judgeOmniLanding(command, info, true);
                // A logout sent before the agent's pick that lands after it: the logout stands, and only a
                // softphone login may log Omni in again (B16), so the pick is not demanded back at rest.
                if (this.omniPick !== null && info !== undefined && info.choiceAt < this.omniPick.seq) {
                    this.story.push(`  (the agent's ${this.omniPick.status} is gone with a logout sent before it)`);
                    this.omniPick = null;
                }
            } else if (command.method === 'login' || command.method === 'setServicePresenceStatus') {
                const wasOnline = this.omni.online;
                this.omni = { online: true, status: command.status };
                if (info !== undefined) this.judgeOmniLanding(command, info, wasOnline);
                if (command.method === 'login' && !wasOnline && this.logoutStands !== null) {
                    // Its loginSuccess carries no reason: it reads exactly as the agent logging in by hand, which
                    // must stand (issue 19, fault 2). Nothing of it is demanded either way.
                    this.story.push(`  (this login reads as the agent's own login by hand)`);
                    this.logoutStands = null;
                    this.twins.add(command.id);
                }
                const unknownPick =
                    this.omniPick?.unsaved === true && info !== undefined && info.choiceAt < this.omniPick.seq;
                if (unknownPick && this.omniPick !== null && this.omniPick.status !== command.status) {
                    // The pick was lost with a failed save: the engine cannot know it came after this call.
                    this.story.push(
                        `  (the agent's ${this.omniPick.status} was lost with a failed save: not demanded back)`
                    );
                    this.omniPick = null;
                }
                if (this.unrecognisable(command, info)) {
                    // Anyone's toolkit call, for all the engine can know: a person's change made before it is
                    // not demanded back, nor a change held during a call (the engine may hold this one), nor
                    // one whose call has ended (it reads as a newer Omni change, which the softphone follows).
                    this.story.push(`  (it lands too late to be recognised: it reads as anyone's toolkit call)`);
                    this.omniPick = null;
                    this.held = null;
                }
                if (this.twins.has(command.id) && this.omniPick !== null && this.omniPick.status !== command.status) {
                    this.story.push(
                        `  (this call had a twin in a person's event: the agent's ${this.omniPick.status} is not demanded back)`
                    );
                    this.omniPick = null;
                }
            } else {
                answer(plan.resultLag);
                return;
            }
            echo = omniEcho(command);
        } else {
            const talking = this.interactions.some((i) => i.phase === 'talk');
            if (command.type === 'workItem') {
                answer(plan.resultLag);
                return;
            }
            if (talking || !this.softphone.loggedIn) {
                if (this.page === (info?.page ?? this.page))
                    this.deliver(
                        { kind: 'result', commandId: command.id, ok: false, error: 'on a call' },
                        `result of ${describeCommand(command)}: refused`
                    );
                return;
            }
            if (command.type === 'setState') {
                this.softphone = { loggedIn: true, state: command.state };
                if (info !== undefined) this.judgeSoftphoneLanding(command, info);
            } else {
                this.softphone = { loggedIn: false };
                this.interactions = [];
            }
            echo = softphoneEcho(command);
        }
        this.story.push(`  ${describeCommand(command)} lands (page ${info?.page ?? '?'})`);
        if (plan.resultFirst) answer(plan.resultLag);
        if (echo !== null) {
            const times = plan.duplicateEcho ? 2 : 1;
            const judged = this.twins.has(command.id) || this.unrecognisable(command, info) ? null : command;
            for (let i = 0; i < times; i++) this.deliver(echo, `echo of ${describeCommand(command)}`, judged);
        }
        if (!plan.resultFirst) answer(plan.resultLag);
    }

    /** (a) and (b) at the moment a command of the sync lands on Omni. */
    private judgeOmniLanding(command: Command, info: Issued, wasOnline: boolean): void {
        const pick = this.omniPick;
        if (pick !== null && info.choiceAt >= pick.seq && fmtOmni(this.omni) !== pick.status)
            this.violate(
                'a',
                `the agent's own Omni choice ${pick.status} was changed by "${describeCommand(command)}", issued after it with no newer choice`
            );
        const stands = this.logoutStands;
        if (stands !== null && !wasOnline && info.choiceAt >= stands.seq)
            this.violate(
                'b',
                `after the ${stands.kind} logout, "${describeCommand(command)}" brought Omni online though the agent did not ask`
            );
    }

    /** (c) once its interaction ended, a held change is not carried over a state the agent picked since. */
    private judgeSoftphoneLanding(command: Command, info: Issued): void {
        const pick = this.softphonePick;
        const held = this.heldDue;
        if (pick === null || held === null || info.choiceAt < pick.seq || pick.seq < held.seq) return;
        if (!this.softphone.loggedIn || sameState(pick.state, this.softphone.state)) return;
        const target = omniToSoftphone(this.config, held.value);
        if (target !== null && sameState(target, this.softphone.state))
            this.violate(
                'c',
                `the change to ${held.value} held during the call was applied again by "${describeCommand(command)}" over the agent's own ${fmtState(pick.state)}`
            );
    }

    /** A status call of the sync (one of `methods`) for `status` has been sent and has not landed yet. */
    private syncOmniUnderWay(status: string, methods: string[]): boolean {
        const twins = [...this.issued.values()].filter(
            (i) =>
                i.command.side === 'omni' &&
                methods.includes(i.command.method) &&
                'status' in i.command &&
                i.command.status === status &&
                this.mayStillEcho(i)
        );
        // The engine may take the person's event for that call's echo, and the call's own landing, later,
        // for a person's change: neither is judged as the other.
        for (const twin of twins) this.twins.add(twin.command.id);
        return twins.length > 0;
    }

    /** An Omni call of the sync landing later than the engine can be asked to recognise it. */
    /** Calls of an earlier page that the state resumed after a reload does not name (see reload). */
    private readonly unknownToPage = new Set<string>();

    private unrecognisable(command: Command, info: Issued | undefined): boolean {
        if (this.unknownToPage.has(command.id)) return true;
        return command.side === 'omni' && info !== undefined && this.wall - info.issuedAt > RECOGNISABLE_LANDING_MS;
    }

    /** A person's Omni change reads exactly as the echo of a call of the sync: nothing of it is demanded (not even as a held change). */
    private indistinguishable(what: string): void {
        this.held = null;
        this.story.push(`  (${what} reads as the sync's own)`);
    }

    /**
     * For all the engine can know, the call may still land and echo: it has not landed (a failure or a
     * time-out may yet have been carried out, a call of the page before a reload too), and it was sent
     * less than AMBIGUOUS_WINDOW_MS ago.
     */
    private mayStillEcho(issued: Issued): boolean {
        return !this.landed.has(issued.command.id) && this.wall - issued.issuedAt <= AMBIGUOUS_WINDOW_MS;
    }

    /** A logout command of the sync has been sent and may still land (see `mayStillEcho`). */
    private syncLogoutUnderWay(): boolean {
        return [...this.issued.values()].some(
            (i) => i.command.side === 'omni' && i.command.method === 'logout' && this.mayStillEcho(i)
        );
    }

    /** A person or the platform changed a side: the earlier choices are no longer the latest. */
    private choice(): number {
        this.choiceSeq++;
        this.omniPick = null;
        this.softphonePick = null;
        return this.choiceSeq;
    }

    /** A genuine Omni change: during an interaction it is what B11 must hold; otherwise it ends a held change. */
    private omniChoice(value: string, logout: LogoutKind | null): number {
        const seq = this.choice();
        if (this.interactions.length > 0 && this.holds()) this.held = { value, logout, seq, due: false };
        else this.held = null;
        return seq;
    }

    private omniStatusEvent(status: string, reason: string | null, label: string): void {
        const info = this.config.statuses.find((s) => s.developerName === status);
        if (info === undefined) return;
        this.deliver(
            {
                kind: 'omni',
                event: 'statusChanged',
                statusId: info.id,
                statusApiName: info.developerName,
                statusName: info.label,
                reason
            },
            label
        );
    }

    private softphoneEvent(state: SoftphoneState, cause: 'agent' | 'system', label: string): void {
        // The contact centre's own change (a call, wrap, the state after it) is a newer change of the
        // platform: the agent's earlier picks are no longer the latest (a held change lives on, B11).
        if (cause === 'system') this.choice();
        this.softphone = { loggedIn: true, state };
        this.deliver({ kind: 'softphone', event: 'stateChanged', state, cause }, label);
    }

    /** Every interaction ended: a held change is now due. */
    private interactionsEnded(): void {
        if (this.held === null) return;
        this.held.due = true;
        this.heldDue = { value: this.held.value, seq: this.choiceSeq };
    }

    // ─── Console load ──────────────────────────────────────────────────────────────────

    private snapshot(): EngineInput {
        const info = this.omni.online ? this.config.statuses.find((s) => s.developerName === fmtOmni(this.omni)) : null;
        return {
            kind: 'omni',
            event: 'snapshot',
            loggedIn: this.omni.online,
            statusId: info?.id ?? null,
            statusApiName: info?.developerName ?? null,
            works: [],
            workload: { configuredCapacity: 100, currentWorkload: 0 }
        };
    }

    private connected(): EngineInput {
        return {
            kind: 'softphone',
            event: 'connected',
            catalogue: this.config.catalogue,
            capabilities: [],
            loggedIn: this.softphone.loggedIn,
            state: this.softphone.loggedIn ? this.softphone.state : null,
            sinceAgeMs: 0,
            interactions: this.interactions.map((i) => ({ interactionId: i.id, direction: 'inbound' as const }))
        };
    }

    /** The console loads for the first time. */
    start(): void {
        this.story.push(`start: Omni ${fmtOmni(this.omni)}, softphone ${fmtSoftphone(this.softphone)}`);
        this.deliver(this.snapshot(), `Omni read: ${fmtOmni(this.omni)}`);
        this.deliver(this.connected(), `softphone connects: ${fmtSoftphone(this.softphone)}`);
    }

    // ─── Actions ───────────────────────────────────────────────────────────────────────

    act(action: HostileAction): void {
        this.actionCount++;
        this.apply(action);
        this.flushDue();
    }

    private flushDue(): void {
        for (;;) {
            let best: Scheduled | null = null;
            for (const s of this.scheduled)
                if (s.due <= this.actionCount && (best === null || s.order < best.order)) best = s;
            if (best === null) return;
            this.scheduled.splice(this.scheduled.indexOf(best), 1);
            best.run();
        }
    }

    private statusPick(pick: number, except: string | null): string | null {
        const names = this.config.statuses.map((s) => s.developerName).filter((n) => n !== except);
        return names.length === 0 ? null : (names[pick % names.length] ?? null);
    }

    private apply(action: HostileAction): void {
        const current = this.omni.online ? this.omni.status : null;
        switch (action.kind) {
            case 'advance':
                this.now += action.ms;
                this.wall += action.ms;
                this.deliver({ kind: 'tick' }, `${action.ms} ms pass`);
                return;
            case 'agentOmniStatus':
            case 'supervisorStatus':
            case 'platformStatus': {
                if (!this.omni.online) return;
                const status = this.statusPick(action.pick, current);
                if (status === null) return;
                const seq = this.omniChoice(status, null);
                this.omni = { online: true, status };
                this.omniByHandSinceSoftphoneLogout = true;
                if (action.kind === 'agentOmniStatus') {
                    // Without a reason, a pick of the very status a call of the sync is about to set reads as
                    // its echo: nobody can tell them apart, so it is not demanded as the agent's.
                    if (action.withReason || !this.syncOmniUnderWay(status, ['setServicePresenceStatus', 'login']))
                        this.omniPick = { status, seq };
                    else this.indistinguishable(`the agent's ${status}, without a reason`);
                    // Picking a status where Omni shows one (even one a stray command brought back) asks to be online.
                    this.logoutStands = null;
                    this.omniStatusEvent(
                        status,
                        action.withReason ? 'OmniManualStatusChange' : null,
                        `the agent picks ${status} in Omni${action.withReason ? '' : ' (no reason)'}`
                    );
                } else if (action.kind === 'supervisorStatus') {
                    this.omniStatusEvent(status, 'OmniSupervisorStatusChange', `a supervisor sets ${status}`);
                } else {
                    const reason = PLATFORM_REASONS[action.pick % PLATFORM_REASONS.length] ?? null;
                    this.omniStatusEvent(status, reason, `Omni sets ${status} (${reason})`);
                }
                return;
            }
            case 'agentOmniLogout':
            case 'supervisorLogout':
            case 'maintenanceLogout':
            case 'handover': {
                if (!this.omni.online) return;
                const kind: LogoutKind =
                    action.kind === 'agentOmniLogout'
                        ? 'agent'
                        : action.kind === 'supervisorLogout'
                          ? 'supervisor'
                          : action.kind === 'maintenanceLogout'
                            ? 'maintenance'
                            : 'handover';
                const reason =
                    kind === 'agent'
                        ? null
                        : kind === 'supervisor'
                          ? 'OmniSupervisorLogout'
                          : kind === 'maintenance'
                            ? 'MaintenanceLogout'
                            : (HANDOVER_REASONS[(action as { pick: number }).pick % 2] ?? null);
                // The agent's logout (no reason) while a logout of the sync is under way reads exactly as its echo:
                // nobody can tell them apart (docs/behaviour.md, "Every Omni-Channel logout stands"), so B5 may or may not follow.
                const ambiguous = kind === 'agent' && this.syncLogoutUnderWay();
                const seq = this.omniChoice('offline', ambiguous ? 'ambiguous' : kind);
                this.ambiguousLogout = ambiguous;
                this.omni = { online: false };
                this.logoutStands = { seq, kind };
                this.deliver(
                    { kind: 'omni', event: 'logout', reason },
                    `Omni logout (${reason ?? `the agent, no reason`})`
                );
                return;
            }
            case 'agentOmniLogin': {
                if (this.omni.online) return;
                const status = this.statusPick(action.pick, null);
                const info = this.config.statuses.find((s) => s.developerName === status);
                if (status === null || info === undefined) return;
                const seq = this.omniChoice(status, null);
                this.omni = { online: true, status };
                // A login by hand to the very status a login of the sync is about to set reads as its echo.
                if (!this.syncOmniUnderWay(status, ['login'])) this.omniPick = { status, seq };
                else this.indistinguishable(`the agent's login to ${status}`);
                this.logoutStands = null;
                this.omniByHandSinceSoftphoneLogout = true;
                this.deliver(
                    { kind: 'omni', event: 'loginSuccess', statusId: info.id },
                    `the agent logs in to Omni by hand: ${status}`
                );
                return;
            }
            case 'softphonePick': {
                if (!this.softphone.loggedIn || this.interactions.length > 0) return;
                const states = this.agentStates().filter(
                    (s) => !sameState(s, (this.softphone as { state: SoftphoneState }).state)
                );
                const state = states[action.pick % Math.max(1, states.length)];
                if (state === undefined) return;
                const seq = this.choice();
                this.held = null;
                this.softphonePick = { state, seq };
                this.softphoneEvent(state, 'agent', `the agent picks ${fmtState(state)} in the softphone`);
                return;
            }
            case 'softphoneLogin': {
                if (this.softphone.loggedIn) return;
                const states = this.agentStates();
                const state = states[action.pick % Math.max(1, states.length)];
                if (state === undefined) return;
                this.choice();
                this.held = null;
                this.logoutStands = null;
                this.softphone = { loggedIn: true, state };
                this.deliver(
                    { kind: 'softphone', event: 'loggedIn', state },
                    `the agent logs in to the softphone: ${fmtState(state)}`
                );
                return;
            }
            case 'softphoneLogout': {
                if (!this.softphone.loggedIn || this.interactions.length > 0) return;
                this.choice();
                this.held = null;
                this.softphone = { loggedIn: false };
                this.omniByHandSinceSoftphoneLogout = false;
                this.deliver(
                    { kind: 'softphone', event: 'loggedOut', cause: 'agent' },
                    'the agent logs out of the softphone'
                );
                return;
            }
            case 'call': {
                this.call(action.pick);
                return;
            }
            case 'backToBack': {
                if (!this.softphone.loggedIn) return;
                if (this.interactions.length > 0) this.endCall(action.pick, true);
                this.startCall();
                return;
            }
            case 'frameReload': {
                this.scheduled = this.scheduled.filter((s) => s.side !== 'softphone');
                this.deliver(
                    { kind: 'softphone', event: 'disconnected', reason: 'reload' },
                    'the softphone frame reloads'
                );
                if (action.pick % 2 === 1 && this.interactions.length > 0) this.endCallAway(action.pick);
                this.deliver(this.connected(), `softphone connects: ${fmtSoftphone(this.softphone)}`);
                return;
            }
            case 'consoleReload': {
                this.reload(action);
                return;
            }
            case 'duplicateOmniEvent': {
                const last = this.lastOmniEvent;
                if (
                    last === null ||
                    !(last.kind === 'omni' && (last.event === 'logout' || last.event === 'statusChanged'))
                )
                    return;
                // Only a repeat of what Omni really shows now: the same event twice.
                if (last.event === 'logout' && this.omni.online) return;
                if (last.event === 'statusChanged' && fmtOmni(this.omni) !== last.statusApiName) return;
                this.deliver(last, `the same Omni event again (${last.event})`);
                return;
            }
        }
    }

    private startCall(): void {
        const id = `call-${++this.callSeq}`;
        this.interactions = [{ id, phase: 'talk' }];
        this.deliver(
            { kind: 'softphone', event: 'interactionStarted', interactionId: id, direction: 'inbound' },
            `${id} starts`
        );
        // A held change whose call ended is held again for this call (B11, "How long a held change lives"),
        // unless it was applied already: both sides show it. Then it was applied exactly once, and the state
        // the contact centre gives after this call is a newer change, not one the held change must undo.
        if (
            this.held !== null &&
            this.held.due &&
            this.heldApplied(this.held) &&
            (this.omniShows(this.held.value) || this.heldOmniCallUnderWay(this.held.value))
        )
            this.held = null;
        if (this.held !== null) this.held.due = false;
        this.softphoneEvent(this.reservedStates()[0] as SoftphoneState, 'system', `the softphone is on ${id}`);
    }

    /** The call ends; the contact centre puts the agent back in a state of its choice (a system change). */
    private endCall(pick: number, wrapFirst: boolean): void {
        const call = this.interactions[0];
        if (call === undefined) return;
        if (wrapFirst && call.phase === 'talk') {
            this.interactions = [{ ...call, phase: 'wrap' }];
            this.softphoneEvent(this.reservedStates()[1] as SoftphoneState, 'system', `${call.id} in wrap`);
        }
        this.interactions = [];
        this.deliver({ kind: 'softphone', event: 'interactionEnded', interactionId: call.id }, `${call.id} ends`);
        this.interactionsEnded();
        const states = this.agentStates();
        const after = states[pick % Math.max(1, states.length)];
        if (after !== undefined) this.softphoneEvent(after, 'system', `the softphone returns to ${fmtState(after)}`);
    }

    /** The call ends while the page or frame is away: no events, the softphone is just elsewhere. */
    private endCallAway(pick: number): void {
        this.choice();
        this.interactions = [];
        this.interactionsEnded();
        const states = this.agentStates();
        const after = states[pick % Math.max(1, states.length)];
        if (after !== undefined) {
            this.softphone = { loggedIn: true, state: after };
            this.story.push(`  (meanwhile the call ended; the softphone is in ${fmtState(after)})`);
        }
    }

    private call(pick: number): void {
        if (!this.softphone.loggedIn) return;
        const call = this.interactions[0];
        if (call === undefined) {
            this.startCall();
            return;
        }
        if (call.phase === 'talk') {
            this.interactions = [{ ...call, phase: 'wrap' }];
            this.softphoneEvent(this.reservedStates()[1] as SoftphoneState, 'system', `${call.id} in wrap`);
            return;
        }
        this.endCall(pick, false);
    }

    private reload(action: Extract<HostileAction, { kind: 'consoleReload' }>): void {
        const failed = Math.max(0, this.saves.length - 1 - action.stale);
        // A step the runtime saved at once is kept when the later saves failed.
        let index = failed;
        this.saves.forEach((s, i) => {
            if (i > failed && s.atOnce) index = i;
        });
        const save = this.saves[index] ?? { state: this.state, choiceAt: this.choiceSeq };
        const saved = save.state;
        this.forgetUnsaved(save.choiceAt);
        const resumed = resumeState(JSON.parse(JSON.stringify(saved)));
        this.story.push(
            `the console reloads after ${action.gapMs} ms${action.stale > 0 ? ` (the last ${action.stale} saves failed)` : ''}`
        );
        // The old page's softphone messages die with its frame; its Omni calls may still land.
        // Its results never reach the new page.
        const survivors = this.scheduled.filter((s) => s.side === 'omni' && s.survives);
        // A call the resumed state does not name (its saves failed after it was sent) is unknown to the new
        // page: when it lands it reads as anyone's toolkit call, as a call landing too late does.
        const named = JSON.stringify(saved);
        for (const s of survivors)
            if (s.commandId !== null && !named.includes(`"${s.commandId}"`)) this.unknownToPage.add(s.commandId);
        // A call that dies with the page will never land.
        this.scheduled = survivors;
        this.page++;
        this.saves = [];
        if (action.callEnds && this.interactions.length > 0) this.endCallAway(action.origin);
        const origins = [0, 5_000_000_000, this.now + action.gapMs];
        const origin = origins[action.origin % origins.length] ?? 0;
        const shift = origin - (this.now + action.gapMs);
        this.state = resumed === null ? initialState() : shiftStateTimes(resumed, shift);
        this.now = origin;
        this.wall += action.gapMs;
        this.deliver(this.snapshot(), `Omni read: ${fmtOmni(this.omni)}`);
        this.deliver(this.connected(), `softphone connects: ${fmtSoftphone(this.softphone)}`);
    }

    /**
     * A reload resumed a state saved before some choices (its last saves failed): what the engine could
     * not know is not demanded of it. A held change made since is unknown to it; the agent's Omni pick made
     * since is still demanded where the sides agree by the mapping (nothing needs changing), not where
     * they disagree (B15 then brings them together by the authority). A logout made since is not demanded
     * here either: how a standing logout outlives a failed save is the runtime's (it may save it at once,
     * apart from the state), judged by src-ts/runtime/issue19-storage.test.ts.
     */
    private forgetUnsaved(savedAt: number): void {
        if (this.held !== null && this.held.seq > savedAt) this.held = null;
        if (this.heldDue !== null && this.heldDue.seq > savedAt) this.heldDue = null;
        const pick = this.omniPick;
        if (pick !== null && pick.seq > savedAt) {
            const sp = this.softphone;
            if (!sp.loggedIn || !agree(this.config, pick.status, sp.state)) this.omniPick = null;
            else pick.unsaved = true;
        }
        if (this.softphonePick !== null && this.softphonePick.seq > savedAt) this.softphonePick = null;
        if (this.logoutStands !== null && this.logoutStands.seq > savedAt) this.logoutStands = null;
    }

    /** Lets everything under way land, then time pass until the engine is quiet. False if it never is. */
    drain(maxRounds = 200): boolean {
        for (let round = 0; round < maxRounds; round++) {
            if (this.scheduled.length > 0) {
                this.actionCount = Math.max(this.actionCount, Math.min(...this.scheduled.map((s) => s.due)));
                this.flushDue();
                continue;
            }
            this.now += 10_000;
            this.wall += 10_000;
            const commands = this.deliver({ kind: 'tick' }, '10 s pass');
            if (
                commands.length === 0 &&
                this.scheduled.length === 0 &&
                this.state.omni.retry === null &&
                this.state.softphone.retry === null
            )
                return true;
        }
        this.violate('e', `the sync never came to rest (${maxRounds} rounds)`);
        return false;
    }

    private noticeCodes(): string[] {
        return this.state.notices.map((n) => n.code);
    }

    private explained(codes: readonly string[]): boolean {
        return this.noticeCodes().some((code) => codes.includes(code));
    }

    /** Whether the softphone shows a held change: logged out for a held logout that B5 carries over, else the state it maps to. */
    private heldApplied(held: NonNullable<HostileWorld['held']>): boolean {
        const sp = this.softphone;
        if (held.value === 'offline') {
            const b5 = this.config.settings.Logout_Softphone_On_Omni_Logout__c !== false;
            if ((held.logout === 'agent' || held.logout === 'supervisor') && b5) return !sp.loggedIn;
        } else if (omniToSoftphone(this.config, held.value) !== null) {
            return sp.loggedIn && agree(this.config, held.value, sp.state);
        }
        return true;
    }

    /**
     * Whether a call of the sync that sets Omni to a held status is under way (B11's own, or an earlier
     * one the held change found already on its way, B13): the softphone already confirmed the change
     * (the contract keeps a held change until the softphone confirms it), so the next call need not
     * hold it again while Omni's part is still landing.
     */
    private heldOmniCallUnderWay(value: string): boolean {
        return [...this.issued.values()].some(
            (i) =>
                i.command.side === 'omni' && 'status' in i.command && i.command.status === value && this.mayStillEcho(i)
        );
    }

    /** Whether Omni is at `value` (a status, or offline). */
    private omniShows(value: string): boolean {
        return fmtOmni(this.omni) === value;
    }

    /** The checks at rest: (a) the agent's choice stands, (b) a logout stands, (c) a held change was applied or said, (e) the sides agree. */
    checkAtRest(): void {
        const omni = this.omni;
        const sp = this.softphone;
        const failed = this.explained(['command-failed']);
        if (this.omniPick !== null && fmtOmni(omni) !== this.omniPick.status && !failed)
            this.violate('a', `at rest Omni is ${fmtOmni(omni)}, not the agent's own ${this.omniPick.status}`);
        if (this.logoutStands !== null && omni.online && !failed)
            this.violate('b', `at rest Omni is online (${omni.status}) after the ${this.logoutStands.kind} logout`);
        const held = this.held;
        if (held !== null && held.due && this.interactions.length === 0) {
            const said =
                this.outcomes.some((o) => o.choiceAt >= held.seq && DROP_OUTCOMES.includes(o.outcome)) ||
                this.explained(DROP_NOTICES);
            if (!this.heldApplied(held) && !said)
                this.violate(
                    'c',
                    `the change to ${held.value} held during the call was neither applied nor said: the softphone is ${fmtSoftphone(sp)}`
                );
        }
        // (e) the sides agree by the mapping, or the panel says why not.
        // During a call the panel shows the held change (the engine's `heldChange`, C3) or its notice.
        const heldShown =
            this.interactions.length > 0 && (heldChange(this.state) !== null || this.explained(['held-change']));
        if (sp.loggedIn && omni.online) {
            if (!agree(this.config, omni.status, sp.state) && !heldShown && !this.explained(MISMATCH_EXPLAINED))
                this.violate(
                    'e',
                    `at rest Omni ${omni.status} and softphone ${fmtState(sp.state)} disagree, and the panel says nothing`
                );
        } else if (sp.loggedIn && !omni.online) {
            const logsOut = softphoneToOmni(this.config, sp.state) === 'offline';
            if (!logsOut && !heldShown && !this.ambiguousLogout && !this.explained(OFFLINE_EXPLAINED))
                this.violate(
                    'e',
                    `at rest Omni is offline while the softphone is ${fmtState(sp.state)}, and the panel says nothing`
                );
        } else if (!sp.loggedIn && omni.online) {
            const b4 = this.config.settings.Logout_Omni_On_Softphone_Logout__c !== false;
            if (b4 && !this.omniByHandSinceSoftphoneLogout && !failed)
                this.violate(
                    'e',
                    `at rest the softphone is logged out while Omni is ${omni.status}, and the panel says nothing`
                );
        }
    }
}
