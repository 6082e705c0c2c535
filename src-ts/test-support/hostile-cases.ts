/**
 * The random cases of the agent's-side properties (src-ts/engine/agent-invariants.properties.test.ts,
 * scripts/soak.mjs): a configuration (the shipped records or a Talkdesk-like many-to-one mapping, each
 * start-up authority), where both sides start, up to 30 actions of people, the platform and the page
 * (src-ts/test-support/hostile-world.ts), and how the world answers the engine's commands.
 */
import fc from 'fast-check';
import { HostileWorld, type AnswerPlan, type HostileAction } from './hostile-world';
import { shippedConfig, talkdeskConfig, type HostileConfig } from './hostile-mapping';

const authority = fc.constantFrom('Softphone', 'Omni', 'MostRecent');
/** A configuration: the shipped records or the Talkdesk-like one, with each start-up authority. */
export const configArb: fc.Arbitrary<HostileConfig> = fc.oneof(
    authority.map((a) => shippedConfig({ Startup_Authority__c: a })),
    authority.map((a) => talkdeskConfig({ Startup_Authority__c: a }))
);

const pick = fc.nat(1000);
/** One action of a person, the platform or the page, weighted as they come in a working day. */
export const actionArb: fc.Arbitrary<HostileAction> = fc.oneof(
    {
        weight: 6,
        arbitrary: fc.record({ kind: fc.constant('agentOmniStatus' as const), pick, withReason: fc.boolean() })
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('supervisorStatus' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('platformStatus' as const), pick }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'agentOmniLogout' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'supervisorLogout' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'maintenanceLogout' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('handover' as const), pick }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('agentOmniLogin' as const), pick }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('softphonePick' as const), pick }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('softphoneLogin' as const), pick }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'softphoneLogout' as const }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('call' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('backToBack' as const), pick }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('frameReload' as const), pick }) },
    {
        weight: 2,
        arbitrary: fc.record({
            kind: fc.constant('consoleReload' as const),
            gapMs: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 3000, max: 2 * 3_600_000 })),
            origin: fc.nat(2),
            stale: fc.oneof(
                { weight: 4, arbitrary: fc.constant(0) },
                { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }
            ),
            callEnds: fc.boolean()
        })
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'duplicateOmniEvent' as const }) },
    {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 3000 }) })
    },
    {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 3000, max: 600_000 }) })
    }
);

/** How the world answers one command: mostly at once and well, sometimes failed, timed out (landing later or never), doubled or out of order. */
export const planArb: fc.Arbitrary<AnswerPlan> = fc.record({
    delay: fc.oneof({ weight: 3, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.integer({ min: 3, max: 8 }) }),
    outcome: fc.oneof(
        { weight: 12, arbitrary: fc.constant('ok' as const) },
        { weight: 1, arbitrary: fc.constant('fail' as const) },
        { weight: 2, arbitrary: fc.constant('timeout' as const) },
        { weight: 1, arbitrary: fc.constant('lost' as const) }
    ),
    lateBy: fc.integer({ min: -1, max: 6 }),
    resultFirst: fc.boolean(),
    resultLag: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) }
    ),
    duplicateEcho: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    duplicateResult: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) }
    ),
    survivesReload: fc.boolean()
});

/** One case: configuration, starting sides, actions and answer plans. */
export const caseArb = fc.record({
    config: configArb,
    omniOnline: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    softphoneState: fc.nat(10),
    actions: fc.array(actionArb, { maxLength: 30 }),
    plans: fc.array(planArb, { minLength: 1, maxLength: 20 })
});

/**
 * Cases around calls, for the held-change property (c): calls, wraps and back-to-back calls with Omni
 * changes by the agent, a supervisor or the platform and logouts during them, reloads that end the call
 * while the page is away, and the agent's picks after it.
 */
export const callCaseArb = fc.record({
    config: configArb,
    omniOnline: fc.constant(true),
    softphoneState: fc.nat(10),
    actions: fc.array(
        fc.oneof(
            { weight: 6, arbitrary: fc.record({ kind: fc.constant('call' as const), pick }) },
            { weight: 2, arbitrary: fc.record({ kind: fc.constant('backToBack' as const), pick }) },
            { weight: 8, arbitrary: actionArb }
        ),
        { maxLength: 30 }
    ),
    plans: fc.array(planArb, { minLength: 1, maxLength: 20 })
});

/**
 * Cases around late echoes, for property (d): more answers time out and land a little later, and
 * console reloads come within seconds, so that late echoes and the old page's calls meet newer changes.
 */
export const echoCaseArb = fc.record({
    config: configArb,
    omniOnline: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    softphoneState: fc.nat(10),
    actions: fc.array(
        fc.oneof(
            { weight: 8, arbitrary: actionArb },
            {
                weight: 1,
                arbitrary: fc.record({
                    kind: fc.constant('consoleReload' as const),
                    gapMs: fc.integer({ min: 0, max: 5000 }),
                    origin: fc.nat(2),
                    stale: fc.constant(0),
                    callEnds: fc.boolean()
                })
            }
        ),
        { maxLength: 30 }
    ),
    plans: fc.array(
        fc.oneof(
            { weight: 2, arbitrary: planArb },
            {
                weight: 1,
                arbitrary: planArb.map((plan) => ({
                    ...plan,
                    outcome: 'timeout' as const,
                    lateBy: plan.lateBy < 0 ? 1 : plan.lateBy % 4
                }))
            }
        ),
        { minLength: 1, maxLength: 20 }
    )
});

/** A case drawn from `caseArb`. */
export type HostileCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Plays a case from the first console load to rest and judges it; the world keeps the violations and the story. */
export function play(testCase: HostileCase): HostileWorld {
    let next = 0;
    const world = new HostileWorld(
        testCase.config,
        () => testCase.plans[next++ % testCase.plans.length] as AnswerPlan,
        {
            omniOnline: testCase.omniOnline,
            softphoneState: testCase.softphoneState
        }
    );
    world.start();
    for (const action of testCase.actions) world.act(action);
    if (world.drain()) world.checkAtRest();
    return world;
}
