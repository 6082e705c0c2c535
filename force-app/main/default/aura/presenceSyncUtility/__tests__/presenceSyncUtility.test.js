// The real Aura utility item (its markup, controller and helper files) run by the simulator's small
// Aura (simulator/console/aura-host.js), which follows the Aura framework's own code (forcedotcom/aura
// at commit 779ffdcc715565d3b961becd28aa163d289557aa: event/Event.js, event/InteropEvent.js,
// AuraEventService.js, component/Component.js, component/InteropComponent.js, controller/Action.js,
// AuraInstance.js; each rule is cited there). The browser suite runs the same Aura around the panel.
// - Omni-Channel events are APPLICATION events (Lightning Component Reference, e.g.
//   aura-omni-channel-status-changed: "an application event ... supported in Lightning console
//   apps only"). Aura names only component events (AuraEventService.getNewEvent), so getName() is
//   undefined; getType() gives the event's descriptor; getParam/getParams read the data. Handlers run
//   one after another inside $A.run, and one that throws stops the rest and shows a Lightning error.
// - The item and the panel connect once, in the item's afterRender, before the panel's element is in
//   the page (InteropComponent.js render/afterRender; presenceSyncUtilityRenderer.js): the item passes
//   {call, utilityState} to the panel's connectHost and keeps the {omniEvent, toolkitResult} it gets
//   back. It binds no DOM event of the panel: its element is in the page, where any component can
//   dispatch one (issue 18, items 6/7).
// - Code that runs outside Aura's event loop (promise callbacks) must be wrapped in $A.getCallback
//   (Aura guide, "Modifying Components Outside the Framework Lifecycle"): the fake panel checks that
//   its answers arrive inside the Aura loop.
// - lightning:utilityBarAPI: setUtilityLabel({label}), setUtilityIcon({icon}) with a bare SLDS
//   icon name, setUtilityHighlighted({highlighted}); each returns a promise.
const { readFileSync } = require('fs');
const { join } = require('path');
const utilityBundle = require('aura:presenceSyncUtility');
const { AuraError, componentWiring, mountAuraUtility } = require('../../../../../../simulator/console/aura-host');

/** The ten toolkit events of lightning:omniToolkitAPI (Lightning Component Reference). */
const OMNI_EVENTS = [
    'omniChannelLoginSuccess',
    'omniChannelStatusChanged',
    'omniChannelLogout',
    'omniChannelWorkAssigned',
    'omniChannelWorkAccepted',
    'omniChannelWorkDeclined',
    'omniChannelWorkClosed',
    'omniChannelWorkloadChanged',
    'omniChannelWorkFlagUpdated',
    'omniChannelConnectionError'
];

/**
 * The panel element as the Aura item sees it: an event target with the panel's one @api method,
 * connectHost, which keeps the item's functions (`host`, `connections`) and answers with the
 * panel's {omniEvent, toolkitResult}. `inPage` says whether the element was in the page then.
 */
function fakePanel(overrides = {}) {
    const panel = new EventTarget();
    panel.isConnected = false;
    panel.events = [];
    panel.results = [];
    panel.connections = [];
    panel.omniEvent = function (name, params) {
        this.events.push([name, params]);
    };
    panel.toolkitResult = function (requestId, ok, value) {
        this.results.push({ requestId, ok, value, insideAura: this.insideAura() });
    };
    panel.connectHost = function (host) {
        this.connections.push({ host, inPage: this.isConnected });
        if (this.host) return null;
        this.host = host;
        return {
            omniEvent: (...args) => this.omniEvent(...args),
            toolkitResult: (...args) => this.toolkitResult(...args)
        };
    };
    return Object.assign(panel, overrides);
}

function fakeUtilityBar() {
    const bar = { calls: [], failing: new Set() };
    for (const method of ['setUtilityLabel', 'setUtilityIcon', 'setUtilityHighlighted']) {
        bar[method] = (options) => {
            bar.calls.push([method, options]);
            return bar.failing.has(method) ? Promise.reject(new Error('not in a utility bar')) : Promise.resolve(true);
        };
    }
    return bar;
}

function mount({ toolkit = {}, panel = fakePanel(), utilityBar = fakeUtilityBar(), bundle = utilityBundle } = {}) {
    let insideAura = () => false;
    panel.insideAura = () => insideAura();
    const host = mountAuraUtility({
        panel,
        toolkit,
        utilityBar,
        bundle,
        onError: () => {},
        // Aura's swap of the element into the page (InteropComponent.afterRender).
        insertPanel: () => {
            panel.isConnected = true;
        }
    });
    insideAura = host.insideAura;
    // Any script that finds the element can dispatch a DOM event on it.
    const panelEvent = (name, detail) => panel.dispatchEvent(new CustomEvent(name, { detail }));
    return { host, panel, utilityBar, fire: host.fire, panelEvent };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('presenceSyncUtility markup, read with an XML parser', () => {
    const wiring = componentWiring(utilityBundle.markup);

    it('handles each of the ten toolkit events with an action of its own', () => {
        expect(wiring.handlers.map((handler) => handler.event).sort()).toEqual(
            OMNI_EVENTS.map((name) => `lightning:${name}`).sort()
        );
        expect(new Set(wiring.handlers.map((handler) => handler.action)).size).toBe(OMNI_EVENTS.length);
    });

    it('binds no DOM event of the panel and holds both platform APIs', () => {
        expect(wiring.panelEvents).toEqual({});
        expect(wiring.auraIds).toEqual({
            omniToolkit: 'lightning:omniToolkitAPI',
            utilityBar: 'lightning:utilityBarAPI',
            panel: 'c:presenceSyncPanel'
        });
        expect(wiring.attributes).toEqual(['supportsPopOut', 'utilityState', 'panelLink']);
    });

    it('reads markup as XML, whatever the attribute order, spacing and comments', () => {
        const markup = `<aura:component>
            <!-- <aura:handler event="lightning:omniChannelLogout" action="{!c.commentedOut}" /> -->
            <aura:handler
                action="{! c.onLogout }"
                event="lightning:omniChannelLogout"/>
            <c:presenceSyncPanel
                onutilitystate="{!c.onUtilityState}" aura:id="panel" ontoolkitcall="{!c.onToolkitCall}"></c:presenceSyncPanel>
        </aura:component>`;
        const read = componentWiring(markup);
        expect(read.handlers).toEqual([{ event: 'lightning:omniChannelLogout', action: 'onLogout' }]);
        expect(read.panelEvents).toEqual({ utilitystate: 'onUtilityState', toolkitcall: 'onToolkitCall' });
    });

    it('refuses a handler whose action is not a controller action', () => {
        expect(() =>
            componentWiring(
                '<aura:component><aura:handler event="lightning:omniChannelLogout" action="c.onLogout"/></aura:component>'
            )
        ).toThrow(/not a controller action/);
    });
});

describe('one connection to the panel, made before its element is in the page (issue 18, items 6/7)', () => {
    it('connects once, in afterRender, before the element enters the page, and passes functions only', () => {
        const { panel } = mount();
        expect(panel.connections).toHaveLength(1);
        expect(panel.connections[0].inPage).toBe(false);
        expect(panel.isConnected).toBe(true);
        const host = panel.connections[0].host;
        expect(Object.keys(host).sort()).toEqual(['call', 'utilityState']);
        expect([typeof host.call, typeof host.utilityState]).toEqual(['function', 'function']);
    });

    it('carries out no forged toolkitcall or utilitystate dispatched on the panel element', async () => {
        const toolkit = { logout: jest.fn(() => Promise.resolve({})) };
        const ctx = mount({ toolkit });
        ctx.panelEvent('toolkitcall', { requestId: 'hostile-1', method: 'logout', args: {} });
        ctx.panelEvent('utilitystate', { label: 'Forged', icon: 'warning', highlighted: true });
        await flush();
        expect(toolkit.logout).not.toHaveBeenCalled();
        expect(ctx.panel.results).toEqual([]);
        expect(ctx.utilityBar.calls).toEqual([]);
        expect(ctx.host.shownErrors).toEqual([]);
    });

    it('forwards nothing and calls nothing when the panel refuses it (another connected first)', async () => {
        const panel = fakePanel();
        panel.host = { call() {}, utilityState() {} };
        const toolkit = { logout: jest.fn(() => Promise.resolve({})) };
        const { fire, host } = mount({ panel, toolkit });
        expect(panel.connections).toHaveLength(1);
        fire('lightning:omniChannelLogout', { reason: 'X' });
        expect(panel.events).toEqual([]);
        expect(host.shownErrors).toEqual([]);
    });

    it('forwards nothing when connectHost throws, and shows no Lightning error', () => {
        const panel = fakePanel({
            connectHost() {
                throw new Error('panel failure');
            }
        });
        const { fire, host } = mount({ panel });
        fire('lightning:omniChannelStatusChanged', { statusId: '0N5' });
        expect(panel.events).toEqual([]);
        expect(host.shownErrors).toEqual([]);
    });

    it("runs the panel's calls inside Aura (the functions are $A.getCallback wrappers)", async () => {
        const toolkit = { getAgentWorks: () => Promise.resolve([]) };
        const ctx = mount({ toolkit });
        ctx.panel.host.call('t1', 'getAgentWorks', {});
        await flush();
        expect(ctx.panel.results).toEqual([{ requestId: 't1', ok: true, value: [], insideAura: true }]);
    });
});

describe('B1-B7 Omni-Channel events reach the panel with their names (application events have none)', () => {
    const wiring = componentWiring(utilityBundle.markup);

    it.each(wiring.handlers.map((handler) => [handler.event, handler.action]))('%s through c.%s', (event, action) => {
        const { panel, fire, host } = mount();
        const params = { statusId: '0N5000000000001', workId: '0Bz000000000001', reason: 'X' };
        expect(fire(event, params)).toBe(true);
        expect(panel.events).toEqual([[event.replace(/^lightning:/, ''), params]]);
        expect(host.shownErrors).toEqual([]);
        expect(action).toMatch(/^on[A-Z]/);
    });

    it('gets events as Aura makes them: no name, the type, the params object itself', () => {
        const { host, panel, fire } = mount();
        const seen = [];
        host.addHandler('lightning:omniChannelStatusChanged', (event) =>
            seen.push([event.getName(), event.getType(), event.getEventType(), event.getParams()])
        );
        fire('lightning:omniChannelStatusChanged', { statusId: '0N5' });
        expect(seen).toEqual([[undefined, 'lightning:omniChannelStatusChanged', 'APPLICATION', { statusId: '0N5' }]]);
        // The item passed on the very object getParams() returns.
        expect(panel.events[0][1]).toBe(seen[0][3]);
    });

    it('never throws into Aura: other components still hear the event when the panel fails, and no error shows', () => {
        const panel = fakePanel({
            omniEvent() {
                throw new Error('panel failure');
            }
        });
        const { host, fire } = mount({ panel });
        const later = jest.fn();
        host.addHandler('lightning:omniChannelStatusChanged', later);
        fire('lightning:omniChannelStatusChanged', { statusId: '0N5' });
        expect(later).toHaveBeenCalledTimes(1);
        expect(host.shownErrors).toEqual([]);
    });

    it('(the model) a handler that throws stops the handlers after it and shows a Lightning error, as Aura does', () => {
        const { host, fire, panel } = mount();
        const later = jest.fn();
        host.addHandler('lightning:omniChannelLogout', () => {
            throw new Error('someone else');
        });
        host.addHandler('lightning:omniChannelLogout', later);
        fire('lightning:omniChannelLogout', {});
        expect(panel.events).toHaveLength(1);
        expect(later).not.toHaveBeenCalled();
        expect(host.shownErrors).toHaveLength(1);
        expect(host.shownErrors[0]).toBeInstanceOf(AuraError);
        expect(host.shownErrors[0].message).toMatch(/Uncaught error in lightning:omniChannelLogout \[someone else\]/);
    });

    it('passes null when the event cannot be read, and does not throw', () => {
        const { host, panel } = mount();
        // An event object whose params cannot be read (as a Locker wrapper that refuses access would).
        const unreadable = {
            getName: () => undefined,
            getParams: () => {
                throw new Error('no access');
            }
        };
        const controller = utilityBundle.controller({ getCallback: (fn) => fn });
        const helper = utilityBundle.helper({ getCallback: (fn) => fn });
        expect(() => controller.onLogout(host.component, unreadable, helper)).not.toThrow();
        expect(panel.events).toEqual([['omniChannelLogout', null]]);
    });

    it("does not run the item's actions once it is destroyed", () => {
        const { panel, fire } = mount();
        panel.isConnected = false;
        fire('lightning:omniChannelLogout', {});
        expect(panel.events).toEqual([]);
    });
});

describe('toolkit calls: every request is answered once, readably, inside Aura', () => {
    // The panel asks through the `call` function the item gave it when they connected.
    const call = (ctx, requestId, method, args) => ctx.panel.host.call(requestId, method, args);

    it('answers a resolved call with its result', async () => {
        const toolkit = { getServicePresenceStatusId: jest.fn(() => Promise.resolve({ statusId: '0N5' })) };
        const ctx = mount({ toolkit });
        call(ctx, 't1', 'getServicePresenceStatusId', undefined);
        expect(toolkit.getServicePresenceStatusId).toHaveBeenCalledWith({});
        await flush();
        expect(ctx.panel.results).toEqual([
            { requestId: 't1', ok: true, value: { statusId: '0N5' }, insideAura: true }
        ]);
    });

    it('reports a rejection with an object (not an Error) readably, not as [object Object]', async () => {
        const toolkit = { setServicePresenceStatus: () => Promise.reject({ errorCode: 'INVALID_STATUS' }) };
        const ctx = mount({ toolkit });
        call(ctx, 't2', 'setServicePresenceStatus', { statusId: 'bad' });
        await flush();
        expect(ctx.panel.results).toEqual([
            { requestId: 't2', ok: false, value: '{"errorCode":"INVALID_STATUS"}', insideAura: true }
        ]);
    });

    it.each([
        [new Error('Omni is offline'), 'Omni is offline'],
        ['plain text', 'plain text'],
        [undefined, 'the toolkit failed without a reason'],
        [{}, 'the toolkit failed without a reason'],
        [42, '42']
    ])('reports a rejection with %p as %p', async (reason, text) => {
        const ctx = mount({ toolkit: { logout: () => Promise.reject(reason) } });
        call(ctx, 't3', 'logout', {});
        await flush();
        expect(ctx.panel.results.map((result) => [result.ok, result.value])).toEqual([[false, text]]);
    });

    it('fails a call at once when the method throws instead of returning a promise', () => {
        const toolkit = {
            getAgentWorks: () => {
                throw new TypeError('toolkit not ready');
            }
        };
        const ctx = mount({ toolkit });
        call(ctx, 't4', 'getAgentWorks', {});
        // Synchronously, before any promise settles: the panel does not wait for its timeout.
        expect(ctx.panel.results).toEqual([
            { requestId: 't4', ok: false, value: 'toolkit not ready', insideAura: true }
        ]);
    });

    it('refuses a method outside the list without calling anything', () => {
        const toolkit = { raiseAgentWorkFlag: jest.fn() };
        const ctx = mount({ toolkit });
        call(ctx, 't5', 'raiseAgentWorkFlag', {});
        expect(toolkit.raiseAgentWorkFlag).not.toHaveBeenCalled();
        expect(ctx.panel.results).toEqual([
            { requestId: 't5', ok: false, value: 'unknown toolkit method raiseAgentWorkFlag', insideAura: true }
        ]);
    });

    it('answers once even when the panel fails while taking the result', async () => {
        let answers = 0;
        const panel = fakePanel({
            toolkitResult() {
                answers++;
                throw new Error('panel gone');
            }
        });
        const ctx = mount({ panel, toolkit: { logout: () => Promise.resolve({}) } });
        call(ctx, 't6', 'logout', {});
        await flush();
        expect(answers).toBe(1);
    });
});

describe('utility label, icon and highlight through lightning:utilityBarAPI', () => {
    const show = (ctx, detail) => ctx.panel.host.utilityState(detail);

    it('applies the panel state with a bare SLDS icon name', () => {
        const ctx = mount();
        show(ctx, { label: 'Presence Sync: needs attention', icon: 'warning', highlighted: true });
        expect(ctx.utilityBar.calls).toEqual([
            ['setUtilityLabel', { label: 'Presence Sync: needs attention' }],
            ['setUtilityIcon', { icon: 'warning' }],
            ['setUtilityHighlighted', { highlighted: true }]
        ]);
    });

    it('shows a configuration that failed to load as an error', () => {
        const ctx = mount();
        show(ctx, { label: 'Presence Sync: could not load', icon: 'error', highlighted: true });
        expect(ctx.utilityBar.calls).toContainEqual(['setUtilityIcon', { icon: 'error' }]);
        expect(ctx.utilityBar.calls).toContainEqual(['setUtilityHighlighted', { highlighted: true }]);
    });

    it('takes the "utility:" prefix off and ignores an icon that is not an SLDS name', () => {
        const ctx = mount();
        show(ctx, { label: 'A', icon: 'utility:sync', highlighted: false });
        show(ctx, { label: 'B', icon: '<svg onload=x>', highlighted: false });
        expect(ctx.utilityBar.calls.filter((c) => c[0] === 'setUtilityIcon')).toEqual([
            ['setUtilityIcon', { icon: 'sync' }]
        ]);
    });

    it('makes no call for an unchanged state, and one set for each change', () => {
        const ctx = mount();
        const state = { label: 'Presence Sync', icon: 'sync', highlighted: false };
        show(ctx, state);
        show(ctx, { ...state });
        expect(ctx.utilityBar.calls).toHaveLength(3);
        show(ctx, { ...state, highlighted: true });
        expect(ctx.utilityBar.calls).toHaveLength(6);
    });

    it('tries again with the next state when the utility bar refused (a pop-out)', async () => {
        const ctx = mount();
        ctx.utilityBar.failing.add('setUtilityLabel');
        const state = { label: 'Presence Sync', icon: 'sync', highlighted: false };
        show(ctx, state);
        await flush();
        ctx.utilityBar.failing.clear();
        show(ctx, state);
        expect(ctx.utilityBar.calls).toHaveLength(6);
    });
});

describe('the shipped utility bar', () => {
    it('lists the Omni-Channel widget before Presence Sync, so Omni is up when the sync first reads it', () => {
        const flexipage = readFileSync(
            join(__dirname, '../../../flexipages/Presence_Sync_Console_UtilityBar.flexipage-meta.xml'),
            'utf8'
        );
        const order = [...flexipage.matchAll(/<componentName>([^<]+)<\/componentName>/g)].map((match) => match[1]);
        expect(order).toEqual(['runtime_service_omnichannel:omniWidget', 'presenceSyncUtility']);
    });
});
