/**
 * What goes into the sync engine: Omni-Channel toolkit events, softphone events, the results of the
 * commands it issued, and time passing; with the small vocabulary they share (the sides, who made a
 * change, work items, interactions).
 */
import type { CatalogueEntry, SoftphoneState } from '../mapping/types';

/** The two sides the sync keeps in step: Omni-Channel presence and the softphone's agent state. */
export type Side = 'omni' | 'softphone';

/** Who made a change: the agent's own hand, someone or something else, or this sync (an echo). */
export type ChangeCause = 'agent' | 'system' | 'host';

/** Which way a softphone interaction (a call) goes, as the softphone reports it (B10's revert follows inbound ones). */
export type InteractionDirection = 'inbound' | 'outbound';

/** An Omni-Channel work item: the AgentWork id (`workId`) and the routed record's id (`workItemId`), as the toolkit gives them. */
export interface WorkRef {
    workId: string;
    workItemId: string;
}

/** Omni-Channel toolkit events, named and shaped as the toolkit's (without the `omniChannel` prefix). */
export type OmniInput =
    /** The shell's one read of Omni at start-up (B15): status, or logged out. */
    | {
          kind: 'omni';
          event: 'snapshot';
          loggedIn: boolean;
          statusId?: string | null;
          statusApiName?: string | null;
          works?: readonly (WorkRef & { isEngaged?: boolean })[];
          workload?: { configuredCapacity: number; currentWorkload: number } | null;
      }
    | { kind: 'omni'; event: 'loginSuccess'; statusId: string }
    | {
          kind: 'omni';
          event: 'statusChanged';
          statusId: string;
          statusApiName?: string | null;
          statusName?: string | null;
          reason?: string | null;
      }
    | { kind: 'omni'; event: 'logout'; reason?: string | null }
    | ({ kind: 'omni'; event: 'workAssigned' | 'workAccepted' | 'workDeclined' | 'workClosed' } & WorkRef)
    | {
          kind: 'omni';
          event: 'workloadChanged';
          configuredCapacity: number;
          previousWorkload?: number | null;
          newWorkload: number;
      }
    | { kind: 'omni'; event: 'connectionError'; error?: string | null };

/** A softphone interaction: the softphone's own id for it and its direction. */
export interface InteractionRef {
    interactionId: string;
    direction: InteractionDirection;
}

/** Softphone events as the bridge delivers them. */
export type SoftphoneInput =
    | {
          kind: 'softphone';
          event: 'connected';
          catalogue: readonly CatalogueEntry[];
          capabilities: readonly string[];
          loggedIn: boolean;
          state: SoftphoneState | null;
          /**
           * When the softphone entered its current state, in milliseconds of the engine's own clock, for
           * the "most recent" authority. Only for callers that share the engine's clock (tests, the
           * scenario runner): a softphone's own timestamp is on another clock.
           */
          since?: number | null;
          /**
           * How long the softphone has been in its current state, in milliseconds, as the softphone
           * measured it. A duration does not depend on whose clock measured it, so the engine places it
           * on its own clock (`now - sinceAgeMs`); preferred over `since`.
           */
          sinceAgeMs?: number | null;
          interactions?: readonly InteractionRef[];
      }
    | { kind: 'softphone'; event: 'loggedIn'; state: SoftphoneState | null }
    | { kind: 'softphone'; event: 'loggedOut'; cause?: ChangeCause; requestId?: string | null }
    | {
          kind: 'softphone';
          event: 'stateChanged';
          state: SoftphoneState;
          cause: ChangeCause;
          /** The host command this change carries out, when the cause is `host`. */
          requestId?: string | null;
      }
    | ({ kind: 'softphone'; event: 'interactionStarted' } & InteractionRef)
    | { kind: 'softphone'; event: 'interactionEnded'; interactionId: string }
    | {
          kind: 'softphone';
          event: 'workAction';
          action: 'accept' | 'decline' | 'close';
          workId: string;
          reason?: string | null;
      }
    | { kind: 'softphone'; event: 'disconnected'; reason?: string | null };

/** The outcome of a command the engine issued. */
export interface ResultInput {
    kind: 'result';
    commandId: string;
    ok: boolean;
    error?: string | null;
}

/** Time has passed: retries, echo windows. */
export interface TickInput {
    kind: 'tick';
}

/** Everything the engine reacts to: an Omni event, a softphone event, a command's result, or time passing. */
export type EngineInput = OmniInput | SoftphoneInput | ResultInput | TickInput;
