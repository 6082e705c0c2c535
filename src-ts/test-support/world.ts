/**
 * A simulated agent world for property tests and the benchmark: Omni-Channel and a softphone
 * with their own true state, agents and systems acting on them, and the engine's commands
 * landing after a delay, answered by a result and an echo event. Every engine step is
 * recorded, with the world's truth at that moment, so invariants can be checked afterwards.
 *
 * In parts: the types (world-types.ts), the truth, engine steps and landings (world-core.ts), the
 * Omni-Channel side's actions (world-omni-actions.ts), the softphone side's (world-softphone-actions.ts);
 * this file plays one action at a time and reloads the console.
 */
import { resumeState, shiftStateTimes } from '../engine/engine';
import { SimulatedWorldSoftphone } from './world-softphone-actions';
import type { WorldAction } from './world-types';

export type { ResponsePlan, StepRecord, WorldAction, WorldConfiguration } from './world-types';

/**
 * Omni-Channel, a softphone and the engine for the property tests: commands land after a planned
 * delay (or fail, time out, echo late) and their echoes come back (src-ts/scenario/echoes.ts);
 * `now` is milliseconds of the engine's monotonic clock.
 */
export class SimulatedWorld extends SimulatedWorldSoftphone {
    act(action: WorldAction): void {
        this.actionCount++;
        // Each side's events arrive in order: the echo of a command that already landed comes
        // before anything that side does next.
        if (action.kind.startsWith('omni')) this.flushEchoes('omni');
        if (action.kind.startsWith('softphone')) this.flushEchoes('softphone');
        this.apply(action);
        this.flushDue();
    }

    /** One action: each kind has its own helper. */
    private apply(action: WorldAction): void {
        switch (action.kind) {
            case 'advance':
                this.now += action.ms;
                this.deliver({ kind: 'tick' });
                return;
            case 'omniAgentStatus':
            case 'omniSystemStatus':
                this.applyOmniStatus(action);
                return;
            case 'omniLogout':
                this.applyOmniLogout(action);
                return;
            case 'omniLogin':
                this.applyOmniLogin(action);
                return;
            case 'omniConnectionError':
                this.applyOmniConnectionError();
                return;
            case 'omniWork':
                this.applyOmniWork(action);
                return;
            case 'softphoneAgentState':
                this.applySoftphoneAgentState(action);
                return;
            case 'softphoneCall':
                this.applySoftphoneCall(action);
                return;
            case 'softphoneLogin':
                this.applySoftphoneLogin(action);
                return;
            case 'softphoneLogout':
                this.applySoftphoneLogout();
                return;
            case 'softphoneReconnect':
                this.applySoftphoneReconnect(action);
                return;
            case 'softphoneBackToBack':
                this.applySoftphoneBackToBack(action);
                return;
            case 'consoleReload':
                this.applyConsoleReload(action);
                return;
        }
    }

    /**
     * The console reloads: the state saved as JSON resumes on a new page whose clock has another
     * origin; everything under way dies with the page.
     */
    private applyConsoleReload(action: Extract<WorldAction, { kind: 'consoleReload' }>): void {
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
