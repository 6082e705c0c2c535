/**
 * The bridge's hot path (a command to the softphone, a report to the host) does no more work than
 * it must, and no less: the one-pass encoding posts the same text as before, the shortcut for
 * messages read from JSON text judges every message as the full checks do (S1), and the host
 * posts a command before it arms the command's timeout (B17 still times it out).
 */
import { BridgeHost } from './host';
import { InboundGate } from './endpoint';
import {
    encode,
    originMatcher,
    originMatches,
    parseHostMessage,
    parseSoftphoneMessage,
    toWire,
    type HostMessage,
    type Parsed,
    type SoftphoneMessage
} from './protocol';
import { FakeClock } from '../test-support/fake-clock';
import { FakeWindow } from '../test-support/windows';
import { connectPair, SOFTPHONE_ORIGIN } from '../test-support/bridge-harness';
import type { SoftphoneCommand } from '../engine/types';

const NONCE = 'abcdefghijklmnopqrstuvwxyzABCDEF';

const hostMessages: HostMessage[] = [
    { type: 'connect', protocolVersions: [2] },
    { type: 'welcome', version: 2, capabilities: ['state', 'workItems'], heartbeatMs: 5000 },
    { type: 'reject', code: 'version', supported: [2], message: 'update the client' },
    { type: 'setState', state: { major: 'Away', minor: 'Lunch' }, reason: 'sync' },
    { type: 'setState', state: { major: 'Ready', minor: null }, reason: 'restore' },
    { type: 'logout' },
    { type: 'work', event: 'assigned', workId: '0BZ000000000001', workItemId: '500000000000001' },
    { type: 'ack' },
    { type: 'error', code: 'busy', message: 'on a call' },
    { type: 'ping' }
];
const softphoneMessages: SoftphoneMessage[] = [
    {
        type: 'hello',
        vendor: 'Vonage',
        product: 'ContactPad',
        version: '1.0.0',
        protocolVersions: [2],
        capabilities: ['state', 'interactions'],
        catalogue: [
            { major: 'Ready', minor: null, reserved: false, label: null },
            { major: 'Away', minor: 'Lunch', reserved: false, label: 'Lunch break' }
        ],
        session: {
            loggedIn: true,
            state: { major: 'Ready', minor: null },
            since: 1_700_000_000_000,
            interactions: [{ id: 'call-1', direction: 'inbound' }]
        }
    },
    { type: 'state', state: { major: 'Away', minor: 'Lunch' }, cause: 'agent', requestId: null },
    { type: 'state', state: { major: 'Ready', minor: null }, cause: 'host', requestId: 'h-9' },
    { type: 'login', state: null },
    { type: 'logout', cause: 'system', requestId: null },
    { type: 'interactionStarted', interactionId: 'call-7', direction: 'outbound' },
    { type: 'interactionEnded', interactionId: 'call-7' },
    { type: 'workAction', action: 'decline', workId: '0BZ000000000001', reason: 'Busy' },
    { type: 'ack' },
    { type: 'error', code: 'internal', message: 'oops' },
    { type: 'pong' },
    { type: 'goodbye' }
];
const optionSets = [
    {},
    { nonce: NONCE },
    { replyTo: 'h-1', version: 1 },
    { replyTo: 'c-3', sentAt: 1_700_000_000_123, nonce: NONCE, version: 2 },
    { replyTo: null, sentAt: null, nonce: null }
];

describe('encoding a message in one pass', () => {
    it.each([...hostMessages, ...softphoneMessages].map((m) => [m.type, m] as const))(
        'posts the same text as the wire form did: %s',
        (_type, message) => {
            for (const options of optionSets) {
                expect(encode('m-1', message, options)).toBe(JSON.stringify(toWire('m-1', message, options)));
            }
        }
    );
});

/** The verdict of a parse, without the detail text. */
const verdict = (parsed: Parsed<unknown>) => (parsed.ok ? { ok: true, envelope: parsed.envelope } : parsed.reason);

/** Valid messages of both directions and hostile variants of them, each as JSON text. */
function corpus(): { text: string; parse: (data: unknown) => Parsed<unknown> }[] {
    const texts: { text: string; parse: (data: unknown) => Parsed<unknown> }[] = [];
    const add = (parse: (data: unknown) => Parsed<unknown>, wire: Record<string, unknown>) => {
        const text = JSON.stringify(wire);
        const start = texts.length;
        texts.push({ text, parse });
        // Hostile variants: an extra key at each level, __proto__ and constructor keys, wrong shapes.
        texts.push({ text: JSON.stringify({ ...wire, extra: 1 }), parse });
        texts.push({ text: JSON.stringify({ ...wire, payload: { ...(wire.payload as object), extra: 1 } }), parse });
        texts.push({ text: text.replace('"payload":{', '"payload":{"__proto__":{"admin":true},'), parse });
        texts.push({ text: text.replace('{"protocol"', '{"__proto__":null,"protocol"'), parse });
        texts.push({ text: JSON.stringify({ ...wire, constructor: { prototype: { polluted: true } } }), parse });
        texts.push({ text: JSON.stringify({ ...wire, payload: [wire.payload] }), parse });
        texts.push({ text: JSON.stringify({ ...wire, payload: null }), parse });
        texts.push({ text: JSON.stringify({ ...wire, payload: 'everything' }), parse });
        texts.push({ text: JSON.stringify([wire]), parse });
        texts.push({ text: text.replace('"major":', '"minor":"x","__proto__":{},"major":'), parse });
        texts.push({ text: text.replace(/"state":\{[^}]*\}/, '"state":["Away"]'), parse });
        texts.push({ text: text.replace(/"catalogue":\[/, '"catalogue":[{"major":"X","__proto__":{}},'), parse });
        texts.push({ text: text.replace(/"session":\{/, '"session":{"constructor":{},'), parse });
        // Only the variants that are JSON (an insertion into an empty object leaves a trailing comma).
        const variants = texts.splice(start).filter(({ text: variant }) => {
            try {
                JSON.parse(variant);
                return true;
            } catch {
                return false;
            }
        });
        texts.push(...variants);
    };
    for (const message of hostMessages) add(parseHostMessage, { ...toWire('h-1', message, { nonce: NONCE }) });
    for (const message of softphoneMessages)
        add(parseSoftphoneMessage, { ...toWire('c-1', message, { nonce: NONCE, sentAt: 1_700_000_000_500 }) });
    // (A JSON string would be read as JSON text a second time: not a like-for-like comparison.)
    for (const bare of ['42', 'null', 'true', '[]', '{}'])
        texts.push({ text: bare, parse: parseHostMessage }, { text: bare, parse: parseSoftphoneMessage });
    return texts;
}

describe('S1: a message read from JSON text is judged as the full checks judge it', () => {
    it('every message of the corpus gets the same verdict as the same value passed as an object', () => {
        const cases = corpus();
        expect(cases.length).toBeGreaterThan(300);
        let refused = 0;
        for (const { text, parse } of cases) {
            const fromText = verdict(parse(text));
            expect({ text, verdict: fromText }).toEqual({ text, verdict: verdict(parse(JSON.parse(text))) });
            if (typeof fromText === 'string') refused++;
        }
        // The corpus holds both kinds, so the comparison means something either way.
        expect(refused).toBeGreaterThan(200);
        expect(cases.length - refused).toBeGreaterThanOrEqual(hostMessages.length + softphoneMessages.length);
        expect(({} as Record<string, unknown>).admin).toBeUndefined();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('a value that is not from JSON text still gets the full checks after a JSON message', () => {
        const text = encode('h-1', { type: 'ping' }, { nonce: NONCE });
        expect(parseHostMessage(text)).toMatchObject({ ok: true });
        // An accessor property is refused only by the full checks: they must run for an object.
        const wire = JSON.parse(text) as Record<string, unknown>;
        Object.defineProperty(wire, 'payload', { enumerable: true, get: () => ({}) });
        expect(parseHostMessage(wire)).toMatchObject({ ok: false, reason: 'bad-payload' });
        // And a class instance, which JSON text can never produce.
        class Payload {
            readonly kind = 'payload';
        }
        expect(parseHostMessage({ ...(JSON.parse(text) as object), payload: new Payload() })).toMatchObject({
            ok: false
        });
    });
});

describe('B17: the host posts a command before it arms its timeout', () => {
    const command: SoftphoneCommand = {
        side: 'softphone',
        type: 'setState',
        id: 'cmd-1',
        rule: 'B2',
        state: { major: 'Away', minor: 'Lunch' }
    };

    it('the post comes first, and the command still times out', async () => {
        const pair = connectPair({
            onCommand: () => new Promise<void>(() => undefined),
            host: { commandTimeoutMs: 3000 }
        });
        pair.client.start();
        pair.host.start();
        await pair.settle();
        const order: string[] = [];
        const realSetTimeout = pair.clock.setTimeout.bind(pair.clock);
        jest.spyOn(pair.clock, 'setTimeout').mockImplementation((callback, ms) => {
            order.push(`timer ${ms}`);
            return realSetTimeout(callback, ms);
        });
        const postedBefore = pair.bus.log.length;
        const realPost = pair.bus.log.push.bind(pair.bus.log);
        jest.spyOn(pair.bus.log, 'push').mockImplementation((...items) => {
            for (const item of items) order.push(`post ${(JSON.parse(String(item.data)) as { type: string }).type}`);
            return realPost(...items);
        });
        pair.host.send(command);
        expect(order.slice(0, 2)).toEqual(['post setState', 'timer 3000']);
        expect(pair.bus.log.length).toBe(postedBefore + 1);
        await pair.settle();
        pair.clock.advance(3000);
        expect(pair.results).toEqual([{ commandId: 'cmd-1', ok: false, error: 'softphone-no-answer' }]);
    });

    it('a command settled while it was posted arms no timer', () => {
        const clock = new FakeClock();
        const hostWindow = new FakeWindow('https://acme.lightning.force.com');
        const results: unknown[] = [];
        let host: BridgeHost | null = null;
        // A frame whose post makes the host stop at once (as if the page went away meanwhile).
        const frame = {
            postMessage: (data: unknown) => {
                if (String(data).includes('"setState"')) host?.stop();
            }
        };
        host = new BridgeHost({
            listenOn: hostWindow,
            frame: () => frame,
            softphoneOrigin: SOFTPHONE_ORIGIN,
            allowedOrigins: [],
            clock,
            randomFill: (bytes) => bytes.fill(7),
            onInput: () => undefined,
            onResult: (result) => results.push(result)
        });
        // Connected, as a hello would make it.
        Object.assign(host as unknown as Record<string, unknown>, {
            status: 'connected',
            info: { vendor: 'v', product: 'p', version: '1', protocolVersion: 2, capabilities: ['state'] },
            sessionNonce: NONCE
        });
        const timersBefore = clock.pendingTimers;
        host.send(command);
        expect(results).toEqual([{ commandId: 'cmd-1', ok: false, error: 'bridge-stopped' }]);
        expect(clock.pendingTimers).toBeLessThanOrEqual(timersBefore);
        expect(host.retained().pending).toBe(0);
    });
});

describe('S1: the inbound gate remembers the last 512 message ids in a ring', () => {
    const gateOf = () =>
        new InboundGate<SoftphoneMessage>({
            clock: new FakeClock(0),
            fromPeer: () => true,
            originAllowed: () => true,
            parse: parseSoftphoneMessage,
            maxPerSecond: 1_000_000
        });
    const message = (n: number) => ({
        data: encode(`m-${n}`, { type: 'pong' }),
        origin: SOFTPHONE_ORIGIN,
        source: null
    });

    it('refuses each of the last 512 ids again, forgets the oldest first, and holds no more than 512', () => {
        const gate = gateOf();
        for (let n = 1; n <= 600; n++) expect(gate.admit(message(n))).not.toBeNull();
        expect(gate.rememberedIds).toBe(512);
        // Ids 89..600 are the last 512: each is a replay; 1..88 were forgotten, oldest first.
        expect(gate.admit(message(89))).toBeNull();
        expect(gate.admit(message(600))).toBeNull();
        expect(gate.stats().byReason.replayed).toBe(2);
        expect(gate.admit(message(88))).not.toBeNull();
        // 88 took the slot of the oldest remembered, 89: it is forgotten now, 90 is not.
        expect(gate.admit(message(89))).not.toBeNull();
        expect(gate.admit(message(91))).toBeNull();
        expect(gate.rememberedIds).toBe(512);
    });

    it('forgets every id for a new session, and fills its ring afresh', () => {
        const gate = gateOf();
        for (let n = 1; n <= 700; n++) gate.admit(message(n));
        gate.forgetIds();
        expect(gate.rememberedIds).toBe(0);
        for (let n = 1; n <= 512; n++) expect(gate.admit(message(n))).not.toBeNull();
        expect(gate.admit(message(1))).toBeNull();
        expect(gate.admit(message(513))).not.toBeNull();
        expect(gate.admit(message(1))).not.toBeNull();
    });
});

describe("the softphone's allowed host origins are read once, and judged as originMatches judges each", () => {
    const patterns = ['https://acme.my.salesforce.com', 'https://*.lightning.force.com', 'http://*.localhost:8080'];
    const origins = [
        'https://acme.my.salesforce.com',
        'https://acme.lightning.force.com',
        'https://acme--uat.sandbox.lightning.force.com',
        'https://lightning.force.com',
        'http://acme.lightning.force.com',
        'https://acme.lightning.force.com.evil.com',
        'https://evil.com/.lightning.force.com',
        'http://a.localhost:8080',
        'http://a.localhost:8081',
        'https://*.lightning.force.com',
        ''
    ];

    it('accepts exactly the origins some pattern matches', () => {
        const allowed = originMatcher(patterns);
        for (const origin of origins)
            expect([origin, allowed(origin)]).toEqual([origin, patterns.some((p) => originMatches(origin, p))]);
        expect(origins.filter(allowed)).toEqual([
            'https://acme.my.salesforce.com',
            'https://acme.lightning.force.com',
            'https://acme--uat.sandbox.lightning.force.com',
            'http://a.localhost:8080',
            'https://*.lightning.force.com'
        ]);
    });

    it('parses the patterns when the matcher is made, not per origin', () => {
        const exec = jest.spyOn(RegExp.prototype, 'exec');
        try {
            // A pattern read is a match run on the pattern's text (the host test of an origin runs on the origin's).
            const patternReads = () => exec.mock.calls.filter(([text]) => patterns.includes(text)).length;
            const allowed = originMatcher(patterns);
            expect(patternReads()).toBe(patterns.length);
            for (const origin of origins) allowed(origin);
            expect(patternReads()).toBe(patterns.length);
        } finally {
            exec.mockRestore();
        }
    });
});
