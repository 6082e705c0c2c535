/**
 * A host and a softphone client wired through fake windows, for bridge tests.
 */
import { BridgeHost, type BridgeHostOptions } from '../bridge/host';
import { SoftphoneBridgeClient, type HostCommand, type SoftphoneClientOptions } from '../bridge/client';
import type { EngineInput } from '../engine/types';
import { FakeClock } from './fake-clock';
import { FakeWindow, PostBus } from './windows';

export const HOST_ORIGIN = 'https://acme.lightning.force.com';
export const SOFTPHONE_ORIGIN = 'https://contactpad.example.com';

export const CATALOGUE = [
    { major: 'Ready' },
    { major: 'Away' },
    { major: 'Away', minor: 'Lunch' },
    { major: 'Busy Inbound', reserved: true },
    { major: 'Wrap', reserved: true }
];

export interface Pair {
    clock: FakeClock;
    bus: PostBus;
    hostWindow: FakeWindow;
    frameWindow: FakeWindow;
    host: BridgeHost;
    client: SoftphoneBridgeClient;
    inputs: EngineInput[];
    results: { commandId: string; ok: boolean; error: string | null }[];
    commands: HostCommand[];
    /** The frame's view of its parent, and the host's view of the frame (what `source` is compared with). */
    parentHandle: object;
    frameHandle: object;
    /** Lets pending promises run and delivers messages until quiet. */
    settle(): Promise<void>;
}

export function connectPair(
    overrides: {
        host?: Partial<BridgeHostOptions>;
        client?: Partial<SoftphoneClientOptions>;
        onCommand?: (command: HostCommand) => void | Promise<void>;
    } = {}
): Pair {
    const clock = new FakeClock();
    const bus = new PostBus();
    const hostWindow = new FakeWindow(HOST_ORIGIN);
    const frameWindow = new FakeWindow(SOFTPHONE_ORIGIN);
    const inputs: EngineInput[] = [];
    const results: Pair['results'] = [];
    const commands: HostCommand[] = [];
    // Each side's handle on the other, which is also what the other sees as the event source.
    const handles: { frame: object | null; parent: object | null } = { frame: null, parent: null };
    const frameHandle = bus.handle(hostWindow, frameWindow, () => handles.parent);
    const parentHandle = bus.handle(frameWindow, hostWindow, () => handles.frame);
    handles.frame = frameHandle;
    handles.parent = parentHandle;
    let hostIds = 0;
    let clientIds = 0;
    const host = new BridgeHost({
        listenOn: hostWindow,
        frame: () => frameHandle,
        softphoneOrigin: SOFTPHONE_ORIGIN,
        allowedOrigins: [SOFTPHONE_ORIGIN],
        clock,
        onInput: (input) => inputs.push(input),
        onResult: (result) => results.push(result),
        newId: () => `h-${++hostIds}`,
        ...overrides.host
    });
    const client = new SoftphoneBridgeClient({
        vendor: 'Vonage',
        product: 'ContactPad',
        version: '1.0.0',
        capabilities: ['state', 'login', 'logout', 'interactions', 'workItems'],
        catalogue: CATALOGUE,
        allowedHostOrigins: ['https://*.lightning.force.com'],
        onCommand: (command) => {
            commands.push(command);
            return overrides.onCommand?.(command);
        },
        self: frameWindow,
        parent: parentHandle,
        clock,
        initialSession: { loggedIn: true, state: { major: 'Ready', minor: null }, since: clock.now() },
        newId: () => `c-${++clientIds}`,
        ...overrides.client
    });
    const settle = async () => {
        for (let i = 0; i < 20; i++) {
            await Promise.resolve();
            if (bus.flush() === 0) await Promise.resolve();
        }
    };
    return {
        clock,
        bus,
        hostWindow,
        frameWindow,
        host,
        client,
        inputs,
        results,
        commands,
        parentHandle,
        frameHandle,
        settle
    };
}
