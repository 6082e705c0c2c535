// The configuration check behind `npm run simulate -- --check --metadata <folder>`: compiles the
// records with the engine's own compiler (dist/tools.mjs) and prints both tables as the sync will
// apply them, then every problem. The Setup page runs the same compiler on every edit.

const pad = (text, width) => `${text}`.padEnd(width);
const stateText = (state) =>
    state.minor === null || state.minor === undefined ? state.major : `${state.major} / ${state.minor}`;

/** Every state of the catalogue, each major first then its minors, in catalogue order. */
function catalogueStates(catalogue) {
    const seen = new Set();
    const states = [];
    const add = (major, minor, reserved) => {
        const key = `${major.toLowerCase()}\u0001${(minor ?? '').toLowerCase()}`;
        if (seen.has(key)) return;
        seen.add(key);
        states.push({ major, minor: minor ?? null, reserved: reserved === true });
    };
    for (const entry of catalogue) {
        if (entry.minor == null) add(entry.major, null, entry.reserved);
        else {
            add(entry.major, null, false);
            add(entry.major, entry.minor, entry.reserved);
        }
    }
    return states;
}

function omniText(lookup, compiled) {
    switch (lookup.kind) {
        case 'status': {
            const label = compiled.statusByName(lookup.status)?.label;
            return label && label !== lookup.status ? `${label} (${lookup.status})` : lookup.status;
        }
        case 'logout':
            return 'log out of Omni-Channel';
        case 'noChange':
            return 'no change';
        default:
            return 'not mapped: Omni-Channel is left as it is';
    }
}

function softphoneText(outcome, compiled) {
    switch (outcome.kind) {
        case 'state':
            return outcome.via === 'busyFlag'
                ? `${stateText(outcome.state)} (busy box)`
                : outcome.via === 'fallback'
                  ? `${stateText(outcome.state)} (default for unmapped statuses: ${compiled.settings.unmappedStatusAction})`
                  : stateText(outcome.state);
        case 'noChange':
            return 'no change';
        default:
            return 'not mapped: the softphone is left as it is';
    }
}

const VIA = { minor: '', major: 'follows its major state', fallback: 'default for unmapped states', none: '' };
const WARNINGS = new Set([
    'duplicate-row',
    'missing-settings',
    'unmapped-status',
    'unmapped-state',
    'duplicateRow',
    'missingSettings',
    'unmappedStatus',
    'unmappedState'
]);
export const isError = (diagnostic) =>
    diagnostic.severity ? diagnostic.severity === 'error' : !WARNINGS.has(diagnostic.problem ?? diagnostic.key);

/**
 * The check as text. `sources` says where the records, statuses and catalogue came from.
 * Returns { text, errors, warnings }.
 */
export function checkConfiguration(tools, configuration, sources) {
    const compiled = tools.compileMapping(
        { mappings: configuration.mappings, settings: configuration.settings, statuses: configuration.statuses },
        configuration.catalogue
    );
    const lines = [];
    const active = configuration.mappings.filter((record) => record.Active__c !== false).length;
    lines.push('Presence Sync configuration check');
    lines.push(
        `  records:  ${configuration.mappings.length} mapping rows (${active} active), settings ${configuration.settings ? configuration.settings.DeveloperName : 'none (defaults)'}: ${sources.records}`
    );
    lines.push(`  statuses: ${configuration.statuses.length}: ${sources.statuses}`);
    lines.push(`  states:   ${configuration.catalogue.length}: ${sources.catalogue}`);

    lines.push('', 'Presence status → softphone state');
    const statusWidth = Math.max(
        16,
        ...configuration.statuses.map((s) => `${s.label} (${s.developerName})`.length + 2)
    );
    for (const status of compiled.statuses) {
        const outcome = compiled.omniToSoftphone(status.developerName);
        const kind = status.hasChannels ? 'online' : 'busy';
        lines.push(
            `  ${pad(`${status.label} (${status.developerName})`, statusWidth)}${pad(kind, 8)}→ ${softphoneText(outcome, compiled)}${outcome.record ? `   [${outcome.record}]` : ''}`
        );
    }

    lines.push('', 'Softphone state → presence status');
    const states = catalogueStates(configuration.catalogue);
    const stateWidth = Math.max(16, ...states.map((s) => stateText(s).length + 2));
    for (const state of states) {
        const lookup = compiled.softphoneToOmni(state);
        const via = lookup.via === 'major' && state.minor === null ? '' : (VIA[lookup.via] ?? '');
        const note = [state.reserved ? 'reserved' : '', via].filter(Boolean).join(', ');
        lines.push(
            `  ${pad(stateText(state), stateWidth)}→ ${omniText(lookup, compiled)}${lookup.record ? `   [${lookup.record}]` : ''}${note ? `   (${note})` : ''}`
        );
    }

    const errors = compiled.diagnostics.filter(isError);
    const warnings = compiled.diagnostics.filter((d) => !isError(d));
    lines.push('', `Problems: ${errors.length} errors, ${warnings.length} warnings`);
    for (const diagnostic of compiled.diagnostics) {
        const where = [diagnostic.row ?? diagnostic.record, diagnostic.field].filter(Boolean).join(' ');
        lines.push(
            `  ${isError(diagnostic) ? 'ERROR  ' : 'WARNING'} ${pad(diagnostic.problem ?? diagnostic.key, 22)} ${where}: ${diagnostic.message}`
        );
    }
    if (compiled.diagnostics.length === 0) lines.push('  none');
    return { text: lines.join('\n'), errors: errors.length, warnings: warnings.length };
}
