import { LABELS } from './labels';
import { fileDryRun, sequenceChoices, sequenceDryRun, startChoices, stateChoices, statusChoices } from './dryRunView';

/**
 * The Setup page's dry-run part (the component's `dryRun…` getters and handlers): the choices the
 * dry run offers and a played sequence or uploaded scenario file shown as a trace (dryRunView.js
 * runs them on the configuration being edited). `dryRunTrace` and `dryRunMessage` are declared on
 * the component, so they stay reactive.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const DryRunSection = (Base) =>
    class extends Base {
        get dryRunSequences() {
            return sequenceChoices(LABELS);
        }

        get dryRunStartChoices() {
            return startChoices(this.statuses, this.compiled);
        }

        get dryRunStatusChoices() {
            return statusChoices(this.statuses);
        }

        get dryRunStateChoices() {
            return stateChoices(this.knownStates);
        }

        /** A sequence to play (c-presence-sync-dry-run's `run` event), on the configuration being edited. */
        handleDryRun(event) {
            this.showDryRun(sequenceDryRun(event.detail, this, LABELS));
        }

        /** An uploaded scenario file (the `scenariofile` event): its expectations are checked. */
        async handleScenarioFile(event) {
            this.showDryRun(await fileDryRun(event.detail.file, this, LABELS));
        }

        showDryRun({ trace, message }) {
            this.dryRunTrace = trace;
            this.dryRunMessage = message;
        }
    };
