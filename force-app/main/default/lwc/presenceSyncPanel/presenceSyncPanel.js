import { LightningElement, api } from 'lwc';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import userId from '@salesforce/user/Id';
import { PresenceSyncRuntime, browserPlatform, frameBridge } from 'c/presenceSync';
import {
    decisionsCsv,
    exportFileName,
    panelModel,
    panelUtility,
    sayText,
    supportBundleJson
} from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';
import { displayModel, panelContextOf } from './display';
import { decisionList } from './decisionList';
import { dismissNotice } from './dismissals';
import { decisionsHeader, failureBundleJson, withPanelProblems } from './exports';
import { errorMessage } from './loadFailure';
import { configureFromApex, loadErrorView, retryConfiguration, toggleLoadDetails } from './configurationLoad';
import { frameRendered, reloadSoftphone } from './softphoneFrame';
import { DetailsSection } from './detailsSection';
import { HealthReport } from './healthReport';
import { UtilityVisibility } from './utilityVisibility';

/** How long an export's Blob URL stays valid after its download starts (milliseconds). */
const BLOB_URL_LIFETIME_MS = 60000;

function say(text) {
    return sayText(LABELS, text);
}

/**
 * The utility panel: shows both sides and the sync's health, hosts the softphone frame, and passes
 * Omni-Channel events (from the Aura host) to the runtime. It decides nothing about presence: what
 * it shows comes from the panel model (src-ts/panel/model.ts), worded by its Custom Labels.
 * It talks to its Aura utility item (presenceSyncUtility) only through the functions the two
 * exchanged once, in `connectHost`: no @api method acts on Omni-Channel events or toolkit results,
 * and no DOM event of the panel is trusted by the item (its element sits in the page, where any
 * component can reach it).
 */
export default class PresenceSyncPanel extends UtilityVisibility(HealthReport(DetailsSection(LightningElement))) {
    labels = LABELS;
    model;
    softphoneUrl;
    /** Whether the softphone frame may ask for the camera (the Softphone Camera setting; the runtime says). */
    softphoneCamera = false;
    lastView;
    exportNote;
    /** Presence status API name → label, learnt from the views (for words about earlier decisions). */
    statusLabels = {};
    configurationRead;
    configurationReading;
    /** What the panel last rendered: the view's revision and the context it was rendered in. */
    shownKey;
    /** The view (same key) the utility bar last showed. */
    announcedKey;

    /** Why the configuration could not be loaded (`loadFailure`), for the support export. */
    loadFailure = null;
    runtime;
    pending = new Map();
    requestCount = 0;
    handlePageHide = () => this.runtime?.stop();
    loadErrorText;

    /** The Softphone URL when its frame may ask for the camera too (the template's other frame has no camera). */
    get softphoneCameraUrl() {
        return this.softphoneCamera ? this.softphoneUrl : undefined;
    }

    /** Until the sync's first state (at most 2 s after the console loads) the panel says it is starting. */
    get starting() {
        return !this.model && !this.loadErrorText;
    }

    /** A configuration that could not be loaded is shown here (`loadProblem`) and on the utility bar. */
    set loadError(value) {
        this.loadErrorText = value;
        if (value) this.announceUtility({ label: LABELS.Utility_Error, icon: 'error', highlighted: true });
    }

    /** The Aura item's functions ({call, utilityState}), from `connectHost`; never handed out. */
    auraHost = null;
    /** Whether the element is in the document (connectedCallback ran): the sync starts once a host connects. */
    wasShown = false;
    /** Connections refused (any after the first, or one without the host's functions), for the support export. */
    refusedHostConnections = 0;

    /**
     * The one-time handshake with the Aura utility item. Its renderer calls this before the element
     * is in the page (presenceSyncUtilityRenderer.js cites the Aura code that guarantees it), passing
     * `{call(requestId, method, args), utilityState(detail)}`, and gets back the only functions that
     * act on Omni-Channel events and toolkit results, `{omniEvent(name, params), toolkitResult(...)}`.
     * Only the first connection is accepted; any later one is refused (null) and counted, so a component
     * of another namespace that finds the element in the page can neither drive the sync nor take it
     * over. Should a platform release ever run the renderer after the element is in the page, the first
     * connection still wins (the panel waits for it, showing "Starting…") rather than the sync never
     * starting.
     */
    @api
    connectHost(host) {
        const valid = host && typeof host.call === 'function' && typeof host.utilityState === 'function';
        if (this.auraHost || !valid) {
            this.refusedHostConnections++;
            return null;
        }
        this.auraHost = Object.freeze({ call: host.call, utilityState: host.utilityState });
        if (this.wasShown && !this.runtime) this.load();
        return Object.freeze({
            omniEvent: (name, params) => this.runtime?.omniEvent(name, params),
            toolkitResult: (requestId, ok, value) => this.toolkitResult(requestId, ok, value),
            utilityVisible: (visible) => this.utilityVisible(visible)
        });
    }

    connectedCallback() {
        this.wasShown = true;
        window.addEventListener('pagehide', this.handlePageHide);
        // Without its host the panel waits ("Starting…"): the sync starts when the host connects.
        if (this.auraHost) this.load();
    }

    /** The softphone frame as last rendered (null when there is none). */
    frameElement = null;

    /** The frame "Reload softphone" took out for one render (softphoneFrame.js), or null. */
    frameReturning = null;

    renderedCallback() {
        this.frameElement = this.refs?.frame ?? null;
        frameRendered(this);
    }

    disconnectedCallback() {
        window.removeEventListener('pagehide', this.handlePageHide);
        this.runtime?.stop();
        this.runtime = undefined;
        this.stopHealth();
    }

    /**
     * The runtime starts at once: the tab election, and in the driving tab the softphone frame from
     * the last saved address, run while Apex reads the configuration, which the runtime then checks
     * the frame against (B18, S1). When it cannot be read the runtime keeps running unconfigured (no
     * sync, the saved softphone page still in its frame) and the panel offers Retry (configurationLoad.js).
     */
    async load() {
        await configureFromApex(this, this.start());
    }

    /** Why the configuration could not be loaded (`loadFailure`): shown, with Retry, and on the utility bar. */
    failLoad(failure) {
        this.loadFailure = failure;
        this.loadError = loadErrorView(failure, false).message;
        this.healthConfigurationFailed();
    }

    /** A Retry loaded the configuration: the load error goes (the views that follow set the utility bar). */
    clearLoadFailure() {
        this.loadFailure = null;
        this.loadError = null;
    }

    /** The load-error box (configurationLoad.js): a Retry running, when one last failed, its details open. */
    retrying = false;
    retriedAt = null;
    loadDetailsOpen = false;
    get loadProblem() {
        return loadErrorView(this.loadFailure, Boolean(this.softphoneUrl), this);
    }

    handleRetryLoad() {
        return retryConfiguration(this);
    }

    handleToggleLoadDetails() {
        toggleLoadDetails(this);
    }

    /** "Reload softphone": the softphone stopped answering; its page loads again and says hello (B17). */
    handleReloadSoftphone() {
        reloadSoftphone(this);
    }

    /**
     * Every window API reaches the service module through `platform`. The runtime says where the
     * softphone frame goes (only in the driving tab, B18) apart from the views, so the frame loads
     * while the panel waits for its configuration and its first state.
     */
    start() {
        const platform = browserPlatform(window);
        const runtime = new PresenceSyncRuntime({
            toolkit: { call: (method, args) => this.callToolkit(method, args) },
            userId,
            platform,
            // The frame element as last rendered: the bridge asks for it on every message, so it is not
            // looked up through `refs` each time.
            createBridge: frameBridge(window, () => this.frameElement?.contentWindow ?? null, platform),
            onFrame: (url, camera) => {
                this.softphoneUrl = url ?? undefined;
                this.softphoneCamera = camera === true;
            },
            onView: (view) => {
                this.show(view);
                // Sync health (issue 24): read after this view is published, off the event (healthReport.js).
                this.observeHealth(view);
            }
        });
        this.runtime = runtime;
        runtime.start();
        return runtime;
    }

    /** "Use this tab": this tab drives and hosts the softphone. */
    handleTakeOver() {
        this.runtime?.takeOver();
    }

    /** The outcome of a toolkit call the Aura host made for us (through the link of `connectHost` only). */
    toolkitResult(requestId, ok, value) {
        const request = this.pending.get(requestId);
        if (!request) return;
        this.pending.delete(requestId);
        if (ok) request.resolve(value);
        else request.reject(new Error(typeof value === 'string' ? value : errorMessage(value)));
    }

    callToolkit(method, args) {
        return new Promise((resolve, reject) => {
            const requestId = `t${++this.requestCount}`;
            this.pending.set(requestId, { resolve, reject });
            try {
                this.auraHost.call(requestId, method, args);
            } catch (error) {
                this.toolkitResult(requestId, false, errorMessage(error));
            }
        });
    }

    handleFrameLoad() {
        this.runtime?.frameLoaded();
    }

    show(view) {
        this.lastView = view;
        if (this.configurationReading === undefined) {
            // Status labels and which statuses are busy, for the presence dots and the decisions' words.
            this.readConfiguration().then(() => {
                if (this.lastView) this.show(this.lastView);
            });
        }
        // The runtime bumps `revision` when anything shown changed: the same view in the same context is not rebuilt.
        const shownKey =
            typeof view.revision === 'number'
                ? `${view.revision}|${this.configurationRead === undefined ? '' : 'read'}|${this.softphoneUrl ?? ''}`
                : null;
        if (shownKey !== null && shownKey === this.shownKey) return;
        if (view.omni?.status && view.omni?.label) this.statusLabels[view.omni.status] = view.omni.label;
        const context = this.panelContext();
        // A closed utility draws nothing: the view waits until it opens. The utility bar still shows every view
        // (utilityVisibility.js), from its label, icon and highlight alone: the panel model is not built.
        if (!this.drawsNow()) {
            if (shownKey === null || shownKey !== this.announcedKey) {
                this.announcedKey = shownKey;
                this.announceView(panelUtility(view, context));
            }
            return;
        }
        const model = panelModel(view, context);
        this.announcedKey = shownKey;
        this.announceView(model);
        this.shownKey = shownKey;
        this.model = displayModel(view, model, say, this.model ?? null);
    }

    /** What the live region (c-presence-sync-panel-notices) says: the held change and the notices; null until a view. */
    get live() {
        return this.model ? this.model.live : null;
    }

    /** The agent dismissed an information notice (`detail`: its key): remembered, the panel drawn without it. */
    handleDismissNotice(event) {
        dismissNotice(event.detail);
        this.shownKey = null;
        this.announcedKey = null;
        if (this.lastView) this.show(this.lastView);
    }

    panelContext() {
        return panelContextOf(this.configurationRead, this.statusLabels, this.softphoneUrl);
    }

    detailsExpanded = false;

    /** Whether the decisions list shows confirmations and echoes too (hidden by default). */
    showRoutine = false;

    get decisionList() {
        return decisionList(this.model?.decisions, this.showRoutine);
    }

    /** The agent switched the toggle (`showroutinechange` from c-presence-sync-panel-decisions, `detail` true or false). */
    handleShowRoutine(event) {
        this.showRoutine = event.detail === true;
    }

    /** "Use this tab" (B18): this tab becomes the one that drives the sync and hosts the softphone. */
    handleUseThisTab() {
        if (typeof this.handleTakeOver === 'function') this.handleTakeOver();
        else this.runtime?.takeOver?.();
    }

    async handleExportJson() {
        const configuration = await this.readConfiguration();
        const exportedAt = Date.now();
        const bundle = withPanelProblems(
            supportBundleJson(this.bundleInput(configuration, exportedAt)),
            this.loadFailure,
            this.refusedHostConnections
        );
        this.download(exportFileName('support', exportedAt, 'json'), 'application/json', bundle);
    }

    async handleExportCsv() {
        const exportedAt = Date.now();
        this.download(
            exportFileName('decisions', exportedAt, 'csv'),
            // Lightning Web Security allows a Blob URL only for a bare allow-listed type: no text/csv.
            'text/plain',
            decisionsCsv(this.bundleInput(this.configurationRead ?? null, exportedAt), decisionsHeader())
        );
    }

    /** The configuration as Apex serves it now, for the support bundle (read once). */
    readConfiguration() {
        if (this.configurationReading === undefined) {
            this.configurationReading = getConfiguration().then(
                (configuration) => {
                    this.configurationRead = configuration ?? null;
                    return this.configurationRead;
                },
                () => {
                    this.configurationRead = null;
                    return null;
                }
            );
        }
        return this.configurationReading;
    }

    bundleInput(configuration, exportedAt) {
        const view = this.lastView;
        let entries = null;
        if (view?.role === 'driver' && this.runtime) {
            try {
                entries = JSON.parse(this.runtime.exportAudit('json')).entries ?? null;
            } catch {
                entries = null;
            }
        }
        this.exportNote = view?.role === 'driver' ? null : LABELS.Export_Follower;
        return {
            view,
            entries,
            configuration,
            userId,
            exportedAt,
            say,
            context: this.panelContext()
        };
    }

    /**
     * The support export when the configuration could not be loaded (no sync, no decisions): who, when,
     * and why as the cause code and the exception's type name (`loadFailure`), never its text.
     */
    handleExportFailure() {
        const exportedAt = Date.now();
        const content = failureBundleJson(userId, exportedAt, this.loadFailure, this.refusedHostConnections);
        this.download(exportFileName('support', exportedAt, 'json'), 'application/json', content, 'failureDownload');
    }

    /** Saves a file through a Blob URL (not a long data: URL), released once the download has started. */
    download(fileName, type, content, linkRef = 'download') {
        const link = this.refs?.[linkRef];
        if (!link || (linkRef === 'download' && !this.lastView)) return;
        let url;
        try {
            url = URL.createObjectURL(new Blob([content], { type }));
        } catch {
            this.exportNote = LABELS.Export_Failed;
            return;
        }
        link.href = url;
        link.download = fileName;
        link.click();
        // Chromium reads a Blob URL after the click returns: revoking it at once cancels the download.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
    }
}
