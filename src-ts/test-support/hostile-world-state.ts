/**
 * The state of the hostile world (src-ts/test-support/hostile-world.ts): each side's truth, the ground
 * truth of who chose what, the commands issued and landed, and the questions asked of that truth (is a
 * call of the sync under way that an event could be the echo of, does the softphone show a held change,
 * does the panel explain). The engine steps, landings and actions are in the layers above it.
 */
import { createEngine, initialState, type Engine } from '../engine/engine';
import type { Command, EngineInput, EngineState } from '../engine/types';
import type { SoftphoneState } from '../mapping/types';
import { agree, omniToSoftphone, softphoneToOmni, type HostileConfig } from './hostile-mapping';
import { fmtOmni } from './hostile-story';
import {
    AMBIGUOUS_WINDOW_MS,
    TWIN_LOGOUT_MS,
    EARLIER_PAGE_AMBIGUOUS_MS,
    RECOGNISABLE_LANDING_MS,
    type AnswerPlan,
    callKey,
    type Issued,
    type LogoutKind,
    type OmniTruth,
    type Scheduled,
    type SoftphoneTruth,
    type Violation
} from './hostile-world-types';

/** The hostile world's truth and the questions asked of it. */
export class HostileWorldState {
    readonly engine: Engine;
    state: EngineState = initialState();
    now = 0;
    /** Wall-clock milliseconds since the world began (it runs on across reloads, unlike `now`). */
    wall = 0;
    omni: OmniTruth;
    softphone: SoftphoneTruth;
    interactions: { id: string; phase: 'talk' | 'wrap' }[] = [];
    readonly violations: Violation[] = [];
    /** What happened, in order: actions, events, commands, landings (the counterexample's story). */
    readonly story: string[] = [];
    /** Every decision outcome the engine recorded, with the choice counter at the time. */
    protected readonly outcomes: { choiceAt: number; rule: string; outcome: string }[] = [];
    protected scheduled: Scheduled[] = [];
    protected order = 0;
    protected actionCount = 0;
    protected page = 1;
    protected callSeq = 0;
    protected readonly issued = new Map<string, Issued>();
    /** Calls of the sync a person's event was indistinguishable from (the same status, no reason). */
    protected readonly twins = new Set<string>();
    /** Commands that landed. (A call that failed or timed out may still have been carried out, for all the engine knows.) */
    protected readonly landed = new Set<string>();
    /**
     * Omni calls that landed and reported nothing new (a status Omni already showed, a logout on an Omni already
     * offline), and when (wall-clock milliseconds).
     */
    protected readonly repeatLanded = new Map<string, number>();
    /**
     * Engine states after each step (the last few), for a reload after failed saves. `atOnce`: the runtime
     * saves this step at once, not after its save delay (the engine's `StepResult.saveAtOnce`,
     * src-ts/engine/save-at-once.ts), so a reload within the save delay keeps it
     * (src-ts/runtime/issue19-storage.test.ts). Storage too full for the whole state is not staged for
     * these steps: there the runtime's small logout marker keeps the logout, judged by the runtime's tests.
     */
    protected saves: { state: EngineState; choiceAt: number; atOnce: boolean; echoedN?: number }[] = [];
    /** The keys of calls that landed, in the order their echoes reached the engine (a save records how many had). */
    protected readonly echoedOrder: string[] = [];
    protected lastOmniEvent: EngineInput | null = null;

    // ─── Ground truth of choices ──────────────────────────────────────────────────────
    /** Counts every change a person or the platform made, on either side. */
    choiceSeq = 0;
    /** The agent's own Omni status or login, while it is the latest choice. */
    omniPick: { status: string; seq: number; unsaved?: boolean } | null = null;
    /** The agent's own softphone state, while it is the latest choice. */
    softphonePick: { state: SoftphoneState; seq: number } | null = null;
    /** A logout by the agent, a supervisor, maintenance or a handover, until the agent asks to be online. */
    logoutStands: { seq: number; kind: LogoutKind } | null = null;
    /** The latest Omni change made during an interaction (B11), `due` once every interaction ended. */
    held: { value: string; logout: LogoutKind | null; seq: number; due: boolean } | null = null;
    /** The last held change whose interactions ended, and the choice counter then (whatever became of it since). */
    heldDue: { value: string; seq: number } | null = null;
    /** The latest Omni logout was the agent's, while a logout of the sync was under way. */
    ambiguousLogout = false;
    /** The latest Omni logout was the agent's, within TWIN_LOGOUT_MS of a logout the sync sent. */
    twinWindowLogout = false;
    /** Since the softphone last logged out, the agent logged in to Omni by hand (or changed it). */
    omniByHandSinceSoftphoneLogout = false;

    constructor(
        readonly config: HostileConfig,
        protected readonly plans: (command: Command) => AnswerPlan,
        start: { omniOnline: boolean; softphoneState: number }
    ) {
        this.engine = createEngine({ mappings: config.mappings, settings: config.settings, statuses: config.statuses });
        const states = this.agentStates();
        const first = states[start.softphoneState % states.length] ?? { major: 'Ready', minor: null };
        this.softphone = { loggedIn: true, state: first };
        const status = softphoneToOmni(config, first);
        const fallback = config.statuses[0]?.developerName ?? 'Available';
        this.omni = start.omniOnline
            ? { online: true, status: status !== null && status !== 'offline' ? status : fallback }
            : { online: false };
    }

    protected agentStates(): SoftphoneState[] {
        return this.config.catalogue
            .filter((e) => e.reserved !== true)
            .map((e) => ({ major: e.major, minor: e.minor ?? null }));
    }

    protected reservedStates(): SoftphoneState[] {
        const reserved = this.config.catalogue.filter((e) => e.reserved === true);
        const busy = reserved[0] ?? { major: 'Busy' };
        const wrap = reserved[reserved.length - 1] ?? busy;
        return [
            { major: busy.major, minor: null },
            { major: wrap.major, minor: null }
        ];
    }

    protected holds(): boolean {
        return this.config.settings.Hold_During_Interaction__c !== false;
    }

    protected violate(property: Violation['property'], message: string): void {
        this.violations.push({ property, message });
        this.story.push(`    ✗ (${property}) ${message}`);
    }

    /** A status call of the sync (one of `methods`) for `status` has been sent and has not landed yet. */
    protected syncOmniUnderWay(status: string, methods: string[]): boolean {
        const twins = [...this.issued.values()].filter(
            (i) =>
                i.command.side === 'omni' &&
                methods.includes(i.command.method) &&
                'status' in i.command &&
                i.command.status === status &&
                this.mayStillEcho(i)
        );
        // The engine may take the person's event for that call's echo, and the call's own landing, later,
        // for a person's change: neither is judged as the other.
        for (const twin of twins) this.twins.add(callKey(twin.page, twin.command.id));
        return twins.length > 0;
    }

    /** Calls of an earlier page that the state resumed after a reload does not name (see reload). */
    protected readonly unknownToPage = new Set<string>();

    /** An Omni call of the sync landing later than the engine can be asked to recognise it. */
    protected unrecognisable(command: Command, info: Issued | undefined): boolean {
        if (info !== undefined && this.unknownToPage.has(callKey(info.page, command.id))) return true;
        return command.side === 'omni' && info !== undefined && this.wall - info.issuedAt > RECOGNISABLE_LANDING_MS;
    }

    /** A person's Omni change reads exactly as the echo of a call of the sync: nothing of it is demanded (not even as a held change). */
    protected indistinguishable(what: string): void {
        this.held = null;
        this.story.push(`  (${what} reads as the sync's own)`);
    }

    /**
     * For all the engine can know, the call may still land and echo: it has not landed (a failure or a
     * time-out may yet have been carried out, a call of the page before a reload too), and it is in flight,
     * or its failure or time-out was said less than AMBIGUOUS_WINDOW_MS ago (issue 19: "commands in flight,
     * timed out or failed within an echo window": the window runs from the time-out, not the issue), or it
     * is a page before's call that never heard its result, sent less than EARLIER_PAGE_AMBIGUOUS_MS ago,
     * or it landed on the status Omni already showed less than AMBIGUOUS_WINDOW_MS ago.
     */
    protected mayStillEcho(issued: Issued): boolean {
        const key = callKey(issued.page, issued.command.id);
        if (this.landed.has(key)) return false;
        // A logout answered (a failure, a time-out) or of the page before is taken for the sync's own only within
        // TWIN_LOGOUT_MS of its issue (docs/behaviour.md: "After those 15 seconds an Omni logout with no reason is
        // the agent's"); one still in flight on this page is, until its page hears its result.
        const answeredOrEarlier = issued.answered === true || issued.page !== this.page;
        if (
            issued.command.side === 'omni' &&
            issued.command.method === 'logout' &&
            answeredOrEarlier &&
            this.wall - issued.issuedAt > TWIN_LOGOUT_MS
        )
            return false;
        // It landed on the status Omni showed: that report reads as the last one told again.
        const repeat = this.repeatLanded.get(key);
        if (repeat !== undefined) return this.wall - repeat <= AMBIGUOUS_WINDOW_MS;
        if (issued.failedAt !== undefined) return this.wall - issued.failedAt <= AMBIGUOUS_WINDOW_MS;
        if (issued.page === this.page) return true;
        return this.wall - issued.issuedAt <= EARLIER_PAGE_AMBIGUOUS_MS;
    }

    /**
     * A logout command of the sync has been sent and may still land (see `mayStillEcho`). The agent's
     * logout now (no reason) reads exactly as its echo (`omniChannelLogout` names a reason only for a
     * supervisor, maintenance or a handover: Omni-Channel Developer Guide, "Omni-Channel Events for
     * Lightning Experience"), so the engine may take that event for the echo and the call's
     * own landing, later, for a person's logout: as for a status (`syncOmniUnderWay`), neither is judged
     * as the other.
     */
    /**
     * A logout of the sync was sent within TWIN_LOGOUT_MS (on this page or the one before) and an Omni logout event
     * reached its page before its result: the engine may have taken that event for its echo, and take a later one
     * for its landing.
     */
    protected syncLogoutSentLately(): boolean {
        for (const i of this.issued.values())
            if (
                i.command.side === 'omni' &&
                i.command.method === 'logout' &&
                i.eventBeforeResult === true &&
                this.wall - i.issuedAt <= TWIN_LOGOUT_MS
            )
                return true;
        return false;
    }

    protected syncLogoutUnderWay(): boolean {
        const twins = [...this.issued.values()].filter(
            (i) => i.command.side === 'omni' && i.command.method === 'logout' && this.mayStillEcho(i)
        );
        for (const twin of twins) this.twins.add(callKey(twin.page, twin.command.id));
        return twins.length > 0;
    }

    /** A person or the platform changed a side: the earlier choices are no longer the latest. */
    protected choice(): number {
        this.choiceSeq++;
        this.omniPick = null;
        this.softphonePick = null;
        return this.choiceSeq;
    }

    /** A genuine Omni change: during an interaction it is what B11 must hold; otherwise it ends a held change. */
    protected omniChoice(value: string, logout: LogoutKind | null): number {
        const seq = this.choice();
        if (this.interactions.length > 0 && this.holds()) this.held = { value, logout, seq, due: false };
        else this.held = null;
        return seq;
    }

    /** Every interaction ended: a held change is now due. */
    protected interactionsEnded(): void {
        if (this.held === null) return;
        this.held.due = true;
        this.heldDue = { value: this.held.value, seq: this.choiceSeq };
    }

    /** What Omni-Channel shows when the console loads. */
    protected snapshot(): EngineInput {
        const info = this.omni.online ? this.config.statuses.find((s) => s.developerName === fmtOmni(this.omni)) : null;
        return {
            kind: 'omni',
            event: 'snapshot',
            loggedIn: this.omni.online,
            statusId: info?.id ?? null,
            statusApiName: info?.developerName ?? null,
            works: [],
            workload: { configuredCapacity: 100, currentWorkload: 0 }
        };
    }

    /** The softphone's handshake when its frame connects. */
    protected connected(): EngineInput {
        return {
            kind: 'softphone',
            event: 'connected',
            catalogue: this.config.catalogue,
            capabilities: [],
            loggedIn: this.softphone.loggedIn,
            state: this.softphone.loggedIn ? this.softphone.state : null,
            sinceAgeMs: 0,
            interactions: this.interactions.map((i) => ({ interactionId: i.id, direction: 'inbound' as const }))
        };
    }
    protected noticeCodes(): string[] {
        return this.state.notices.map((n) => n.code);
    }

    protected explained(codes: readonly string[]): boolean {
        return this.noticeCodes().some((code) => codes.includes(code));
    }

    /** Whether the softphone shows a held change: logged out for a held logout that B5 carries over, else the state it maps to. */
    protected heldApplied(held: NonNullable<HostileWorldState['held']>): boolean {
        const sp = this.softphone;
        if (held.value === 'offline') {
            const b5 = this.config.settings.Logout_Softphone_On_Omni_Logout__c !== false;
            if ((held.logout === 'agent' || held.logout === 'supervisor') && b5) return !sp.loggedIn;
        } else if (omniToSoftphone(this.config, held.value) !== null) {
            return sp.loggedIn && agree(this.config, held.value, sp.state);
        }
        return true;
    }

    /**
     * Whether a call of the sync that sets Omni to a held status is under way (B11's own, or an earlier
     * one the held change found already on its way, B13): the softphone already confirmed the change
     * (the contract keeps a held change until the softphone confirms it), so the next call need not
     * hold it again while Omni's part is still landing.
     */
    protected heldOmniCallUnderWay(value: string): boolean {
        return [...this.issued.values()].some(
            (i) =>
                i.command.side === 'omni' && 'status' in i.command && i.command.status === value && this.mayStillEcho(i)
        );
    }

    /** Whether Omni is at `value` (a status, or offline). */
    protected omniShows(value: string): boolean {
        return fmtOmni(this.omni) === value;
    }
}
