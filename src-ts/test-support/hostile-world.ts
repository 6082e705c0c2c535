/**
 * A hostile world for the agent's-side properties (src-ts/engine/agent-invariants.properties.test.ts
 * and scripts/soak.mjs): Omni-Channel and a softphone with their own truth, the people who act on
 * them (the agent by hand on either side, a supervisor, Omni-Channel itself, maintenance, a second
 * session that takes over), and the engine's commands landing late, failing, timing out and landing
 * later, duplicated, reordered, or landing from the page before a console reload.
 *
 * The world keeps its own ground truth of who did what: every change a person or the platform made
 * (a "choice"), every landing of a command of the sync, and every echo it emitted. The checks below
 * judge the engine's commands against that truth only, never against the engine's own idea of whose
 * change an event was.
 *
 * In parts, each layer a class over the one below: the types and fixed lists (hostile-world-types.ts),
 * the story's texts (hostile-story.ts), the truth and its questions (hostile-world-state.ts), engine
 * steps and landings judged as they land (hostile-world-landing.ts), calls, console reloads and drain
 * (hostile-world-calls.ts), each kind of action (hostile-world-actions.ts); this file plays an action
 * and holds the checks at rest.
 */
import { heldChange } from '../engine/engine';
import { agree, softphoneToOmni } from './hostile-mapping';
import { fmtOmni, fmtSoftphone, fmtState } from './hostile-story';
import { HostileWorldActions } from './hostile-world-actions';
import {
    DROP_NOTICES,
    DROP_OUTCOMES,
    MISMATCH_EXPLAINED,
    OFFLINE_EXPLAINED,
    SOFTPHONE_OUT_EXPLAINED,
    type HostileAction
} from './hostile-world-types';

export { describeCommand } from './hostile-story';
export { AMBIGUOUS_WINDOW_MS, RECOGNISABLE_LANDING_MS } from './hostile-world-types';
export type { AnswerPlan, HostileAction, Violation } from './hostile-world-types';

/**
 * The world. `act` plays one action and delivers what is due after it; `drain` lets everything under
 * way land and time run until the engine is quiet; `checkAtRest` then judges the sides. Violations
 * found while running (a command that undid a choice, an echo followed) are in `violations`.
 */
export class HostileWorld extends HostileWorldActions {
    act(action: HostileAction): void {
        this.actionCount++;
        this.apply(action);
        this.flushDue();
    }

    /** One action: each kind has its own helper. */
    private apply(action: HostileAction): void {
        switch (action.kind) {
            case 'advance':
                this.now += action.ms;
                this.wall += action.ms;
                this.deliver({ kind: 'tick' }, `${action.ms} ms pass`);
                return;
            case 'agentOmniStatus':
            case 'supervisorStatus':
            case 'platformStatus':
                this.applyOmniStatus(action);
                return;
            case 'agentOmniLogout':
            case 'supervisorLogout':
            case 'maintenanceLogout':
            case 'handover':
                this.applyOmniLogout(action);
                return;
            case 'agentOmniLogin':
                this.applyOmniLogin(action);
                return;
            case 'softphonePick':
                this.applySoftphonePick(action);
                return;
            case 'softphoneLogin':
                this.applySoftphoneLogin(action);
                return;
            case 'softphoneLogout':
                this.applySoftphoneLogout();
                return;
            case 'call':
                this.call(action.pick);
                return;
            case 'backToBack':
                this.applyBackToBack(action);
                return;
            case 'frameReload':
                this.applyFrameReload(action);
                return;
            case 'consoleReload':
                this.reload(action);
                return;
            case 'duplicateOmniEvent':
                this.applyDuplicateOmniEvent();
                return;
        }
    }

    /** The checks at rest: (a) the agent's choice stands, (b) a logout stands, (c) a held change was applied or said, (e) the sides agree. */
    checkAtRest(): void {
        const omni = this.omni;
        const failed = this.explained(['command-failed']);
        if (this.omniPick !== null && fmtOmni(omni) !== this.omniPick.status && !failed)
            this.violate('a', `at rest Omni is ${fmtOmni(omni)}, not the agent's own ${this.omniPick.status}`);
        if (this.logoutStands !== null && omni.online && !failed)
            this.violate('b', `at rest Omni is online (${omni.status}) after the ${this.logoutStands.kind} logout`);
        this.checkHeldAtRest();
        this.checkSidesAgree();
    }

    /** (c) a change held during a call was applied once the call ended, or its drop was said. */
    private checkHeldAtRest(): void {
        const sp = this.softphone;
        const held = this.held;
        if (held !== null && held.due && this.interactions.length === 0) {
            const said =
                this.outcomes.some((o) => o.choiceAt >= held.seq && DROP_OUTCOMES.includes(o.outcome)) ||
                this.explained(DROP_NOTICES);
            if (!this.heldApplied(held) && !said)
                this.violate(
                    'c',
                    `the change to ${held.value} held during the call was neither applied nor said: the softphone is ${fmtSoftphone(sp)}`
                );
        }
    }

    /**
     * The agent's own logout by hand, unambiguous (no logout of the sync's under way: `ambiguousLogout`; none sent
     * within TWIN_LOGOUT_MS whose echo may have been another's: `twinWindowLogout`), or a supervisor's, and the
     * latest choice, stands; the softphone follows Omni logouts (B5), and the only words the panel has for it are that
     * Omni-Channel stays offline (that story is the sync's own logout, not a person's) or who logged it out.
     */
    private ownLogoutNotFollowed(): boolean {
        const stands = this.logoutStands;
        if (stands === null || stands.seq !== this.choiceSeq) return false;
        if (stands.kind !== 'agent' && stands.kind !== 'supervisor') return false;
        // A supervisor's logout names who made it: never taken for the sync's own.
        if (stands.kind === 'agent' && (this.ambiguousLogout || this.twinWindowLogout)) return false;
        if (this.config.settings.Logout_Softphone_On_Omni_Logout__c === false) return false;
        // Saying who logged Omni-Channel out is not saying why the softphone stayed logged in.
        const codes = this.noticeCodes().filter((code) => OFFLINE_EXPLAINED.includes(code));
        return (
            codes.length > 0 &&
            codes.every((code) => code === 'omni-stays-offline' || code === 'omni-supervisor-logout')
        );
    }

    /** (e) the sides agree by the mapping, or the panel says why not. */
    private checkSidesAgree(): void {
        const omni = this.omni;
        const sp = this.softphone;
        // During a call the panel shows the held change (the engine's `heldChange`, C3) or its notice.
        const heldShown =
            this.interactions.length > 0 && (heldChange(this.state) !== null || this.explained(['held-change']));
        if (sp.loggedIn && omni.online) {
            if (!agree(this.config, omni.status, sp.state) && !heldShown && !this.explained(MISMATCH_EXPLAINED))
                this.violate(
                    'e',
                    `at rest Omni ${omni.status} and softphone ${fmtState(sp.state)} disagree, and the panel says nothing`
                );
        } else if (sp.loggedIn && !omni.online) {
            const logsOut = softphoneToOmni(this.config, sp.state) === 'offline';
            if (!logsOut && !heldShown && !this.ambiguousLogout && !this.explained(OFFLINE_EXPLAINED))
                this.violate(
                    'e',
                    `at rest Omni is offline while the softphone is ${fmtState(sp.state)}, and the panel says nothing`
                );
            else if (!logsOut && !heldShown && this.ownLogoutNotFollowed())
                this.violate(
                    'e',
                    `at rest the ${this.logoutStands?.kind === 'supervisor' ? "supervisor's" : "agent's own"} Omni logout (no newer choice, not ambiguous) is not followed (B5): the softphone is ${fmtState(sp.state)} and the panel only says Omni stays offline`
                );
        } else if (!sp.loggedIn && omni.online) {
            const b4 = this.config.settings.Logout_Omni_On_Softphone_Logout__c !== false;
            if (b4 && !this.omniByHandSinceSoftphoneLogout && !this.explained(SOFTPHONE_OUT_EXPLAINED))
                this.violate(
                    'e',
                    `at rest the softphone is logged out while Omni is ${omni.status}, and the panel says nothing`
                );
        }
    }
}
