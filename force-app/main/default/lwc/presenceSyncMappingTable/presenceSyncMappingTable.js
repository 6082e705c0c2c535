import { LightningElement, api } from 'lwc';

/**
 * One mapping table of the Presence Sync Setup page, for either direction: a heading and its help, the column
 * headers (the mapping fields' own labels and help texts where a column is a field), and a row per presence status
 * or softphone state with its cells, the choice of what it maps to and the problems the engine's compiler found.
 * The Setup page builds the rows (presenceSyncSetup/tables.js); this component only shows them and reports a
 * choice as a `choice` event, `detail: { key, value }` (the row's key and the option picked), and a problem's action
 * as a `rowaction` event, `detail: { action, record }` ('keep' or 'deactivate', the record's DeveloperName).
 */
export default class PresenceSyncMappingTable extends LightningElement {
    /** The table's heading, also its caption. */
    @api heading;
    /** What the table does, under the heading. */
    @api help;
    /** The text shown when there is no row. */
    @api emptyText;
    /** `[{ key, label, help }]`: the header row, left to right. */
    @api columns = [];
    /**
     * `[{ key, name, header, cells: [{ key, text }], options: [{ value, label, selected }], selectLabel,
     * describedBy, problems: [{ key, text, iconClass, actions: [{ key, action, record, label }], hasActions }],
     * hasProblems, rowClass, isOther, valueText, span }]`; `name` is the row's `data-row`. A row `isOther` (no select)
     * is another active record of the row above it: `valueText` says what it maps to, over `span`
     * cells.
     */
    @api rows = [];

    get hasRows() {
        return (this.rows?.length ?? 0) > 0;
    }

    /** A row action beside a problem (`rowaction` event, `detail: { action, record }`): keep or deactivate a record. */
    handleAction(event) {
        const { action, record } = event.currentTarget.dataset;
        this.dispatchEvent(new CustomEvent('rowaction', { detail: { action, record } }));
    }

    /**
     * Moves focus to a row (the error summary's links): its dropdown, or the first action of a row without one.
     * Returns whether the row was found.
     */
    @api
    focusRow(name) {
        const row = [...this.template.querySelectorAll('tbody tr')].find((tr) => tr.dataset.row === name);
        const target = row?.querySelector('select, button');
        if (!target) return false;
        row.scrollIntoView?.({ block: 'center' });
        target.focus();
        return true;
    }

    handleChange(event) {
        this.dispatchEvent(
            new CustomEvent('choice', { detail: { key: event.target.dataset.key, value: event.target.value } })
        );
    }
}
