// A mapping record's label (MasterLabel), regenerated from what the row maps to now, so that Setup ▸ Custom Metadata
// Types and the support bundle read what the record does: "Lunch → Away / Lunch" for a presence status's row,
// "Softphone Away / Lunch → Lunch" for a softphone state's row. Free of the DOM.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, MAPPING_TYPE, TO_OMNI, TO_SOFTPHONE, formatState } from './model';

/**
 * The longest label a custom metadata record may have: 40 characters, as its DeveloperName (Custom Metadata Types
 * Implementation Guide, "Custom Metadata Types Limitations",
 * https://help.salesforce.com/s/articleView?id=platform.custommetadatatypes_limitations.htm; Metadata API Developer
 * Guide, "CustomMetadata", https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_custommetadata.htm).
 * A longer label fails the deployment.
 */
export const LABEL_LIMIT = 40;

const blank = (value) => value === null || value === undefined || `${value}`.trim() === '';
const isTrue = (value) => value === true || value === 'true';

/** A label cut to the limit, with an ellipsis when cut (the ellipsis counts as one character). */
export function fitLabel(text) {
    const clean = `${text}`.replace(/\s+/g, ' ').trim();
    return clean.length <= LABEL_LIMIT ? clean : `${clean.slice(0, LABEL_LIMIT - 1).trimEnd()}…`;
}

/**
 * The label of a Presence_Mapping record from its values: `values` the record's fields (page names: model.js `F`),
 * `statuses` the org's presence statuses (`{ developerName, label }`: a status is named by its label), `labels` the
 * page's labels (the words for No change, Log out of Omni, the busy fallback and not mapped). At most 40 characters.
 */
export function recordLabel(values, statuses, labels) {
    const statusName = (apiName) =>
        (statuses ?? []).find((status) => `${status.developerName}`.toLowerCase() === `${apiName}`.toLowerCase())
            ?.label ?? apiName;
    const state = blank(values[F.state])
        ? ''
        : formatState(`${values[F.state]}`.trim(), blank(values[F.minor]) ? null : `${values[F.minor]}`.trim());
    let target;
    if (values[F.action] === 'NoChange') target = labels.No_Change;
    else if (values[F.action] === 'LogOutOfOmni') target = labels.Log_Out_Of_Omni;
    else if (values[F.direction] === TO_OMNI)
        target = blank(values[F.status]) ? labels.Record_Label_Not_Mapped : statusName(values[F.status]);
    else if (isTrue(values[F.busy])) target = labels.Record_Label_Busy;
    else target = state || labels.Record_Label_Not_Mapped;
    if (values[F.direction] === TO_SOFTPHONE) return fitLabel(`${statusName(values[F.status] ?? '')} → ${target}`);
    return fitLabel(formatLabel(labels.Record_Label_Softphone, [state, target]));
}

/** The words a label the page or the package wrote is made of (connectors of the shipped labels included). */
const CONNECTORS = ['omni-channel', 'omni', 'softphone', 'to', 'by hand'];

/**
 * Whether `label` is a description the page, the package or an export wrote (and so follows its row), or an
 * admin's own text (kept). A description is made only of names and connectors: presence statuses (label or API
 * name), softphone states of any record, the page's target words, the words of the softphone label's template and
 * the shipped labels' connectors ("Lunch to softphone Away / Lunch", "After Call Work (by hand) to Away",
 * "Softphone Away / Training", "Lunch → Away"). Anything else ("Front desk lunch rule") is the admin's own.
 * A label that is only the record's DeveloperName (a CSV row without a label) is a description too.
 */
export function isGeneratedLabel(label, { records, statuses, labels, developerName }) {
    if (blank(label) || `${label}`.trim() === developerName) return true;
    const names = new Set(CONNECTORS);
    const add = (value) => {
        if (!blank(value)) names.add(`${value}`.toLowerCase().trim());
    };
    for (const status of statuses ?? []) {
        add(status.label);
        add(status.developerName);
        add(`${status.developerName ?? ''}`.replace(/_/g, ' '));
    }
    const loaded = (record) => (record.original ? [JSON.parse(record.original).values ?? {}] : []);
    for (const values of (records ?? []).flatMap((record) => [record.values ?? {}, ...loaded(record)])) {
        add(values[F.state]);
        add(values[F.minor]);
        add(values[F.status]);
        add(`${values[F.status] ?? ''}`.replace(/_/g, ' '));
    }
    for (const key of ['No_Change', 'Log_Out_Of_Omni', 'Record_Label_Busy', 'Record_Label_Not_Mapped', 'Busy_Box'])
        add(labels[key]);
    for (const part of `${labels.Record_Label_Softphone ?? ''}`.split(/\{\d+\}/)) add(part);
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A label cut to the limit ends in a part of a word: that part is not counted.
    let rest = ` ${`${label}`.toLowerCase().replace(/[\p{L}\p{N}]*…$/u, '')} `;
    for (const name of [...names].sort((a, b) => b.length - a.length))
        rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
    return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * The changes a save sends (model.js changedRecords), each mapping record's label regenerated from the values it is
 * saved with unless the admin wrote it (isGeneratedLabel): whatever path changed a row (a choice, a preset, a CSV
 * import, the softphone switch), no record is saved with a label that does not describe it. `records` the page's
 * records (for the state names), `statuses` the org's presence statuses.
 */
export function labelChanges(changes, { records, statuses, labels }) {
    return changes.map((change) => {
        if (change.type !== MAPPING_TYPE) return change;
        const own = !isGeneratedLabel(change.label, { records, statuses, labels, developerName: change.developerName });
        if (own) return change;
        const label = recordLabel(change.values, statuses, labels);
        return label === change.label ? change : { ...change, label };
    });
}

/** The page's records carrying the labels a save sends, so that what it saved becomes the page's baseline. */
export function withSavedLabels(records, changes) {
    const sent = new Map(changes.map((change) => [`${change.type}.${change.developerName}`, change.label]));
    return records.map((record) => {
        const label = sent.get(`${record.type}.${record.developerName}`);
        return label === undefined || label === record.label ? record : { ...record, label };
    });
}
