// Reads the "package defaults" straight from the source tree: the settings the package ships (its
// Default record), the sample mapping rows and sample presence statuses of the org set-up
// (force-app/org-setup), and the simulated ContactPad's state catalogue. The simulator, the dry-run
// tool and the scenario fixture all start from this, so what a scratch org gets is what is simulated.
//
// The package's own mapping rows are inactive examples: released custom metadata records cannot be
// deleted from subscriber orgs, and rows naming statuses an org lacks would report "unknown status"
// forever. The active sample set lives in force-app/org-setup/customMetadata, under record names of
// its own (Sample_...), next to the sample statuses it names.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const PATHS = {
    records: 'force-app/main/default/customMetadata',
    sampleRecords: 'force-app/org-setup/customMetadata',
    statuses: 'force-app/org-setup/servicePresenceStatuses',
    catalogue: 'simulator/contactpad-catalogue.json'
};

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => name === 'values' || name === 'channels' || name === 'channel',
    parseTagValue: false
});

function typedValue(node) {
    if (node === undefined || node === null || typeof node !== 'object') return node ?? null;
    if (node['@xsi:nil'] === 'true') return null;
    const text = node['#text'] ?? '';
    switch (node['@xsi:type']) {
        case 'xsd:boolean':
            return text === 'true';
        case 'xsd:double':
        case 'xsd:int':
            return Number(text);
        default:
            return String(text);
    }
}

/** A custom metadata record file as the Apex method serves it: fields keyed by API name. */
export async function readRecord(path, typeName, recordName) {
    const document = parser.parse(await readFile(path, 'utf8'));
    const metadata = document.CustomMetadata;
    const record = { DeveloperName: recordName, MasterLabel: String(metadata.label ?? recordName) };
    for (const value of metadata.values ?? []) record[value.field] = typedValue(value.value);
    return { typeName, record };
}

/** Deterministic 15-character ids for the sample statuses (an org assigns real ones). */
export function sampleStatusId(index) {
    return `0N5SYNC${String(index + 1).padStart(8, '0')}`;
}

async function* filesUnder(dir, suffix) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* filesUnder(path, suffix);
        else if (entry.name.endsWith(suffix)) yield path;
    }
}

/**
 * Mapping rows and the Default settings record from every .md-meta.xml under a folder. A file that
 * is not well-formed XML, or not a custom metadata record, is skipped and named in `unreadable`
 * (`<path>: <why>`), so one bad file never hides the others.
 */
export async function loadRecords(dir) {
    const mappings = [];
    let settings = null;
    const unreadable = [];
    for await (const path of filesUnder(dir, '.md-meta.xml')) {
        const file = path.split('/').pop();
        const [typeName, recordName] = file.replace(/\.md-meta\.xml$/, '').split('.');
        const text = await readFile(path, 'utf8');
        const valid = XMLValidator.validate(text);
        if (valid !== true) {
            unreadable.push(`${path}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
            continue;
        }
        if (parser.parse(text).CustomMetadata === undefined) {
            unreadable.push(`${path}: not a custom metadata record (no CustomMetadata element)`);
            continue;
        }
        const { record } = await readRecord(path, typeName, recordName);
        if (typeName.endsWith('Presence_Mapping')) mappings.push(record);
        else if (typeName.endsWith('Presence_Sync_Setting') && recordName === 'Default') settings = record;
    }
    return { mappings, settings, unreadable };
}

/** Presence statuses from every .servicePresenceStatus-meta.xml under a folder, with sample ids. */
export async function loadStatuses(dir) {
    const statuses = [];
    for await (const path of filesUnder(dir, '.servicePresenceStatus-meta.xml')) {
        const document = parser.parse(await readFile(path, 'utf8'));
        const status = document.ServicePresenceStatus;
        const channels = (status.channels ?? []).flatMap((group) => group.channel ?? []);
        statuses.push({
            id: sampleStatusId(statuses.length),
            developerName: path
                .split('/')
                .pop()
                .replace(/\.servicePresenceStatus-meta\.xml$/, ''),
            label: String(status.label),
            hasChannels: channels.length > 0,
            online: channels.length > 0
        });
    }
    return statuses;
}

export async function loadCatalogue(path = PATHS.catalogue) {
    return JSON.parse(await readFile(path, 'utf8')).states;
}

/**
 * The package defaults, as the Apex method would serve them in a scratch org with the org set-up:
 * the shipped settings, the org set-up's sample mapping rows and statuses, and the simulated
 * ContactPad catalogue.
 */
export async function loadPackageDefaults(root = '.') {
    const { settings } = await loadRecords(join(root, PATHS.records));
    const { mappings } = await loadRecords(join(root, PATHS.sampleRecords));
    const statuses = await loadStatuses(join(root, PATHS.statuses));
    const catalogue = await loadCatalogue(join(root, PATHS.catalogue));
    return { mappings, settings, statuses, catalogue, capabilities: ['workItems'] };
}

/** Settings fields that name a presence status of the org: blank in what the package ships. */
export const STATUS_SETTINGS = ['Login_Status__c', 'Disconnect_Status__c', 'Unmapped_State_Status__c'];

/**
 * What a fresh install must not contain, as "<file or record>: <problem>" lines: an active packaged
 * mapping row (it would name statuses the subscriber's org may lack, and a released record cannot be
 * deleted), a packaged setting that names a presence status, and an org set-up record that would
 * overwrite a packaged one (same type and record name).
 */
export async function shippedRecordProblems(root = '.') {
    const problems = [];
    const shipped = await loadRecords(join(root, PATHS.records));
    for (const row of shipped.mappings) {
        if (row.Active__c !== false) {
            problems.push(
                `${PATHS.records}/Presence_Mapping.${row.DeveloperName}.md-meta.xml: packaged mapping rows ship inactive (Active__c false); put active samples in ${PATHS.sampleRecords}`
            );
        }
    }
    for (const field of STATUS_SETTINGS) {
        const value = shipped.settings?.[field];
        if (value !== null && value !== undefined && String(value).trim() !== '') {
            problems.push(
                `${PATHS.records}/Presence_Sync_Setting.Default.md-meta.xml: ${field} names the presence status "${value}", which a subscriber's org may not have; ship it blank`
            );
        }
    }
    const packaged = new Set();
    for await (const path of filesUnder(join(root, PATHS.records), '.md-meta.xml')) packaged.add(path.split('/').pop());
    for await (const path of filesUnder(join(root, PATHS.sampleRecords), '.md-meta.xml')) {
        if (packaged.has(path.split('/').pop())) {
            problems.push(
                `${path}: has the name of a packaged record and would overwrite it; give it a name of its own`
            );
        }
    }
    return problems;
}
