/**
 * The engine's state over its life: the state before anything is known, a saved state made safe to
 * continue from after a console reload (B15, B16), and a saved state's times moved onto a new page's
 * clock. Also the bounds the state keeps to (notices, work-item events).
 */
import type { SoftphoneState } from '../mapping/types';
import { issuedSeqOf } from './command-step';
import { earlierPageEchoes } from './earlier-page';
import type { EngineState, LateEcho, OmniValue, SoftphoneValue } from './types';

/** The most notices the engine keeps; the oldest go first. */
export const MAX_NOTICES = 20;
/** The most work-item events (B19) waiting for the softphone; the oldest go first. */
export const MAX_PENDING_WORK = 50;

/** The state before anything is known: both sides `unknown`, nothing in flight, no notices. */
export function initialState(): EngineState {
    return {
        version: 1,
        seq: 0,
        omni: {
            presence: 'unknown',
            status: null,
            connectionError: false,
            lastChangeAt: null,
            inFlight: null,
            expect: null,
            retry: null,
            target: null,
            logoutStands: false
        },
        softphone: {
            connected: false,
            presence: 'unknown',
            state: null,
            since: null,
            capabilities: [],
            catalogue: null,
            interactions: [],
            inFlight: null,
            expect: null,
            retry: null,
            target: null,
            selfReserved: false
        },
        latestChange: null,
        held: null,
        heldApplying: false,
        heldAt: null,
        lateEchoes: [],
        run: null,
        work: { accepted: [], workload: null, capacity: null, forced: null, overridden: false, shown: [] },
        pendingWork: [],
        loginPending: false,
        loginForSoftphone: false,
        reconcile: 'startup',
        notices: []
    };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function validState(value: unknown): SoftphoneState | null {
    if (!isObject(value) || typeof value.major !== 'string') return null;
    return { major: value.major, minor: typeof value.minor === 'string' ? value.minor : null };
}

function validOmniValue(value: unknown): OmniValue | null {
    if (!isObject(value)) return null;
    if (value.kind === 'offline') return { kind: 'offline' };
    return value.kind === 'status' && typeof value.status === 'string'
        ? { kind: 'status', status: value.status }
        : null;
}

function validLatestChange(value: unknown): EngineState['latestChange'] {
    if (!isObject(value)) return null;
    const at = {
        ...(typeof value.at === 'number' && Number.isFinite(value.at) ? { at: value.at } : {}),
        ...(typeof value.seq === 'number' && Number.isSafeInteger(value.seq) ? { seq: value.seq } : {})
    };
    if (value.side === 'omni') {
        const omni = validOmniValue(value.value);
        return omni === null
            ? null
            : { side: 'omni', value: omni, ...at, ...(value.held === true ? { held: true } : {}) };
    }
    if (value.side !== 'softphone' || !isObject(value.value)) return null;
    if (value.value.kind === 'loggedOut') return { side: 'softphone', value: { kind: 'loggedOut' }, ...at };
    const state = value.value.kind === 'state' ? validState(value.value.state) : null;
    return state === null ? null : { side: 'softphone', value: { kind: 'state', state }, ...at };
}

/**
 * What the save last saw of the softphone, and where the commands of its page that might still land (under
 * way, awaiting their echo, failed or timed out: `late`, the earlier page's echoes) were taking it (B15).
 */
function seenAtSave(
    softphone: Record<string, unknown>,
    late: readonly LateEcho[]
): Pick<EngineState['softphone'], 'lastSeen' | 'landingAtStart'> {
    const landing = late.flatMap((l): SoftphoneValue[] => {
        if (l.side !== 'softphone') return [];
        return l.target.kind === 'state' ? [{ kind: 'state', state: l.target.state }] : [{ kind: 'loggedOut' }];
    });
    return { lastSeen: lastSeenOf(softphone), ...(landing.length > 0 ? { landingAtStart: landing } : {}) };
}

function lastSeenOf(softphone: Record<string, unknown>): SoftphoneValue | null {
    if (softphone.presence === 'loggedOut') return { kind: 'loggedOut' };
    const state = softphone.presence === 'loggedIn' ? validState(softphone.state) : null;
    return state === null ? null : { kind: 'state', state };
}

/**
 * The B14 restore of the latest Omni choice that a saved state still had to send or had under way, or any command of
 * ours taking Omni to that choice (its status, and the status Omni showed over that choice), so that the next page
 * carries it on (`OmniSide.restoreAtStart`).
 */
function restoreAtStartOf(
    omni: Record<string, unknown>,
    latest: EngineState['latestChange'],
    late: readonly LateEcho[]
): Pick<EngineState['omni'], 'restoreAtStart'> {
    // Still to be sent, or sent and not yet landed (its call may die with the earlier page).
    const flight = isObject(omni.inFlight) && omni.inFlight.echoed !== true ? omni.inFlight.target : null;
    const target = isObject(omni.target) ? omni.target : flight;
    // One the saved page had itself resumed and not yet sent (its next save failed) is carried on again.
    const carried = omni.restoreAtStart;
    if (isObject(carried) && typeof carried.status === 'string' && typeof carried.over === 'string') {
        const fits =
            latest?.side === 'omni' && latest.value.kind === 'status' && latest.value.status === carried.status;
        const landing = carried.landing === true ? ({ landing: true } as const) : {};
        const also = Array.isArray(carried.also) ? { also: carried.also.filter((a) => typeof a === 'string') } : {};
        return fits ? { restoreAtStart: { status: carried.status, over: carried.over, ...landing, ...also } } : {};
    }
    // A restore (B14), or any command of ours that carries the latest Omni choice there (a held change applied at a
    // call's end by the call's own status, B1, B11; the call's status the agent picked themselves).
    if (!isObject(target) || target.kind !== 'status' || typeof target.status !== 'string')
        return landingOverChoice(omni, late, latest);
    // A restore of an older change that the agent's newer choice overtook is a call sent before that choice.
    if (latest?.side !== 'omni' || latest.value.kind !== 'status' || latest.value.status !== target.status)
        return landingOverChoice(omni, late, latest);
    if (omni.presence !== 'online' || typeof omni.status !== 'string' || omni.status === target.status) return {};
    return { restoreAtStart: { status: target.status, over: omni.status } };
}

/**
 * A status call of ours the saved state had under way, or that failed or timed out, sent before the latest Omni
 * choice (a status Omni then showed), lands over that choice whenever it lands: on the earlier page, or after the
 * window in which the next page can still tell its landing (a long reload, the saves after the choice lost). One
 * under way whose echo came before the choice too: its result had not come, and what was taken for its echo may
 * have been a twin's (an older call of the same status landing late). Found showing the call's status at start-up
 * (the newest such call's), Omni is put back to the choice (B14), as the earlier page would have done; a choice
 * is never undone by a command older than it (issue 19).
 */
function landingOverChoice(
    omni: Record<string, unknown>,
    late: readonly LateEcho[],
    latest: EngineState['latestChange']
): Pick<EngineState['omni'], 'restoreAtStart'> {
    if (latest?.side !== 'omni' || latest.value.kind !== 'status' || latest.seq === undefined) return {};
    const choice = latest.value.status;
    if (omni.presence !== 'online' || omni.status !== choice) return {};
    let over: { status: string; seq: number } | null = null;
    const also: string[] = [];
    for (const l of late) {
        const seq = issuedSeqOf(l.id);
        if (l.side !== 'omni' || l.target.kind !== 'status' || l.landed === true) continue;
        if (!Number.isSafeInteger(seq) || seq > latest.seq || l.target.status === choice) continue;
        if (seq >= (over?.seq ?? -1)) {
            if (over !== null) also.push(over.status);
            over = { status: l.target.status, seq };
        } else also.push(l.target.status);
    }
    // Any of those calls may be the one that landed last: the others' statuses count as well (`also`).
    const others = also.filter((status) => status !== over?.status);
    return over === null
        ? {}
        : {
              restoreAtStart: {
                  status: choice,
                  over: over.status,
                  landing: true,
                  ...(others.length > 0 ? { also: others } : {})
              }
          };
}

/**
 * A state saved before a reload (or by the previous driving tab), made safe to continue from:
 * what was in flight or awaiting its echo is kept as the earlier page's late echoes (it may still land,
 * and its echo is then not a genuine change; see attribution.ts), both sides are read again and
 * reconciled (B15), and what the agent asked for survives: the held change, the interaction
 * run and the work busy state. Anything unrecognisable gives null: start afresh.
 */
export function resumeState(saved: unknown): EngineState | null {
    if (!isObject(saved) || saved.version !== 1) return null;
    // Command ids are built from seq: beyond the safe integers they would repeat.
    if (typeof saved.seq !== 'number' || !Number.isSafeInteger(saved.seq) || saved.seq < 0) return null;
    const fresh = initialState();
    const omni = saved.omni;
    const softphone = saved.softphone;
    const work = saved.work;
    if (!isObject(omni) || !isObject(softphone) || !isObject(work)) return null;
    if (!Array.isArray(softphone.interactions) || !Array.isArray(work.accepted) || !Array.isArray(saved.notices))
        return null;
    const state = saved as unknown as EngineState;
    // What the earlier page had under way may still land: its echoes stay its own (attribution).
    const late = earlierPageEchoes(saved);
    const strings = (value: unknown): string[] =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const numberOrNull = (value: unknown): number | null =>
        typeof value === 'number' && Number.isFinite(value) ? value : null;
    return {
        ...fresh,
        seq: state.seq,
        omni: {
            ...fresh.omni,
            lastChangeAt: numberOrNull(omni.lastChangeAt),
            logoutStands: omni.logoutStands === true,
            // Online while a logout stood: the earlier page was undoing a call of ours that landed after it (B16).
            ...(omni.logoutStands === true && omni.presence === 'online' ? { undoLoginAtStart: true } : {}),
            // A restore of the latest Omni choice (B14) the earlier page had yet to carry out.
            ...restoreAtStartOf(omni, validLatestChange(saved.latestChange ?? saved.lead), late)
        },
        softphone: {
            ...fresh.softphone,
            since: numberOrNull(softphone.since),
            ...seenAtSave(softphone, late),
            interactions: (softphone.interactions as unknown[]).flatMap((i) =>
                isObject(i) &&
                typeof i.interactionId === 'string' &&
                (i.direction === 'inbound' || i.direction === 'outbound')
                    ? [{ interactionId: i.interactionId, direction: i.direction }]
                    : []
            )
        },
        // Saved before the field was renamed, a state carries it as `lead`.
        latestChange: validLatestChange(saved.latestChange ?? saved.lead),
        held: validOmniValue(saved.held),
        heldApplying: false,
        // Saved before held changes carried their age: as old as the save allows (still applied).
        heldAt: validOmniValue(saved.held) === null ? null : numberOrNull(saved.heldAt),
        lateEchoes: late,
        run:
            isObject(saved.run) && typeof saved.run.inbound === 'boolean'
                ? {
                      inbound: saved.run.inbound,
                      statusBefore: typeof saved.run.statusBefore === 'string' ? saved.run.statusBefore : null
                  }
                : null,
        work: {
            accepted: strings(work.accepted),
            workload: numberOrNull(work.workload),
            capacity: numberOrNull(work.capacity),
            forced: validState(work.forced),
            overridden: work.overridden === true,
            shown: strings(work.shown).slice(-MAX_PENDING_WORK)
        },
        notices: state.notices
            .filter(
                (n) =>
                    isObject(n) &&
                    typeof n.code === 'string' &&
                    typeof n.subject === 'string' &&
                    typeof n.detail === 'string'
            )
            .slice(-MAX_NOTICES),
        reconcile: 'startup',
        resumed: true
    };
}

/**
 * The same state with every absolute time in it moved by `deltaMs` (milliseconds). The engine's
 * `now` is a monotonic clock of one page (performance.now()-like): a state saved on another page's
 * clock must be shifted onto this page's clock before the engine compares its times with `now`.
 * Times shifted: Omni's last change, the softphone's `since`, commands' issue times, echo windows
 * (late echoes' too), retry times and the held change's time. A non-finite delta returns the state unchanged.
 */
export function shiftStateTimes(state: EngineState, deltaMs: number): EngineState {
    if (!Number.isFinite(deltaMs) || deltaMs === 0) return state;
    const shift = (t: number | null): number | null => (t === null ? null : t + deltaMs);
    const shiftSide = <T extends EngineState['omni'] | EngineState['softphone']>(side: T): T => ({
        ...side,
        inFlight: side.inFlight === null ? null : { ...side.inFlight, issuedAt: side.inFlight.issuedAt + deltaMs },
        expect: side.expect === null ? null : { ...side.expect, until: side.expect.until + deltaMs },
        retry: side.retry === null ? null : { ...side.retry, at: side.retry.at + deltaMs }
    });
    return {
        ...state,
        heldAt: shift(state.heldAt ?? null),
        latestChange:
            state.latestChange === null || state.latestChange.at === undefined
                ? state.latestChange
                : { ...state.latestChange, at: state.latestChange.at + deltaMs },
        lateEchoes: (state.lateEchoes ?? []).map((l) => ({
            ...l,
            issuedAt: l.issuedAt + deltaMs,
            until: l.until + deltaMs
        })),
        omni: { ...shiftSide(state.omni), lastChangeAt: shift(state.omni.lastChangeAt) },
        softphone: { ...shiftSide(state.softphone), since: shift(state.softphone.since) }
    };
}
