/**
 * The bridge as the panel builds it: everything from the window passed in, durations on the
 * window's monotonic clock (performance.now), never on the wall clock.
 */
import { frameBridge } from './frame-bridge';
import { SoftphoneBridgeClient } from '../bridge/client';
import type { BridgeCallbacks } from './runtime';
import type { SyncSettings } from '../mapping/types';
import { CATALOGUE, HOST_ORIGIN, SOFTPHONE_ORIGIN } from '../test-support/bridge-harness';
import { FakeClock } from '../test-support/fake-clock';
import { FakeWindow, PostBus } from '../test-support/windows';

/** A window whose performance.now() and timers run on a fake clock. */
function fakeBrowserWindow(clock: FakeClock) {
    const win = new FakeWindow(HOST_ORIGIN);
    return Object.assign(win, {
        performance: { now: () => clock.now() - 1_700_000_000_000 },
        setTimeout: (callback: () => void, ms: number) => clock.setTimeout(callback, ms),
        clearTimeout: (handle: unknown) => {
            clock.clearTimeout(handle);
        }
    });
}

describe('the bridge the panel builds (frameBridge)', () => {
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it('durations use the window’s monotonic clock: the wall clock set back an hour changes nothing, and is never read', async () => {
        const clock = new FakeClock();
        const hostWindow = fakeBrowserWindow(clock);
        const frameWindow = new FakeWindow(SOFTPHONE_ORIGIN);
        const bus = new PostBus();
        const handles: { frame: object | null; parent: object | null } = { frame: null, parent: null };
        const frameHandle = bus.handle(hostWindow, frameWindow, () => handles.parent);
        const parentHandle = bus.handle(frameWindow, hostWindow, () => handles.frame);
        handles.frame = frameHandle;
        handles.parent = parentHandle;
        let wall = 1_800_000_000_000;
        const dateNow = jest.spyOn(Date, 'now').mockImplementation(() => wall);

        const inputs: string[] = [];
        const results: { ok: boolean; error: string | null }[] = [];
        const callbacks: BridgeCallbacks = {
            onInput: (input) => inputs.push(input.kind === 'softphone' ? input.event : input.kind),
            onResult: (result) => results.push(result),
            onStatus: () => undefined,
            onDrop: () => undefined
        };
        const settings = {
            softphoneUrl: `${SOFTPHONE_ORIGIN}/pad`,
            allowedOrigins: [],
            commandTimeoutMs: 4000
        } as unknown as SyncSettings;
        const host = frameBridge(hostWindow, () => frameHandle)(callbacks, settings);
        if (host === null) throw new Error('no bridge');
        const client = new SoftphoneBridgeClient({
            vendor: 'Vonage',
            product: 'ContactPad',
            version: '1.0.0',
            capabilities: ['state'],
            catalogue: CATALOGUE,
            allowedHostOrigins: [HOST_ORIGIN],
            onCommand: () => new Promise<void>(() => undefined),
            self: frameWindow,
            parent: parentHandle,
            clock,
            wallClock: () => 1_800_000_000_000
        });
        client.start();
        host.start();
        const settle = async () => {
            for (let i = 0; i < 10; i++) {
                await Promise.resolve();
                bus.flush();
            }
        };
        await settle();
        expect(inputs).toEqual(['connected']);
        const readsBefore = dateNow.mock.calls.length;

        // The wall clock goes back an hour; the command still times out after 4 s of monotonic time.
        wall -= 3_600_000;
        host.send({ side: 'softphone', id: 's1', rule: 'B2', type: 'setState', state: { major: 'Away', minor: null } });
        await settle();
        clock.advance(3999);
        await settle();
        expect(results).toEqual([]);
        clock.advance(1);
        expect(results).toEqual([{ commandId: 's1', ok: false, error: 'softphone-no-answer' }]);
        // A minute of heartbeats: still connected.
        for (let i = 0; i < 12; i++) {
            clock.advance(5000);
            await settle();
        }
        expect(inputs).toEqual(['connected']);
        expect(dateNow.mock.calls.length).toBe(readsBefore);
    });

    it('gives no bridge when the window has no random source for the nonce', () => {
        const clock = new FakeClock();
        const win = fakeBrowserWindow(clock);
        Object.defineProperty(win, 'crypto', { value: undefined });
        const settings = { softphoneUrl: `${SOFTPHONE_ORIGIN}/pad`, allowedOrigins: [], commandTimeoutMs: 4000 };
        expect(
            frameBridge(win, () => null)(
                { onInput: jest.fn(), onResult: jest.fn() } as unknown as BridgeCallbacks,
                settings as unknown as SyncSettings
            )
        ).toBeNull();
    });
});
