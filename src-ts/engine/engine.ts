/**
 * The sync engine: a pure function from (state, input, now) to (new state, commands,
 * decisions). Rules decide what each side should become (a target); one driver per side
 * turns targets into at most one command at a time, and recognises the echoes of its own
 * commands so that nothing the sync did is ever propagated back (B12).
 *
 * No DOM, timers, globals or clock reads: `now` comes in with every input, and the state
 * is plain data that the runtime persists across a reload.
 */
import { compileMapping, formatState, type CompiledMapping } from '../mapping/compile';
import type { SyncConfigurationInput } from '../mapping/types';
import type { Diagnostic, EngineInput, EngineState, StepResult } from './types';
import { type Ctx, decide, describeOmni, draft } from './context';
import { driveOmni, driveSoftphone } from './drive';
import { onOmni } from './omni-inputs';
import { onResult, onTick, wakeAt } from './results';
import { onSoftphone } from './softphone-inputs';

export { ECHO_WINDOW_MS, initialState, resumeState, retryDelayMs } from './context';
export { formatCommand } from './drive';

// ─── Input descriptions (audit) ──────────────────────────────────────────────

export function describeInput(input: EngineInput): string {
    switch (input.kind) {
        case 'omni':
            switch (input.event) {
                case 'snapshot':
                    return `omni snapshot ${input.loggedIn ? (input.statusApiName ?? input.statusId ?? 'online') : 'offline'}`;
                case 'statusChanged':
                    return `omni statusChanged ${input.statusApiName ?? input.statusId}${input.reason ? ` (${input.reason})` : ''}`;
                case 'loginSuccess':
                    return `omni loginSuccess ${input.statusId}`;
                case 'logout':
                    return `omni logout${input.reason ? ` (${input.reason})` : ''}`;
                case 'workloadChanged':
                    return `omni workloadChanged ${input.newWorkload}/${input.configuredCapacity}`;
                case 'connectionError':
                    return 'omni connectionError';
                default:
                    return `omni ${input.event} ${input.workId}`;
            }
        case 'softphone':
            switch (input.event) {
                case 'connected':
                    return `softphone connected ${input.loggedIn ? (input.state ? formatState(input.state) : 'logged in') : 'logged out'}`;
                case 'loggedIn':
                    return `softphone loggedIn${input.state ? ` ${formatState(input.state)}` : ''}`;
                case 'stateChanged':
                    return `softphone stateChanged ${formatState(input.state)} (${input.cause})`;
                case 'interactionStarted':
                    return `softphone interactionStarted ${input.direction} ${input.interactionId}`;
                case 'interactionEnded':
                    return `softphone interactionEnded ${input.interactionId}`;
                case 'workAction':
                    return `softphone workAction ${input.action} ${input.workId}`;
                default:
                    return `softphone ${input.event}`;
            }
        case 'result':
            return `result ${input.commandId} ${input.ok ? 'ok' : `failed${input.error ? ` (${input.error})` : ''}`}`;
        case 'tick':
            return 'tick';
    }
}

// ─── The engine ──────────────────────────────────────────────────────────────

export interface Engine {
    /** The mapping compiled for the softphone's current catalogue. */
    mapping(state: EngineState): CompiledMapping;
    step(state: EngineState, input: EngineInput, now: number): StepResult;
    /** What the utility panel shows for this state. */
    diagnostics(state: EngineState): Diagnostic[];
}

/** Binds the engine to one configuration; the mapping is compiled once per softphone catalogue. */
export function createEngine(config: SyncConfigurationInput): Engine {
    // Compiled once per distinct catalogue: a reconnecting softphone announces the same one again.
    const byCatalogue = new Map<string, CompiledMapping>();
    let lastCatalogue: unknown = undefined;
    let compiled: CompiledMapping = compileMapping(config, null);
    const mapping = (state: EngineState): CompiledMapping => {
        const catalogue = state.softphone.catalogue;
        if (catalogue === lastCatalogue) return compiled;
        const key = catalogue === null ? '' : JSON.stringify(catalogue);
        let found = byCatalogue.get(key);
        if (found === undefined) {
            found = compileMapping(config, catalogue);
            if (byCatalogue.size >= 8) byCatalogue.clear();
            byCatalogue.set(key, found);
        }
        compiled = found;
        lastCatalogue = catalogue;
        return compiled;
    };

    const step = (state: EngineState, input: EngineInput, now: number): StepResult => {
        const s = draft(state);
        if (input.kind === 'softphone' && input.event === 'connected')
            s.softphone.catalogue = input.catalogue.map((entry) => ({ ...entry }));
        const ctx: Ctx = { m: mapping(s), now, input: describeInput(input), commands: [], decisions: [] };
        switch (input.kind) {
            case 'omni':
                onOmni(ctx, s, input);
                break;
            case 'softphone':
                onSoftphone(ctx, s, input);
                break;
            case 'result':
                onResult(ctx, s, input);
                break;
            case 'tick':
                onTick(ctx, s);
                break;
        }
        driveOmni(ctx, s);
        driveSoftphone(ctx, s);
        // B20: every input leaves a trace, even one that changed nothing.
        if (ctx.decisions.length === 0 && input.kind !== 'tick')
            decide(ctx, 'track', 'recorded', 'recorded; nothing to do');
        return { state: s, commands: ctx.commands, decisions: ctx.decisions, wakeAt: wakeAt(s) };
    };

    const diagnostics = (state: EngineState): Diagnostic[] => {
        const m = mapping(state);
        const out: Diagnostic[] = m.diagnostics.map((d) => ({
            code: 'config',
            severity:
                d.problem === 'missing-settings'
                    ? 'info'
                    : d.problem === 'major-state-unmapped' || d.problem === 'bad-setting'
                      ? 'warning'
                      : 'error',
            subject: d.record,
            message: d.field === null ? d.message : `${d.field}: ${d.message}`
        }));
        if (!m.settings.syncEnabled)
            out.push({
                code: 'sync-disabled',
                severity: 'warning',
                subject: 'Sync_Enabled__c',
                message: 'sync is switched off in the settings'
            });
        if (!state.softphone.connected)
            out.push({
                code: 'softphone-disconnected',
                severity: 'warning',
                subject: 'softphone',
                message: 'the softphone is not connected'
            });
        if (state.held !== null) {
            out.push({
                code: 'held-change',
                severity: 'info',
                subject: describeOmni(state.held),
                message: 'held until the interaction ends'
            });
        }
        for (const notice of state.notices) {
            out.push({
                code: notice.code,
                severity:
                    notice.code === 'command-failed' || notice.code === 'omni-connection-error'
                        ? 'error'
                        : notice.code === 'omni-handover' || notice.code === 'omni-maintenance'
                          ? 'info'
                          : 'warning',
                subject: notice.subject,
                message: notice.detail
            });
        }
        return out;
    };

    return { mapping, step, diagnostics };
}
