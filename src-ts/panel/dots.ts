/**
 * The presence dots beside Omni-Channel and the softphone, as the Omni-Channel widget shows them: green
 * (online), busy, offline, or unknown. Both come from what the configuration knows of each status and
 * state, never from the words of a state's name: softphones name their states in the agent's language
 * (`Ocupado`, `Pausa / Almuerzo`) or in their own way (`Ready (Offline)`).
 */
import { compileMapping, sameState, type CompiledMapping } from '../mapping/compile';
import type { CatalogueEntry, SoftphoneState, SyncConfigurationInput } from '../mapping/types';
import type { PanelContext, PanelModel, PanelViewInput } from './types';

/** A dot's look. */
export type PresenceDot = PanelModel['softphoneDot'];

const NO_CONFIGURATION: SyncConfigurationInput = { mappings: [], settings: null, statuses: [] };

let compiled: {
    configuration: SyncConfigurationInput;
    catalogue: readonly CatalogueEntry[] | null;
    mapping: CompiledMapping;
} | null = null;

/** The configuration compiled, kept while the panel is given the same one. */
function mappingOf(context: PanelContext): CompiledMapping {
    const configuration = context.configuration ?? NO_CONFIGURATION;
    const catalogue = context.catalogue ?? null;
    if (compiled === null || compiled.configuration !== configuration || compiled.catalogue !== catalogue)
        compiled = { configuration, catalogue, mapping: compileMapping(configuration, catalogue) };
    return compiled.mapping;
}

/** A state as the view words it (`Major` or `Major / Minor`, formatState in src-ts/mapping/compile.ts). */
function parseState(words: string): SoftphoneState {
    const at = words.indexOf(' / ');
    return at < 0 ? { major: words, minor: null } : { major: words.slice(0, at), minor: words.slice(at + 3) };
}

/** The state, or its major state when `known` names no minor state (as a mapping row of a major state does). */
function isState(state: SoftphoneState, known: SoftphoneState | null): boolean {
    if (known === null) return false;
    return sameState(state, known) || (known.minor === null && sameState({ major: state.major, minor: null }, known));
}

/** Online or busy by an Omni status's service channels (the org's statuses, else the panel's busy list). */
function statusDot(mapping: CompiledMapping, status: string, context: PanelContext): PresenceDot | null {
    const info = mapping.statusByName(status);
    if (info !== null) return info.hasChannels ? 'online' : 'busy';
    const busy = context.busyStatuses?.[status];
    return busy === undefined ? null : busy ? 'busy' : 'online';
}

/** What the Omni → softphone rows say of a state: the dot of the statuses that set it, when they agree. */
function targetDot(mapping: CompiledMapping, state: SoftphoneState): PresenceDot | null {
    const dots = new Set<PresenceDot>();
    for (const status of mapping.statuses) {
        const outcome = mapping.omniToSoftphone(status.developerName);
        if (outcome.kind === 'state' && outcome.via === 'row' && isState(state, outcome.state))
            dots.add(status.hasChannels ? 'online' : 'busy');
    }
    return dots.size === 1 ? ([...dots][0] ?? null) : null;
}

/**
 * The dot of a softphone state, from the mapping: a state the contact centre reserves (on a call, wrap) is
 * busy; a state whose SoftphoneToOmni row sets a status is as that status (online with service channels,
 * busy without); one whose row logs out of Omni-Channel is offline; the settings' Ready State is online and
 * the busy fallback, capacity and work-accepted states busy; a state the OmniToSoftphone rows set is as the
 * statuses that set it. A state the configuration knows nothing of is unknown.
 */
export function softphoneStateDot(words: string, context: PanelContext): PresenceDot {
    const mapping = mappingOf(context);
    const state = parseState(words);
    if (mapping.isReserved(state)) return 'busy';
    const lookup = mapping.softphoneToOmni(state);
    if (lookup.kind === 'logout') return 'offline';
    if (lookup.kind === 'status' && lookup.via !== 'fallback') {
        const dot = statusDot(mapping, lookup.status, context);
        if (dot !== null) return dot;
    }
    const settings = mapping.settings;
    if (isState(state, settings.readyState)) return 'online';
    if (
        [settings.busyFallbackState, settings.capacityBusyState, settings.workAcceptedState].some((s) =>
            isState(state, s)
        )
    )
        return 'busy';
    return targetDot(mapping, state) ?? 'unknown';
}

/** The softphone's dot: offline when logged out, else its state's (see `softphoneStateDot`). */
export function softphoneDot(view: PanelViewInput, context: PanelContext): PresenceDot {
    if (view.softphone.presence === 'loggedOut') return 'offline';
    if (view.softphone.presence !== 'loggedIn' || view.softphone.state === null) return 'unknown';
    return softphoneStateDot(view.softphone.state, context);
}

/** Omni-Channel's dot: offline, or online or busy by the status's service channels. */
export function omniDot(view: PanelViewInput, context: PanelContext): PanelModel['omniDot'] {
    if (view.omni.presence === 'offline') return 'offline';
    if (view.omni.presence !== 'online') return 'unknown';
    const status = view.omni.status;
    if (status !== null && context.busyStatuses && status in context.busyStatuses)
        return context.busyStatuses[status] ? 'busy' : 'online';
    return 'online';
}
