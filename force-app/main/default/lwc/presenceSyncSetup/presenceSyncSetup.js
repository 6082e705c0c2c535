import { LightningElement } from 'lwc';
import getSetup from '@salesforce/apex/PresenceSyncSetupController.getSetup';
import getPresenceStatuses from '@salesforce/apex/PresenceSyncSetupController.getPresenceStatuses';
import saveRecords from '@salesforce/apex/PresenceSyncSetupController.saveRecords';
import getDeployStatus from '@salesforce/apex/PresenceSyncSetupController.getDeployStatus';
import LOCALE from '@salesforce/i18n/locale';
import {
    compileMapping,
    configProblemText,
    detailText,
    formatLabel,
    frameBridge,
    runScenario,
    sayText
} from 'c/presenceSyncSetupKit';
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
    fromCsv,
    isErrorDiagnostic,
    markSaved,
    omniRows,
    parseStates,
    placeDiagnostics,
    softphoneRows,
    stateKey,
    toCsv
} from './model';
import { SEQUENCES, sequenceScenario, traceRows } from './sequences';
import { conflictLines, writtenChanges } from './save';

/** How the settings fields are grouped on the page, by behaviour. Fields not listed go under "Other". */
const GROUPS = [
    {
        id: 'session',
        fields: [
            'Sync_Enabled__c',
            'Startup_Authority__c',
            'Login_Omni_On_Softphone_Login__c',
            'Login_Status__c',
            'Logout_Omni_On_Softphone_Logout__c',
            'Logout_Softphone_On_Omni_Logout__c',
            'Ready_State__c',
            'Unmapped_State_Status__c',
            'Unmapped_Status_Action__c',
            'Busy_Fallback_State__c',
            'Busy_Fallback_Minor_State__c'
        ]
    },
    { id: 'revert', fields: ['Revert_After_Inbound__c', 'Revert_Scope__c'] },
    { id: 'holding', fields: ['Hold_During_Interaction__c'] },
    {
        id: 'work',
        fields: [
            'Work_Accepted_State__c',
            'Work_Accepted_Minor_State__c',
            'Forward_Work_Items__c',
            'Capacity_Threshold_Percent__c',
            'Capacity_Busy_State__c',
            'Capacity_Busy_Minor_State__c'
        ]
    },
    {
        id: 'faults',
        fields: ['Disconnect_Status__c', 'Command_Retry_Limit__c', 'Command_Timeout_Seconds__c', 'Audit_Log_Size__c']
    },
    { id: 'security', fields: ['Softphone_Url__c', 'Allowed_Origins__c', 'Softphone_Camera__c'] }
];

/** The bridge's clock while it reads the catalogue: this page's monotonic time in milliseconds, and its timers. */
const PAGE_CLOCK = {
    now: () => performance.now(),
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle)
};

const POLL_MS = 2000;
const POLL_LIMIT = 150;
const CATALOGUE_TIMEOUT_MS = 15000;

function errorMessage(error) {
    return error?.body?.message ?? error?.message ?? String(error);
}

const say = (template, ...values) => formatLabel(template, values);

/**
 * The Presence Sync Setup page: lists the org's presence statuses and the softphone's states,
 * edits the two mapping tables and the settings record, checks every edit with the engine's own
 * compiler, runs a dry run with the engine's scenario runner, and saves the changed custom metadata
 * records through the package's Apex (a metadata deployment).
 */
export default class PresenceSyncSetup extends LightningElement {
    labels = LABELS;
    loading = true;
    refused;
    loadError;

    records = [];
    settings = null;
    settingFields = [];
    /** When Apex read the records (getSetup's loadedAt): sent back with a save. */
    loadedAt = null;
    statuses = [];
    statusesFetched = false;
    statusesMessage;
    catalogue = null;
    softphoneName;
    manualStates = [];
    manualText = '';
    catalogueMessage;
    catalogueFailed = false;
    fetchingStates = false;
    bridge;
    catalogueTimer;

    saveState = 'idle';
    saveMessage;
    saveErrors = [];
    pollCount = 0;
    pollTimer;

    importErrors = [];
    importMessage;

    dryRunSequence = SEQUENCES[0].id;
    dryRunStatus = '';
    dryRunState = '';
    dryRunTrace = null;
    dryRunMessage;
    dryRunUploaded = false;

    connectedCallback() {
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
        this.stopBridge();
        clearTimeout(this.pollTimer);
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
            this.loadedAt = data.loadedAt ?? null;
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
        return (this.catalogue?.length ?? 0) > 0 || this.manualStates.length > 0;
    }

    handleFetchStates() {
        this.stopBridge();
        this.catalogueFailed = false;
        if (this.softphoneUrl === null) {
            this.catalogueFailed = true;
            this.catalogueMessage = LABELS.States_No_Url;
            return;
        }
        this.fetchingStates = true;
        this.catalogueMessage = say(LABELS.States_Loading, this.softphoneUrl);
        // The frame renders; its load event starts the bridge (handleFrameLoad).
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.catalogueTimer = setTimeout(() => {
            if (!this.fetchingStates) return;
            this.stopBridge();
            this.catalogueFailed = true;
            this.catalogueMessage = LABELS.States_Failed;
        }, CATALOGUE_TIMEOUT_MS);
    }

    handleFrameLoad() {
        if (!this.fetchingStates) return;
        if (!this.bridge) {
            const frame = () => this.template.querySelector('iframe')?.contentWindow ?? null;
            const settings = compileMapping(compilerInput([], this.settings, []), null).settings;
            const create = frameBridge(window, frame, PAGE_CLOCK);
            this.bridge = create(
                {
                    onInput: (input) => this.handleBridgeInput(input),
                    onResult: () => {},
                    onStatus: (status, detail) => {
                        if (status === 'rejected') {
                            this.catalogueFailed = true;
                            this.catalogueMessage = say(LABELS.States_Failed_Detail, detail ?? '');
                        }
                    },
                    onDrop: () => {}
                },
                settings
            );
            if (!this.bridge) {
                this.fetchingStates = false;
                this.catalogueFailed = true;
                this.catalogueMessage = LABELS.States_No_Url;
                return;
            }
            this.bridge.start();
        }
        this.bridge.frameLoaded();
    }

    handleBridgeInput(input) {
        if (input.event !== 'connected') return;
        this.catalogue = input.catalogue.map((entry) => ({
            major: entry.major,
            minor: entry.minor ?? null,
            reserved: entry.reserved === true,
            label: entry.label
        }));
        const info = this.bridge?.softphone;
        this.softphoneName = info ? `${info.vendor} ${info.product} ${info.version}` : '';
        this.catalogueMessage = say(LABELS.States_Fetched, this.catalogue.length, this.softphoneName);
        this.stopBridge();
    }

    stopBridge() {
        clearTimeout(this.catalogueTimer);
        this.bridge?.stop();
        this.bridge = undefined;
        this.fetchingStates = false;
    }

    handleManualInput(event) {
        this.manualText = event.target.value;
    }

    handleAddStates() {
        const states = parseStates(this.manualText);
        if (states.length === 0) return;
        const known = new Set(this.manualStates.map((s) => stateKey(s.major, s.minor)));
        this.manualStates = [...this.manualStates, ...states.filter((s) => !known.has(stateKey(s.major, s.minor)))];
        this.manualText = '';
        const area = this.template.querySelector('[data-id="manual-states"]');
        if (area) area.value = '';
        this.catalogueMessage = say(LABELS.States_Added, states.length);
    }

    // ---- Checks (the engine's compiler) ----

    /** The engine's compiler on the configuration being edited; recomputed only when an input changes. */
    get compiled() {
        const inputs = [this.records, this.settings, this.statuses, this.catalogue, this.manualStates];
        if (this.memo && this.memo.inputs.every((value, index) => value === inputs[index])) return this.memo.compiled;
        const catalogue = this.hasCatalogue ? [...(this.catalogue ?? []), ...this.manualStates] : null;
        const compiled = compileMapping(compilerInput(this.records, this.settings, this.statuses), catalogue);
        // Each problem in the admin's language, with the sentences the utility panel uses.
        const words = (diagnostic) => sayText(LABELS, configProblemText(diagnostic));
        this.memo = { inputs, compiled, placed: placeDiagnostics(compiled.diagnostics, words) };
        return compiled;
    }

    get placed() {
        return this.compiled && this.memo.placed;
    }

    problemText(item) {
        const headline = LABELS[`Problem_${item.problem.replace(/-/g, '_')}`] ?? item.problem;
        return `${item.error ? LABELS.Error : LABELS.Warning}: ${headline}: ${item.message}`;
    }

    problemsOf(names, extra = []) {
        const placed = this.placed;
        const items = [...names.flatMap((name) => placed.byRecord.get(name) ?? []), ...extra];
        return items.map((item, index) => ({
            key: `${item.record}-${item.problem}-${index}`,
            text: this.problemText(item),
            error: item.error,
            iconClass: item.error ? 'problem problem_error' : 'problem problem_warning'
        }));
    }

    get generalProblems() {
        const placed = this.placed;
        const onPage = new Set(this.records.map((r) => r.developerName));
        const stray = [...placed.byRecord.entries()]
            .filter(([name]) => !this.rowRecordNames.has(name) || !onPage.has(name))
            .flatMap(([, items]) => items);
        return this.problemsOf([], [...placed.general, ...stray]);
    }

    get rowRecordNames() {
        const names = new Set();
        for (const row of [...this.rawOmniRows, ...this.rawSoftphoneRows])
            for (const name of row.allRecords) names.add(name);
        return names;
    }

    // ---- The two tables ----

    get knownStates() {
        return allStates(this.catalogue, this.manualStates, this.records);
    }

    get rawOmniRows() {
        return omniRows(this.records, this.statuses, this.catalogue, this.manualStates);
    }

    get rawSoftphoneRows() {
        return softphoneRows(this.records, this.catalogue, this.manualStates);
    }

    get omniRows() {
        return this.rawOmniRows.map((row) => {
            const options = [
                { value: '', label: LABELS.Not_Mapped },
                { value: 'noChange', label: LABELS.No_Change },
                { value: 'busy', label: LABELS.Busy_Box },
                ...row.stateOptions.map((state) => ({
                    value: `state:${state.key}`,
                    label: state.stray
                        ? say(LABELS.Not_In_Catalogue, formatState(state.major, state.minor))
                        : formatState(state.major, state.minor)
                }))
            ].map((option) => ({ ...option, selected: option.value === row.choice }));
            const problems = this.problemsOf(row.allRecords, this.placed.byStatus.get(row.apiName.toLowerCase()) ?? []);
            return {
                ...row,
                options,
                problems,
                hasProblems: problems.length > 0,
                describedBy: problems.length > 0 ? `${row.key}-problems` : null,
                kind: row.online === null ? LABELS.Unknown_Status : row.online ? LABELS.Online : LABELS.Busy,
                selectLabel: say(LABELS.State_For_Status, row.label),
                rowClass: problems.some((p) => p.error) ? 'row_error' : ''
            };
        });
    }

    get softphoneRows() {
        const placed = this.placed;
        return this.rawSoftphoneRows.map((row) => {
            const options = [
                { value: '', label: row.minor === null ? LABELS.Not_Mapped : LABELS.Falls_Back },
                { value: 'noChange', label: LABELS.No_Change },
                { value: 'logout', label: LABELS.Log_Out_Of_Omni },
                ...this.statuses.map((status) => ({
                    value: `status:${status.developerName}`,
                    label: `${status.label} (${status.developerName})`
                }))
            ];
            if (row.choice.startsWith('status:') && !options.some((option) => option.value === row.choice)) {
                options.push({ value: row.choice, label: say(LABELS.Not_In_Org, row.choice.slice(7)) });
            }
            const majorProblems = row.minor === null ? (placed.byMajor.get(row.major.toLowerCase()) ?? []) : [];
            const problems = this.problemsOf(row.allRecords, majorProblems);
            return {
                ...row,
                options: options.map((option) => ({ ...option, selected: option.value === row.choice })),
                problems,
                hasProblems: problems.length > 0,
                describedBy: problems.length > 0 ? `${row.key}-problems` : null,
                state: formatState(row.major, row.minor),
                source: row.reserved
                    ? LABELS.Reserved
                    : row.source === 'softphone'
                      ? LABELS.From_Softphone
                      : row.source === 'manual'
                        ? LABELS.By_Hand
                        : LABELS.From_Rows,
                selectLabel: say(LABELS.Status_For_State, formatState(row.major, row.minor)),
                rowClass: problems.some((p) => p.error) ? 'row_error' : ''
            };
        });
    }

    get hasOmniRows() {
        return this.omniRows.length > 0;
    }

    get hasSoftphoneRows() {
        return this.softphoneRows.length > 0;
    }

    stateOf(key) {
        const state = this.knownStates.find((s) => s.key === key);
        return state ? [state.major, state.minor] : [key.split('\u0001')[0], null];
    }

    handleOmniChoice(event) {
        const row = this.rawOmniRows.find((r) => r.key === event.target.dataset.key);
        if (!row) return;
        this.records = applyChoice(
            this.records,
            TO_SOFTPHONE,
            { ...row, stateOf: (key) => this.stateOf(key) },
            event.target.value
        );
        this.afterEdit();
    }

    handleSoftphoneChoice(event) {
        const row = this.rawSoftphoneRows.find((r) => r.key === event.target.dataset.key);
        if (!row) return;
        this.records = applyChoice(this.records, TO_OMNI, row, event.target.value);
        this.afterEdit();
    }

    afterEdit() {
        if (this.saveState !== 'running') {
            this.saveState = 'idle';
            this.saveMessage = undefined;
            this.saveErrors = [];
        }
    }

    // ---- Settings ----

    get settingGroups() {
        const byName = new Map(this.settingFields.map((field) => [field.name, field]));
        const used = new Set();
        const problems = this.placed.bySetting;
        const fieldView = (field) => {
            used.add(field.name);
            const value = this.settings?.values?.[field.name];
            const type = field.type;
            const fieldProblems = (problems.get(field.name) ?? []).map((item, index) => ({
                key: `${field.name}-${index}`,
                text: this.problemText(item),
                iconClass: item.error ? 'problem problem_error' : 'problem problem_warning'
            }));
            const id = `setting-${field.name}`;
            return {
                name: field.name,
                label: field.label,
                help: field.helpText,
                inputId: id,
                helpId: `${id}-help`,
                describedBy: `${id}-help${fieldProblems.length > 0 ? ` ${id}-problems` : ''}`,
                isCheckbox: type === 'BOOLEAN',
                isPicklist: type === 'PICKLIST',
                isNumber: type === 'DOUBLE' || type === 'INTEGER' || type === 'PERCENT',
                isTextArea: type === 'TEXTAREA',
                isText: !['BOOLEAN', 'PICKLIST', 'DOUBLE', 'INTEGER', 'PERCENT', 'TEXTAREA'].includes(type),
                checked: value === true || value === 'true',
                value: value === null || value === undefined ? '' : `${value}`,
                options: [
                    {
                        value: '',
                        label: LABELS.Default_Value,
                        selected: value === null || value === undefined || value === ''
                    },
                    ...(field.options ?? []).map((option) => ({ ...option, selected: option.value === value }))
                ],
                problems: fieldProblems,
                hasProblems: fieldProblems.length > 0,
                problemsId: `${id}-problems`
            };
        };
        const groups = GROUPS.map((group) => ({
            id: group.id,
            legend: LABELS[`Group_${group.id}`],
            fields: group.fields.filter((name) => byName.has(name)).map((name) => fieldView(byName.get(name)))
        }));
        const rest = this.settingFields.filter((field) => !used.has(field.name)).map(fieldView);
        if (rest.length > 0) groups.push({ id: 'other', legend: LABELS.Group_other, fields: rest });
        return groups.filter((group) => group.fields.length > 0);
    }

    handleSettingChange(event) {
        const name = event.target.dataset.field;
        const field = this.settingFields.find((f) => f.name === name);
        let value;
        if (field?.type === 'BOOLEAN') value = event.target.checked;
        else if (['DOUBLE', 'INTEGER', 'PERCENT'].includes(field?.type))
            value = event.target.value === '' ? null : Number(event.target.value);
        else value = event.target.value === '' ? null : event.target.value;
        this.settings = { ...this.settings, values: { ...this.settings.values, [name]: value } };
        this.afterEdit();
    }

    // ---- Save ----

    get changes() {
        return changedRecords(this.records, this.settings);
    }

    get blockingReason() {
        const errors = this.compiled.diagnostics.filter(isErrorDiagnostic).length;
        if (errors > 0) return say(LABELS.Save_Blocked, errors);
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

    async handleSave() {
        if (this.saveDisabled) return;
        const changes = this.changes;
        this.saveState = 'running';
        this.saveErrors = [];
        this.saveMessage = say(LABELS.Save_Started, changes.length);
        try {
            const result = await saveRecords({ changesJson: JSON.stringify(changes), loadedAt: this.loadedAt });
            if ((result?.conflicts?.length ?? 0) > 0) {
                // Nothing was saved: each record that changed since this page loaded it, and by whom.
                this.saveState = 'failed';
                this.saveMessage = say(LABELS.Save_Conflict, result.conflicts.length);
                this.saveErrors = conflictLines(result.conflicts, {
                    labels: LABELS,
                    records: [...this.records, this.settings],
                    settingFields: this.settingFields,
                    locale: LOCALE
                });
                return;
            }
            this.pollCount = 0;
            this.poll(result.deploymentId, changes);
        } catch (error) {
            this.saveState = 'failed';
            this.saveMessage = errorMessage(error);
        }
    }

    poll(deploymentId, changes) {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(async () => {
            this.pollCount++;
            try {
                const status = await getDeployStatus({ deploymentId });
                if (status.status === 'InProgress') {
                    if (this.pollCount >= POLL_LIMIT) {
                        this.saveState = 'failed';
                        this.saveMessage = say(LABELS.Save_Still_Running, deploymentId);
                        return;
                    }
                    this.saveMessage = say(
                        LABELS.Save_Progress,
                        deploymentId,
                        Math.round((this.pollCount * POLL_MS) / 1000)
                    );
                    this.poll(deploymentId, changes);
                    return;
                }
                // What the deployment wrote is no longer a change: all of it, or some when it partly succeeded.
                const saved = new Set(
                    writtenChanges(changes, status).map((change) => `${change.type}.${change.developerName}`)
                );
                this.records = this.records.map((record) => {
                    return saved.has(`${record.type}.${record.developerName}`) ? markSaved(record) : record;
                });
                if (saved.has(`${SETTING_TYPE}.${this.settings.developerName}`))
                    this.settings = markSaved(this.settings);
                if (status.status === 'Succeeded') {
                    this.saveState = 'succeeded';
                    this.saveMessage = say(LABELS.Save_Succeeded, changes.length);
                } else {
                    this.saveState = 'failed';
                    this.saveMessage = say(LABELS.Save_Failed, status.status, status.message ?? '');
                    this.saveErrors = (status.errors ?? []).map((item, index) => ({
                        key: `error-${index}`,
                        text: `${item.record ?? ''}: ${item.message ?? ''}`
                    }));
                }
            } catch (error) {
                this.saveState = 'failed';
                this.saveMessage = errorMessage(error);
            }
        }, POLL_MS);
    }

    get saveMessageClass() {
        const tone = { succeeded: 'success', failed: 'error', running: 'info' }[this.saveState] ?? 'info';
        return `slds-notify slds-notify_alert slds-alert_${tone === 'info' ? 'offline' : tone} save-message`;
    }

    get hasSaveErrors() {
        return this.saveErrors.length > 0;
    }

    // ---- CSV ----

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
        const result = fromCsv(text, {
            settingFields: this.settingFields,
            current: this.records,
            currentSettings: this.settings
        });
        if (result.errors.length > 0) {
            this.importErrors = result.errors.map((error, index) => ({
                key: `import-${index}`,
                text: say(LABELS.Import_Line, error.line, error.message)
            }));
            this.importMessage = LABELS.Import_Refused;
            return;
        }
        this.importErrors = [];
        this.records = result.records;
        this.settings = result.settings;
        this.importMessage = say(LABELS.Import_Done, this.changes.length);
        this.afterEdit();
    }

    get hasImportErrors() {
        return this.importErrors.length > 0;
    }

    // ---- Dry run ----

    get sequenceOptions() {
        return SEQUENCES.map((sequence) => ({
            value: sequence.id,
            label: LABELS[`Sequence_${sequence.id}`],
            selected: sequence.id === this.dryRunSequence
        }));
    }

    get currentSequence() {
        return SEQUENCES.find((sequence) => sequence.id === this.dryRunSequence) ?? SEQUENCES[0];
    }

    get needsStatus() {
        return this.currentSequence.needs === 'status';
    }

    get needsState() {
        return this.currentSequence.needs === 'state';
    }

    get dryRunStatusOptions() {
        return this.statuses.map((status) => ({
            value: status.developerName,
            label: `${status.label} (${status.developerName})`,
            selected: status.developerName === this.dryRunStatus
        }));
    }

    get dryRunStateOptions() {
        return this.knownStates
            .filter((state) => !state.reserved)
            .map((state) => ({
                value: formatState(state.major, state.minor),
                label: formatState(state.major, state.minor),
                selected: formatState(state.major, state.minor) === this.dryRunState
            }));
    }

    handleSequence(event) {
        this.dryRunSequence = event.target.value;
    }

    handleDryRunStatus(event) {
        this.dryRunStatus = event.target.value;
    }

    handleDryRunState(event) {
        this.dryRunState = event.target.value;
    }

    /** The configuration being edited, as a scenario's configuration (and as "package-defaults" for uploads). */
    editedConfiguration() {
        const input = compilerInput(this.records, this.settings, this.statuses);
        return {
            mappings: input.mappings,
            settings: input.settings,
            statuses: this.statuses,
            catalogue: [...(this.catalogue ?? []), ...this.manualStates],
            capabilities: ['workItems']
        };
    }

    handleDryRun() {
        const configuration = this.editedConfiguration();
        const compiled = this.compiled;
        const readyState = compiled.settings.readyState;
        const readyLookup = compiled.softphoneToOmni(readyState);
        const readyStatus =
            readyLookup.kind === 'status'
                ? readyLookup.status
                : (this.statuses.find((status) => status.hasChannels)?.developerName ?? '');
        const picks = {
            readyStatus,
            readyState: formatState(readyState.major, readyState.minor),
            status: this.dryRunStatus || this.statuses[0]?.developerName || '',
            state: this.dryRunState || this.dryRunStateOptions[0]?.value || ''
        };
        const scenario = sequenceScenario(
            this.currentSequence,
            picks,
            configuration,
            (note) => LABELS[`Step_${note}`] ?? note
        );
        this.runDryRun(scenario, configuration, false);
    }

    async handleScenarioFile(event) {
        const input = event.target;
        const file = input.files?.[0];
        if (!file) return;
        try {
            const scenario = JSON.parse(await file.text());
            this.runDryRun(scenario, this.editedConfiguration(), true);
        } catch (error) {
            this.dryRunTrace = null;
            this.dryRunMessage = say(LABELS.Dry_Run_Bad_File, errorMessage(error));
        }
        input.value = '';
    }

    runDryRun(scenario, configuration, uploaded) {
        try {
            // An uploaded scenario that builds on "package-defaults" runs on the configuration being edited.
            const run = runScenario(scenario, configuration);
            this.dryRunUploaded = uploaded;
            // Each decision's detail in the admin's language, statuses by their labels.
            const context = {
                canConfigure: true,
                statusLabels: Object.fromEntries(this.statuses.map((status) => [status.developerName, status.label]))
            };
            const detail = (decision) => sayText(LABELS, detailText(decision, context));
            this.dryRunTrace = traceRows(run, detail).map((entry) => ({
                ...entry,
                heading: entry.note
                    ? say(LABELS.Step_Heading, entry.step, entry.note)
                    : say(LABELS.Step_Number, entry.step),
                hasDecisions: entry.decisions.length > 0,
                failuresText: uploaded ? entry.failures.join('; ') : ''
            }));
            this.dryRunMessage = uploaded
                ? run.passed
                    ? say(LABELS.Dry_Run_Passed, scenario.title ?? scenario.id)
                    : say(LABELS.Dry_Run_Failed, scenario.title ?? scenario.id)
                : say(LABELS.Dry_Run_Done, run.trace.length);
        } catch (error) {
            this.dryRunTrace = null;
            this.dryRunMessage = say(LABELS.Dry_Run_Bad_File, errorMessage(error));
        }
    }

    get hasTrace() {
        return Array.isArray(this.dryRunTrace) && this.dryRunTrace.length > 0;
    }
}
