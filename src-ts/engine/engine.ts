/**
 * The sync engine: a pure function from (state, input, now) to (new state, commands,
 * decisions). Rules decide what each side should become (a target); each side's command step
 * turns targets into at most one command at a time, and recognises the echoes of its own
 * commands so that nothing the sync did is ever propagated back (B12).
 *
 * No DOM, timers, globals or clock reads: `now` comes in with every input, and the state
 * is plain data that the runtime persists across a reload.
 */
import { compileMapping, type CompiledMapping } from '../mapping/compile';
import type { SyncConfigurationInput } from '../mapping/types';
import type { ConfigDiagnostic } from '../mapping/types';
import type { Diagnostic, DiagnosticKey, EngineInput, EngineState, Notice, StepResult } from './types';
import { NOTICE_KEYS, noticeSeverity } from './notice-table';
import { type Ctx, decide, describeOmni, draft } from './context';
import { endNotices } from './notice-ends';
import { commandOmni, commandSoftphone } from './commands';
import { onOmni } from './omni-inputs';
import { onResult, onTick, wakeAt } from './results';
import { onSoftphone } from './softphone-inputs';
import { pruneLate } from './attribution';
import { mustSaveAtOnce } from './save-at-once';
import { describeInput, inputKindOf, inputParamsOf } from './input-audit';

export {
    ECHO_WINDOW_MS,
    heldChange,
    initialState,
    isOnInteraction,
    resumeState,
    retryDelayMs,
    shiftStateTimes
} from './context';
export { formatCommand } from './commands';
export { describeInput, inputKindOf, inputParamsOf } from './input-audit';

// Why the sync sends a softphone `setState` (the bridge protocol's `reason`): beside the bridge host, which sends it.
export { softphoneCommandReason } from './command-reason';

// ─── Diagnostics (C1) ────────────────────────────────────────────────────────

const CONFIG_KEYS: Record<ConfigDiagnostic['problem'], DiagnosticKey> = {
    'blank-field': 'blankField',
    'bad-value': 'badValue',
    'duplicate-row': 'duplicateRow',
    'contradictory-rows': 'contradictoryRows',
    'unknown-status': 'unknownStatus',
    'unknown-state': 'unknownState',
    'reserved-target': 'reservedTarget',
    'major-state-unmapped': 'unmappedMajorState',
    'unmapped-status': 'unmappedStatus',
    'bad-setting': 'badSetting',
    'missing-settings': 'missingSettings'
};

function configSeverity(problem: ConfigDiagnostic['problem']): Diagnostic['severity'] {
    if (problem === 'missing-settings') return 'info';
    if (problem === 'major-state-unmapped' || problem === 'bad-setting' || problem === 'unmapped-status')
        return 'warning';
    return 'error';
}

/** A compiler diagnostic (`compileMapping`) as the engine reports it: keyed, with its severity, record and field. */
export function configDiagnostic(d: ConfigDiagnostic): Diagnostic {
    const out: Diagnostic = {
        code: 'config',
        key: CONFIG_KEYS[d.problem],
        severity: configSeverity(d.problem),
        subject: d.record,
        message: d.field === null ? d.message : `${d.field}: ${d.message}`,
        params: d.params
    };
    if (d.params.type === 'Presence_Mapping__mdt' && d.params.record !== undefined) out.row = d.params.record;
    if (d.field !== null) out.field = d.field;
    return out;
}

function noticeDiagnostic(notice: Notice): Diagnostic {
    const code = notice.code;
    return {
        code,
        key: code === 'config' ? 'badSetting' : NOTICE_KEYS[code],
        severity: noticeSeverity(code),
        subject: notice.subject,
        message: notice.detail,
        params: notice.params ?? {}
    };
}

// ─── The engine ──────────────────────────────────────────────────────────────

/**
 * The engine bound to one configuration. `step` is pure: the same state, input and `now`
 * (milliseconds of a monotonic clock such as performance.now(), within one page) give the same next
 * state, commands and decisions; it never reads a clock or schedules anything.
 */
export interface Engine {
    /** The mapping compiled for the softphone's current catalogue. */
    mapping(state: EngineState): CompiledMapping;
    step(state: EngineState, input: EngineInput, now: number): StepResult;
    /** What the utility panel shows for this state. */
    diagnostics(state: EngineState): Diagnostic[];
}

/** Binds the engine to one configuration; the mapping is compiled once per softphone catalogue. */
export function createEngine(config: SyncConfigurationInput): Engine {
    const mapping = mappingByCatalogue(config);
    const step = (state: EngineState, input: EngineInput, now: number): StepResult =>
        stepEngine(mapping, state, input, now);
    const diagnostics = (state: EngineState): Diagnostic[] => engineDiagnostics(mapping(state), state);
    return { mapping, step, diagnostics };
}

/** The mapping for a state's softphone catalogue, compiled once per distinct catalogue. */
function mappingByCatalogue(config: SyncConfigurationInput): (state: EngineState) => CompiledMapping {
    // Compiled once per distinct catalogue: a reconnecting softphone announces the same one again.
    const byCatalogue = new Map<string, CompiledMapping>();
    let lastCatalogue: unknown = undefined;
    let compiled: CompiledMapping = compileMapping(config, null);
    return (state: EngineState): CompiledMapping => {
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
}

/** One pure step: the input's handler, then each side's command step, on a draft of the state. */
function stepEngine(
    mapping: (state: EngineState) => CompiledMapping,
    state: EngineState,
    input: EngineInput,
    now: number
): StepResult {
    const s = draft(state);
    pruneLate(s, now);
    if (input.kind === 'softphone' && input.event === 'connected')
        s.softphone.catalogue = input.catalogue.map((entry) => ({ ...entry }));
    const m = mapping(s);
    const ctx: Ctx = { mapping: m, now, commands: [], decisions: [], omniBy: undefined };
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
    commandOmni(ctx, s);
    commandSoftphone(ctx, s);
    endNotices(ctx, state, s, input);
    // B20: every input leaves a trace, even one that changed nothing.
    if (ctx.decisions.length === 0 && input.kind !== 'tick') decide(ctx, 'track', 'recorded', 'nothing_to_do');
    // The input's audit words, made once for all the step's decisions: a step that decides nothing makes none.
    if (ctx.decisions.length > 0) {
        const said = describeInput(input);
        const kind = inputKindOf(input);
        const params = inputParamsOf(input, m);
        for (const decision of ctx.decisions) {
            decision.input = said;
            decision.inputKind = kind;
            decision.inputParams = params;
        }
    }
    return {
        state: s,
        commands: ctx.commands,
        decisions: ctx.decisions,
        wakeAt: wakeAt(s),
        saveAtOnce: mustSaveAtOnce(ctx, state, s)
    };
}

/** The configuration's diagnostics, made once per compiled mapping (they never change with the state). */
const CONFIG_DIAGNOSTICS = new WeakMap<CompiledMapping, readonly Diagnostic[]>();

/**
 * A compiled mapping's diagnostics as the engine reports them, the same objects at every call: with
 * thousands of invalid rows, making them again for every view cost most of `diagnostics()` (issue 23).
 */
function configDiagnostics(m: CompiledMapping): readonly Diagnostic[] {
    let found = CONFIG_DIAGNOSTICS.get(m);
    if (found === undefined) {
        found = m.diagnostics.map(configDiagnostic);
        CONFIG_DIAGNOSTICS.set(m, found);
    }
    return found;
}

/** What the utility panel shows for a state: configuration problems, the sync off, the softphone away, the held change, notices. */
function engineDiagnostics(m: CompiledMapping, state: EngineState): Diagnostic[] {
    const out: Diagnostic[] = configDiagnostics(m).slice();
    if (!m.settings.syncEnabled)
        out.push({
            code: 'sync-disabled',
            key: 'syncOff',
            severity: 'warning',
            subject: 'Sync_Enabled__c',
            message: 'sync is switched off in the settings',
            params: { field: 'Sync_Enabled__c', type: 'Presence_Sync_Setting__mdt' },
            field: 'Sync_Enabled__c'
        });
    if (!state.softphone.connected)
        out.push({
            code: 'softphone-disconnected',
            key: 'softphoneDisconnected',
            severity: 'warning',
            subject: 'softphone',
            message: 'the softphone is not connected',
            params: {}
        });
    if (state.held !== null) {
        const held = state.held;
        const label = held.kind === 'status' ? m.statusByName(held.status)?.label : undefined;
        out.push({
            code: 'held-change',
            key: 'heldChange',
            severity: 'info',
            subject: describeOmni(held),
            message: 'held until the interaction ends',
            params:
                held.kind === 'offline'
                    ? { status: 'offline' }
                    : { status: held.status, ...(label === undefined ? {} : { statusLabel: label }) }
        });
    }
    for (const notice of state.notices) out.push(noticeDiagnostic(notice));
    return out;
}
