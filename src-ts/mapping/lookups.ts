/**
 * What the mapping is compiled against: the org's presence statuses (by API name, case-insensitive, and by 15- or
 * 18-character id) and the softphone's state catalogue (known states, reserved states, their spellings).
 */
import { toId15 } from '../core/ids';
import { fold, stateKey } from './states';
import type { CatalogueEntry, PresenceStatusInfo, SoftphoneState, SyncConfigurationInput } from './types';

/** The org's presence statuses, by API name (case-insensitive, as Salesforce treats them) and by 15-char id. */
export function readStatuses(input: SyncConfigurationInput) {
    const byName = new Map<string, PresenceStatusInfo>();
    const byId = new Map<string, PresenceStatusInfo>();
    const statuses: PresenceStatusInfo[] = [];
    for (const raw of input.statuses) {
        const id = toId15(raw.id);
        if (id === null || typeof raw.developerName !== 'string' || raw.developerName.trim() === '') continue;
        const status: PresenceStatusInfo = {
            id,
            developerName: raw.developerName.trim(),
            label: typeof raw.label === 'string' && raw.label !== '' ? raw.label : raw.developerName,
            hasChannels: raw.hasChannels
        };
        statuses.push(status);
        byName.set(fold(status.developerName), status);
        byName.set(status.developerName, status);
        byId.set(id, status);
    }
    const statusByName = (name: string) => byName.get(name) ?? byName.get(fold(name)) ?? null;
    const statusById = (raw: string) => {
        const id15 = toId15(raw);
        return id15 === null ? null : (byId.get(id15) ?? null);
    };
    return { statuses, statusByName, statusById };
}

/** The softphone's catalogue, when it has announced one: known states, reserved states, spellings. */
export function readCatalogue(catalogue: readonly CatalogueEntry[] | null) {
    const catalogueByKey = new Map<string, CatalogueEntry>();
    const majorsReserved = new Map<string, boolean>();
    for (const entry of catalogue ?? []) {
        catalogueByKey.set(stateKey(entry.major, entry.minor), entry);
        if (entry.minor == null) majorsReserved.set(fold(entry.major), entry.reserved === true);
        else if (!majorsReserved.has(fold(entry.major))) majorsReserved.set(fold(entry.major), false);
    }
    const knowsCatalogue = catalogue !== null && catalogue.length > 0;
    const isKnownState = (state: SoftphoneState) =>
        !knowsCatalogue || catalogueByKey.has(stateKey(state.major, state.minor));
    // The engine asks this on most inputs: remember the answer per spelling.
    const reservedBySpelling = new Map<string, boolean>();
    const isReserved = (state: SoftphoneState) => {
        const spelling = `${state.major}\u0001${state.minor ?? ''}`;
        let reserved = reservedBySpelling.get(spelling);
        if (reserved === undefined) {
            reserved =
                catalogueByKey.get(stateKey(state.major, state.minor))?.reserved === true ||
                majorsReserved.get(fold(state.major)) === true;
            if (reservedBySpelling.size < 1000) reservedBySpelling.set(spelling, reserved);
        }
        return reserved;
    };
    const canonical = (state: SoftphoneState): SoftphoneState => {
        const entry = catalogueByKey.get(stateKey(state.major, state.minor));
        const major = entry?.major ?? catalogueByKey.get(stateKey(state.major, null))?.major ?? state.major;
        return { major, minor: entry ? (entry.minor ?? null) : state.minor };
    };
    return { knowsCatalogue, isKnownState, isReserved, canonical };
}

/** The org's statuses and their lookups. */
export type Statuses = ReturnType<typeof readStatuses>;
/** The softphone's catalogue and its lookups. */
export type Catalogue = ReturnType<typeof readCatalogue>;
