/**
 * Calls and console reloads in the hostile world (src-ts/test-support/hostile-world.ts): a call's
 * start, wrap and end (and the end of a call while the page or frame is away), where a change held
 * during an interaction (B11) is held again or comes due; a console reload that resumes a saved, maybe
 * stale, state on a new page; and `drain`, which lets everything under way land until the engine rests.
 */
import { initialState, resumeState, shiftStateTimes } from '../engine/engine';
import type { SoftphoneState } from '../mapping/types';
import { agree } from './hostile-mapping';
import { fmtOmni, fmtSoftphone, fmtState } from './hostile-story';
import { HostileWorldLanding } from './hostile-world-landing';
import { callKey, type HostileAction } from './hostile-world-types';

/** The hostile world with its calls, console reloads and drain. */
export class HostileWorldCalls extends HostileWorldLanding {
    /** A call is offered and answered: the softphone is on it. */
    protected startCall(): void {
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
    protected endCall(pick: number, wrapFirst: boolean): void {
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
    protected endCallAway(pick: number): void {
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

    /** A call moves on: it starts, goes to wrap, or ends. */
    protected call(pick: number): void {
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

    /** The console reloads: a saved (maybe stale) state resumes on a new page; the old page's Omni calls may still land. */
    protected reload(action: Extract<HostileAction, { kind: 'consoleReload' }>): void {
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
            if (s.commandId !== null && !named.includes(`"${s.commandId}"`))
                this.unknownToPage.add(callKey(s.page, s.commandId));
        // An Omni call whose echo came after the save resumed, which names it still under way or expected: the new
        // page never saw that landing, so for all it can know the call is still to land (an event of its value is
        // ambiguous).
        const echoedThen = 'echoedN' in save ? (save.echoedN ?? this.echoedOrder.length) : this.echoedOrder.length;
        for (const key of this.echoedOrder.slice(echoedThen)) {
            const info = this.issued.get(key);
            if (info?.command.side === 'omni' && named.includes(`"${info.command.id}"`)) this.landed.delete(key);
        }
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
    protected forgetUnsaved(savedAt: number): void {
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
}
