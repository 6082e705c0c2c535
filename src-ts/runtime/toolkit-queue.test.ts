/**
 * The toolkit call queue: one call with a timeout that never rejects, and the engine's Omni
 * commands one in flight at a time, in order.
 */
import { FakeClock } from '../test-support/fake-clock';
import {
    callToolkit,
    COMMAND_METHODS_AGREE,
    errorText,
    toolkitJob,
    ToolkitQueue,
    type ToolkitAnswer,
    type ToolkitJob,
    type ToolkitPort
} from './toolkit-queue';

/** A toolkit whose calls wait until the test answers them. */
class HeldToolkit implements ToolkitPort {
    readonly calls: { method: string; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
    call(method: string): Promise<unknown> {
        return new Promise((resolve, reject) => this.calls.push({ method, resolve, reject }));
    }
}

const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('callToolkit', () => {
    it('resolves with the answer, and with a rejection as a failed answer', async () => {
        const clock = new FakeClock(0);
        const toolkit = new HeldToolkit();
        const answered = callToolkit(toolkit, clock, 5000, 'getAgentWorks');
        const refused = callToolkit(toolkit, clock, 5000, 'getAgentWorkload');
        toolkit.calls[0]!.resolve(['work']);
        toolkit.calls[1]!.reject(new Error('nope'));
        expect(await answered).toEqual({ ok: true, value: ['work'], answered: true });
        expect(await refused).toMatchObject({ ok: false, answered: true });
        expect(clock.pendingTimers).toBe(0);
    });

    it('answers "toolkit-no-answer" (not answered) once the timeout passes, and ignores a late answer', async () => {
        const clock = new FakeClock(0);
        const toolkit = new HeldToolkit();
        const answer = callToolkit(toolkit, clock, 5000, 'getServicePresenceStatusId');
        clock.advance(4999);
        await flush();
        let settled: ToolkitAnswer | null = null;
        void answer.then((value) => (settled = value));
        await flush();
        expect(settled).toBeNull();
        clock.advance(1);
        toolkit.calls[0]!.resolve({ statusId: 'late' });
        const result = await answer;
        expect(result.ok).toBe(false);
        expect(result.answered).toBe(false);
        expect(errorText(result.value)).toBe('toolkit-no-answer');
    });

    it('makes the call before it arms the timeout (issue 23: the timer does not stand before the call), and still times it out', async () => {
        const clock = new FakeClock(0);
        const timersAtCall: number[] = [];
        const silent: ToolkitPort = {
            call: () => {
                timersAtCall.push(clock.pendingTimers);
                return new Promise(() => undefined);
            }
        };
        const answer = callToolkit(silent, clock, 5000, 'setServicePresenceStatus');
        expect(timersAtCall).toEqual([0]);
        expect(clock.pendingTimers).toBe(1);
        clock.advance(5000);
        expect(await answer).toMatchObject({ ok: false, answered: false });
        expect(clock.pendingTimers).toBe(0);
    });

    it('takes a synchronous throw as a failure with no answer', async () => {
        const clock = new FakeClock(0);
        const throwing: ToolkitPort = {
            call: () => {
                throw new Error('not allowed');
            }
        };
        const result = await callToolkit(throwing, clock, 5000, 'login');
        expect(result).toMatchObject({ ok: false, answered: false });
        expect(errorText(result.value)).toBe('not allowed');
        expect(clock.pendingTimers).toBe(0);
    });
});

describe('ToolkitQueue', () => {
    it('sends one call at a time, in order, each answer with the turn it was sent in', async () => {
        const toolkit = new HeldToolkit();
        const clock = new FakeClock(0);
        let turn = 1;
        const answers: [string, boolean, number][] = [];
        const queue = new ToolkitQueue({
            call: (method, args) => callToolkit(toolkit, clock, 5000, method, args),
            turn: () => turn,
            onAnswer: (job: ToolkitJob, answer, sentIn) => answers.push([job.method, answer.ok, sentIn])
        });
        queue.enqueue({ method: 'login', args: {}, commandId: 'c1' });
        queue.enqueue({ method: 'setServicePresenceStatus', args: { statusId: 's' }, commandId: 'c2' });
        expect(toolkit.calls.map((call) => call.method)).toEqual(['login']);
        turn = 2;
        toolkit.calls[0]!.resolve(true);
        await flush();
        expect(answers).toEqual([['login', true, 1]]);
        expect(toolkit.calls.map((call) => call.method)).toEqual(['login', 'setServicePresenceStatus']);
        toolkit.calls[1]!.reject('busy');
        await flush();
        expect(answers[1]).toEqual(['setServicePresenceStatus', false, 2]);
    });

    it('clear() drops the calls not sent yet; the one in flight still answers', async () => {
        const toolkit = new HeldToolkit();
        const clock = new FakeClock(0);
        const answered: string[] = [];
        const queue = new ToolkitQueue({
            call: (method, args) => callToolkit(toolkit, clock, 5000, method, args),
            turn: () => 0,
            onAnswer: (job) => answered.push(job.method)
        });
        queue.enqueue({ method: 'login', args: {}, commandId: 'c1' });
        queue.enqueue({ method: 'logout', args: {}, commandId: 'c2' });
        queue.clear();
        toolkit.calls[0]!.resolve(true);
        await flush();
        expect(answered).toEqual(['login']);
        expect(toolkit.calls).toHaveLength(1);
    });
});

describe('toolkitJob and errorText', () => {
    it("carries an engine command's method, a copy of its arguments and its id", () => {
        const args = { statusId: '0N5x' };
        const job = toolkitJob({
            id: 'c7',
            side: 'omni',
            rule: 'B1',
            method: 'setServicePresenceStatus',
            args,
            status: 'Available'
        });
        expect(job).toEqual({ method: 'setServicePresenceStatus', args: { statusId: '0N5x' }, commandId: 'c7' });
        expect(job.args).not.toBe(args);
    });

    it('words an Error, a string, an object with a message, and anything else', () => {
        expect(errorText(new Error('a'))).toBe('a');
        expect(errorText('b')).toBe('b');
        expect(errorText({ message: 'c' })).toBe('c');
        expect(errorText(42)).toBe('request-failed');
    });

    it("states at compile time that the engine's command methods are the toolkit's", () => {
        expect(COMMAND_METHODS_AGREE).toBe(true);
    });
});
