// The panel renders Salesforce's own base components (npm lightning-base-components, mapped in
// jest.config.js), not sfdx-lwc-jest's stubs, which render nothing: a lightning-button draws a native
// SLDS <button> with its label, a click on it reaches the panel's handler, and a lightning-icon draws
// its SVG and its alternative text for assistive technology.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { panelHarness, panelQuery } from '../../../../../test/jest-support/panel-harness';

const { flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

describe('the panel on the real base components', () => {
    beforeEach(() => jest.useFakeTimers());

    afterEach(() => {
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
    });

    it('draws lightning-button as an SLDS button whose click reaches the panel', async () => {
        const { element } = await mount();
        element.shadowRoot.querySelector('[data-id="details-toggle"]').click();
        await flush();
        const host = element.shadowRoot.querySelector('lightning-button[data-id="export-json"]');
        const button = host.shadowRoot.querySelector('button');
        expect(button).not.toBeNull();
        expect(button.classList.contains('slds-button')).toBe(true);
        expect(button.textContent.trim()).toBe(host.label);
        const created = jest.fn(() => 'blob:export');
        const original = URL.createObjectURL;
        URL.createObjectURL = created;
        URL.revokeObjectURL ??= () => {};
        try {
            button.click();
            await flush();
            expect(created).toHaveBeenCalledTimes(1);
        } finally {
            URL.createObjectURL = original;
        }
    });

    it('draws lightning-icon as an SVG with its alternative text', async () => {
        const { element } = await mount();
        const icon = panelQuery(element, 'lightning-icon[data-id="headline-icon"]');
        await flush();
        expect(icon.shadowRoot.querySelector('lightning-primitive-icon')).not.toBeNull();
        expect(icon.shadowRoot.querySelector('.slds-assistive-text')?.textContent).toBe(icon.alternativeText);
    });
});
