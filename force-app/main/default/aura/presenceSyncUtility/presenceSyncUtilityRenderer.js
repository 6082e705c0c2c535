// The one connection between this item and its panel, made before the panel's element enters the page.
// Aura renders an LWC child in two steps (forcedotcom/aura, aura-impl/src/main/resources/aura/component/
// InteropComponent.js): render() creates the real element and puts a placeholder in the DOM, and the
// child's own afterRender() swaps the element in (its connectedCallback runs then). AuraRenderingService
// .finishRender() marks the child rendered, which is what lets its @api methods be called (setupMethods).
// The default renderer's afterRender runs the body's afterRender, so before superAfterRender() the panel
// is rendered but not yet in the document: no other component can find its element, and only this item
// holds it (component.find). The panel accepts a host only then (presenceSyncPanel.js, connectHost).
({
    afterRender: function (component, helper) {
        helper.connectPanel(component);
        this.superAfterRender();
    }
});
