// Omni-Channel events (lightning:omniChannel*) are Aura APPLICATION events ("an application event
// ... supported in Lightning console apps only": Lightning Component Reference, e.g.
// aura-omni-channel-status-changed). Aura names an event only when it is a component event
// (forcedotcom/aura, aura/event/Event.js: getName() returns the name given at creation, which
// AuraEventService.js supplies for component events only), so event.getName() is undefined here.
// Each handler therefore passes its own literal name; the data is read with getParams().
({
    onLoginSuccess: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelLoginSuccess', event);
    },

    onStatusChanged: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelStatusChanged', event);
    },

    onLogout: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelLogout', event);
    },

    onWorkAssigned: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkAssigned', event);
    },

    onWorkAccepted: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkAccepted', event);
    },

    onWorkDeclined: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkDeclined', event);
    },

    onWorkClosed: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkClosed', event);
    },

    onWorkloadChanged: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkloadChanged', event);
    },

    onWorkFlagUpdated: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelWorkFlagUpdated', event);
    },

    onConnectionError: function (component, event, helper) {
        helper.forwardEvent(component, 'omniChannelConnectionError', event);
    }
});
