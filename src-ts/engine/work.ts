/**
 * Omni work: the busy state while accepted work lasts (B7) or the workload is over the
 * capacity threshold (B8), and work items forwarded to the softphone (B19).
 */
import { formatState, sameState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { Command, EngineState, RuleId } from './types';
import { type Ctx, MAX_PENDING_WORK, decide, inInteraction, softphoneMatches, softphoneProjected } from './context';
import { emit, formatCommand, nextId, setSoftphoneTarget } from './commands';
import { softphoneTargetFor } from './lookup';

// ─── Work (B7, B8, B19) ──────────────────────────────────────────────────────

/**
 * The busy state accepted work asks of the softphone (B7: Work Accepted State), or over capacity (B8:
 * Capacity Busy State), unless the agent overrode it; null when neither applies.
 */
export function workBusyState(ctx: Ctx, engineState: EngineState): { state: SoftphoneState; rule: 'B7' | 'B8' } | null {
    const settings = ctx.mapping.settings;
    if (settings.workAcceptedState !== null && engineState.work.accepted.length > 0 && !engineState.work.overridden) {
        return { state: settings.workAcceptedState, rule: 'B7' };
    }
    const { workload, capacity } = engineState.work;
    if (
        settings.capacityThresholdPercent !== null &&
        settings.capacityBusyState !== null &&
        workload !== null &&
        capacity !== null &&
        capacity > 0 &&
        (workload * 100) / capacity >= settings.capacityThresholdPercent
    ) {
        return { state: settings.capacityBusyState, rule: 'B8' };
    }
    return null;
}

/** Puts the softphone in the work busy state while B7/B8 hold, and back to the Omni status's mapping after. */
export function applyWorkRule(ctx: Ctx, engineState: EngineState): void {
    const busy = workBusyState(ctx, engineState);
    const available = engineState.softphone.presence === 'loggedIn' && !inInteraction(ctx, engineState);
    if (busy !== null) {
        const wasForced = engineState.work.forced;
        engineState.work = { ...engineState.work, forced: busy.state };
        if (!available) return;
        if (
            wasForced === null ||
            !sameState(wasForced, busy.state) ||
            !softphoneMatches({ kind: 'state', state: busy.state }, softphoneProjected(engineState))
        ) {
            decide(ctx, busy.rule, 'work-busy', busy.rule === 'B7' ? 'work_accepted_busy' : 'capacity_busy', {
                state: formatState(busy.state)
            });
            setSoftphoneTarget(ctx, engineState, { kind: 'state', state: busy.state, rule: busy.rule });
        }
        return;
    }
    if (engineState.work.forced === null) return;
    engineState.work = { ...engineState.work, forced: null };
    if (!available) return;
    const release: RuleId = ctx.mapping.settings.workAcceptedState !== null ? 'B7' : 'B8';
    if (engineState.omni.presence !== 'online') {
        decide(ctx, release, 'work-release', 'work_over_omni_offline');
        return;
    }
    decide(ctx, release, 'work-release', 'work_over', { omni: engineState.omni.status ?? 'unknown' });
    setSoftphoneTarget(ctx, engineState, softphoneTargetFor(ctx, engineState, engineState.omni.status, release));
}

/** Forwards a work-item event to the softphone when Forward Work Items is on (B19). */
export function forwardWork(
    ctx: Ctx,
    engineState: EngineState,
    event: 'assigned' | 'accepted' | 'declined' | 'closed',
    workId: string,
    workItemId: string
): void {
    const p = engineState.softphone;
    if (!ctx.mapping.settings.forwardWorkItems || !ctx.mapping.settings.syncEnabled) return;
    if (!p.connected || p.presence !== 'loggedIn' || !p.capabilities.includes('workItems')) return;
    const command: Command = {
        side: 'softphone',
        id: nextId(engineState, 'w'),
        rule: 'B19',
        type: 'workItem',
        event,
        workId,
        workItemId
    };
    trackWork(engineState, command.id, formatCommand(command));
    const shown = engineState.work.shown ?? [];
    if (!shown.includes(workId))
        engineState.work = { ...engineState.work, shown: [...shown, workId].slice(-MAX_PENDING_WORK) };
    emit(ctx, command, 'work_forwarded', { event, work: workId });
}

/** Keeps a work-item event waiting for the softphone; the newest MAX_PENDING_WORK are kept. */
export function trackWork(engineState: EngineState, id: string, label: string): void {
    engineState.pendingWork = [...engineState.pendingWork, { id, label }].slice(-MAX_PENDING_WORK);
}
