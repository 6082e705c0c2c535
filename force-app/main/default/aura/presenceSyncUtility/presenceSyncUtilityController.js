({
    onOmniEvent: function (component, event, helper) {
        helper.forwardEvent(component, event.getName(), event.getParams());
    },

    onToolkitCall: function (component, event, helper) {
        helper.callToolkit(component, event.getParam('requestId'), event.getParam('method'), event.getParam('args'));
    }
});
