/**
 * The softphone's state change that ends a call's wrap (issue 21), told apart so that the panel does not name an
 * actor it does not know.
 *
 * What a wrap's end carries: the Vonage Contact Center guide ("Revert to status before interaction", in the
 * Salesforce Omni-Channel integration page) says that when an agent finishes an interaction "including any wrap
 * time", VCC changes the agent's state in ContactPad to Ready (or to the Agent Post Call State). The simulated
 * ContactPad does the same: the interaction's end (`interactionEnded`), then the after-call state with
 * `cause: 'system'`, whether the agent clicked End wrap or the wrap time ran out. Nothing in those messages says
 * which, so the sentence names the softphone and the wrap's end ("The softphone changed to Ready: the call's wrap
 * ended."), not the contact centre and not the agent. The engine's decision is left as it is: a held change still
 * applies at the call's end (B11).
 */
import type { DecisionInput } from './types';

/** The input parameter the panel adds to a wrap's end, for its words only (never written to the exports' codes). */
export const WRAP_END_PARAM = 'wrapEnded';

const softphoneEvent = (decision: DecisionInput): string | null => {
    const kind = decision.inputKind ?? decision.input.split(' ').slice(0, 2).join('.');
    const [side = '', event = ''] = kind.split(/[.: ]/);
    return side === 'softphone' ? event : null;
};

/** Whether two decisions answer the same input: the same event, recorded at the same moment. */
const sameEvent = (a: DecisionInput, b: DecisionInput): boolean => a.at === b.at && a.input === b.input;

/**
 * The decisions (in any order; the same order back) with each one a wrap's end made marked by `WRAP_END_PARAM` in
 * its `inputParams`: a softphone state change of cause `system` whose softphone event just before it (by sequence
 * number) is the end of an interaction, with no interaction left open as far as the decisions tell, and during which
 * the softphone changed state at least twice (talk, then wrap): an offer missed or declined, or a call with no wrap,
 * ends in a state the contact centre set, and keeps those words. Every decision of that event is marked. A list that
 * starts after the interaction's end marks nothing.
 */
export function withWrapEnds(decisions: readonly DecisionInput[]): DecisionInput[] {
    const ordered = [...decisions].sort((a, b) => a.seq - b.seq);
    const marked = new Set<DecisionInput>();
    let open = 0;
    /** The last softphone event seen: its first decision, its kind, and whether it ended a wrap. */
    let lastDecision: DecisionInput | null = null;
    let lastEvent = '';
    let lastWrapEnd = false;
    /** The softphone's state changes since the open interactions began. */
    let callStates = 0;
    for (const decision of ordered) {
        const event = softphoneEvent(decision);
        if (event === null) continue;
        if (lastDecision !== null && sameEvent(lastDecision, decision)) {
            if (lastWrapEnd) marked.add(decision);
            continue;
        }
        if (event === 'interactionStarted') {
            if (open === 0) callStates = 0;
            open++;
        }
        if (event === 'stateChanged' && open > 0) callStates++;
        if (event === 'interactionEnded') open = Math.max(0, open - 1);
        const wrapEnd: boolean =
            event === 'stateChanged' &&
            decision.inputParams?.cause === 'system' &&
            lastEvent === 'interactionEnded' &&
            open === 0 &&
            callStates >= 2;
        if (wrapEnd) marked.add(decision);
        lastDecision = decision;
        lastEvent = event;
        lastWrapEnd = wrapEnd;
    }
    if (marked.size === 0) return [...decisions];
    return decisions.map((decision) =>
        marked.has(decision)
            ? { ...decision, inputParams: { ...decision.inputParams, [WRAP_END_PARAM]: 'true' } }
            : decision
    );
}
