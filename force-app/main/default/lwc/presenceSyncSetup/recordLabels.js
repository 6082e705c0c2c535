// A mapping record's label (MasterLabel), regenerated from what the row maps to now, so that Setup ▸ Custom Metadata
// Types and the support bundle read what the record does: "Lunch → Away / Lunch" for a presence status's row,
// "Softphone Away / Lunch → Lunch" for a softphone state's row. Free of the DOM.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, TO_OMNI, TO_SOFTPHONE, formatState } from './model';

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

const targetOf = (values) =>
    JSON.stringify([F.direction, F.state, F.minor, F.status, F.action, F.busy].map((name) => values[name] ?? null));

/**
 * The records after an edit, each mapping record whose targets the edit changed (or that the edit created) labelled
 * anew from its values; every other record keeps its label. `before` and `after` are the page's records (model.js).
 */
export function relabel(before, after, statuses, labels) {
    const previous = new Map(before.map((record) => [record.developerName, record]));
    return after.map((record) => {
        const old = previous.get(record.developerName);
        if (old && targetOf(old.values) === targetOf(record.values)) return record;
        const label = recordLabel(record.values, statuses, labels);
        return label === record.label ? record : { ...record, label };
    });
}
