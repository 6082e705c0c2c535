// Short sequences for the Setup page's dry run, written as scenarios for the engine's own scenario
// runner (runScenario from c/presenceSyncSetupKit, the one `npm run simulate` uses). They run on the
// configuration being edited; nothing is expected of them, the page shows what happens.
//
// Each step's `note` is the key of its title (label Step_<note>), `values` what the title names: no two steps of a
// sequence share a title. `needs` lists the choices a sequence takes: `start` (the status both sides start from),
// `status` (the status the agent picks) and `state` (the state the agent picks).

/** Both sides logged in: Omni-Channel in the start status, the softphone in the state that status maps to. */
const startAt = ({ startStatus, startStatusLabel, startState }) => [
    {
        note: 'startOmni',
        values: [startStatusLabel],
        omni: { event: 'snapshot', loggedIn: true, status: startStatus }
    },
    {
        note: 'startSoftphone',
        values: [startState],
        softphone: { event: 'connected', loggedIn: true, state: startState }
    }
];

/** The softphone's own states during a call (set by the contact centre, so `cause: 'system'`), where known. */
const callStates = ({ callState, wrapState }) => [
    ...(callState
        ? [
              {
                  note: 'callState',
                  values: [callState],
                  softphone: { event: 'stateChanged', state: callState, cause: 'system' }
              }
          ]
        : []),
    ...(wrapState
        ? [
              {
                  note: 'wrapState',
                  values: [wrapState],
                  softphone: { event: 'stateChanged', state: wrapState, cause: 'system' }
              }
          ]
        : [])
];

/** The sequences on offer. The picks: what the admin chose in the form, and the states the sequence needs. */
export const SEQUENCES = [
    {
        // Revert After Inbound (B10): the status before the call comes back once the call and its wrap are over.
        id: 'inboundCall',
        needs: ['start'],
        steps: (picks) => [
            ...startAt(picks),
            { note: 'inboundStarts', softphone: { event: 'interactionStarted', id: 'call-1', direction: 'inbound' } },
            ...callStates(picks),
            { note: 'callEnds', softphone: { event: 'interactionEnded', id: 'call-1' } },
            {
                note: 'backReady',
                values: [picks.readyState],
                softphone: { event: 'stateChanged', state: picks.readyState, cause: 'system' }
            }
        ]
    },
    {
        id: 'callThenStatus',
        needs: ['start', 'status'],
        steps: (picks) => [
            ...startAt(picks),
            { note: 'callStarts', softphone: { event: 'interactionStarted', id: 'call-1', direction: 'inbound' } },
            {
                note: 'picksStatus',
                values: [picks.statusLabel],
                omni: { event: 'statusChanged', status: picks.status, reason: 'OmniManualStatusChange' }
            },
            { note: 'callEnds', softphone: { event: 'interactionEnded', id: 'call-1' } }
        ]
    },
    {
        // Accepted Omni-Channel work (B7, B19): the softphone is busy while the agent works it.
        id: 'workAccepted',
        needs: ['start'],
        steps: (picks) => [
            ...startAt(picks),
            { note: 'workAssigned', omni: { event: 'workAssigned', workId: 'work-1' } },
            { note: 'workAccepted', omni: { event: 'workAccepted', workId: 'work-1' } },
            { note: 'workClosed', omni: { event: 'workClosed', workId: 'work-1' } }
        ]
    },
    {
        id: 'pickStatus',
        needs: ['start', 'status'],
        steps: (picks) => [
            ...startAt(picks),
            {
                note: 'picksStatus',
                values: [picks.statusLabel],
                omni: { event: 'statusChanged', status: picks.status, reason: 'OmniManualStatusChange' }
            }
        ]
    },
    {
        id: 'pickState',
        needs: ['start', 'state'],
        steps: (picks) => [
            ...startAt(picks),
            {
                note: 'picksState',
                values: [picks.state],
                softphone: { event: 'stateChanged', state: picks.state, cause: 'agent' }
            }
        ]
    },
    {
        id: 'softphoneLogin',
        needs: ['state'],
        steps: (picks) => [
            { note: 'startOmniOffline', omni: { event: 'snapshot', loggedIn: false } },
            { note: 'startSoftphoneOffline', softphone: { event: 'connected', loggedIn: false } },
            { note: 'logsIn', values: [picks.state], softphone: { event: 'loggedIn', state: picks.state } }
        ]
    },
    {
        id: 'softphoneLogout',
        needs: ['start'],
        steps: (picks) => [...startAt(picks), { note: 'logsOut', softphone: { event: 'loggedOut', cause: 'agent' } }]
    }
];

/** The scenario for a sequence, on the edited configuration; `noteText(note, values)` titles each step. */
export function sequenceScenario(sequence, picks, configuration, noteText) {
    return {
        id: sequence.id,
        title: sequence.id,
        world: 'auto',
        configuration,
        steps: sequence
            .steps(picks)
            .map(({ values, ...step }) => ({ ...step, note: noteText(step.note, values ?? []) }))
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
            commandList: decision.commands
        })),
        failures: entry.failures
    }));
}
