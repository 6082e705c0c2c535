// A small Aura for the simulator: it runs the package's REAL Aura utility item (its controller and
// helper files, wired as its .cmp markup says) around the panel, the way the platform does:
// - Omni-Channel events are application events: getName() is undefined, getParam/getParams give the
//   data, and there is no getType() (forcedotcom/aura aura/event/Event.js; Locker's SecureAuraEvent).
//   Each reaches the action its <aura:handler> names.
// - The panel's DOM events reach the `on<name>` action bound in the markup, with the detail read
//   through getParam/getParams.
// - $A.getCallback wraps code that runs outside Aura's event loop.
// - component.find(auraId) gives the panel, the toolkit (lightning:omniToolkitAPI) and the utility
//   bar API (lightning:utilityBarAPI); get/set read and write the component's attributes.
// The same documented behaviour backs the Jest test of the bundle (aura/…/__tests__).
import utility from 'aura:presenceSyncUtility';

/**
 * Mounts the Aura utility item around `panel` (the LWC element). `toolkit` and `utilityBar` are the
 * objects the markup's lightning:omniToolkitAPI and lightning:utilityBarAPI stand for.
 * Returns `fire(eventName, params)`, which fires an application event (e.g.
 * 'lightning:omniChannelLogout') and says whether the item handles it, and `panelEvent(name,
 * detail)`, which runs a panel event's bound action as if the panel had dispatched it.
 */
export function mountAuraUtility({ panel, toolkit, utilityBar }) {
    let depth = 0;
    const inAura = (fn) => {
        depth++;
        try {
            return fn();
        } finally {
            depth--;
        }
    };
    const $A = {
        getCallback(fn) {
            return function auraCallback(...args) {
                return inAura(() => fn.apply(this, args));
            };
        }
    };
    const controller = utility.controller($A);
    const helper = utility.helper($A);
    const found = { panel, omniToolkit: toolkit, utilityBar };
    const attributes = Object.fromEntries(utility.attributes.map((name) => [`v.${name}`, undefined]));
    const component = {
        find: (auraId) => found[auraId],
        get: (key) => {
            if (!(key in attributes)) throw new Error(`no attribute ${key} on presenceSyncUtility`);
            return attributes[key];
        },
        set: (key, value) => {
            if (!(key in attributes)) throw new Error(`no attribute ${key} on presenceSyncUtility`);
            // Aura re-renders only for changes made inside its lifecycle: outside an action, code
            // must run through $A.getCallback.
            if (depth === 0) throw new Error(`${key} set outside Aura: wrap the callback in $A.getCallback`);
            attributes[key] = value;
        },
        isValid: () => panel.isConnected
    };
    const run = (action, event) => {
        const handler = controller[action];
        if (typeof handler !== 'function') throw new Error(`no controller action ${action}`);
        inAura(() => handler(component, event, helper));
    };

    // The panel's DOM events, as `on<name>="{!c.action}"` binds them.
    for (const [name, action] of Object.entries(utility.panelEvents)) {
        panel.addEventListener(name, (event) => {
            const detail = event.detail ?? {};
            run(action, { getParam: (key) => detail[key], getParams: () => ({ ...detail }), getSource: () => panel });
        });
    }

    return {
        /** Fires an application event to this component's handlers (none: nothing happens). */
        fire(eventName, params) {
            const action = utility.handlers[eventName];
            if (!action) return false;
            const data = { ...params };
            run(action, {
                getName: () => undefined,
                getParam: (key) => data[key],
                getParams: () => data,
                getSource: () => null
            });
            return true;
        },
        /** Runs a panel event through its bound action, as if the panel had dispatched it. */
        panelEvent(name, detail) {
            const action = utility.panelEvents[name];
            if (action) run(action, { getParam: (key) => detail[key], getParams: () => ({ ...detail }) });
        }
    };
}

/**
 * lightning:omniToolkitAPI over the simulated Omni-Channel: one method per toolkit method, each
 * taking one object and returning a promise (or throwing, when a test asks the simulator to).
 */
export function toolkitOf(omni) {
    const toolkit = {};
    for (const method of omni.methods()) toolkit[method] = (args) => omni.call(method, args);
    return toolkit;
}

/**
 * lightning:utilityBarAPI over the simulated utility bar item: setUtilityLabel({label}),
 * setUtilityIcon({icon}) with a bare SLDS utility icon name (anything else is refused, as the
 * API documents the bare name), setUtilityHighlighted({highlighted}). Calls are recorded in
 * `calls` for the browser tests.
 */
export function utilityBarOf(item) {
    const calls = [];
    const done = (method, options) => {
        calls.push({ method, options: { ...options } });
        return Promise.resolve(true);
    };
    return {
        calls,
        setUtilityLabel(options) {
            item.querySelector('[data-test="utility-label"]').textContent = String(options.label);
            item.dataset.label = String(options.label);
            return done('setUtilityLabel', options);
        },
        setUtilityIcon(options) {
            if (typeof options.icon !== 'string' || !/^[a-z0-9_]+$/.test(options.icon)) {
                calls.push({ method: 'setUtilityIcon', options: { ...options }, refused: true });
                return Promise.reject(new Error(`not a bare SLDS icon name: ${options.icon}`));
            }
            item.querySelector('use').setAttribute(
                'href',
                `/slds/icons/utility-sprite/svg/symbols.svg#${options.icon}`
            );
            item.dataset.icon = options.icon;
            return done('setUtilityIcon', options);
        },
        setUtilityHighlighted(options) {
            item.classList.toggle('highlighted', options.highlighted === true);
            item.dataset.highlighted = String(options.highlighted === true);
            return done('setUtilityHighlighted', options);
        }
    };
}
