// The panel's own parts of its exports: the decisions CSV's header in the panel's words, and what the support
// bundle says of the panel itself (a configuration that could not be loaded, refused host connections).
import { PACKAGE_VERSION } from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';

/** The decisions CSV's column headers, in the panel's labels. */
export function decisionsHeader() {
    return [
        LABELS.Column_Seq,
        LABELS.Column_Time,
        LABELS.Column_Rule,
        LABELS.Column_Rule_Name,
        LABELS.Column_Event,
        LABELS.Column_Outcome,
        LABELS.Column_Detail,
        LABELS.Column_Commands,
        LABELS.Column_Actor,
        LABELS.Column_User,
        LABELS.Column_Package_Version,
        LABELS.Column_Softphone_Version,
        LABELS.Column_Event_Id
    ];
}

/**
 * The support bundle (JSON text) with what the agent saw as words, for support: the cause code and the
 * exception's type name; and how many connections to the panel were refused (another component tried to
 * connect). Unchanged when there was neither.
 */
export function withPanelProblems(bundle, loadFailure, refusedHostConnections) {
    if (!loadFailure && !(refusedHostConnections > 0)) return bundle;
    return JSON.stringify(
        {
            ...JSON.parse(bundle),
            configurationError: loadFailure ?? undefined,
            refusedHostConnections
        },
        null,
        2
    );
}

/**
 * The support export when the configuration could not be loaded (no sync, no decisions): who, when, and why as
 * the cause code and the exception's type name (`loadFailure`), never its text.
 */
export function failureBundleJson(userId, exportedAt, loadFailure, refusedHostConnections) {
    const bundle = {
        product: 'Omni Presence Sync',
        packageVersion: PACKAGE_VERSION,
        exportedAt: new Date(exportedAt).toISOString(),
        exportedBy: userId,
        configurationError: loadFailure,
        refusedHostConnections
    };
    return JSON.stringify(bundle, null, 2);
}
