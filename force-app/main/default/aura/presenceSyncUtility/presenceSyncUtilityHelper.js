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

    forwardEvent: function (component, name, params) {
        var panel = component.find('panel');
        if (panel) {
            panel.omniEvent(name, params);
        }
    },

    callToolkit: function (component, requestId, method, args) {
        var panel = component.find('panel');
        var toolkit = component.find('omniToolkit');
        if (!panel) {
            return;
        }
        if (this.TOOLKIT_METHODS.indexOf(method) === -1 || !toolkit) {
            panel.toolkitResult(requestId, false, 'unknown toolkit method ' + method);
            return;
        }
        toolkit[method](args || {})
            .then(
                $A.getCallback(function (result) {
                    panel.toolkitResult(requestId, true, result);
                })
            )
            .catch(
                $A.getCallback(function (error) {
                    panel.toolkitResult(requestId, false, error && error.message ? error.message : String(error));
                })
            );
    }
});
