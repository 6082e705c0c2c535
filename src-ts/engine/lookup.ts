/**
 * Mapping lookups for the engine: what a softphone state asks of Omni (B1) and what an
 * Omni status asks of the softphone (B2), with no-change rows (B6) and unmapped fallbacks (B9).
 */
import { formatState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { EngineState, OmniTarget, RuleId, SoftphoneTarget } from './types';
import { type Ctx, addNotice, decide } from './context';

const stateParams = (state: SoftphoneState): Record<string, string> =>
    state.minor === null ? { state: state.major } : { state: state.major, minor: state.minor };

/** `status` and, when the org has it, `statusLabel`. */
function statusParams(ctx: Ctx, status: string): Record<string, string> {
    const label = ctx.mapping.statusByName(status)?.label;
    return label === undefined ? { status } : { status, statusLabel: label };
}

// ─── Mapping lookups (B1, B2, B6, B9) ────────────────────────────────────────

/** The Omni target a softphone state asks for, or null (no change, unmapped). */
export function omniTargetFor(
    ctx: Ctx,
    engineState: EngineState,
    state: SoftphoneState,
    rule: RuleId
): OmniTarget | null {
    const lookup = ctx.mapping.softphoneToOmni(state);
    const name = formatState(state);
    switch (lookup.kind) {
        case 'status':
            if (lookup.via === 'fallback') {
                addNotice(engineState, {
                    code: 'unmapped-state',
                    subject: name,
                    detail: `fallback ${lookup.status}`,
                    params: { ...stateParams(state), default: lookup.status }
                });
                decide(ctx, 'B9', 'unmapped-fallback', 'state_unmapped_fallback', {
                    state: name,
                    status: lookup.status
                });
                return { kind: 'status', status: lookup.status, rule: 'B9', mayLogin: false };
            }
            return { kind: 'status', status: lookup.status, rule, mayLogin: false };
        case 'logout':
            return { kind: 'offline', rule };
        case 'noChange':
            decide(ctx, 'B6', 'no-change-row', 'state_no_change_row', { record: lookup.record ?? '', state: name });
            return null;
        case 'unmapped':
            addNotice(engineState, {
                code: 'unmapped-state',
                subject: name,
                detail: 'no change',
                params: { ...stateParams(state), default: 'noChange' }
            });
            decide(ctx, 'B9', 'unmapped', 'state_unmapped', { state: name });
            return null;
    }
}

/** The softphone target an Omni status asks for, or null (no change, unmapped, reserved). */
export function softphoneTargetFor(
    ctx: Ctx,
    engineState: EngineState,
    status: string | null,
    rule: RuleId
): SoftphoneTarget | null {
    if (status === null) {
        addNotice(engineState, {
            code: 'unmapped-status',
            subject: 'unknown status',
            detail: 'no change',
            params: { status: '', default: 'noChange' }
        });
        decide(ctx, 'B9', 'unmapped', 'status_not_in_org');
        return null;
    }
    const outcome = ctx.mapping.omniToSoftphone(status);
    switch (outcome.kind) {
        case 'state': {
            if (ctx.mapping.isReserved(outcome.state)) {
                addNotice(engineState, {
                    code: 'reserved-target',
                    subject: formatState(outcome.state),
                    detail: status,
                    params: { ...stateParams(outcome.state), ...statusParams(ctx, status) }
                });
                decide(ctx, 'B6', 'reserved-target', 'reserved_not_from_omni', { state: formatState(outcome.state) });
                // The contact centre's states are never a target: the busy fallback keeps the agent
                // unroutable there, as the status asked (B6, B9).
                const fallback = ctx.mapping.settings.busyFallbackState;
                return ctx.mapping.isReserved(fallback) ? null : { kind: 'state', state: fallback, rule };
            }
            if (outcome.via === 'fallback') {
                addNotice(engineState, {
                    code: 'unmapped-status',
                    subject: status,
                    detail: `fallback ${formatState(outcome.state)}`,
                    params: { ...statusParams(ctx, status), default: formatState(outcome.state) }
                });
                decide(ctx, 'B9', 'unmapped-fallback', 'status_unmapped_fallback', {
                    status,
                    state: formatState(outcome.state)
                });
                return { kind: 'state', state: outcome.state, rule: 'B9' };
            }
            return { kind: 'state', state: outcome.state, rule };
        }
        case 'noChange':
            decide(ctx, 'B6', 'no-change-row', 'status_no_change_row', { record: outcome.record ?? '', status });
            return null;
        case 'unmapped':
            addNotice(engineState, {
                code: 'unmapped-status',
                subject: status,
                detail: 'no change',
                params: { ...statusParams(ctx, status), default: 'noChange' }
            });
            decide(ctx, 'B9', 'unmapped', 'status_unmapped', { status });
            return null;
    }
}
