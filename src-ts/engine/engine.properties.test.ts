/**
 * Property-based tests of the engine's invariants (B11, B12, B13, B14, B16) over random valid
 * configurations and hostile interleavings of both sides' events: command results that fail,
 * time out or land late, echoes after a timeout, back-to-back calls, softphone reconnects and
 * console reloads mid-call (on a page clock with another origin), handovers, supervisor and
 * maintenance logouts, and long jumps of time. Every command's answer (result and echo) is
 * delivered back after a random delay.
 *
 * The cases and their run through the simulated world: src-ts/test-support/engine-cases.ts.
 *
 * 1,000 cases per invariant by default; SOAK=<n> (or FC_RUNS=<n>) raises it. On failure
 * fast-check prints the seed and path; rerun with FC_SEED=<seed> to replay the counterexample.
 */
import fc from 'fast-check';
import { createEngine, formatCommand, initialState, resumeState, shiftStateTimes } from './engine';
import { isPresenceCommand, type Decision, type OmniValue } from './types';
import type { SimulatedWorld } from '../test-support/world';
import { caseArb, params, play } from '../test-support/engine-cases';
import { DETAIL_KEYS } from './detail-keys';
import { join } from 'node:path';

const sameHeld = (a: OmniValue, b: OmniValue | null) =>
    b !== null && a.kind === b.kind && (a.kind === 'offline' || (b.kind === 'status' && a.status === b.status));

const sameSoftphoneState = (a: { major: string; minor: string | null }, b: { major: string; minor: string | null }) =>
    a.major === b.major && a.minor === b.minor;

/** Detail key → the named placeholders of its English label (what the panel fills in). */
const DETAIL_PLACEHOLDERS: ReadonlyMap<string, string[]> = (() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readLabels } = require('../../scripts/lib/custom-labels.cjs') as {
        readLabels: (root: string, language: string, prefix: string) => Record<string, string>;
    };
    const sentences = readLabels(join(__dirname, '..', '..'), 'en', 'Presence_Sync_Detail_');
    return new Map(
        DETAIL_KEYS.map((key) => [
            key,
            [...(sentences[key] ?? '{missing label}').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)
        ])
    );
})();

describe('engine invariants over random configurations and interleavings', () => {
    it('B20: every decision carries a known detail key and the values its sentence names', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    for (const decision of record.decisions) {
                        const needed = DETAIL_PLACEHOLDERS.get(decision.detailKey ?? '');
                        expect([decision.detailKey, needed === undefined]).toEqual([decision.detailKey, false]);
                        const missing = (needed ?? []).filter((name) => decision.detailParams?.[name] === undefined);
                        expect([decision.detailKey, missing]).toEqual([decision.detailKey, []]);
                    }
                }
            }),
            params
        );
    });

    it('B12: at most one presence command per side for each input', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    const presence = record.commands.filter(isPresenceCommand);
                    expect(presence.filter((c) => c.side === 'omni').length).toBeLessThanOrEqual(1);
                    expect(presence.filter((c) => c.side === 'softphone').length).toBeLessThanOrEqual(1);
                }
            }),
            params
        );
    });

    it('B12: quiesces once the inputs stop: no command after every answer is delivered', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                // drain() has delivered everything and seen a quiet tick; time passing changes nothing more.
                for (let i = 0; i < 3; i++) {
                    world.now += 60_000;
                    expect(world.deliver({ kind: 'tick' })).toEqual([]);
                }
            }),
            params
        );
    });

    it('B13: never commands a side into the state it is already in', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    for (const command of record.commands.filter(isPresenceCommand)) {
                        if (command.side === 'omni' && !record.omniOutstanding) {
                            const truth = record.omniTruth;
                            if (command.method === 'logout') expect(truth.online).toBe(true);
                            else if (command.method === 'login' || command.method === 'setServicePresenceStatus') {
                                expect(truth.online && truth.status === command.status).toBe(false);
                            }
                        }
                        if (command.side === 'softphone' && !record.softphoneOutstanding) {
                            const truth = record.softphoneTruth;
                            if (command.type === 'logout') expect(truth.loggedIn).toBe(true);
                            else if (command.type === 'setState') {
                                expect(truth.loggedIn && sameSoftphoneState(truth.state, command.state)).toBe(false);
                            }
                        }
                    }
                }
            }),
            params
        );
    });

    it('B16: never sets a status while Omni is offline; only B3 (or its start-up form) logs in', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    for (const command of record.commands) {
                        if (command.side !== 'omni') continue;
                        if (command.method === 'setServicePresenceStatus' && !record.omniOutstanding) {
                            expect(record.omniTruth.online).toBe(true);
                        }
                        if (command.method === 'login') expect(['B3', 'B15']).toContain(command.rule);
                    }
                }
            }),
            params
        );
    });

    it('B14: the same event sequence always yields the same trace, also across a persisted state', () => {
        fc.assert(
            fc.property(caseArb, fc.nat(), (testCase, cut) => {
                const first = play(testCase);
                const second = play(testCase);
                const trace = (world: SimulatedWorld) =>
                    world.records.map((record) => record.commands.map(formatCommand).join(';'));
                expect(trace(second)).toEqual(trace(first));

                // Replaying the recorded inputs into a fresh engine, with a JSON round trip of the state
                // part-way (as the runtime persists it across a reload), gives the same commands.
                const engine = createEngine(testCase.config);
                const split = first.inputs.length === 0 ? 0 : cut % first.inputs.length;
                let state = initialState();
                const replayed: string[] = [];
                first.inputs.forEach((entry, index) => {
                    if (index === split) state = JSON.parse(JSON.stringify(state)) as typeof state;
                    if ('reloadShift' in entry) {
                        const resumed = resumeState(JSON.parse(JSON.stringify(state)));
                        if (resumed === null) throw new Error('refused on reload');
                        state = shiftStateTimes(resumed, entry.reloadShift);
                        return;
                    }
                    const result = engine.step(state, entry.input, entry.now);
                    state = result.state;
                    replayed.push(result.commands.map(formatCommand).join(';'));
                });
                expect(replayed).toEqual(trace(first));
            }),
            params
        );
    });

    it('B11: a held change is applied (the softphone confirms it) or superseded by a newer change, never dropped', () => {
        // How a held change may leave the state, and which inputs may cause each.
        // A newer change on either side, or the softphone logging out (whoever caused it: nothing is
        // held for a logged-out softphone).
        // An echo of the sync's own command (B12: late, after a timeout, or from the page before a
        // reload) is never a newer change: it neither replaces nor ends a held change.
        const echo = (record: { decisions: readonly Decision[] }) =>
            record.decisions.some((d) => d.rule === 'B12' && d.outcome === 'echo');
        const superseding = (record: {
            input: { kind: string; event?: string; cause?: unknown };
            decisions: readonly Decision[];
        }) =>
            (record.input.kind === 'omni' && !echo(record)) ||
            (record.input.kind === 'softphone' &&
                (record.input.cause !== 'host' || record.input.event === 'loggedOut'));
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    const before = record.before.held;
                    const after = record.after.held;
                    const b11 = record.decisions.filter((d: Decision) => d.rule === 'B11').map((d) => d.outcome);
                    // A command carrying the held change out: the change stays held until it lands.
                    const carried = record.commands.some(
                        (c) => c.side === 'softphone' && c.rule === 'B11' && isPresenceCommand(c)
                    );
                    if (carried) expect(after).not.toBeNull();
                    if (before === null || sameHeld(before, after)) continue;
                    if (after !== null) {
                        // Replaced: only by a newer Omni change during the interaction, never by an echo.
                        expect(b11).toContain('hold');
                        expect(echo(record)).toBe(false);
                        continue;
                    }
                    const why = b11.find((o) =>
                        [
                            'held-landed',
                            'held-superseded',
                            'held-expired',
                            'held-failed',
                            'apply-held',
                            'drop-held'
                        ].includes(o)
                    );
                    expect(why).toBeDefined();
                    if (why === 'held-landed') {
                        // Confirmed by the side it was waiting for: the softphone, or Omni's echo of the
                        // held status when the softphone was already there (docs/behaviour.md, B11).
                        // Or Omni-Channel's connection lost while it already shows the held status and
                        // the softphone is already there: what kept it held was Omni-Channel's part waiting
                        // behind a command of the call ("until Omni-Channel has it too"), which the error
                        // writes off (whatever Omni reports until it logs in again is the error's doing).
                        const shownAtError =
                            record.input.kind === 'omni' &&
                            record.input.event === 'connectionError' &&
                            before.kind === 'status' &&
                            record.omniTruth.online &&
                            record.omniTruth.status === before.status &&
                            record.softphoneTruth.loggedIn &&
                            record.before.softphone.state !== null &&
                            sameSoftphoneState(record.softphoneTruth.state, record.before.softphone.state) &&
                            record.before.softphone.target === null;
                        expect(
                            record.input.kind === 'result' ||
                                (record.input.kind === 'omni' && echo(record)) ||
                                (record.input.kind === 'softphone' &&
                                    'cause' in record.input &&
                                    record.input.cause === 'host') ||
                                shownAtError
                        ).toBe(true);
                    }
                    if (why === 'held-superseded') expect(superseding(record)).toBe(true);
                    if (why === 'held-expired') {
                        // Only when a console starts with no interaction open.
                        expect(record.input.kind === 'softphone' || record.input.kind === 'omni').toBe(true);
                        expect(record.after.softphone.interactions).toEqual([]);
                    }
                    if (why === 'held-failed') {
                        // Said as not applied (docs/behaviour.md, B11 "How long a held change lives"): its command
                        // gave up (B17, on a result); a held status whose Omni-Channel part cannot be set because
                        // Omni-Channel is offline by then (B16); or a held status a softphone logout of the
                        // sync's (the softphone says the host asked it), landing after it, leaves nowhere to go.
                        const status = before.kind === 'status';
                        const offline = status && record.after.omni.presence === 'offline';
                        const ourLogout =
                            status &&
                            record.input.kind === 'softphone' &&
                            record.input.event === 'loggedOut' &&
                            record.input.cause === 'host';
                        const gaveUp = record.input.kind === 'result' && !record.input.ok;
                        expect([record.input, offline || ourLogout || gaveUp]).toEqual([record.input, true]);
                    }
                }
            }),
            params
        );
    });

    it('B16: no command of the sync brings an offline Omni online (a login, or a status, which logs in too) unless the softphone logged in since the logout', () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                for (const record of world.records) {
                    for (const command of record.commands) {
                        if (command.side !== 'omni') continue;
                        const bringsOnline =
                            command.method === 'login' ||
                            (command.method === 'setServicePresenceStatus' && !record.omniTruth.online);
                        if (bringsOnline)
                            expect([formatCommand(command), record.softphoneLoginSinceOmniOffline]).toEqual([
                                formatCommand(command),
                                true
                            ]);
                    }
                }
            }),
            params
        );
    });

    it("B14: the engine's belief never goes back to a state older than the newest event", () => {
        fc.assert(
            fc.property(caseArb, (testCase) => {
                const world = play(testCase);
                // Per side: the step of the newest logout event this sync did not cause.
                let omniLogoutAt = -1;
                let softphoneLogoutAt = -1;
                const issuedAt = new Map<string, number>();
                world.records.forEach((record, step) => {
                    const input = record.input;
                    const after = record.after;
                    if (input.kind === 'omni' && (input.event === 'statusChanged' || input.event === 'loginSuccess')) {
                        // The newest event is what the engine believes (when it names a known status).
                        const known = after.omni.status !== null;
                        if (known) expect(after.omni.presence).toBe('online');
                    }
                    if (input.kind === 'omni' && input.event === 'logout') {
                        expect(after.omni.presence).toBe('offline');
                        const ours = record.decisions.some((d) => d.outcome === 'echo');
                        if (!ours) omniLogoutAt = step;
                    }
                    if (input.kind === 'softphone' && input.event === 'stateChanged') {
                        expect(after.softphone.presence).toBe('loggedIn');
                        expect(after.softphone.state).toEqual(input.state);
                    }
                    if (input.kind === 'softphone' && input.event === 'loggedOut') {
                        expect(after.softphone.presence).toBe('loggedOut');
                        if (input.cause !== 'host') softphoneLogoutAt = step;
                    }
                    if (input.kind === 'result') {
                        const issued = issuedAt.get(input.commandId) ?? -1;
                        // A success of a command issued before a logout never brings that side back.
                        if (issued < omniLogoutAt && record.before.omni.presence === 'offline')
                            expect(after.omni.presence).toBe('offline');
                        if (issued < softphoneLogoutAt && record.before.softphone.presence === 'loggedOut')
                            expect(after.softphone.presence).toBe('loggedOut');
                    }
                    for (const command of record.commands) issuedAt.set(command.id, step);
                });
            }),
            params
        );
    });
});
