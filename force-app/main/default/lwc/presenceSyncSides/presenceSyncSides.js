import { LightningElement, api } from 'lwc';
import { CatalogueReader } from './catalogueReader';
import { parseStates } from './states';

/**
 * The "Both sides" section of the Setup page: the org's presence statuses (the page fetches them from Apex on the
 * `fetchstatuses` event) and the softphone's states, read from the softphone's page in a frame through the
 * package's bridge (catalogueReader.js) or typed by hand. Events: `catalogue`, `detail: { fetching, message,
 * catalogue, softphoneName }` (each only when it changes); `addstates`, `detail: { states, text }` (the states typed, as
 * `{ major, minor, reserved }`, and the text typed).
 */
export default class PresenceSyncSides extends LightningElement {
    /** The Setup page's labels. */
    @api labels = {};
    /** What the last fetch of the statuses came to. */
    @api statusesMessage;
    /** What the reading of the softphone's states has come to. */
    @api catalogueMessage;
    /** Whether the softphone's page is being read (its frame is shown meanwhile). */
    @api fetching = false;
    /** The softphone's page, from the settings being edited (null when it has none that can be read). */
    @api softphoneUrl;
    /** The settings the bridge runs with (the compiled settings of the record being edited). */
    @api bridgeSettings;

    manualText = '';
    reader;

    disconnectedCallback() {
        this.reader?.stop();
    }

    handleFetchStatuses() {
        this.dispatchEvent(new CustomEvent('fetchstatuses'));
    }

    handleFetchStates() {
        if (!this.reader) {
            this.reader = new CatalogueReader({
                frame: () => this.template.querySelector('iframe')?.contentWindow ?? null,
                settings: () => this.bridgeSettings,
                report: (detail) => this.dispatchEvent(new CustomEvent('catalogue', { detail })),
                labels: this.labels
            });
        }
        this.reader.start(this.softphoneUrl ?? null);
    }

    handleFrameLoad() {
        this.reader?.frameLoaded();
    }

    handleManualInput(event) {
        this.manualText = event.target.value;
    }

    /** The lines typed go to the page with the states read from them: the page reports on each line, junk too. */
    handleAddStates() {
        if (this.manualText.trim() === '') return;
        const text = this.manualText;
        const states = parseStates(text);
        this.manualText = '';
        const area = this.template.querySelector('[data-id="manual-states"]');
        if (area) area.value = '';
        this.dispatchEvent(new CustomEvent('addstates', { detail: { states, text } }));
    }
}
