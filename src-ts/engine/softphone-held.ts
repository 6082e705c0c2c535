/**
 * Held changes seen from the softphone (B11): a newer softphone change supersedes a held change still
 * landing, and an Omni logout's softphone logout is held over a call that began before it landed.
 */
import type { DetailKey, EngineState, OmniTarget, OmniValue } from './types';
import { type Ctx, decide, describeOmni, inInteraction, omniMatches, omniParams } from './context';

/** A newer change on the softphone outside an interaction supersedes a held change still landing (B11, B14). */
export function supersedeHeld(
    ctx: Ctx,
    engineState: EngineState,
    detailKey: DetailKey,
    detailParams: Readonly<Record<string, string>> = {}
): void {
    if (engineState.held === null) return;
    decide(
        ctx,
        'B11',
        'held-superseded',
        detailKey,
        { ...detailParams, omni: describeOmni(engineState.held) },
        undefined,
        omniParams(engineState.held)
    );
    engineState.held = null;
    engineState.heldApplying = false;
    if (engineState.softphone.target?.rule === 'B11') engineState.softphone.target = null;
}

/**
 * A call began before the softphone logout that follows an Omni logout (B5) landed: the softphone may
 * refuse it during the call, so the logout is held for the call's end instead (B11). Not when the softphone
 * logged out (itself, or by that logout's landing) and in again since: the agent's login is the newer choice.
 */
export function holdLogoutForCall(ctx: Ctx, engineState: EngineState): void {
    const sp = engineState.softphone;
    const logout = (t: { kind: string; rule: string } | null | undefined) =>
        t !== null && t !== undefined && t.kind === 'loggedOut' && t.rule === 'B5';
    if (engineState.held !== null || !ctx.mapping.settings.holdDuringInteraction) return;
    if (engineState.omni.presence !== 'offline' || !inInteraction(ctx, engineState)) return;
    // Not once the softphone logged out since, by itself (`overtaken`) or by this logout's landing (`echoed`): the
    // call then began after the agent's own softphone login, which is newer than the Omni logout (B3).
    const flight = sp.inFlight;
    if (!logout(sp.target) && !(logout(flight?.target) && flight?.overtaken !== true && flight?.echoed !== true))
        return;
    engineState.held = { kind: 'offline' };
    engineState.heldApplying = false;
    engineState.heldAt = ctx.now;
    if (logout(sp.target)) sp.target = null;
    decide(ctx, 'B11', 'hold', 'logout_held', undefined, undefined, { side: 'softphone', status: 'offline' });
}

/**
 * The held change's Omni part cannot go while Omni-Channel is offline (B16: setting a status would log the
 * agent in; a logout of ours sent before the change landed after it): the change went as far as it could
 * (the softphone) and the agent is told it was not applied to Omni-Channel (B11), rather than holding it
 * silently for ever.
 */
export function heldStopsAtOffline(ctx: Ctx, engineState: EngineState, dropped: OmniTarget): void {
    const held = engineState.held;
    // Applied and landed, then undone on Omni-Channel by a logout of ours sent before it: its restore (B14) cannot
    // go either, and the agent is told once (the agent's own logout would read the same, B16).
    const latest = engineState.latestChange;
    if (held === null && dropped.rule === 'B14' && latest?.side === 'omni' && latest.held === true) {
        if (!omniMatches(latest.value, dropped)) return;
        decide(
            ctx,
            'B11',
            'held-failed',
            'held_failed',
            { omni: describeOmni(latest.value) },
            undefined,
            omniParams(latest.value)
        );
        engineState.latestChange = { ...latest, held: false };
        return;
    }
    if (held?.kind !== 'status' || engineState.heldApplying !== true) return;
    if (dropped.rule !== 'B11' && !omniMatches(held, dropped)) return;
    decide(ctx, 'B11', 'held-failed', 'held_failed', { omni: describeOmni(held) }, undefined, omniParams(held));
    engineState.held = null;
    engineState.heldApplying = false;
}

/**
 * The held status was applied after the call while Omni-Channel was offline (`offlineAtApply`: a logout of the
 * sync's, sent before the change, landed after it, B16). Its softphone part went (and stays held
 * until the softphone confirms it, `heldWithoutOmni`); its Omni part cannot go (a status would log the agent
 * in). Once nothing is left to send, and Omni-Channel is still offline, the agent is told it was not applied to
 * Omni-Channel (B11) and it is not held again for the next call, as when Omni-Channel goes offline while it is
 * applied (heldStopsAtOffline). Returns whether it was said.
 */
export function heldFindsOmniOffline(
    ctx: Ctx,
    engineState: EngineState,
    held: OmniValue | null,
    offlineAtApply: boolean
): boolean {
    engineState.heldWithoutOmni = false;
    if (!offlineAtApply || held?.kind !== 'status' || engineState.omni.presence !== 'offline') return false;
    decide(ctx, 'B11', 'held-failed', 'held_failed', { omni: describeOmni(held) }, undefined, omniParams(held));
    engineState.held = null;
    engineState.heldSettled = null;
    engineState.heldApplying = false;
    return true;
}

/**
 * A softphone logout of ours has landed (its echo) while a change is held: a held logout is met by it;
 * a held status cannot reach a logged-out softphone (the sync never logs the softphone in), so it is
 * said as not applied there (B11), never ended silently by an echo of ours.
 */
export function heldMeetsOurLogout(ctx: Ctx, engineState: EngineState): void {
    // Also one applied just now that found the softphone already there (`heldSettled`, B11).
    const settled = engineState.heldSettled ?? null;
    const held = engineState.held ?? (settled !== null && settled.until >= ctx.now ? settled.value : null);
    if (held === null) return;
    if (held.kind === 'offline') {
        supersedeHeld(ctx, engineState, 'held_superseded_logout');
        return;
    }
    decide(ctx, 'B11', 'held-failed', 'held_failed', { omni: describeOmni(held) }, undefined, omniParams(held));
    engineState.held = null;
    engineState.heldSettled = null;
    engineState.heldApplying = false;
    if (engineState.softphone.target?.rule === 'B11') engineState.softphone.target = null;
}
