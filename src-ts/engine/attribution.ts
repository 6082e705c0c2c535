/**
 * Attribution: whose change an Omni-Channel or softphone input is. Every presence input is
 * attributed to the agent, a supervisor, the platform (a push time-out, a declined work item,
 * maintenance, a handover to another session, the contact centre's own routing), this sync's own
 * command (which one), an earlier page's command (sent before a console reload), or unknown.
 *
 * Omni-Channel names the cause in the event's `reason` where it gives one (Lightning Component
 * Reference, `lightning:omniToolkitAPI`, "omniChannelStatusChanged" and "omniChannelLogout"; the
 * status reason is documented from API 65). Otherwise the commands of this sync decide: the one in
 * flight, the one whose echo window is open, and those that failed or timed out or that an earlier page
 * sent (`EngineState.lateEchoes`), each within its window. A logout this sync did not make ends the
 * claims of its earlier status commands on every event but one Omni marks as a toolkit call, so an
 * Omni login the agent makes by hand afterwards is the agent's.
 *
 * The rules read the attribution (B11 hold, B12 echo, B14 latest change, B15 start-up, B16 login)
 * rather than each guessing; see docs/behaviour.md, "Attribution".
 */
import type {
    ChangeCause,
    EngineState,
    Expectation,
    InFlight,
    LateEcho,
    OmniTarget,
    OmniValue,
    SoftphoneTarget,
    SoftphoneValue
} from './types';
import { omniMatches, softphoneMatches } from './context';
import { LATE_ECHO_WINDOW_MS, TWIN_LANDING_MS, newestLate, twinClaim } from './earlier-page';

/** Who made a change. `sync` and `earlier-page` are this sync's own commands: echoes, never genuine changes. */
export type Actor = 'agent' | 'supervisor' | 'platform' | 'sync' | 'earlier-page' | 'unknown';

/** Which record of this sync's commands an echo answers: in flight, expected, late (or an earlier page's), or a softphone report the bridge marks as the host's without a match. */
export type EchoSource = 'inFlight' | 'expect' | 'late' | 'stale';

/** Whose change an input is; `command` names the sync's command for `sync` and `earlier-page`. */
export interface Attribution {
    by: Actor;
    /** The platform's cause: `push-timeout`, `decline`, `maintenance`, `handover`, `contact-centre`. */
    why: string | null;
    /** The id of the command an echo answers. */
    command: string | null;
    /** Where that command was found; null for a genuine change. */
    source: EchoSource | null;
}

export { LATE_ECHO_WINDOW_MS, EARLIER_PAGE_WINDOW_MS, MAX_LATE_ECHOES } from './earlier-page';

/** Omni's status change reason for a change made through the toolkit: by this sync, or another component. */
export const TOOLKIT_REASON = 'OmniToolkitStatusChange';

/**
 * Omni's reasons (status change and logout) that name who acted: never an echo of this sync's call. The
 * `why` of a logout reason is also how the sync treats it (B5): `handover` (the same user opened
 * Omni-Channel elsewhere) and `maintenance` leave the softphone as it is and are said in the panel. A new
 * platform logout reason treated like maintenance is one row here; the engine's tests and the generated
 * worlds read this table. Reasons: Omni-Channel Developer Guide, "Omni-Channel Events for Lightning
 * Experience" (`lightning:omniChannelLogout` reasons) and "Omni-Channel Status Change Reasons".
 */
export const NAMED_REASONS: Readonly<Record<string, Pick<Attribution, 'by' | 'why'>>> = {
    OmniManualStatusChange: { by: 'agent', why: null },
    OmniSupervisorStatusChange: { by: 'supervisor', why: null },
    OmniSupervisorLogout: { by: 'supervisor', why: null },
    OmniPushTimeout: { by: 'platform', why: 'push-timeout' },
    OmniDeclineWork: { by: 'platform', why: 'decline' },
    MaintenanceLogout: { by: 'platform', why: 'maintenance' },
    DuplicateLogin: { by: 'platform', why: 'handover' },
    DuplicateLoginInSameBrowser: { by: 'platform', why: 'handover' }
};

/** The `why` of a named reason (`handover`, `maintenance`, …), or null for a reason the table does not name. */
export function reasonWhy(reason: string | null | undefined): string | null {
    return typeof reason === 'string' ? (NAMED_REASONS[reason]?.why ?? null) : null;
}

/** Every named reason with this `why`, in the table's order. */
export function reasonsWhy(why: string): string[] {
    return Object.keys(NAMED_REASONS).filter((reason) => NAMED_REASONS[reason]?.why === why);
}

const genuine = (by: Actor, why: string | null = null): Attribution => ({ by, why, command: null, source: null });
const echo = (by: 'sync' | 'earlier-page', command: string | null, source: EchoSource): Attribution => ({
    by,
    why: null,
    command,
    source
});

/** Whether an attribution is this sync's own command (an echo, B12). */
export function isEcho(attribution: Attribution): boolean {
    return attribution.by === 'sync' || attribution.by === 'earlier-page';
}

/**
 * Whether an Omni logout may be the landing of a logout of ours issued at `issuedAt` whose echo was already taken
 * (its twin's): only within TWIN_LANDING_MS of its issue; after that it is a person's logout (B5, B12).
 */
const twinLogout = (value: OmniValue, issuedAt: number, now: number): boolean =>
    value.kind === 'offline' && now - issuedAt <= TWIN_LANDING_MS;

/** The late echo a value answers on one side, if one is still open at `now`: of several, the oldest issued (`newestLate`). */
function findLate(
    engineState: EngineState,
    side: 'omni' | 'softphone',
    now: number,
    claims: (late: LateEcho) => boolean
): LateEcho | null {
    for (const late of engineState.lateEchoes ?? [])
        if (late.side === side && late.until > now && claims(late)) return late;
    return null;
}

/**
 * Whether the sync is logging Omni in for the softphone (B3, B15): its target is a login, or, after a console reload,
 * a login of the page before, sent after the last logout (not `toolkitOnly`) or while that page was logging Omni in
 * for the softphone (`forSoftphone`), may still land, the softphone logged in.
 */
const logsInForSoftphone = (engineState: EngineState, now: number) =>
    (engineState.omni.target?.kind === 'status' && engineState.omni.target.mayLogin) ||
    (engineState.softphone.presence === 'loggedIn' &&
        engineState.omni.logoutStands !== true &&
        (engineState.lateEchoes ?? []).some(
            (l) =>
                l.side === 'omni' &&
                l.earlier &&
                l.login === true &&
                (l.forSoftphone === true || !l.toolkitOnly) &&
                l.landed !== true &&
                l.until > now
        ));

/**
 * A login of ours whose result came before its event, after someone else's logout: its landing came after that
 * logout (Omni reports in order) as a login event, which carries no reason, so the login event is still its own.
 */
const loginToCome = (expect: Expectation<OmniTarget>, event: string) =>
    event === 'loginSuccess' && expect.login === true && expect.echoed !== true;

/**
 * Whose change an Omni event is: by its reason where Omni names who acted, else by this sync's
 * commands (the one in flight, the expected one, a late or earlier page's one) that it matches. During a
 * connection error nothing is an echo. `loginSuccess` carries no reason: a login no command explains is
 * the agent's (only a person or this sync logs an agent in).
 */
export function attributeOmni(
    engineState: EngineState,
    value: OmniValue,
    reason: string | null | undefined,
    now: number,
    event: 'statusChanged' | 'loginSuccess' | 'logout',
    wasOnline = false
): Attribution {
    const named = typeof reason === 'string' ? NAMED_REASONS[reason] : undefined;
    if (named !== undefined) return genuine(named.by, named.why);
    const omni = engineState.omni;
    const unclaimed = genuine(event === 'loginSuccess' ? 'agent' : 'unknown');
    if (omni.connectionError) return unclaimed;
    const toolkit = reason === TOOLKIT_REASON;
    // A login event while Omni was offline answers only a login of ours: a status call landing on an
    // offline agent logs them in as a toolkit status change (docs/behaviour.md, Attribution), so it never
    // takes the agent's login by hand (B16 would log them out again).
    const loginFromOffline = event === 'loginSuccess' && !wasOnline;
    const answers = (call: { login?: boolean }) => !loginFromOffline || call.login === true;
    const flight = omni.inFlight;
    // A login while the sync itself logs Omni in for the softphone (B3: the agent asked, by the softphone's
    // login) is a login of ours that a logout had overtaken, not the agent's by hand.
    const syncLogsIn = event === 'loginSuccess' && logsInForSoftphone(engineState, now);
    // A retry in flight and the timed-out call it retries may both answer the event: which one landed
    // cannot be told. The retry takes it (it counts as landed: its result is then no landing after a
    // newer change), and the first try keeps its late claim for the other landing (B12, B14).
    const ownLanding = toolkit || (event === 'loginSuccess' && wasOnline);
    if (
        flight &&
        omniMatches(flight.target, value) &&
        answers(flight) &&
        // Echoed, and a newer change came since: the same value again is a person's, unless Omni marks it
        // a toolkit call (the landing itself: what was taken for its echo was a person's twin), or it is a
        // login while Omni is already online (no person's login by hand: the login's own landing, as for a
        // late one below), or a logout within TWIN_LANDING_MS of its issue (no event names who logged out).
        (flight.behind !== true || ownLanding || twinLogout(value, flight.issuedAt, now)) &&
        (flight.overtaken !== true || ownLanding || value.kind === 'offline' || syncLogsIn)
    )
        return echo('sync', flight.id, 'inFlight');
    const expect = omni.expect;
    // A failed command's expectation is also a late echo: it is judged as one (it may land after a
    // newer change, which it then must not overwrite).
    const lateOf = (id: string) => (engineState.lateEchoes ?? []).find((l) => l.id === id && l.until > now);
    // A login while Omni is already online is no person's login by hand (its result may come first).
    const byHand = !(event === 'loginSuccess' && wasOnline);
    const lateExpect = expect ? lateOf(expect.id) : undefined;
    if (
        expect &&
        omniMatches(expect.target, value) &&
        // A failed or timed-out logout's, as its late landing below: only within TWIN_LANDING_MS of its issue (B5).
        (value.kind !== 'offline' || lateExpect === undefined || twinLogout(value, lateExpect.issuedAt, now)) &&
        (expect.toolkitOnly !== true || toolkit || !byHand || loginToCome(expect, event)) &&
        // A failed call's expectation is judged as its late echo: a status call answers no login from offline.
        answers(lateExpect ?? { login: true })
    )
        return lateExpect !== undefined ? echo('sync', expect.id, 'late') : echo('sync', expect.id, 'expect');
    const late = findLate(
        engineState,
        'omni',
        now,
        (l) =>
            (l.target.kind === 'status' || l.target.kind === 'offline') &&
            omniMatches(l.target, value) &&
            // A logout's late landing only within TWIN_LANDING_MS of its issue: after that a logout is a person's (B5).
            (value.kind !== 'offline' || twinLogout(value, l.issuedAt, now)) &&
            answers(l) &&
            // A login while Omni was already online is no person's login by hand: a late one of ours.
            // A logout's echo carries no reason whoever logged out since: `toolkitOnly` limits status calls.
            (!l.toolkitOnly ||
                toolkit ||
                value.kind === 'offline' ||
                syncLogsIn ||
                (event === 'loginSuccess' && wasOnline))
    );
    if (late !== null) return echo(late.earlier ? 'earlier-page' : 'sync', late.id, 'late');
    // A toolkit status, or a login event while Omni is online, while a logout stands is no person's login (theirs
    // carries OmniManualStatusChange, from offline): a call of this sync's, however late, and it is undone (B16).
    if (ownLanding && value.kind === 'status' && omni.logoutStands === true) return echo('sync', null, 'stale');
    return unclaimed;
}

/**
 * Whose change a softphone report is: the bridge marks what the host (this sync) caused, matched by the
 * request id where given, else by the value; the agent's and the contact centre's (`system`) changes
 * are theirs. A report marked as the host's that matches nothing is still this sync's (`stale`).
 */
export function attributeSoftphone(
    engineState: EngineState,
    value: SoftphoneValue,
    cause: ChangeCause | undefined,
    requestId: string | null | undefined,
    now: number
): Attribution {
    if (cause === 'agent') return genuine('agent');
    if (cause === 'system') return genuine('platform', 'contact-centre');
    if (cause !== 'host') return genuine('unknown');
    const sp = engineState.softphone;
    const matches = (id: string, target: SoftphoneTarget) =>
        typeof requestId === 'string' ? requestId === id : softphoneMatches(target, value);
    if (sp.inFlight && matches(sp.inFlight.id, sp.inFlight.target)) return echo('sync', sp.inFlight.id, 'inFlight');
    if (sp.expect && matches(sp.expect.id, sp.expect.target))
        return (engineState.lateEchoes ?? []).some((l) => l.id === sp.expect?.id && l.until > now)
            ? echo('sync', sp.expect.id, 'late')
            : echo('sync', sp.expect.id, 'expect');
    const late = findLate(
        engineState,
        'softphone',
        now,
        (l) => (l.target.kind === 'state' || l.target.kind === 'loggedOut') && matches(l.id, l.target)
    );
    if (late !== null) return echo(late.earlier ? 'earlier-page' : 'sync', late.id, 'late');
    return echo('sync', null, 'stale');
}

/** The late echo an attribution names, removed from the state (it has landed; an earlier page's may keep a twin's claim, `twinClaim`); null if none. */
export function takeLate(engineState: EngineState, attribution: Attribution): LateEcho | null {
    if (attribution.source !== 'late') return null;
    const found = (engineState.lateEchoes ?? []).find((l) => l.id === attribution.command) ?? null;
    if (found !== null) {
        const twin = twinClaim(found);
        engineState.lateEchoes = (engineState.lateEchoes ?? []).flatMap((l) =>
            l !== found ? [l] : twin ? [twin] : []
        );
    }
    return found;
}

/** Keeps a command that failed or timed out: it may still land within LATE_ECHO_WINDOW_MS (B12). */
export function rememberLate(
    engineState: EngineState,
    side: 'omni' | 'softphone',
    flight: InFlight<OmniTarget | SoftphoneTarget>,
    now: number,
    until = now + LATE_ECHO_WINDOW_MS
): void {
    if (!(until > now)) return;
    const late: LateEcho = {
        side,
        id: flight.id,
        target: flight.target,
        issuedAt: flight.issuedAt,
        until,
        earlier: false,
        toolkitOnly: flight.overtaken === true,
        ...(flight.login === true ? { login: true } : {})
    };
    engineState.lateEchoes = newestLate([...(engineState.lateEchoes ?? []).filter((l) => l.id !== flight.id), late]);
}

/** Drops the late echoes whose window has closed at `now`. */
export function pruneLate(engineState: EngineState, now: number): void {
    const list = engineState.lateEchoes;
    if (list === undefined) return;
    // A loop, not every(): most steps have nothing to prune, and make no closure to find it out.
    for (const late of list)
        if (!(late.until > now)) {
            engineState.lateEchoes = list.filter((l) => l.until > now);
            return;
        }
}

/**
 * Someone else logged Omni out (the agent, a supervisor, maintenance, a handover): this sync's earlier
 * status and login commands can land now only as a toolkit call, so from here on they claim only an
 * event Omni marks `OmniToolkitStatusChange`. An Omni login the agent makes by hand is then theirs.
 */
export function omniLogoutEndsClaims(engineState: EngineState): void {
    const omni = engineState.omni;
    if (omni.inFlight !== null && omni.inFlight.target.kind === 'status' && omni.inFlight.overtaken !== true)
        omni.inFlight = { ...omni.inFlight, overtaken: true };
    if (omni.expect !== null && omni.expect.target.kind === 'status')
        omni.expect = { ...omni.expect, toolkitOnly: true };
    if ((engineState.lateEchoes ?? []).some((l) => l.side === 'omni' && !l.toolkitOnly))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).map((l) =>
            l.side === 'omni' && l.target.kind === 'status' ? { ...l, toolkitOnly: true } : l
        );
}

/** The softphone logged out by someone else: a state command of this sync can no longer land. */
export function softphoneLogoutEndsClaims(engineState: EngineState): void {
    if ((engineState.lateEchoes ?? []).some((l) => l.side === 'softphone'))
        engineState.lateEchoes = (engineState.lateEchoes ?? []).filter(
            (l) => l.side !== 'softphone' || l.target.kind !== 'state'
        );
}

export { earlierPageEchoes } from './earlier-page';

/** The attribution as the audit's input parameter `by` (with `why` for the platform). */
export function attributionParams(attribution: Attribution): Record<string, string> {
    const params: Record<string, string> = { by: attribution.by };
    if (attribution.why !== null) params.why = attribution.why;
    if (attribution.command !== null) params.byCommand = attribution.command;
    return params;
}
