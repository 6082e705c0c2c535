import { BridgeHost, BridgeHostError } from './host';
import { BridgeCommandError, SoftphoneBridgeClient } from './client';
import { PROTOCOL, negotiateVersion, originMatches, parseHostMessage, parseSoftphoneMessage, toWire } from './protocol';
import type { SoftphoneCommand } from '../engine/types';
import { CATALOGUE, HOST_ORIGIN, SOFTPHONE_ORIGIN, connectPair, readPosted } from '../test-support/bridge-harness';
import { FakeClock } from '../test-support/fake-clock';
import { FakeWindow } from '../test-support/windows';

const setState = (
    id: string,
    major: string,
    minor: string | null = null,
    rule: SoftphoneCommand['rule'] = 'B2'
): SoftphoneCommand => ({
    side: 'softphone',
    id,
    rule,
    type: 'setState',
    state: { major, minor }
});

async function connected() {
    const pair = connectPair();
    pair.client.start();
    pair.host.start();
    await pair.settle();
    return pair;
}

describe('bridge handshake (S1, B15, B17)', () => {
    it('connects: the host asks, the softphone says hello with its catalogue and session, the host welcomes it', async () => {
        const pair = await connected();
        expect(pair.host.currentStatus).toBe('connected');
        expect(pair.client.currentStatus).toBe('connected');
        expect(pair.host.softphone).toMatchObject({ vendor: 'Vonage', product: 'ContactPad', protocolVersion: 2 });
        expect(pair.inputs).toEqual([
            expect.objectContaining({
                kind: 'softphone',
                event: 'connected',
                loggedIn: true,
                state: { major: 'Ready', minor: null },
                capabilities: ['state', 'login', 'logout', 'interactions', 'workItems']
            })
        ]);
        const connectedInput = pair.inputs[0];
        expect(
            connectedInput?.kind === 'softphone' && connectedInput.event === 'connected' && connectedInput.catalogue
        ).toHaveLength(CATALOGUE.length);
    });

    it('S1: every message goes to an explicit origin, never "*"', async () => {
        const pair = await connected();
        pair.client.state({ major: 'Away', minor: 'Lunch' });
        pair.host.send(setState('s1', 'Ready'));
        await pair.settle();
        expect(pair.bus.log.length).toBeGreaterThan(4);
        for (const posted of pair.bus.log) {
            expect(posted.targetOrigin).toBe(posted.to === pair.frameWindow ? SOFTPHONE_ORIGIN : HOST_ORIGIN);
        }
    });

    it('refuses configurations that would weaken S1', () => {
        const clock = new FakeClock();
        const base = {
            listenOn: new FakeWindow(HOST_ORIGIN),
            frame: () => null,
            clock,
            onInput: jest.fn(),
            onResult: jest.fn()
        };
        expect(() => new BridgeHost({ ...base, softphoneOrigin: '*', allowedOrigins: [] })).toThrow(BridgeHostError);
        expect(
            () =>
                new BridgeHost({
                    ...base,
                    softphoneOrigin: 'https://a.example.com',
                    allowedOrigins: ['https://*.example.com']
                })
        ).toThrow(BridgeHostError);
        expect(
            () =>
                new SoftphoneBridgeClient({
                    vendor: 'v',
                    product: 'p',
                    version: '1',
                    capabilities: [],
                    catalogue: CATALOGUE,
                    allowedHostOrigins: ['*'],
                    onCommand: jest.fn(),
                    self: new FakeWindow(SOFTPHONE_ORIGIN),
                    parent: { postMessage: jest.fn() },
                    clock
                })
        ).toThrow(/not allowed/);
    });

    it('keeps asking to connect until the softphone page is ready: at once, then after 250 ms doubling', async () => {
        const pair = connectPair();
        const sentAt: number[] = [];
        const start = pair.clock.now();
        const frame = pair.frameHandle as { postMessage: (data: unknown, origin: string) => void };
        const post = frame.postMessage.bind(frame);
        frame.postMessage = (data, origin) => {
            if (readPosted(data).type === 'connect') sentAt.push(pair.clock.now() - start);
            post(data, origin);
        };
        pair.host.start();
        pair.clock.advance(3800);
        await pair.settle();
        expect(sentAt).toEqual([0, 250, 750, 1750, 3750]);
        pair.client.start();
        pair.clock.advance(4000);
        await pair.settle();
        expect(pair.host.currentStatus).toBe('connected');
    });

    it('rejects a softphone that speaks no common protocol version, and both sides say so', async () => {
        const pair = connectPair({ client: { protocolVersions: [7] } });
        const statuses: string[] = [];
        pair.client.start();
        pair.host.start();
        await pair.settle();
        statuses.push(pair.host.currentStatus, pair.client.currentStatus);
        expect(statuses).toEqual(['rejected', 'rejected']);
        expect(pair.host.stats().byReason.version).toBe(1);
        expect(pair.inputs).toEqual([]);
    });

    it('negotiates the highest common version and matches host origin patterns', () => {
        expect(negotiateVersion([1, 2, 3], [1, 2])).toBe(2);
        expect(negotiateVersion([3], [1])).toBeNull();
        expect(originMatches('https://acme.lightning.force.com', 'https://*.lightning.force.com')).toBe(true);
        expect(originMatches('https://lightning.force.com', 'https://*.lightning.force.com')).toBe(false);
        expect(originMatches('https://evil.com/.lightning.force.com', 'https://*.lightning.force.com')).toBe(false);
        expect(originMatches('http://acme.lightning.force.com', 'https://*.lightning.force.com')).toBe(false);
        expect(originMatches('https://a.b.lightning.force.com:8443', 'https://*.lightning.force.com')).toBe(false);
        expect(originMatches('https://a.example.com:8443', 'https://*.example.com:8443')).toBe(true);
    });
});

describe('softphone messages become engine inputs', () => {
    it('reports state changes with their cause, login, logout and interactions', async () => {
        const pair = await connected();
        pair.inputs.length = 0;
        pair.client.state({ major: 'Away', minor: 'Lunch' }, 'agent');
        pair.client.interactionStarted('call-1', 'inbound');
        pair.client.state({ major: 'Busy Inbound', minor: null }, 'system');
        pair.client.interactionEnded('call-1');
        pair.client.logout('agent');
        pair.client.login({ major: 'Ready', minor: null });
        await pair.settle();
        expect(pair.inputs).toEqual([
            {
                kind: 'softphone',
                event: 'stateChanged',
                state: { major: 'Away', minor: 'Lunch' },
                cause: 'agent',
                requestId: null
            },
            { kind: 'softphone', event: 'interactionStarted', interactionId: 'call-1', direction: 'inbound' },
            {
                kind: 'softphone',
                event: 'stateChanged',
                state: { major: 'Busy Inbound', minor: null },
                cause: 'system',
                requestId: null
            },
            { kind: 'softphone', event: 'interactionEnded', interactionId: 'call-1' },
            { kind: 'softphone', event: 'loggedOut', cause: 'agent', requestId: null },
            { kind: 'softphone', event: 'loggedIn', state: { major: 'Ready', minor: null } }
        ]);
    });

    it('B19: a work action is acknowledged and passed on; without the capability it is refused', async () => {
        const pair = await connected();
        pair.inputs.length = 0;
        const accepted = pair.client.workAction('decline', '0BZ000000000001', 'Not my queue');
        await pair.settle();
        await expect(accepted).resolves.toBeUndefined();
        expect(pair.inputs).toEqual([
            {
                kind: 'softphone',
                event: 'workAction',
                action: 'decline',
                workId: '0BZ000000000001',
                reason: 'Not my queue'
            }
        ]);

        const plain = connectPair({ client: { capabilities: ['state'] } });
        plain.client.start();
        plain.host.start();
        await plain.settle();
        const refused = plain.client.workAction('accept', '0BZ000000000002');
        await plain.settle();
        await expect(refused).rejects.toMatchObject({ code: 'unsupported' });
    });
});

describe('host commands and their acknowledgements', () => {
    it('carries out setState, logout and work items and reports each result', async () => {
        const pair = await connected();
        pair.host.send(setState('s1', 'Away', 'Lunch'));
        pair.host.send(setState('s2', 'Busy Inbound', null, 'B7'));
        pair.host.send({ side: 'softphone', id: 's3', rule: 'B5', type: 'logout' });
        pair.host.send({
            side: 'softphone',
            id: 'w4',
            rule: 'B19',
            type: 'workItem',
            event: 'assigned',
            workId: '0BZ1',
            workItemId: '5001'
        });
        await pair.settle();
        expect(pair.commands).toEqual([
            { type: 'setState', requestId: 's1', state: { major: 'Away', minor: 'Lunch' }, reason: 'sync' },
            { type: 'setState', requestId: 's2', state: { major: 'Busy Inbound', minor: null }, reason: 'work' },
            { type: 'logout', requestId: 's3' },
            { type: 'work', requestId: 'w4', event: 'assigned', workId: '0BZ1', workItemId: '5001' }
        ]);
        expect(pair.results).toEqual([
            { commandId: 's1', ok: true, error: null },
            { commandId: 's2', ok: true, error: null },
            { commandId: 's3', ok: true, error: null },
            { commandId: 'w4', ok: true, error: null }
        ]);
    });

    it('reports a refused command with its error code', async () => {
        const pair = connectPair({
            onCommand: () => {
                throw new BridgeCommandError('invalid-state', 'not during a call');
            }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.host.send(setState('s1', 'Away'));
        await pair.settle();
        expect(pair.results).toEqual([{ commandId: 's1', ok: false, error: 'invalid-state: not during a call' }]);
    });

    it('B17: times out a command the softphone never answers', async () => {
        const pair = connectPair({
            onCommand: () => new Promise<void>(() => undefined),
            host: { commandTimeoutMs: 4000 }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.host.send(setState('s1', 'Away'));
        await pair.settle();
        pair.clock.advance(3999);
        expect(pair.results).toEqual([]);
        pair.clock.advance(1);
        expect(pair.results).toEqual([{ commandId: 's1', ok: false, error: 'softphone-no-answer' }]);
    });

    it('fails a command at once while no softphone is connected, in a later task than the send', () => {
        const pair = connectPair();
        pair.host.start();
        pair.host.send(setState('s1', 'Away'));
        // Not inside send(): the engine step that issued the command is still running then (issue 21).
        expect(pair.results).toEqual([]);
        pair.clock.advance(0);
        expect(pair.results).toEqual([{ commandId: 's1', ok: false, error: 'softphone-not-connected' }]);
    });

    it('the client echoes the host request id when it reports the resulting state', async () => {
        const pair = connectPair({
            onCommand: (command) => {
                if (command.type === 'setState') pair.client.state(command.state, 'host', command.requestId);
            }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.inputs.length = 0;
        pair.host.send(setState('s9', 'Away', 'Lunch'));
        await pair.settle();
        expect(pair.inputs).toEqual([
            {
                kind: 'softphone',
                event: 'stateChanged',
                state: { major: 'Away', minor: 'Lunch' },
                cause: 'host',
                requestId: 's9'
            }
        ]);
    });
});

describe('B17: dead or reloaded frames', () => {
    it('keeps a live softphone connected through heartbeats', async () => {
        const pair = await connected();
        for (let i = 0; i < 12; i++) {
            pair.clock.advance(5000);
            await pair.settle();
        }
        expect(pair.host.currentStatus).toBe('connected');
        expect(pair.inputs.filter((i) => i.kind === 'softphone' && i.event === 'disconnected')).toEqual([]);
    });

    it('marks a silent softphone disconnected, fails what is pending, and reconnects when it is back', async () => {
        const pair = connectPair({ host: { commandTimeoutMs: 60_000 } });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.frameWindow.listeners.clear(); // the page hangs: no pongs, no acks
        pair.host.send(setState('s1', 'Away'));
        for (let i = 0; i < 4; i++) {
            pair.clock.advance(5000);
            await pair.settle();
        }
        expect(pair.host.currentStatus).toBe('connecting');
        expect(pair.inputs).toContainEqual({ kind: 'softphone', event: 'disconnected', reason: 'heartbeat-lost' });
        expect(pair.results).toContainEqual({ commandId: 's1', ok: false, error: 'heartbeat-lost' });

        // The page comes back with a fresh client: the host's connect retries find it.
        const revived = new SoftphoneBridgeClient({
            vendor: 'Vonage',
            product: 'ContactPad',
            version: '1.0.1',
            capabilities: ['state'],
            catalogue: CATALOGUE,
            allowedHostOrigins: ['https://*.lightning.force.com'],
            onCommand: jest.fn(),
            self: pair.frameWindow,
            parent: pair.parentHandle as never,
            clock: pair.clock,
            initialSession: { loggedIn: true, state: { major: 'Away', minor: null } },
            newId: (() => {
                let n = 0;
                return () => `r-${++n}`;
            })()
        });
        revived.start();
        pair.clock.advance(5000);
        await pair.settle();
        expect(pair.host.currentStatus).toBe('connected');
        expect(pair.inputs[pair.inputs.length - 1]).toMatchObject({
            event: 'connected',
            state: { major: 'Away', minor: null }
        });
    });

    it('treats a frame reload as a disconnection followed by a new handshake', async () => {
        const pair = await connected();
        pair.inputs.length = 0;
        pair.host.frameLoaded();
        await pair.settle();
        expect(pair.inputs.map((i) => (i.kind === 'softphone' ? i.event : i.kind))).toEqual([
            'disconnected',
            'connected'
        ]);
        expect(pair.host.currentStatus).toBe('connected');
    });

    it('hears a goodbye when the softphone page closes', async () => {
        const pair = await connected();
        pair.inputs.length = 0;
        pair.client.stop();
        await pair.settle();
        expect(pair.inputs).toEqual([{ kind: 'softphone', event: 'disconnected', reason: 'softphone-closed' }]);
        expect(pair.host.currentStatus).toBe('connecting');
    });
});

describe('protocol validation', () => {
    const valid = toWire('x-1', {
        type: 'state',
        state: { major: 'Away', minor: 'Lunch' },
        cause: 'agent',
        requestId: null
    });

    it('builds every message with the envelope and reads it back', () => {
        expect(valid).toEqual({
            protocol: PROTOCOL,
            version: 2,
            id: 'x-1',
            type: 'state',
            payload: { state: { major: 'Away', minor: 'Lunch' }, cause: 'agent', requestId: null }
        });
        const parsed = parseSoftphoneMessage(valid);
        expect(parsed.ok && parsed.envelope.message).toEqual({
            type: 'state',
            state: { major: 'Away', minor: 'Lunch' },
            cause: 'agent',
            requestId: null
        });
        expect(parseSoftphoneMessage(JSON.stringify(valid)).ok).toBe(true);
    });

    it.each([
        ['not JSON', '{"protocol":', 'malformed'],
        ['another protocol', { ...valid, protocol: 'other' }, 'not-protocol'],
        ['no envelope id', { ...valid, id: undefined }, 'bad-envelope'],
        ['an id with spaces', { ...valid, id: 'a b' }, 'bad-envelope'],
        ['a version of zero', { ...valid, version: 0 }, 'bad-envelope'],
        ['an unknown type', { ...valid, type: 'teleport' }, 'unknown-type'],
        ['a wrong cause', { ...valid, payload: { ...valid.payload, cause: 'nobody' } }, 'bad-payload'],
        ['a blank state', { ...valid, payload: { state: { major: '  ' }, cause: 'agent' } }, 'bad-payload'],
        ['a numeric state', { ...valid, payload: { state: { major: 5 }, cause: 'agent' } }, 'bad-payload'],
        [
            'a control character',
            { ...valid, payload: { state: { major: 'Away\u0000' }, cause: 'agent' } },
            'bad-payload'
        ],
        [
            'a request id without cause host',
            { ...valid, payload: { ...valid.payload, requestId: 'h-1' } },
            'bad-payload'
        ],
        ['an extra envelope key', { ...valid, extra: 1 }, 'unexpected-keys'],
        ['an extra payload key', { ...valid, payload: { ...valid.payload, extra: 1 } }, 'unexpected-keys'],
        [
            'a __proto__ key',
            JSON.parse(
                '{"protocol":"omni-presence-bridge","version":1,"id":"a","type":"ack","payload":{"__proto__":{"x":1}}}'
            ) as unknown,
            'unexpected-keys'
        ],
        [
            'a constructor key',
            { ...valid, payload: { ...valid.payload, constructor: { prototype: {} } } },
            'unexpected-keys'
        ],
        ['an oversized string', 'x'.repeat(40_000), 'oversized'],
        [
            'an oversized object',
            { ...valid, payload: { ...valid.payload, state: { major: 'y'.repeat(40_000) } } },
            'oversized'
        ]
    ])('rejects %s', (_name, message, reason) => {
        const parsed = parseSoftphoneMessage(message);
        expect(parsed.ok ? 'accepted' : parsed.reason).toBe(reason);
    });

    it('validates host messages with the same rules', () => {
        expect(
            parseHostMessage(
                toWire('h-1', { type: 'setState', state: { major: 'Ready', minor: null }, reason: 'sync' })
            ).ok
        ).toBe(true);
        expect(
            parseHostMessage(
                toWire('h-2', { type: 'setState', state: { major: 'Ready', minor: null }, reason: 'because' } as never)
            )
        ).toMatchObject({ ok: false, reason: 'bad-payload' });
        expect(
            parseHostMessage(
                toWire('h-3', { type: 'welcome', version: 1, capabilities: ['teleport'], heartbeatMs: 5000 } as never)
            )
        ).toMatchObject({ ok: false, reason: 'bad-payload' });
        expect(
            parseHostMessage(
                toWire('h-4', {
                    type: 'state',
                    state: { major: 'Ready', minor: null },
                    cause: 'agent',
                    requestId: null
                })
            )
        ).toMatchObject({ ok: false, reason: 'unknown-type' });
    });

    it('refuses objects that are not plain data', () => {
        class Sneaky {
            protocol = PROTOCOL;
        }
        expect(parseSoftphoneMessage(new Sneaky())).toMatchObject({ ok: false, reason: 'oversized' });
        const withGetter = { ...valid };
        Object.defineProperty(withGetter, 'payload', { get: () => valid.payload, enumerable: true });
        expect(parseSoftphoneMessage(withGetter).ok).toBe(false);
    });
});

describe('handshake races', () => {
    it('a softphone that answers two connects is not taken for a restart', async () => {
        const pair = connectPair();
        pair.client.start();
        pair.host.start();
        // The first hello is still on its way when the host asks again.
        pair.clock.advance(250);
        await pair.settle();
        expect(pair.host.currentStatus).toBe('connected');
        expect(pair.inputs.map((i) => (i.kind === 'softphone' ? i.event : i.kind))).toEqual(['connected']);
        expect(pair.host.stats().byReason.unexpected).toBe(1);
        expect(pair.client.capabilities).toEqual(['state', 'login', 'logout', 'interactions', 'workItems']);
    });

    it('a softphone answering a resync with no common version ends the old session before it is refused', async () => {
        const pair = await connected();
        pair.host.send(setState('s1', 'Away'));
        // A burst beyond the rate limit makes the host resynchronise once it is over.
        for (let i = 0; i < 150; i++) pair.client.state({ major: 'Ready', minor: null });
        pair.bus.flush();
        pair.clock.advance(1000);
        const connect = pair.posted('frame').pop();
        expect(connect?.type).toBe('connect');
        pair.hostWindow.dispatch({
            data: toWire(
                'late-hello',
                {
                    type: 'hello',
                    vendor: 'Vonage',
                    product: 'ContactPad',
                    version: '2.0.0',
                    protocolVersions: [7],
                    capabilities: [],
                    catalogue: [{ major: 'Ready', minor: null, reserved: false, label: null }],
                    session: { loggedIn: false, state: null, since: null, interactions: [] }
                },
                { version: 1, replyTo: connect?.id ?? null, nonce: connect?.id ?? null }
            ),
            origin: SOFTPHONE_ORIGIN,
            source: pair.frameHandle
        });
        expect(pair.host.currentStatus).toBe('rejected');
        expect(pair.inputs).toContainEqual({
            kind: 'softphone',
            event: 'disconnected',
            reason: 'protocol-unsupported'
        });
        expect(pair.results).toContainEqual({
            commandId: 's1',
            ok: false,
            error: 'protocol-unsupported'
        });
    });

    it('cleans a refusal message the host would otherwise drop', async () => {
        const pair = connectPair({
            onCommand: () => {
                throw new BridgeCommandError('busy', '\u0000\u0007');
            }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        pair.host.send(setState('s1', 'Away'));
        await pair.settle();
        expect(pair.results).toEqual([{ commandId: 's1', ok: false, error: 'busy: the softphone could not do that' }]);
    });
});
