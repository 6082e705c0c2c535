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

/**
 * The labels the package ships its mapping records with (force-app/main/default/customMetadata/Presence_Mapping.*,
 * the same as the org set-up samples'; a Jest test keeps them equal). A label that is one of them is package text.
 */
const SHIPPED_LABELS = new Set([
    'After Call Work (by hand) to Away',
    'Available to softphone Ready',
    'Available for Chats to softphone Ready',
    'Away to softphone Away',
    'Break to softphone Away / Break',
    'Lunch to softphone Away / Lunch',
    'Meeting to softphone Away / Meeting',
    'On a Call (by hand) to Away',
    'Softphone Away to Away',
    'Softphone Away / Break to Break',
    'Softphone Away / Lunch to Lunch',
    'Softphone Away / Meeting to Meeting',
    'Softphone Busy Inbound to On a Call',
    'Softphone Busy Outbound to On a Call',
    'Softphone Ready to Available',
    'Softphone Wrap to After Call Work'
]);

/** The package's shipped labels (for the test that compares them with the records). */
export const shippedLabels = () => [...SHIPPED_LABELS];

/** The half label a new row gets when the page adds it (model.js): "Omni Lunch", "Softphone Away / Lunch". */
function halfLabel(values, statuses) {
    const status = `${values[F.status] ?? ''}`;
    if (values[F.direction] === TO_SOFTPHONE) {
        const named = (statuses ?? []).find((s) => `${s.developerName}`.toLowerCase() === status.toLowerCase());
        return fitLabel(`Omni ${named?.label ?? status}`);
    }
    if (blank(values[F.state])) return null;
    const minor = blank(values[F.minor]) ? null : `${values[F.minor]}`.trim();
    return fitLabel(`Softphone ${formatState(`${values[F.state]}`.trim(), minor)}`);
}

/**
 * Whether a save relabels the mapping row `change` (model.js changedRecords: `label`, `values`, `developerName`,
 * `loaded` the values and label the page loaded, null for a new row). An empty label is always replaced. Otherwise
 * only when what the row maps to changed (its generated label differs from the one its loaded values give) AND its
 * label is one the page or the package wrote: the label generated from the loaded values, the shipped label, the
 * DeveloperName (a CSV row without a label) or the half label of a new row. Anything else is the admin's own
 * ("Lunch", "Lunch to Away", "Front desk lunch rule") and kept, and so is any label of a row whose targets did not
 * change (a row only switched off keeps its label).
 */
export function shouldRelabel(change, { statuses, labels }) {
    const label = `${change.label ?? ''}`.replace(/\s+/g, ' ').trim();
    if (label === '') return true;
    const before = change.loaded?.values ?? null;
    const now = recordLabel(change.values, statuses, labels);
    if (before !== null && recordLabel(before, statuses, labels) === now) return false;
    if (SHIPPED_LABELS.has(label)) return true;
    const written = [change.developerName, halfLabel(change.values, statuses)];
    if (before !== null) written.push(recordLabel(before, statuses, labels), halfLabel(before, statuses));
    return written.some((candidate) => !blank(candidate) && fitLabel(candidate) === label);
}

/**
 * The changes a save sends (model.js changedRecords), each mapping record's label regenerated from the values it is
 * saved with when shouldRelabel says so: whatever path changed a row's targets (a choice, a preset, a CSV import, the
 * softphone switch), no record is saved with a label the page or the package wrote for what it did before.
 * `statuses` the org's presence statuses.
 */
export function labelChanges(changes, { statuses, labels }) {
    return changes.map((change) => {
        if (change.type !== MAPPING_TYPE || !shouldRelabel(change, { statuses, labels })) return change;
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
