/**
 * The view: everything the panel shows, as plain data (`SyncView`), and how a driving tab builds
 * it from the engine's state, the softphone link and the audit. Owns the shapes the panel and the
 * other tabs read, the health verdict and the view's revision; it keeps no timers and sends
 * nothing (`tab-views.ts` carries views between tabs, the runtime decides when to publish).
 */
import { heldChange, isOnInteraction } from '../engine/context';
import type { Engine } from '../engine/engine';
import type { Diagnostic, EngineState, HeldChange } from '../engine/types';
import { formatState } from '../mapping/compile';
import { sidesDiffer } from '../engine/sides-differ';
import type { SyncSettings } from '../mapping/types';
import type { BridgeStats } from '../bridge/endpoint';
import type { BridgeStatus, SoftphoneInfo } from '../bridge/host';
import type { AuditEntry } from './audit';
import { storageDiagnostics } from './saved-state';

/** This tab's part: electing (`starting`), driving the sync, following the driving tab, or stopped. */
export type Role = 'starting' | 'driver' | 'follower' | 'stopped';
/** The panel's one-word verdict: all well, something to look at, or something broken. */
export type Health = 'ok' | 'attention' | 'error';

/** A change the sync holds back until the interaction ends (B11), as the engine's `heldChange` describes it (C3). */
export type { HeldChange };

/** A held change as the panel shows it: with the Omni status's label where the target is a status. */
export type HeldView = HeldChange & { statusLabel: string | null };

/**
 * How the softphone bridge stands: `none` without a configured softphone (or in a tab that does
 * not host it), `connecting` until the softphone's hello, `noHandshake` once no hello came within
 * 8 s (monotonic) of the frame loading, then `connected`, or `rejected` for a refused softphone;
 * `lost` once a softphone that was connected in this driving turn stopped answering (B17).
 */
export type BridgeView = BridgeStatus | 'none' | 'noHandshake' | 'lost';

/**
 * A softphone that was connected and stopped answering (B17): when (wall-clock ms since the Unix epoch; NaN when
 * unknown) and the Disconnect Status setting the sync sets Omni-Channel to then (API name and label), or null.
 */
export interface LostSoftphone {
    at: number;
    disconnectStatus: string | null;
    disconnectLabel: string | null;
}

/**
 * How this tab stands among the agent's console tabs (B18). `coordination` is 'unavailable'
 * where the tabs have no channel to talk over (then one tab still drives, the others cannot
 * show its state); `softphoneHere`: this tab hosts the softphone frame (only the driver does);
 * `canTakeOver`: this tab may offer "Use this tab" (`takeOver()`): it follows, and the driving tab's
 * softphone is not on an interaction.
 */
export interface TabsView {
    coordination: 'ok' | 'unavailable';
    softphoneHere: boolean;
    canTakeOver: boolean;
}

/**
 * Everything the panel shows. Plain data: the driver also sends it to the other tabs.
 * `updatedAt` and the decisions' `at` are wall-clock milliseconds (display only).
 */
export interface SyncView {
    role: Role;
    syncEnabled: boolean;
    health: Health;
    /** `unknown` until a definite answer: a start-up read that failed or timed out is not "offline" (B15). */
    omni: { presence: 'unknown' | 'offline' | 'online'; status: string | null; label: string | null };
    softphone: {
        bridge: BridgeView;
        presence: 'unknown' | 'loggedOut' | 'loggedIn';
        state: string | null;
        product: string | null;
        /** The softphone's own version, as its hello declares it (docs/bridge-protocol.md, section 3). */
        version?: string | null;
        onInteraction: boolean;
        /** Set while the bridge is `lost`; `state` is then the last state the softphone said. */
        lost?: LostSoftphone | null;
    };
    held: HeldView | null;
    /** Both sides logged in and their mapped states disagree (`sidesDiffer`): the headline is then never "In sync". */
    sidesDiffer?: boolean;
    tabs: TabsView;
    diagnostics: Diagnostic[];
    decisions: AuditEntry[];
    rejectedMessages: number;
    rejectedByReason: Record<string, number>;
    updatedAt: number;
    /**
     * Bumped whenever anything else in the view changed (not `updatedAt`): a panel that showed this
     * revision has nothing new to render. Counted per tab (a follower counts its own).
     */
    revision: number;
}

/** The panel's verdict: a follower is always fine; an error diagnostic (not of the configuration) or a dead bridge is an error. */
export function healthOf(diagnostics: readonly Diagnostic[], bridge: BridgeView, role: Role): Health {
    if (role === 'follower') return 'ok';
    if (diagnostics.some((d) => d.severity === 'error' && d.code !== 'config')) return 'error';
    if (bridge === 'rejected' || bridge === 'noHandshake' || bridge === 'lost') return 'error';
    if (diagnostics.some((d) => d.severity !== 'info') || bridge === 'connecting' || bridge === 'none')
        return 'attention';
    return 'ok';
}

/** What a driving (or stopped, or starting) tab builds its view from: each piece as the runtime holds it now. */
export interface ViewSources {
    role: Role;
    engine: Engine;
    state: EngineState;
    settings: SyncSettings;
    /** Why the last save failed, or null (a diagnostic then says the state will not survive a reload). */
    saveProblem: string | null;
    /** What storage lost of the audit log: decisions not kept, slots unreadable at the reload (issue 21). */
    storageFaults?: { notKept: number; corrupted: number; missing?: number };
    bridge: BridgeView;
    /** When the softphone stopped answering (wall-clock ms) while `bridge` is `lost`; else null. */
    lostAt?: number | null;
    bridgeStats: BridgeStats | null;
    softphone: SoftphoneInfo | null;
    tabs: TabsView;
    decisions: AuditEntry[];
    /** Wall-clock milliseconds, for `updatedAt`. */
    wallNow: number;
}

/** The view of this tab's own state, with `revision` 0: the caller numbers it (`ViewRevision`). */
export function buildView(sources: ViewSources): SyncView {
    const { state: s, engine } = sources;
    const diagnostics = engine.diagnostics(s);
    diagnostics.push(...storageDiagnostics(sources.saveProblem, sources.storageFaults ?? { notKept: 0, corrupted: 0 }));
    const stats = sources.bridgeStats ?? { accepted: 0, dropped: 0, byReason: {} };
    const mapping = engine.mapping(s);
    const status = s.omni.status === null ? null : mapping.statusByName(s.omni.status);
    const held = heldChange(s);
    return {
        role: sources.role,
        syncEnabled: sources.settings.syncEnabled,
        health: healthOf(diagnostics, sources.bridge, sources.role),
        omni: { presence: s.omni.presence, status: s.omni.status, label: status?.label ?? s.omni.status },
        softphone: {
            bridge: sources.bridge,
            presence: s.softphone.presence,
            state: s.softphone.state === null ? null : formatState(s.softphone.state),
            product: sources.softphone ? `${sources.softphone.vendor} ${sources.softphone.product}` : null,
            version: sources.softphone?.version ?? null,
            onInteraction: isOnInteraction(s),
            lost: lostSoftphone(sources, mapping)
        },
        held:
            held === null
                ? null
                : {
                      ...held,
                      statusLabel:
                          held.target.kind === 'status'
                              ? (mapping.statusByName(held.target.status)?.label ?? held.target.status)
                              : null
                  },
        sidesDiffer: sidesDiffer(mapping, s),
        tabs: sources.tabs,
        diagnostics,
        decisions: sources.decisions,
        rejectedMessages: stats.dropped,
        rejectedByReason: { ...stats.byReason },
        updatedAt: sources.wallNow,
        revision: 0
    };
}

/** The lost softphone's view (see `LostSoftphone`), or null while the bridge is not `lost`. */
function lostSoftphone(sources: ViewSources, mapping: ReturnType<Engine['mapping']>): LostSoftphone | null {
    if (sources.bridge !== 'lost') return null;
    const status = sources.settings.disconnectStatus;
    return {
        at: sources.lostAt ?? Number.NaN,
        disconnectStatus: status,
        disconnectLabel: status === null ? null : (mapping.statusByName(status)?.label ?? status)
    };
}

/** What the panel shows of a view, less the clock and the decisions (which the newest sequence number stands for). */
export function shownKey(view: SyncView, lastSeq: number, auditSize: number): string {
    const shown = JSON.stringify({ ...view, decisions: undefined, updatedAt: undefined });
    return `d|${lastSeq}|${auditSize}|${shown}`;
}

/** The view's revision (see `SyncView.revision`): the same key of what a view shows, the same revision. */
export class ViewRevision {
    private revision = 0;
    private key = '';

    /** The revision for this key: bumped when the key differs from the last one given. */
    revise(key: string): number {
        if (key !== this.key) {
            this.key = key;
            this.revision++;
        }
        return this.revision;
    }
}
