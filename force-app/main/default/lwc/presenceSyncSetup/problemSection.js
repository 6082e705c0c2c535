import { formatLabel } from 'c/presenceSyncSetupKit';
import { LABELS } from './labels';
import { focusProblem, newProblemsElsewhere, pageErrors, pageProblems } from './errorSummary';

const say = (template, ...values) => formatLabel(template, values);

/**
 * The Setup page's "where the problems are" part (the component's `problemList`, `whereErrors`,
 * `handleSummaryLink`, `announce`, `restoreDraft`, `handleDiscardDraft`): the error summary with
 * its links, the live region's sentence for a problem an edit made elsewhere (errorSummary.js) and
 * the draft kept by the leave guard (leaveGuard.js). The fields it sets are declared on the
 * component, so they stay reactive.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const ProblemSection = (Base) =>
    class extends Base {
        get problemList() {
            return pageProblems(this, LABELS);
        }

        get whereErrors() {
            return pageErrors(this, LABELS);
        }

        handleSummaryLink(event) {
            event.preventDefault();
            focusProblem(this.template, this.whereErrors.entries, event.currentTarget.dataset.key);
        }

        announce(before, edited) {
            this.liveMessage = newProblemsElsewhere(before, this.problemList, edited, LABELS);
        }

        restoreDraft() {
            if (this.guard.restoreInto(this)) this.draftMessage = say(LABELS.Draft_Restored, this.changes.length);
        }

        handleDiscardDraft() {
            [this.draftMessage, this.loading] = [undefined, this.guard.keep(null) ?? true];
            this.load();
        }
    };
