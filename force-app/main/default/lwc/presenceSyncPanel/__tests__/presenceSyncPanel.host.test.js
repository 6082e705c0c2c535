// The panel and its Aura host (presenceSyncUtility) connect once, before the element is in the page
// (presenceSyncPanel.js connectHost; presenceSyncUtilityRenderer.js says why Aura guarantees the order).
// Under Lightning Web Security the element is visible to other namespaces: nothing they can call or
// dispatch on it reaches Omni-Channel, the toolkit results or the utility bar (issue 18, items 6/7).
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { panelHarness, panelTestPage } from '../../../../../test/jest-support/panel-harness';

const { blobText, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

/** A host another component would pass: it records every call the panel makes to it. */
function hostileHost() {
    const calls = [];
    return {
        calls,
        call: (...args) => calls.push(['call', ...args]),
        utilityState: (detail) => calls.push(['utilityState', detail])
    };
}

/** Every property the element offers other code, own and inherited, up to HTMLElement. */
function publicNames(element) {
    const names = new Set();
    for (let object = element; object && object !== HTMLElement.prototype; object = Object.getPrototypeOf(object)) {
        for (const name of Object.getOwnPropertyNames(object)) names.add(name);
    }
    return [...names];
}

describe('c-presence-sync-panel: one connection to its Aura host', () => {
    panelTestPage();

    it('offers connectHost only: no public method or getter acts on Omni events, toolkit results or the host', async () => {
        const { element } = await mount();
        // In its dev mode LWC gives every private member a warning accessor on the element, which reads
        // nothing of the component: its warnings are expected here.
        const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
        try {
            expect(typeof element.connectHost).toBe('function');
            expect(typeof element.omniEvent).toBe('undefined');
            expect(typeof element.toolkitResult).toBe('undefined');
            // No property of the element hands out a function of the host or of the link.
            const handing = [];
            for (const name of publicNames(element)) {
                let value;
                try {
                    value = element[name];
                } catch {
                    continue;
                }
                const keys = ['call', 'utilityState', 'omniEvent', 'toolkitResult'];
                if (value && typeof value === 'object' && keys.some((key) => typeof value[key] === 'function'))
                    handing.push(name);
            }
            expect(handing).toEqual([]);
        } finally {
            warn.mockRestore();
        }
    });

    it('refuses a second connection, never calls its host, and keeps syncing with the first', async () => {
        const { element, omni, softphone, text } = await mount();
        const hostile = hostileHost();
        expect(element.connectHost(hostile)).toBeNull();
        expect(element.connectHost({ call: 'x' })).toBeNull();
        // A forged request from the panel to its host, as a DOM event: the item binds none, the panel listens to none.
        element.dispatchEvent(
            new CustomEvent('toolkitcall', { detail: { requestId: 'hostile-1', method: 'logout', args: {} } })
        );
        await flush(30, 500);
        expect(hostile.calls).toEqual([]);
        expect(text('headline')).toBe('In sync');
        // The sync still runs through the first host: ContactPad's Away reaches Omni.
        softphone.client.state({ major: 'Away', minor: 'Lunch' });
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(text('omni')).toBe('Lunch');
        expect(hostile.calls).toEqual([]);
    });

    it('waits for its host when shown first, then starts with the first host and refuses any later one', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        document.body.appendChild(element);
        await flush(30, 3000);
        // No host yet: nothing runs, nothing is read.
        expect(getConfiguration).not.toHaveBeenCalled();
        const first = hostileHost();
        expect(element.connectHost(first)).not.toBeNull();
        await flush(30, 500);
        expect(getConfiguration).toHaveBeenCalled();
        const second = hostileHost();
        expect(element.connectHost(second)).toBeNull();
        await flush(30, 500);
        expect(second.calls).toEqual([]);
    });

    it('counts the refused connections in the support export', async () => {
        const { element } = await mount();
        element.connectHost(hostileHost());
        element.connectHost(hostileHost());
        const blobs = [];
        const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
        URL.createObjectURL = (blob) => {
            blobs.push(blob);
            return `blob:test/${blobs.length}`;
        };
        URL.revokeObjectURL = () => {};
        try {
            element.shadowRoot.querySelector('[data-id="export-json"]').click();
            await flush(30, 100);
        } finally {
            URL.createObjectURL = original.create;
            URL.revokeObjectURL = original.revoke;
        }
        expect(JSON.parse(await blobText(blobs[0])).refusedHostConnections).toBe(2);
    });
});
