// The Setup page's save, free of the DOM: what a refused save says about each record that changed since
// the page loaded it (which record, what it is now, who saved it when), in the admin's language.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, MAPPING_TYPE, TO_OMNI, formatState } from './model';

const say = (template, ...values) => formatLabel(template, values);
const blank = (value) => value === null || value === undefined || `${value}`.trim() === '';

/**
 * A moment as the admin reads it: date and time in the user's Salesforce locale (`@salesforce/i18n/locale`, passed
 * in by the component), not the browser's, so that a Spanish sentence carries a Spanish date; '' when unknown.
 */
export function formatWhen(value, locale) {
    if (blank(value)) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return `${value}`;
    let format;
    try {
        format = new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeStyle: 'short' });
    } catch {
        format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    }
    return format.format(date);
}

/** A mapping record's values as its row reads: "Away / Training → Meeting", "Lunch → Away / Lunch", "… (inactive)". */
export function describeMapping(values, labels) {
    const state = blank(values[F.state])
        ? ''
        : formatState(values[F.state], blank(values[F.minor]) ? null : values[F.minor]);
    const status = values[F.status] ?? '';
    let target;
    if (values[F.action] === 'NoChange') target = labels.No_Change;
    else if (values[F.action] === 'LogOutOfOmni') target = labels.Log_Out_Of_Omni;
    else if (values[F.direction] === TO_OMNI) target = status || labels.Not_Mapped;
    else if (values[F.busy] === true || values[F.busy] === 'true') target = labels.Busy_Box;
    else target = state || labels.Not_Mapped;
    const text = values[F.direction] === TO_OMNI ? `${state} → ${target}` : `${status} → ${target}`;
    const active = values[F.active] !== false && values[F.active] !== 'false';
    return active ? text : `${text} (${labels.Inactive})`;
}

/** A settings record's values that differ from what the page loaded: "Label: value; …" (at most five). */
export function describeSettings(values, mine, fields) {
    const labelOf = (name) => fields.find((field) => field.name === name)?.label ?? name;
    const text = (value) => (blank(value) ? '—' : `${value}`);
    const names = [...new Set([...Object.keys(values ?? {}), ...Object.keys(mine ?? {})])].sort();
    const differing = names.filter((name) => text(values?.[name]) !== text(mine?.[name]));
    return differing
        .slice(0, 5)
        .map((name) => `${labelOf(name)}: ${text(values?.[name])}`)
        .join('; ');
}

/**
 * One sentence per record a save was refused for, each record named by the label this page loaded it with.
 * `conflicts` are Apex's (type, developerName, label, exists, values, savedBy, savedAt, inProgress); `records` the
 * page's records, to compare settings with; `locale` the user's Salesforce locale, for the dates.
 */
export function conflictLines(conflicts, { labels, records, settingFields, locale }) {
    return (conflicts ?? []).map((conflict, index) => {
        const mine = records.find((record) => record?.developerName === conflict.developerName);
        const snapshot = mine?.original ? JSON.parse(mine.original) : null;
        const loaded = snapshot?.values ?? mine?.values ?? {};
        // Named as this page loaded it: the other save regenerates the record's label from its new targets
        // (recordLabels.js), which would name the row by what it is being saved as.
        const label = snapshot?.label ?? conflict.label;
        const name = label ? `${label} (${conflict.developerName})` : conflict.developerName;
        const now =
            conflict.type === MAPPING_TYPE
                ? describeMapping(conflict.values ?? {}, labels)
                : describeSettings(conflict.values ?? {}, loaded, settingFields);
        let text;
        if (conflict.inProgress)
            text = say(labels.Conflict_Saving, name, now, conflict.savedBy, formatWhen(conflict.savedAt, locale));
        else if (conflict.exists === false) text = say(labels.Conflict_Gone, name);
        else if (conflict.savedBy)
            text = say(labels.Conflict_Saved, name, now, conflict.savedBy, formatWhen(conflict.savedAt, locale));
        else text = say(labels.Conflict_Outside, name, now);
        return { key: `conflict-${index}`, text };
    });
}

/**
 * The changes a finished deployment wrote: every one when it succeeded; when it partly succeeded
 * (SucceededPartial), those without an error of their own (errors name records by full name, `Type.Record` with
 * the namespace prefixes: `ns__Presence_Mapping.ns__Record`); none otherwise.
 */
export function writtenChanges(changes, status) {
    if (status?.status === 'Succeeded') return changes;
    if (status?.status !== 'SucceededPartial') return [];
    const failed = (status.errors ?? []).map((error) => `${error.record ?? ''}`.toLowerCase());
    return changes.filter((change) => {
        const name = `${change.type}.${change.developerName}`.toLowerCase();
        return !failed.some((record) => record === name || record.endsWith(`__${name}`));
    });
}

/**
 * What a finished deployment means for the page: `saved`, the keys (`Type.DeveloperName`) of the records it wrote,
 * which are no longer changes; `state` ('succeeded' or 'failed'), the message and the errors of the records it did
 * not write.
 */
export function finishedSave(status, changes, labels) {
    const saved = new Set(writtenChanges(changes, status).map((change) => `${change.type}.${change.developerName}`));
    if (status.status === 'Succeeded')
        return { saved, state: 'succeeded', message: say(labels.Save_Succeeded, changes.length), errors: [] };
    return {
        saved,
        state: 'failed',
        message: say(labels.Save_Failed, status.status, status.message ?? ''),
        errors: (status.errors ?? []).map((item, index) => ({
            key: `error-${index}`,
            text: `${item.record ?? ''}: ${item.message ?? ''}`
        }))
    };
}
