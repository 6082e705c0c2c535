/**
 * B3: logging Omni in for the softphone, with the status its state maps to (or the Login Status setting).
 */
import { formatState } from '../mapping/compile';
import type { SoftphoneState } from '../mapping/types';
import type { EngineState } from './types';
import { type Ctx, addNotice, clearNotices, decide } from './context';
import { setOmniTarget } from './commands';

/** B3: the softphone is logged in and Omni is offline: log Omni in with the mapped (or login) status. */
export function loginOmniForSoftphone(
    ctx: Ctx,
    engineState: EngineState,
    state: SoftphoneState | null,
    rule: 'B3' | 'B15'
): void {
    const settings = ctx.mapping.settings;
    if (!settings.loginOmniOnSoftphoneLogin) {
        decide(ctx, 'B3', 'login-off', 'omni_login_off');
        return;
    }
    let status: string | null = null;
    if (state !== null) {
        const lookup = ctx.mapping.softphoneToOmni(state);
        if (lookup.kind === 'logout') {
            decide(ctx, 'B3', 'stays-offline', 'state_maps_to_logout', { state: formatState(state) });
            return;
        }
        if (lookup.kind === 'status') status = lookup.status;
    }
    status = settings.loginStatus ?? status;
    if (status === null) {
        if (state === null) {
            engineState.loginPending = true;
            decide(ctx, 'B3', 'login-waits', 'login_waits_for_state');
            return;
        }
        addNotice(engineState, {
            code: 'no-login-status',
            subject: formatState(state),
            detail: '',
            params: state.minor === null ? { state: state.major } : { state: state.major, minor: state.minor }
        });
        decide(ctx, 'B3', 'no-login-status', 'no_login_status', { state: formatState(state) });
        return;
    }
    engineState.loginPending = false;
    engineState.loginForSoftphone = false;
    clearNotices(engineState, 'no-login-status');
    setOmniTarget(ctx, engineState, { kind: 'status', status, rule, mayLogin: true });
}
