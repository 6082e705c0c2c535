import { LightningElement } from 'lwc';
import getHealth from '@salesforce/apex/PresenceSyncHealthController.getHealth';
import getHealthCounts from '@salesforce/apex/PresenceSyncHealthController.getHealthCounts';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from './labels';
import { healthView } from './rows';

/**
 * The Presence Sync Health tab: one row per agent whose console reported its sync's health (issue 24), problems
 * first, then the agents not reporting for more than 2 hours, then those in sync; the summary counts every agent
 * (getHealthCounts) and says "showing N of M" when the list is capped; each condition in the viewer's words, since when, today's counts, the last decisions that led to it. The
 * rows come from PresenceSyncHealthController.getHealth(), which reads them in user mode: an agent sees only their
 * own row, a holder of Presence Sync Health Viewer every agent's.
 */
export default class PresenceSyncHealth extends LightningElement {
    labels = LABELS;
    loading = true;
    failed = false;
    model = { summary: '', rows: [] };

    connectedCallback() {
        this.load();
    }

    get isEmpty() {
        return !this.loading && !this.failed && this.model.rows.length === 0;
    }

    get hasRows() {
        return this.model.rows.length > 0;
    }

    format(date) {
        try {
            return new Intl.DateTimeFormat(LOCALE, {
                dateStyle: 'medium',
                timeStyle: 'short',
                timeZone: TIME_ZONE
            }).format(date);
        } catch {
            return date.toISOString();
        }
    }

    async load() {
        this.loading = true;
        try {
            // The counts only improve the summary: without them it counts the rows listed.
            const counts = Promise.resolve()
                .then(() => getHealthCounts())
                .catch(() => null);
            const rows = await getHealth();
            this.model = healthView(rows, this.labels, (date) => this.format(date), {
                counts: await counts,
                now: Date.now()
            });
            this.failed = false;
        } catch {
            this.failed = true;
        } finally {
            this.loading = false;
        }
    }

    handleRefresh() {
        this.load();
    }
}
