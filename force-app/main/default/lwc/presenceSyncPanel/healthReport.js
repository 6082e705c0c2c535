// The panel's part of org-wide sync health (issue 24): each view the runtime publishes goes to the health reporter
// (c/presenceSyncPanelModel, src-ts/panel/health-report.ts), which reads it after the event, and only in the driving
// tab with the Report Sync Health setting on sends a report when the sync's condition changes, through
// PresenceSyncHealthController.reportHealth, which answers true when the org kept the row and false when not. A refused
// report (false, or an error) is the reporter's to count and try once more: it never reaches the sync or the agent.
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
 * While the configuration cannot be read the runtime publishes no view (it runs unconfigured): the tab's role is
 * read this often, so that a tab that comes to drive reports `config-problems` and one that stops driving does not.
 */
const UNCONFIGURED_CHECK_MS = 5000;

/** What an unconfigured tab shows: its role, nothing known of either side. */
function unconfiguredView(role) {
    return {
        role,
        syncEnabled: false,
        health: 'error',
        omni: { presence: 'unknown' },
        softphone: { bridge: 'none', presence: 'unknown', onInteraction: false },
        held: null,
        diagnostics: [],
        decisions: [],
        rejectedMessages: 0,
        rejectedByReason: {}
    };
}

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
        /** The next look at an unconfigured tab's role (`healthConfigurationFailed`). */
        unconfiguredHealthTimer = null;

        /**
         * A view was published. While the configuration is being read, the setting is not known and nothing is
         * reported; once it could not be read (`loadFailure`), the setting counts as on (its default) and the
         * driving tab reports `config-problems`, so that the agent shows in the health tab. The reporter reads the
         * view later, off this call.
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
            const unread = !configuration && Boolean(this.loadFailure);
            const enabled = configuration ? reportSyncHealthOf(configuration.settings) : unread;
            this.healthReporter.observe(view, enabled, unread);
        }

        /**
         * The configuration could not be read: no view follows until it is, so the tab's role is observed now and
         * every UNCONFIGURED_CHECK_MS while the failure stands.
         */
        healthConfigurationFailed() {
            clearTimeout(this.unconfiguredHealthTimer);
            this.unconfiguredHealthTimer = null;
            if (!this.loadFailure || this.configurationRead || !this.runtime) return;
            this.observeHealth(this.lastView ?? unconfiguredView(this.runtime.role));
            // A cheap look at the role; nothing else in the panel waits for it.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.unconfiguredHealthTimer = setTimeout(() => this.healthConfigurationFailed(), UNCONFIGURED_CHECK_MS);
        }

        stopHealth() {
            clearTimeout(this.unconfiguredHealthTimer);
            this.unconfiguredHealthTimer = null;
            this.healthReporter?.stop();
            this.healthReporter = null;
        }
    };
