// The simulator's server-side sessions: what a real org and a real ContactPad keep on their servers, so that
// a console reload or a second console tab finds them as they were.
//
// - Omni-Channel: one session per user (a cookie on the console origin stands for the Salesforce login).
//   Its presence lives on the org's side: `UserServicePresence` is a record of the user, not of a page
//   (/work/shared/docs/platform-facts.md, "Presence and delivery at scale"), and the toolkit's own logout
//   reason `DuplicateLoginInSameBrowser` names one session per user and browser ("Omni-Channel toolkit").
//   Every console tab of the user reads this session at start, writes it on each change, and hears the
//   events another tab's change raised (GET /api/omni-events, a server-sent event stream per tab).
// - ContactPad: one session per agent (a cookie on ContactPad's origin). Its state lives with the contact
//   centre: VCC and ContactWorld change the agent's state in ContactPad and log the agent out of it from
//   their side (the vendor guides in /work/shared/seeds/, 000 and 001), and VCC's presence is reachable
//   server-side (platform-facts, "Presence and delivery at scale"). A reloaded ContactPad page comes back
//   with its login, its state, its call and its wrap.

const OMNI_COOKIE = 'sim_omni_user';
const PAD_COOKIE = 'sim_contactpad_session';
const BODY_LIMIT = 64 * 1024;

function cookieOf(request, name) {
    for (const part of (request.headers.cookie ?? '').split(';')) {
        const [key, ...rest] = part.trim().split('=');
        if (key === name) return rest.join('=');
    }
    return null;
}

/** The caller's session id, and a Set-Cookie header when this is its first request. */
function identify(request, name) {
    const known = cookieOf(request, name);
    if (known && /^[a-z0-9]{8,40}$/.test(known)) return { id: known, headers: {} };
    const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
    return { id, headers: { 'set-cookie': `${name}=${id}; Path=/; SameSite=Lax` } };
}

function readJson(request) {
    return new Promise((resolve, reject) => {
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk) => {
            body += chunk;
            if (body.length > BODY_LIMIT) reject(new Error('body too large'));
        });
        request.on('end', () => {
            try {
                resolve(JSON.parse(body || 'null'));
            } catch (error) {
                reject(error);
            }
        });
        request.on('error', reject);
    });
}

/**
 * Routes for the sessions. `isolation` are the headers every page and asset carries (server.mjs).
 * Returns `{ omni(request, response, url), pad(request, response, url), padSessionOf(request) }`: the first two
 * answer their origin's session requests and return true when they did; the third gives ContactPad's page the
 * session it starts from (and the cookie to set).
 */
export function sessionRoutes(isolation) {
    /** Omni sessions by user: `{ session, streams: Map<tab, response> }`. */
    const omniUsers = new Map();
    /** ContactPad sessions by agent. */
    const padSessions = new Map();

    const json = (response, status, body, headers = {}) => {
        response.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
            ...isolation,
            ...headers
        });
        response.end(JSON.stringify(body));
    };
    const userOf = (id) => {
        if (!omniUsers.has(id)) omniUsers.set(id, { session: null, streams: new Map() });
        return omniUsers.get(id);
    };

    async function omni(request, response, url) {
        if (!url.pathname.startsWith('/api/omni-')) return false;
        const { id, headers } = identify(request, OMNI_COOKIE);
        const user = userOf(id);
        if (url.pathname === '/api/omni-session' && request.method === 'GET') {
            json(response, 200, { session: user.session }, headers);
            return true;
        }
        if (url.pathname === '/api/omni-session' && request.method === 'POST') {
            const body = await readJson(request);
            if (!body || typeof body !== 'object' || typeof body.session !== 'object') {
                json(response, 400, { error: 'expected { tab, session, events }' }, headers);
                return true;
            }
            user.session = body.session;
            // Every other tab of the user hears the events this change raised, as each console tab's Omni
            // widget does for the one Omni-Channel session of the user.
            const message = `data: ${JSON.stringify({ session: body.session, events: body.events ?? [] })}\n\n`;
            for (const [tab, stream] of user.streams) if (tab !== body.tab) stream.write(message);
            json(response, 200, { ok: true }, headers);
            return true;
        }
        if (url.pathname === '/api/omni-events') {
            const tab = url.searchParams.get('tab') ?? '';
            response.writeHead(200, {
                'content-type': 'text/event-stream',
                'cache-control': 'no-store',
                connection: 'keep-alive',
                ...isolation,
                ...headers
            });
            response.write(': connected\n\n');
            user.streams.set(tab, response);
            request.on('close', () => {
                if (user.streams.get(tab) === response) user.streams.delete(tab);
            });
            return true;
        }
        json(response, 404, { error: 'not found' }, headers);
        return true;
    }

    async function pad(request, response, url) {
        if (url.pathname !== '/api/pad-session') return false;
        const { id, headers } = identify(request, PAD_COOKIE);
        if (request.method === 'POST') {
            const body = await readJson(request);
            if (!body || typeof body !== 'object') {
                json(response, 400, { error: 'expected a session' }, headers);
                return true;
            }
            padSessions.set(id, body);
            json(response, 200, { ok: true }, headers);
            return true;
        }
        if (request.method === 'DELETE') {
            // The contact centre ended the agent's session (it expired, or the agent was logged out elsewhere).
            padSessions.delete(id);
            json(response, 200, { ok: true }, headers);
            return true;
        }
        json(response, 200, { session: padSessions.get(id) ?? null }, headers);
        return true;
    }

    function padSessionOf(request) {
        const { id, headers } = identify(request, PAD_COOKIE);
        return { session: padSessions.get(id) ?? null, headers };
    }

    return { omni, pad, padSessionOf };
}

/**
 * The reason codes ContactPad offers when the agent declines Omni work. Seed 004 (the DC4CRM Omni-Channel guide)
 * has the agent "select a reason code for not accepting the work item" but names no codes, and the other vendor
 * guides name none: these are the simulator's own, with the one the simulator used to send for every decline.
 */
export const DECLINE_REASONS = ['Busy on the phone', 'Not skilled for this work', 'Wrong queue', 'Going on a break'];
