// What the panel's template shows, free of the component: the context the panel model (c/presenceSyncPanelModel)
// is built in, and the model worded by the panel's labels, with the icons, classes and times the template reads.
import LOCALE from '@salesforce/i18n/locale';
import canConfigure from '@salesforce/customPermission/Presence_Sync_Configure';
import { originOf } from 'c/presenceSync';
import { LABELS } from './labels';
import { dismissedNotices } from './dismissals';

const TONE_ICON = {
    success: 'utility:success',
    warning: 'utility:warning',
    error: 'utility:error',
    info: 'utility:info'
};

const TONE_ALT = {
    success: 'Icon_success',
    warning: 'Icon_warning',
    error: 'Icon_error',
    info: 'Icon_info'
};

const NOTICE_THEME = {
    error: 'slds-scoped-notification slds-media slds-media_center slds-theme_error notice',
    warning: 'slds-scoped-notification slds-media slds-media_center slds-theme_warning notice',
    info: 'slds-scoped-notification slds-media slds-media_center slds-scoped-notification_light notice'
};

/**
 * A decision's time (`at`: wall-clock ms since the Unix epoch) in the user's Salesforce locale (Setup ▸ Personal
 * Information), not the browser's.
 */
export function decisionTime(at) {
    return new Date(at).toLocaleTimeString(LOCALE);
}

/** A decision as the template shows it: its time (once), its rule and its words. */
function decisionItem(decision, say) {
    const time = decisionTime(decision.at);
    return {
        id: decision.id,
        time,
        rule: decision.rule,
        // Behaviour ids (B1…B20, S1, S2) beside their plain names; bookkeeping entries by name only.
        meta: /^[BS]\d+$/.test(decision.rule)
            ? `${time} · ${decision.rule} ${say(decision.ruleName)}`
            : `${time} · ${say(decision.ruleName)}`,
        sentence: `${say(decision.input)} ${say(decision.outcome)}`,
        detail: say(decision.detail),
        // A confirmation or an echo: hidden unless the agent shows them (decisionList.js).
        routine: decision.routine === true
    };
}

/** Each row's item by the model's row: panelModel gives a row whose inputs did not change as the same object. */
const ITEMS = new WeakMap();

/** The last list's items, given again for the same rows (the template then keeps every row as it is drawn). */
let lastItems = { rows: null, say: null, items: [] };

/** The decisions list's items: a row the model kept keeps its item, only a new or changed row is worded. */
function decisionItems(rows, say) {
    if (lastItems.rows === rows && lastItems.say === say) return lastItems.items;
    const items = rows.map((decision) => {
        const kept = ITEMS.get(decision);
        if (kept !== undefined && kept.say === say) return kept.item;
        const item = decisionItem(decision, say);
        ITEMS.set(decision, { say, item });
        return item;
    });
    lastItems = { rows, say, items };
    return items;
}

/** When the softphone stopped answering, in the user's Salesforce locale (hours and minutes). */
const timeOf = (at) => new Date(at).toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });

/**
 * Whether two parts of the display model say the same: plain data (strings, numbers, booleans, null, arrays and
 * objects of them) compared by value.
 */
export function sameDisplay(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameDisplay(a[key], b[key]));
}

/** `previous` when it says the same as `next` (the child component given it then skips its render), else `next`. */
function sameOr(previous, next) {
    return previous !== undefined && sameDisplay(previous, next) ? previous : next;
}

/**
 * The template's model for one view: `model` is panelModel's output for it, `say` words a panel text with the
 * panel's labels, `previous` is the display model last given to the template (or null). Decision times are in the
 * user's Salesforce locale.
 * The parts the panel's child components show (`headline`, `sides`, `live`) are the same objects as in `previous`
 * while they say the same: a child component whose part did not change is not rendered again.
 */
export function displayModel(view, model, say, previous = null) {
    return {
        headline: sameOr(previous?.headline, {
            text: say(model.headline),
            detail: model.headline.key === 'Sync_Off' ? LABELS.Notice_sync_disabled : null,
            icon: TONE_ICON[model.tone],
            variant: model.tone === 'info' ? undefined : model.tone,
            iconText: LABELS[TONE_ALT[model.tone]],
            className: `headline tone-${model.tone}`
        }),
        sides: sameOr(previous?.sides, {
            omni: say(model.omni),
            omniDotClass: `dot dot-${model.omniDot}`,
            softphone: say(model.softphone),
            softphoneDotClass: `dot dot-${model.softphoneDot}`,
            connection: model.softphoneProduct
                ? `${say(model.connection)} · ${model.softphoneProduct}`
                : say(model.connection),
            onInteraction: model.onInteraction,
            reloadSoftphone: model.reloadSoftphone === true
        }),
        live: sameOr(previous?.live, {
            held: model.held ? say(model.held) : null,
            heldLine: model.heldLine ? say(model.heldLine) : null,
            notices: model.notices.map((notice) => ({
                id: notice.id,
                text: say(notice),
                icon: TONE_ICON[notice.severity] ?? TONE_ICON.info,
                iconText: LABELS[TONE_ALT[notice.severity] ?? 'Icon_info'],
                variant: notice.severity === 'info' ? undefined : notice.severity,
                className: NOTICE_THEME[notice.severity] ?? NOTICE_THEME.info,
                dismiss: notice.dismiss ?? null
            })),
            hasNotices: model.notices.length > 0
        }),
        decisions: decisionItems(model.decisions, say),
        hasDecisions: model.decisions.length > 0,
        rejected: model.rejected ? say(model.rejected) : null,
        rejectedByReason: model.rejectedByReason.map((rejection) => ({
            reason: rejection.reason,
            text: say(rejection)
        })),
        canTakeOver: model.canTakeOver,
        tabHint: model.tabHint ? say(model.tabHint) : null,
        noSoftphone: model.noSoftphone ? say(model.noSoftphone) : null,
        reloadSoftphone: model.reloadSoftphone === true,
        isFollower: view.role === 'follower'
    };
}

/** The last context given, and what it was built from (`panelContextOf` gives it again while they are the same). */
let lastContext = null;

/** Whether `labels` (changed in place as labels are learnt) holds the same labels as `kept`, a frozen copy. */
function sameLabels(labels, kept) {
    const keys = Object.keys(labels ?? {});
    return keys.length === Object.keys(kept).length && keys.every((key) => kept[key] === labels[key]);
}

/**
 * What the panel model needs besides the view: the user's permission, status labels (from the configuration
 * read, else learnt from the views), which statuses are busy, the softphone's origin, and the configuration,
 * whose mapping rows and settings say which softphone states are busy (the softphone dot).
 * The context and its objects are frozen, and the same objects while the configuration read (by identity), the
 * learnt labels (by value), the Softphone URL and the dismissed notices are the same: the panel model then tells a
 * decisions-list row's inputs unchanged by identity (c/presenceSyncPanelModel, src-ts/panel/row-memo.ts).
 */
export function panelContextOf(configurationRead, learntLabels, softphoneUrl) {
    const dismissed = dismissedNotices();
    const last = lastContext;
    if (
        last !== null &&
        last.configurationRead === configurationRead &&
        last.softphoneUrl === softphoneUrl &&
        last.context.dismissed === dismissed &&
        sameLabels(learntLabels, last.learnt)
    )
        return last.context;
    const statuses = configurationRead?.statuses ?? [];
    const busyStatuses = {};
    const statusLabels = { ...learntLabels };
    for (const status of statuses) {
        if (!status?.developerName) continue;
        busyStatuses[status.developerName] = status.hasChannels === false;
        if (status.label) statusLabels[status.developerName] = status.label;
    }
    const context = Object.freeze({
        canConfigure: canConfigure === true,
        statusLabels: Object.freeze(statusLabels),
        busyStatuses: statuses.length > 0 ? Object.freeze(busyStatuses) : undefined,
        softphoneOrigin: softphoneUrl ? originOf(softphoneUrl) : null,
        dismissed,
        // Which softphone states are busy comes from the mapping rows and settings (the softphone dot).
        configuration: configurationRead ?? null,
        // One function for every view: a decisions-list row that read it is kept while it is the same.
        timeOf
    });
    lastContext = { configurationRead, softphoneUrl, learnt: Object.freeze({ ...learntLabels }), context };
    return context;
}
