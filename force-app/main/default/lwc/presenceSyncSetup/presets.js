// The softphones an admin starts the Setup page from: each vendor's state list (its catalogue), its mapping rows in
// both directions and the settings its guide asks for, derived from the vendor guides the project keeps (seeds
// 000/001 Vonage VCC and ContactWorld, 003 Talkdesk, 004 Geomant Desktop Connect; "seed N:L" is the line of the
// guide a row comes from). Free of the DOM and of imports: the simulator serves the same catalogues.

/**
 * @typedef {{ major: string, minor?: string | null, reserved?: boolean }} PresetState
 *   A state the softphone announces; `reserved` when the softphone sets it itself (a call, wrap) and the agent
 *   cannot pick it.
 * @typedef {{ status: string, state?: string, minor?: string, busy?: boolean }} PresetToSoftphone
 *   A presence status (its API name in the sample org set-up) → the softphone state it sets, or the Busy box.
 * @typedef {{ major: string, minor?: string, status?: string, noChange?: boolean }} PresetToOmni
 *   A softphone state → the presence status it sets, or Omni left as it is.
 * @typedef {{
 *   id: string,
 *   name: string,
 *   catalogue: PresetState[] | null,
 *   toSoftphone: PresetToSoftphone[],
 *   toOmni: PresetToOmni[],
 *   settings: Record<string, string | boolean | null>
 * }} SoftphonePreset
 *   `catalogue` null: the states the softphone announces when the page fetches them.
 */

/** Vonage VCC / ContactWorld ContactPad: major and minor states, reserved call states (the package's shipped set). */
const VONAGE = {
    id: 'vonage',
    name: 'Vonage VCC / ContactWorld (ContactPad)',
    catalogue: [
        { major: 'Ready' }, // seed 000:41 (the default mapping is Ready)
        { major: 'Away' }, // seed 001:19 (Busy box checked: Away)
        // Minor states are optional to map and fall back to their major (seed 000:45, 000:47; seed 001:24); these
        // four are the shipped ContactPad catalogue's (simulator/contactpad-catalogue.json).
        { major: 'Away', minor: 'Lunch' },
        { major: 'Away', minor: 'Break' },
        { major: 'Away', minor: 'Meeting' },
        { major: 'Away', minor: 'Training' },
        { major: 'Busy Inbound', reserved: true }, // seed 001:9 (set on accepted work, nothing is routed in it)
        { major: 'Busy Outbound', reserved: true }, // the outbound call state of the shipped catalogue
        { major: 'Wrap', reserved: true } // seed 000:55 (wrap time after an interaction)
    ],
    toSoftphone: [
        { status: 'Available', state: 'Ready' }, // seed 000:39-41
        { status: 'Available_For_Chats', state: 'Ready' }, // seed 000:55 (Ready for Chats reverts to Ready)
        { status: 'Away', busy: true }, // seed 001:17-19 (Busy box: Away; it must match the status's option)
        { status: 'Break', state: 'Away', minor: 'Break' }, // seed 001:21-22 (Maps to a specific state)
        { status: 'Lunch', state: 'Away', minor: 'Lunch' },
        { status: 'Meeting', state: 'Away', minor: 'Meeting' },
        { status: 'On_a_Call', busy: true }, // seed 001:17-19
        { status: 'After_Call_Work', busy: true } // seed 001:17-19
    ],
    toOmni: [
        { major: 'Ready', status: 'Available' }, // seed 000:45 (every major state is mapped)
        { major: 'Away', status: 'Away' },
        { major: 'Away', minor: 'Lunch', status: 'Lunch' }, // seed 000:47 (a minor state may have its own row)
        { major: 'Away', minor: 'Break', status: 'Break' },
        { major: 'Away', minor: 'Meeting', status: 'Meeting' },
        { major: 'Busy Inbound', status: 'On_a_Call' }, // seed 000:45
        { major: 'Busy Outbound', status: 'On_a_Call' },
        { major: 'Wrap', status: 'After_Call_Work' }
    ],
    settings: {
        Ready_State__c: 'Ready', // seed 000:41
        Busy_Fallback_State__c: 'Away', // seed 001:19
        Busy_Fallback_Minor_State__c: null,
        Work_Accepted_State__c: 'Busy Inbound', // seed 001:9 (accepted Salesforce work sets Busy Inbound)
        Work_Accepted_Minor_State__c: null,
        Revert_After_Inbound__c: true, // seed 000:53-57 (revert to the status before the interaction)
        Revert_Scope__c: 'Inbound' // seed 000:53 ("inbound only")
    }
};

/** Talkdesk (seed 003, in Spanish): four states, On a Call reserved, Offline never moves Omni, revert every call. */
const TALKDESK = {
    id: 'talkdesk',
    name: 'Talkdesk',
    catalogue: [
        { major: 'Available' }, // seed 003:11
        { major: 'Away' }, // seed 003:13, 003:82
        { major: 'On a Call', reserved: true }, // seed 003:84 (reserved for a call, not selectable)
        { major: 'After Call Work' }, // seed 003:13
        { major: 'Offline' } // seed 003:86 (a Talkdesk state, omitted from the Talkdesk → Omni mapping)
    ],
    toSoftphone: [
        { status: 'Available', state: 'Available' }, // seed 003:11
        // A chat-only status blocks calls (seed 003:73): Away until the admin adds a busy "Chat Only" state.
        { status: 'Available_For_Chats', state: 'Away' },
        { status: 'Away', state: 'Away' }, // seed 003:82 (one Talkdesk state for several statuses)
        { status: 'Break', state: 'Away' }, // seed 003:82
        { status: 'Lunch', state: 'Away' }, // seed 003:82 ("Lunch break")
        { status: 'Meeting', state: 'Away' }, // seed 003:82
        { status: 'On_a_Call', state: 'Away' }, // seed 003:84 (Omni "On a Call" → Talkdesk "Away")
        { status: 'After_Call_Work', state: 'After Call Work' } // seed 003:13
    ],
    toOmni: [
        { major: 'Available', status: 'Available' }, // seed 003:11
        { major: 'Away', status: 'Away' }, // seed 003:13
        { major: 'On a Call', status: 'On_a_Call' }, // seed 003:13
        { major: 'After Call Work', status: 'After_Call_Work' }, // seed 003:13
        { major: 'Offline', noChange: true } // seed 003:86 (Talkdesk never takes an agent out of Omni by a state)
    ],
    settings: {
        Ready_State__c: 'Available', // seed 003:11
        Busy_Fallback_State__c: 'Away', // seed 003:82
        Busy_Fallback_Minor_State__c: null,
        Work_Accepted_State__c: null, // seed 003 sets no state on accepted Salesforce work
        Work_Accepted_Minor_State__c: null,
        Revert_After_Inbound__c: true, // seed 003:90-102 (back to the status before the call)
        Revert_Scope__c: 'EveryCall' // seed 003:98 ("cada vez que el agente finalice una llamada")
    }
};

/**
 * Geomant Desktop Connect (seed 004): work items offered, accepted, declined and closed in Desktop Connect. The guide
 * names no states (seed 004:42-48, "select a state other than your current one"): Ready and Not Ready stand in
 * until the page fetches the softphone's own.
 */
const GEOMANT = {
    id: 'geomant',
    name: 'Geomant Desktop Connect',
    catalogue: [{ major: 'Ready' }, { major: 'Not Ready' }],
    toSoftphone: [
        { status: 'Available', state: 'Ready' }, // seed 004:19-23 (statuses synchronised with DC states)
        { status: 'Available_For_Chats', state: 'Ready' },
        { status: 'Away', state: 'Not Ready' },
        { status: 'Break', state: 'Not Ready' },
        { status: 'Lunch', state: 'Not Ready' },
        { status: 'Meeting', state: 'Not Ready' },
        { status: 'On_a_Call', state: 'Not Ready' },
        { status: 'After_Call_Work', state: 'Not Ready' }
    ],
    toOmni: [
        { major: 'Ready', status: 'Available' }, // seed 004:44-48 (a DC state moves Omni to its paired status)
        { major: 'Not Ready', status: 'Away' }
    ],
    settings: {
        Ready_State__c: 'Ready',
        Busy_Fallback_State__c: 'Not Ready',
        Busy_Fallback_Minor_State__c: null,
        Work_Accepted_State__c: null, // seed 004:67-81 (the work item is accepted in DC; no state is set)
        Work_Accepted_Minor_State__c: null,
        Forward_Work_Items__c: true, // seed 004:53-97 (work items offered, declined and closed in DC)
        Revert_After_Inbound__c: false
    }
};

/** The softphone's own announced states (fetched by the page): no rows of its own, only the switch's clean-up. */
const ANNOUNCED = { id: 'announced', name: '', catalogue: null, toSoftphone: [], toOmni: [], settings: {} };

/** @type {SoftphonePreset[]} Every preset, the package's shipped softphone (ContactPad) first. */
export const PRESETS = [VONAGE, TALKDESK, GEOMANT, ANNOUNCED];

/** The preset the page starts from: the shipped ContactPad until the admin picks another softphone. */
export const DEFAULT_PRESET = VONAGE.id;

/** A preset by id (the shipped one for an unknown id). */
export function presetById(id) {
    return PRESETS.find((preset) => preset.id === id) ?? VONAGE;
}

/** A preset's catalogue as the bridge announces one: `{ major, minor, reserved, label }`. */
export function presetCatalogue(preset) {
    return (preset.catalogue ?? []).map((state) => ({
        major: state.major,
        minor: state.minor ?? null,
        reserved: state.reserved === true,
        label: state.minor ? `${state.major}: ${state.minor}` : state.major
    }));
}
