/**
 * The commands an earlier page had under way, read from its saved state after a console reload, and the
 * windows within which a command of this sync may still land (attribution, src-ts/engine/attribution.ts).
 * Kept apart from attribution so that the engine's context can resume a saved state without importing
 * attribution (which reads the context).
 */
import type { LateEcho, OmniTarget, SoftphoneTarget } from './types';

/** How long after a successful command its echo is still recognised (milliseconds). */
export const ECHO_WINDOW_MS = 5000;
/**
 * How long a command that failed or timed out may still land (milliseconds after its result): a
 * toolkit call that did not answer in time may be carried out later all the same, minutes later on a
 * slow or reconnecting network. Only an event no person's reason explains is claimed (see above).
 */
export const LATE_ECHO_WINDOW_MS = 5 * 60_000;
/**
 * How long a command an earlier page had in flight may still land, counted from when it was issued
 * (milliseconds): the longest command timeout the settings allow (120 s) and the late echo window.
 */
export const EARLIER_PAGE_WINDOW_MS = 120_000 + 5 * 60_000;
/**
 * How long a logout of ours whose echo was already taken may still claim a second logout event, counted from when
 * it was issued (milliseconds). No logout event names who logged out, so what was taken for its echo may have been a
 * twin's (the agent's own logout, an earlier send's landing) and its own landing may follow; but past these seconds
 * a logout is the agent's or a supervisor's, which the softphone follows (B5): claiming it for minutes would leave
 * the softphone routable while Omni-Channel is offline.
 */
export const TWIN_LANDING_MS = 15_000;
/**
 * The most late echoes kept (this page's and every earlier page's, across any number of reloads); beyond
 * it the oldest issued go first (`newestLate`). Each page adds at most its two commands in flight and two
 * expected, and a late echo lives at most EARLIER_PAGE_WINDOW_MS: 16 holds several reloads in a row.
 */
export const MAX_LATE_ECHOES = 16;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A saved command's target, or null when the saved value is not one. */
function validTarget(side: 'omni' | 'softphone', t: unknown): OmniTarget | SoftphoneTarget | null {
    if (!isObject(t) || typeof t.rule !== 'string') return null;
    const rule = t.rule as OmniTarget['rule'];
    if (side === 'omni') {
        if (t.kind === 'offline') return { kind: 'offline', rule };
        if (t.kind === 'status' && typeof t.status === 'string')
            return { kind: 'status', status: t.status, rule, mayLogin: t.mayLogin === true };
        return null;
    }
    if (t.kind === 'loggedOut') return { kind: 'loggedOut', rule };
    if (t.kind === 'state' && isObject(t.state) && typeof t.state.major === 'string')
        return {
            kind: 'state',
            state: { major: t.state.major, minor: typeof t.state.minor === 'string' ? t.state.minor : null },
            rule
        };
    return null;
}

/**
 * The command a saved side had in flight, as an earlier page's late echo (for EARLIER_PAGE_WINDOW_MS from its
 * issue), or null. One of Omni's whose echo came may still land itself (what was taken for its echo may have
 * been a twin's): as on the page that sent it, a status call then claims only an Omni event marked as a toolkit
 * call, and a logout a logout (no logout event names who made it) for TWIN_LANDING_MS from its issue. A status
 * call sent while Omni was offline is a login.
 */
function inFlightEcho(side: 'omni' | 'softphone', record: Record<string, unknown>): LateEcho | null {
    const flight = record.inFlight;
    if (!isObject(flight) || typeof flight.id !== 'string') return null;
    const echoed = flight.echoed === true;
    const target = validTarget(side, flight.target);
    const issuedAt = num(flight.issuedAt);
    if (target === null || issuedAt === null || (echoed && side === 'softphone')) return null;
    return {
        side,
        id: flight.id,
        target,
        issuedAt,
        until: issuedAt + (echoed && target.kind === 'offline' ? TWIN_LANDING_MS : EARLIER_PAGE_WINDOW_MS),
        earlier: true,
        toolkitOnly: flight.overtaken === true || echoed,
        ...((record.presence === 'offline' || flight.login === true) && target.kind === 'status'
            ? { login: true }
            : {}),
        ...(flight.login === true && record.presence === 'online' ? { seenOnline: true } : {})
    };
}

/**
 * The commands a saved state had under way, as an earlier page's late echoes: the one in flight (for
 * EARLIER_PAGE_WINDOW_MS from its issue), the expected one and the late ones (for what is left of
 * their windows). Times are on the saved page's clock; `shiftStateTimes` moves them with the rest.
 */
export function earlierPageEchoes(saved: Record<string, unknown>): LateEcho[] {
    const out: LateEcho[] = [];
    for (const side of ['omni', 'softphone'] as const) {
        const record = saved[side];
        if (!isObject(record)) continue;
        const flight = inFlightEcho(side, record);
        if (flight !== null) out.push(flight);
        const expect = record.expect;
        if (isObject(expect) && typeof expect.id === 'string' && expect.echoed !== true) {
            const target = validTarget(side, expect.target);
            const until = num(expect.until);
            if (target !== null && until !== null)
                out.push({
                    side,
                    id: expect.id,
                    target,
                    issuedAt: until - ECHO_WINDOW_MS,
                    until,
                    earlier: true,
                    toolkitOnly: expect.toolkitOnly === true,
                    landed: true
                });
        }
    }
    const lateList = saved.lateEchoes;
    const savedOnline = isObject(saved.omni) && saved.omni.presence === 'online';
    if (Array.isArray(lateList))
        for (const l of lateList as unknown[]) {
            if (!isObject(l) || (l.side !== 'omni' && l.side !== 'softphone') || typeof l.id !== 'string') continue;
            const target = validTarget(l.side, l.target);
            const until = num(l.until);
            if (target === null || until === null) continue;
            // An earlier page's own late echoes (read from the page before it) stay landed if they were.
            out.push({
                side: l.side,
                id: l.id,
                target,
                issuedAt: num(l.issuedAt) ?? until - LATE_ECHO_WINDOW_MS,
                until,
                earlier: true,
                toolkitOnly: l.toolkitOnly === true,
                ...(l.login === true && target.kind === 'status' ? { login: true } : {}),
                ...(l.login === true && (l.seenOnline === true || savedOnline) ? { seenOnline: true } : {}),
                ...(l.landed === true ? { landed: true } : {}),
                ...(l.twin === true ? { twin: true } : {}),
                ...(l.forSoftphone === true ? { forSoftphone: true } : {})
            });
        }
    // That page was logging Omni in for the softphone (B3, B15: a login wanted, or to be): its logins keep the mark.
    const wanted = isObject(saved.omni) && isObject(saved.omni.target) && saved.omni.target.mayLogin === true;
    const forSoftphone = (wanted || saved.loginForSoftphone === true) && !savedOnline;
    const list = newestLate(onePerCommand(out));
    return forSoftphone ? list.map((l) => (l.login === true ? { ...l, forSoftphone: true } : l)) : list;
}

/**
 * The late echoes in the order they were issued (oldest first), at most MAX_LATE_ECHOES: the oldest go
 * first, whichever page sent them (the saved page's commands in flight are its newest). A landing that
 * several match (calls of the same value from different pages) is taken for the oldest, leaving the newer
 * call's claim for its own landing (B12).
 */
export function newestLate(list: LateEcho[]): LateEcho[] {
    return [...list].sort((a, b) => a.issuedAt - b.issuedAt).slice(-MAX_LATE_ECHOES);
}

/**
 * One entry per command: a command both expected and kept as late (it timed out, and is retried) keeps
 * its longer window, has not surely landed, and is a login if any of its records says so, one its page saw
 * Omni online after if any says so (it may still land, whatever the start-up read finds), and claims only an
 * event Omni marks as a toolkit call (a twin's landing may have been taken for it) if any says so.
 */
function onePerCommand(out: LateEcho[]): LateEcho[] {
    return out
        .filter((l, i) => out.findIndex((o) => o.id === l.id) === i)
        .map((l) => {
            const same = out.filter((o) => o.id === l.id);
            const { landed, ...rest } = { ...l, until: Math.max(...same.map((o) => o.until)) };
            let merged: LateEcho = same.some((o) => o.login === true) ? { ...rest, login: true } : rest;
            if (same.some((o) => o.seenOnline === true)) merged = { ...merged, seenOnline: true };
            if (same.some((o) => o.toolkitOnly)) merged = { ...merged, toolkitOnly: true };
            if (same.some((o) => o.twin === true)) merged = { ...merged, twin: true };
            return landed === true && same.every((o) => o.landed === true) ? { ...merged, landed } : merged;
        });
}

/**
 * What a status call of ours that had not surely landed still claims once an Omni event was taken for its
 * landing: that event may have been a twin's (an older call of the same status, from a page before it or this
 * page's own before a reload, landing after its own window), so the call may still land itself. Like an
 * in-flight call whose echo came, it then claims only an event Omni marks as a toolkit call, once, for what is
 * left of its window, over newer changes too (`twin`): this page's, which timed out or failed, and an earlier
 * page's alike, as its landing after them is put right (B14). Null for any other late echo, and for a claim
 * already kept so.
 */
export function twinClaim(taken: LateEcho): LateEcho | null {
    if (taken.landed === true || taken.twin === true || taken.side !== 'omni' || taken.target.kind !== 'status')
        return null;
    return { ...taken, toolkitOnly: true, twin: true };
}
