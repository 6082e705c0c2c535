// Why the panel could not load its configuration, as the panel words it and the support export records it.
import { LABELS } from './labels';

/** The text of an error, from Apex (`body.message`) or a plain Error. */
export function errorMessage(error) {
    return error?.body?.message ?? error?.message ?? String(error);
}

/** How Apex names a failure: a cause code, then the exception's type name (PresenceSyncController). */
const APEX_CAUSE = /^([a-z]+(?:-[a-z]+)*):([\w.]*)$/;

/**
 * Why the configuration could not be loaded, as a cause code the panel words (label `Cause_<code>`)
 * and a detail for the support export only: the exception's type name from Apex, else the kind of
 * failure (an HTTP status, an error's name). Never the exception's text: it may quote org data.
 */
export function loadFailure(error) {
    const apex = APEX_CAUSE.exec(error?.body?.message ?? '');
    if (apex) return { cause: apex[1], detail: apex[2] };
    const status = typeof error?.status === 'number' ? `HTTP ${error.status}` : null;
    return { cause: 'request-failed', detail: status ?? (typeof error?.name === 'string' ? error.name : 'unknown') };
}

/** The panel's words for a cause code (label `Cause_<code>`), the generic one for a code it does not know. */
export function causeText(cause) {
    return LABELS[`Cause_${cause.replace(/-/g, '_')}`] ?? LABELS.Cause_request_failed;
}
