/**
 * The one list of `lightning:omniToolkitAPI` methods the sync uses. The Aura host's allow-list
 * (`presenceSyncUtilityHelper.js`), the engine's `OmniCommand` methods, the runtime's start-up
 * reads and the simulator's toolkit (`simulator/console/omni.js`) are each checked against it by
 * `toolkit-methods.test.ts`, which names the method when one of them disagrees.
 *
 * Method names and their one-object arguments are the toolkit's own (Omni-Channel Developer Guide,
 * "lightning:omniToolkitAPI Methods":
 * https://developer.salesforce.com/docs/atlas.en-us.omni_channel_dev.meta/omni_channel_dev/sforce_api_console_lightning_omnitoolkitapi_methods.htm).
 */

/** Methods the engine issues as commands (`OmniCommand['method']`): they change presence or work. */
export const TOOLKIT_COMMAND_METHODS = [
    'login',
    'logout',
    'setServicePresenceStatus',
    'acceptAgentWork',
    'declineAgentWork',
    'closeAgentWork'
] as const;

/** Methods the runtime reads at start-up (and again when another tab's Omni session moves here). */
export const TOOLKIT_STARTUP_READS = ['getServicePresenceStatusId', 'getAgentWorks', 'getAgentWorkload'] as const;

/**
 * Methods the Aura host allows although nothing in the sync calls them yet; the simulator answers
 * them too, so a panel that starts to call one works in both.
 */
export const TOOLKIT_OTHER_READS = ['getServicePresenceStatusChannels'] as const;

/** Every toolkit method the panel may ask the Aura host for; anything else the host refuses. */
export const TOOLKIT_METHODS = [...TOOLKIT_COMMAND_METHODS, ...TOOLKIT_STARTUP_READS, ...TOOLKIT_OTHER_READS] as const;

/** A toolkit method name from {@link TOOLKIT_METHODS}. */
export type ToolkitMethod = (typeof TOOLKIT_METHODS)[number];

/** An Omni-Channel command method from {@link TOOLKIT_COMMAND_METHODS}; the runtime checks at compile time that the engine's commands are exactly these. */
export type ToolkitCommandMethod = (typeof TOOLKIT_COMMAND_METHODS)[number];
