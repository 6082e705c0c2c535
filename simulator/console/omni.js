// A simulated Omni-Channel: the toolkit's methods (each takes one object and returns a promise)
// and its events, as lightning:omniToolkitAPI has them, plus a widget an agent can use. Events go
// to `onEvent(name, params)` with the names the Aura host sees (omniChannelStatusChanged, ...).

const ID_LENGTH = 15;

export class OmniSimulator {
    constructor({ statuses, capacity = 4, onEvent, onChange, onEmit, log }) {
        this.statuses = statuses;
        this.capacity = capacity;
        this.onEvent = onEvent ?? (() => {});
        /** Every event this page raised, as it is raised (the console shares it with the user's other tabs). */
        this.onEmit = onEmit ?? (() => {});
        this.onChange = onChange ?? (() => {});
        this.log = log ?? (() => {});
        this.online = false;
        this.statusId = null;
        this.works = [];
        this.workSeq = 0;
        this.calls = [];
        this.failures = new Map();
    }

    status(id = this.statusId) {
        return (
            this.statuses.find((status) => status.id.slice(0, ID_LENGTH) === String(id ?? '').slice(0, ID_LENGTH)) ??
            null
        );
    }

    get workload() {
        return this.works.filter((work) => work.state !== 'declined').length;
    }

    /** The user's Omni-Channel session, as the org keeps it across pages (simulator/sessions.mjs). */
    snapshot() {
        return {
            online: this.online,
            statusId: this.statusId,
            works: this.works.map((work) => ({ ...work })),
            workSeq: this.workSeq
        };
    }

    /** Takes the user's session as another page or an earlier one left it, raising no event. */
    restore(session) {
        if (!session || typeof session !== 'object') return;
        this.online = Boolean(session.online) && this.status(session.statusId) !== null;
        this.statusId = this.online ? this.status(session.statusId).id : null;
        this.works = Array.isArray(session.works) ? session.works.map((work) => ({ ...work })) : [];
        this.workSeq = Number(session.workSeq) || 0;
    }

    emit(name, params) {
        this.log(`event ${name} ${JSON.stringify(params)}`);
        this.onEmit(name, params);
        // Asynchronous, as the platform's application events are.
        setTimeout(() => this.onEvent(name, params), 0);
    }

    statusEvent(reason) {
        const status = this.status();
        this.emit('omniChannelStatusChanged', {
            statusId: status.id,
            statusName: status.label,
            statusApiName: status.developerName,
            channels: JSON.stringify(
                status.hasChannels ? [{ channelId: '0N9SIMULATOR001', developerName: 'Presence_Sync_Cases' }] : []
            ),
            reason
        });
    }

    workloadEvent(previous) {
        this.emit('omniChannelWorkloadChanged', {
            configuredCapacity: this.capacity,
            previousWorkload: previous,
            newWorkload: this.workload,
            configuredInterruptibleCapacity: 0,
            previousInterruptibleWorkload: 0,
            newInterruptibleWorkload: 0
        });
    }

    // ─── The toolkit, as the sync calls it ──────────────────────────────────────────

    /** The toolkit's method names, as lightning:omniToolkitAPI has them. */
    methods() {
        return Object.getOwnPropertyNames(OmniSimulator.prototype)
            .filter((name) => name.startsWith('toolkit_'))
            .map((name) => name.slice('toolkit_'.length));
    }

    /**
     * Makes the next call of `method` fail as a platform API may: 'throw' throws synchronously
     * instead of returning a promise; 'reject-object' rejects with a plain object, not an Error.
     */
    failNext(method, how) {
        this.failures.set(method, how);
    }

    call(method, args = {}) {
        this.calls.push({ method, args, at: performance.now() });
        this.onCall?.(method, args);
        this.log(`toolkit ${method}(${JSON.stringify(args)})`);
        const failure = this.failures.get(method);
        this.failures.delete(method);
        if (failure === 'throw') throw new TypeError(`simulated: ${method} threw`);
        if (failure === 'reject-object') return Promise.reject({ errorCode: 'SIMULATED_FAILURE', method });
        const handler = this[`toolkit_${method}`];
        if (typeof handler !== 'function') return Promise.reject(new Error(`no toolkit method ${method}`));
        return new Promise((resolve, reject) => {
            setTimeout(() => {
                try {
                    resolve(handler.call(this, args));
                } catch (error) {
                    reject(error);
                }
                this.onChange();
            }, 0);
        });
    }

    toolkit_login({ statusId }) {
        const status = this.status(statusId);
        if (!status) throw new Error(`unknown status ${statusId}`);
        this.online = true;
        this.statusId = status.id;
        this.emit('omniChannelLoginSuccess', { statusId: status.id });
        return { statusId: status.id };
    }

    toolkit_logout() {
        this.goOffline(null);
        return {};
    }

    toolkit_setServicePresenceStatus({ statusId }) {
        const status = this.status(statusId);
        if (!status) throw new Error(`unknown status ${statusId}`);
        // As on the platform: setting a status logs an offline agent in.
        if (!this.online) {
            this.online = true;
            this.statusId = status.id;
            this.emit('omniChannelLoginSuccess', { statusId: status.id });
        }
        this.statusId = status.id;
        this.statusEvent('OmniToolkitStatusChange');
        return { statusId: status.id, statusName: status.label, statusApiName: status.developerName, channels: '[]' };
    }

    /**
     * As lightning:omniToolkitAPI: resolves to the current status; for an agent not logged in to
     * Omni-Channel the promise rejects (Console Developer Guide, "getServicePresenceStatusId for
     * Lightning Experience": it resolves "upon success" only), which the sync takes as offline at once.
     */
    toolkit_getServicePresenceStatusId() {
        if (!this.online) throw new Error('the agent is not logged in to Omni-Channel');
        const status = this.status();
        return { statusId: status.id, statusName: status.label, statusApiName: status.developerName };
    }

    toolkit_getServicePresenceStatusChannels() {
        return { channels: '[]' };
    }

    toolkit_getAgentWorks() {
        return {
            works: JSON.stringify(
                this.works
                    .filter((w) => w.state !== 'declined')
                    .map((w) => ({ workId: w.workId, workItemId: w.workItemId, isEngaged: w.state === 'accepted' }))
            )
        };
    }

    toolkit_getAgentWorkload() {
        return {
            configuredCapacity: this.capacity,
            currentWorkload: this.workload,
            configuredInterruptibleCapacity: 0,
            currentInterruptibleWorkload: 0
        };
    }

    toolkit_acceptAgentWork({ workId }) {
        this.accept(workId);
        return { success: true };
    }

    toolkit_declineAgentWork({ workId, declineReason }) {
        this.decline(workId, declineReason);
        return { success: true };
    }

    toolkit_closeAgentWork({ workId }) {
        this.close(workId);
        return { success: true };
    }

    // ─── What the agent, a supervisor or Omni-Channel itself does ────────────────────

    chooseStatus(statusId, reason = 'OmniManualStatusChange') {
        const status = this.status(statusId);
        if (!status) return;
        if (!this.online) {
            this.online = true;
            this.statusId = status.id;
            this.emit('omniChannelLoginSuccess', { statusId: status.id });
        } else {
            this.statusId = status.id;
            this.statusEvent(reason);
        }
        this.onChange();
    }

    goOffline(reason) {
        if (!this.online) return;
        const previous = this.workload;
        this.online = false;
        this.statusId = null;
        this.works = [];
        this.emit('omniChannelLogout', reason ? { reason } : {});
        if (previous > 0) this.workloadEvent(previous);
        this.onChange();
    }

    routeWork() {
        if (!this.online) return null;
        const n = ++this.workSeq;
        const work = {
            workId: `0BZSIM${String(n).padStart(9, '0')}`,
            workItemId: `500SIM${String(n).padStart(9, '0')}`,
            state: 'assigned',
            label: `Case 000${1000 + n}`
        };
        const previous = this.workload;
        this.works.push(work);
        this.emit('omniChannelWorkAssigned', { workId: work.workId, workItemId: work.workItemId });
        this.workloadEvent(previous);
        this.onChange();
        return work;
    }

    accept(workId) {
        const work = this.works.find((w) => w.workId === workId && w.state === 'assigned');
        if (!work) return;
        work.state = 'accepted';
        this.emit('omniChannelWorkAccepted', { workId: work.workId, workItemId: work.workItemId });
        this.onChange();
    }

    decline(workId, reason) {
        const work = this.works.find((w) => w.workId === workId && w.state === 'assigned');
        if (!work) return;
        const previous = this.workload;
        this.works = this.works.filter((w) => w !== work);
        this.emit('omniChannelWorkDeclined', {
            workId: work.workId,
            workItemId: work.workItemId,
            declineReason: reason ?? null
        });
        this.workloadEvent(previous);
        this.onChange();
    }

    close(workId) {
        const work = this.works.find((w) => w.workId === workId);
        if (!work) return;
        const previous = this.workload;
        this.works = this.works.filter((w) => w !== work);
        this.emit('omniChannelWorkClosed', { workId: work.workId, workItemId: work.workItemId });
        this.workloadEvent(previous);
        this.onChange();
    }
}

const escapeHtml = (text) =>
    String(text).replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]
    );

/** The Omni-Channel utility widget, in plain DOM. */
export function renderOmniWidget(container, omni) {
    const statusOptions = omni.statuses
        .map(
            (status) =>
                `<option value="${escapeHtml(status.id)}">${escapeHtml(status.label)}${status.hasChannels ? '' : ' (busy)'}</option>`
        )
        .join('');
    container.innerHTML = `
        <div class="slds-p-around_small omni-widget">
            <p class="slds-text-title_caps">Omni-Channel (simulated)</p>
            <p class="slds-text-heading_small slds-m-vertical_x-small">
                <span class="presence-dot" data-test="omni-dot"></span>
                <span data-test="omni-status">Offline</span>
            </p>
            <label class="slds-form-element__label" for="omni-status-select">Presence status</label>
            <div class="slds-select_container">
                <select class="slds-select" id="omni-status-select" data-test="omni-status-select">
                    <option value="">Offline</option>${statusOptions}
                </select>
            </div>
            <div class="slds-m-top_x-small button-row">
                <button class="slds-button slds-button_neutral" data-test="omni-route">Route a case</button>
                <button class="slds-button slds-button_neutral" data-test="omni-supervisor-logout">Supervisor logout</button>
                <button class="slds-button slds-button_neutral" data-test="omni-other-session">Open in another session</button>
            </div>
            <p class="slds-text-body_small slds-m-top_x-small" data-test="omni-workload">Workload 0 / ${omni.capacity}</p>
            <ul class="slds-has-dividers_around-space slds-m-top_x-small" data-test="omni-works"></ul>
        </div>`;
    const select = container.querySelector('[data-test="omni-status-select"]');
    select.addEventListener('change', () => {
        if (select.value === '') omni.goOffline(null);
        else omni.chooseStatus(select.value);
    });
    container.querySelector('[data-test="omni-route"]').addEventListener('click', () => omni.routeWork());
    container
        .querySelector('[data-test="omni-supervisor-logout"]')
        .addEventListener('click', () => omni.goOffline('OmniSupervisorLogout'));
    container
        .querySelector('[data-test="omni-other-session"]')
        .addEventListener('click', () => omni.goOffline('DuplicateLoginInSameBrowser'));
    const works = container.querySelector('[data-test="omni-works"]');
    works.addEventListener('click', (event) => {
        const button = event.target.closest('button[data-action]');
        if (!button) return;
        const { action, work } = button.dataset;
        if (action === 'accept') omni.accept(work);
        if (action === 'decline') omni.decline(work, 'Not now');
        if (action === 'close') omni.close(work);
    });

    return function refresh() {
        const status = omni.status();
        container.querySelector('[data-test="omni-status"]').textContent = omni.online ? status.label : 'Offline';
        container.querySelector('[data-test="omni-dot"]').className =
            `presence-dot ${omni.online ? (status.hasChannels ? 'online' : 'busy') : 'offline'}`;
        select.value = omni.online ? status.id : '';
        container.querySelector('[data-test="omni-workload"]').textContent =
            `Workload ${omni.workload} / ${omni.capacity}`;
        works.replaceChildren(
            ...omni.works.map((work) => {
                const item = document.createElement('li');
                item.className = 'slds-item';
                item.dataset.test = 'omni-work';
                const label = document.createElement('span');
                label.textContent = `${work.label} (${work.state})`;
                item.append(label);
                const actions = work.state === 'assigned' ? ['accept', 'decline'] : ['close'];
                for (const action of actions) {
                    const button = document.createElement('button');
                    button.className = 'slds-button slds-button_neutral slds-m-left_x-small';
                    button.dataset.action = action;
                    button.dataset.work = work.workId;
                    button.dataset.test = `omni-${action}`;
                    button.textContent = action[0].toUpperCase() + action.slice(1);
                    item.append(button);
                }
                return item;
            })
        );
    };
}
