// What every page, asset and answer of the simulator's servers carries: no caching, and cross-origin isolation, which
// gives the pages fine-grained timers (performance.now() to 5 µs instead of 100 µs) that the latency benchmark needs.

/** The cross-origin isolation headers every page and asset opts in with. */
export const ISOLATION = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'cross-origin'
};

/** Answers with `status`, content type `type` and `body`, not cached and isolated; `headers` are added to those. */
export function send(response, status, type, body, headers = {}) {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...ISOLATION, ...headers });
    response.end(body);
}
