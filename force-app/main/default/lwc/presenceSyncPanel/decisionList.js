// The decisions list as the panel shows it: confirmations and echoes of the sync's own changes (most of a busy
// day's rows) are hidden unless the agent shows them; the exports always carry every decision.
import { formatLabel } from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';

/** The last list, given again (the same object) for the same rows and the same toggle. */
let last = { decisions: null, showRoutine: null, list: null };

/**
 * The decisions to show and the toggle's words: `decisions` is the display model's list (each with `routine`),
 * `showRoutine` the toggle, whose label counts the confirmations and echoes.
 */
export function decisionList(decisions, showRoutine) {
    if (last.list !== null && last.decisions === decisions && last.showRoutine === showRoutine) return last.list;
    last = { decisions, showRoutine, list: listOf(decisions, showRoutine) };
    return last.list;
}

function listOf(decisions, showRoutine) {
    const all = decisions ?? [];
    const routine = all.filter((decision) => decision.routine).length;
    const shown = showRoutine ? all : all.filter((decision) => !decision.routine);
    return {
        decisions: shown,
        hasDecisions: shown.length > 0,
        toggleLabel: formatLabel(LABELS.Decisions_Show_Routine, [String(routine)]),
        hasRoutine: routine > 0
    };
}
