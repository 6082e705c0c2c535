/**
 * The types of the simulated agent world (src-ts/test-support/world.ts): its configuration, the
 * actions agents and systems take in it, how it answers the engine's commands, each side's truth and
 * the record of every engine step.
 */
import type { Command, Decision, EngineInput, EngineState } from '../engine/types';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState } from '../mapping/types';

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

/** What Omni-Channel really shows, and what the softphone really shows. */
export type OmniTruth = { online: false } | { online: true; status: string };
export type SoftphoneTruth = { loggedIn: false } | { loggedIn: true; state: SoftphoneState };

/** A command of the engine on its way to the world. */
export interface Pending {
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

/** Whether two softphone states are the same (a missing minor is none). */
export const sameState = (a: SoftphoneState, b: SoftphoneState) =>
    a.major === b.major && (a.minor ?? null) === (b.minor ?? null);
