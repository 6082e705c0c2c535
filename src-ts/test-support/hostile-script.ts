/**
 * Short scripts in the hostile world (src-ts/test-support/hostile-world.ts) for named cases: a world
 * whose answers follow rules, the picks that make its next action choose a given status or state, and
 * the judge at rest that fails with the world's story.
 */
import type { Command } from '../engine/types';
import { HostileWorld, type AnswerPlan, type HostileAction } from './hostile-world';
import type { HostileConfig } from './hostile-mapping';
import type { SoftphoneState } from '../mapping/types';

export const OK: AnswerPlan = {
    delay: 0,
    outcome: 'ok',
    lateBy: 0,
    resultFirst: false,
    resultLag: 0,
    duplicateEcho: false,
    duplicateResult: false,
    survivesReload: true
};

export type PlanRule = { when: (command: Command) => boolean; plan: Partial<AnswerPlan>; times?: number };

/** A world whose answers follow `rules` (the first that matches a command, each `times` times), else at once and well. */
export function world(
    config: HostileConfig,
    start: { omniOnline: boolean; softphone: SoftphoneState },
    rules: PlanRule[] = []
): HostileWorld {
    const used = rules.map(() => 0);
    const states = config.catalogue.filter((e) => e.reserved !== true);
    const index = states.findIndex(
        (e) => e.major === start.softphone.major && (e.minor ?? null) === start.softphone.minor
    );
    const w = new HostileWorld(
        config,
        (command) => {
            const i = rules.findIndex((r, n) => r.when(command) && used[n]! < (r.times ?? 1));
            if (i === -1) return OK;
            used[i]!++;
            return { ...OK, ...rules[i]!.plan };
        },
        { omniOnline: start.omniOnline, softphoneState: Math.max(0, index) }
    );
    w.start();
    return w;
}

export const omniMethod = (method: string, status?: string) => (c: Command) =>
    c.side === 'omni' && c.method === method && (status === undefined || ('status' in c && c.status === status));
export const softphoneType = (type: string) => (c: Command) => c.side === 'softphone' && c.type === type;
/** A softphone setState to `major` (and exactly `minor`: null for none). */
export const softphoneSets =
    (major: string, minor: string | null = null) =>
    (c: Command) =>
        c.side === 'softphone' && c.type === 'setState' && c.state.major === major && (c.state.minor ?? null) === minor;

export const state = (major: string, minor: string | null = null): SoftphoneState => ({ major, minor });

/** The pick that makes the world's next action choose `status` (its lists leave out the current status). */
export function statusPick(w: HostileWorld, status: string, login = false): number {
    const current = w.omni.online ? w.omni.status : null;
    const names = w.config.statuses.map((s) => s.developerName).filter((n) => login || n !== current);
    const i = names.indexOf(status);
    if (i === -1) throw new Error(`no status ${status}`);
    return i;
}

export function statePick(w: HostileWorld, wanted: SoftphoneState, exceptCurrent = true): number {
    const current = w.softphone.loggedIn ? w.softphone.state : null;
    const states = w.config.catalogue
        .filter((e) => e.reserved !== true)
        .map((e) => state(e.major, e.minor ?? null))
        .filter((s) => !exceptCurrent || current === null || s.major !== current.major || s.minor !== current.minor);
    const i = states.findIndex((s) => s.major === wanted.major && s.minor === wanted.minor);
    if (i === -1) throw new Error(`no state ${wanted.major}`);
    return i;
}

export const agentPicks = (w: HostileWorld, status: string): HostileAction => ({
    kind: 'agentOmniStatus',
    pick: statusPick(w, status),
    withReason: true
});
export const agentLogsIn = (w: HostileWorld, status: string): HostileAction => ({
    kind: 'agentOmniLogin',
    pick: statusPick(w, status, true)
});
export const softphonePicks = (w: HostileWorld, s: SoftphoneState): HostileAction => ({
    kind: 'softphonePick',
    pick: statePick(w, s)
});
/** The pick with which a call ends with the softphone back in `s`. */
export const endsIn = (w: HostileWorld, s: SoftphoneState) => statePick(w, s, false);

/** Drains the world, judges it at rest and fails with its story if any expectation broke. */
export function expectClean(w: HostileWorld): void {
    if (w.drain()) w.checkAtRest();
    if (w.violations.length > 0)
        throw new Error(
            `${w.violations.map((v) => `(${v.property}) ${v.message}`).join('\n')}\nstory:\n${w.story.join('\n')}`
        );
}

export const omniOf = (w: HostileWorld) => (w.omni.online ? w.omni.status : 'offline');
export const softphoneOf = (w: HostileWorld) =>
    w.softphone.loggedIn
        ? `${w.softphone.state.major}${w.softphone.state.minor === null ? '' : ` / ${w.softphone.state.minor}`}`
        : 'logged out';
