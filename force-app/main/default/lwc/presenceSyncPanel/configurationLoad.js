// Loading the configuration from Apex, and what the panel says and offers when it cannot: the cause, what to do
// (Retry; if it keeps failing, tell the admin, quoting the error), and that the sync is off meanwhile. The runtime
// keeps running unconfigured, so a driving tab still shows the softphone page the last configured driver saved
// (SoftphoneLink.placeEarly) and the agent can take calls there; a Retry that succeeds configures it and the sync starts.
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';
import { causeText, loadFailure } from './loadFailure';

/** How the panel records an answer that carries no configuration (the cause code, then what came back). */
const NO_CONFIGURATION = 'configuration-unreadable:NoConfiguration';

/**
 * Whether Apex's answer is a configuration the runtime can use: an object whose mappings and statuses are lists
 * (settings may be null: the package's defaults apply). Apex (PresenceSyncController.getConfiguration) always
 * answers so; anything else (null, an empty answer) is treated as a failure to load.
 */
export function usableConfiguration(configuration) {
    return (
        configuration !== null &&
        typeof configuration === 'object' &&
        Array.isArray(configuration.mappings) &&
        Array.isArray(configuration.statuses)
    );
}

/**
 * Reads the configuration and hands it to `runtime`, the panel's current one (the sync then starts). On a failure
 * the runtime keeps running and the panel shows why (`panel.failLoad`). Resolves to whether the runtime was configured.
 */
export async function configureFromApex(panel, runtime) {
    let configuration;
    try {
        configuration = await getConfiguration();
        if (!usableConfiguration(configuration)) {
            const error = new Error('no configuration');
            error.body = { message: NO_CONFIGURATION };
            throw error;
        }
    } catch (error) {
        if (panel.runtime === runtime) panel.failLoad(loadFailure(error));
        return false;
    }
    // The same read serves the panel's status labels and the support bundle: no second call, no second render.
    // Plain assignments on component fields: `this.x ??= …` failed the platform's LWC compile
    // (salesforce/lwc#2772), and eslint.config.js forbids logical assignment to a member.
    if (panel.configurationRead === undefined || panel.configurationRead === null) {
        panel.configurationRead = configuration;
    }
    if (panel.configurationReading === undefined || panel.configurationReading === null) {
        panel.configurationReading = Promise.resolve(panel.configurationRead);
    }
    if (panel.runtime !== runtime) return false;
    runtime.configure({
        mappings: configuration.mappings,
        settings: configuration.settings ?? null,
        statuses: configuration.statuses
    });
    return true;
}

/**
 * How long a Retry that fails stays busy ("Trying…") at least: Apex often answers within milliseconds, and a button
 * that changes for no visible time does not show the agent that it ran. One that loads goes at once.
 */
export const RETRY_BUSY_MS = 800;

const pause = (ms) =>
    new Promise((resolve) => {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        setTimeout(resolve, ms);
    });

/**
 * "Retry": reads the configuration again, the button busy meanwhile; when it loads, the load error goes and the sync
 * starts; when it fails again, the box's line says when it was tried (`panel.retriedAt`, wall-clock ms).
 */
export async function retryConfiguration(panel) {
    if (panel.retrying) return;
    panel.retrying = true;
    try {
        const runtime = panel.runtime ?? panel.start();
        const busy = pause(RETRY_BUSY_MS);
        if (await configureFromApex(panel, runtime)) {
            panel.clearLoadFailure();
            return;
        }
        await busy;
        if (panel.runtime === runtime && panel.loadFailure) panel.retriedAt = Date.now();
    } finally {
        panel.retrying = false;
    }
}

/** The load-error box's line opens to why and what to do, and closes again. */
export function toggleLoadDetails(panel) {
    panel.loadDetailsOpen = !panel.loadDetailsOpen;
}

/** The error an agent quotes to the admin: the cause code and, in brackets, what Apex named (never its text). */
function quotable(failure) {
    return failure.detail ? `${failure.cause} (${failure.detail})` : failure.cause;
}

/**
 * What the load-error box says for `failure` (`loadFailure`), null without one. Its one line: that the sync is off
 * (or, after a Retry that failed too, when it was tried) with Retry beside it, busy while it runs; behind the line,
 * on demand: why, what to do, and that the sync is off (with a softphone page in the utility, that it still takes
 * calls). `box` is the panel: `retrying`, `retriedAt`, `loadDetailsOpen`.
 */
export function loadErrorView(failure, hasSoftphone, box = {}) {
    if (!failure) return null;
    const time = (at) => new Date(at).toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });
    return {
        line: box.retriedAt ? formatLabel(LABELS.Load_Retried, [time(box.retriedAt)]) : LABELS.Load_Line,
        retryLabel: box.retrying ? LABELS.Load_Retrying : LABELS.Load_Retry,
        busy: box.retrying ? 'true' : 'false',
        expanded: box.loadDetailsOpen ? 'true' : 'false',
        collapsed: !box.loadDetailsOpen,
        message: formatLabel(LABELS.Load_Error, [causeText(failure.cause)]),
        action: formatLabel(LABELS.Load_Error_Action, [quotable(failure)]),
        syncOff: hasSoftphone ? LABELS.Load_Error_Softphone : LABELS.Load_Error_Sync_Off
    };
}
