// The Setup page's save as it runs: the changed records sent to Apex (saveRecords, a metadata deployment), then the
// deployment polled until it ends. Free of the DOM: it reports what the page shows.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { conflictLines, finishedSave } from './save';
import { markSaved } from './model';

const say = (template, ...values) => formatLabel(template, values);

export const POLL_MS = 2000;
export const POLL_LIMIT = 150;

/** An error as Lightning rejects an Apex call (`{ body: { message } }`), or any other error, as text. */
export function errorMessage(error) {
    return error?.body?.message ?? error?.message ?? String(error);
}

/**
 * One save at a time. `apex` holds the two Apex methods (`saveRecords`, `getDeployStatus`); `report(update)` takes
 * what the page shows, `{ state, message, errors }` (state 'running', 'succeeded' or 'failed'), and, once a
 * deployment ended, `saved`: the keys (`Type.DeveloperName`) of the records it wrote.
 */
export class SaveRunner {
    constructor({ apex, report, labels, locale }) {
        this.apex = apex;
        this.report = report;
        this.labels = labels;
        this.locale = locale;
        this.pollCount = 0;
        this.timer = undefined;
    }

    /**
     * Sends `changes` with `loadedAt` (when the page read the records). A refusal because records changed since
     * names each of them, and who saved it when; `records` and `settingFields` word them.
     */
    async save(changes, { loadedAt, records, settingFields }) {
        const labels = this.labels;
        this.report({ state: 'running', errors: [], message: say(labels.Save_Started, changes.length) });
        try {
            const result = await this.apex.saveRecords({ changesJson: JSON.stringify(changes), loadedAt });
            if ((result?.conflicts?.length ?? 0) > 0) {
                // Nothing was saved: each record that changed since this page loaded it, and by whom.
                this.report({
                    state: 'failed',
                    message: say(labels.Save_Conflict, result.conflicts.length),
                    errors: conflictLines(result.conflicts, { labels, records, settingFields, locale: this.locale })
                });
                return;
            }
            this.pollCount = 0;
            this.poll(result.deploymentId, changes);
        } catch (error) {
            this.report({ state: 'failed', message: errorMessage(error) });
        }
    }

    poll(deploymentId, changes) {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(async () => {
            this.pollCount++;
            try {
                const status = await this.apex.getDeployStatus({ deploymentId });
                if (status.status !== 'InProgress') {
                    this.report(finishedSave(status, changes, this.labels));
                } else if (this.pollCount >= POLL_LIMIT) {
                    this.report({ state: 'failed', message: say(this.labels.Save_Still_Running, deploymentId) });
                } else {
                    const seconds = Math.round((this.pollCount * POLL_MS) / 1000);
                    this.report({ message: say(this.labels.Save_Progress, deploymentId, seconds) });
                    this.poll(deploymentId, changes);
                }
            } catch (error) {
                this.report({ state: 'failed', message: errorMessage(error) });
            }
        }, POLL_MS);
    }

    stop() {
        clearTimeout(this.timer);
    }
}

/**
 * What a save reports, shown on the page (`page`: the Setup component): once a deployment ended, what it wrote
 * (`saved`) is no longer a change and the kept draft follows; the state, message and errors of the Save bar.
 */
export function showSaveUpdate(page, { state, message, errors, saved }) {
    if (saved) {
        const written = (record) => saved.has(`${record.type}.${record.developerName}`);
        page.records = page.records.map((record) => (written(record) ? markSaved(record) : record));
        if (written(page.settings)) page.settings = markSaved(page.settings);
    }
    if (state !== undefined) page.saveState = state;
    if (message !== undefined) page.saveMessage = message;
    if (errors !== undefined) page.saveErrors = errors;
    if (saved) page.guard.keepEdits(page);
}

/** The save message's SLDS alert class by the save's state: success, error, or the neutral one while it runs. */
export function saveMessageClass(saveState) {
    const tone = { succeeded: 'success', failed: 'error', running: 'info' }[saveState] ?? 'info';
    return `slds-notify slds-notify_alert slds-alert_${tone === 'info' ? 'offline' : tone} save-message`;
}
