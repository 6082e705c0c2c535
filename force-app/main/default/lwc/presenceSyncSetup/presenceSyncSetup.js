import { LightningElement } from 'lwc';
import getSetup from '@salesforce/apex/PresenceSyncSetupController.getSetup';
import getPresenceStatuses from '@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses';
import saveRecords from '@salesforce/apex/PresenceSyncSetupController.saveRecords';
import getDeployStatus from '@salesforce/apex/PresenceSyncSetupController.getDeployStatus';
import LOCALE from '@salesforce/i18n/locale';
import { compileMapping, configProblemText, formatLabel, sayText } from 'c/presenceSyncSetupKit';
import { LABELS } from './labels';
import {
    SETTING_TYPE,
    SETTINGS_NAME,
    TO_OMNI,
    TO_SOFTPHONE,
    MAPPING_TYPE,
    allStates,
    applyChoice,
    changedRecords,
    compilerInput,
    editable,
    formatState,
    omniRows,
    placeDiagnostics,
    softphoneRows
} from './model';
import { CsvSection } from './csvSection';
import { applyRowAction, errorCount, settleConflicts } from './conflicts';
import { ProblemSection } from './problemSection';
import { LeaveGuard } from './leaveGuard';
import { blockedSentence } from './errorSummary';
import { labelChanges, withSavedLabels } from './recordLabels';
import { problemText, problemViews, unplacedProblems } from './problems';
import { SaveRunner, errorMessage, saveMessageClass, showSaveUpdate } from './saveRunner';
import { settingGroups, settingValue } from './settingsView';
import { mappingTables } from './tables';
import { DryRunSection } from './dryRunSection';
import { DEFAULT_PRESET } from './presets';
import { pageCatalogue } from './softphoneSwitch';
import { PresetSection } from './presetSection';
import { settingLists, withListWords, withMinorChecked } from './fieldLists';
import { readManualStates } from './manualStates';
import { withBusyChecks } from './busyCheck';

const say = (template, ...values) => formatLabel(template, values);

/**
 * The Presence Sync Setup page: lists the org's presence statuses and the softphone's states,
 * edits the two mapping tables and the settings record, checks every edit with the engine's own
 * compiler, runs a dry run with the engine's scenario runner, and saves the changed custom metadata
 * records through the package's Apex (a metadata deployment).
 */
export default class PresenceSyncSetup extends DryRunSection(
    CsvSection(PresetSection(ProblemSection(LightningElement)))
) {
    labels = LABELS;
    loading = true;
    refused;
    loadError;

    records = [];
    settings = null;
    settingFields = [];
    /** The mapping fields as Apex describes them (label, help text): the tables' column headers. */
    mappingFields = [];
    /** When Apex read the records (getSetup's loadedAt): sent back with a save. */
    loadedAt = null;
    statuses = [];
    statusesFetched = false;
    statusesMessage;
    catalogue = null;
    /** The softphone the page starts from (presets.js): its states are offered until the softphone's are fetched. */
    softphonePreset = DEFAULT_PRESET;
    presetMessage;
    softphoneName;
    manualStates = [];
    catalogueMessage;
    fetchingStates = false;

    saveState = 'idle';
    saveMessage;
    saveErrors = [];
    /** Sends the changes to Apex and follows the deployment; reports what the Save section shows. */
    saver = new SaveRunner({
        apex: { saveRecords, getDeployStatus },
        report: (update) => this.showSave(update),
        labels: LABELS,
        locale: LOCALE
    });

    importErrors = [];
    importMessage;
    /** The live region's sentence (problems an edit made elsewhere), and the restored draft's. */
    liveMessage = '';
    draftMessage;
    /** Asks before the browser leaves the page with unsaved edits, and keeps them as a draft (leaveGuard.js). */
    guard = new LeaveGuard({
        win: window,
        storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
        isDirty: () => this.ready && this.changes.length > 0
    });

    dryRunTrace = null;
    dryRunMessage;

    connectedCallback() {
        this.guard.start();
        this.load();
    }

    /** A textarea takes its value as a property, not an attribute: set it from data-value when it differs. */
    renderedCallback() {
        for (const area of this.template.querySelectorAll('textarea[data-field]')) {
            if (area.value !== area.dataset.value && area !== this.template.activeElement)
                area.value = area.dataset.value;
        }
    }

    disconnectedCallback() {
        this.saver.stop();
        this.guard.stop();
    }

    async load() {
        try {
            const data = await getSetup();
            this.records = (data.mappings ?? []).map((record) => editable(MAPPING_TYPE, record));
            this.settings = editable(
                SETTING_TYPE,
                data.settings ?? { DeveloperName: SETTINGS_NAME, MasterLabel: SETTINGS_NAME, __new: true }
            );
            this.settingFields = data.settingFields ?? [];
            this.mappingFields = data.mappingFields ?? [];
            this.loadedAt = data.loadedAt ?? null;
            this.restoreDraft();
            await this.fetchStatuses();
        } catch (error) {
            const message = errorMessage(error);
            if (message === LABELS.Refused) this.refused = message;
            else this.loadError = say(LABELS.Load_Error, message);
        } finally {
            this.loading = false;
        }
    }

    get ready() {
        return !this.loading && !this.refused && !this.loadError;
    }

    // ---- Both sides ----

    async fetchStatuses() {
        try {
            this.statuses = (await getPresenceStatuses()) ?? [];
            this.statusesFetched = true;
            this.statusesMessage = say(LABELS.Statuses_Fetched, this.statuses.length);
        } catch (error) {
            this.statusesMessage = say(LABELS.Load_Error, errorMessage(error));
        }
    }

    handleFetchStatuses() {
        this.fetchStatuses();
    }

    get softphoneUrl() {
        const url = this.settings?.values?.Softphone_Url__c;
        return typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
    }

    get hasCatalogue() {
        return (this.stateCatalogue?.length ?? 0) > 0 || this.manualStates.length > 0;
    }

    /** The states offered: the softphone's once fetched, else the chosen preset's (softphoneSwitch.js). */
    get stateCatalogue() {
        return pageCatalogue(this.catalogue, this.softphonePreset);
    }

    /** The settings the bridge reads the softphone's states with: those of the record being edited. */
    get bridgeSettings() {
        return compileMapping(compilerInput([], this.settings, []), null).settings;
    }

    /** How the reading of the softphone's states goes (c-presence-sync-sides's `catalogue` event). */
    handleCatalogue(event) {
        const { fetching, message, catalogue, softphoneName } = event.detail;
        if (fetching !== undefined) this.fetchingStates = fetching;
        if (message !== undefined) this.catalogueMessage = message;
        if (catalogue !== undefined) this.catalogue = catalogue;
        if (softphoneName !== undefined) this.softphoneName = softphoneName;
    }

    /** States typed by hand (the `addstates` event): each line added, merged, known or skipped, and said so. */
    handleAddStates(event) {
        const before = this.problemList;
        const { added, lines } = readManualStates(event.detail.text, this.knownStates, LABELS);
        this.manualStates = [...this.manualStates, ...added];
        this.catalogueMessage = [say(LABELS.States_Added, added.length), ...lines].join(' ');
        this.announce(before, null);
    }

    // ---- Checks (the engine's compiler) ----

    /** The engine's compiler on the configuration being edited; recomputed only when an input changes. */
    get compiled() {
        const { records, settings, statuses, stateCatalogue, manualStates, settingFields } = this;
        const inputs = [records, settings, statuses, stateCatalogue, manualStates, settingFields];
        if (this.memo && this.memo.inputs.every((value, index) => value === inputs[index])) return this.memo.compiled;
        const catalogue = this.hasCatalogue ? [...(this.stateCatalogue ?? []), ...this.manualStates] : null;
        const compiled = compileMapping(compilerInput(this.records, this.settings, this.statuses), catalogue);
        // Each problem in the admin's language, with the sentences the utility panel uses.
        const words = (diagnostic) => sayText(LABELS, configProblemText(diagnostic));
        const placed = placeDiagnostics(compiled.diagnostics, words);
        const context = { records: this.records, statuses: this.statuses, labels: LABELS };
        const values = this.settings?.values;
        const lists = settingLists({ statuses: this.statuses, catalogue: this.stateCatalogue, values, labels: LABELS });
        const worded = withListWords(placed, { lists, settingFields: this.settingFields, values, labels: LABELS });
        this.memo = { inputs, compiled, placed: settleConflicts(worded, compiled.diagnostics, context) };
        return compiled;
    }

    get placed() {
        return this.compiled && this.memo.placed;
    }

    problemsOf(names, extra = []) {
        const placed = this.placed;
        return problemViews([...names.flatMap((name) => placed.byRecord.get(name) ?? []), ...extra], LABELS);
    }

    get generalProblems() {
        return problemViews(unplacedProblems(this.placed, this.rowRecordNames, this.records), LABELS);
    }

    get rowRecordNames() {
        const names = new Set();
        for (const row of [...this.rawOmniRows, ...this.rawSoftphoneRows])
            for (const name of row.allRecords) names.add(name);
        return names;
    }

    // ---- The two tables ----

    get knownStates() {
        return allStates(this.stateCatalogue, this.manualStates, this.records);
    }

    get rawOmniRows() {
        return omniRows(this.records, this.statuses, this.stateCatalogue, this.manualStates);
    }

    get rawSoftphoneRows() {
        return softphoneRows(this.records, this.stateCatalogue, this.manualStates);
    }

    /** The two mapping tables as c-presence-sync-mapping-table shows them (tables.js). */
    get mappingTables() {
        return mappingTables({
            labels: LABELS,
            mappingFields: this.mappingFields,
            statuses: this.statuses,
            omniRows: this.rawOmniRows,
            softphoneRows: this.rawSoftphoneRows,
            placed: withBusyChecks(this.placed, this.rawOmniRows, this.statuses, LABELS),
            problemsOf: (names, extra) => this.problemsOf(names, extra),
            recordOf: (name) => this.records.find((record) => record.developerName === name)
        });
    }

    stateOf(key) {
        const state = this.knownStates.find((s) => s.key === key);
        return state ? [state.major, state.minor] : [key.split('\u0001')[0], null];
    }

    /** A choice in either table (c-presence-sync-mapping-table's `choice` event), by the table's data-id. */
    handleChoice(event) {
        const { key, value } = event.detail;
        const toSoftphone = event.target.dataset.id === 'omni-table';
        const row = (toSoftphone ? this.rawOmniRows : this.rawSoftphoneRows).find((r) => r.key === key);
        if (!row) return;
        const subject = toSoftphone ? { ...row, stateOf: (k) => this.stateOf(k) } : row;
        const before = this.problemList;
        this.records = applyChoice(this.records, toSoftphone ? TO_SOFTPHONE : TO_OMNI, subject, value);
        this.afterEdit(before, toSoftphone ? row.label : formatState(row.major, row.minor));
    }

    /** A problem's action in either table (`rowaction`): keep this record of its row, or deactivate it. */
    handleRowAction(event) {
        const before = this.problemList;
        this.records = applyRowAction(this.records, event.detail.action, event.detail.record);
        this.afterEdit(before, null);
    }

    /** After an edit: the draft kept, the problems it made elsewhere announced (`before`: problemList before it). */
    afterEdit(before, edited) {
        this.guard.keepEdits(this);
        if (before) this.announce(before, edited);
        if (this.saveState !== 'running') {
            this.saveState = 'idle';
            this.saveMessage = undefined;
            this.saveErrors = [];
        }
    }

    // ---- Settings ----

    get settingGroups() {
        return settingGroups({
            settingFields: this.settingFields,
            values: this.settings?.values,
            bySetting: this.placed.bySetting,
            labels: LABELS,
            problemText: (item) => problemText(item, LABELS),
            lists: settingLists({
                statuses: this.statuses,
                catalogue: this.stateCatalogue,
                values: this.settings?.values,
                labels: LABELS
            })
        });
    }

    handleSettingChange(event) {
        const name = event.target.dataset.field;
        const before = this.problemList;
        const value = settingValue(
            this.settingFields.find((field) => field.name === name),
            event.target
        );
        const values = withMinorChecked({ ...this.settings.values, [name]: value }, name, this.stateCatalogue);
        this.settings = { ...this.settings, values };
        this.afterEdit(before, this.settingFields.find((field) => field.name === name)?.label ?? name);
    }

    // ---- Save ----

    /** The changes a save sends, each mapping record labelled from what it is saved as (recordLabels.js). */
    get changes() {
        const { records, statuses } = this;
        return labelChanges(changedRecords(records, this.settings), { records, statuses, labels: LABELS });
    }

    get blockingReason() {
        const errors = errorCount(this.placed);
        if (errors > 0) return blockedSentence(this.whereErrors.entries, errors, LABELS);
        if (this.saveState === 'running') return LABELS.Save_Running;
        if (this.changes.length === 0) return LABELS.Nothing_To_Save;
        return null;
    }

    get saveDisabled() {
        return this.blockingReason !== null;
    }

    get changeSummary() {
        return say(LABELS.Changes_Count, this.changes.length);
    }

    handleSave() {
        if (this.saveDisabled) return;
        const changes = this.changes;
        this.records = withSavedLabels(this.records, changes);
        this.saver.save(changes, {
            loadedAt: this.loadedAt,
            records: [...this.records, this.settings],
            settingFields: this.settingFields
        });
    }

    /** What the save reports; once a deployment ended, what it wrote is no longer a change. */
    showSave(update) {
        showSaveUpdate(this, update);
    }

    get saveMessageClass() {
        return saveMessageClass(this.saveState);
    }

    get hasSaveErrors() {
        return this.saveErrors.length > 0;
    }
}
