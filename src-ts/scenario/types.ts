/**
 * The shape of a behaviour scenario (`scenarios/*.json`) and of its run: the configuration, the steps and their
 * expectations, and the trace the runner (runner.ts, which re-exports these) returns.
 */
import type { Decision, EngineState } from '../engine/types';
import type { CatalogueEntry, PresenceStatusInfo } from '../mapping/types';

/**
 * A complete configuration for a scenario: the records as Apex serves them (`Presence_Mapping__mdt`
 * rows and the settings record, field API names as keys), the org's presence statuses and the
 * softphone's catalogue and capabilities.
 */
export interface ScenarioConfiguration {
    mappings: Record<string, unknown>[];
    settings: Record<string, unknown> | null;
    statuses: PresenceStatusInfo[];
    catalogue: CatalogueEntry[];
    capabilities?: string[];
}

/** A configuration in a scenario file: complete, or a base plus changes. */
export interface ScenarioConfigurationSpec {
    /** Start from the package's shipped defaults (records, statuses, ContactPad catalogue). */
    base?: 'package-defaults';
    mappings?: Record<string, unknown>[];
    /** Rows added to the base's mapping rows. */
    addMappings?: Record<string, unknown>[];
    /** Field values merged over the base settings record. */
    settings?: Record<string, unknown> | null;
    statuses?: PresenceStatusInfo[];
    catalogue?: CatalogueEntry[];
    capabilities?: string[];
}

/** What a scenario step must produce; each field left out is not checked. */
export interface StepExpectation {
    /** Every command the step produces, in order, as `formatCommand` prints them. */
    commands?: string[];
    /** Rules that must appear among the step's decisions. */
    rules?: string[];
    /** Every decision of the step, in order, as "rule outcome" (the audit trail, B20). */
    decisions?: string[];
    /** The exact set of runtime diagnostics after the step, as "code subject". */
    diagnostics?: string[];
    /** Omni's known state after the step: a status DeveloperName or "offline". */
    omni?: string;
    /** The softphone's known state after the step: "Major / Minor" or "logged out". */
    softphone?: string;
    /** The Omni change held for the end of the interaction (B11), or null. */
    held?: string | null;
    /**
     * `sequence` (default): `commands` lists the step's commands in the order issued. `perSide`: only
     * the order among each side's commands matters (the two sides are independent).
     */
    commandOrder?: 'sequence' | 'perSide';
}

/**
 * The console reloads (or another tab takes over): the engine state is saved as JSON, the page and
 * its monotonic clock restart at 0 after `gapMs`, and the saved state is resumed and shifted onto the
 * new clock. Commands awaiting an answer are lost with the page. The next steps bring the fresh
 * Omni snapshot and softphone handshake.
 */
export interface ReloadStep {
    /** How long the console was away, in milliseconds. */
    gapMs?: number;
}

/**
 * One step of a scenario: at most one Omni input and one softphone input (as scenario JSON, e.g.
 * `{ "event": "statusChanged", "status": "Available" }`), a manual result, time passing
 * (`advance`, milliseconds of the engine's monotonic clock) or a reload, then the expectations.
 */
export interface ScenarioStep {
    note?: string;
    omni?: Record<string, unknown> & { event: string };
    softphone?: Record<string, unknown> & { event: string };
    /** Resolve the oldest unanswered command of a side (manual world). */
    result?: { side: 'omni' | 'softphone'; ok: boolean; error?: string };
    /** Milliseconds pass, then a tick. */
    advance?: number;
    /** The console reloads before this step's inputs (see ReloadStep). */
    reload?: ReloadStep;
    expect?: StepExpectation;
}

/** A behaviour scenario as stored in `scenarios/*.json` (named by behaviour id, e.g. `B10`). */
export interface Scenario {
    id: string;
    title: string;
    description?: string;
    /** `auto`: each command succeeds at once and its echo comes back. `manual`: the steps say. */
    world?: 'auto' | 'manual';
    /**
     * The `reason` of Omni's status-change echo in the automatic world: `OmniToolkitStatusChange`
     * by default; null for orgs before API 65, whose events carry no reason.
     */
    omniEchoReason?: string | null;
    configuration: ScenarioConfigurationSpec;
    /** Expected configuration diagnostics, as "problem record". */
    configDiagnostics?: string[];
    steps: ScenarioStep[];
}

/**
 * What one step did: its inputs and the engine's decisions and commands as printed, and the
 * expectations it failed (empty when it passed).
 */
export interface TraceEntry {
    step: number;
    note: string | null;
    inputs: string[];
    decisions: Decision[];
    commands: string[];
    failures: string[];
}

/**
 * The outcome of a run: passed when the configuration diagnostics and every step matched; the
 * trace per step and the engine state at the end.
 */
export interface ScenarioRun {
    id: string;
    title: string;
    passed: boolean;
    configFailures: string[];
    trace: TraceEntry[];
    finalState: EngineState;
}
