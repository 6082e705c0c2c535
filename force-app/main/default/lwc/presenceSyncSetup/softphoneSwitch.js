// Moving the Setup page to another softphone, free of the DOM: the state list the page offers (the softphone's
// announced states once fetched, else the chosen preset's), and the one action that applies a preset: rows whose
// states the new softphone does not announce are deactivated, settings naming such states are cleared, and the
// preset's own rows and settings are written.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, TO_OMNI, TO_SOFTPHONE, applyChoice, stateKey } from './model';
import { PRESETS, presetById, presetCatalogue } from './presets';

const say = (template, ...values) => formatLabel(template, values);

const fold = (value) => (value ?? '').toString().trim().toLowerCase();
const isActive = (record) => record.values[F.active] !== false && record.values[F.active] !== 'false';

/** Settings that name a softphone state: each major field with its minor field (null when it has none). */
export const STATE_SETTINGS = [
    ['Ready_State__c', null],
    ['Busy_Fallback_State__c', 'Busy_Fallback_Minor_State__c'],
    ['Work_Accepted_State__c', 'Work_Accepted_Minor_State__c'],
    ['Capacity_Busy_State__c', 'Capacity_Busy_Minor_State__c']
];

/**
 * The states the page offers: those the softphone announced when they were fetched, else the chosen preset's
 * (the shipped ContactPad catalogue until the admin picks another softphone).
 */
export function pageCatalogue(fetched, presetId) {
    if (fetched && fetched.length > 0) return fetched;
    const preset = presetById(presetId);
    return preset.catalogue === null ? null : presetCatalogue(preset);
}

/** Whether a state (major, minor) is in a catalogue; a minor state is known when its major is announced with it. */
function announces(catalogue, major, minor) {
    const key = stateKey(major, minor);
    return catalogue.some((entry) => stateKey(entry.major, entry.minor) === key);
}

/** The state a mapping row names: the state it maps (softphone → Omni) or sets (Omni → softphone), or null. */
function rowState(record) {
    const major = record.values[F.state];
    if (major === null || major === undefined || `${major}`.trim() === '') return null;
    const minor = record.values[F.minor];
    return { major, minor: minor === null || minor === undefined || `${minor}`.trim() === '' ? null : minor };
}

/**
 * What switching to `catalogue` will do before it is done: the active rows that name a state it does not announce,
 * and the settings fields that name one. Empty lists when the catalogue is unknown (nothing to compare with).
 */
export function staleUse(records, settings, catalogue) {
    if (!catalogue || catalogue.length === 0) return { rows: [], fields: [] };
    const rows = records.filter((record) => {
        const state = rowState(record);
        return isActive(record) && state !== null && !announces(catalogue, state.major, state.minor);
    });
    const values = settings?.values ?? {};
    const fields = [];
    for (const [majorField, minorField] of STATE_SETTINGS) {
        const major = values[majorField];
        if (major === null || major === undefined || `${major}`.trim() === '') continue;
        const minor = minorField ? values[minorField] : null;
        if (!announces(catalogue, major, minor || null)) fields.push(majorField);
    }
    return { rows: rows.map((record) => record.developerName), fields };
}

/** The org's status a preset names by API name (or by label, for an org that named it otherwise). */
function orgStatus(statuses, name) {
    return (
        statuses.find((status) => fold(status.developerName) === fold(name)) ??
        statuses.find((status) => fold(status.label) === fold(name.replace(/_/g, ' '))) ??
        null
    );
}

/**
 * Applies a preset in one action. `page` holds `records`, `settings`, `statuses` and `catalogue` (the states the
 * softphone announced, or null). Returns `{ records, settings, report }`, the report counting the rows deactivated,
 * the settings cleared, the rows written and the preset's statuses the org lacks.
 */
export function applyPreset(page, presetId) {
    const preset = presetById(presetId);
    const catalogue = pageCatalogue(preset.id === 'announced' ? page.catalogue : null, preset.id);
    const stale = staleUse(page.records, page.settings, catalogue);
    const staleRows = new Set(stale.rows);
    const deactivate = (record) => ({ ...record, values: { ...record.values, [F.active]: false } });
    let records = page.records.map((record) => (staleRows.has(record.developerName) ? deactivate(record) : record));
    const values = { ...(page.settings?.values ?? {}) };
    for (const field of stale.fields) {
        values[field] = null;
        const minor = STATE_SETTINGS.find(([major]) => major === field)?.[1];
        if (minor) values[minor] = null;
    }
    const missing = [];
    let written = 0;
    const stateOf = (key) => {
        const entry = (catalogue ?? []).find((state) => stateKey(state.major, state.minor) === key);
        return entry ? [entry.major, entry.minor] : [key.split('\u0001')[0], null];
    };
    for (const row of preset.toSoftphone) {
        const status = orgStatus(page.statuses, row.status);
        if (status === null) {
            missing.push(row.status);
            continue;
        }
        const choice = row.busy ? 'busy' : `state:${stateKey(row.state, row.minor ?? null)}`;
        const subject = { apiName: status.developerName, label: status.label, stateOf };
        records = applyChoice(records, TO_SOFTPHONE, subject, choice);
        written++;
    }
    for (const row of preset.toOmni) {
        const status = row.noChange ? null : orgStatus(page.statuses, row.status);
        if (!row.noChange && status === null) {
            missing.push(row.status);
            continue;
        }
        const subject = { major: row.major, minor: row.minor ?? null };
        records = applyChoice(records, TO_OMNI, subject, row.noChange ? 'noChange' : `status:${status.developerName}`);
        written++;
    }
    Object.assign(values, preset.settings);
    const settings = page.settings ? { ...page.settings, values } : page.settings;
    // A stale row the preset wrote again (the same status, a new state) is kept: only those left inactive count.
    const deactivated = records.filter((record) => staleRows.has(record.developerName) && !isActive(record)).length;
    return {
        records,
        settings,
        report: {
            deactivated,
            cleared: stale.fields,
            // The settings cleared that the preset does not set again: left empty, named in the message.
            emptied: stale.fields.filter((field) => values[field] === null || values[field] === undefined),
            written,
            missing: [...new Set(missing)]
        }
    };
}

/**
 * The Softphone section's view: the presets to start from, what the chosen one is, and what applying it will do
 * to the rows and settings that name states it does not announce (`fetched`: the states the softphone announced).
 */
export function softphoneSection({ presetId, fetched, records, settings, labels }) {
    const preset = presetById(presetId);
    const catalogue = pageCatalogue(preset.id === 'announced' ? fetched : null, preset.id);
    const stale = staleUse(records, settings, catalogue);
    return {
        options: PRESETS.map((candidate) => ({
            value: candidate.id,
            label: candidate.name || labels.Preset_announced,
            selected: candidate.id === preset.id
        })),
        help: labels[`Preset_Help_${preset.id}`],
        pending:
            catalogue === null
                ? labels.Preset_Fetch_First
                : say(labels.Switch_Pending, stale.rows.length, stale.fields.length),
        applyDisabled: catalogue === null
    };
}

/**
 * What applying a preset did, in the admin's language: the settings it left empty named as the settings form names
 * them (`settingFields`, as getSetup describes them), "2 (Ready State, Work Accepted State)".
 */
export function appliedText(presetId, report, labels, settingFields = []) {
    const preset = presetById(presetId);
    const emptied = report.emptied ?? report.cleared;
    const labelOf = (name) => settingFields.find((field) => field.name === name)?.label ?? name;
    const named = emptied.length === 0 ? '0' : `${emptied.length} (${emptied.map(labelOf).join(', ')})`;
    const done = say(
        labels.Preset_Applied,
        preset.name || labels.Preset_announced,
        report.written,
        report.deactivated,
        named
    );
    return report.missing.length > 0 ? `${done} ${say(labels.Preset_Missing, report.missing.join(', '))}` : done;
}
