/**
 * What agents, supervisors and systems do on the Omni-Channel side of the simulated world
 * (src-ts/test-support/world.ts): status changes by hand or by the platform, logouts, logins,
 * connection errors and work items, each delivered to the engine as Omni-Channel's events.
 */
import { reasonsWhy } from '../engine/attribution';
import { SimulatedWorldCore } from './world-core';
import type { WorldAction } from './world-types';

type ActionOf<K extends WorldAction['kind']> = Extract<WorldAction, { kind: K }>;

/** The simulated world with the Omni-Channel side's actions. */
export class SimulatedWorldOmni extends SimulatedWorldCore {
    /** The agent (OmniManualStatusChange) or the platform or a supervisor changes the status. */
    protected applyOmniStatus(action: ActionOf<'omniAgentStatus' | 'omniSystemStatus'>): void {
        const statuses = this.config.statuses;
        if (!this.omni.online || this.omniError || statuses.length === 0) return;
        const status = statuses[action.pick % statuses.length];
        if (!status || status.developerName === this.omni.status) return;
        this.omni = { online: true, status: status.developerName };
        const reasons = ['OmniPushTimeout', 'OmniSupervisorStatusChange', 'OmniDeclineWork'];
        this.deliver({
            kind: 'omni',
            event: 'statusChanged',
            statusId: status.id,
            statusApiName: status.developerName,
            reason: action.kind === 'omniAgentStatus' ? 'OmniManualStatusChange' : reasons[action.pick % reasons.length]
        });
    }

    /** A logout the sync must respect: the agent's, a supervisor's, maintenance, a handover (B15, B16). */
    protected applyOmniLogout(action: ActionOf<'omniLogout'>): void {
        if (!this.omni.online) return;
        const listed = [
            null,
            'OmniSupervisorLogout',
            'DuplicateLogin',
            'MaintenanceLogout',
            'DuplicateLoginInSameBrowser'
        ];
        // Reasons added to the engine's table later are drawn too, after these (so today's cases stay as they are).
        const added = [...reasonsWhy('maintenance'), ...reasonsWhy('handover')].filter((r) => !listed.includes(r));
        const reasons = [...listed, ...added];
        this.omniOffline(true);
        this.deliver({ kind: 'omni', event: 'logout', reason: reasons[action.pick % reasons.length] ?? null });
    }

    /** The agent logs in to Omni by hand. */
    protected applyOmniLogin(action: ActionOf<'omniLogin'>): void {
        const statuses = this.config.statuses;
        if (this.omni.online && !this.omniError) return;
        const status = statuses[action.pick % Math.max(1, statuses.length)];
        if (!status) return;
        this.omniError = false;
        this.omni = { online: true, status: status.developerName };
        // The agent logged back in to Omni: their earlier logout no longer stands.
        this.softphoneLoginSinceOmniOffline = true;
        this.deliver({ kind: 'omni', event: 'loginSuccess', statusId: status.id });
    }

    /** Omni-Channel loses its connection. */
    protected applyOmniConnectionError(): void {
        if (!this.omni.online || this.omniError) return;
        this.omniError = true;
        this.deliver({ kind: 'omni', event: 'connectionError', error: 'simulated' });
        // The toolkit logs the agent out after a connection error; login success ends it.
        this.omniOffline(false);
        this.deliver({ kind: 'omni', event: 'logout', reason: null });
    }

    /** A work item is assigned and accepted, or the oldest one closes. */
    protected applyOmniWork(action: ActionOf<'omniWork'>): void {
        if (!this.omni.online || this.omniError) return;
        const choice = action.pick % 3;
        if (choice === 0 || this.works.length === 0) {
            const workId = `0BZ${String(++this.workSeq).padStart(12, '0')}`;
            this.works.push(workId);
            this.deliver({ kind: 'omni', event: 'workAssigned', workId, workItemId: `item-${workId}` });
            this.deliver({ kind: 'omni', event: 'workAccepted', workId, workItemId: `item-${workId}` });
        } else {
            const workId = this.works.shift() ?? '';
            this.deliver({ kind: 'omni', event: 'workClosed', workId, workItemId: `item-${workId}` });
        }
        this.deliver({
            kind: 'omni',
            event: 'workloadChanged',
            configuredCapacity: 100,
            newWorkload: this.works.length * 25
        });
    }
}
