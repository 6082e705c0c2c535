// The console simulator: `npm start`. Three local origins (three ports):
//   console    the simulated service console with the real Presence Sync panel and Omni-Channel
//   contactpad a simulated ContactPad in the panel's frame, using the shipped bridge client
//   hostile    a third origin whose page forges bridge messages (used by the browser tests)
// The panel runs on the package's shipped records and sample presence statuses, read from
// force-app/, with the Softphone URL pointed at the simulated ContactPad.
//   node simulator/server.mjs [--port 4800] [--quiet] [--lws]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, normalize, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPackageDefaults } from '../lib/package-defaults.mjs';
import { simulatorBuilds } from './builds.mjs';
import { applyMetadataFolder, setupRoutes } from './setup/routes.mjs'; // Setup page
import { DECLINE_REASONS, sessionRoutes } from './sessions.mjs'; // Omni's and ContactPad's server-side sessions
import { healthRoutes } from './health.mjs'; // the org's sync health rows and the /health page (issue 24)
import { ISOLATION, send } from './http.mjs'; // every answer: not cached, cross-origin isolated

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SLDS = join(root, 'node_modules/@salesforce-ux/design-system/assets');

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff'
};

/** The simulated agent's full name, as PresenceSyncController serves it (the user id is 005SIMULATOR0001). */
export const SIMULATED_USER_NAME = 'Sam Rivera';

/** Field overrides from `?set=Field__c:value,Other__c:value`, for trying settings (and for the tests). */
function overrides(search) {
    const set = new URLSearchParams(search).get('set');
    const result = {};
    if (!set) return result;
    for (const pair of set.split(',')) {
        const [field, ...rest] = pair.split(':');
        const raw = rest.join(':');
        if (!/^[A-Za-z0-9_]+__c$/.test(field ?? '')) continue;
        result[field] =
            raw === 'true'
                ? true
                : raw === 'false'
                  ? false
                  : raw === 'null'
                    ? null
                    : /^-?\d+(\.\d+)?$/.test(raw)
                      ? Number(raw)
                      : raw;
    }
    return result;
}

async function serveFile(response, base, relative) {
    const path = normalize(join(base, relative));
    if (!path.startsWith(base)) return send(response, 403, 'text/plain', 'forbidden');
    try {
        const body = await readFile(path);
        send(response, 200, TYPES[extname(path)] ?? 'application/octet-stream', body);
    } catch {
        send(response, 404, 'text/plain', 'not found');
    }
}

function listen(handler, port) {
    return new Promise((resolve, reject) => {
        const server = createServer((request, response) => {
            handler(request, response).catch((error) => send(response, 500, 'text/plain', error.message));
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server));
    });
}

/**
 * Starts the three origins. `lws: true` makes Lightning Web Security mode the default for every
 * console page (the package's namespace code runs inside @locker/sandbox); `?lws=1` or `?lws=0`
 * on a page's address chooses per page. `builds` (simulator/builds.mjs) shares the built scripts between the
 * simulators of one process that are handed the same; by default each simulator builds its own.
 */
export async function startSimulator({
    port = 4800,
    quiet = false,
    lws: defaultLws = false,
    metadata = null,
    builds = simulatorBuilds()
} = {}) {
    const [, clientCode, defaults] = await Promise.all([
        builds.console('en', defaultLws),
        builds.client(),
        loadPackageDefaults(root)
    ]);
    const servers = [];
    const origin = (server) => `http://localhost:${server.address().port}`;

    const hostile = await listen(
        async (request, response) => {
            const url = new URL(request.url, 'http://localhost');
            if (url.pathname === '/hostile.html') return serveFile(response, join(here, 'hostile'), 'index.html');
            return send(response, 404, 'text/plain', 'not found');
        },
        port === 0 ? 0 : port + 2
    );
    servers.push(hostile);

    let consoleOrigin = '';
    /** Configuration faults (`?fail=…&fault=<id>`) a test has ended: the admin fixed it, the next read succeeds. */
    const endedFaults = new Set();
    const sessions = sessionRoutes(ISOLATION);
    const pad = await listen(
        async (request, response) => {
            const url = new URL(request.url, 'http://localhost');
            if (await sessions.pad(request, response, url)) return; // ContactPad's server-side session
            if (url.pathname === '/' || url.pathname === '/contactpad.html') {
                const page = await readFile(join(here, 'contactpad/index.html'), 'utf8');
                // The page starts from the agent's session on ContactPad's server (sessions.mjs).
                const { session, headers } = sessions.padSessionOf(request);
                const config = {
                    hostOrigin: consoleOrigin,
                    catalogue: defaults.catalogue,
                    declineReasons: DECLINE_REASONS,
                    session
                };
                return send(
                    response,
                    200,
                    TYPES['.html'],
                    page.replace('__CONTACTPAD_CONFIG__', () => JSON.stringify(config).replaceAll('<', '\\u003c')),
                    headers
                );
            }
            if (url.pathname === '/contactpad.js')
                return serveFile(response, join(here, 'contactpad'), 'contactpad.js');
            if (url.pathname === '/contactpad.css')
                return serveFile(response, join(here, 'contactpad'), 'contactpad.css');
            if (url.pathname === '/presence-bridge-client.js') return send(response, 200, TYPES['.js'], clientCode);
            if (url.pathname === '/echo.html') return serveFile(response, join(here, 'bench'), 'echo.html');
            if (url.pathname.startsWith('/slds/'))
                return serveFile(response, SLDS, url.pathname.slice('/slds/'.length));
            return send(response, 404, 'text/plain', 'not found');
        },
        port === 0 ? 0 : port + 1
    );
    servers.push(pad);
    const padOrigin = origin(pad);

    // ── Setup page (simulator/setup/routes.mjs): /setup and its Apex stand-ins on the store below, and
    // `--metadata <folder>`, an admin's own retrieved records in that store instead of the shipped ones.
    const retrieved = metadata ? await applyMetadataFolder(defaults, metadata) : null;
    const setup = setupRoutes({ defaults, padOrigin, setupPage: builds.setupPage });
    // ── Sync health (simulator/health.mjs): the consoles' reports, /api/health and the /health page.
    const health = healthRoutes({ enabled: () => defaults.settings?.Report_Sync_Health__c !== false });
    const consoleServer = await listen(async (request, response) => {
        const url = new URL(request.url, 'http://localhost');
        if (await setup(request, response, url)) return; // Setup page: /setup and its Apex stand-ins
        if (await sessions.omni(request, response, url)) return; // the user's Omni-Channel session
        if (await health(request, response, url)) return; // sync health: reports, rows, the /health page
        if (url.pathname === '/') {
            const page = await readFile(join(here, 'console/index.html'), 'utf8');
            const lws = url.searchParams.has('lws') ? url.searchParams.get('lws') === '1' : defaultLws;
            const config = {
                padOrigin,
                hostileOrigin: url.searchParams.has('hostile') ? origin(hostile) : null,
                lws
            };
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            return send(
                response,
                200,
                TYPES['.html'],
                page
                    .replace('__SIMULATOR_CONFIG__', JSON.stringify(config))
                    .replace('src="/console.js"', `src="/console.js?lang=${language}${lws ? '&lws=1' : ''}"`)
                    .replace('<html lang="en">', `<html lang="${language}">`)
            );
        }
        if (url.pathname === '/console.js') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            const lws = url.searchParams.get('lws') === '1';
            // One build per language and security mode, made on first use and kept (a promise, so
            // that parallel requests share it).
            return send(response, 200, TYPES['.js'], await builds.console(language, lws));
        }
        if (url.pathname === '/console.css') return serveFile(response, join(here, 'console'), 'console.css');
        if (url.pathname === '/api/configuration/fault-ended') {
            endedFaults.add(url.searchParams.get('fault'));
            return send(response, 204, 'text/plain', '');
        }
        if (url.pathname === '/api/configuration') {
            if (endedFaults.has(url.searchParams.get('fault'))) url.searchParams.delete('fail');
            // `?fail=configuration`: Apex fails, as when the agent lacks access; `?fail=configuration-empty`: it answers
            // with no configuration (for the tests). With `&fault=<id>` the fault lasts until a request to
            // /api/configuration/fault-ended?fault=<id> (the admin fixed it): the next read, a Retry, succeeds.
            if (url.searchParams.get('fail') === 'configuration')
                return send(
                    response,
                    500,
                    TYPES['.json'],
                    // As PresenceSyncController answers: a cause code and the exception's type name.
                    JSON.stringify({ message: 'configuration-unreadable:System.NoAccessException' })
                );
            if (url.searchParams.get('fail') === 'configuration-empty')
                return send(response, 200, TYPES['.json'], 'null');
            return send(
                response,
                200,
                TYPES['.json'],
                JSON.stringify({
                    mappings: defaults.mappings,
                    statuses: defaults.statuses,
                    // Apex serves the running user's full name (UserInfo.getName()) for the support export.
                    userName: SIMULATED_USER_NAME,
                    settings: {
                        ...defaults.settings,
                        Softphone_Url__c: `${padOrigin}/contactpad.html`,
                        ...overrides(url.search)
                    }
                })
            );
        }
        if (url.pathname === '/bench.html') {
            const page = await readFile(join(here, 'bench/host.html'), 'utf8');
            return send(response, 200, TYPES['.html'], page.replaceAll('__PAD_ORIGIN__', padOrigin));
        }
        if (url.pathname.startsWith('/slds/')) return serveFile(response, SLDS, url.pathname.slice('/slds/'.length));
        return send(response, 404, 'text/plain', 'not found');
    }, port);
    servers.push(consoleServer);
    consoleOrigin = origin(consoleServer);

    if (!quiet) {
        console.log(`Console simulator: ${consoleOrigin}/`);
        console.log(`  ContactPad (simulated) at ${padOrigin}/contactpad.html, in the panel's frame`);
        console.log(
            `  Spanish labels: ${consoleOrigin}/?lang=es   As an agent (no admin details): ${consoleOrigin}/?agent`
        );
        console.log(
            `  Inside Lightning Web Security's sandbox (@locker/sandbox, namespace c): ${consoleOrigin}/?lws=1`
        );
        console.log(`  Try settings: ${consoleOrigin}/?set=Revert_After_Inbound__c:true`);
        // ── Setup page
        console.log(`  Presence Sync Setup page: ${consoleOrigin}/setup (saves go to the store the console reads)`);
        console.log(`  Presence Sync Health tab: ${consoleOrigin}/health (the consoles' sync health reports)`);
        if (retrieved)
            console.log(
                `  Records from ${metadata}: ${retrieved.mappings} mapping rows, ${retrieved.statuses} statuses`
            );
    }
    return {
        consoleUrl: `${consoleOrigin}/`,
        padOrigin,
        hostileOrigin: origin(hostile),
        // Open event streams (sessions.mjs) would keep a server from closing: they end with it.
        close: () =>
            Promise.all(
                servers.map(
                    (server) =>
                        new Promise((resolve) => {
                            server.close(resolve);
                            server.closeAllConnections();
                        })
                )
            )
    };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const { values } = parseArgs({
        options: {
            metadata: { type: 'string' }, // Setup page: an admin's own retrieved records
            port: { type: 'string', default: process.env.PORT ?? '4800' },
            quiet: { type: 'boolean', default: false },
            lws: { type: 'boolean', default: false }
        }
    });
    startSimulator({
        port: Number(values.port),
        quiet: values.quiet,
        lws: values.lws,
        metadata: values.metadata
    }).catch((error) => {
        console.error(
            error.code === 'EADDRINUSE'
                ? `Port ${error.port} is in use: try npm start -- --port 5800`
                : `The simulator could not start: ${error.stack ?? error.message}`
        );
        process.exit(1);
    });
}
