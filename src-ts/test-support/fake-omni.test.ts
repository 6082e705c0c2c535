/** The shared fake toolkit answers as the platform does: the call resolves, then its event fires. */
import { FakeOmniToolkit } from './fake-omni';

const STATUSES = [
    { id: '0N5000000000001', developerName: 'Available' },
    { id: '0N5000000000002', developerName: 'Lunch' }
];

function recorded() {
    const toolkit = new FakeOmniToolkit(STATUSES);
    const log: string[] = [];
    toolkit.onEvent = (name, params) =>
        log.push(`event ${name} ${typeof params.reason === 'string' ? params.reason : ''}`.trim());
    const call = (method: string, args: Record<string, unknown> = {}) =>
        toolkit.call(method, args).then(
            () => log.push(`resolved ${method}`),
            (error: unknown) =>
                log.push(`rejected ${method}: ${error instanceof Error ? error.message : String(error)}`)
        );
    const turns = async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    return { toolkit, log, call, turns };
}

describe('FakeOmniToolkit', () => {
    it('resolves setServicePresenceStatus, then fires the status change with its reason', async () => {
        const { toolkit, log, call, turns } = recorded();
        void call('setServicePresenceStatus', { statusId: '0N5000000000002' });
        await turns();
        expect(log).toEqual([
            'resolved setServicePresenceStatus',
            'event omniChannelStatusChanged OmniToolkitStatusChange'
        ]);
        expect(toolkit.status).toBe('Lunch');
        expect(toolkit.presenceCalls()).toEqual(['setServicePresenceStatus Lunch']);
    });

    it('resolves logout, then fires the logout event', async () => {
        const { toolkit, log, call, turns } = recorded();
        void call('logout');
        await turns();
        expect(log).toEqual(['resolved logout', 'event omniChannelLogout']);
        expect(toolkit.status).toBeNull();
    });

    it('rejects, throws and answers late as configured', async () => {
        const { toolkit, log, call, turns } = recorded();
        toolkit.failures.set('login', 1);
        void call('login', { statusId: '0N5000000000001' });
        toolkit.throws.set('getAgentWorks', 1);
        expect(() => toolkit.call('getAgentWorks', {})).toThrow(TypeError);
        toolkit.hold = true;
        void call('getAgentWorkload');
        await turns();
        expect(log).toEqual(['rejected login: login failed']);
        toolkit.release();
        await turns();
        expect(log).toEqual(['rejected login: login failed', 'resolved getAgentWorkload']);
    });
});
