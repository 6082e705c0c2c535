import { LightningElement, api, wire } from 'lwc';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import userId from '@salesforce/user/Id';
import canConfigure from '@salesforce/customPermission/Presence_Sync_Configure';
import { EnclosingUtilityId, updateUtility } from 'lightning/platformUtilityBarApi';
import { PresenceSyncRuntime, browserPlatform, formatLabel, frameBridge, panelModel } from 'c/presenceSync';
import { LABELS } from './labels';

const TONE_ICON = {
    success: 'utility:success',
    warning: 'utility:warning',
    error: 'utility:error',
    info: 'utility:info'
};

function say(text) {
    return formatLabel(LABELS[text.key] ?? text.key, text.params);
}

function errorMessage(error) {
    return error?.body?.message ?? error?.message ?? String(error);
}

/**
 * The utility panel: shows both sides and the sync's health, hosts the softphone frame, and passes
 * Omni-Channel events (from the Aura host) to the runtime. It decides nothing about presence.
 */
export default class PresenceSyncPanel extends LightningElement {
    labels = LABELS;
    model;
    loadError;
    softphoneUrl;

    @wire(EnclosingUtilityId) utilityId;

    runtime;
    pending = new Map();
    requestCount = 0;
    handlePageHide = () => this.runtime?.stop();

    connectedCallback() {
        window.addEventListener('pagehide', this.handlePageHide);
        this.load();
    }

    disconnectedCallback() {
        window.removeEventListener('pagehide', this.handlePageHide);
        this.runtime?.stop();
        this.runtime = undefined;
    }

    async load() {
        try {
            const configuration = await getConfiguration();
            this.start(configuration);
        } catch (error) {
            this.loadError = formatLabel(LABELS.Load_Error, [errorMessage(error)]);
        }
    }

    /** Every window API reaches the service module through `platform`; only the driving tab hosts the frame (B18). */
    start(configuration) {
        const platform = browserPlatform(window);
        let softphoneUrl = null;
        this.runtime = new PresenceSyncRuntime({
            configuration: {
                mappings: configuration?.mappings ?? [],
                settings: configuration?.settings ?? null,
                statuses: configuration?.statuses ?? []
            },
            toolkit: { call: (method, args) => this.callToolkit(method, args) },
            userId,
            platform,
            createBridge: frameBridge(window, () => this.refs?.frame?.contentWindow ?? null, platform),
            onView: (view) => {
                this.softphoneUrl = view.tabs?.softphoneHere ? softphoneUrl : undefined;
                this.show(view);
            }
        });
        softphoneUrl = this.runtime.syncSettings.softphoneUrl;
        this.runtime.start();
    }

    /** "Use this tab": this tab drives and hosts the softphone. */
    handleTakeOver() {
        this.runtime?.takeOver();
    }

    /** A toolkit event, passed on unchanged by the Aura host. */
    @api
    omniEvent(name, params) {
        this.runtime?.omniEvent(name, params);
    }

    /** The outcome of a toolkit call the Aura host made for us. */
    @api
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
            this.dispatchEvent(new CustomEvent('toolkitcall', { detail: { requestId, method, args } }));
        });
    }

    handleFrameLoad() {
        this.runtime?.frameLoaded();
    }

    show(view) {
        const model = panelModel(view, canConfigure === true);
        this.model = {
            headline: say(model.headline),
            toneIcon: TONE_ICON[model.tone],
            toneClass: `headline slds-text-heading_small tone-${model.tone}`,
            omni: say(model.omni),
            softphone: say(model.softphone),
            connection: say(model.connection),
            product: model.softphoneProduct,
            onInteraction: model.onInteraction,
            held: model.held ? say(model.held) : null,
            notices: model.notices.map((notice) => ({
                id: notice.id,
                text: say(notice),
                icon: TONE_ICON[notice.severity] ?? TONE_ICON.info,
                variant: notice.severity === 'error' ? 'error' : notice.severity === 'warning' ? 'warning' : ''
            })),
            hasNotices: model.notices.length > 0,
            decisions: model.decisions.map((decision) => ({
                id: decision.id,
                time: new Date(decision.at).toLocaleTimeString(),
                rule: decision.rule,
                input: decision.input,
                outcome: say(decision.outcome),
                detail: decision.detail
            })),
            hasDecisions: model.decisions.length > 0,
            rejected: model.rejected ? say(model.rejected) : null
        };
        if (this.utilityId) {
            updateUtility(this.utilityId, {
                label: say(model.utilityLabel),
                icon: model.utilityIcon,
                iconVariant: model.tone === 'error' ? 'error' : model.tone === 'warning' ? 'warning' : '',
                highlighted: model.utilityHighlighted
            }).catch(() => {
                // The utility bar is not there (for example in a pop-out): nothing to update.
            });
        }
    }

    handleExportJson() {
        this.download('presence-sync-audit.json', 'application/json', this.runtime?.exportAudit('json') ?? '');
    }

    handleExportCsv() {
        this.download('presence-sync-audit.csv', 'text/csv', this.runtime?.exportAudit('csv') ?? '');
    }

    download(fileName, type, content) {
        const link = this.refs?.download;
        if (!link) return;
        link.href = `data:${type};charset=utf-8,${encodeURIComponent(content)}`;
        link.download = fileName;
        link.click();
    }
}
