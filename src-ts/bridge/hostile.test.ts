/**
 * S1 hostile-input suite: thousands of generated messages thrown at a connected host (and at the
 * softphone client): wrong origins, wrong windows, malformed JSON, wrong types, missing fields,
 * oversized payloads, prototype keys, replayed ids and floods. None may change anything, none
 * may escape the listener, and every one must be counted.
 */
import fc from 'fast-check';
import { toWire, type WireMessage } from './protocol';
import type { BridgeStats, MessageEventLike } from './endpoint';
import { connectPair, HOST_ORIGIN, SOFTPHONE_ORIGIN, type Pair } from '../test-support/bridge-harness';

const HOSTILE_MESSAGES = Number(process.env.HOSTILE_MESSAGES ?? 12_000);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

type Peer = { source: unknown; origin: string };
type Attack = {
    category: string;
    event: (peer: Peer, replayable: WireMessage) => MessageEventLike;
};

const attack = (category: string, event: Attack['event']): Attack => ({ category, event });

const validSoftphone = (nonce: string) =>
    toWire(
        'seed-1',
        {
            type: 'state',
            state: { major: 'Away', minor: 'Lunch' },
            cause: 'agent',
            requestId: null
        },
        { nonce }
    );

/** Turns a valid message into an invalid one: a value of the wrong type, a missing field, or an extra key. */
const mutation = fc.oneof(
    fc.record({
        kind: fc.constant('wrongType' as const),
        path: fc.constantFrom(
            'version',
            'id',
            'type',
            'payload',
            'payload.state',
            'payload.state.major',
            'payload.cause',
            'payload.requestId'
        ),
        value: fc.oneof(
            fc.integer(),
            fc.boolean(),
            fc.constant(null),
            fc.array(fc.integer(), { maxLength: 3 }),
            fc.string({ maxLength: 5 }).map((s) => ({ s }))
        )
    }),
    fc.record({
        kind: fc.constant('missing' as const),
        path: fc.constantFrom(
            'protocol',
            'version',
            'id',
            'type',
            'payload.state',
            'payload.state.major',
            'payload.cause'
        )
    }),
    fc.record({
        kind: fc.constant('extraKey' as const),
        path: fc.constantFrom('', 'payload', 'payload.state'),
        key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra', 'admin')
    })
);

function mutate(
    message: WireMessage,
    change: fc.Arbitrary<unknown> extends never ? never : { kind: string; path: string; value?: unknown; key?: string }
): unknown {
    const copy = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
    const parts = change.path === '' ? [] : change.path.split('.');
    let parent: Record<string, unknown> = copy;
    for (const part of parts.slice(0, -1)) {
        if (typeof parent[part] !== 'object' || parent[part] === null) parent[part] = {};
        parent = parent[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    if (change.kind === 'wrongType' && last !== undefined) {
        if (parent[last] === change.value) return null;
        parent[last] = change.value;
        return copy;
    }
    if (change.kind === 'missing' && last !== undefined) {
        if (!Object.prototype.hasOwnProperty.call(parent, last)) return null;
        Reflect.deleteProperty(parent, last);
        return copy;
    }
    // An extra key, written through JSON.parse so that __proto__ becomes an own key, as a parsed message would have it.
    if (last !== undefined && (typeof parent[last] !== 'object' || parent[last] === null)) parent[last] = {};
    const target = last === undefined ? copy : (parent[last] as Record<string, unknown>);
    const marker = '"@@EXTRA@@":1';
    target['@@EXTRA@@'] = 1;
    return JSON.parse(JSON.stringify(copy).replace(marker, `"${change.key ?? 'extra'}":{"polluted":true}`)) as unknown;
}

const attacks: fc.Arbitrary<Attack> = fc.oneof(
    fc.webUrl().map((url) =>
        attack('wrong origin', (peer, valid) => {
            const origin = new URL(url).origin;
            return {
                data: valid,
                origin: origin === peer.origin ? 'https://evil.example' : origin,
                source: peer.source
            };
        })
    ),
    fc
        .constantFrom<unknown>(null, undefined, {}, 'window', 0, [], { postMessage: () => undefined })
        .map((source) => attack('wrong window', (peer, valid) => ({ data: valid, origin: peer.origin, source }))),
    fc.string({ maxLength: 200 }).map((text) =>
        attack('malformed JSON', (peer) => ({
            data: `{"protocol":"omni-presence-bridge",${text}`,
            origin: peer.origin,
            source: peer.source
        }))
    ),
    fc
        .jsonValue({ maxDepth: 4 })
        .map((value) =>
            attack('arbitrary JSON', (peer) => ({ data: value, origin: peer.origin, source: peer.source }))
        ),
    fc.tuple(mutation, fc.nat()).map(([change, n]) =>
        attack(`mutated (${change.kind})`, (peer, valid) => {
            const data = mutate({ ...valid, id: `m-${n}` }, change);
            return { data: data ?? { ...valid, version: -1 }, origin: peer.origin, source: peer.source };
        })
    ),
    fc.integer({ min: 33_000, max: 200_000 }).map((size) =>
        attack('oversized', (peer, valid) => ({
            data: { ...valid, payload: { state: { major: 'x'.repeat(size) }, cause: 'agent' } },
            origin: peer.origin,
            source: peer.source
        }))
    ),
    fc.integer({ min: 50, max: 400 }).map((depth) =>
        attack('deeply nested', (peer, valid) => {
            let nested: unknown = 'bottom';
            for (let i = 0; i < depth; i++) nested = { nested };
            return { data: { ...valid, payload: nested }, origin: peer.origin, source: peer.source };
        })
    ),
    fc.constant(attack('replayed id', (peer, valid) => ({ data: valid, origin: peer.origin, source: peer.source }))),
    fc.tuple(fc.stringMatching(/^[A-Za-z0-9_-]{32}$/), fc.nat(), fc.boolean()).map(([nonce, n, sameWindow]) =>
        attack('guessed nonce', (peer, valid) => ({
            data: JSON.stringify({ ...valid, id: `g-${n}`, nonce }),
            origin: peer.origin,
            source: sameWindow ? peer.source : {}
        }))
    )
);

function throwAt(pair: Pair, side: 'host' | 'client', replayable: WireMessage) {
    const peer =
        side === 'host'
            ? { source: pair.frameHandle, origin: SOFTPHONE_ORIGIN }
            : { source: pair.parentHandle, origin: HOST_ORIGIN };
    const target = side === 'host' ? pair.hostWindow : pair.frameWindow;
    const stats = (): BridgeStats => (side === 'host' ? pair.host.stats() : pair.client.stats());
    const effects = () => pair.inputs.length + pair.results.length + pair.commands.length;
    return { peer, target, stats, effects, replayable };
}

describe('S1: hostile messages change nothing and are all counted', () => {
    it.each(['host', 'client'] as const)(`%s survives ${HOSTILE_MESSAGES} generated hostile messages`, async (side) => {
        const pair = connectPair();
        pair.client.start();
        pair.host.start();
        await pair.settle();
        // One genuine message, whose id every "replayed id" attack reuses.
        const nonce = pair.sessionNonce() ?? '';
        const replayable = side === 'host' ? validSoftphone(nonce) : toWire('replay-me', { type: 'ping' }, { nonce });
        (side === 'host' ? pair.hostWindow : pair.frameWindow).dispatch({
            data: replayable,
            origin: side === 'host' ? SOFTPHONE_ORIGIN : HOST_ORIGIN,
            source: side === 'host' ? pair.frameHandle : pair.parentHandle
        });
        await pair.settle();
        const target = throwAt(pair, side, replayable);
        const before = target.stats();
        const effectsBefore = target.effects();
        const statusBefore = side === 'host' ? pair.host.currentStatus : pair.client.currentStatus;
        const counts: Record<string, number> = {};

        const sample = fc.sample(attacks, { numRuns: HOSTILE_MESSAGES, ...(seed === undefined ? {} : { seed }) });
        let thrown = 0;
        sample.forEach((hostile, index) => {
            counts[hostile.category] = (counts[hostile.category] ?? 0) + 1;
            const event = hostile.event(target.peer, replayable);
            try {
                target.target.dispatch(event);
            } catch {
                thrown++;
            }
            // Time passes at 40 messages a second, under the rate limit, so each attack meets its own check;
            // the heartbeat keeps flowing meanwhile.
            pair.clock.advance(25);
            if (index % 40 === 0) pair.bus.flush();
        });
        // Let the heartbeat traffic settle first: a pong caught in the flood would be dropped too.
        await pair.settle();
        // Then a flood: a burst in one instant.
        const flood = 1000;
        for (let i = 0; i < flood; i++) {
            target.target.dispatch({ data: replayable, origin: target.peer.origin, source: target.peer.source });
        }

        const after = target.stats();
        const heartbeatTraffic = after.accepted - before.accepted;
        expect(thrown).toBe(0);
        expect(after.dropped - before.dropped).toBe(HOSTILE_MESSAGES + flood);
        // Only the heartbeat's own pings and pongs were accepted meanwhile; they have no effect.
        expect(target.effects()).toBe(effectsBefore);
        expect(side === 'host' ? pair.host.currentStatus : pair.client.currentStatus).toBe(statusBefore);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(after.byReason.flood).toBeGreaterThan(0);
        expect(after.byReason.replayed).toBeGreaterThan(0);
        expect(Object.keys(counts).length).toBeGreaterThanOrEqual(10);
        expect(heartbeatTraffic).toBeLessThan(200);
    });
});
