// The simulated console's utility bar item, as lightning:utilityBarAPI shows it to the Aura utility item.
/**
 * lightning:utilityBarAPI over the simulated utility bar item: setUtilityLabel({label}),
 * setUtilityIcon({icon}) with a bare SLDS utility icon name (anything else is refused, as the
 * API documents the bare name), setUtilityHighlighted({highlighted}). Calls are recorded in
 * `calls` for the browser tests. With `panel` (the utility's panel element) the item also opens and
 * minimises it, as the Console Developer Guide describes lightning:utilityBarAPI: getUtilityInfo()
 * resolves to {utilityVisible, utilityPoppedOut, …}; onUtilityClick({eventHandler}) registers a handler
 * (never removed) called with {utilityId, panelVisible} each time the agent clicks the utility's button
 * (`click()` here: it opens a minimised utility and minimises an open one); openUtility() and
 * minimizeUtility() change it without a click. A closed panel is hidden (`hidden`), its element and
 * frame still in the page, as a minimised utility keeps running. `open` is the utility's first state.
 */
export function utilityBarOf(item, panel = null, { open = true } = {}) {
    const calls = [];
    const clickHandlers = [];
    let visible = open;
    const UTILITY_ID = 'presenceSyncUtility';
    const done = (method, options) => {
        calls.push({ method, options: { ...options } });
        return Promise.resolve(true);
    };
    const place = (value) => {
        visible = value;
        if (panel) panel.hidden = !value;
        item.setAttribute('aria-expanded', String(value));
        item.dataset.open = String(value);
    };
    place(open);
    return {
        calls,
        /** Whether the utility is open now (for the tests). */
        isOpen: () => visible,
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
        },
        getUtilityInfo() {
            return Promise.resolve({
                id: UTILITY_ID,
                isLoaded: true,
                utilityVisible: visible,
                utilityPoppedOut: false,
                utilityHighlighted: item.dataset.highlighted === 'true',
                utilityLabel: item.querySelector('[data-test="utility-label"]').textContent
            });
        },
        onUtilityClick(options) {
            if (typeof options?.eventHandler !== 'function')
                return Promise.reject(new Error('onUtilityClick needs an eventHandler'));
            clickHandlers.push(options.eventHandler);
            return Promise.resolve(true);
        },
        openUtility() {
            place(true);
            return Promise.resolve(true);
        },
        minimizeUtility() {
            place(false);
            return Promise.resolve(true);
        },
        /** The agent clicks the utility's button: it opens or minimises, and each click handler hears it. */
        click() {
            place(!visible);
            for (const handler of clickHandlers) handler({ utilityId: UTILITY_ID, panelVisible: visible });
        }
    };
}
