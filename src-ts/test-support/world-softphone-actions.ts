/**
 * What the agent and the contact centre do on the softphone side of the simulated world
 * (src-ts/test-support/world.ts): state picks, calls with their wrap, back-to-back calls, logins,
 * logouts and frame reloads, each delivered to the engine as the softphone's events.
 */
import { SimulatedWorldOmni } from './world-omni-actions';
import { sameState, type WorldAction } from './world-types';

type ActionOf<K extends WorldAction['kind']> = Extract<WorldAction, { kind: K }>;

/** The simulated world with the Omni-Channel and softphone sides' actions. */
export class SimulatedWorldSoftphone extends SimulatedWorldOmni {
    /** The agent picks a state in the softphone (not during a call). */
    protected applySoftphoneAgentState(action: ActionOf<'softphoneAgentState'>): void {
        if (!this.connected || !this.softphone.loggedIn || this.interactions.length > 0) return;
        const state = this.agentStates[action.pick % Math.max(1, this.agentStates.length)];
        if (!state || sameState(state, this.softphone.state)) return;
        this.softphone = { loggedIn: true, state };
        this.deliver({ kind: 'softphone', event: 'stateChanged', state, cause: 'agent' });
    }

    /** A call moves on: it is offered and answered, goes to wrap, or ends with the softphone in an agent state. */
    protected applySoftphoneCall(action: ActionOf<'softphoneCall'>): void {
        if (!this.connected || !this.softphone.loggedIn) return;
        const call = this.interactions[0];
        if (call === undefined) {
            this.startCall(action.pick);
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
    }

    /** A call is offered and answered: the softphone is busy. */
    private startCall(pick: number): void {
        const id = `call-${++this.callSeq}`;
        const direction = pick % 2 === 0 ? 'inbound' : 'outbound';
        this.interactions = [{ id, direction, phase: 'talk' }];
        this.deliver({ kind: 'softphone', event: 'interactionStarted', interactionId: id, direction });
        this.softphone = { loggedIn: true, state: this.busyState };
        this.deliver({ kind: 'softphone', event: 'stateChanged', state: this.busyState, cause: 'system' });
    }

    /** The agent logs in to the softphone: the sync may log Omni in again (B16). */
    protected applySoftphoneLogin(action: ActionOf<'softphoneLogin'>): void {
        if (!this.connected || this.softphone.loggedIn) return;
        const state = this.agentStates[action.pick % Math.max(1, this.agentStates.length)];
        if (!state) return;
        this.softphone = { loggedIn: true, state };
        this.softphoneLoginSinceOmniOffline = true;
        this.deliver({ kind: 'softphone', event: 'loggedIn', state });
    }

    /** The agent logs out of the softphone (not during a call). */
    protected applySoftphoneLogout(): void {
        if (!this.connected || !this.softphone.loggedIn || this.interactions.length > 0) return;
        this.softphone = { loggedIn: false };
        this.deliver({ kind: 'softphone', event: 'loggedOut', cause: 'agent' });
    }

    /** The frame reloads; with an odd pick, a call in progress ends meanwhile. */
    protected applySoftphoneReconnect(action: ActionOf<'softphoneReconnect'>): void {
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
    }

    /** The call in progress ends (through wrap), the softphone reports its first state, and the next call is offered. */
    protected applySoftphoneBackToBack(action: ActionOf<'softphoneBackToBack'>): void {
        if (!this.connected || !this.softphone.loggedIn) return;
        const call = this.interactions[0];
        if (call !== undefined) {
            if (call.phase === 'talk') {
                this.interactions = [{ ...call, phase: 'wrap' }];
                this.softphone = { loggedIn: true, state: this.wrapState };
                this.deliver({ kind: 'softphone', event: 'stateChanged', state: this.wrapState, cause: 'system' });
            }
            this.interactions = [];
            this.deliver({ kind: 'softphone', event: 'interactionEnded', interactionId: call.id });
            const ready = this.agentStates[0];
            if (ready) {
                this.softphone = { loggedIn: true, state: ready };
                this.deliver({ kind: 'softphone', event: 'stateChanged', state: ready, cause: 'system' });
            }
        }
        this.startCall(action.pick);
    }
}
