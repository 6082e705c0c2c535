/**
 * Issue 19 (c): a change held for a call that ended while the softphone frame was away is applied at the reconnect,
 * and a restore (B14) of a status of the call, decided before it and still to finish, gives way to it. The restore
 * found the softphone "already there" by the mapping (On_a_Call asks for the busy fallback Away, and a softphone in
 * Away meets it) and dropped the held change's own target, Away / Break: the held Break was taken as landed with the
 * softphone in Away, which maps back to Away, not Break. Both sides go where the held change asks (B11, B14).
 */
import { shippedConfig } from '../test-support/hostile-mapping';
import { expectClean, omniOf, softphoneOf, state, statePick, statusPick, world } from '../test-support/hostile-script';

const config = () => shippedConfig({ Startup_Authority__c: 'Softphone' });
const start = { omniOnline: true, softphone: state('Ready') };
/** Every command lands one action late, after its time-out; an Omni call of a page that reloads never lands. */
const late = { delay: 1, outcome: 'timeout' as const, lateBy: 1, survivesReload: false };

/** The frame reload's pick (odd: the call ends while the frame is away) with which the softphone comes back in `s`. */
function reloadEndingIn(w: ReturnType<typeof world>, s: ReturnType<typeof state>): number {
    const index = statePick(w, s, false);
    const count = w.config.catalogue.filter((e) => e.reserved !== true).length;
    const pick = [index, index + count].find((p) => p % 2 === 1);
    if (pick === undefined) throw new Error(`no odd pick ends in ${s.major}`);
    return pick;
}

describe('a held change applied at a reconnect after its call is not undone by an older restore (B11, B14)', () => {
    it.each([['Away'], ['Away / Training']])(
        'Break held over a call, a console reload, the next call, and a frame reload after which the softphone is %s: the softphone goes to Away / Break',
        (found: string) => {
            const [major, minor = null] = found.split(' / ') as [string, string?];
            const w = world(config(), start, [{ when: () => true, plan: late, times: 1_000 }]);
            w.act({ kind: 'call', pick: 0 }); // call-1 starts → On_a_Call [B1], times out, lands later
            w.act({ kind: 'agentOmniStatus', pick: statusPick(w, 'Break'), withReason: false }); // held for the call
            w.act({ kind: 'call', pick: 0 }); // call-1 in wrap → After_Call_Work [B1]
            w.act({ kind: 'consoleReload', gapMs: 0, origin: 0, stale: 0, callEnds: true }); // → Break, Away / Break [B11]
            w.act({ kind: 'advance', ms: 1 });
            w.act({ kind: 'call', pick: 0 }); // call-2 starts: Break is held again; Away / Break is refused
            // The frame reloads; call-2 ended meanwhile, the contact centre put the softphone in Away.
            w.act({ kind: 'frameReload', pick: reloadEndingIn(w, state(major, minor)) });
            expect(softphoneOf(w)).toBe(found);
            expectClean(w);
            expect(omniOf(w)).toBe('Break');
            expect(softphoneOf(w)).toBe('Away / Break');
        }
    );
});
