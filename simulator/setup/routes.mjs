// The Setup page in the console simulator (`npm start`, then /setup): serves the page and answers
// its Apex methods (PresenceSyncSetupController) from the simulator's store, the same `defaults`
// object whose records /api/configuration serves the console panel. A save changes that store, so
// the console follows the edited mapping after a reload. `?agent` plays a user without the
// Presence Sync Admin permission set; `?deployBlocked` an org that does not allow metadata deploy
// from Apex in a non-certified package.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import customLabels from '../../scripts/lib/custom-labels.cjs';
import { loadRecords, loadStatuses } from '../../scripts/lib/package-defaults.mjs';
import { buildSetupPage } from './build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const OBJECTS = join(root, 'force-app/main/default/objects');
const HEADERS = {
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'cross-origin'
};
const TYPES = { Checkbox: 'BOOLEAN', Number: 'DOUBLE', Percent: 'PERCENT', Picklist: 'PICKLIST', Url: 'URL' };
const NAME = /^[A-Za-z](?!.*__)[A-Za-z0-9_]{0,39}$/;

function send(response, status, type, body) {
    response.writeHead(status, { 'content-type': type, ...HEADERS });
    response.end(body);
}
const json = (response, status, body) =>
    send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));

/** The fields of a custom metadata type as the Apex describe serves them: name, label, help text, type, picklist values. */
export async function describeFields(objectName) {
    const parser = new XMLParser({ isArray: (name) => name === 'value', parseTagValue: false });
    const dir = join(OBJECTS, objectName, 'fields');
    const fields = [];
    for (const file of (await readdir(dir)).sort()) {
        const field = parser.parse(await readFile(join(dir, file), 'utf8')).CustomField;
        fields.push({
            name: field.fullName,
            label: field.label,
            helpText: field.inlineHelpText ?? null,
            type: TYPES[field.type] ?? (/TextArea$/.test(field.type) ? 'TEXTAREA' : 'STRING'),
            options: (field.valueSet?.valueSetDefinition?.value ?? []).map((value) => ({
                value: value.fullName,
                label: value.label ?? value.fullName
            }))
        });
    }
    return fields;
}

/** `npm start -- --metadata <folder>`: the records (and any presence statuses) retrieved from an org. */
export async function applyMetadataFolder(defaults, folder) {
    const records = await loadRecords(folder);
    for (const problem of records.unreadable) console.error(`skipped ${problem}`);
    if (records.mappings.length === 0 && records.settings === null) {
        throw new Error(`no Presence_Mapping or Presence_Sync_Setting records under ${folder}`);
    }
    defaults.mappings = records.mappings;
    if (records.settings !== null) defaults.settings = records.settings;
    const statuses = await loadStatuses(folder);
    if (statuses.length > 0) defaults.statuses = statuses;
    return { mappings: records.mappings.length, settings: records.settings !== null, statuses: statuses.length };
}

async function body(request) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    return text === '' ? {} : JSON.parse(text);
}

/**
 * The Setup page's routes on the console's server. Returns a handler that answers a request and
 * resolves true, or resolves false when the request is not the Setup page's.
 */
export function setupRoutes({ defaults, padOrigin }) {
    const bundles = {};
    const jobs = new Map();
    let jobCount = 0;
    const fieldsReady = Promise.all([
        describeFields('Presence_Mapping__mdt'),
        describeFields('Presence_Sync_Setting__mdt')
    ]);
    const labelsEn = customLabels.readLabels(root, 'en');
    const softphoneUrl = `${padOrigin}/contactpad.html`;
    // What the store held at start, for the browser tests to put back (POST /api/setup/reset).
    const initial = JSON.stringify({ mappings: defaults.mappings, settings: defaults.settings });

    async function save(changes, search) {
        const [mappingFields, settingFields] = await fieldsReady;
        if (search.has('deployBlocked')) return { refused: labelsEn.Presence_Sync_Setup_Deploy_Not_Allowed };
        if (!Array.isArray(changes) || changes.length === 0)
            return { refused: labelsEn.Presence_Sync_Setup_Nothing_To_Save };
        const errors = [];
        for (const change of changes) {
            const fields =
                change.type === 'Presence_Mapping'
                    ? mappingFields
                    : change.type === 'Presence_Sync_Setting'
                      ? settingFields
                      : null;
            if (fields === null) return { refused: `Unknown record type: ${change.type}` };
            if (!NAME.test(change.developerName ?? '') || change.developerName.endsWith('_'))
                return { refused: `Not a valid record name: ${change.developerName}` };
            for (const [name, value] of Object.entries(change.values ?? {})) {
                const field = fields.find((f) => f.name === name);
                if (!field) return { refused: `Unknown field ${name} on ${change.type}` };
                // As the deployment would: a restricted picklist takes only its values.
                if (field.type === 'PICKLIST' && value !== null && !field.options.some((o) => o.value === value)) {
                    errors.push({
                        record: `${change.type}.${change.developerName}`,
                        message: `${field.label}: bad value for restricted picklist field: ${value}`
                    });
                }
            }
        }
        const id = `0AfSIM${String(++jobCount).padStart(9, '0')}`;
        jobs.set(id, { polls: 0, changes, errors });
        return { id };
    }

    /** The deployment finishes at its second status read: all of it, or (on any error) none of it. */
    function status(id) {
        const job = jobs.get(id);
        if (!job) return null;
        job.polls++;
        if (job.polls < 2) return { status: 'InProgress', errors: [] };
        if (job.errors.length > 0) return { status: 'Failed', message: null, errors: job.errors };
        if (!job.applied) {
            job.applied = true;
            for (const change of job.changes) {
                const record = {
                    DeveloperName: change.developerName,
                    MasterLabel: `${change.label ?? change.developerName}`.slice(0, 40),
                    ...change.values
                };
                if (change.type === 'Presence_Sync_Setting') {
                    if (change.developerName === 'Default')
                        defaults.settings = { ...(defaults.settings ?? {}), ...record };
                    continue;
                }
                const index = defaults.mappings.findIndex(
                    (m) => m.DeveloperName.toLowerCase() === change.developerName.toLowerCase()
                );
                if (index === -1) defaults.mappings.push(record);
                else defaults.mappings[index] = { ...defaults.mappings[index], ...record };
            }
        }
        return { status: 'Succeeded', message: null, errors: [] };
    }

    return async function handle(request, response, url) {
        if (url.pathname === '/setup') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            const consoleQuery = new URLSearchParams();
            for (const key of ['lang', 'agent'])
                if (url.searchParams.has(key)) consoleQuery.set(key, url.searchParams.get(key));
            const page = (await readFile(join(here, 'index.html'), 'utf8'))
                .replace('__LANG__', `?lang=${language}`)
                .replace('/__QUERY__', `/${consoleQuery.size > 0 ? `?${consoleQuery}` : ''}`)
                .replace('<html lang="en">', `<html lang="${language}">`);
            send(response, 200, 'text/html; charset=utf-8', page);
            return true;
        }
        if (url.pathname === '/setup.js') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            bundles[language] ??= buildSetupPage({ language });
            send(response, 200, 'text/javascript; charset=utf-8', await bundles[language]);
            return true;
        }
        if (!url.pathname.startsWith('/api/setup/')) return false;
        // S2: the page's Apex refuses anyone without the admin permission set.
        if (url.searchParams.has('agent')) {
            json(response, 403, { message: labelsEn.Presence_Sync_Setup_Refused });
            return true;
        }
        const params = request.method === 'POST' ? await body(request) : {};
        switch (url.pathname.slice('/api/setup/'.length)) {
            case 'reset': {
                const { mappings, settings } = JSON.parse(initial);
                defaults.mappings = mappings;
                defaults.settings = settings;
                json(response, 200, { reset: true });
                return true;
            }
            case 'getSetup': {
                const [mappingFields, settingFields] = await fieldsReady;
                json(response, 200, {
                    mappings: defaults.mappings,
                    // As the console does, the simulator points the Softphone URL at the simulated ContactPad.
                    settings:
                        defaults.settings === null ? null : { ...defaults.settings, Softphone_Url__c: softphoneUrl },
                    settingFields,
                    mappingFields
                });
                return true;
            }
            case 'getPresenceStatuses':
                json(response, 200, defaults.statuses);
                return true;
            case 'saveRecords': {
                let changes;
                try {
                    changes = JSON.parse(params.changesJson ?? '');
                } catch (error) {
                    json(response, 400, { message: `The changes could not be read: ${error.message}` });
                    return true;
                }
                const result = await save(changes, url.searchParams);
                if (result.refused) json(response, 400, { message: result.refused });
                else json(response, 200, result.id);
                return true;
            }
            case 'getDeployStatus': {
                const result = status(params.jobId);
                if (result === null) json(response, 400, { message: 'Unknown deployment id.' });
                else json(response, 200, result);
                return true;
            }
            default:
                json(response, 404, { message: 'no such method' });
                return true;
        }
    };
}
