// The example connector page of docs/ (connector-example.js), in the panel's frame: a softphone with its own
// embedding API, wrapped by the connector that runs the shipped bridge client, syncs with the real panel.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { hostLink, panelHarness } from '../../../../../test/jest-support/panel-harness';
import { BridgeCommandError, SoftphoneBridgeClient } from '../../../../../../src-ts/bridge/client';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { defaults, statusId, frameLink, flush, mount } = panelHarness({
    createElement,
    PresenceSyncPanel,
    getConfiguration
});

const docs = join(__dirname, '../../../../../../docs');

/** Loads connector-example.js as the page would (a classic script that sets window.PresenceSyncConnector). */
function loadConnector() {
    // eslint-disable-next-line no-new-func
    new Function('window', readFileSync(join(docs, 'connector-example.js'), 'utf8'))(window);
    return window.PresenceSyncConnector;
}

/** A softphone with its own embedding API, as a vendor's SDK offers one. */
function exampleSoftphone() {
    const handlers = {};
    const phone = {
        version: '2.4.0',
        agent: { loggedIn: true, state: 'Ready', reason: null },
        calls: [],
        on: (name, handler) => {
            handlers[name] = handler;
        },
        emit: (name, event) => handlers[name]?.(event),
        getAgentState: () => ({ ...phone.agent }),
        setAgentState: async (state, reason) => {
            phone.calls.push(`setAgentState ${state}${reason ? ` / ${reason}` : ''}`);
            phone.agent = { loggedIn: true, state, reason };
            phone.emit('agentState', { state, reason, source: 'api' });
        },
        logout: async () => {
            phone.calls.push('logout');
            phone.agent = { loggedIn: false, state: null, reason: null };
            phone.emit('logout', {});
        },
        // The agent's own actions in the softphone.
        agentChoose: (state, reason = null) => {
            phone.agent = { loggedIn: true, state, reason };
            phone.emit('agentState', { state, reason, source: 'agent' });
        }
    };
    return phone;
}

describe('docs/connector-example: a softphone with its own embedding API behind the bridge client', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
        jest.clearAllMocks();
        delete window.PresenceSyncConnector;
    });

    it('the page loads the shipped client and the connector, and hosts no other script of ours', () => {
        const html = readFileSync(join(docs, 'connector-example.html'), 'utf8');
        expect(html).toContain('<script src="presence-bridge-client.js"></script>');
        expect(html).toContain('<script src="connector-example.js"></script>');
        expect(html).toContain('PresenceSyncConnector.start(');
    });

    it('B1, B2 and B4 through the connector: the softphone and Omni-Channel stay in sync', async () => {
        const connector = loadConnector();
        const phone = exampleSoftphone();
        const { element, omni, text } = await mount({}, 'Available', undefined, defaults.mappings, (panel) => {
            const { self, parent } = frameLink(panel);
            return connector.start({
                PresenceBridge: { SoftphoneBridgeClient, BridgeCommandError },
                phone,
                hostOrigins: [window.location.origin],
                catalogue: defaults.catalogue,
                self,
                parent
            });
        });
        await flush(30, 300);
        expect(text('connection')).toContain('Connected');
        expect(text('connection')).toContain('Example Example Softphone');
        expect(text('headline')).toBe('In sync');

        // The agent picks Away / Lunch in the softphone: Omni-Channel follows (B1).
        phone.agentChoose('Away', 'Lunch');
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(text('omni')).toBe('Lunch');

        // The agent picks Break in Omni-Channel: the connector sets the softphone through its API (B2),
        // and the change is recognised as the sync's own (no echo back to Omni-Channel).
        hostLink(element).omniEvent('omniChannelStatusChanged', {
            statusId: statusId('Break'),
            statusApiName: 'Break',
            reason: 'OmniManualStatusChange'
        });
        await flush(30, 300);
        expect(phone.calls).toEqual(['setAgentState Away / Break']);
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(text('softphone')).toBe('Away / Break');
        expect(text('headline')).toBe('In sync');

        // The agent logs out of the softphone: Omni-Channel logs out (B4).
        phone.emit('logout', {});
        await flush();
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch', 'logout']);
    });
});
