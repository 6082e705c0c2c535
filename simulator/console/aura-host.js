// A small Aura for the simulator and the Jest test of the utility item: it runs the package's REAL
// Aura utility item (its controller and helper files, wired as its .cmp markup says, the markup
// read with an XML parser) around the panel, following what the Aura framework's own code does.
// The framework is open source (forcedotcom/aura); every rule below names the file it follows, at
// commit 779ffdcc715565d3b961becd28aa163d289557aa (aura-impl/src/main/resources/aura/...):
// - event/Event.js: an event's params start as {}; getParams() returns that same object and
//   getParam(name) reads it; getName() returns the name given at creation; getType() returns the
//   event definition's descriptor ('lightning:omniChannelStatusChanged'); fire() runs the handlers
//   synchronously inside $A.run, one after the other, with no try/catch: a handler that throws
//   stops the handlers after it and the error leaves fire().
// - AuraEventService.js getNewEvent(): only COMPONENT events get a name; an APPLICATION event (every
//   lightning:omniChannel* event, Lightning Component Reference) has none, so getName() is
//   undefined. addEventHandler(): handlers are kept per event, per component, in the order the
//   component registered them; a duplicate is dropped.
// - component/Component.js setupApplicationEventHandlers(): each <aura:handler event action> of the
//   markup is registered, in markup order, for its event's qualified name.
// - controller/Action.js runDeprecated(): a destroyed component's action does not run; the
//   controller function is called as meth.call(undefined, component, event, helper); what it
//   throws is kept as the action's error and thrown again when inside the Aura loop.
// - AuraInstance.js run(): errors escaping the outermost $A.run become "Uncaught error in <name>",
//   which Lightning shows the user; getCallback() runs its function with the Aura stack pushed.
// - event/InteropEvent.js and component/InteropComponent.js: an LWC child's DOM event reaches the
//   action bound with on<name>="{!c.action}" as an InteropEvent: getName() is the DOM event's
//   type, getParams() a shallow copy of its detail's own keys, getSource() the child component;
//   getPhase/pause/resume/fire throw; no getType(). bridgeAction() runs the action in $A.run from
//   a $A.getCallback wrapper.
// - component/InteropComponent.js render() and afterRender(), AuraRenderingService.js finishRender():
//   Aura creates the LWC child's element in render() (a placeholder goes in the DOM), marks the child
//   rendered (its @api methods may be called from then on), and swaps the element into the DOM in the
//   child's afterRender, which the item's own afterRender runs in superAfterRender(). So the item's
//   renderer runs while the panel's element exists but is not in the page; `insertPanel` is that swap.
// Lightning Locker wraps the Aura event in SecureAuraEvent, which passes getName, getParam,
// getParams, getSource, getType, getEventType, getPhase and the rest through to this same object
// (forcedotcom/aura aura-resources/.../lockerservice/aura-locker.js, Locker 0.6.22, at commit
// d43015978d728b8545204e046090df13fec09edb), so what the item reads is the same under Locker.
// Not open source: the event definitions of lightning:omniChannel* (Aura's setParams keeps only the
// attributes a definition declares); the params are taken as the simulated Omni-Channel sends them,
// from the Omni-Channel Developer Guide's response tables.
import { XMLParser } from 'fast-xml-parser';
import utility from 'aura:presenceSyncUtility';

// lightning:utilityBarAPI over the simulated utility bar lives in utility-bar.js.
export { utilityBarOf } from './utility-bar';

/** An action expression as Aura markup writes it, `{!c.name}`, with optional spaces. */
const CONTROLLER_ACTION = /^\{!\s*c\.(\w+)\s*\}$/;

/**
 * What the item's .cmp markup declares, read with an XML parser: its attributes, each
 * <aura:handler> in markup order ({event, action}), the panel's `on<name>` bindings and the
 * components it finds by aura:id ({auraId: tag}). An action that is not `{!c.name}` throws.
 */
export function componentWiring(markup) {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
    const root = parser.parse(markup).find((node) => 'aura:component' in node);
    if (!root) throw new Error('the markup has no <aura:component>');
    const wiring = { attributes: [], handlers: [], panelEvents: {}, auraIds: {} };
    const actionOf = (expression, where) => {
        const match = CONTROLLER_ACTION.exec(String(expression ?? ''));
        if (!match) throw new Error(`${where}: "${expression}" is not a controller action {!c.name}`);
        return match[1];
    };
    const visit = (nodes) => {
        for (const node of nodes) {
            const tag = Object.keys(node).find((key) => key !== ':@');
            if (!tag || tag === '#text' || tag === '#comment') continue;
            const attributes = node[':@'] ?? {};
            if (tag === 'aura:attribute') wiring.attributes.push(attributes.name);
            if (tag === 'aura:handler' && attributes.event) {
                wiring.handlers.push({
                    event: attributes.event,
                    action: actionOf(attributes.action, `<aura:handler event="${attributes.event}">`)
                });
            }
            if (attributes['aura:id']) wiring.auraIds[attributes['aura:id']] = tag;
            if (tag === 'c:presenceSyncPanel') {
                for (const [name, value] of Object.entries(attributes)) {
                    if (name.startsWith('on')) wiring.panelEvents[name.slice(2)] = actionOf(value, `${tag} ${name}`);
                }
            }
            visit(node[tag]);
        }
    };
    visit(root['aura:component']);
    return wiring;
}

/** Aura's error type for what escapes the outermost $A.run (AuraInstance.js run()). */
export class AuraError extends Error {
    constructor(message, cause) {
        super(cause?.message ? `${message} [${cause.message}]` : message);
        this.name = 'AuraError';
        this.cause = cause;
    }
}

/**
 * What Lightning does with an error that escapes Aura (it shows the agent an error): the simulator
 * throws it again outside the event, so the page reports it (the browser tests fail on page errors).
 */
function showInPage(error) {
    setTimeout(() => {
        throw error;
    }, 0);
}

/** $A as far as the item uses it: run() and getCallback(), with the Aura loop's depth (AuraInstance.js). */
function createAura() {
    const aura = { depth: 0 };
    aura.$A = {
        run(func, name = '$A.run()') {
            const nested = aura.depth > 0;
            aura.depth++;
            try {
                return func();
            } catch (error) {
                if (nested) throw error;
                throw error instanceof AuraError ? error : new AuraError(`Uncaught error in ${name}`, error);
            } finally {
                aura.depth--;
            }
        },
        getCallback(callback) {
            if (typeof callback !== 'function')
                throw new Error("$A.getCallback(): 'callback' must be a valid Function");
            return function callbackWrapper(...args) {
                return aura.$A.run(() => callback.apply(this, args), '$A.getCallback()');
            };
        }
    };
    return aura;
}

/** An APPLICATION event (Event.js, as AuraEventService.getNewEvent builds it: no name). */
class ApplicationEvent {
    constructor(type, source, dispatch) {
        this.type = type;
        this.source = source;
        this.dispatch = dispatch;
        this.eventName = undefined;
        this.params = {};
        this.fired = false;
        this.phase = undefined;
    }
    getSource() {
        return this.source;
    }
    getName() {
        return this.eventName;
    }
    getType() {
        return this.type;
    }
    getEventType() {
        return 'APPLICATION';
    }
    getPhase() {
        return this.phase;
    }
    getParam(name) {
        return this.params[name];
    }
    getParams() {
        return this.params;
    }
    setParams(config) {
        if (this.fired)
            throw new AuraError('Event.setParams(): cannot modify all params in an event that has already been fired.');
        for (const key of Object.keys(config ?? {})) this.params[key] = config[key];
        return this;
    }
    setParam(key, value) {
        this.params[key] = value;
    }
    fire(params) {
        if (this.fired) throw new AuraError('Event.fire(): Unable to fire event. Event has already been fired.');
        if (params) this.setParams(params);
        this.fired = true;
        this.dispatch(this);
    }
}

/** An LWC child's DOM event as Aura hands it to the bound action (InteropEvent.js). */
class InteropEvent {
    constructor(component, domEvent) {
        const detail = domEvent.detail ?? {};
        this._name = domEvent.type || '';
        this._source = component;
        this._params = {};
        for (const key of Object.keys(detail)) this._params[key] = detail[key];
        this.target = null;
        this.currentTarget = null;
        this.initEvent = null;
    }
    getName() {
        return this._name;
    }
    getParam(name) {
        return this._params[name];
    }
    getParams() {
        return this._params;
    }
    getSource() {
        return this._source;
    }
    preventDefault() {}
    stopPropagation() {}
    setParam() {}
    setParams() {}
    fire() {
        throw new AuraError('Interop event tried calling function [fire]');
    }
    getPhase() {
        throw new AuraError('Interop event tried calling function [getPhase]');
    }
    pause() {
        throw new AuraError('Interop event tried calling function [pause]');
    }
    resume() {
        throw new AuraError('Interop event tried calling function [resume]');
    }
}

/**
 * Mounts the Aura utility item around `panel` (the LWC element, created and not yet in the page).
 * `toolkit` and `utilityBar` are the objects the markup's lightning:omniToolkitAPI and
 * lightning:utilityBarAPI stand for; `bundle` (for tests) replaces the item's files
 * ({markup, controller($A), helper($A), renderer($A)}). The item's afterRender runs at once, and its
 * superAfterRender() calls `insertPanel` (which puts the panel's element in the page), as Aura does.
 * Returns `fire(eventType, params)`, which fires an application event (e.g.
 * 'lightning:omniChannelLogout') to every registered handler and says whether one handled it;
 * `addHandler(eventType, fn)`, another component's handler for the same event (registered after
 * the item's, as a component rendered later); `panelEvent(name, detail)`, a panel event as if the
 * panel had dispatched it (the item binds none: nothing happens); `shownErrors`, the errors Lightning
 * would have shown the agent, each also passed to `onError` (by default thrown again in the page,
 * where it is a page error); and, for the browser tests, `omniEventsSeen`: each omniEvent call the
 * item made through the panel's link, as [name, typeof params].
 */
export function mountAuraUtility({
    panel,
    toolkit,
    utilityBar,
    bundle = utility,
    onError = showInPage,
    insertPanel = () => {}
}) {
    const aura = createAura();
    const { $A } = aura;
    const wiring = componentWiring(bundle.markup);
    const controller = bundle.controller($A);
    const helper = bundle.helper($A);
    const renderer = bundle.renderer ? bundle.renderer($A) : {};
    const omniEventsSeen = [];
    /** The item's link to the panel, recording its omniEvent calls for the tests (same calls, same order). */
    const recorded = (link) =>
        link && typeof link.omniEvent === 'function'
            ? {
                  omniEvent(name, params) {
                      omniEventsSeen.push([name, typeof params]);
                      return link.omniEvent(name, params);
                  },
                  toolkitResult: (...args) => link.toolkitResult(...args)
              }
            : link;
    const found = { panel, omniToolkit: toolkit, utilityBar };
    const attributes = Object.fromEntries(wiring.attributes.map((name) => [`v.${name}`, undefined]));
    const shownErrors = [];
    const component = {
        find: (auraId) => (auraId in wiring.auraIds ? found[auraId] : undefined),
        get: (key) => {
            if (!(key in attributes)) throw new Error(`no attribute ${key} on presenceSyncUtility`);
            return attributes[key];
        },
        set: (key, value) => {
            if (!(key in attributes)) throw new Error(`no attribute ${key} on presenceSyncUtility`);
            // Stricter than Aura, which only defers the re-render: a change made outside the Aura
            // loop must come through $A.getCallback.
            if (aura.depth === 0) throw new Error(`${key} set outside Aura: wrap the callback in $A.getCallback`);
            attributes[key] = key === 'v.panelLink' ? recorded(value) : value;
        },
        isValid: () => panel.isConnected
    };
    /** Action.runDeprecated(event) for controller action `name`. */
    const runAction = (name, event) => {
        const meth = controller[name];
        if (typeof meth !== 'function') throw new AuraError(`Unknown controller action '${name}'`);
        if (!component.isValid()) return;
        meth.call(undefined, component, event, helper);
    };

    // Component.setupApplicationEventHandlers + AuraEventService.addEventHandler: per event, the
    // handlers in registration order; the item registers its markup's handlers first.
    const dispatcher = new Map();
    const addHandler = (type, handler) => {
        const handlers = dispatcher.get(type) ?? [];
        if (!handlers.includes(handler)) handlers.push(handler);
        dispatcher.set(type, handlers);
    };
    for (const { event, action } of wiring.handlers) addHandler(event, (evt) => runAction(action, evt));

    // The root component: an application event fired outside any component has it as its source.
    const root = { toString: () => 'markup://one:app' };
    const dispatch = (event) =>
        $A.run(() => {
            event.phase = 'default';
            for (const handler of dispatcher.get(event.type) ?? []) handler(event);
        }, event.type);

    // The panel's DOM events, as InteropComponent binds `on<name>="{!c.action}"`.
    const panelComponent = { toString: () => 'markup://c:presenceSyncPanel' };
    const bridge = (action) =>
        $A.getCallback((domEvent) => {
            const event = new InteropEvent(panelComponent, domEvent);
            $A.run(() => runAction(action, event));
        });
    const report = (fn) => {
        try {
            fn();
        } catch (error) {
            if (!(error instanceof AuraError)) throw error;
            shownErrors.push(error);
            onError(error);
        }
    };
    for (const [name, action] of Object.entries(wiring.panelEvents)) {
        const listener = bridge(action);
        panel.addEventListener(name, (domEvent) => report(() => listener(domEvent)));
    }

    // Rendering: the item's afterRender (its renderer's, else the default), whose superAfterRender puts
    // the panel's element in the page (InteropComponent.afterRender).
    const afterRender = typeof renderer.afterRender === 'function' ? renderer.afterRender : null;
    report(() =>
        $A.run(() => {
            if (afterRender) afterRender.call({ superAfterRender: insertPanel }, component, helper);
            else insertPanel();
        }, 'afterRender')
    );

    return {
        wiring,
        shownErrors,
        omniEventsSeen,
        component,
        addHandler,
        /** Whether code is running inside the Aura loop (an action, an event, a $A.getCallback function). */
        insideAura: () => aura.depth > 0,
        /** Fires an application event; false when no component handles it (nothing happens). */
        fire(type, params) {
            const handled = (dispatcher.get(type) ?? []).length > 0;
            report(() => new ApplicationEvent(type, root, dispatch).fire({ ...params }));
            return handled;
        },
        /** Runs a panel event through its bound action, as if the panel had dispatched it. */
        panelEvent(name, detail) {
            const action = wiring.panelEvents[name];
            if (action) report(() => bridge(action)({ type: name, detail }));
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
