/**
 * The softphone following a genuine Omni change: held during an interaction (B11), kept busy by work
 * (B7, B8), or mapped (B2); and a held change a newer Omni change supersedes (B11).
 */
import type { EngineState } from './types';
import { type Ctx, decide, describeOmni, inInteraction, omniParams } from './context';
import { setSoftphoneTarget } from './commands';
import { softphoneTargetFor } from './lookup';
import { workBusyState } from './work';

/** A newer Omni change outside an interaction supersedes a held change (B11). */
export function supersedeHeldByOmni(ctx: Ctx, engineState: EngineState): void {
    if (engineState.held === null) return;
    decide(
        ctx,
        'B11',
        'held-superseded',
        'held_superseded_by_omni',
        { omni: describeOmni(engineState.held) },
        undefined,
        omniParams(engineState.held)
    );
    engineState.held = null;
    engineState.heldApplying = false;
    if (engineState.softphone.target?.rule === 'B11') engineState.softphone.target = null;
}

/** A genuine Omni status change: hold it (B11), keep the work busy state (B7/B8), or map it (B2). */
export function followOmni(ctx: Ctx, engineState: EngineState, status: string | null, reason: string | null): void {
    const sp = engineState.softphone;
    const onCall = inInteraction(ctx, engineState);
    if (engineState.held !== null && !onCall) supersedeHeldByOmni(ctx, engineState);
    if (!sp.connected || sp.presence !== 'loggedIn') {
        decide(ctx, 'B2', 'softphone-unavailable', 'omni_change_softphone_out', {
            omni: status ?? 'unknown',
            reason: reason ?? ''
        });
        return;
    }
    if (onCall && ctx.mapping.settings.holdDuringInteraction) {
        if (status !== null) {
            engineState.held = { kind: 'status', status };
            engineState.heldApplying = false;
            engineState.heldAt = ctx.now;
        }
        sp.target = null;
        decide(
            ctx,
            'B11',
            'hold',
            'held_on_interaction',
            { omni: status ?? 'unknown' },
            undefined,
            status === null ? { side: 'softphone' } : { side: 'softphone', status }
        );
        return;
    }
    if (workBusyState(ctx, engineState) !== null) {
        decide(ctx, engineState.work.accepted.length > 0 ? 'B7' : 'B8', 'work-busy', 'work_keeps_busy', {
            omni: status ?? 'unknown'
        });
        return;
    }
    setSoftphoneTarget(ctx, engineState, softphoneTargetFor(ctx, engineState, status, 'B2'));
}
