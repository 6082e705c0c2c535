/**
 * The engine steps of the hostile world (src-ts/test-support/hostile-world.ts) and the engine's
 * commands landing in it: each command answered by its plan (late, failed, timed out and landing
 * later, duplicated, reordered), and judged as it lands against the ground truth of choices:
 * (a) the agent's own Omni choice, (b) a standing logout, (c) a held change not applied again over the
 * agent's newer pick, (d) an echo of the sync's own command not followed on the other side.
 */
import {
    isPresenceCommand,
    type Command,
    type EngineInput,
    type OmniCommand,
    type SoftphoneCommand
} from '../engine/types';
import type { SoftphoneState } from '../mapping/types';
import { omniEcho, softphoneEcho } from '../scenario/echoes';
import { omniToSoftphone, sameState } from './hostile-mapping';
import { describeCommand, fmtOmni, fmtSoftphone, fmtState, TRACE } from './hostile-story';
import { HostileWorldState } from './hostile-world-state';
import { callKey } from './hostile-world-types';
import type { AnswerPlan, Issued, Scheduled } from './hostile-world-types';

/** How a command landed: it changed its side, found nothing to change, or the softphone refused it. */
type Landing = 'changed' | 'unchanged' | 'refused';

/** The hostile world with its engine steps and the landings of the engine's commands. */
export class HostileWorldLanding extends HostileWorldState {
    /** Delivers one input; `echo` names the landed command this event is the echo of. */
    protected deliver(input: EngineInput, label: string, echo: Command | null = null): Command[] {
        if (input.kind === 'omni' && input.event === 'logout')
            for (const i of this.issued.values())
                if (i.page === this.page && i.command.side === 'omni' && i.command.method === 'logout' && !i.answered)
                    i.eventBeforeResult = true;
        const result = this.engine.step(this.state, input, this.now);
        this.state = result.state;
        // The runtime saves the steps the engine names at once (src-ts/engine/save-at-once.ts).
        this.saves.push({
            state: result.state,
            choiceAt: this.choiceSeq,
            atOnce: result.saveAtOnce,
            echoedN: this.echoedOrder.length
        });
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
            this.issued.set(callKey(this.page, command.id), {
                command,
                choiceAt: this.choiceSeq,
                page: this.page,
                issuedAt: this.wall
            });
            this.schedule(command);
        }
        return result.commands;
    }

    protected at(
        due: number,
        side: 'omni' | 'softphone',
        run: () => void,
        page = this.page,
        survives = false,
        commandId: string | null = null
    ): void {
        this.scheduled.push({ due, order: this.order++, page, side, survives, commandId, run });
    }

    protected schedule(command: Command): void {
        const plan = this.plans(command);
        const page = this.page;
        const due = this.actionCount + plan.delay;
        const result = (ok: boolean, error: string | null, lag: number) => {
            const deliverIt = () => {
                if (this.page !== page) return; // the page that waited for it is gone
                const info = this.issued.get(callKey(page, command.id));
                if (!ok && info !== undefined) info.failedAt ??= this.wall;
                if (info !== undefined) info.answered = true;
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
                        this.land(command, plan, () => undefined, page);
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
                this.land(
                    command,
                    plan,
                    (lag) => {
                        result(true, null, lag);
                    },
                    page
                );
            },
            page,
            plan.survivesReload,
            command.id
        );
    }

    /** The command takes effect on its side; its echo and (`answer`) result follow. */
    protected land(command: Command, plan: AnswerPlan, answer: (lag: number) => void, page: number): void {
        const key = callKey(page, command.id);
        const info = this.issued.get(key);
        // A status call landing on the status Omni already shows changes nothing: its report reads exactly as
        // the last one told again (a duplicated report), so for all the engine can know it is still to land,
        // for as long as a call that timed out may (see mayStillEcho). So does a logout landing on an Omni already
        // offline: it reports nothing at all.
        const repeat =
            command.side === 'omni' &&
            ('status' in command ? this.omniShows(command.status) : command.method === 'logout' && !this.omni.online);
        if (repeat) this.repeatLanded.set(key, this.wall);
        else this.landed.add(key);
        const landing = command.side === 'omni' ? this.landOmni(command, info) : this.landSoftphone(command, info);
        if (landing === 'refused') return;
        if (landing === 'unchanged') {
            answer(plan.resultLag);
            return;
        }
        const echo = command.side === 'omni' ? omniEcho(command) : softphoneEcho(command);
        this.story.push(`  ${describeCommand(command)} lands (page ${info?.page ?? '?'})`);
        if (plan.resultFirst) answer(plan.resultLag);
        if (echo !== null) {
            const times = plan.duplicateEcho ? 2 : 1;
            const judged = this.twins.has(key) || this.unrecognisable(command, info) ? null : command;
            if (!repeat) this.echoedOrder.push(key);
            for (let i = 0; i < times; i++) this.deliver(echo, `echo of ${describeCommand(command)}`, judged);
        }
        if (!plan.resultFirst) answer(plan.resultLag);
    }

    /** An Omni call takes effect: a logout, or a login or status change. */
    private landOmni(command: OmniCommand, info: Issued | undefined): Landing {
        if (command.method === 'logout') {
            if (!this.omni.online) return 'unchanged';
            this.landOmniLogout(command, info);
            return 'changed';
        }
        if (command.method === 'login' || command.method === 'setServicePresenceStatus') {
            this.landOmniStatus(command, info);
            return 'changed';
        }
        return 'unchanged';
    }

    /** A logout of the sync lands on Omni while it is online. */
    private landOmniLogout(command: OmniCommand, info: Issued | undefined): void {
        this.omni = { online: false };
        if (info !== undefined) this.judgeOmniLanding(command, info, true);
        // A logout sent before the agent's pick that lands after it: the logout stands, and only a
        // softphone login may log Omni in again (B16), so the pick is not demanded back at rest.
        if (this.omniPick !== null && info !== undefined && info.choiceAt < this.omniPick.seq) {
            this.story.push(`  (the agent's ${this.omniPick.status} is gone with a logout sent before it)`);
            this.omniPick = null;
        }
        if (this.unrecognisable(command, info)) {
            // Too late to be recognised, it reads as anyone's logout: the agent's, a supervisor's (issue 19 (c):
            // a held change is "ended by a newer choice of a person"). It stands, so the change held before it
            // is not demanded (applying it would log Omni in over a logout that stands, (b)), nor the
            // agent's picks made before it, as for a status call landing this late (landOmniStatus).
            this.story.push(`  (it lands too late to be recognised: it reads as anyone's logout)`);
            this.held = null;
            this.omniPick = null;
            this.softphonePick = null;
        }
    }

    /**
     * A login or status call of the sync lands; what it makes of the agent's choices (issue 19). One that
     * reads as the agent's login by hand, or lands too late to be recognised, is someone's change for all
     * the engine can know: it is not logged out again for a softphone that logged out before it (B4).
     */
    private landOmniStatus(command: OmniCommand & { status: string }, info: Issued | undefined): void {
        const wasOnline = this.omni.online;
        this.omni = { online: true, status: command.status };
        if (info !== undefined) this.judgeOmniLanding(command, info, wasOnline);
        if (command.method === 'login' && !wasOnline && this.logoutStands !== null) {
            // Its loginSuccess carries no reason: it reads exactly as the agent logging in by hand, which
            // must stand (issue 19, fault 2). Nothing of it is demanded either way.
            this.story.push(`  (this login reads as the agent's own login by hand)`);
            this.logoutStands = null;
            // As the agent's login by hand it is kept also while the softphone is logged out (docs/behaviour.md,
            // "An Omni login the agent made while the softphone was logged out is kept"): B4 is not demanded.
            this.omniByHandSinceSoftphoneLogout = true;
            if (info !== undefined) this.twins.add(callKey(info.page, command.id));
        }
        const unknownPick = this.omniPick?.unsaved === true && info !== undefined && info.choiceAt < this.omniPick.seq;
        if (unknownPick && this.omniPick !== null && this.omniPick.status !== command.status) {
            // The pick was lost with a failed save: the engine cannot know it came after this call.
            this.story.push(`  (the agent's ${this.omniPick.status} was lost with a failed save: not demanded back)`);
            this.omniPick = null;
        }
        if (this.unrecognisable(command, info)) {
            // Anyone's toolkit call, for all the engine can know: a person's change made before it is
            // not demanded back, nor a change held during a call (the engine may hold this one), nor
            // one whose call has ended (it reads as a newer Omni change, which the softphone follows).
            this.story.push(`  (it lands too late to be recognised: it reads as anyone's toolkit call)`);
            this.omniPick = null;
            // Someone's change, for all the engine can know ("unknown, treated as a person's change"): Omni
            // brought online by it while the softphone is logged out is not logged out again (B4).
            this.omniByHandSinceSoftphoneLogout = true;
            this.held = null;
            // Nor is the agent's softphone pick made before it the latest choice any more: the softphone
            // following that newer Omni change (B2) is not the held change applied again over the pick.
            this.softphonePick = null;
        }
        if (
            info !== undefined &&
            this.twins.has(callKey(info.page, command.id)) &&
            this.omniPick !== null &&
            this.omniPick.status !== command.status
        ) {
            this.story.push(
                `  (this call had a twin in a person's event: the agent's ${this.omniPick.status} is not demanded back)`
            );
            this.omniPick = null;
        }
        if (
            info !== undefined &&
            this.twins.has(callKey(info.page, command.id)) &&
            this.held !== null &&
            this.held.value !== command.status
        ) {
            // The person's twin event may have been taken for this call's landing, and this landing, after
            // the change held since, for a person's newer Omni change (issue 19 (c): a held change is "ended by
            // a newer choice of a person"): the held change is not demanded, as for an unrecognisable landing.
            this.story.push(
                `  (this call had a twin in a person's event: the ${this.held.value} held before it is not demanded)`
            );
            this.held = null;
        }
    }

    /** A softphone command takes effect, unless the agent talks on a call or is logged out. */
    private landSoftphone(command: SoftphoneCommand, info: Issued | undefined): Landing {
        const talking = this.interactions.some((i) => i.phase === 'talk');
        if (command.type === 'workItem') {
            return 'unchanged';
        }
        if (talking || !this.softphone.loggedIn) {
            if (this.page === (info?.page ?? this.page))
                this.deliver(
                    { kind: 'result', commandId: command.id, ok: false, error: 'on a call' },
                    `result of ${describeCommand(command)}: refused`
                );
            return 'refused';
        }
        if (command.type === 'setState') {
            this.softphone = { loggedIn: true, state: command.state };
            if (info !== undefined) this.judgeSoftphoneLanding(command, info);
        } else {
            this.softphone = { loggedIn: false };
            this.interactions = [];
        }
        return 'changed';
    }

    /** (a) and (b) at the moment a command of the sync lands on Omni. */
    protected judgeOmniLanding(command: Command, info: Issued, wasOnline: boolean): void {
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
    protected judgeSoftphoneLanding(command: Command, info: Issued): void {
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

    protected omniStatusEvent(status: string, reason: string | null, label: string): void {
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

    protected softphoneEvent(state: SoftphoneState, cause: 'agent' | 'system', label: string): void {
        // The contact centre's own change (a call, wrap, the state after it) is a newer change of the
        // platform: the agent's earlier picks are no longer the latest (a held change lives on, B11).
        if (cause === 'system') this.choice();
        this.softphone = { loggedIn: true, state };
        this.deliver({ kind: 'softphone', event: 'stateChanged', state, cause }, label);
    }

    /** The console loads for the first time. */
    start(): void {
        this.story.push(`start: Omni ${fmtOmni(this.omni)}, softphone ${fmtSoftphone(this.softphone)}`);
        this.deliver(this.snapshot(), `Omni read: ${fmtOmni(this.omni)}`);
        this.deliver(this.connected(), `softphone connects: ${fmtSoftphone(this.softphone)}`);
    }

    protected flushDue(): void {
        for (;;) {
            let best: Scheduled | null = null;
            for (const s of this.scheduled)
                if (s.due <= this.actionCount && (best === null || s.order < best.order)) best = s;
            if (best === null) return;
            this.scheduled.splice(this.scheduled.indexOf(best), 1);
            best.run();
        }
    }
}
