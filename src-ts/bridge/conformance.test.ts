/**
 * Bridge conformance: the same tests, run against both ends of the protocol (S1). Each end must
 * accept every valid message its peer may send, from the peer's window and origin with the
 * session nonce, and drop and count by reason everything else, without throwing and without any
 * effect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import {
    NONCE_PATTERN,
    parseHostMessage,
    parseSoftphoneMessage,
    toWire,
    type HostMessage,
    type SoftphoneMessage,
    type WireMessage
} from './protocol';
import type { BridgeStats, MessageEventLike } from './endpoint';
import { connectPair, HOST_ORIGIN, SOFTPHONE_ORIGIN, type Pair } from '../test-support/bridge-harness';

interface Endpoint {
    name: string;
    pair: Pair;
    stats(): BridgeStats;
    deliver(event: MessageEventLike): void;
    peer: { source: unknown; origin: string };
    /** Valid messages the peer may send once connected, with the session nonce. */
    valid(): WireMessage[];
    nonce: string;
    /** How many effects the endpoint has had (engine inputs and results, or commands carried out). */
    effects(): number;
}

let serial = 0;
const nextId = () => `conf-${++serial}`;

const softphoneMessages: SoftphoneMessage[] = [
    { type: 'state', state: { major: 'Away', minor: 'Lunch' }, cause: 'agent', requestId: null },
    { type: 'state', state: { major: 'Ready', minor: null }, cause: 'host', requestId: 'h-99' },
    { type: 'login', state: { major: 'Ready', minor: null } },
    { type: 'logout', cause: 'agent', requestId: null },
    { type: 'interactionStarted', interactionId: 'call-7', direction: 'outbound' },
    { type: 'interactionEnded', interactionId: 'call-7' },
    { type: 'workAction', action: 'close', workId: '0BZ000000000001', reason: null },
    { type: 'pong' }
];
const hostMessages: HostMessage[] = [
    { type: 'ping' },
    { type: 'setState', state: { major: 'Away', minor: null }, reason: 'sync' },
    { type: 'logout' },
    { type: 'work', event: 'assigned', workId: '0BZ000000000001', workItemId: '500000000000001' }
];

async function connected(): Promise<{ pair: Pair; nonce: string }> {
    const pair = connectPair();
    pair.client.start();
    pair.host.start();
    await pair.settle();
    const nonce = pair.sessionNonce();
    if (nonce === null) throw new Error('no session');
    return { pair, nonce };
}

async function hostEndpoint(): Promise<Endpoint> {
    const { pair, nonce } = await connected();
    return {
        nonce,
        name: 'host',
        pair,
        stats: () => pair.host.stats(),
        deliver: (event) => {
            pair.hostWindow.dispatch(event);
        },
        peer: { source: pair.frameHandle, origin: SOFTPHONE_ORIGIN },
        valid: () => softphoneMessages.map((message) => toWire(nextId(), message, { nonce })),
        effects: () => pair.inputs.length + pair.results.length
    };
}

async function clientEndpoint(): Promise<Endpoint> {
    const { pair, nonce } = await connected();
    return {
        nonce,
        name: 'softphone client',
        pair,
        stats: () => pair.client.stats(),
        deliver: (event) => {
            pair.frameWindow.dispatch(event);
        },
        peer: { source: pair.parentHandle, origin: HOST_ORIGIN },
        valid: () => hostMessages.map((message) => toWire(nextId(), message, { nonce })),
        effects: () => pair.commands.length
    };
}

describe.each([
    ['host', hostEndpoint],
    ['softphone client', clientEndpoint]
])('bridge conformance: %s', (_name, make) => {
    let endpoint: Endpoint;
    const from = (data: unknown, overrides: Partial<MessageEventLike> = {}): MessageEventLike => ({
        data,
        origin: endpoint.peer.origin,
        source: endpoint.peer.source,
        ...overrides
    });
    const sample = () => {
        const [first] = endpoint.valid();
        if (first === undefined) throw new Error('no sample message');
        return first;
    };

    beforeEach(async () => {
        endpoint = await make();
    });

    it('accepts every valid message its peer may send', async () => {
        const before = endpoint.stats();
        const messages = endpoint.valid();
        for (const message of messages) endpoint.deliver(from(message));
        await endpoint.pair.settle();
        expect(endpoint.stats().accepted - before.accepted).toBeGreaterThanOrEqual(messages.length);
        expect(endpoint.stats().dropped).toBe(before.dropped);
        expect(endpoint.effects()).toBeGreaterThan(0);
    });

    it('accepts a message sent as a JSON string', () => {
        const before = endpoint.stats().accepted;
        endpoint.deliver(from(JSON.stringify(sample())));
        expect(endpoint.stats().accepted).toBe(before + 1);
    });

    it('accepts a plain object made in another realm (no prototype comparison across realms)', () => {
        const before = endpoint.stats().accepted;
        const foreign = vm.runInNewContext(`(${JSON.stringify(sample())})`) as unknown;
        expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
        endpoint.deliver(from(foreign));
        expect(endpoint.stats().accepted).toBe(before + 1);
    });

    it('refuses a class instance made in another realm', () => {
        const effects = endpoint.effects();
        const accepted = endpoint.stats().accepted;
        const instance = vm.runInNewContext(
            `new (class Message { constructor(wire) { Object.assign(this, wire); } })(${JSON.stringify(sample())})`
        ) as unknown;
        endpoint.deliver(from(instance));
        expect(endpoint.stats().accepted).toBe(accepted);
        expect(endpoint.stats().byReason.oversized).toBe(1);
        expect(endpoint.effects()).toBe(effects);
    });

    it('S1: where the window cannot be compared, the allowed origin plus the session nonce authenticates', () => {
        const before = endpoint.stats().accepted;
        endpoint.deliver(from(sample(), { source: { aProxyOfTheWindow: true } }));
        expect(endpoint.stats().accepted).toBe(before + 1);
    });

    it.each<[string, (e: Endpoint, valid: WireMessage) => MessageEventLike | { data: unknown }, string]>([
        [
            'from another window without the session nonce',
            (_e, valid) => ({ data: { ...valid, nonce: undefined }, source: {} }),
            'wrong-source'
        ],
        [
            'from another window with another nonce',
            (_e, valid) => ({ data: { ...valid, nonce: 'A'.repeat(32) }, source: {} }),
            'wrong-source'
        ],
        [
            'with no window and no nonce',
            (_e, valid) => ({ data: { ...valid, nonce: undefined }, source: null }),
            'wrong-source'
        ],
        [
            'from another window with the nonce but an origin not on the allowlist',
            (_e, valid) => ({ data: valid, source: {}, origin: 'https://evil.example.com' }),
            'wrong-source'
        ],
        [
            'from the peer window without the session nonce',
            (_e, valid) => ({ data: { ...valid, nonce: undefined } }),
            'wrong-nonce'
        ],
        [
            'from the peer window with a guessed nonce',
            (_e, valid) => ({ data: { ...valid, nonce: 'guessed-nonce-0000000000000000' } }),
            'wrong-nonce'
        ],
        ['with a malformed nonce', (_e, valid) => ({ data: { ...valid, nonce: 'short' } }), 'bad-envelope'],
        [
            'from an origin not on the allowlist',
            (_e, valid) => ({ data: valid, origin: 'https://evil.example.com' }),
            'wrong-origin'
        ],
        [
            'from the allowed host name over http',
            (e, valid) => ({ data: valid, origin: e.peer.origin.replace('https', 'http') }),
            'wrong-origin'
        ],
        ['that is not JSON', () => ({ data: '{"protocol": "omni-presence-bridge", ' }), 'malformed'],
        ['of another protocol', (_e, valid) => ({ data: { ...valid, protocol: 'something-else' } }), 'not-protocol'],
        ['that is a bare value', () => ({ data: 42 }), 'not-protocol'],
        ['with a broken envelope', (_e, valid) => ({ data: { ...valid, version: 'one' } }), 'bad-envelope'],
        ['of an unknown type', (_e, valid) => ({ data: { ...valid, type: 'selfDestruct' } }), 'unknown-type'],
        [
            'with a payload of the wrong shape',
            (_e, valid) => ({ data: { ...valid, payload: 'everything' } }),
            'bad-payload'
        ],
        [
            'with a __proto__ key',
            (_e, valid) => ({
                data: JSON.parse(
                    JSON.stringify({ ...valid, payload: 'PAYLOAD' }).replace(
                        '"PAYLOAD"',
                        '{"__proto__":{"admin":true}}'
                    )
                ) as unknown
            }),
            'unexpected-keys'
        ],
        [
            'with a constructor key',
            (_e, valid) => ({ data: { ...valid, constructor: { prototype: { polluted: true } } } }),
            'unexpected-keys'
        ],
        [
            'that is oversized',
            (_e, valid) => ({ data: { ...valid, payload: { filler: 'x'.repeat(50_000) } } }),
            'oversized'
        ]
    ])('drops and counts a message %s', (_what, build, reason) => {
        const before = endpoint.stats();
        const effects = endpoint.effects();
        const event = build(endpoint, sample());
        expect(() => {
            endpoint.deliver(from(event.data, event));
        }).not.toThrow();
        const after = endpoint.stats();
        expect(after.byReason[reason as keyof BridgeStats['byReason']]).toBe(
            (before.byReason[reason as keyof BridgeStats['byReason']] ?? 0) + 1
        );
        expect(after.dropped).toBe(before.dropped + 1);
        expect(after.accepted).toBe(before.accepted);
        expect(endpoint.effects()).toBe(effects);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });

    it('drops a replayed message id', () => {
        const message = sample();
        endpoint.deliver(from(message));
        const effects = endpoint.effects();
        endpoint.deliver(from(message));
        expect(endpoint.stats().byReason.replayed).toBe(1);
        expect(endpoint.effects()).toBe(effects);
    });

    it('drops a reply to a request it never made', () => {
        const effects = endpoint.effects();
        endpoint.deliver(from(toWire(nextId(), { type: 'ack' }, { replyTo: 'never-sent', nonce: endpoint.nonce })));
        expect(endpoint.stats().byReason.unexpected).toBe(1);
        expect(endpoint.effects()).toBe(effects);
    });

    it('drops a flood beyond its rate limit, then recovers', () => {
        for (let i = 0; i < 300; i++)
            endpoint.deliver(from(toWire(nextId(), { type: 'ack' }, { replyTo: 'never-sent', nonce: endpoint.nonce })));
        expect(endpoint.stats().byReason.flood).toBeGreaterThanOrEqual(150);
        endpoint.pair.clock.advance(2000);
        const before = endpoint.stats().accepted;
        endpoint.deliver(from(sample()));
        expect(endpoint.stats().accepted).toBe(before + 1);
    });
});

describe('docs/bridge-protocol.md', () => {
    it('every JSON example is a valid message of the current protocol', () => {
        const text = readFileSync(join(__dirname, '../../docs/bridge-protocol.md'), 'utf8');
        const examples = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
        expect(examples.length).toBeGreaterThanOrEqual(14);
        const hostTypes = ['connect', 'welcome', 'reject', 'setState', 'work', 'ping'];
        for (const example of examples) {
            const wire = JSON.parse(example) as { type: string; version: number; nonce?: string; replyTo?: string };
            const fromHost = hostTypes.includes(wire.type) || (wire.type === 'logout' && !example.includes('"cause"'));
            const parsed = fromHost ? parseHostMessage(example) : parseSoftphoneMessage(example);
            expect(parsed).toMatchObject({ ok: true });
            const handshake = ['connect', 'hello', 'reject'].includes(wire.type);
            expect(wire.version).toBe(handshake ? 1 : 2);
            if (!['connect', 'reject'].includes(wire.type)) expect(wire.nonce).toMatch(NONCE_PATTERN);
        }
    });
});
