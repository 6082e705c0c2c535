import { LightningElement, api } from 'lwc';

/**
 * The dry run section of the Setup page: the admin picks a sequence (and the status or state it needs) or uploads a
 * scenario file, and reads the trace. The Setup page runs it on the configuration being edited
 * (presenceSyncSetup/dryRunView.js) and hands back `trace` and `message`. Events: `run`, `detail: { sequenceId, start,
 * status, state }` (the start status empty for the page's default, the state defaults to the first one offered);
 * `scenariofile`, `detail: { file }`.
 */
export default class PresenceSyncDryRun extends LightningElement {
    /** The Setup page's labels (Dry_Run_…). */
    @api labels = {};
    /** `[{ value, label, needs }]`: the sequences, `needs` the choices each takes ('start', 'status', 'state'). */
    @api sequences = [];
    /** `[{ value, label }]`: the presence statuses both sides may start from; the first is the default. */
    @api startChoices = [];
    /** `[{ value, label }]`: the presence statuses a sequence may pick. */
    @api statusChoices = [];
    /** `[{ value, label }]`: the softphone states a sequence may pick. */
    @api stateChoices = [];
    /**
     * The trace of the last run: `[{ key, heading, decisions: [{ key, badge, ruleName, ruleHelp, detail, commands }],
     * failuresText }]`.
     */
    @api trace = null;
    /** What the last run came to. */
    @api message;

    sequence;
    start = '';
    status = '';
    state = '';

    get current() {
        return this.sequences.find((sequence) => sequence.value === this.sequence) ?? this.sequences[0];
    }

    get sequenceOptions() {
        const current = this.current?.value;
        return this.sequences.map(({ value, label }) => ({ value, label, selected: value === current }));
    }

    needs(choice) {
        return (this.current?.needs ?? []).includes(choice);
    }

    get startOptions() {
        const start = this.start || this.startChoices[0]?.value;
        return this.startChoices.map((choice) => ({ ...choice, selected: choice.value === start }));
    }

    get statusOptions() {
        return this.statusChoices.map((choice) => ({ ...choice, selected: choice.value === this.status }));
    }

    get stateOptions() {
        return this.stateChoices.map((choice) => ({ ...choice, selected: choice.value === this.state }));
    }

    get hasTrace() {
        return Array.isArray(this.trace) && this.trace.length > 0;
    }

    /** The choices shown: the sequence, and the start status, the status or the state it needs. */
    get pickers() {
        const labels = this.labels;
        return [
            { id: 'dry-run-sequence', label: labels.Dry_Run_Sequence, options: this.sequenceOptions, shown: true },
            {
                id: 'dry-run-start',
                label: labels.Dry_Run_Start,
                options: this.startOptions,
                shown: this.needs('start')
            },
            {
                id: 'dry-run-status',
                label: labels.Dry_Run_Status,
                options: this.statusOptions,
                shown: this.needs('status')
            },
            { id: 'dry-run-state', label: labels.Dry_Run_State, options: this.stateOptions, shown: this.needs('state') }
        ].filter((picker) => picker.shown);
    }

    handlePick(event) {
        const { value } = event.target;
        const id = event.target.dataset.id;
        if (id === 'dry-run-sequence') this.sequence = value;
        else if (id === 'dry-run-start') this.start = value;
        else if (id === 'dry-run-status') this.status = value;
        else if (id === 'dry-run-state') this.state = value;
    }

    handleRun() {
        const detail = {
            sequenceId: this.current?.value,
            start: this.start,
            status: this.status,
            state: this.state || this.stateChoices[0]?.value || ''
        };
        this.dispatchEvent(new CustomEvent('run', { detail }));
    }

    handleFile(event) {
        const input = event.target;
        const file = input.files?.[0];
        if (!file) return;
        this.dispatchEvent(new CustomEvent('scenariofile', { detail: { file } }));
        input.value = '';
    }
}
