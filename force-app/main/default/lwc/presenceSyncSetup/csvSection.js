import { formatLabel } from 'c/presenceSyncSetupKit';
import { LABELS } from './labels';
import { csvImport, toCsv } from './csv';

const say = (template, ...values) => formatLabel(template, values);

/**
 * The Setup page's CSV part (the component's `csvHref`, `csvName`, `handleImport`, `importCsv`,
 * `hasImportErrors`): the configuration being edited as a CSV download, and an uploaded CSV read
 * into it (csv.js says what a row may hold). The fields it sets (`importErrors`, `importMessage`,
 * `records`, `settings`) are declared on the component, so they stay reactive.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const CsvSection = (Base) =>
    class extends Base {
        get csvHref() {
            const csv = toCsv(
                this.records,
                this.settings,
                this.settingFields.map((field) => field.name)
            );
            return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
        }

        get csvName() {
            return `presence-sync-configuration-${new Date().toISOString().slice(0, 10)}.csv`;
        }

        async handleImport(event) {
            const input = event.target;
            const file = input.files?.[0];
            if (!file) return;
            this.importCsv(await file.text());
            input.value = '';
        }

        importCsv(text) {
            const result = csvImport(text, this, LABELS);
            this.importErrors = result.errors;
            if (result.errors.length > 0) {
                this.importMessage = LABELS.Import_Refused;
                return;
            }
            const before = this.problemList;
            this.records = result.records;
            this.settings = result.settings;
            this.importMessage = say(LABELS.Import_Done, this.changes.length);
            this.afterEdit(before, null);
        }

        get hasImportErrors() {
            return this.importErrors.length > 0;
        }
    };
