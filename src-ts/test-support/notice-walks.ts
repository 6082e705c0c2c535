/**
 * The real engine and the panel's view of it, for the walks of src-ts/panel/notice-ends.test.ts: the package's default
 * configuration, one step or several of the engine, the inputs the walks use, both sides in sync, a notice planted as
 * the engine keeps it, and the view the panel reads (with the runtime's health verdict).
 */
import { createEngine, initialState } from '../engine/engine';
import type { Diagnostic, EngineInput, EngineState, Notice } from '../engine/types';
import type { ScenarioConfiguration } from '../scenario/runner';
import { healthOf } from '../runtime/view';
import defaultsJson from './package-defaults.generated.json';
import type { DiagnosticInput, PanelContext, PanelViewInput } from '../panel/types';

export const defaults = defaultsJson as unknown as ScenarioConfiguration;
export const config = { mappings: defaults.mappings, settings: defaults.settings, statuses: defaults.statuses };
export const statusId = (name: string) => defaults.statuses.find((s) => s.developerName === name)?.id ?? '';
export const AGENT: PanelContext = { canConfigure: false };
export const ADMIN: PanelContext = { canConfigure: true };

/** One step of the real engine: its state after the input, and the commands it sent. */
export type Step = { state: EngineState; commands: { id: string; side: string }[] };

export const engine = createEngine(config);
export function step(state: EngineState, input: EngineInput, now = 1000): Step {
    const result = engine.step(state, input, now);
    return { state: result.state, commands: result.commands };
}
export function steps(state: EngineState, inputs: EngineInput[], now = 1000): EngineState {
    return inputs.reduce((s, input) => step(s, input, now).state, state);
}

export const omniStatus = (name: string, reason = 'OmniManualStatusChange'): EngineInput => ({
    kind: 'omni',
    event: 'statusChanged',
    statusId: statusId(name),
    statusApiName: name,
    reason
});
export const padState = (major: string, minor: string | null = null): EngineInput => ({
    kind: 'softphone',
    event: 'stateChanged',
    state: { major, minor },
    cause: 'agent'
});
export const connected = (major: string, minor: string | null = null): EngineInput => ({
    kind: 'softphone',
    event: 'connected',
    catalogue: defaults.catalogue,
    capabilities: [],
    loggedIn: true,
    state: { major, minor },
    interactions: []
});

/** Both sides logged in and agreeing: Omni Available, the softphone Ready. */
export function inSync(): EngineState {
    return steps(initialState(), [
        { kind: 'omni', event: 'snapshot', loggedIn: true, statusId: statusId('Available') },
        connected('Ready')
    ]);
}

/** A notice planted as the engine keeps it, where raising it for real needs a situation beside the point. */
export function planted(state: EngineState, notice: Notice): EngineState {
    return { ...state, notices: [...state.notices, notice] };
}

/** The panel's view of an engine state, with the health verdict the runtime gives it. */
export function viewOf(state: EngineState, extra: Diagnostic[] = []): PanelViewInput {
    const diagnostics = [...engine.diagnostics(state), ...extra];
    const sp = state.softphone;
    const bridge = sp.connected ? 'connected' : 'idle';
    return {
        role: 'driver',
        syncEnabled: engine.mapping(state).settings.syncEnabled,
        health: healthOf(diagnostics, bridge, 'driver'),
        omni: {
            presence: state.omni.presence,
            status: state.omni.status,
            label: state.omni.status
        },
        softphone: {
            bridge,
            presence: sp.presence,
            state: sp.state === null ? null : sp.state.minor ? `${sp.state.major} / ${sp.state.minor}` : sp.state.major,
            product: 'Vonage ContactPad',
            onInteraction: sp.interactions.length > 0
        },
        held: null,
        diagnostics,
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

/** A calm view (in sync), with what a walk changes. */
export function calm(overrides: Partial<PanelViewInput> = {}): PanelViewInput {
    return { ...viewOf(inSync()), ...overrides };
}

/** A configuration problem as the mapping compiler reports it. */
export const problem = (key: string, severity: 'error' | 'warning' = 'error'): DiagnosticInput => ({
    code: 'config',
    key,
    severity,
    subject: 'Sample_Row',
    message: 'a problem',
    row: 'Sample_Row',
    params: { record: 'Sample_Row', field: 'Presence_Status__c', value: 'Nope' }
});
