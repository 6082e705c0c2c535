/**
 * The core of the simulated agent world (src-ts/test-support/world.ts): each side's truth, the
 * engine steps recorded with that truth, and the engine's commands landing in the world after their
 * planned delay, answered by a result and an echo (src-ts/scenario/echoes.ts), until `drain` finds the
 * engine quiet. What agents and systems do is in the action layers above it.
 */
import { createEngine, initialState, type Engine } from '../engine/engine';
import {
    isPresenceCommand,
    type Command,
    type EngineInput,
    type EngineState,
    type OmniCommand,
    type SoftphoneCommand
} from '../engine/types';
import type { PresenceStatusInfo, SoftphoneState } from '../mapping/types';
import { detailTrace } from '../engine/detail-keys';
import { omniEcho, softphoneEcho } from '../scenario/echoes';
import type { OmniTruth, Pending, ResponsePlan, SoftphoneTruth, StepRecord, WorldConfiguration } from './world-types';

/**
 * Omni-Channel, a softphone and the engine: the world's state, its engine steps and the landing of
 * the engine's commands; `now` is milliseconds of the engine's monotonic clock.
 */
export class SimulatedWorldCore {
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
    protected pending: Pending[] = [];
    protected actionCount = 0;
    protected callSeq = 0;
    protected workSeq = 0;
    protected readonly agentStates: SoftphoneState[];
    protected readonly busyState: SoftphoneState;
    protected readonly wrapState: SoftphoneState;

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
    protected omniOffline(respected: boolean): void {
        this.omni = { online: false };
        this.works = [];
        if (respected) this.softphoneLoginSinceOmniOffline = false;
    }

    /** Console load: the Omni snapshot and the softphone handshake. */
    start(): void {
        this.deliver(this.omniSnapshot());
        this.deliver(this.connectedInput());
    }

    protected omniSnapshot(): EngineInput {
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

    protected connectedInput(): EngineInput {
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
        if (
            plan.fail ||
            (command.side === 'softphone' && !this.connected) ||
            (command.side === 'omni' && this.omniError)
        ) {
            if (command.side === 'softphone' && !this.connected) return; // lost with the frame
            this.deliver(resultOf(command, false));
            return;
        }
        const echo = command.side === 'omni' ? this.landOmni(command) : this.landSoftphone(command);
        if (echo === undefined) return;
        if (plan.timeout === true && isPresenceCommand(command)) {
            // The runtime gave up waiting; the command landed anyway and its echo comes late.
            if (echo !== null)
                this.pending.push({ command, plan, due: this.actionCount + (plan.echoDelay ?? 0), echo });
            this.deliver(resultOf(command, false, 'timed out'));
            return;
        }
        if (echo !== null && plan.echoFirst) this.deliver(echo);
        this.deliver(resultOf(command, true));
        if (echo !== null && !plan.echoFirst) this.deliver(echo);
    }

    /** An Omni command takes effect; its echo (null: none). */
    private landOmni(command: OmniCommand): EngineInput | null {
        switch (command.method) {
            case 'login':
            case 'setServicePresenceStatus':
                this.omni = { online: true, status: command.status };
                return omniEcho(command);
            case 'logout':
                this.omniOffline(false);
                return omniEcho(command);
            default:
                return null;
        }
    }

    /**
     * A softphone command takes effect; its echo (null: none), or undefined when the softphone
     * refused it (its failed result is delivered).
     */
    private landSoftphone(command: SoftphoneCommand): EngineInput | null | undefined {
        if (command.type === 'setState') {
            // A softphone refuses a state change while the agent talks on a call.
            if (!this.softphone.loggedIn || this.interactions.some((i) => i.phase === 'talk')) {
                this.deliver(resultOf(command, false, 'on a call'));
                return undefined;
            }
            this.softphone = { loggedIn: true, state: command.state };
            return softphoneEcho(command);
        }
        if (command.type === 'logout') {
            if (this.interactions.some((i) => i.phase === 'talk')) {
                this.deliver(resultOf(command, false, 'on a call'));
                return undefined;
            }
            this.softphone = { loggedIn: false };
            this.interactions = [];
            return softphoneEcho(command);
        }
        return null;
    }

    /** Delivers every response that is due after the current action. */
    protected flushDue(): void {
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

    /** Delivers the late echoes of commands on `side` that already landed. */
    protected flushEchoes(side: 'omni' | 'softphone'): void {
        for (;;) {
            const index = this.pending.findIndex((p) => p.echo !== undefined && p.command.side === side);
            if (index === -1) return;
            const [due] = this.pending.splice(index, 1);
            if (due) this.land(due);
        }
    }
}

/** The result of a command: ok, or failed with `error`. */
function resultOf(command: Command, ok: boolean, error = 'simulated failure'): EngineInput {
    return { kind: 'result', commandId: command.id, ok, error: ok ? null : error };
}
