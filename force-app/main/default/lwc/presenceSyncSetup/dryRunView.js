// The Setup page's dry run, free of the DOM: the choices it offers, the sequence it plays on the configuration being
// edited or the scenario file the admin uploads, and its trace in the admin's language (the engine's scenario
// runner, from c/presenceSyncSetupKit). The page hands its dry run events to `sequenceDryRun` and `fileDryRun`.
import { detailText, formatLabel, runScenario, sayText } from 'c/presenceSyncSetupKit';
import { allStates, compilerInput, formatState } from './model';
import { errorMessage } from './saveRunner';
import { SEQUENCES, sequenceScenario, traceRows } from './sequences';

const say = (template, ...values) => formatLabel(template, values);

function findSequence(id) {
    return SEQUENCES.find((sequence) => sequence.id === id) ?? SEQUENCES[0];
}

/** The sequences the dry run offers, for c-presence-sync-dry-run: `{ value, label, needs }` (`needs`: a list). */
export function sequenceChoices(labels) {
    return SEQUENCES.map((sequence) => ({
        value: sequence.id,
        label: labels[`Sequence_${sequence.id}`],
        needs: sequence.needs
    }));
}

/**
 * The label key of a rule's plain name (docs/behaviour.md), as the panel's decisions list names it: `Rule_B10`, and
 * `Rule_track` for the sync's own bookkeeping (an event noted, no rule to apply).
 */
export function ruleNameKey(rule) {
    if (/^(B([1-9]|1[0-9]|20)|S[12])$/.test(rule)) return `Rule_${rule}`;
    return rule === 'off' ? 'Rule_off' : 'Rule_track';
}

/**
 * The badge and name of a decision's rule in the admin's language: a behaviour's id with its name beside it
 * ("B10", "Back to the status before the call"); an event only recorded carries its name in the badge and the
 * explanation as its title; a decision taken with the sync switched off says so in the badge.
 */
export function ruleWords(rule, labels) {
    const key = ruleNameKey(rule);
    const name = labels[key] ?? rule;
    if (key === 'Rule_track')
        return { badge: name, ruleName: '', ruleHelp: labels.Dry_Run_Recorded_Help, recorded: true };
    if (key === 'Rule_off') return { badge: name, ruleName: '', ruleHelp: name, recorded: false };
    return { badge: rule, ruleName: name, ruleHelp: `${rule}: ${name}`, recorded: false };
}

/** The presence statuses a sequence may pick: "Label (ApiName)". */
export function statusChoices(statuses) {
    return statuses.map((status) => ({
        value: status.developerName,
        label: `${status.label} (${status.developerName})`
    }));
}

/** The statuses both sides may start from: the default first (the one the ready state maps to), then the others. */
export function startChoices(statuses, compiled) {
    const first = readyStatusOf(compiled, statuses);
    const choices = statusChoices(statuses);
    return [...choices.filter((c) => c.value === first), ...choices.filter((c) => c.value !== first)];
}

/** The states an agent can pick (reserved ones left out), as "Major / Minor". */
export function stateChoices(knownStates) {
    return knownStates
        .filter((state) => !state.reserved)
        .map((state) => formatState(state.major, state.minor))
        .map((name) => ({ value: name, label: name }));
}

/** The status the dry run starts from unless the admin picks one: the one the ready state maps to, else the first online. */
export function readyStatusOf(compiled, statuses) {
    const lookup = compiled.softphoneToOmni(compiled.settings.readyState);
    if (lookup.kind === 'status') return lookup.status;
    return statuses.find((candidate) => candidate.hasChannels)?.developerName ?? statuses[0]?.developerName ?? '';
}

/**
 * The softphone's states during an inbound call, where known: the call state, a reserved state (the contact centre
 * sets it) named for inbound calls, else the first reserved one that is not wrap; the wrap (after call) state, a
 * reserved one first, else one the agent may also pick (Talkdesk's After Call Work, seed 003:13). Null when none.
 */
export function callStatesOf(knownStates) {
    const reserved = knownStates.filter((state) => state.reserved);
    const name = (state) => (state ? formatState(state.major, state.minor) : null);
    const isWrap = (state) => /wrap|after call|tras la llamada/i.test(`${state.major} ${state.minor ?? ''}`);
    const call =
        reserved.find((state) => /inbound|entrante/i.test(state.major)) ?? reserved.find((state) => !isWrap(state));
    const wrap = reserved.find(isWrap) ?? knownStates.find((state) => !state.minor && isWrap(state));
    return { callState: name(call), wrapState: name(wrap) };
}

/**
 * The chosen sequence as a scenario on `configuration`: both sides start in the chosen start status (by default the
 * one the ready state maps to) and the state it maps to (else the ready state), then the sequence plays the status
 * or state picked. Each step is titled in the admin's language, naming its status or state.
 */
export function sequenceRun({
    sequenceId,
    compiled,
    statuses,
    knownStates = [],
    start,
    status,
    state,
    configuration,
    labels
}) {
    const readyState = formatState(compiled.settings.readyState.major, compiled.settings.readyState.minor);
    const labelOf = (name) => statuses.find((candidate) => candidate.developerName === name)?.label ?? name;
    const startStatus = start || readyStatusOf(compiled, statuses);
    const startTarget = compiled.omniToSoftphone(startStatus);
    const picked = status || statuses[0]?.developerName || '';
    const picks = {
        startStatus,
        startStatusLabel: labelOf(startStatus),
        startState:
            startTarget.kind === 'state' ? formatState(startTarget.state.major, startTarget.state.minor) : readyState,
        readyState,
        status: picked,
        statusLabel: labelOf(picked),
        state,
        ...callStatesOf(knownStates)
    };
    const title = (note, values) => (labels[`Step_${note}`] ? say(labels[`Step_${note}`], ...values) : note);
    return sequenceScenario(findSequence(sequenceId), picks, configuration, title);
}

/**
 * A command the sync sends, in the words of the console's decisions list (never the internal command line
 * `omni setServicePresenceStatus Available`): "Omni-Channel: Available", "softphone: Busy Inbound", "softphone:
 * passing Omni-Channel work on to the softphone". `statusLabel` names a status by its label.
 */
export function commandText(command, statusLabel, labels) {
    const [side = '', method = '', ...rest] = `${command}`.split(' ');
    const target = rest.join(' ');
    if (side === 'omni') {
        if (method === 'setServicePresenceStatus' || method === 'login')
            return say(labels.Dry_Run_Command_Omni, statusLabel(target));
        if (method === 'logout') return say(labels.Dry_Run_Command_Omni, labels.Logged_Out);
        const work = /^(accept|decline|close)AgentWork$/.exec(method)?.[1];
        return say(labels.Dry_Run_Command_Omni, labels[work ? `Command_omni_work_${work}` : 'Command_omni']);
    }
    if (method === 'setState') return say(labels.Dry_Run_Command_Softphone, target);
    if (method === 'logout') return say(labels.Dry_Run_Command_Softphone, labels.Logged_Out);
    return say(labels.Dry_Run_Command_Softphone, labels.Command_softphone_work);
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
        const statusLabel = (name) => context.statusLabels[name] ?? name;
        const words = (commands) => commands.map((command) => commandText(command, statusLabel, labels)).join('; ');
        const trace = traceRows(run, detail).map((entry) => ({
            ...entry,
            decisions: entry.decisions.map((decision) => ({
                ...decision,
                ...ruleWords(decision.rule, labels),
                commands: words(decision.commandList)
            })),
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
export function editedConfiguration({ records, settings, statuses, stateCatalogue: catalogue, manualStates }) {
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
export function sequenceDryRun({ sequenceId, start, status, state }, page, labels) {
    const configuration = editedConfiguration(page);
    const scenario = sequenceRun({
        sequenceId,
        compiled: page.compiled,
        statuses: page.statuses,
        // The states the page offers: the softphone's once fetched, else the chosen preset's (its call states too).
        knownStates: allStates(page.stateCatalogue, page.manualStates, page.records),
        start,
        status,
        state,
        configuration,
        labels
    });
    const result = dryRunResult(scenario, configuration, false, { labels, statuses: page.statuses });
    return { ...result, trace: withRevertOff(result.trace, sequenceId, page, scenario, labels) };
}

/**
 * An inbound call with Revert After Inbound off ends with a line saying so, naming the setting as the settings form
 * shows it (its described label) and the status the call started from: the console does not go back to it (B10).
 */
function withRevertOff(trace, sequenceId, page, scenario, labels) {
    if (!trace || sequenceId !== 'inboundCall' || page.compiled.settings.revertAfterInbound) return trace;
    const setting = page.settingFields?.find((field) => field.name === 'Revert_After_Inbound__c');
    const start = scenario.steps[0]?.omni?.status;
    const startLabel = page.statuses.find((status) => status.developerName === start)?.label ?? start;
    const line = say(labels.Dry_Run_Revert_Off, setting?.label ?? 'Revert_After_Inbound__c', startLabel);
    return [
        ...trace,
        { key: 'revert-off', step: trace.length + 1, heading: line, note: line, decisions: [], hasDecisions: false }
    ];
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
