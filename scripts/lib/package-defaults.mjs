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

export async function loadPackageDefaults(root = '.') {
    const mappings = [];
    let settings = null;
    const recordFiles = (await readdir(join(root, PATHS.records)))
        .filter((file) => file.endsWith('.md-meta.xml'))
        .sort();
    for (const file of recordFiles) {
        const [typeName, recordName] = file.replace(/\.md-meta\.xml$/, '').split('.');
        const { record } = await readRecord(join(root, PATHS.records, file), typeName, recordName);
        if (typeName === 'Presence_Mapping') mappings.push(record);
        else if (typeName === 'Presence_Sync_Setting' && recordName === 'Default') settings = record;
    }
    const statusFiles = (await readdir(join(root, PATHS.statuses)))
        .filter((file) => file.endsWith('.servicePresenceStatus-meta.xml'))
        .sort();
    const statuses = [];
    for (const [index, file] of statusFiles.entries()) {
        const document = parser.parse(await readFile(join(root, PATHS.statuses, file), 'utf8'));
        const status = document.ServicePresenceStatus;
        const channels = (status.channels ?? []).flatMap((group) => group.channel ?? []);
        statuses.push({
            id: sampleStatusId(index),
            developerName: file.replace(/\.servicePresenceStatus-meta\.xml$/, ''),
            label: String(status.label),
            hasChannels: channels.length > 0
        });
    }
    const catalogue = JSON.parse(await readFile(join(root, PATHS.catalogue), 'utf8'));
    return { mappings, settings, statuses, catalogue: catalogue.states, capabilities: ['workItems'] };
}
