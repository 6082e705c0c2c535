// Short sequences for the Setup page's dry run, written as scenarios for the engine's own scenario
// runner (runScenario from c/presenceSync, the one `npm run simulate` uses). They run on the
// configuration being edited; nothing is expected of them, the page shows what happens.

const start = (readyStatus, readyState) => [
    { note: 'start', omni: { event: 'snapshot', loggedIn: true, status: readyStatus } },
    { note: 'start', softphone: { event: 'connected', loggedIn: true, state: readyState } }
];

/** The sequences on offer. `status` and `state` are what the admin picked in the form. */
export const SEQUENCES = [
    {
        id: 'callThenStatus',
        needs: 'status',
        steps: ({ readyStatus, readyState, status }) => [
            ...start(readyStatus, readyState),
            { note: 'callStarts', softphone: { event: 'interactionStarted', id: 'call-1', direction: 'inbound' } },
            { note: 'picksStatus', omni: { event: 'statusChanged', status, reason: 'OmniManualStatusChange' } },
            { note: 'callEnds', softphone: { event: 'interactionEnded', id: 'call-1' } }
        ]
    },
    {
        id: 'pickStatus',
        needs: 'status',
        steps: ({ readyStatus, readyState, status }) => [
            ...start(readyStatus, readyState),
            { note: 'picksStatus', omni: { event: 'statusChanged', status, reason: 'OmniManualStatusChange' } }
        ]
    },
    {
        id: 'pickState',
        needs: 'state',
        steps: ({ readyStatus, readyState, state }) => [
            ...start(readyStatus, readyState),
            { note: 'picksState', softphone: { event: 'stateChanged', state, cause: 'agent' } }
        ]
    },
    {
        id: 'softphoneLogin',
        needs: 'state',
        steps: ({ state }) => [
            { note: 'start', omni: { event: 'snapshot', loggedIn: false } },
            { note: 'start', softphone: { event: 'connected', loggedIn: false } },
            { note: 'logsIn', softphone: { event: 'loggedIn', state } }
        ]
    },
    {
        id: 'softphoneLogout',
        needs: null,
        steps: ({ readyStatus, readyState }) => [
            ...start(readyStatus, readyState),
            { note: 'logsOut', softphone: { event: 'loggedOut', cause: 'agent' } }
        ]
    }
];

/** The scenario for a sequence, on the edited configuration. */
export function sequenceScenario(sequence, picks, configuration, noteText) {
    return {
        id: sequence.id,
        title: sequence.id,
        world: 'auto',
        configuration,
        steps: sequence.steps(picks).map((step) => ({ ...step, note: noteText(step.note) }))
    };
}

/** The trace as the page lists it: per step, what came in, each rule's decision and the commands. */
export function traceRows(run, detail = (decision) => decision.detail ?? '') {
    return run.trace.map((entry) => ({
        key: `step-${entry.step}`,
        step: entry.step,
        note: entry.note,
        decisions: entry.decisions.map((decision, index) => ({
            key: `step-${entry.step}-${index}`,
            rule: decision.rule,
            input: decision.input,
            detail: detail(decision),
            commands: decision.commands.join('; ')
        })),
        failures: entry.failures
    }));
}
