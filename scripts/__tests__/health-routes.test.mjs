// The simulator's POST /api/health/report answers as PresenceSyncHealthController.reportHealth does: 200 with
// {"kept": true} when the row was kept, {"kept": false} when the org refused it or the setting is off (never an
// error status), and GET /api/health/counts answers getHealthCounts().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { healthRoutes } from '../../simulator/health.mjs';

function request(method, body = '') {
    return {
        method,
        async *[Symbol.asyncIterator]() {
            yield Buffer.from(body);
        }
    };
}

async function call(handler, method, path, body) {
    const answer = { status: 0, body: '' };
    const response = {
        writeHead(status) {
            answer.status = status;
        },
        end(text) {
            answer.body = String(text ?? '');
        }
    };
    assert.equal(await handler(request(method, body), response, new URL(path, 'http://localhost')), true);
    return answer;
}

const lost = JSON.stringify({ v: 1, condition: 'softphone-lost', since: new Date().toISOString(), recent: [] });

test('a report answers whether the row was kept', async () => {
    let on = true;
    const handler = healthRoutes({ enabled: () => on });
    const post = (payload) => call(handler, 'POST', '/api/health/report', JSON.stringify(payload));
    let answer = await post({ userId: '005A', userName: 'Sam', report: lost });
    assert.equal(answer.status, 200);
    assert.deepEqual(JSON.parse(answer.body), { kept: true });
    answer = await post({ userId: '005A', userName: 'Sam', report: '{"v":2}' });
    assert.deepEqual([answer.status, JSON.parse(answer.body)], [200, { kept: false }]);
    answer = await call(handler, 'POST', '/api/health/report', 'not json');
    assert.deepEqual([answer.status, JSON.parse(answer.body)], [200, { kept: false }]);
    on = false;
    answer = await post({ userId: '005B', userName: 'Jo', report: lost });
    assert.deepEqual(JSON.parse(answer.body), { kept: false });
    const counts = JSON.parse((await call(handler, 'GET', '/api/health/counts')).body);
    assert.deepEqual(counts, { problems: 1, inSync: 1, notReporting: 0 });
});
