/**
 * The bridge session (protocol version 2): the nonce, JSON strings, the refusal of version-1
 * softphones (S1); the resync after a flood (S1, B17); liveness in a throttled background tab
 * (B17); bounded memory and backoff while the softphone never answers.
 */
import { BridgeHost, BridgeHostError } from './host';
import { NONCE_PATTERN, PROTOCOL, toWire } from './protocol';
import { newNonce, type Clock, type MessageEventLike } from './endpoint';
import { createEngine } from '../engine/engine';
import { initialState } from '../engine/context';
import type { EngineInput } from '../engine/types';
import type { SyncConfigurationInput } from '../mapping/types';
import defaultsJson from '../test-support/package-defaults.generated.json';
import {
    CATALOGUE,
    HOST_ORIGIN,
    SOFTPHONE_ORIGIN,
    connectPair,
    readPosted,
    type Pair
} from '../test-support/bridge-harness';
import { FakeClock } from '../test-support/fake-clock';
import { FakeWindow } from '../test-support/windows';

async function connected(overrides: Parameters<typeof connectPair>[0] = {}): Promise<Pair> {
    const pair = connectPair(overrides);
    pair.client.start();
    pair.host.start();
    await pair.settle();
    expect(pair.host.currentStatus).toBe('connected');
    return pair;
}

const events = (inputs: EngineInput[]) => inputs.map((i) => (i.kind === 'softphone' ? i.event : i.kind));

describe('S1: the session nonce and JSON strings (protocol version 2)', () => {
    it('S1: the connect id is a fresh nonce sent only to the softphone origin, and every later message carries it', async () => {
        const pair = connectPair();
        pair.host.start();
        pair.clock.advance(300);
        pair.client.start();
        pair.clock.advance(500);
        await pair.settle();
        expect(pair.host.currentStatus).toBe('connected');
        const toFrame = pair.bus.log.filter((p) => p.to === pair.frameWindow);
        const connects = toFrame.map((p) => readPosted(p.data)).filter((m) => m.type === 'connect');
        expect(connects.length).toBeGreaterThanOrEqual(2);
        for (const connect of connects) {
            expect(connect.id).toMatch(NONCE_PATTERN);
            expect(connect.id).toHaveLength(32);
            // Version-1 shape: no nonce key, nothing in the payload but the versions.
            expect(Object.keys(connect).sort()).toEqual(['id', 'payload', 'protocol', 'type', 'version']);
            expect(Object.keys(connect.payload)).toEqual(['protocolVersions']);
        }
        expect(new Set(connects.map((c) => c.id)).size).toBe(connects.length);
        for (const posted of toFrame) expect(posted.targetOrigin).toBe(SOFTPHONE_ORIGIN);

        const nonce = pair.sessionNonce();
        expect(connects.map((c) => c.id)).toContain(nonce);
        pair.client.state({ major: 'Away', minor: 'Lunch' });
        pair.host.send({
            side: 'softphone',
            id: 's1',
            rule: 'B2',
            type: 'setState',
            state: { major: 'Ready', minor: null }
        });
        pair.clock.advance(5000);
        await pair.settle();
        const toHost = pair.posted('host');
        expect(toHost.map((m) => m.type)).toEqual(expect.arrayContaining(['hello', 'state', 'ack', 'pong']));
        for (const message of toHost) expect(message.nonce).toBe(message.type === 'hello' ? message.replyTo : nonce);
        const afterConnect = pair.posted('frame').filter((m) => m.type !== 'connect');
        expect(afterConnect.map((m) => m.type)).toEqual(expect.arrayContaining(['welcome', 'setState', 'ping']));
        for (const message of afterConnect) expect(message.nonce).toBe(nonce);
    });

    it('S1: both ends post JSON strings, never objects', async () => {
        const pair = await connected();
        pair.client.interactionStarted('call-1', 'inbound');
        pair.host.send({ side: 'softphone', id: 's1', rule: 'B2', type: 'logout' });
        await pair.settle();
        expect(pair.bus.log.length).toBeGreaterThan(5);
        for (const posted of pair.bus.log) expect(typeof posted.data).toBe('string');
    });

    it('S1: the nonce comes from the injected random source; without one the host refuses to start', () => {
        const clock = new FakeClock();
        const posted: string[] = [];
        const base = {
            frame: () => ({ postMessage: (data: unknown) => posted.push(data as string) }),
            softphoneOrigin: SOFTPHONE_ORIGIN,
            allowedOrigins: [],
            clock,
            onInput: jest.fn(),
            onResult: jest.fn()
        };
        let calls = 0;
        const fill = (bytes: Uint8Array) => {
            calls++;
            bytes.fill(7);
        };
        const host = new BridgeHost({ ...base, listenOn: new FakeWindow(HOST_ORIGIN), randomFill: fill });
        host.start();
        expect(calls).toBe(1);
        expect(readPosted(posted[0]).id).toBe(newNonce((bytes) => bytes.fill(7)));
        const noRandom = { addEventListener: jest.fn(), removeEventListener: jest.fn() };
        expect(() => new BridgeHost({ ...base, listenOn: noRandom })).toThrow(BridgeHostError);
        expect(() => newNonce(() => undefined)).toThrow(/random source/);
    });

    it('S1: after a new handshake, a message carrying the old session nonce is dropped', async () => {
        const pair = await connected();
        const old = pair.sessionNonce();
        pair.host.frameLoaded();
        await pair.settle();
        expect(pair.sessionNonce()).not.toBe(old);
        const inputs = pair.inputs.length;
        pair.hostWindow.dispatch({
            data: JSON.stringify(
                toWire('stale-1', { type: 'logout', cause: 'agent', requestId: null }, { nonce: old })
            ),
            origin: SOFTPHONE_ORIGIN,
            source: pair.frameHandle
        });
        expect(pair.host.stats().byReason['wrong-nonce']).toBe(1);
        expect(pair.inputs).toHaveLength(inputs);
    });

    it('S1: the client drops host commands without the session nonce, even from its parent window', async () => {
        const pair = await connected();
        pair.frameWindow.dispatch({
            data: JSON.stringify(toWire('forged-1', { type: 'logout' })),
            origin: HOST_ORIGIN,
            source: pair.parentHandle
        });
        await pair.settle();
        expect(pair.client.stats().byReason['wrong-nonce']).toBe(1);
        expect(pair.commands).toEqual([]);
    });
});

/**
 * A softphone of protocol version 1, as the version-1 specification has it: strict about keys,
 * answers a connect with a hello (an object) whose replyTo is the connect's id, and stops on reject.
 */
function versionOneSoftphone(pair: Pair) {
    const seen = { connects: 0, refusedKeys: 0, reject: null as null | { supported: number[]; message: string } };
    const envelopeKeys = ['protocol', 'version', 'id', 'type', 'replyTo', 'sentAt', 'payload'];
    pair.frameWindow.addEventListener('message', (event: MessageEventLike) => {
        if (event.source !== pair.parentHandle || event.origin !== HOST_ORIGIN) return;
        const message = (typeof event.data === 'string' ? JSON.parse(event.data) : event.data) as Record<
            string,
            unknown
        >;
        const payload = (message.payload ?? {}) as Record<string, unknown>;
        if (Object.keys(message).some((key) => !envelopeKeys.includes(key)) || message.version !== 1) {
            seen.refusedKeys++;
            return;
        }
        if (message.type === 'connect') {
            if (Object.keys(payload).some((key) => key !== 'protocolVersions')) {
                seen.refusedKeys++;
                return;
            }
            seen.connects++;
            (pair.parentHandle as { postMessage: (data: unknown, origin: string) => void }).postMessage(
                {
                    protocol: PROTOCOL,
                    version: 1,
                    id: `v1-${seen.connects}`,
                    type: 'hello',
                    replyTo: message.id,
                    payload: {
                        vendor: 'Legacy',
                        product: 'OldPhone',
                        version: '1.9.0',
                        protocolVersions: [1],
                        capabilities: ['state'],
                        catalogue: CATALOGUE,
                        session: { loggedIn: true, state: { major: 'Ready', minor: null } }
                    }
                },
                HOST_ORIGIN
            );
        }
        if (message.type === 'reject') {
            if (Object.keys(payload).some((key) => !['code', 'supported', 'message'].includes(key))) {
                seen.refusedKeys++;
                return;
            }
            seen.reject = { supported: payload.supported as number[], message: payload.message as string };
        }
    });
    return seen;
}

describe('S1: a softphone of the previous protocol version', () => {
    it('S1: a version-1 softphone can read the connect and gets a clear refusal it can read', async () => {
        const pair = connectPair();
        const statuses: string[] = [];
        const legacy = versionOneSoftphone(pair);
        const host = pair.host;
        host.start();
        await pair.settle();
        expect(legacy.connects).toBe(1);
        expect(legacy.refusedKeys).toBe(0);
        expect(legacy.reject?.supported).toEqual([2]);
        expect(legacy.reject?.message).toMatch(/protocol version 2; the softphone offers 1: update its bridge client/);
        statuses.push(host.currentStatus);
        expect(statuses).toEqual(['rejected']);
        expect(host.stats().byReason.version).toBe(1);
        expect(pair.inputs).toEqual([]);
        // No more connects: the host waits for a frame reload.
        pair.clock.advance(60_000);
        await pair.settle();
        expect(legacy.connects).toBe(1);
    });

    it('S1: the shipped client set to version 1 only is refused, and says so', async () => {
        const details: (string | null)[] = [];
        const pair = connectPair({
            client: { protocolVersions: [1], onStatus: (_status, detail) => details.push(detail) }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        expect(pair.host.currentStatus).toBe('rejected');
        expect(pair.client.currentStatus).toBe('rejected');
        expect(details.join(' ')).toMatch(/versions 2/);
    });
});

const defaults = defaultsJson as unknown as SyncConfigurationInput;

describe('S1, B17: nothing valid from the softphone is lost silently', () => {
    it('S1: an end-of-call message lost in a burst of 100 repeats is recovered once the burst passes', async () => {
        const pair = await connected();
        pair.client.interactionStarted('call-1', 'inbound');
        pair.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        pair.clock.advance(5000);
        await pair.settle();
        // A softphone build repeats its state message 100 times in a second, then the call ends.
        for (let i = 0; i < 100; i++) {
            pair.client.state({ major: 'Busy Inbound', minor: null }, 'system');
            pair.clock.advance(5);
        }
        pair.client.interactionEnded('call-1');
        pair.client.state({ major: 'Ready', minor: null }, 'system');
        await pair.settle();
        expect(pair.host.stats().byReason.flood).toBeGreaterThan(0);
        expect(events(pair.inputs)).not.toContain('interactionEnded');

        pair.clock.advance(1500);
        await pair.settle();
        const last = pair.inputs[pair.inputs.length - 1];
        expect(last).toMatchObject({
            kind: 'softphone',
            event: 'connected',
            loggedIn: true,
            state: { major: 'Ready', minor: null },
            interactions: []
        });
        expect(events(pair.inputs)).not.toContain('disconnected');
        expect(pair.host.currentStatus).toBe('connected');

        // The engine, fed what the host delivered, knows the call ended.
        const engine = createEngine(defaults);
        let state = initialState();
        for (const input of pair.inputs) state = engine.step(state, input, pair.clock.now()).state;
        expect(state.softphone.interactions).toEqual([]);
        expect(state.softphone.state).toEqual({ major: 'Ready', minor: null });
    });

    it('S1: changes made between the resync hello and its welcome reach the host after the welcome', async () => {
        const pair = await connected();
        for (let i = 0; i < 150; i++) pair.client.state({ major: 'Ready', minor: null });
        await pair.settle();
        pair.clock.advance(1000);
        // Deliver only the resync connect: the client answers with a hello, then the agent acts.
        expect(pair.bus.flush(1)).toBe(1);
        pair.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        await pair.settle();
        const tail = pair.inputs.slice(-2);
        expect(events(tail)).toEqual(['connected', 'stateChanged']);
        expect(tail[1]).toMatchObject({ state: { major: 'Away', minor: 'Lunch' }, cause: 'agent' });
    });

    it('S1: a flood from another window of the softphone origin does not resynchronise the session', async () => {
        const pair = await connected();
        const nonce = pair.sessionNonce();
        const connectsBefore = pair.host.retained().connectsSent;
        for (let i = 0; i < 300; i++)
            pair.hostWindow.dispatch({
                data: JSON.stringify(toWire(`x-${i}`, { type: 'pong' }, { nonce: 'A'.repeat(32) })),
                origin: SOFTPHONE_ORIGIN,
                source: {}
            });
        pair.clock.advance(3000);
        await pair.settle();
        expect(pair.host.stats().byReason.flood).toBeGreaterThan(0);
        expect(pair.host.retained().connectsSent).toBe(connectsBefore);
        expect(pair.sessionNonce()).toBe(nonce);
    });
});

/** Chrome's intensive throttling: a chained timer in a tab hidden for 5 minutes runs about once a minute. */
class ThrottledClock implements Clock {
    constructor(private readonly inner: FakeClock) {}
    now(): number {
        return this.inner.now();
    }
    setTimeout(callback: () => void, ms: number): unknown {
        return this.inner.setTimeout(callback, Math.max(ms, 60_000));
    }
    clearTimeout(handle: unknown): void {
        this.inner.clearTimeout(handle);
    }
}

describe('B17: a throttled background tab keeps its softphone', () => {
    it('B17: with timers 60 s apart and every ping answered, the softphone stays connected for an hour', async () => {
        const throttled = connectPair({ hostClock: (clock) => new ThrottledClock(clock) });
        throttled.client.start();
        throttled.host.start();
        await throttled.settle();
        expect(throttled.host.currentStatus).toBe('connected');
        const pings = () => throttled.posted('frame').filter((m) => m.type === 'ping').length;
        for (let minute = 0; minute < 60; minute++) {
            throttled.clock.advance(60_000);
            await throttled.settle();
        }
        expect(throttled.host.currentStatus).toBe('connected');
        expect(events(throttled.inputs)).toEqual(['connected']);
        expect(pings()).toBeGreaterThanOrEqual(55);
    });

    it('B17: in a throttled tab a softphone that stops answering is still found lost', async () => {
        const pair = connectPair({ hostClock: (clock) => new ThrottledClock(clock) });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.frameWindow.listeners.clear();
        for (let minute = 0; minute < 4; minute++) {
            pair.clock.advance(60_000);
            await pair.settle();
        }
        expect(pair.inputs).toContainEqual({ kind: 'softphone', event: 'disconnected', reason: 'heartbeat-lost' });
    });
});

describe('a softphone that never answers', () => {
    it('after 12 hours the host holds bounded memory and sends a connect at most every 30 s; a frame load resets the backoff', () => {
        const pair = connectPair();
        pair.host.start();
        const hours = 12;
        for (let minute = 0; minute < hours * 60; minute++) pair.clock.advance(60_000);
        const retained = pair.host.retained();
        // 0.25 + 0.5 + … + 16 s, then every 30 s: 8 + 12 h / 30 s.
        expect(retained.connectsSent).toBeLessThanOrEqual(8 + (hours * 3600) / 30);
        expect(retained.connectsSent).toBeGreaterThan((hours * 3600) / 30 - 10);
        expect(retained.connectNonces).toBeLessThanOrEqual(4);
        expect(retained.pending).toBe(0);
        expect(retained.timers).toBe(1);
        expect(pair.clock.pendingTimers).toBe(1);

        const before = retained.connectsSent;
        pair.host.frameLoaded();
        pair.clock.advance(800);
        expect(pair.host.retained().connectsSent - before).toBe(3);
    });
});

describe('B15: when the softphone entered its state', () => {
    it('B15: the hello’s since reaches the engine on the host’s clock, by its age on the softphone’s clock', async () => {
        // The softphone's wall clock runs an hour ahead of the host's clock; it entered Ready 30 s before its hello.
        const start = new FakeClock().now();
        const pair = connectPair({
            client: {
                wallClock: () => pair.clock.now() + 3_600_000,
                initialSession: {
                    loggedIn: true,
                    state: { major: 'Ready', minor: null },
                    since: start + 3_600_000 - 30_000
                }
            }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        expect(pair.clock.now()).toBe(start);
        expect(pair.inputs[0]).toMatchObject({ event: 'connected', since: start - 30_000 });
    });
});
