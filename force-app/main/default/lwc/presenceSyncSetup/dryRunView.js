// The Setup page's dry run, free of the DOM: the choices it offers, the sequence it plays on the configuration being
// edited or the scenario file the admin uploads, and its trace in the admin's language (the engine's scenario
// runner, from c/presenceSyncSetupKit). The page hands its dry run events to `sequenceDryRun` and `fileDryRun`.
import { detailText, formatLabel, runScenario, sayText } from 'c/presenceSyncSetupKit';
import { compilerInput, formatState } from './model';
import { errorMessage } from './saveRunner';
import { SEQUENCES, sequenceScenario, traceRows } from './sequences';

const say = (template, ...values) => formatLabel(template, values);

function findSequence(id) {
    return SEQUENCES.find((sequence) => sequence.id === id) ?? SEQUENCES[0];
}

/** The sequences the dry run offers, for c-presence-sync-dry-run: `{ value, label, needs }`. */
export function sequenceChoices(labels) {
    return SEQUENCES.map((sequence) => ({
        value: sequence.id,
        label: labels[`Sequence_${sequence.id}`],
        needs: sequence.needs ?? null
    }));
}

/** The presence statuses a sequence may pick: "Label (ApiName)". */
export function statusChoices(statuses) {
    return statuses.map((status) => ({
        value: status.developerName,
        label: `${status.label} (${status.developerName})`
    }));
}

/** The states an agent can pick (reserved ones left out), as "Major / Minor". */
export function stateChoices(knownStates) {
    return knownStates
        .filter((state) => !state.reserved)
        .map((state) => formatState(state.major, state.minor))
        .map((name) => ({ value: name, label: name }));
}

/**
 * The chosen sequence as a scenario on `configuration`: it starts in the ready state and its status (the one the
 * ready state maps to, else the first status with channels), then plays the status or state picked.
 */
export function sequenceRun({ sequenceId, compiled, statuses, status, state, configuration, labels }) {
    const readyState = compiled.settings.readyState;
    const readyLookup = compiled.softphoneToOmni(readyState);
    const readyStatus =
        readyLookup.kind === 'status'
            ? readyLookup.status
            : (statuses.find((candidate) => candidate.hasChannels)?.developerName ?? '');
    const picks = {
        readyStatus,
        readyState: formatState(readyState.major, readyState.minor),
        status: status || statuses[0]?.developerName || '',
        state
    };
    return sequenceScenario(findSequence(sequenceId), picks, configuration, (note) => labels[`Step_${note}`] ?? note);
}

/**
 * Runs `scenario` (an uploaded one that builds on "package-defaults" runs on `configuration`) and words the result:
 * `{ trace, message }`, each decision's detail in the admin's language and statuses by their labels. An uploaded
 * scenario's expectations are checked and its failures shown.
 */
export function dryRunResult(scenario, configuration, uploaded, { labels, statuses }) {
    try {
        const run = runScenario(scenario, configuration);
        const context = {
            canConfigure: true,
            statusLabels: Object.fromEntries(statuses.map((status) => [status.developerName, status.label]))
        };
        const detail = (decision) => sayText(labels, detailText(decision, context));
        const trace = traceRows(run, detail).map((entry) => ({
            ...entry,
            heading: entry.note
                ? say(labels.Step_Heading, entry.step, entry.note)
                : say(labels.Step_Number, entry.step),
            hasDecisions: entry.decisions.length > 0,
            failuresText: uploaded ? entry.failures.join('; ') : ''
        }));
        const name = scenario.title ?? scenario.id;
        let message = say(labels.Dry_Run_Done, run.trace.length);
        if (uploaded) message = say(run.passed ? labels.Dry_Run_Passed : labels.Dry_Run_Failed, name);
        return { trace, message };
    } catch (error) {
        return { trace: null, message: say(labels.Dry_Run_Bad_File, error?.message ?? String(error)) };
    }
}

/**
 * The configuration being edited, as a scenario's configuration (and as "package-defaults" for uploads): `page` has
 * the page's records, settings, statuses, catalogue and manualStates.
 */
export function editedConfiguration({ records, settings, statuses, catalogue, manualStates }) {
    const input = compilerInput(records, settings, statuses);
    return {
        mappings: input.mappings,
        settings: input.settings,
        statuses,
        catalogue: [...(catalogue ?? []), ...manualStates],
        capabilities: ['workItems']
    };
}

/**
 * A sequence played on the configuration being edited (`request`: c-presence-sync-dry-run's `run` event detail;
 * `page` as for `editedConfiguration`, with its `compiled` mapping): `{ trace, message }`.
 */
export function sequenceDryRun({ sequenceId, status, state }, page, labels) {
    const configuration = editedConfiguration(page);
    const scenario = sequenceRun({
        sequenceId,
        compiled: page.compiled,
        statuses: page.statuses,
        status,
        state,
        configuration,
        labels
    });
    return dryRunResult(scenario, configuration, false, { labels, statuses: page.statuses });
}

/** An uploaded scenario file (the `scenariofile` event's file), its expectations checked: `{ trace, message }`. */
export async function fileDryRun(file, page, labels) {
    try {
        const scenario = JSON.parse(await file.text());
        return dryRunResult(scenario, editedConfiguration(page), true, { labels, statuses: page.statuses });
    } catch (error) {
        return { trace: null, message: say(labels.Dry_Run_Bad_File, errorMessage(error)) };
    }
}
