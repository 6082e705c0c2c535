// Reads what the package ships, straight from the source tree: the custom metadata records
// (mapping rows and the Default settings record), the sample presence statuses of the org
// set-up, and the simulated ContactPad's state catalogue. The simulator, the dry-run tool and
// the scenario fixture all start from this, so what ships is what is simulated.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const PATHS = {
    records: 'force-app/main/default/customMetadata',
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

/** Mapping rows and the Default settings record from every .md-meta.xml under a folder. */
export async function loadRecords(dir) {
    const mappings = [];
    let settings = null;
    for await (const path of filesUnder(dir, '.md-meta.xml')) {
        const file = path.split('/').pop();
        const [typeName, recordName] = file.replace(/\.md-meta\.xml$/, '').split('.');
        const { record } = await readRecord(path, typeName, recordName);
        if (typeName.endsWith('Presence_Mapping')) mappings.push(record);
        else if (typeName.endsWith('Presence_Sync_Setting') && recordName === 'Default') settings = record;
    }
    return { mappings, settings };
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
            hasChannels: channels.length > 0
        });
    }
    return statuses;
}

export async function loadCatalogue(path = PATHS.catalogue) {
    return JSON.parse(await readFile(path, 'utf8')).states;
}

/** What the package ships, as the Apex method would serve it, plus the simulated ContactPad catalogue. */
export async function loadPackageDefaults(root = '.') {
    const { mappings, settings } = await loadRecords(join(root, PATHS.records));
    const statuses = await loadStatuses(join(root, PATHS.statuses));
    const catalogue = await loadCatalogue(join(root, PATHS.catalogue));
    return { mappings, settings, statuses, catalogue, capabilities: ['workItems'] };
}
