// The panel's part of org-wide sync health (issue 24): each view the runtime publishes goes to the health reporter
// (c/presenceSyncPanelModel, src-ts/panel/health-report.ts), which reads it after the event, and only in the driving
// tab with the Report Sync Health setting on sends a report when the sync's condition changes, through
// PresenceSyncHealthController.reportHealth. A refused report is the reporter's to count and try once more: it never
// reaches the sync or the agent.
import reportHealth from '@salesforce/apex/PresenceSyncHealthController.reportHealth';
import {
    HealthReporter,
    PACKAGE_VERSION,
    reportDecisions,
    reportSyncHealthOf,
    sayText
} from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';

/** The reporter's clock: the page's monotonic time and its timers. */
const PAGE_CLOCK = Object.freeze({
    now: () => performance.now(),
    // The reporter's quiet window and retry wait on timers: nothing else in the panel waits for them.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle)
});

/**
 * The decisions that led to the view, newest last and as the agent's decisions list words them (the display
 * model's sentence, in the agent's language); confirmations and echoes left out.
 */
function recentDecisions(panel, view) {
    const say = (text) => sayText(LABELS, text);
    return reportDecisions(view, panel.panelContext()).map((decision) => ({
        at: decision.at,
        what: `${say(decision.input)} ${say(decision.outcome)}`
    }));
}

/**
 * Adds `observeHealth(view)` (after each view is published) and `stopHealth()` (when the panel goes) to the panel.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const HealthReport = (Base) =>
    class extends Base {
        /** Made with the first view. */
        healthReporter = null;

        /**
         * A view was published. Until the configuration is read, the setting is not known and nothing is reported;
         * the reporter reads the view later, off this call.
         */
        observeHealth(view) {
            if (!this.healthReporter) {
                this.healthReporter = new HealthReporter({
                    clock: PAGE_CLOCK,
                    wallNow: () => Date.now(),
                    send: (report) => reportHealth({ report }),
                    recent: (shown) => recentDecisions(this, shown),
                    packageVersion: PACKAGE_VERSION
                });
            }
            const configuration = this.configurationRead;
            const enabled = Boolean(configuration) && reportSyncHealthOf(configuration.settings);
            this.healthReporter.observe(view, enabled);
        }

        stopHealth() {
            this.healthReporter?.stop();
            this.healthReporter = null;
        }
    };
