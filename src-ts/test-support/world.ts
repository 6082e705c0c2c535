/**
 * A simulated agent world for property tests and the benchmark: Omni-Channel and a softphone
 * with their own true state, agents and systems acting on them, and the engine's commands
 * landing after a delay, answered by a result and an echo event. Every engine step is
 * recorded, with the world's truth at that moment, so invariants can be checked afterwards.
 */
import { createEngine, initialState, resumeState, shiftStateTimes, type Engine } from '../engine/engine';
import { isPresenceCommand, type Command, type Decision, type EngineInput, type EngineState } from '../engine/types';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState } from '../mapping/types';
import { detailTrace } from '../engine/detail-keys';
import { omniEcho, softphoneEcho } from '../scenario/echoes';

/** The configuration of a simulated world: records, statuses and the softphone's catalogue. */
export interface WorldConfiguration {
    mappings: Record<string, unknown>[];
    settings: Record<string, unknown> | null;
    statuses: PresenceStatusInfo[];
    catalogue: CatalogueEntry[];
    capabilities: string[];
}

/** One thing an agent, a supervisor or a system does. `pick` chooses among what is possible then. */
export type WorldAction =
    | { kind: 'omniAgentStatus'; pick: number }
    | { kind: 'omniSystemStatus'; pick: number }
    | { kind: 'omniLogout'; pick: number }
    | { kind: 'omniLogin'; pick: number }
    | { kind: 'omniConnectionError' }
    | { kind: 'omniWork'; pick: number }
    | { kind: 'softphoneAgentState'; pick: number }
    | { kind: 'softphoneCall'; pick: number }
    | { kind: 'softphoneLogin'; pick: number }
    | { kind: 'softphoneLogout' }
    /** The frame reloads; with an odd pick, a call in progress ends meanwhile and the softphone is back in its first state. */
    | { kind: 'softphoneReconnect'; pick?: number }
    /** The call in wrap ends, the softphone reports its first state, and the next call is offered at once. */
    | { kind: 'softphoneBackToBack'; pick: number }
    /**
     * The console reloads: the engine state is saved as JSON and resumed after `gapMs` on a new page
     * whose monotonic clock has another origin (`pick` chooses it: 0, far ahead, or continuing);
     * commands and echoes under way are lost with the page.
     */
    | { kind: 'consoleReload'; gapMs: number; pick: number }
    | { kind: 'advance'; ms: number };

/** How the world answers one command: after how many further actions, whether it fails, and in which order. */
export interface ResponsePlan {
    delay: number;
    fail: boolean;
    echoFirst: boolean;
    /**
     * The command lands, but its result is a failure (the runtime's timeout) and its echo arrives
     * `echoDelay` actions later.
     */
    timeout?: boolean;
    echoDelay?: number;
}

type OmniTruth = { online: false } | { online: true; status: string };
type SoftphoneTruth = { loggedIn: false } | { loggedIn: true; state: SoftphoneState };

interface Pending {
    command: Command;
    plan: ResponsePlan;
    due: number;
    /** A landed command whose echo is still on its way. */
    echo?: EngineInput;
}

/** One input of a simulated run with the commands and decisions it produced. */
export interface StepRecord {
    input: EngineInput;
    commands: Command[];
    decisions: Decision[];
    /** The engine state before and after the step. */
    before: EngineState;
    after: EngineState;
    /** A softphone login (or the start with the softphone logged in) since Omni last went offline. */
    softphoneLoginSinceOmniOffline: boolean;
    /** Truth of each side when the step's commands were issued. */
    omniTruth: OmniTruth;
    softphoneTruth: SoftphoneTruth;
    /** A command of ours to that side had not yet been fully answered (result and echo). */
    omniOutstanding: boolean;
    softphoneOutstanding: boolean;
}

const sameState = (a: SoftphoneState, b: SoftphoneState) =>
    a.major === b.major && (a.minor ?? null) === (b.minor ?? null);

/**
 * Omni-Channel, a softphone and the engine for the property tests: commands land after a planned
 * delay (or fail, time out, echo late) and their echoes come back (src-ts/scenario/echoes.ts);
 * `now` is milliseconds of the engine's monotonic clock.
 */
export class SimulatedWorld {
    readonly engine: Engine;
    state: EngineState = initialState();
    now = 0;
    omni: OmniTruth = { online: true, status: '' };
    softphone: SoftphoneTruth;
    connected = true;
    interactions: { id: string; direction: 'inbound' | 'outbound'; phase: 'talk' | 'wrap' }[] = [];
    works: string[] = [];
    omniError = false;
    readonly records: StepRecord[] = [];
    /** Every input in order, and each console reload (the clock shift applied to the resumed state). */
    readonly inputs: ({ input: EngineInput; now: number } | { reloadShift: number })[] = [];
    /**
     * Since the last logout the sync must respect, the softphone logged in (or Omni came back by the
     * agent's own login): only then may the sync log Omni in (B16).
     */
    softphoneLoginSinceOmniOffline = false;
    private pending: Pending[] = [];
    private actionCount = 0;
    private callSeq = 0;
    private workSeq = 0;
    private readonly agentStates: SoftphoneState[];
    private readonly busyState: SoftphoneState;
    private readonly wrapState: SoftphoneState;

    constructor(
        readonly config: WorldConfiguration,
        private readonly plans: () => ResponsePlan,
        startOnline = true
    ) {
        this.engine = createEngine(config);
        this.agentStates = config.catalogue
            .filter((entry) => entry.reserved !== true)
            .map((entry) => ({ major: entry.major, minor: entry.minor ?? null }));
        const reserved = config.catalogue.filter((entry) => entry.reserved === true);
        this.busyState = { major: reserved[0]?.major ?? 'Busy', minor: null };
        this.wrapState = { major: reserved[1]?.major ?? reserved[0]?.major ?? 'Wrap', minor: null };
        const firstStatus = config.statuses[0]?.developerName ?? 'Available';
        this.omni = startOnline ? { online: true, status: firstStatus } : { online: false };
        this.softphone = { loggedIn: true, state: this.agentStates[0] ?? { major: 'Ready', minor: null } };
        this.softphoneLoginSinceOmniOffline = true;
    }

    /**
     * Omni went offline in the world. A logout the sync must respect (the agent's, a supervisor's,
     * maintenance, a handover) stands until the softphone itself logs in (B15, B16).
     */
    private omniOffline(respected: boolean): void {
        this.omni = { online: false };
        this.works = [];
        if (respected) this.softphoneLoginSinceOmniOffline = false;
    }

    /** Console load: the Omni snapshot and the softphone handshake. */
    start(): void {
        this.deliver(this.omniSnapshot());
        this.deliver(this.connectedInput());
    }

    private omniSnapshot(): EngineInput {
        const status = this.omni.online ? this.statusInfo(this.omni.status) : null;
        return {
            kind: 'omni',
            event: 'snapshot',
            loggedIn: this.omni.online,
            statusId: status?.id ?? null,
            statusApiName: status?.developerName ?? null,
            works: this.works.map((workId) => ({ workId, workItemId: `item-${workId}`, isEngaged: true })),
            workload: { configuredCapacity: 100, currentWorkload: this.works.length * 25 }
        };
    }

    private connectedInput(): EngineInput {
        return {
            kind: 'softphone',
            event: 'connected',
            catalogue: this.config.catalogue,
            capabilities: this.config.capabilities,
            loggedIn: this.softphone.loggedIn,
            state: this.softphone.loggedIn ? this.softphone.state : null,
            since: this.now,
            interactions: this.interactions.map((i) => ({ interactionId: i.id, direction: i.direction }))
        };
    }

    private statusInfo(name: string): PresenceStatusInfo | null {
        return this.config.statuses.find((status) => status.developerName === name) ?? null;
    }

    private outstanding(side: 'omni' | 'softphone'): boolean {
        return this.pending.some((p) => p.command.side === side && isPresenceCommand(p.command));
    }

    /** One engine step, recorded with the truth at that moment; its commands are scheduled. */
    deliver(input: EngineInput): Command[] {
        const omniOutstanding = this.outstanding('omni');
        const softphoneOutstanding = this.outstanding('softphone');
        const before = this.state;
        const result = this.engine.step(this.state, input, this.now);
        this.state = result.state;
        this.inputs.push({ input, now: this.now });
        this.records.push({
            input,
            commands: result.commands,
            decisions: result.decisions,
            before,
            after: result.state,
            softphoneLoginSinceOmniOffline: this.softphoneLoginSinceOmniOffline,
            omniTruth: this.omni,
            softphoneTruth: this.softphone,
            omniOutstanding,
            softphoneOutstanding
        });
        for (const command of result.commands) {
            const plan = this.plans();
            this.pending.push({ command, plan, due: this.actionCount + plan.delay });
        }
        return result.commands;
    }

    /** Lands a command in the world and delivers its result and echo. */
    private land(pending: Pending): void {
        const { command, plan } = pending;
        if (pending.echo !== undefined) {
            this.deliver(pending.echo);
            return;
        }
        // The echo of an earlier command on this side was emitted before this one lands.
        this.flushEchoes(command.side);
        const result = (ok: boolean, error = 'simulated failure'): EngineInput => ({
            kind: 'result',
            commandId: command.id,
            ok,
            error: ok ? null : error
        });
        if (
            plan.fail ||
            (command.side === 'softphone' && !this.connected) ||
            (command.side === 'omni' && this.omniError)
        ) {
            if (command.side === 'softphone' && !this.connected) return; // lost with the frame
            this.deliver(result(false));
            return;
        }
        let echo: EngineInput | null = null;
        if (command.side === 'omni') {
            switch (command.method) {
                case 'login':
                case 'setServicePresenceStatus':
                    this.omni = { online: true, status: command.status };
                    echo = omniEcho(command);
                    break;
                case 'logout':
                    this.omniOffline(false);
                    echo = omniEcho(command);
                    break;
                default:
                    break;
            }
        } else if (command.type === 'setState') {
            // A softphone refuses a state change while the agent talks on a call.
            if (!this.softphone.loggedIn || this.interactions.some((i) => i.phase === 'talk')) {
                this.deliver(result(false, 'on a call'));
                return;
            }
            this.softphone = { loggedIn: true, state: command.state };
            echo = softphoneEcho(command);
        } else if (command.type === 'logout') {
            if (this.interactions.some((i) => i.phase === 'talk')) {
                this.deliver(result(false, 'on a call'));
                return;
            }
            this.softphone = { loggedIn: false };
            this.interactions = [];
            echo = softphoneEcho(command);
        }
        if (plan.timeout === true && isPresenceCommand(command)) {
            // The runtime gave up waiting; the command landed anyway and its echo comes late.
            if (echo !== null)
                this.pending.push({ command, plan, due: this.actionCount + (plan.echoDelay ?? 0), echo });
            this.deliver(result(false, 'timed out'));
            return;
        }
        if (echo !== null && plan.echoFirst) this.deliver(echo);
        this.deliver(result(true));
        if (echo !== null && !plan.echoFirst) this.deliver(echo);
    }

    /** Delivers every response that is due after the current action. */
    private flushDue(): void {
        for (;;) {
            const index = this.pending.findIndex((p) => p.due <= this.actionCount);
            if (index === -1) return;
            const [due] = this.pending.splice(index, 1);
            if (due) this.land(due);
        }
    }

    /** Delivers everything still pending and lets time run until nothing is left: the quiescence check. */
    drain(maxRounds = 200): { rounds: number; commandsAfterInputs: number } {
        let commandsAfterInputs = 0;
        const before = this.records.length;
        for (let round = 0; round < maxRounds; round++) {
            if (this.pending.length > 0) {
                const next = this.pending.shift();
                if (next) this.land(next);
                continue;
            }
            this.now += 10_000;
            const commands = this.deliver({ kind: 'tick' });
            if (
                commands.length === 0 &&
                this.pending.length === 0 &&
                this.state.omni.retry === null &&
                this.state.softphone.retry === null
            ) {
                commandsAfterInputs = this.records.slice(before).reduce((sum, r) => sum + r.commands.length, 0);
                return { rounds: round, commandsAfterInputs };
            }
        }
        const tail = this.records
            .slice(-12)
            .map((r) =>
                r.decisions.map((d) => `${d.input} | [${d.rule}] ${detailTrace(d)} ${d.commands.join(',')}`).join('\n')
            )
            .join('\n');
        throw new Error(
            `the engine did not quiesce within ${maxRounds} rounds after the inputs stopped; last steps:\n${tail}`
        );
    }

    act(action: WorldAction): void {
        this.actionCount++;
        // Each side's events arrive in order: the echo of a command that already landed comes
        // before anything that side does next.
        if (action.kind.startsWith('omni')) this.flushEchoes('omni');
        if (action.kind.startsWith('softphone')) this.flushEchoes('softphone');
        this.apply(action);
        this.flushDue();
    }

    private flushEchoes(side: 'omni' | 'softphone'): void {
        for (;;) {
            const index = this.pending.findIndex((p) => p.echo !== undefined && p.command.side === side);
            if (index === -1) return;
            const [due] = this.pending.splice(index, 1);
            if (due) this.land(due);
        }
    }

    private apply(action: WorldAction): void {
        const statuses = this.config.statuses;
        switch (action.kind) {
            case 'advance':
                this.now += action.ms;
                this.deliver({ kind: 'tick' });
                return;
            case 'omniAgentStatus':
            case 'omniSystemStatus': {
                if (!this.omni.online || this.omniError || statuses.length === 0) return;
                const status = statuses[action.pick % statuses.length];
                if (!status || status.developerName === this.omni.status) return;
                this.omni = { online: true, status: status.developerName };
                const reasons = ['OmniPushTimeout', 'OmniSupervisorStatusChange', 'OmniDeclineWork'];
                this.deliver({
                    kind: 'omni',
                    event: 'statusChanged',
                    statusId: status.id,
                    statusApiName: status.developerName,
                    reason:
                        action.kind === 'omniAgentStatus'
                            ? 'OmniManualStatusChange'
                            : reasons[action.pick % reasons.length]
                });
                return;
            }
            case 'omniLogout': {
                if (!this.omni.online) return;
                const reasons = [
                    null,
                    'OmniSupervisorLogout',
                    'DuplicateLogin',
                    'MaintenanceLogout',
                    'DuplicateLoginInSameBrowser'
                ];
                this.omniOffline(true);
                this.deliver({ kind: 'omni', event: 'logout', reason: reasons[action.pick % reasons.length] ?? null });
                return;
            }
            case 'omniLogin': {
                if (this.omni.online && !this.omniError) return;
                const status = statuses[action.pick % Math.max(1, statuses.length)];
                if (!status) return;
                this.omniError = false;
                this.omni = { online: true, status: status.developerName };
                // The agent logged back in to Omni: their earlier logout no longer stands.
                this.softphoneLoginSinceOmniOffline = true;
                this.deliver({ kind: 'omni', event: 'loginSuccess', statusId: status.id });
                return;
            }
            case 'omniConnectionError':
                if (!this.omni.online || this.omniError) return;
                this.omniError = true;
                this.deliver({ kind: 'omni', event: 'connectionError', error: 'simulated' });
                // The toolkit logs the agent out after a connection error; login success ends it.
                this.omniOffline(false);
                this.deliver({ kind: 'omni', event: 'logout', reason: null });
                return;
            case 'omniWork': {
                if (!this.omni.online || this.omniError) return;
                const choice = action.pick % 3;
                if (choice === 0 || this.works.length === 0) {
                    const workId = `0BZ${String(++this.workSeq).padStart(12, '0')}`;
                    this.works.push(workId);
                    this.deliver({ kind: 'omni', event: 'workAssigned', workId, workItemId: `item-${workId}` });
                    this.deliver({ kind: 'omni', event: 'workAccepted', workId, workItemId: `item-${workId}` });
                } else {
                    const workId = this.works.shift() ?? '';
                    this.deliver({ kind: 'omni', event: 'workClosed', workId, workItemId: `item-${workId}` });
                }
                this.deliver({
                    kind: 'omni',
                    event: 'workloadChanged',
                    configuredCapacity: 100,
                    newWorkload: this.works.length * 25
                });
                return;
            }
            case 'softphoneAgentState': {
                if (!this.connected || !this.softphone.loggedIn || this.interactions.length > 0) return;
                const state = this.agentStates[action.pick % Math.max(1, this.agentStates.length)];
                if (!state || sameState(state, this.softphone.state)) return;
                this.softphone = { loggedIn: true, state };
                this.deliver({ kind: 'softphone', event: 'stateChanged', state, cause: 'agent' });
                return;
            }
            case 'softphoneCall': {
                if (!this.connected || !this.softphone.loggedIn) return;
                const call = this.interactions[0];
                if (call === undefined) {
                    const id = `call-${++this.callSeq}`;
                    const direction = action.pick % 2 === 0 ? 'inbound' : 'outbound';
                    this.interactions = [{ id, direction, phase: 'talk' }];
                    this.deliver({ kind: 'softphone', event: 'interactionStarted', interactionId: id, direction });
                    this.softphone = { loggedIn: true, state: this.busyState };
                    this.deliver({ kind: 'softphone', event: 'stateChanged', state: this.busyState, cause: 'system' });
                } else if (call.phase === 'talk') {
                    this.interactions = [{ ...call, phase: 'wrap' }];
                    this.softphone = { loggedIn: true, state: this.wrapState };
                    this.deliver({ kind: 'softphone', event: 'stateChanged', state: this.wrapState, cause: 'system' });
                } else {
                    this.interactions = [];
                    this.deliver({ kind: 'softphone', event: 'interactionEnded', interactionId: call.id });
                    const after = this.agentStates[action.pick % Math.max(1, this.agentStates.length)];
                    if (after) {
                        this.softphone = { loggedIn: true, state: after };
                        this.deliver({ kind: 'softphone', event: 'stateChanged', state: after, cause: 'system' });
                    }
                }
                return;
            }
            case 'softphoneLogin': {
                if (!this.connected || this.softphone.loggedIn) return;
                const state = this.agentStates[action.pick % Math.max(1, this.agentStates.length)];
                if (!state) return;
                this.softphone = { loggedIn: true, state };
                this.softphoneLoginSinceOmniOffline = true;
                this.deliver({ kind: 'softphone', event: 'loggedIn', state });
                return;
            }
            case 'softphoneLogout':
                if (!this.connected || !this.softphone.loggedIn || this.interactions.length > 0) return;
                this.softphone = { loggedIn: false };
                this.deliver({ kind: 'softphone', event: 'loggedOut', cause: 'agent' });
                return;
            case 'softphoneReconnect':
                this.connected = false;
                this.deliver({ kind: 'softphone', event: 'disconnected', reason: 'simulated reload' });
                // Commands in flight to the old frame are lost with it.
                this.pending = this.pending.filter((p) => p.command.side !== 'softphone');
                if ((action.pick ?? 0) % 2 === 1 && this.interactions.length > 0 && this.softphone.loggedIn) {
                    // The call and its wrap end while the frame is away.
                    this.interactions = [];
                    this.softphone = { loggedIn: true, state: this.agentStates[0] ?? this.wrapState };
                }
                this.connected = true;
                this.deliver(this.connectedInput());
                return;
            case 'softphoneBackToBack': {
                if (!this.connected || !this.softphone.loggedIn) return;
                const call = this.interactions[0];
                if (call !== undefined) {
                    if (call.phase === 'talk') {
                        this.interactions = [{ ...call, phase: 'wrap' }];
                        this.softphone = { loggedIn: true, state: this.wrapState };
                        this.deliver({
                            kind: 'softphone',
                            event: 'stateChanged',
                            state: this.wrapState,
                            cause: 'system'
                        });
                    }
                    this.interactions = [];
                    this.deliver({ kind: 'softphone', event: 'interactionEnded', interactionId: call.id });
                    const ready = this.agentStates[0];
                    if (ready) {
                        this.softphone = { loggedIn: true, state: ready };
                        this.deliver({ kind: 'softphone', event: 'stateChanged', state: ready, cause: 'system' });
                    }
                }
                const id = `call-${++this.callSeq}`;
                const direction = action.pick % 2 === 0 ? 'inbound' : 'outbound';
                this.interactions = [{ id, direction, phase: 'talk' }];
                this.deliver({ kind: 'softphone', event: 'interactionStarted', interactionId: id, direction });
                this.softphone = { loggedIn: true, state: this.busyState };
                this.deliver({ kind: 'softphone', event: 'stateChanged', state: this.busyState, cause: 'system' });
                return;
            }
            case 'consoleReload': {
                const saved: unknown = JSON.parse(JSON.stringify(this.state));
                const resumed = resumeState(saved);
                if (resumed === null) throw new Error('the saved engine state was refused on reload');
                // Everything under way dies with the page; the softphone frame reloads with it.
                this.pending = [];
                const origins = [0, 5_000_000_000, this.now + action.gapMs];
                const origin = origins[action.pick % origins.length] ?? 0;
                const shift = origin - (this.now + action.gapMs);
                this.state = shiftStateTimes(resumed, shift);
                this.now = origin;
                this.inputs.push({ reloadShift: shift });
                this.deliver(this.omniSnapshot());
                this.deliver(this.connectedInput());
                return;
            }
        }
    }
}

/** Small deterministic PRNG (mulberry32) for reproducible synthetic days. */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
