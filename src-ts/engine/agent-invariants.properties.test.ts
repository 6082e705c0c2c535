/**
 * What an agent and a supervisor expect of the sync, as fast-check properties over hostile worlds
 * (src-ts/test-support/hostile-world.ts): console reloads that resume the saved state on a new clock
 * while the old page's calls still land, failed saves, softphone frame reloads, handovers, supervisor
 * and maintenance logouts, the agent's own Omni logins and picks on either side, calls, wraps and
 * back-to-back calls, and command answers that fail, time out and land later, come twice or out of
 * order; on the shipped records and a Talkdesk-like many-to-one mapping.
 *
 * The judge is the world's own record of who acted, never the engine's attribution:
 * (a) an Omni status or login the agent picked by hand is never changed or logged out by a sync
 *     command before a newer choice (and at rest it is still there);
 * (b) after a logout by the agent, a supervisor, maintenance or a handover, Omni is never online
 *     again unless the agent asked (a softphone login, an Omni login by hand);
 * (c) a change held during a call is applied once every interaction ended, or ended by a newer
 *     choice, or its drop is said; a state the agent picked since is not overwritten by it;
 * (d) an echo of the sync's own command (late, after a timeout, from the page before a reload) is
 *     never taken for a change: nothing follows it on the other side;
 * (e) at rest, with the softphone connected, the sides agree by the mapping in one direction, or the
 *     panel says why not.
 *
 * 1,000 cases each; SOAK=<n> (or FC_RUNS=<n>) raises it, FC_SEED=<seed> replays. With SOAK_REPORT=<file>
 * each property appends one JSON line (cases, failures, milliseconds, the first counterexample shrunk)
 * for scripts/soak.mjs. (c) draws its cases around calls and (d) around late answers and quick reloads
 * (src-ts/test-support/hostile-cases.ts).
 */
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import type { HostileWorld, Violation } from '../test-support/hostile-world';
import { callCaseArb, caseArb, echoCaseArb, play } from '../test-support/hostile-cases';

const RUNS = Number(process.env.SOAK ?? process.env.FC_RUNS ?? 1000);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const REPORT = process.env.SOAK_REPORT;
/**
 * `npm test` replays the same 1,000 cases of each property on every run (this seed), so its verdict
 * is repeatable; the soak and FC_SEED / FC_RUNS runs draw their own cases and allow no failure at all.
 */
const NPM_TEST_SEED = 20261206;
const NPM_TEST = SEED === undefined && process.env.SOAK === undefined && process.env.FC_RUNS === undefined;
/**
 * Failing cases of the fixed 1,000 that are still known faults (issue 19 is open: the engine does not
 * yet meet these properties in every world). `npm test` fails when a property breaks in more cases
 * than this, so no change can make the agent's side worse unnoticed; each count is to come down to 0,
 * and the soak (`npm run soak`) reports the real figures at 100,000 cases.
 */
const KNOWN_FAULTS: Record<Violation['property'], number> = { a: 0, b: 0, c: 0, d: 0, e: 0 };

const broke = (world: HostileWorld, property: Violation['property']) =>
    world.violations.find((v) => v.property === property);

/**
 * Runs one property: counts the failing cases among RUNS (without stopping), then finds and shrinks
 * the first one and fails with its story: the events in order, the commands each gave, and the broken
 * expectation.
 */
function holds(property: Violation['property'], arbitrary = caseArb): void {
    const started = Date.now();
    let cases = 0;
    let failures = 0;
    const base = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
    const seed = SEED ?? (NPM_TEST ? NPM_TEST_SEED : Date.now() ^ (Math.random() * 0x7fffffff));
    fc.assert(
        fc.property(arbitrary, (testCase) => {
            cases++;
            if (broke(play(testCase), property) !== undefined) failures++;
        }),
        { ...base, seed }
    );
    let story = '';
    if (failures > 0) {
        const out = fc.check(
            fc.property(arbitrary, (testCase) => broke(play(testCase), property) === undefined),
            { ...base, seed }
        );
        const shrunk = out.counterexample?.[0];
        if (shrunk !== undefined) {
            const world = play(shrunk);
            story = [
                `(${property}) ${broke(world, property)?.message ?? ''}`,
                `configuration: ${shrunk.config.name}, Startup_Authority__c=${String(shrunk.config.settings.Startup_Authority__c)}`,
                ...world.story
            ].join('\n');
        }
    }
    if (REPORT !== undefined)
        appendFileSync(
            REPORT,
            `${JSON.stringify({ property, cases, failures, ms: Date.now() - started, seed, counterexample: story })}\n`
        );
    if (process.env.KNOWN_FAULTS_PRINT !== undefined) console.log(`KNOWN ${property} ${failures}`);
    const allowed = NPM_TEST ? KNOWN_FAULTS[property] : 0;
    if (failures > allowed)
        throw new Error(
            `${failures} of ${cases} cases fail (seed ${seed}${NPM_TEST ? `; known faults: ${allowed}` : ''}); the first, shrunk:\n${story}`
        );
}

const TIMEOUT = 60 * 60 * 1000;

describe('what the agent and the supervisor expect of the sync, in hostile worlds', () => {
    it(
        '(a) an Omni status or login the agent picked by hand is never undone by the sync before a newer choice',
        () => {
            holds('a');
        },
        TIMEOUT
    );
    it(
        '(b) after a logout by the agent, a supervisor, maintenance or a handover, Omni is online again only if the agent asked',
        () => {
            holds('b');
        },
        TIMEOUT
    );
    it(
        '(c) a change held during a call is applied once after it, or ended by a newer choice, or its drop is said',
        () => {
            holds('c', callCaseArb);
        },
        TIMEOUT
    );
    it(
        "(d) an echo of the sync's own command, late, timed out or from the page before, is never followed as a change",
        () => {
            holds('d', echoCaseArb);
        },
        TIMEOUT
    );
    it(
        '(e) at rest the sides agree by the mapping in one direction, or the panel says why not',
        () => {
            holds('e');
        },
        TIMEOUT
    );
});
