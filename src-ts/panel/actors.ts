/**
 * Who acted, for each decision of the list and the exports: the agent, a supervisor, the contact centre,
 * Omni-Channel itself, the sync, or the softphone. Read from what the engine recorded of the input: Omni's
 * status and logout reason (the engine's own table of reasons, `NAMED_REASONS` in
 * src-ts/engine/attribution.ts), the softphone's `cause` of a state change (the bridge protocol's
 * `agent`, `system`, `host`), and the outcome `echo` (the engine judged the change the sync's own, B12).
 */
import { NAMED_REASONS } from '../engine/attribution';
import type { DecisionInput } from './types';
import { WRAP_END_PARAM } from './wrap-ends';

/** Who acted, as the panel names them (label key `Actor_<code>`). */
export type ActorCode = 'agent' | 'supervisor' | 'contact_centre' | 'omni' | 'sync' | 'softphone' | 'unknown';

/**
 * Who acted and, for Omni-Channel acting by itself, why (`push_timeout`, `decline`, `maintenance`, `handover`); for
 * the softphone changing at a call's wrap end, `wrap_end` (wrap-ends.ts: the agent or the wrap time, not known).
 */
export interface DecisionActor {
    by: ActorCode;
    why: string | null;
}

const actor = (by: ActorCode, why: string | null = null): DecisionActor => ({ by, why });

/** The side and event of a decision's input (`omni.statusChanged` → `['omni', 'statusChanged']`). */
export function inputSideEvent(decision: DecisionInput): [string, string] {
    if (decision.inputKind) {
        const [side = '', event = ''] = decision.inputKind.split(/[.:/]/);
        return [side, decision.inputParams?.event ?? event];
    }
    const [side = '', event = ''] = decision.input.split(' ');
    return [side, event];
}

/** An Omni reason by its named actor: the agent, a supervisor, or Omni-Channel for its own reasons. */
function omniReasonActor(reason: string | undefined): DecisionActor | null {
    const named = reason === undefined ? undefined : NAMED_REASONS[reason];
    if (named === undefined) return null;
    if (named.by === 'agent') return actor('agent');
    if (named.by === 'supervisor') return actor('supervisor');
    return actor('omni', named.why === null ? null : named.why.replace(/-/g, '_'));
}

const SOFTPHONE_CAUSE: Readonly<Record<string, ActorCode>> = { agent: 'agent', system: 'contact_centre', host: 'sync' };

/** A runtime decision's actor: the agent's "Use this tab", Omni-Channel moving the session, else the sync. */
const RUNTIME_ACTOR: Readonly<Record<string, ActorCode>> = { takeOver: 'agent', sessionHere: 'omni' };

/** Who acted for one decision of the audit. */
export function decisionActor(decision: DecisionInput): DecisionActor {
    const [side, event] = inputSideEvent(decision);
    const params = decision.inputParams ?? {};
    if (decision.outcome === 'echo') return actor('sync');
    if (side === 'omni') {
        const named = omniReasonActor(params.reason);
        if (named !== null) return named;
        switch (event) {
            case 'loginSuccess':
                // A login no command of the sync explains is the agent's (attribution.ts, attributeOmni).
                return actor('agent');
            case 'workAccepted':
            case 'workDeclined':
            case 'workClosed':
                // The agent, in Omni-Channel or through the softphone (which the sync passes on, B19).
                return actor('agent');
            case 'workAssigned':
            case 'workloadChanged':
            case 'snapshot':
            case 'connectionError':
                return actor('omni');
            default:
                // No reason that names who acted, and not the sync's own change (then it is an echo).
                return actor('unknown');
        }
    }
    if (side === 'softphone') {
        if (params[WRAP_END_PARAM] === 'true') return actor('softphone', 'wrap_end');
        if (params.cause !== undefined) return actor(SOFTPHONE_CAUSE[params.cause] ?? 'unknown');
        switch (event) {
            case 'interactionStarted':
            case 'interactionEnded':
                return actor('contact_centre');
            case 'workAction':
            case 'loggedIn':
                return actor('agent');
            default:
                return actor('softphone');
        }
    }
    if (side === 'runtime') return actor(RUNTIME_ACTOR[event] ?? 'sync');
    return actor('sync');
}

/** The label key naming an actor (`Actor_agent` "You", `Actor_supervisor` "A supervisor", …). */
export const actorKey = (who: DecisionActor): string => `Actor_${who.by}`;
