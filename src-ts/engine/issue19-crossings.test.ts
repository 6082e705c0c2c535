/**
 * Issue 19, properties (a), (b) and (d) where a person's change and a call of the sync cross: the
 * agent's Omni choice is not undone (a), a logout stands unless the agent asks (b), and an echo is never
 * followed as a change (d). Each case is a minimal sequence found by the soak (`npm run soak -- --only a`),
 * played in the hostile world (src-ts/test-support/hostile-world.ts) and judged by the world's own
 * record of who acted.
 */
import type { AnswerPlan, HostileAction, Violation } from '../test-support/hostile-world';
import { play } from '../test-support/hostile-cases';
import { shippedConfig, talkdeskConfig, type HostileConfig } from '../test-support/hostile-mapping';
import { OK, agentLogsIn, expectClean, omniMethod, omniOf, state, world } from '../test-support/hostile-script';

const answer = (plan: Partial<AnswerPlan>): AnswerPlan => ({ ...OK, ...plan });

/** Plays a soak case (its actions, and its answer plans in turn) and fails with its story if `property` broke. */
function replay(
    config: HostileConfig,
    actions: HostileAction[],
    plans: Partial<AnswerPlan>[],
    property: Violation['property'],
    omniOnline = true
): void {
    const w = play({ config, omniOnline, softphoneState: 0, actions, plans: plans.map(answer) });
    const broke = w.violations.filter((v) => v.property === property);
    if (broke.length > 0)
        throw new Error(
            `${broke.map((v) => `(${v.property}) ${v.message}`).join('\n')}\nstory:\n${w.story.join('\n')}`
        );
}

describe('issue 19: a person and a call of the sync cross', () => {
    it("(a) B14: the agent's Omni login by hand after a softphone logout stands over our late softphone login", () => {
        // The softphone logs in (login Available goes) and out again before it lands; the agent logs in to
        // Omni by hand with After_Call_Work. Our login lands after that: it is put right, not undone with a
        // logout, for the agent asked to be online.
        const w = world(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            {
                omniOnline: true,
                softphone: state('Ready')
            },
            [{ when: omniMethod('login'), plan: { delay: 2 } }]
        );
        w.act({ kind: 'softphoneLogout' });
        w.act({ kind: 'softphoneLogin', pick: 0 });
        w.act({ kind: 'softphoneLogout' });
        w.act(agentLogsIn(w, 'After_Call_Work'));
        expectClean(w);
        expect(omniOf(w)).toBe('After_Call_Work');
    });

    it('(d) B12: a call that timed out keeps its five-minute late window across two reloads, not its echo window', () => {
        // Reloads after a call: a page sends Available (B15), which times out; the next page sends Available
        // again and takes the first one's landing for its own. The first page's call was carried with the
        // 5-second window of its expectation instead of its late window, so at the reload after that the
        // second call, landing after the agent picked Away, was no longer recognised and was followed.
        const reload = (gapMs: number, callEnds = false): HostileAction => ({
            kind: 'consoleReload',
            gapMs,
            origin: 0,
            stale: 0,
            callEnds
        });
        replay(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            [
                { kind: 'call', pick: 0 },
                reload(0),
                reload(0, true),
                reload(1880),
                { kind: 'agentOmniLogin', pick: 0 },
                reload(3120),
                { kind: 'softphonePick', pick: 0 }
            ],
            [
                { delay: 3, outcome: 'timeout', lateBy: 1 },
                { survivesReload: false },
                { outcome: 'timeout', lateBy: 2, resultLag: 1 }
            ],
            'd'
        );
    });

    it("(a) B12: a status of ours that echoed, then a platform change, then its result: the agent's same pick is theirs", () => {
        // The agent picks Away / Meeting in the softphone → setServicePresenceStatus Meeting, which lands
        // and echoes; Omni's push time-out sets After_Call_Work before the call's result comes. The agent
        // then picks Meeting in Omni during a call (no reason): it was taken for our call's echo once
        // more, and the call's On_a_Call (B1) was set over it.
        replay(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            [
                { kind: 'softphonePick', pick: 293 },
                { kind: 'platformStatus', pick: 0 },
                { kind: 'call', pick: 0 },
                { kind: 'agentOmniStatus', pick: 320, withReason: false }
            ],
            [{ resultLag: 1, survivesReload: false }, { survivesReload: false }],
            'a'
        );
    });

    it("(a) B12: our softphone login that echoed, then a platform change, then its result: the agent's same pick is theirs", () => {
        replay(
            shippedConfig({ Startup_Authority__c: 'Softphone' }),
            [
                { kind: 'agentOmniLogout' },
                { kind: 'softphoneLogin', pick: 365 },
                { kind: 'platformStatus', pick: 220 },
                { kind: 'agentOmniStatus', pick: 234, withReason: false }
            ],
            [{ resultLag: 1, survivesReload: false }],
            'a'
        );
    });

    it('(a) B12: a login of ours that lands while the agent is online again by hand is ours, though a logout came between', () => {
        // Omni starts offline: the start-up login (Available) goes and lands late. The agent logs in by hand
        // (Lunch_break), a call starts, a supervisor logs the agent out and the agent logs in by hand again.
        // Our login then lands: a login while Omni is already online is no person's, yet it was held as
        // the agent's change and Omni was left in Available.
        replay(
            talkdeskConfig({ Startup_Authority__c: 'Softphone' }),
            [
                { kind: 'agentOmniLogin', pick: 376 },
                { kind: 'call', pick: 0 },
                { kind: 'supervisorLogout' },
                { kind: 'agentOmniLogin', pick: 111 }
            ],
            [{ delay: 4, resultLag: 1, survivesReload: false }],
            'a',
            false
        );
    });
});
