/**
 * The payload of each bridge message type, validated (see protocol.ts): `softphonePayload` for what the host
 * receives, `hostPayload` for what the softphone receives. Each returns a freshly built, fully typed message or
 * throws `Invalid` (protocol-fields.ts).
 */
import {
    Invalid,
    bool,
    capabilityList,
    errorPayload,
    id,
    interaction,
    list,
    oneOf,
    optionalId,
    optionalState,
    optionalText,
    own,
    record,
    softphoneErrorPayload,
    text,
    time,
    versions,
    wireState
} from './protocol-fields';
import {
    MAX_CATALOGUE,
    MAX_INTERACTIONS,
    type HostMessage,
    type Session,
    type SoftphoneMessage
} from './protocol-types';

/** The softphone's hello: who it is, what it can do, its state catalogue and its session now. */
function helloPayload(payload: Record<string, unknown>, where: string): SoftphoneMessage {
    const p = record(payload, where, [
        'vendor',
        'product',
        'version',
        'protocolVersions',
        'capabilities',
        'catalogue',
        'session'
    ]);
    const capabilities = capabilityList(p, where);
    const catalogue = list(p, 'catalogue', where, MAX_CATALOGUE).map((entry, i) => {
        const at = `${where}.catalogue[${i}]`;
        const e = record(entry, at, ['major', 'minor', 'reserved', 'label']);
        return {
            major: text(e, 'major', at),
            minor: optionalText(e, 'minor', at),
            reserved: bool(e, 'reserved', at, false),
            label: optionalText(e, 'label', at)
        };
    });
    if (catalogue.length === 0) throw new Invalid('bad-payload', `${where}.catalogue must list the softphone's states`);
    const s = record(own(p, 'session') ? p.session : undefined, `${where}.session`, [
        'loggedIn',
        'state',
        'since',
        'interactions'
    ]);
    const session: Session = {
        loggedIn: bool(s, 'loggedIn', `${where}.session`),
        state: optionalState(s, 'state', `${where}.session`),
        since: time(s, 'since', `${where}.session`),
        interactions: own(s, 'interactions')
            ? list(s, 'interactions', `${where}.session`, MAX_INTERACTIONS).map((i, n) =>
                  interaction(i, `${where}.session.interactions[${n}]`)
              )
            : []
    };
    return {
        type: 'hello',
        vendor: text(p, 'vendor', where),
        product: text(p, 'product', where),
        version: text(p, 'version', where),
        protocolVersions: versions(p, 'protocolVersions', where),
        capabilities,
        catalogue,
        session
    };
}

/** The payload of a message the host received from the softphone, by its type. */
export function softphonePayload(type: string, payload: Record<string, unknown>): SoftphoneMessage {
    const where = `payload`;
    switch (type) {
        case 'hello':
            return helloPayload(payload, where);
        case 'state': {
            const p = record(payload, where, ['state', 'cause', 'requestId']);
            const cause = oneOf(p, 'cause', where, ['agent', 'system', 'host'] as const);
            const requestId = optionalId(p, 'requestId', where);
            if (requestId !== null && cause !== 'host')
                throw new Invalid('bad-payload', `${where}.requestId goes with cause host`);
            return {
                type: 'state',
                state: wireState(own(p, 'state') ? p.state : undefined, `${where}.state`),
                cause,
                requestId
            };
        }
        case 'login': {
            const p = record(payload, where, ['state']);
            return { type: 'login', state: optionalState(p, 'state', where) };
        }
        case 'logout': {
            const p = record(payload, where, ['cause', 'requestId']);
            const cause = oneOf(p, 'cause', where, ['agent', 'system', 'host'] as const);
            const requestId = optionalId(p, 'requestId', where);
            if (requestId !== null && cause !== 'host')
                throw new Invalid('bad-payload', `${where}.requestId goes with cause host`);
            return { type: 'logout', cause, requestId };
        }
        case 'interactionStarted': {
            const p = record(payload, where, ['interactionId', 'direction']);
            return {
                type: 'interactionStarted',
                interactionId: id(p, 'interactionId', where),
                direction: oneOf(p, 'direction', where, ['inbound', 'outbound'] as const)
            };
        }
        case 'interactionEnded': {
            const p = record(payload, where, ['interactionId']);
            return { type: 'interactionEnded', interactionId: id(p, 'interactionId', where) };
        }
        case 'workAction': {
            const p = record(payload, where, ['action', 'workId', 'reason']);
            const action = oneOf(p, 'action', where, ['accept', 'decline', 'close'] as const);
            const reason = optionalText(p, 'reason', where);
            if (reason !== null && action !== 'decline')
                throw new Invalid('bad-payload', `${where}.reason goes with decline`);
            return { type: 'workAction', action, workId: id(p, 'workId', where), reason };
        }
        case 'ack':
        case 'pong':
        case 'goodbye':
            record(payload, where, []);
            return { type };
        case 'error':
            return softphoneErrorPayload(payload, where);
        default:
            throw new Invalid('unknown-type', `unknown message type ${type.slice(0, 40)}`);
    }
}

/** The payload of a message the softphone received from the host, by its type. */
export function hostPayload(type: string, payload: Record<string, unknown>): HostMessage {
    const where = 'payload';
    switch (type) {
        case 'connect': {
            const p = record(payload, where, ['protocolVersions']);
            return { type: 'connect', protocolVersions: versions(p, 'protocolVersions', where) };
        }
        case 'welcome': {
            const p = record(payload, where, ['version', 'capabilities', 'heartbeatMs']);
            const version = p.version;
            if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
                throw new Invalid('bad-payload', `${where}.version must be a protocol version`);
            }
            const heartbeatMs = p.heartbeatMs;
            if (
                typeof heartbeatMs !== 'number' ||
                !Number.isInteger(heartbeatMs) ||
                heartbeatMs < 100 ||
                heartbeatMs > 600_000
            ) {
                throw new Invalid('bad-payload', `${where}.heartbeatMs must be milliseconds`);
            }
            const capabilities = capabilityList(p, where);
            return { type: 'welcome', version, capabilities, heartbeatMs };
        }
        case 'reject': {
            const p = record(payload, where, ['code', 'supported', 'message']);
            return {
                type: 'reject',
                code: oneOf(p, 'code', where, ['version'] as const),
                supported: versions(p, 'supported', where),
                message: text(p, 'message', where, 500)
            };
        }
        case 'setState': {
            const p = record(payload, where, ['state', 'reason']);
            return {
                type: 'setState',
                state: wireState(own(p, 'state') ? p.state : undefined, `${where}.state`),
                reason: oneOf(p, 'reason', where, ['sync', 'work', 'restore'] as const)
            };
        }
        case 'work': {
            const p = record(payload, where, ['event', 'workId', 'workItemId']);
            return {
                type: 'work',
                event: oneOf(p, 'event', where, ['assigned', 'accepted', 'declined', 'closed'] as const),
                workId: id(p, 'workId', where),
                workItemId: id(p, 'workItemId', where)
            };
        }
        case 'logout':
        case 'ack':
        case 'ping':
            record(payload, where, []);
            return { type };
        case 'error':
            return errorPayload(payload, where);
        default:
            throw new Invalid('unknown-type', `unknown message type ${type.slice(0, 40)}`);
    }
}
