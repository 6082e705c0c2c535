/**
 * A simulated agent world for property tests and the benchmark: Omni-Channel and a softphone
 * with their own true state, agents and systems acting on them, and the engine's commands
 * landing after a delay, answered by a result and an echo event. Every engine step is
 * recorded, with the world's truth at that moment, so invariants can be checked afterwards.
 */
import { createEngine, initialState, type Engine } from '../engine/engine';
import { isPresenceCommand, type Command, type Decision, type EngineInput, type EngineState } from '../engine/types';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState } from '../mapping/types';

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
    | { kind: 'softphoneReconnect' }
    | { kind: 'advance'; ms: number };

/** How the world answers one command: after how many further actions, whether it fails, and in which order. */
export interface ResponsePlan {
    delay: number;
    fail: boolean;
    echoFirst: boolean;
}

type OmniTruth = { online: false } | { online: true; status: string };
type SoftphoneTruth = { loggedIn: false } | { loggedIn: true; state: SoftphoneState };

interface Pending {
    command: Command;
    plan: ResponsePlan;
    due: number;
}

export interface StepRecord {
    input: EngineInput;
    commands: Command[];
    decisions: Decision[];
    /** Truth of each side when the step's commands were issued. */
    omniTruth: OmniTruth;
    softphoneTruth: SoftphoneTruth;
    /** A command of ours to that side had not yet been fully answered (result and echo). */
    omniOutstanding: boolean;
    softphoneOutstanding: boolean;
}

const sameState = (a: SoftphoneState, b: SoftphoneState) =>
    a.major === b.major && (a.minor ?? null) === (b.minor ?? null);

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
    readonly inputs: { input: EngineInput; now: number }[] = [];
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
        const result = this.engine.step(this.state, input, this.now);
        this.state = result.state;
        this.inputs.push({ input, now: this.now });
        this.records.push({
            input,
            commands: result.commands,
            decisions: result.decisions,
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
        const result = (ok: boolean): EngineInput => ({
            kind: 'result',
            commandId: command.id,
            ok,
            error: ok ? null : 'simulated failure'
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
                    echo =
                        command.method === 'login'
                            ? { kind: 'omni', event: 'loginSuccess', statusId: command.args.statusId }
                            : {
                                  kind: 'omni',
                                  event: 'statusChanged',
                                  statusId: command.args.statusId,
                                  statusApiName: command.status,
                                  reason: 'OmniToolkitStatusChange'
                              };
                    break;
                case 'logout':
                    this.omni = { online: false };
                    this.works = [];
                    echo = { kind: 'omni', event: 'logout', reason: null };
                    break;
                default:
                    break;
            }
        } else if (command.type === 'setState') {
            if (!this.softphone.loggedIn) {
                this.deliver(result(false));
                return;
            }
            this.softphone = { loggedIn: true, state: command.state };
            echo = {
                kind: 'softphone',
                event: 'stateChanged',
                state: command.state,
                cause: 'host',
                requestId: command.id
            };
        } else if (command.type === 'logout') {
            this.softphone = { loggedIn: false };
            this.interactions = [];
            echo = { kind: 'softphone', event: 'loggedOut', cause: 'host', requestId: command.id };
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
                r.decisions.map((d) => `${d.input} | [${d.rule}] ${d.detail} ${d.commands.join(',')}`).join('\n')
            )
            .join('\n');
        throw new Error(
            `the engine did not quiesce within ${maxRounds} rounds after the inputs stopped; last steps:\n${tail}`
        );
    }

    act(action: WorldAction): void {
        this.actionCount++;
        this.apply(action);
        this.flushDue();
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
                const reasons = [null, 'OmniSupervisorLogout', 'DuplicateLogin', 'MaintenanceLogout'];
                this.omni = { online: false };
                this.works = [];
                this.deliver({ kind: 'omni', event: 'logout', reason: reasons[action.pick % reasons.length] ?? null });
                return;
            }
            case 'omniLogin': {
                if (this.omni.online && !this.omniError) return;
                const status = statuses[action.pick % Math.max(1, statuses.length)];
                if (!status) return;
                this.omniError = false;
                this.omni = { online: true, status: status.developerName };
                this.deliver({ kind: 'omni', event: 'loginSuccess', statusId: status.id });
                return;
            }
            case 'omniConnectionError':
                if (!this.omni.online || this.omniError) return;
                this.omniError = true;
                this.deliver({ kind: 'omni', event: 'connectionError', error: 'simulated' });
                // The toolkit logs the agent out after a connection error; login success ends it.
                this.omni = { online: false };
                this.works = [];
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
                this.connected = true;
                this.deliver(this.connectedInput());
                return;
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
