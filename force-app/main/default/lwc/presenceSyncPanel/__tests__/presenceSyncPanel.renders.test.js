// How often the panel builds its model: once per change, never for a view it has shown, and few times
// on the way to the first reconciliation command at start-up.
import { createElement } from 'lwc';
import PresenceSyncPanel from 'c/presenceSyncPanel';
import getConfiguration from '@salesforce/apex/PresenceSyncController.getConfiguration';
import { panelHarness } from '../../../../../test/jest-support/panel-harness';

const log = [];
const revisions = [];
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
    return {
        ...actual,
        PresenceSyncRuntime: LoggedRuntime,
        panelModel: (...args) => {
            log.push('render');
            revisions.push(args[0].revision);
            return actual.panelModel(...args);
        }
    };
});
jest.mock(
    '@salesforce/apex/PresenceSyncController.getConfiguration',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/wire-service-jest-util');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/customPermission/Presence_Sync_Configure', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });
const { statusId, flush, mount } = panelHarness({ createElement, PresenceSyncPanel, getConfiguration });

describe('c-presence-sync-panel renders only what changed', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        log.length = 0;
        revisions.length = 0;
    });

    afterEach(() => {
        jest.useRealTimers();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        localStorage.clear();
        jest.clearAllMocks();
    });

    it('on a console reload: reads the configuration once, and renders the driver view (which places the frame) and the first state before the first reconciliation command', async () => {
        // A console reload: the tabs' secret is there from the earlier load.
        localStorage.setItem('omniPresenceSync:005000000000001AAA:tabSecret', 'k7q2m9x4w1z8c3v6b5n0p2r4');
        const { omni } = await mount({}, 'Available', { loggedIn: true, state: { major: 'Away', minor: 'Lunch' } });
        expect(omni.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
        expect(getConfiguration).toHaveBeenCalledTimes(1);
        const first = log.indexOf('call setServicePresenceStatus');
        const rendersBefore = log.slice(0, first).filter((entry) => entry === 'render').length;
        // No second render for the configuration; where the election takes longer than 300 ms (here, without
        // Web Locks) a "starting" view, then the driver's view (which places the frame), then the first state.
        expect(rendersBefore).toBeLessThanOrEqual(3);
        expect(rendersBefore).toBeGreaterThanOrEqual(1);
        // No view is rendered twice.
        expect(new Set(revisions).size).toBe(revisions.length);
    });

    it('renders once per change', async () => {
        const { element, softphone, text } = await mount();
        await flush();
        for (const status of ['Break', 'Lunch', 'Meeting']) {
            log.length = 0;
            element.omniEvent('omniChannelStatusChanged', {
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
