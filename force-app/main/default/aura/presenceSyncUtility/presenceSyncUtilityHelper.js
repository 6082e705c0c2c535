({
    // The toolkit methods the panel may ask for; anything else is refused, never called.
    TOOLKIT_METHODS: [
        'login',
        'logout',
        'setServicePresenceStatus',
        'getServicePresenceStatusId',
        'getServicePresenceStatusChannels',
        'getAgentWorks',
        'getAgentWorkload',
        'acceptAgentWork',
        'declineAgentWork',
        'closeAgentWork'
    ],

    // Longest error text passed to the panel (a rejection may carry a large object).
    MAX_ERROR_LENGTH: 300,

    /**
     * Passes a toolkit event to the panel with its literal name and getParams(). Never throws into
     * Aura: an error here would show the agent a Lightning error for every Omni-Channel event. The
     * panel's runtime drops and audits whatever it cannot read.
     */
    forwardEvent: function (component, name, event) {
        var link = component.get('v.panelLink');
        if (!link) {
            return;
        }
        var params;
        try {
            params = event.getParams();
        } catch (error) {
            params = null;
        }
        try {
            link.omniEvent(name, params);
        } catch (error) {
            // Nothing to report to: the panel is the audit trail, and it is what failed.
        }
    },

    /**
     * Connects the panel once, from the renderer, before its element is in the page: gives it the
     * functions only this item holds ({call, utilityState}) and keeps the ones it gives back
     * ({omniEvent, toolkitResult}) in a private attribute. A panel that refuses (it was connected
     * already) gets nothing from this item: no event is forwarded and no toolkit call is made.
     */
    connectPanel: function (component) {
        var helper = this;
        var panel = component.find('panel');
        if (!panel || component.get('v.panelLink')) {
            return;
        }
        var host = {
            // Called by the panel outside Aura's loop: $A.getCallback, as the interop event bridge did.
            call: $A.getCallback(function (requestId, method, args) {
                helper.callToolkit(component, requestId, method, args);
            }),
            utilityState: $A.getCallback(function (state) {
                helper.showUtilityState(component, state);
            })
        };
        var link = null;
        try {
            link = panel.connectHost(host);
        } catch (error) {
            link = null;
        }
        if (link && typeof link.omniEvent === 'function' && typeof link.toolkitResult === 'function') {
            component.set('v.panelLink', link);
            helper.watchUtility(component, link);
        }
    },

    /**
     * Tells the panel whether its utility is open, so that it draws nothing while the agent cannot see it
     * (the sync runs on either way). lightning:utilityBarAPI gives this item two sources (Console Developer
     * Guide, developer.salesforce.com/docs/atlas.en-us.api_console.meta/api_console/): getUtilityInfo()
     * resolves to a utilityInfo whose `utilityVisible` says whether the utility is open now and
     * `utilityPoppedOut` whether it is popped out (sforce_api_console_lightning_getUtilityInfo.htm), and
     * onUtilityClick({eventHandler}) calls the handler each time the utility is clicked with
     * {utilityId, panelVisible} (sforce_api_console_lightning_onUtilityClick.htm; a handler cannot be
     * removed). A click answers first: an info read that resolves after one is stale and ignored. When
     * either is missing or fails (a pop-out, outside a utility bar) the panel is never told it is closed, so
     * it keeps drawing every change: never a panel left stale in sight. A panel without `utilityVisible`
     * (an older one) is never told. A utility opened without a click (openUtility() from code, a keyboard
     * shortcut) fires no onUtilityClick: while the panel is told closed, getUtilityInfo() is read again every
     * 5 s (UTILITY_REREAD_MS), and the panel itself takes a focus or pointer press inside it as open
     * (utilityVisibility.js).
     */
    watchUtility: function (component, link) {
        var helper = this;
        var utilityBar = component.find('utilityBar');
        if (!utilityBar || typeof link.utilityVisible !== 'function') {
            return;
        }
        // `said` is what the panel was last told (open until told closed); `heard` counts the answers from the bar,
        // so a read that resolves after a newer answer (a click) is stale and ignored.
        var said = true;
        var heard = 0;
        var timer = null;
        var read;
        var schedule = function () {
            timer = helper.scheduleUtilityRead(component, timer, said ? null : read);
        };
        var tell = function (visible) {
            said = visible;
            try {
                link.utilityVisible(visible);
            } catch (error) {
                // The panel went away: nothing to draw.
            }
            schedule();
        };
        read = function () {
            var asked = heard;
            var answered = $A.getCallback(function (info) {
                if (asked !== heard) {
                    return;
                }
                if (info && typeof info.utilityVisible === 'boolean') {
                    heard++;
                    var visible = info.utilityVisible || info.utilityPoppedOut === true;
                    if (visible !== said) {
                        tell(visible);
                        return;
                    }
                }
                // Unchanged, or a read that failed or said nothing: never taken as closed; a closed one is read again.
                schedule();
            });
            try {
                Promise.resolve(utilityBar.getUtilityInfo()).then(answered, function () {
                    answered(null);
                });
            } catch (error) {
                answered(null);
            }
        };
        try {
            if (typeof utilityBar.onUtilityClick === 'function') {
                Promise.resolve(
                    utilityBar.onUtilityClick({
                        eventHandler: $A.getCallback(function (response) {
                            if (!response || typeof response.panelVisible !== 'boolean') {
                                return;
                            }
                            heard++;
                            tell(response.panelVisible);
                        })
                    })
                ).then(undefined, function () {});
            }
            if (typeof utilityBar.getUtilityInfo === 'function') {
                read();
            }
        } catch (error) {
            // Not in a utility bar: the panel stays drawn.
        }
    },

    // How long a closed utility waits before this item reads getUtilityInfo() again (ms): a utility opened without a
    // click (openUtility() from code, a keyboard shortcut) fires no onUtilityClick, so this read is what catches it.
    UTILITY_REREAD_MS: 5000,

    /**
     * Keeps at most one re-read of a closed utility pending: clears `timer`, and when `read` is given (the panel was
     * told closed) returns a new timer that calls it UTILITY_REREAD_MS later unless the item was destroyed by then;
     * otherwise returns null. One getUtilityInfo() every 5 s while closed, none while open.
     */
    scheduleUtilityRead: function (component, timer, read) {
        if (timer !== null) {
            window.clearTimeout(timer);
        }
        if (!read) {
            return null;
        }
        return window.setTimeout(
            $A.getCallback(function () {
                if (component.isValid()) {
                    read();
                }
            }),
            this.UTILITY_REREAD_MS
        );
    },

    /** Readable text for any failure: an Error, a string, an object the toolkit rejected with. */
    describeError: function (error) {
        var text;
        if (typeof error === 'string') {
            text = error;
        } else if (error && typeof error.message === 'string' && error.message !== '') {
            text = error.message;
        } else if (error && typeof error === 'object') {
            try {
                text = JSON.stringify(error);
            } catch (stringifyError) {
                text = '';
            }
            if (!text || text === '{}') {
                text = 'the toolkit failed without a reason';
            }
        } else if (error === undefined || error === null) {
            text = 'the toolkit failed without a reason';
        } else {
            text = String(error);
        }
        return text.length > this.MAX_ERROR_LENGTH ? text.slice(0, this.MAX_ERROR_LENGTH) + '…' : text;
    },

    /**
     * Carries out a toolkit call the panel asked for through the `call` function this item gave it,
     * and answers through the panel's `toolkitResult(requestId, ok, value)`
     * exactly once: with the result, with a readable error when the promise rejects (with an Error
     * or anything else), and at once when the method throws instead of returning a promise.
     */
    callToolkit: function (component, requestId, method, args) {
        var helper = this;
        var link = component.get('v.panelLink');
        var toolkit = component.find('omniToolkit');
        if (!link) {
            return;
        }
        var answer = function (ok, value) {
            try {
                link.toolkitResult(requestId, ok, value);
            } catch (error) {
                // The panel went away between the call and its answer.
            }
        };
        if (this.TOOLKIT_METHODS.indexOf(method) === -1 || !toolkit || typeof toolkit[method] !== 'function') {
            answer(false, 'unknown toolkit method ' + method);
            return;
        }
        var pending;
        try {
            pending = toolkit[method](args || {});
        } catch (error) {
            answer(false, helper.describeError(error));
            return;
        }
        Promise.resolve(pending).then(
            $A.getCallback(function (result) {
                answer(true, result);
            }),
            $A.getCallback(function (error) {
                answer(false, helper.describeError(error));
            })
        );
    },

    /**
     * Shows the panel's state on this utility item through lightning:utilityBarAPI (which works
     * under Lightning Locker and Lightning Web Security alike): the label, a bare SLDS utility icon
     * name such as "sync" or "warning" (a "utility:" prefix is taken off), and the highlight.
     * An unchanged state makes no call. Outside a utility bar (a pop-out) the calls fail: ignored,
     * and tried again with the next state.
     */
    showUtilityState: function (component, state) {
        var label = state && typeof state.label === 'string' && state.label !== '' ? state.label : null;
        var icon = state && typeof state.icon === 'string' ? state.icon.replace(/^utility:/, '') : '';
        if (!/^[a-z0-9_]+$/.test(icon)) {
            icon = null;
        }
        var highlighted = Boolean(state && state.highlighted === true);
        var key = JSON.stringify([label, icon, highlighted]);
        var utilityBar = component.find('utilityBar');
        if (!utilityBar || component.get('v.utilityState') === key) {
            return;
        }
        component.set('v.utilityState', key);
        var forget = $A.getCallback(function () {
            if (component.isValid() && component.get('v.utilityState') === key) {
                component.set('v.utilityState', null);
            }
        });
        var apply = function (method, options) {
            try {
                Promise.resolve(utilityBar[method](options)).then(undefined, forget);
            } catch (error) {
                forget();
            }
        };
        if (label !== null) {
            apply('setUtilityLabel', { label: label });
        }
        if (icon !== null) {
            apply('setUtilityIcon', { icon: icon });
        }
        apply('setUtilityHighlighted', { highlighted: highlighted });
    }
});
