/**
 * Omni work: the busy state while accepted work lasts (B7) or the workload is over the
 * capacity threshold (B8), and work items forwarded to the softphone (B19).
 */
import { formatState, sameState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { Command, EngineState, RuleId } from './types';
import { type Ctx, MAX_PENDING_WORK, decide, inInteraction, softphoneMatches, softphoneProjected } from './context';
import { emit, formatCommand, nextId, setSoftphoneTarget } from './drive';
import { softphoneTargetFor } from './lookup';

// ─── Work (B7, B8, B19) ──────────────────────────────────────────────────────

export function workBusyState(ctx: Ctx, s: EngineState): { state: SoftphoneState; rule: 'B7' | 'B8' } | null {
    const settings = ctx.mapping.settings;
    if (settings.workAcceptedState !== null && s.work.accepted.length > 0 && !s.work.overridden) {
        return { state: settings.workAcceptedState, rule: 'B7' };
    }
    const { workload, capacity } = s.work;
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
export function applyWorkRule(ctx: Ctx, s: EngineState): void {
    const busy = workBusyState(ctx, s);
    const available = s.softphone.presence === 'loggedIn' && !inInteraction(ctx, s);
    if (busy !== null) {
        const wasForced = s.work.forced;
        s.work = { ...s.work, forced: busy.state };
        if (!available) return;
        if (
            wasForced === null ||
            !sameState(wasForced, busy.state) ||
            !softphoneMatches({ kind: 'state', state: busy.state }, softphoneProjected(s))
        ) {
            const why = busy.rule === 'B7' ? 'Omni work accepted' : 'Omni workload reached the capacity threshold';
            decide(ctx, busy.rule, 'work-busy', `${why}: softphone to ${formatState(busy.state)}`);
            setSoftphoneTarget(ctx, s, { kind: 'state', state: busy.state, rule: busy.rule });
        }
        return;
    }
    if (s.work.forced === null) return;
    s.work = { ...s.work, forced: null };
    if (!available) return;
    const release: RuleId = ctx.mapping.settings.workAcceptedState !== null ? 'B7' : 'B8';
    if (s.omni.presence !== 'online') {
        decide(ctx, release, 'work-release', 'Omni work is over; Omni is offline, softphone left as it is');
        return;
    }
    decide(ctx, release, 'work-release', `Omni work is over: softphone follows ${s.omni.status ?? 'the Omni status'}`);
    setSoftphoneTarget(ctx, s, softphoneTargetFor(ctx, s, s.omni.status, release));
}

export function forwardWork(
    ctx: Ctx,
    s: EngineState,
    event: 'assigned' | 'accepted' | 'declined' | 'closed',
    workId: string,
    workItemId: string
): void {
    const p = s.softphone;
    if (!ctx.mapping.settings.forwardWorkItems || !ctx.mapping.settings.syncEnabled) return;
    if (!p.connected || p.presence !== 'loggedIn' || !p.capabilities.includes('workItems')) return;
    const command: Command = {
        side: 'softphone',
        id: nextId(s, 'w'),
        rule: 'B19',
        type: 'workItem',
        event,
        workId,
        workItemId
    };
    trackWork(s, command.id, formatCommand(command));
    emit(ctx, command, `work item ${event} forwarded to the softphone`);
}

export function trackWork(s: EngineState, id: string, label: string): void {
    s.pendingWork = [...s.pendingWork, { id, label }].slice(-MAX_PENDING_WORK);
}
