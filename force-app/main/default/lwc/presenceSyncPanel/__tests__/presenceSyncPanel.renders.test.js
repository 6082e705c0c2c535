// How often the panel builds its model: once per change, never for a view it has shown, and once at
// start-up, for the first state.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { connectFakeHost, hostLink, panelHarness } from '../../../../../test/jest-support/panel-harness';

const log = [];
const revisions = [];
/** What each render showed, in short. */
const views = [];
jest.mock('c/presenceSync', () => {
    const actual = jest.requireActual('c/presenceSync');
    /** The runtime as shipped, its toolkit calls noted in the log beside the renders. */
    class LoggedRuntime extends actual.PresenceSyncRuntime {
        constructor(options) {
            super({
                ...options,
                toolkit: {
                    call: (method, args) => {
                        log.push(`call ${method}`);
                        return options.toolkit.call(method, args);
                    }
                }
            });
        }
    }
    return { ...actual, PresenceSyncRuntime: LoggedRuntime };
});
jest.mock('c/presenceSyncPanelModel', () => {
    const actual = jest.requireActual('c/presenceSyncPanelModel');
    return {
        ...actual,
        panelModel: (...args) => {
            const view = args[0];
            log.push('render');
            revisions.push(view.revision);
            views.push({
                role: view.role,
                omni: view.omni.presence,
                softphone: view.softphone.presence,
                bridge: view.softphone.bridge,
                decisions: view.decisions.length > 0
            });
            return actual.panelModel(...args);
        }
    };
});
const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

describe('c-presence-sync-panel renders only what changed', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        log.length = 0;
        revisions.length = 0;
        views.length = 0;
    });

    afterEach(() => {
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
        jest.clearAllMocks();
    });

    it('B15: on a console reload the panel renders once, the first state, after the first reconciliation command; the frame is placed before any render', async () => {
        // A console reload: the tabs' secret is there from the earlier load.
        localStorage.setItem('omniPresenceSync:005000000000001AAA:tabSecret', 'k7q2m9x4w1z8c3v6b5n0p2r4');
        // mount() finds the softphone frame in the panel before it has rendered any view.
        const { omni, text } = await mount({}, 'Available', {
            loggedIn: true,
            state: { major: 'Away', minor: 'Lunch' }
        });
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(getConfiguration).toHaveBeenCalledTimes(1);
        const first = log.indexOf('call setServicePresenceStatus');
        // Nothing half-known before the command ("starting", the driver without either side, Omni alone)…
        expect(log.slice(0, first).filter((entry) => entry === 'render')).toEqual([]);
        // …then one render, of the reconciled state.
        expect(log.filter((entry) => entry === 'render')).toHaveLength(1);
        expect(views).toEqual([
            { role: 'driver', omni: 'online', softphone: 'loggedIn', bridge: 'connected', decisions: true }
        ]);
        expect(text('omni')).toBe('Lunch');
        expect(text('softphone')).toBe('Away / Lunch');
        // The word "Starting…" the template shows until then is gone.
        expect(text('starting')).toBeNull();
    });

    it('B15: until the first state the panel says it is starting, without rendering a view', async () => {
        const element = createElement('c-presence-sync-panel', { is: PresenceSyncPanel });
        connectFakeHost(element);
        document.body.appendChild(element);
        await Promise.resolve();
        const starting = element.shadowRoot.querySelector('[data-id="starting"]');
        expect(starting?.textContent.trim()).toBe('Starting…');
        expect(starting?.getAttribute('role')).toBe('status');
        expect(log.filter((entry) => entry === 'render')).toEqual([]);
    });

    it('renders once per change', async () => {
        const { element, softphone, text } = await mount();
        await flush();
        for (const status of ['Break', 'Lunch', 'Meeting']) {
            log.length = 0;
            hostLink(element).omniEvent('omniChannelStatusChanged', {
                statusId: statusId(status),
                statusApiName: status,
                statusName: status,
                reason: 'OmniManualStatusChange'
            });
            await flush();
            expect(log.filter((entry) => entry === 'render')).toHaveLength(1);
        }
        expect(softphone.commands).toHaveLength(3);
        expect(text('softphone')).toBe('Away / Meeting');
    });
});
