// Loading the configuration from Apex, and what the panel says and offers when it cannot: the cause, what to do
// (Retry; if it keeps failing, tell the admin, quoting the error), and that the sync is off meanwhile. The runtime
// keeps running unconfigured, so a driving tab still shows the softphone page the last configured driver saved
// (SoftphoneLink.placeEarly) and the agent can take calls there; a Retry that succeeds configures it and the sync starts.
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
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

/** "Retry": reads the configuration again; when it loads, the load error goes and the sync starts. */
export async function retryConfiguration(panel) {
    if (panel.retrying) return;
    panel.retrying = true;
    try {
        const runtime = panel.runtime ?? panel.start();
        if (await configureFromApex(panel, runtime)) panel.clearLoadFailure();
    } finally {
        panel.retrying = false;
    }
}

/** The error an agent quotes to the admin: the cause code and, in brackets, what Apex named (never its text). */
function quotable(failure) {
    return failure.detail ? `${failure.cause} (${failure.detail})` : failure.cause;
}

/**
 * What the load-error box says for `failure` (`loadFailure`): why, what to do, and that the sync is off (with a
 * softphone page in the utility, that it still takes calls). Null without a failure.
 */
export function loadErrorView(failure, hasSoftphone) {
    if (!failure) return null;
    return {
        message: formatLabel(LABELS.Load_Error, [causeText(failure.cause)]),
        action: formatLabel(LABELS.Load_Error_Action, [quotable(failure)]),
        syncOff: hasSoftphone ? LABELS.Load_Error_Softphone : LABELS.Load_Error_Sync_Off
    };
}
