// The Presence Sync Health tab in the console simulator (issue 24): the simulated org's store of per-agent health rows
// (health-store.mjs) and its routes on the console's server:
//   POST /api/health/report  {userId, userName, report}  → 200 {"kept": true|false}: a console's report, as
//                                                         PresenceSyncHealthController.reportHealth stores it and
//                                                         answers (the stand-in of the Apex call, in
//                                                         simulator/build.mjs, posts the simulated session's user)
//   GET  /api/health                                     → the rows getHealth() returns, problems first
//   GET  /api/health/counts                              → getHealthCounts(): {problems, inSync, notReporting}
//   POST /api/health/reset                               → the store as at start (for the browser tests)
//   GET  /health[?lang=es]                               → the tab's LWC, presenceSyncHealth, on those rows
// The store starts with a second simulated agent, Alex Kim, whose console reported in sync a while ago, so that the page
// shows two agents once the console's own agent (Sam Rivera) reports.
import { buildHealthPage } from './health/build.mjs';
import { orgPage } from './org-page/page.mjs';
import { send } from './http.mjs';
import { healthStore } from './health-store.mjs';

/**
 * The page's script per language, built on first request and shared by every simulator of the process (the browser
 * suite starts several): a promise, so that parallel requests share one build.
 */
const pages = new Map();
const page = (language) => {
    if (!pages.has(language)) pages.set(language, buildHealthPage({ language }));
    return pages.get(language);
};

/** The second simulated agent, in sync. */
export const SEEDED_AGENT = { userId: '005SIMULATOR0002', userName: 'Alex Kim' };

function seed(store) {
    const at = new Date(Date.now() - 45 * 60 * 1000);
    store.report(
        SEEDED_AGENT.userId,
        SEEDED_AGENT.userName,
        JSON.stringify({
            v: 1,
            condition: 'healthy',
            since: at.toISOString(),
            reconnected: false,
            detail: { omni: 'Available', softphone: 'Ready' },
            occurrences: {},
            packageVersion: '0.1.0',
            softphoneName: 'Vonage ContactPad',
            softphoneVersion: '1.0.0',
            configProblems: 0,
            recent: []
        }),
        at
    );
}

async function body(request) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

/**
 * The health routes. `enabled()` says whether the org's setting Report_Sync_Health__c is on (the Apex stores nothing
 * when it is off). Returns a handler resolving true when it answered the request, false when the request is not its.
 */
export function healthRoutes({ enabled = () => true } = {}) {
    const store = healthStore();
    seed(store);
    const handler = async (request, response, url) => {
        if (url.pathname === '/api/health/report' && request.method === 'POST') {
            // Like the Apex: never an error back to the console for a report the org refuses; the answer says
            // whether the row was kept (reportHealth's Boolean).
            let kept = false;
            try {
                const { userId, userName, report } = JSON.parse(await body(request));
                kept = enabled() && store.report(userId, userName, report);
            } catch {
                kept = false;
            }
            send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ kept }));
            return true;
        }
        if (url.pathname === '/api/health/reset' && request.method === 'POST') {
            store.clear();
            seed(store);
            send(response, 204, 'text/plain', '');
            return true;
        }
        if (url.pathname === '/api/health/counts') {
            send(response, 200, 'application/json; charset=utf-8', JSON.stringify(store.counts()));
            return true;
        }
        if (url.pathname === '/api/health') {
            send(response, 200, 'application/json; charset=utf-8', JSON.stringify(store.rows()));
            return true;
        }
        if (url.pathname === '/health') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            const html = await orgPage({
                language,
                title: 'Presence Sync Health',
                slot: 'health-slot',
                script: `/health.js${language === 'es' ? '?lang=es' : ''}`
            });
            send(response, 200, 'text/html; charset=utf-8', html);
            return true;
        }
        if (url.pathname === '/health.js') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            send(response, 200, 'text/javascript; charset=utf-8', await page(language));
            return true;
        }
        return false;
    };
    handler.store = store;
    return handler;
}
