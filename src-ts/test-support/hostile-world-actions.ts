/**
 * What people, the platform and the page do in the hostile world (src-ts/test-support/hostile-world.ts),
 * one helper per kind of action: the agent's, a supervisor's and the platform's Omni status changes,
 * logouts (the agent's, a supervisor's, maintenance, a handover) and logins by hand, the agent's
 * softphone picks, logins and logouts, back-to-back calls, frame reloads and repeated Omni events.
 * Each records who chose what (the ground truth the checks judge by) and delivers the events.
 */
import type { SoftphoneState } from '../mapping/types';
import { sameState } from './hostile-mapping';
import { fmtOmni, fmtSoftphone, fmtState } from './hostile-story';
import { HostileWorldCalls } from './hostile-world-calls';
import {
    HANDOVER_REASONS,
    MAINTENANCE_REASONS,
    PLATFORM_REASONS,
    type HostileAction,
    type LogoutKind
} from './hostile-world-types';

type ActionOf<K extends HostileAction['kind']> = Extract<HostileAction, { kind: K }>;

/** The hostile world with a helper for each kind of action. */
export class HostileWorldActions extends HostileWorldCalls {
    protected statusPick(pick: number, except: string | null): string | null {
        const names = this.config.statuses.map((s) => s.developerName).filter((n) => n !== except);
        return names.length === 0 ? null : (names[pick % names.length] ?? null);
    }

    /** The agent, a supervisor or Omni-Channel itself changes the Omni status. */
    protected applyOmniStatus(action: ActionOf<'agentOmniStatus' | 'supervisorStatus' | 'platformStatus'>): void {
        const current = this.omni.online ? this.omni.status : null;
        if (!this.omni.online) return;
        const status = this.statusPick(action.pick, current);
        if (status === null) return;
        const seq = this.omniChoice(status, null);
        this.omni = { online: true, status };
        this.omniByHandSinceSoftphoneLogout = true;
        if (action.kind === 'agentOmniStatus') {
            // Without a reason, a pick of the very status a call of the sync is about to set reads as
            // its echo: nobody can tell them apart, so it is not demanded as the agent's.
            if (action.withReason || !this.syncOmniUnderWay(status, ['setServicePresenceStatus', 'login']))
                this.omniPick = { status, seq };
            else this.indistinguishable(`the agent's ${status}, without a reason`);
            // Picking a status where Omni shows one (even one a stray command brought back) asks to be online.
            this.logoutStands = null;
            this.omniStatusEvent(
                status,
                action.withReason ? 'OmniManualStatusChange' : null,
                `the agent picks ${status} in Omni${action.withReason ? '' : ' (no reason)'}`
            );
        } else if (action.kind === 'supervisorStatus') {
            this.omniStatusEvent(status, 'OmniSupervisorStatusChange', `a supervisor sets ${status}`);
        } else {
            const reason = PLATFORM_REASONS[action.pick % PLATFORM_REASONS.length] ?? null;
            this.omniStatusEvent(status, reason, `Omni sets ${status} (${reason})`);
        }
    }

    /** A logout by the agent, a supervisor, maintenance or a handover: it stands (B15). */
    protected applyOmniLogout(
        action: ActionOf<'agentOmniLogout' | 'supervisorLogout' | 'maintenanceLogout' | 'handover'>
    ): void {
        if (!this.omni.online) return;
        const kind: LogoutKind =
            action.kind === 'agentOmniLogout'
                ? 'agent'
                : action.kind === 'supervisorLogout'
                  ? 'supervisor'
                  : action.kind === 'maintenanceLogout'
                    ? 'maintenance'
                    : 'handover';
        const reason =
            kind === 'agent'
                ? null
                : kind === 'supervisor'
                  ? 'OmniSupervisorLogout'
                  : kind === 'maintenance'
                    ? // The action carries no pick (adding one would change every generated case): the story's
                      // length chooses among the maintenance reasons.
                      (MAINTENANCE_REASONS[this.story.length % MAINTENANCE_REASONS.length] ?? null)
                    : (HANDOVER_REASONS[(action as { pick: number }).pick % HANDOVER_REASONS.length] ?? null);
        // The agent's logout (no reason) while a logout of the sync is under way reads exactly as its echo:
        // nobody can tell them apart (docs/behaviour.md, "Every Omni-Channel logout stands"), so B5 may or may not follow.
        const ambiguous = kind === 'agent' && this.syncLogoutUnderWay();
        const seq = this.omniChoice('offline', ambiguous ? 'ambiguous' : kind);
        this.ambiguousLogout = ambiguous;
        this.twinWindowLogout = kind === 'agent' && this.syncLogoutSentLately();
        this.omni = { online: false };
        this.logoutStands = { seq, kind };
        this.deliver({ kind: 'omni', event: 'logout', reason }, `Omni logout (${reason ?? `the agent, no reason`})`);
    }

    /** The agent logs in to Omni by hand in this tab. */
    protected applyOmniLogin(action: ActionOf<'agentOmniLogin'>): void {
        if (this.omni.online) return;
        const status = this.statusPick(action.pick, null);
        const info = this.config.statuses.find((s) => s.developerName === status);
        if (status === null || info === undefined) return;
        const seq = this.omniChoice(status, null);
        this.omni = { online: true, status };
        // A login by hand to the very status a login of the sync is about to set reads as its echo.
        if (!this.syncOmniUnderWay(status, ['login'])) this.omniPick = { status, seq };
        else this.indistinguishable(`the agent's login to ${status}`);
        this.logoutStands = null;
        this.omniByHandSinceSoftphoneLogout = true;
        this.deliver(
            { kind: 'omni', event: 'loginSuccess', statusId: info.id },
            `the agent logs in to Omni by hand: ${status}`
        );
    }

    /** The agent picks a state in the softphone (not during a call). */
    protected applySoftphonePick(action: ActionOf<'softphonePick'>): void {
        if (!this.softphone.loggedIn || this.interactions.length > 0) return;
        const states = this.agentStates().filter(
            (s) => !sameState(s, (this.softphone as { state: SoftphoneState }).state)
        );
        const state = states[action.pick % Math.max(1, states.length)];
        if (state === undefined) return;
        const seq = this.choice();
        this.held = null;
        this.softphonePick = { state, seq };
        this.softphoneEvent(state, 'agent', `the agent picks ${fmtState(state)} in the softphone`);
    }

    /** The agent logs in to the softphone: a standing logout and a held change end. */
    protected applySoftphoneLogin(action: ActionOf<'softphoneLogin'>): void {
        if (this.softphone.loggedIn) return;
        const states = this.agentStates();
        const state = states[action.pick % Math.max(1, states.length)];
        if (state === undefined) return;
        this.choice();
        this.held = null;
        this.logoutStands = null;
        this.softphone = { loggedIn: true, state };
        this.deliver(
            { kind: 'softphone', event: 'loggedIn', state },
            `the agent logs in to the softphone: ${fmtState(state)}`
        );
    }

    /** The agent logs out of the softphone (not during a call). */
    protected applySoftphoneLogout(): void {
        if (!this.softphone.loggedIn || this.interactions.length > 0) return;
        this.choice();
        this.held = null;
        this.softphone = { loggedIn: false };
        this.omniByHandSinceSoftphoneLogout = false;
        this.deliver({ kind: 'softphone', event: 'loggedOut', cause: 'agent' }, 'the agent logs out of the softphone');
    }

    /** The call in progress ends and the next is offered at once. */
    protected applyBackToBack(action: ActionOf<'backToBack'>): void {
        if (!this.softphone.loggedIn) return;
        if (this.interactions.length > 0) this.endCall(action.pick, true);
        this.startCall();
    }

    /** The softphone frame reloads; with an odd pick, a call ends while it is away. */
    protected applyFrameReload(action: ActionOf<'frameReload'>): void {
        this.scheduled = this.scheduled.filter((s) => s.side !== 'softphone');
        this.deliver({ kind: 'softphone', event: 'disconnected', reason: 'reload' }, 'the softphone frame reloads');
        if (action.pick % 2 === 1 && this.interactions.length > 0) this.endCallAway(action.pick);
        this.deliver(this.connected(), `softphone connects: ${fmtSoftphone(this.softphone)}`);
    }

    /** The last Omni event arrives a second time, if Omni still shows what it said. */
    protected applyDuplicateOmniEvent(): void {
        const last = this.lastOmniEvent;
        if (last === null || !(last.kind === 'omni' && (last.event === 'logout' || last.event === 'statusChanged')))
            return;
        // Only a repeat of what Omni really shows now: the same event twice.
        if (last.event === 'logout' && this.omni.online) return;
        if (last.event === 'statusChanged' && fmtOmni(this.omni) !== last.statusApiName) return;
        // The report told again reads exactly as the landing of a call of the sync's for the same value still to
        // land: the engine may take it for that landing, and the call's own landing later for someone's change.
        if (last.event === 'logout') this.syncLogoutUnderWay();
        else if (typeof last.statusApiName === 'string')
            this.syncOmniUnderWay(last.statusApiName, ['setServicePresenceStatus', 'login']);
        this.deliver(last, `the same Omni event again (${last.event})`);
    }
}
