/**
 * A host and a softphone client wired through fake windows, for bridge tests.
 */
import { BridgeHost, type BridgeHostOptions } from '../bridge/host';
import { SoftphoneBridgeClient, type HostCommand, type SoftphoneClientOptions } from '../bridge/client';
import type { Clock } from '../bridge/endpoint';
import type { EngineInput } from '../engine/types';
import { FakeClock } from './fake-clock';
import { FakeWindow, PostBus } from './windows';

/** The Salesforce page's origin in the bridge tests. */
export const HOST_ORIGIN = 'https://acme.lightning.force.com';
/** The softphone frame's origin in the bridge tests. */
export const SOFTPHONE_ORIGIN = 'https://contactpad.example.com';

/** The softphone state catalogue the test client announces. */
export const CATALOGUE = [
    { major: 'Ready' },
    { major: 'Away' },
    { major: 'Away', minor: 'Lunch' },
    { major: 'Busy Inbound', reserved: true },
    { major: 'Wrap', reserved: true }
];

/** A bridge host and a softphone client connected over fake windows, with what each side received. */
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
    /** The session nonce of the latest welcome the host posted, or null before one. */
    sessionNonce(): string | null;
    /** The messages posted so far to one side, read back from their JSON strings. */
    posted(to: 'frame' | 'host'): WirePosted[];
}

/** A posted message, read back: its envelope as sent. */
export interface WirePosted {
    id: string;
    type: string;
    version: number;
    nonce?: string;
    replyTo?: string;
    payload: Record<string, unknown>;
}

/** Reads a posted message back (they travel as JSON strings; objects are read as they are). */
export function readPosted(data: unknown): WirePosted {
    return (typeof data === 'string' ? JSON.parse(data) : data) as WirePosted;
}

/**
 * Connects a BridgeHost and a SoftphoneBridgeClient over a PostBus on one FakeClock (starting at
 * 1 700 000 000 000 ms); `overrides` change either side's options, the client's command handler or the host's clock.
 */
export function connectPair(
    overrides: {
        host?: Partial<BridgeHostOptions>;
        client?: Partial<SoftphoneClientOptions>;
        onCommand?: (command: HostCommand) => void | Promise<void>;
        /** The host's clock made from the pair's (e.g. one that runs timers late, as a throttled tab does). */
        hostClock?: (clock: FakeClock) => Clock;
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
        clock: overrides.hostClock?.(clock) ?? clock,
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
        wallClock: () => clock.now(),
        initialSession: { loggedIn: true, state: { major: 'Ready', minor: null }, since: clock.now() },
        newId: () => `c-${++clientIds}`,
        ...overrides.client
    });
    return {
        clock,
        bus,
        ...pairReaders(bus, hostWindow, frameWindow),
        hostWindow,
        frameWindow,
        host,
        client,
        inputs,
        results,
        commands,
        parentHandle,
        frameHandle
    };
}

/** A pair's ways of reading and running its bus: `settle`, `posted` and `sessionNonce` (see Pair). */
function pairReaders(
    bus: PostBus,
    hostWindow: FakeWindow,
    frameWindow: FakeWindow
): Pick<Pair, 'settle' | 'posted' | 'sessionNonce'> {
    const settle = async () => {
        for (let i = 0; i < 20; i++) {
            await Promise.resolve();
            if (bus.flush() === 0) await Promise.resolve();
        }
    };
    const posted = (to: 'frame' | 'host') =>
        bus.log.filter((p) => p.to === (to === 'frame' ? frameWindow : hostWindow)).map((p) => readPosted(p.data));
    const sessionNonce = () =>
        posted('frame')
            .filter((m) => m.type === 'welcome')
            .map((m) => m.nonce ?? null)
            .pop() ?? null;
    return { settle, posted, sessionNonce };
}
