/**
 * What happens on each softphone event from the bridge.
 */
import { formatState, sameState } from '../mapping/compile';
import type { Command, EngineState, InteractionRef, SoftphoneInput, SoftphoneValue } from './types';
import {
    type Ctx,
    clearNotices,
    decide,
    describeSoftphone,
    inInteraction,
    isReadyState,
    softphoneNow
} from './context';
import {
    acceptSoftphoneEcho,
    emit,
    formatCommand,
    nextId,
    setOmniTarget,
    softphoneEcho,
    softphoneLeads
} from './drive';
import { beginRunIfNeeded, endRun } from './interactions';
import { omniTargetFor } from './lookup';
import { loginOmniForSoftphone, tryReconcile } from './reconcile';
import { applyWorkRule, trackWork } from './work';

// ─── Softphone inputs ────────────────────────────────────────────────────────

export function onSoftphone(ctx: Ctx, s: EngineState, input: SoftphoneInput): void {
    const p = s.softphone;
    switch (input.event) {
        case 'connected': {
            // The step has already taken the announced catalogue, so the mapping is compiled for it.
            p.connected = true;
            p.capabilities = [...input.capabilities];
            p.presence = input.loggedIn ? 'loggedIn' : 'loggedOut';
            p.state = input.loggedIn ? input.state : null;
            p.since = input.since ?? null;
            p.interactions = input.loggedIn ? (input.interactions ?? []).map((i) => ({ ...i })) : [];
            p.inFlight = null;
            p.expect = null;
            p.retry = null;
            p.target = null;
            clearNotices(s, 'command-failed', 'softphone');
            if (!inInteraction(ctx, s)) s.run = s.held === null ? null : s.run;
            beginRunIfNeeded(ctx, s);
            decide(ctx, 'track', 'connected', `softphone connected: ${describeSoftphone(softphoneNow(s))}`);
            s.reconcile = s.reconcile ?? 'softphone-reconnect';
            tryReconcile(ctx, s);
            return;
        }
        case 'disconnected': {
            p.connected = false;
            if (p.inFlight) decide(ctx, 'B17', 'lost', `softphone command ${p.inFlight.id} lost with the frame`);
            p.inFlight = null;
            p.expect = null;
            p.retry = null;
            p.target = null;
            decide(
                ctx,
                'B17',
                'disconnected',
                `softphone disconnected${input.reason ? ` (${input.reason})` : ''}; Omni left as it is`
            );
            const fallback = ctx.m.settings.disconnectStatus;
            if (fallback !== null && s.omni.presence === 'online') {
                setOmniTarget(ctx, s, { kind: 'status', status: fallback, rule: 'B17', mayLogin: false });
            }
            return;
        }
        case 'loggedIn': {
            p.presence = 'loggedIn';
            p.connected = true;
            if (input.state !== null) p.state = input.state;
            const value: SoftphoneValue | null = p.state === null ? null : { kind: 'state', state: p.state };
            if (value !== null) softphoneLeads(ctx, s, value);
            beginRunIfNeeded(ctx, s);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (s.omni.presence === 'offline') {
                loginOmniForSoftphone(ctx, s, p.state, 'B3');
            } else if (s.omni.presence === 'online' && p.state !== null) {
                setOmniTarget(ctx, s, omniTargetFor(ctx, s, p.state, 'B1'));
            }
            applyWorkRule(ctx, s);
            return;
        }
        case 'loggedOut': {
            const value: SoftphoneValue = { kind: 'loggedOut' };
            const echo = softphoneEcho(s, value, input.cause, input.requestId);
            p.presence = 'loggedOut';
            p.state = null;
            p.interactions = [];
            s.loginPending = false;
            if (s.run !== null || s.held !== null) {
                if (s.held !== null)
                    decide(ctx, 'B11', 'drop-held', 'the softphone logged out; the held change is dropped');
                s.run = null;
                s.held = null;
            }
            if (s.work.forced !== null) s.work = { ...s.work, forced: null };
            if (echo !== null) {
                acceptSoftphoneEcho(ctx, s, echo, value);
                return;
            }
            softphoneLeads(ctx, s, value);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (!ctx.m.settings.logoutOmniOnSoftphoneLogout) {
                decide(ctx, 'B4', 'logout-off', 'logging out of Omni on softphone logout is switched off');
                return;
            }
            if (s.omni.presence === 'offline') {
                decide(ctx, 'B4', 'already', 'Omni is already offline');
                return;
            }
            setOmniTarget(ctx, s, { kind: 'offline', rule: 'B4' });
            return;
        }
        case 'stateChanged': {
            const wasLoggedIn = p.presence === 'loggedIn';
            const value: SoftphoneValue = { kind: 'state', state: input.state };
            const echo = softphoneEcho(s, value, input.cause, input.requestId);
            p.presence = 'loggedIn';
            p.connected = true;
            const unchanged = p.state !== null && sameState(p.state, input.state);
            p.state = input.state;
            if (echo !== null) {
                acceptSoftphoneEcho(ctx, s, echo, value);
                beginRunIfNeeded(ctx, s);
                return;
            }
            if (unchanged && wasLoggedIn) {
                decide(ctx, 'track', 'unchanged', `the softphone is still ${formatState(input.state)}`);
                return;
            }
            softphoneLeads(ctx, s, value);
            if (input.cause === 'agent' && s.work.forced !== null) {
                s.work = { ...s.work, forced: null, overridden: s.work.accepted.length > 0 };
                decide(
                    ctx,
                    'B7',
                    'agent-override',
                    `the agent chose ${formatState(input.state)} over the work busy state`
                );
            }
            beginRunIfNeeded(ctx, s);
            if (s.reconcile !== null) {
                tryReconcile(ctx, s);
                return;
            }
            if (!wasLoggedIn || s.loginPending) {
                if (s.omni.presence === 'offline') {
                    loginOmniForSoftphone(ctx, s, input.state, 'B3');
                    return;
                }
                s.loginPending = false;
            }
            if (s.run !== null && !inInteraction(ctx, s)) {
                endRun(ctx, s);
                applyWorkRule(ctx, s);
                return;
            }
            if (
                s.run !== null &&
                s.run.inbound &&
                ctx.m.settings.revertAfterInbound &&
                isReadyState(ctx, input.state) &&
                p.interactions.length > 0
            ) {
                decide(
                    ctx,
                    'B10',
                    'revert-waits',
                    `back in ${formatState(input.state)} before the interaction ended; the revert waits for its end`
                );
                return;
            }
            setOmniTarget(ctx, s, omniTargetFor(ctx, s, input.state, 'B1'));
            applyWorkRule(ctx, s);
            return;
        }
        case 'interactionStarted': {
            if (!p.interactions.some((i) => i.interactionId === input.interactionId)) {
                const interaction: InteractionRef = { interactionId: input.interactionId, direction: input.direction };
                p.interactions = [...p.interactions, interaction];
            }
            if (s.run === null) {
                beginRunIfNeeded(ctx, s);
            } else if (input.direction === 'inbound' && !s.run.inbound) {
                s.run = { ...s.run, inbound: true };
            }
            decide(
                ctx,
                'track',
                'interaction',
                `${input.direction} interaction ${input.interactionId} started; Omni at ${s.run?.statusBefore ?? 'unknown'} before it`
            );
            return;
        }
        case 'interactionEnded': {
            p.interactions = p.interactions.filter((i) => i.interactionId !== input.interactionId);
            if (s.run !== null && !inInteraction(ctx, s)) {
                endRun(ctx, s);
                applyWorkRule(ctx, s);
            } else {
                decide(ctx, 'track', 'interaction', `interaction ${input.interactionId} ended`);
            }
            return;
        }
        case 'workAction': {
            if (s.omni.presence !== 'online') {
                decide(
                    ctx,
                    'B19',
                    'omni-offline',
                    `the softphone asked to ${input.action} work ${input.workId}, but Omni is offline`
                );
                return;
            }
            const id = nextId(s, 'w');
            const command: Command =
                input.action === 'accept'
                    ? { side: 'omni', id, rule: 'B19', method: 'acceptAgentWork', args: { workId: input.workId } }
                    : input.action === 'close'
                      ? { side: 'omni', id, rule: 'B19', method: 'closeAgentWork', args: { workId: input.workId } }
                      : {
                            side: 'omni',
                            id,
                            rule: 'B19',
                            method: 'declineAgentWork',
                            args: input.reason
                                ? { workId: input.workId, declineReason: input.reason }
                                : { workId: input.workId }
                        };
            trackWork(s, id, formatCommand(command));
            emit(ctx, command, `the softphone asked to ${input.action} work ${input.workId}`);
            return;
        }
    }
}
