/**
 * Interaction runs, from the first interaction (or reserved state) to the end of the last
 * one's wrap: the held Omni change (B11) and the revert to the pre-call status (B10).
 */
import { formatState } from '../mapping/compile';
import type { EngineState } from './types';
import { type Ctx, decide, inInteraction, isReadyState, omniProjected } from './context';
import { setOmniTarget, setSoftphoneTarget } from './drive';
import { omniTargetFor, softphoneTargetFor } from './lookup';

// ─── Interaction runs (B10, B11) ─────────────────────────────────────────────

export function beginRunIfNeeded(ctx: Ctx, s: EngineState): void {
    if (s.run !== null || !inInteraction(ctx, s)) return;
    const projected = omniProjected(s);
    s.run = {
        statusBefore: projected?.kind === 'status' ? projected.status : null,
        inbound: s.softphone.interactions.some((i) => i.direction === 'inbound')
    };
}

/** Every interaction, wrap included, has ended: apply the held change (B11), the revert (B10) or the mapping (B1). */
export function endRun(ctx: Ctx, s: EngineState): void {
    const run = s.run;
    s.run = null;
    if (run === null) return;
    const held = s.held;
    if (held !== null) {
        s.held = null;
        if (held.kind === 'offline') {
            if (ctx.m.settings.logoutSoftphoneOnOmniLogout && s.omni.presence === 'offline') {
                decide(ctx, 'B11', 'apply-held', 'interaction over: applying the held Omni logout');
                setSoftphoneTarget(ctx, s, { kind: 'loggedOut', rule: 'B11' });
            } else {
                decide(ctx, 'B11', 'drop-held', 'interaction over: the held Omni logout no longer applies');
            }
        } else {
            decide(ctx, 'B11', 'apply-held', `interaction over: applying the held Omni change to ${held.status}`);
            const target = softphoneTargetFor(ctx, s, held.status, 'B11');
            setSoftphoneTarget(ctx, s, target);
            if (s.omni.presence === 'online')
                setOmniTarget(ctx, s, { kind: 'status', status: held.status, rule: 'B11', mayLogin: false });
        }
        return;
    }
    const state = s.softphone.state;
    if (state === null || s.softphone.presence !== 'loggedIn') return;
    if (ctx.m.settings.revertAfterInbound && run.inbound && isReadyState(ctx, state) && run.statusBefore !== null) {
        decide(
            ctx,
            'B10',
            'revert',
            `inbound interaction over and back in ${formatState(state)}: restoring ${run.statusBefore}`
        );
        setOmniTarget(ctx, s, { kind: 'status', status: run.statusBefore, rule: 'B10', mayLogin: false });
        return;
    }
    setOmniTarget(ctx, s, omniTargetFor(ctx, s, state, 'B1'));
}
