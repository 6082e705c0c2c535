// The settings that name a presence status or a softphone state, as lists on the Setup page, free of the DOM: the
// org's statuses with label, API name and kind; the states of the catalogue the page offers, reserved ones marked
// in words and refused where the sync would set them (a reserved state is the softphone's own, during a call).
import { formatLabel } from 'c/presenceSyncSetupKit';
import { STATE_SETTINGS } from './softphoneSwitch';

const say = (template, ...values) => formatLabel(template, values);
const fold = (value) => (value ?? '').toString().trim().toLowerCase();
const blank = (value) => value === null || value === undefined || `${value}`.trim() === '';

/** Settings that name a presence status (checked by src-ts/mapping/settings-check.ts, checkStatus). */
export const STATUS_SETTINGS = ['Login_Status__c', 'Unmapped_State_Status__c', 'Disconnect_Status__c'];

/**
 * Major-state settings the sync may set to a reserved state (B7 and B8: ContactWorld sets Busy Inbound on accepted
 * work, seed 001:9); the others refuse one (settings-check.ts, checkState's `mayBeReserved`).
 */
const RESERVED_ALLOWED = new Set(['Work_Accepted_State__c', 'Capacity_Busy_State__c']);

/** An option that keeps a value the list does not hold, so the page never shows another value than the record's. */
const strayOption = (value, labels) => ({
    value,
    label: say(labels.Not_In_List, value),
    selected: true,
    disabled: null
});

function statusOptions(statuses, value, labels) {
    const options = statuses.map((status) => ({
        value: status.developerName,
        label: say(
            labels.Status_Option,
            status.label,
            status.developerName,
            status.hasChannels ? labels.Online : labels.Busy
        ),
        selected: fold(status.developerName) === fold(value),
        disabled: null
    }));
    return !blank(value) && !options.some((option) => option.selected)
        ? [...options, strayOption(value, labels)]
        : options;
}

function stateOptions(states, value, mayBeReserved, labels) {
    const options = states.map((state) => {
        const refused = state.reserved && !mayBeReserved;
        return {
            value: state.value,
            label: state.reserved
                ? say(refused ? labels.Reserved_Refused : labels.Reserved_Option, state.value)
                : state.value,
            selected: fold(state.value) === fold(value),
            // null, not false: LWC writes an <option>'s false as disabled="false", which disables it.
            disabled: refused && fold(state.value) !== fold(value) ? true : null
        };
    });
    return !blank(value) && !options.some((option) => option.selected)
        ? [...options, strayOption(value, labels)]
        : options;
}

/** The majors of a catalogue, each once, with whether it is reserved. */
function majors(catalogue) {
    const seen = new Map();
    for (const entry of catalogue ?? [])
        if (!seen.has(fold(entry.major)))
            seen.set(fold(entry.major), {
                value: entry.major,
                reserved: (catalogue ?? []).some(
                    (other) => fold(other.major) === fold(entry.major) && !other.minor && other.reserved === true
                )
            });
    return [...seen.values()];
}

/** The minor states of one major in a catalogue. */
function minors(catalogue, major) {
    return (catalogue ?? [])
        .filter((entry) => !blank(entry.minor) && fold(entry.major) === fold(major))
        .map((entry) => ({ value: entry.minor, reserved: entry.reserved === true }));
}

/**
 * The lists of the settings that name a status or a state: a Map from field name to its options
 * (`{ value, label, selected, disabled }`, `disabled` true or null, without the "default" option the settings form puts first).
 * `catalogue` is the catalogue the page offers (pageCatalogue), `values` the settings record's values.
 */
export function settingLists({ statuses, catalogue, values, labels }) {
    const lists = new Map();
    for (const name of STATUS_SETTINGS) lists.set(name, statusOptions(statuses ?? [], values?.[name], labels));
    if (!catalogue) return lists;
    for (const [majorField, minorField] of STATE_SETTINGS) {
        const major = values?.[majorField];
        const mayBeReserved = RESERVED_ALLOWED.has(majorField);
        lists.set(majorField, stateOptions(majors(catalogue), major, mayBeReserved, labels));
        if (minorField)
            lists.set(
                minorField,
                stateOptions(blank(major) ? [] : minors(catalogue, major), values?.[minorField], mayBeReserved, labels)
            );
    }
    return lists;
}

/** After a major-state setting changes: its minor state is cleared unless the new major has it. */
export function withMinorChecked(values, changed, catalogue) {
    const minorField = STATE_SETTINGS.find(([major]) => major === changed)?.[1];
    if (!minorField || blank(values[minorField])) return values;
    const kept = minors(catalogue, values[changed]).some((minor) => fold(minor.value) === fold(values[minorField]));
    return kept ? values : { ...values, [minorField]: null };
}

/**
 * A settings problem worded for the Setup page: a list field's value not in its list is named, with what to do
 * here (choose from the list), never "its default applies… correct it in Setup" (the panel's wording).
 */
export function listProblemText(value, labels) {
    return say(labels.Setting_Not_In_List, value);
}

/**
 * `placed` (model.js placeDiagnostics) with every bad value of a list field (a status or state list, `lists`, or a
 * picklist, `settingFields`) worded once for this page (listProblemText), so that the field, the error summary, the
 * save bar and the live region say the same thing: choose one from the list before saving. `values` the settings
 * record's values.
 */
export function withListWords(placed, { lists, settingFields, values, labels }) {
    const isList = (name) =>
        lists.has(name) || settingFields.some((field) => field.name === name && field.type === 'PICKLIST');
    const worded = (name, item) => {
        if (item.problem !== 'bad-setting' || !isList(name) || blank(values?.[name])) return item;
        return { ...item, message: listProblemText(values[name], labels) };
    };
    const bySetting = new Map(
        [...placed.bySetting.entries()].map(([name, items]) => [name, items.map((item) => worded(name, item))])
    );
    return { ...placed, bySetting };
}
