// The real Aura utility item (its markup, controller and helper files) against a fake Aura that
// behaves as Aura documents it:
// - Omni-Channel events are APPLICATION events (Lightning Component Reference, e.g.
//   aura-omni-channel-status-changed: "an application event ... supported in Lightning console
//   apps only"). Aura names only component events (forcedotcom/aura, aura/event/Event.js: getName()
//   returns the name AuraEventService.js gives component events; application events have none), so
//   getName() is undefined; getParam/getParams read the data. Locker's SecureAuraEvent has no
//   getType(), so the fake has none either.
// - A DOM event from the LWC child reaches its `on<name>` handler with the detail's properties read
//   through getParam (LWC guide, "Send events to an enclosing Aura component").
// - Code that runs outside Aura's own event loop (promise callbacks) must be wrapped in
//   $A.getCallback (Aura guide, "Modifying Components Outside the Framework Lifecycle"): the fake
//   panel checks that its answers arrive inside an Aura callback.
// - lightning:utilityBarAPI: setUtilityLabel({label}), setUtilityIcon({icon}) with a bare SLDS
//   icon name, setUtilityHighlighted({highlighted}); each returns a promise.
const { readFileSync } = require('fs');
const { join } = require('path');

const BUNDLE = join(__dirname, '..');
const read = (name) => readFileSync(join(BUNDLE, name), 'utf8');

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

function fakeAura() {
    const aura = { depth: 0 };
    aura.run = (fn) => {
        aura.depth++;
        try {
            return fn();
        } finally {
            aura.depth--;
        }
    };
    aura.$A = {
        getCallback(fn) {
            return function auraCallback(...args) {
                return aura.run(() => fn.apply(this, args));
            };
        }
    };
    return aura;
}

/** Evaluates an Aura JavaScript file (one object literal in parentheses) as the framework does. */
function evaluateBundleFile(name, $A) {
    const literal = read(name).trim().replace(/;$/, '');
    // eslint-disable-next-line no-new-func
    return new Function('$A', `"use strict";\nreturn (\n${literal}\n);`)($A);
}

function applicationEvent(params) {
    return {
        getName: () => undefined,
        getParam: (name) => params[name],
        getParams: () => params,
        getSource: () => null
    };
}

const lwcEvent = (detail) => ({ getParam: (name) => detail[name], getParams: () => detail });

function fakePanel(aura) {
    return {
        events: [],
        results: [],
        omniEvent(name, params) {
            this.events.push([name, params]);
        },
        toolkitResult(requestId, ok, value) {
            this.results.push({ requestId, ok, value, insideAura: aura.depth > 0 });
        }
    };
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

function mount({ toolkit = {}, panel, utilityBar = fakeUtilityBar() } = {}) {
    const aura = fakeAura();
    const controller = evaluateBundleFile('presenceSyncUtilityController.js', aura.$A);
    const helper = evaluateBundleFile('presenceSyncUtilityHelper.js', aura.$A);
    const thePanel = panel ?? fakePanel(aura);
    const found = { panel: thePanel, omniToolkit: toolkit, utilityBar };
    const attributes = {};
    const component = {
        find: (id) => found[id],
        get: (key) => attributes[key],
        set: (key, value) => {
            // Aura re-renders only for changes made inside its lifecycle ($A.getCallback outside it).
            if (aura.depth === 0) throw new Error(`${key} set outside Aura`);
            attributes[key] = value;
        },
        isValid: () => true
    };
    const act = (action, event) => aura.run(() => controller[action](component, event, helper));
    return { aura, controller, helper, component, panel: thePanel, utilityBar, act };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('presenceSyncUtility markup', () => {
    const markup = read('presenceSyncUtility.cmp');
    const handlers = [...markup.matchAll(/<aura:handler\s+event="lightning:(\w+)"\s+action="\{!c\.(\w+)\}"/g)].map(
        (match) => ({ event: match[1], action: match[2] })
    );

    it('handles each of the ten toolkit events with an action of its own', () => {
        expect(handlers.map((handler) => handler.event).sort()).toEqual([...OMNI_EVENTS].sort());
        expect(new Set(handlers.map((handler) => handler.action)).size).toBe(OMNI_EVENTS.length);
    });

    it('binds the panel events and holds both platform APIs', () => {
        expect(markup).toMatch(/<c:presenceSyncPanel[^>]*ontoolkitcall="\{!c\.onToolkitCall\}"/);
        expect(markup).toMatch(/<c:presenceSyncPanel[^>]*onutilitystate="\{!c\.onUtilityState\}"/);
        expect(markup).toMatch(/<lightning:omniToolkitAPI aura:id="omniToolkit"/);
        expect(markup).toMatch(/<lightning:utilityBarAPI aura:id="utilityBar"/);
    });
});

describe('B1-B7 Omni-Channel events reach the panel with their names (application events have none)', () => {
    const markup = read('presenceSyncUtility.cmp');
    const handlers = [...markup.matchAll(/<aura:handler\s+event="lightning:(\w+)"\s+action="\{!c\.(\w+)\}"/g)];

    it.each(handlers.map((match) => [match[1], match[2]]))('%s through c.%s', (event, action) => {
        const { controller, panel, act } = mount();
        expect(typeof controller[action]).toBe('function');
        const params = { statusId: '0N5000000000001', workId: '0Bz000000000001', reason: 'X' };
        act(action, applicationEvent(params));
        expect(panel.events).toEqual([[event, params]]);
    });

    it('never throws into Aura when the panel throws or the event cannot be read', () => {
        const aura = fakeAura();
        const panel = {
            omniEvent() {
                throw new Error('panel failure');
            }
        };
        const { act } = mount({ panel });
        expect(() => act('onStatusChanged', applicationEvent({ statusId: '0N5' }))).not.toThrow();
        const unreadable = {
            getName: () => undefined,
            getParams: () => {
                throw new Error('no access');
            }
        };
        const seen = fakePanel(aura);
        const second = mount({ panel: seen });
        expect(() => second.act('onLogout', unreadable)).not.toThrow();
        expect(seen.events).toEqual([['omniChannelLogout', null]]);
    });
});

describe('toolkit calls: every request is answered once, readably, inside Aura', () => {
    const call = (ctx, requestId, method, args) => ctx.act('onToolkitCall', lwcEvent({ requestId, method, args }));

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
        const panel = {
            toolkitResult() {
                answers++;
                throw new Error('panel gone');
            }
        };
        const ctx = mount({ panel, toolkit: { logout: () => Promise.resolve({}) } });
        call(ctx, 't6', 'logout', {});
        await flush();
        expect(answers).toBe(1);
    });
});

describe('utility label, icon and highlight through lightning:utilityBarAPI', () => {
    const show = (ctx, detail) => ctx.act('onUtilityState', lwcEvent(detail));

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
