// The Omni-Channel event translation at the edge with Aura: everything the host may pass on, well
// formed or not, is read without throwing; the runtime drops and audits what it cannot read.
import { eventName, omniInput } from './omni-events';
import { PresenceSyncRuntime, type SyncView, type ToolkitPort } from './runtime';
import { FakeClock } from '../test-support/fake-clock';
import { FakeBrowser } from '../test-support/fake-browser';
import { browserPlatform } from './platform';
import defaultsJson from '../test-support/package-defaults.generated.json';
import type { SyncConfigurationInput } from '../mapping/types';

const defaults = defaultsJson as unknown as SyncConfigurationInput;

describe('omniInput: reading an event the Aura host passed on', () => {
    it('reads every accepted spelling of an event name', () => {
        expect(eventName('omniChannelStatusChanged')).toBe('statusChanged');
        expect(eventName('lightning:omniChannelStatusChanged')).toBe('statusChanged');
        expect(eventName('statusChanged')).toBe('statusChanged');
        expect(eventName(undefined)).toBeNull();
        expect(eventName(42)).toBeNull();
    });

    it("reads the Aura host's literal names by a lookup, without rewriting them (issue 23: on the event's path)", () => {
        const literal = {
            omniChannelLoginSuccess: 'loginSuccess',
            omniChannelStatusChanged: 'statusChanged',
            omniChannelLogout: 'logout',
            omniChannelWorkAssigned: 'workAssigned',
            omniChannelWorkAccepted: 'workAccepted',
            omniChannelWorkDeclined: 'workDeclined',
            omniChannelWorkClosed: 'workClosed',
            omniChannelWorkloadChanged: 'workloadChanged',
            omniChannelConnectionError: 'connectionError'
        };
        const replace = jest.spyOn(String.prototype, 'replace');
        try {
            for (const [name, event] of Object.entries(literal)) expect(eventName(name)).toBe(event);
            expect(replace).not.toHaveBeenCalled();
        } finally {
            replace.mockRestore();
        }
        // Any other spelling still goes the long way, with the same answers.
        expect(eventName('lightning:omniChannelLogout')).toBe('logout');
        expect(eventName('omnichannelLogout')).toBeNull();
        expect(eventName('omniChannelWorkFlagUpdated')).toBeNull();
    });

    it('turns a well-formed status change into an engine input', () => {
        expect(
            omniInput('omniChannelStatusChanged', { statusId: '0N5000000000001', statusApiName: 'Available' })
        ).toEqual({
            input: {
                kind: 'omni',
                event: 'statusChanged',
                statusId: '0N5000000000001',
                statusApiName: 'Available',
                statusName: null,
                reason: null
            },
            problem: null
        });
    });

    it('reads a logout without parameters (null, undefined or empty)', () => {
        for (const params of [null, undefined, {}]) {
            expect(omniInput('omniChannelLogout', params).input).toEqual({
                kind: 'omni',
                event: 'logout',
                reason: null
            });
        }
    });

    it('ignores, without a problem, an event the sync does not use', () => {
        expect(omniInput('omniChannelWorkFlagUpdated', { workId: '0Bz1' })).toEqual({ input: null, problem: null });
    });

    it.each([
        ['no name (getName() of an application event)', undefined, { statusId: '0N5' }, { cause: 'event-no-name' }],
        ['an empty name', '', { statusId: '0N5' }, { cause: 'event-no-name' }],
        ['a name that is not text', { name: 'x' }, {}, { cause: 'event-no-name' }],
        ['an unknown name', 'omniChannelSomethingElse', {}, { cause: 'event-unknown' }],
        ['parameters that are text', 'omniChannelStatusChanged', '{"statusId":"0N5"}', { cause: 'event-params' }],
        ['parameters that are an array', 'omniChannelStatusChanged', ['0N5'], { cause: 'event-params' }],
        [
            'a number as statusId',
            'omniChannelStatusChanged',
            { statusId: 5 },
            { cause: 'event-field', field: 'statusId' }
        ],
        ['no statusId at login', 'omniChannelLoginSuccess', {}, { cause: 'event-field', field: 'statusId' }],
        ['no workId', 'omniChannelWorkAccepted', { workItemId: '500' }, { cause: 'event-field', field: 'workId' }],
        [
            'a workload that is not a number',
            'omniChannelWorkloadChanged',
            { newWorkload: 'many' },
            { cause: 'event-field', field: 'newWorkload' }
        ]
    ])('drops with a problem: %s', (_what, name, params, problem) => {
        const reading = omniInput(name, params);
        expect(reading.input).toBeNull();
        expect(reading.problem).toEqual(problem);
    });
});

class QuietToolkit implements ToolkitPort {
    readonly calls: string[] = [];
    call(method: string): Promise<unknown> {
        this.calls.push(method);
        if (method === 'getServicePresenceStatusId') return Promise.reject(new Error('not logged in'));
        if (method === 'getAgentWorks') return Promise.resolve({ works: '[]' });
        return Promise.resolve({});
    }
}

function startRuntime() {
    const clock = new FakeClock();
    const views: SyncView[] = [];
    const toolkit = new QuietToolkit();
    const runtime = new PresenceSyncRuntime({
        configuration: {
            mappings: defaults.mappings,
            statuses: defaults.statuses,
            settings: defaults.settings ?? null
        },
        toolkit,
        userId: '005000000000001',
        platform: browserPlatform(
            new FakeBrowser(clock).window({ broadcastChannel: false, locks: false, storage: false })
        ),
        tabId: 'tab-a',
        createBridge: () => null,
        onView: (view) => views.push(view)
    });
    runtime.start();
    return { runtime, clock, views, toolkit };
}

async function settled(clock: FakeClock) {
    for (let i = 0; i < 10; i++) {
        await Promise.resolve();
        clock.advance(100);
    }
}

describe('B20 runtime.omniEvent: malformed Omni events are dropped and audited, never thrown', () => {
    it('records a decision for an event without a name and does not throw', async () => {
        const { runtime, clock } = startRuntime();
        await settled(clock);
        const before = JSON.parse(runtime.exportAudit('json')) as { decisions?: unknown[]; entries?: unknown[] };
        expect(() => {
            runtime.omniEvent(undefined, { statusId: '0N5000000000001' });
        }).not.toThrow();
        await settled(clock);
        const dropped = runtime.view().decisions.filter((d) => d.outcome === 'omni-event-dropped');
        expect(dropped).toHaveLength(1);
        expect(dropped[0]?.detailKey).toBe('omni_event_dropped');
        expect(dropped[0]?.detailParams?.reason).toBe('event-no-name');
        expect(JSON.stringify(before)).not.toContain('omni-event-dropped');
        expect(runtime.exportAudit('json')).toContain('omni-event-dropped');
    });

    it('records a decision when reading the parameters throws (a hostile or revoked proxy)', async () => {
        const { runtime, clock } = startRuntime();
        await settled(clock);
        const params = new Proxy(
            {},
            {
                get() {
                    throw new Error('revoked');
                }
            }
        );
        expect(() => {
            runtime.omniEvent('omniChannelStatusChanged', params);
        }).not.toThrow();
        await settled(clock);
        const dropped = runtime.view().decisions.filter((d) => d.outcome === 'omni-event-dropped');
        expect(dropped.map((d) => [d.detailKey, d.detailParams?.reason, d.detailParams?.error])).toEqual([
            ['omni_event_dropped', 'event-unreadable', 'revoked']
        ]);
    });

    it('ignores an unused event without an audit entry, and steps on a well-formed one', async () => {
        const { runtime, clock } = startRuntime();
        await settled(clock);
        const count = () => runtime.view().decisions.length;
        const before = count();
        runtime.omniEvent('omniChannelWorkFlagUpdated', { workId: '0Bz000000000001' });
        await settled(clock);
        expect(count()).toBe(before);
        runtime.omniEvent('omniChannelLogout', {});
        await settled(clock);
        expect(runtime.view().decisions.some((d) => d.outcome === 'omni-event-dropped')).toBe(false);
        expect(count()).toBeGreaterThan(before);
    });
});
