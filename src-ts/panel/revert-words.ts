/**
 * Why Omni-Channel will or will not go back after a call (B10), said where the call starts: the setting by
 * its label in Setup (Revert After Inbound Interaction, Revert Scope) and the status it would go back to.
 * "Revert After Inbound Interaction is off, so Omni-Channel will not go back to Available for Chats after
 * the call." The settings are those the panel was loaded with (an admin's later edit reaches the agent at
 * the next console load, as it reaches the engine).
 */
import { fieldWords } from './fields';
import { panelText } from './text';
import type { DecisionInput, PanelContext, PanelText } from './types';

/** A setting's value by its field API name, with or without the package's namespace prefix. */
function setting(context: PanelContext, field: string): unknown {
    const settings = context.configuration?.settings ?? null;
    if (settings === null) return undefined;
    for (const [name, value] of Object.entries(settings))
        if (name === field || name.endsWith(`__${field}`)) return value;
    return undefined;
}

/**
 * The sentence for an interaction's start (`interaction_started`): whether Omni-Channel goes back to the
 * status it had before the call, and which setting says so. Null when the panel cannot tell (no settings
 * read, or Omni had no status before the call).
 */
export function revertText(decision: DecisionInput, context: PanelContext): PanelText | null {
    const before = decision.detailParams?.omni;
    const direction = decision.detailParams?.direction;
    if (!before || before === 'unknown' || before === 'offline' || !context.configuration?.settings) return null;
    const status = context.statusLabels?.[before] ?? before;
    const revert = setting(context, 'Revert_After_Inbound__c');
    const on = revert === true || revert === 'true';
    const setting_ = fieldWords('Revert_After_Inbound__c');
    if (!on) return panelText('Outcome_revert_off', setting_, status);
    const everyCall = setting(context, 'Revert_Scope__c') === 'EveryCall';
    if (direction === 'outbound' && !everyCall)
        return panelText('Outcome_revert_inbound_only', setting_, status, fieldWords('Revert_Scope__c'));
    return panelText('Outcome_revert_on', setting_, status);
}
