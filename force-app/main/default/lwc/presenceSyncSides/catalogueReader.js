// Reads the softphone's state catalogue for the Setup page's "Both sides" section: the softphone page in a frame, the package's bridge
// (frameBridge from c/presenceSyncSetupKit) until the softphone connects and announces its states, or a timeout.
import { formatLabel, frameBridge } from 'c/presenceSyncSetupKit';

const say = (template, ...values) => formatLabel(template, values);

export const CATALOGUE_TIMEOUT_MS = 15000;

/** The bridge's clock while it reads the catalogue: this page's monotonic time in milliseconds, and its timers. */
const PAGE_CLOCK = {
    now: () => performance.now(),
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle)
};

/**
 * One reading of the catalogue at a time. `frame()` gives the frame's window, `settings()` the settings the bridge
 * runs with (the allowed origins of the record being edited), and `report(update)` takes what the page shows:
 * `{ fetching, message, catalogue, softphoneName }`, each only when it changes.
 */
export class CatalogueReader {
    constructor({ frame, settings, report, labels }) {
        this.frame = frame;
        this.settings = settings;
        this.report = report;
        this.labels = labels;
        this.fetching = false;
        this.bridge = undefined;
        this.timer = undefined;
    }

    /** Starts a reading of the softphone at `url` (null when the settings have no usable URL). */
    start(url) {
        this.stop();
        if (url === null) {
            this.report({ message: this.labels.States_No_Url });
            return;
        }
        this.fetching = true;
        this.report({ fetching: true, message: say(this.labels.States_Loading, url) });
        // The frame renders; its load event starts the bridge (frameLoaded).
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            if (!this.fetching) return;
            this.stop();
            this.report({ message: this.labels.States_Failed });
        }, CATALOGUE_TIMEOUT_MS);
    }

    /** The frame loaded (or reloaded) its page: the bridge starts, or greets the new page. */
    frameLoaded() {
        if (!this.fetching) return;
        if (!this.bridge) {
            const create = frameBridge(window, this.frame, PAGE_CLOCK);
            this.bridge = create(
                {
                    onInput: (input) => this.connected(input),
                    onResult: () => {},
                    onStatus: (status, detail) => {
                        if (status === 'rejected')
                            this.report({ message: say(this.labels.States_Failed_Detail, detail ?? '') });
                    },
                    onDrop: () => {}
                },
                this.settings()
            );
            if (!this.bridge) {
                this.fetching = false;
                this.report({ fetching: false, message: this.labels.States_No_Url });
                return;
            }
            this.bridge.start();
        }
        this.bridge.frameLoaded();
    }

    connected(input) {
        if (input.event !== 'connected') return;
        const catalogue = input.catalogue.map((entry) => ({
            major: entry.major,
            minor: entry.minor ?? null,
            reserved: entry.reserved === true,
            label: entry.label
        }));
        const info = this.bridge?.softphone;
        const softphoneName = info ? `${info.vendor} ${info.product} ${info.version}` : '';
        this.report({
            catalogue,
            softphoneName,
            message: say(this.labels.States_Fetched, catalogue.length, softphoneName)
        });
        this.stop();
    }

    stop() {
        clearTimeout(this.timer);
        this.bridge?.stop();
        this.bridge = undefined;
        this.fetching = false;
        this.report({ fetching: false });
    }
}
