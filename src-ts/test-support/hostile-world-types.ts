/**
 * The types and fixed lists of the hostile world (src-ts/test-support/hostile-world.ts): what people,
 * the platform and the page do, how the world answers a command, the properties a run may break, and
 * the windows within which a call of the sync may still be taken for the author of an event.
 */
import { reasonsWhy } from '../engine/attribution';
import type { Command } from '../engine/types';
import type { SoftphoneState } from '../mapping/types';

/** Something a person, the platform or the page does. `pick` chooses among what is possible then. */
export type HostileAction =
    /** The agent picks a status in the Omni-Channel widget (`withReason`: the event carries OmniManualStatusChange). */
    | { kind: 'agentOmniStatus'; pick: number; withReason: boolean }
    /** A supervisor changes the agent's status (OmniSupervisorStatusChange). */
    | { kind: 'supervisorStatus'; pick: number }
    /** Omni-Channel changes it (push time-out, decline). */
    | { kind: 'platformStatus'; pick: number }
    /** The agent logs out of Omni-Channel by hand (no reason). */
    | { kind: 'agentOmniLogout' }
    | { kind: 'supervisorLogout' }
    | { kind: 'maintenanceLogout' }
    /** The same user opens Omni-Channel elsewhere (DuplicateLogin, DuplicateLoginInSameBrowser). */
    | { kind: 'handover'; pick: number }
    /** The agent logs in to Omni-Channel by hand in this tab. */
    | { kind: 'agentOmniLogin'; pick: number }
    /** The agent picks a state in the softphone. */
    | { kind: 'softphonePick'; pick: number }
    | { kind: 'softphoneLogin'; pick: number }
    | { kind: 'softphoneLogout' }
    /** A call: offered and answered, then wrap, then ended with the softphone back in a state the contact centre picks. */
    | { kind: 'call'; pick: number }
    /** The call in progress ends and the next is offered at once. */
    | { kind: 'backToBack'; pick: number }
    /** The softphone frame reloads; with an odd pick, a call ends while it is away. */
    | { kind: 'frameReload'; pick: number }
    /**
     * The console reloads: the saved state resumes on a new page after `gapMs`, on a clock of another
     * origin. `stale` > 0: the last saves failed (storage full, or the reload came within the save
     * delay), so the state saved `stale` steps before resumes. The old page's Omni calls that had not
     * landed still land (their plan says whether); the new page never gets their results.
     */
    | { kind: 'consoleReload'; gapMs: number; origin: number; stale: number; callEnds: boolean }
    /** The last Omni event arrives a second time. */
    | { kind: 'duplicateOmniEvent' }
    | { kind: 'advance'; ms: number };

/** How the world answers one command. Delays count actions. */
export interface AnswerPlan {
    /** Actions until the command lands (or fails). */
    delay: number;
    /** `timeout`: the runtime's time-out fails it, and it may land later; `lost`: it times out and never lands. */
    outcome: 'ok' | 'fail' | 'timeout' | 'lost';
    /** For a timeout: actions between the timeout's failure and the landing (-1: it never lands). */
    lateBy: number;
    /** The result arrives before the echo. */
    resultFirst: boolean;
    /** The result arrives this many actions after the landing (other events come first). */
    resultLag: number;
    duplicateEcho: boolean;
    duplicateResult: boolean;
    /** An Omni call of a page that reloads still lands. */
    survivesReload: boolean;
}

/** What Omni-Channel really shows, and what the softphone really shows. */
export type OmniTruth = { online: false } | { online: true; status: string };
export type SoftphoneTruth = { loggedIn: false } | { loggedIn: true; state: SoftphoneState };

/** A property of the list (a … e) that a run broke, with what happened. */
export interface Violation {
    property: 'a' | 'b' | 'c' | 'd' | 'e';
    message: string;
}

/** A landing, result or echo the world will deliver after a number of actions. */
export interface Scheduled {
    due: number;
    order: number;
    page: number;
    side: 'omni' | 'softphone';
    /** A landing that outlives its page when the console reloads (an Omni call already sent). */
    survives: boolean;
    /** The command whose landing this is, if it is one. */
    commandId: string | null;
    run: () => void;
}

/** A command the engine issued, with the world's counters at that moment. */
export interface Issued {
    command: Command;
    /** The world's choice counter when the engine issued it. */
    choiceAt: number;
    page: number;
    /** The world's wall clock when it was issued. */
    issuedAt: number;
    /** The world's wall clock when its page was told it failed or timed out, if it was. */
    failedAt?: number;
    /** Its page has been told its result (success, failure or time-out). */
    answered?: boolean;
    /** An Omni logout event reached its page before its result: the engine may have taken it for this call's echo. */
    eventBeforeResult?: boolean;
}

/**
 * The world's name for one call: its page and its id. A reload that resumes a state saved before the last
 * steps numbers its calls from that state again, so an id alone may name a call of the page before too.
 */
export const callKey = (page: number, commandId: string): string => `${page}/${commandId}`;

/**
 * How late an Omni call of the sync may land and still be the engine's to recognise (issue 19: "by the
 * commands in flight, timed out or failed within an echo window"): the runtime's command time-out
 * (10 s) and the echo window (5 s). A later landing reads as anyone's toolkit call (OmniToolkitStatusChange).
 */
export const RECOGNISABLE_LANDING_MS = 15_000;

/**
 * How long a call of the sync that has not landed (it failed or timed out, or its page reloaded) may still
 * be taken for the author of an Omni event that carries no reason and names its status: such an event is
 * ambiguous for that long, and nothing of it is demanded as a person's. Five minutes, the longest echo
 * window a design may choose (the engine claims late echoes for five minutes).
 */
export const AMBIGUOUS_WINDOW_MS = 5 * 60_000;

/**
 * How long after a logout of the sync's is sent an agent's Omni logout with no reason may still be taken for that
 * logout's own landing, when an Omni logout event reached the engine before that logout's result (what it took for
 * the echo may have been someone else's): 15 seconds from its issue (docs/behaviour.md, "a logout of the sync's whose
 * result had not come when an event was taken for its echo"). Within it, the softphone following the agent's logout
 * (B5) is not demanded.
 */
export const TWIN_LOGOUT_MS = 15_000;

/**
 * How long a call of a page before a reload that never heard its result may still land, counted from its
 * issue: the longest command time-out the settings allow (Command_Timeout_Seconds__c, 120 s) and then
 * AMBIGUOUS_WINDOW_MS, as for a call whose time-out the page heard.
 */
export const EARLIER_PAGE_AMBIGUOUS_MS = 120_000 + AMBIGUOUS_WINDOW_MS;

/** Who logged Omni out (ambiguous: the agent, while a logout of the sync was under way). */
export type LogoutKind = 'agent' | 'supervisor' | 'maintenance' | 'handover' | 'ambiguous';

/**
 * Reasons of a handover logout, of a maintenance logout (both from the engine's own table, so a reason added
 * there is generated here too) and of the platform's status changes.
 */
export const HANDOVER_REASONS = reasonsWhy('handover');
export const MAINTENANCE_REASONS = reasonsWhy('maintenance');
export const PLATFORM_REASONS = ['OmniPushTimeout', 'OmniDeclineWork'];

/** Notices that tell the agent why a side was not changed (C3), by situation. */
export const OFFLINE_EXPLAINED = [
    'omni-handover',
    'omni-maintenance',
    'omni-supervisor-logout',
    'omni-stays-offline',
    'command-failed',
    'no-login-status'
];
export const MISMATCH_EXPLAINED = ['command-failed', 'unmapped-state', 'unmapped-status', 'reserved-target'];
/**
 * The softphone logged out while Omni-Channel is online: the sync cannot log a softphone in, so it says so (a logout
 * of its own that landed after a newer choice, or a start-up that cannot tell which came last), or a command failed.
 */
export const SOFTPHONE_OUT_EXPLAINED = ['command-failed', 'softphone-stays-logged-out'];
export const DROP_OUTCOMES = ['drop-held', 'held-expired', 'held-failed', 'gave-up'];

/** Notices that tell the agent a held change was not applied. */
export const DROP_NOTICES = ['held-dropped', 'command-failed', 'softphone-stays-logged-out'];
