// The Setup page in the console simulator (`npm start`, then /setup): serves the page and answers
// its Apex methods (PresenceSyncSetupController) from the simulator's store, the same `defaults`
// object whose records /api/configuration serves the console panel. A save changes that store, so
// the console follows the edited mapping after a reload. `?agent` plays a user without the
// Presence Sync Admin permission set; `?lang=es` a user whose language is Spanish (the describe and the
// Apex messages, System.Label, from the shipped translations); `?deployBlocked` an org that does not allow metadata deploy
// from Apex in a non-certified package; `?as=<name>` the admin saving (who another admin's page is
// told saved a record); `?namespace=<ns>` (or setupRoutes' `namespace` option) a subscriber org of the
// package installed under that namespace: the shipped records are packaged (NamespacePrefix ns, fields
// ns__Field__c), a save must write them as ns__Type.ns__Record, and a bare record name creates a second
// record in the subscriber's namespace, as the Metadata API does.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import customLabels from '../../lib/custom-labels.cjs';
import { loadRecords, loadStatuses } from '../../lib/package-defaults.mjs';
import { buildSetupPage } from './build.mjs';
import { orgPage } from '../org-page/page.mjs';
import { send } from '../http.mjs';
import { presetById, presetCatalogue } from '../../force-app/main/default/lwc/presenceSyncSetup/presets.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const OBJECTS = join(root, 'force-app/main/default/objects');
const TYPES = { Checkbox: 'BOOLEAN', Number: 'DOUBLE', Percent: 'PERCENT', Picklist: 'PICKLIST', Url: 'URL' };
/** A record name: `Record`, or a packaged record's `ns__Record` (PresenceSyncSetupRecords.namespaceOf). */
const NAME = /^(?:([A-Za-z][A-Za-z0-9]{0,14})__)?([A-Za-z](?!.*__)[A-Za-z0-9_]{0,39})$/;
const SETTINGS_NAME = 'Default';
/** How long a save that has not ended still blocks another save of its records (PresenceSyncSaveStore). */
const IN_PROGRESS_MS = 10 * 60 * 1000;
const DEFAULT_ADMIN = 'Simulated Admin';

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

/**
 * The fields as a user of `language` reads them, as Apex's describe gives them in the user's language: labels, help
 * texts and picklist labels from the object's translation (objectTranslations/<Object>-<language>/), where it has one.
 */
export async function translateFields(fields, objectName, language) {
    if (language === 'en') return fields;
    const dir = join(root, 'force-app/main/default/objectTranslations', `${objectName}-${language}`);
    const parser = new XMLParser({ isArray: (name) => name === 'picklistValues', parseTagValue: false });
    return Promise.all(
        fields.map(async (field) => {
            let translation;
            try {
                const file = join(dir, `${field.name}.fieldTranslation-meta.xml`);
                translation = parser.parse(await readFile(file, 'utf8')).CustomFieldTranslation;
            } catch {
                return field;
            }
            const picklist = new Map((translation.picklistValues ?? []).map((v) => [v.masterLabel, v.translation]));
            return {
                ...field,
                label: translation.label ?? field.label,
                helpText: translation.help ?? field.helpText,
                options: field.options.map((option) => ({
                    ...option,
                    label: picklist.get(option.label) ?? option.label
                }))
            };
        })
    );
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
 * resolves true, or resolves false when the request is not the Setup page's. `setupPage(language)`, when given,
 * hands out the page's script built once for several simulators (simulator/builds.mjs).
 */
export function setupRoutes({ defaults, padOrigin, namespace: defaultNamespace = '', setupPage = null }) {
    const bundles = {};
    const jobs = new Map();
    let jobCount = 0;
    /** Every record a save wrote: who, when, by full name in lower case (the package's save results). */
    const history = new Map();
    /** Settings records the subscriber created beside the packaged Default (never what agents get). */
    let otherSettings = [];
    const fieldsReady = Promise.all([
        describeFields('Presence_Mapping__mdt'),
        describeFields('Presence_Sync_Setting__mdt')
    ]);
    // Apex's System.Label gives each label in the running user's language, from the shipped translations.
    const labelsIn = { en: customLabels.readLabels(root, 'en'), es: customLabels.readLabels(root, 'es') };
    const languageOf = (search) => (search.get('lang') === 'es' ? 'es' : 'en');
    const label = (search, name) => labelsIn[languageOf(search)][name];
    const softphoneUrl = `${padOrigin}/contactpad.html`;
    // What the store held at start, for the browser tests to put back (POST /api/setup/reset).
    const initial = JSON.stringify({
        mappings: defaults.mappings,
        settings: defaults.settings,
        catalogue: defaults.catalogue
    });

    const namespaceOf = (search) => search.get('namespace') ?? defaultNamespace;
    const typeName = (ns, type) => `${ns ? `${ns}__` : ''}${type}`;

    /**
     * The org's records of a type as the page's Apex serves them: with NamespacePrefix (the shipped records
     * are packaged when the org has the package under a namespace), fields named as that org names them,
     * and `qualified`, the name the page gives the record.
     */
    function orgRecords(type, ns) {
        const stored =
            type === 'Presence_Mapping'
                ? defaults.mappings
                : [...(defaults.settings === null ? [] : [defaults.settings]), ...otherSettings];
        return stored.map((record) => {
            const packaged = ns !== '' && record.__subscriber !== true;
            const fields = {};
            for (const [key, value] of Object.entries(record)) {
                if (key === '__subscriber') continue;
                fields[key.endsWith('__c') && ns ? `${ns}__${key}` : key] = value;
            }
            // As the console does, the simulator points the Softphone URL at the simulated ContactPad.
            if (type === 'Presence_Sync_Setting' && record === defaults.settings)
                fields[ns ? `${ns}__Softphone_Url__c` : 'Softphone_Url__c'] = softphoneUrl;
            const view = { ...fields, NamespacePrefix: packaged ? ns : null };
            return {
                record,
                view,
                qualified: packaged ? `${ns}__${record.DeveloperName}` : record.DeveloperName,
                plain: plainRecord(view)
            };
        });
    }

    /** A record's label and values as Apex compares them (PresenceSyncSetupRecords.plainValues). */
    function plainRecord(view) {
        const values = {};
        for (const [key, value] of Object.entries(view)) {
            if (!key.endsWith('__c')) continue;
            const text = comparable(value);
            if (text !== null) values[key.replace(/^[A-Za-z][A-Za-z0-9]*__(?=.+__c$)/, '')] = text;
        }
        return { label: view.MasterLabel ?? view.DeveloperName, values };
    }

    /** A value as comparable text (PresenceSyncSetupRecords.text): blanks null, numbers without trailing zeros. */
    function comparable(value) {
        if (value === null || value === undefined) return null;
        if (typeof value === 'boolean' || typeof value === 'number') return `${value}`;
        return `${value}`.trim() === '' ? null : `${value}`;
    }

    function changedSince(loaded, current) {
        if (loaded === null || loaded === undefined || current === undefined)
            return ((loaded ?? null) === null) !== (current === undefined);
        if (comparable(loaded.label) !== comparable(current.plain.label)) return true;
        const before = Object.fromEntries(
            Object.entries(loaded.values ?? {})
                .map(([key, value]) => [key, comparable(value)])
                .filter(([, value]) => value !== null)
        );
        const now = current.plain.values;
        return [...new Set([...Object.keys(before), ...Object.keys(now)])].some((key) => before[key] !== now[key]);
    }

    /** PresenceSyncSaveConflicts.find: the records of a save that changed since the page loaded them. */
    function conflicts(changes, ns, loadedAt) {
        const since = Date.parse(loadedAt ?? '') || 0;
        const found = [];
        for (const change of changes) {
            const fullName = `${typeName(ns, change.type)}.${change.developerName}`.toLowerCase();
            const current = orgRecords(change.type, ns).find(
                (entry) => entry.qualified.toLowerCase() === change.developerName.toLowerCase()
            );
            const pending = [...jobs.values()].find(
                (job) =>
                    !job.applied &&
                    !job.failed &&
                    Date.now() - job.startedAt < IN_PROGRESS_MS &&
                    job.fullNames.has(fullName)
            );
            if (!pending && !changedSince(change.loaded, current)) continue;
            const last = (history.get(fullName) ?? []).filter((save) => save.at >= since).at(-1) ?? null;
            const pendingChange = pending?.changes.find(
                (other) => `${typeName(ns, other.type)}.${other.developerName}`.toLowerCase() === fullName
            );
            found.push({
                type: change.type,
                developerName: change.developerName,
                label: pending ? pendingChange.label : (current?.plain.label ?? change.label),
                exists: current !== undefined,
                values: pending
                    ? plainRecord(Object.fromEntries(Object.entries(pendingChange.values ?? {}))).values
                    : (current?.plain.values ?? {}),
                savedBy: pending ? pending.user : (last?.user ?? null),
                savedAt: pending
                    ? new Date(pending.startedAt).toISOString()
                    : last
                      ? new Date(last.at).toISOString()
                      : null,
                inProgress: Boolean(pending)
            });
        }
        return found;
    }

    async function save(changes, search, loadedAt) {
        const [mappingFields, settingFields] = await fieldsReady;
        if (search.has('deployBlocked')) return { refused: label(search, 'Presence_Sync_Setup_Deploy_Not_Allowed') };
        if (!Array.isArray(changes) || changes.length === 0)
            return { refused: label(search, 'Presence_Sync_Setup_Nothing_To_Save') };
        const ns = namespaceOf(search);
        const errors = [];
        for (const change of changes) {
            const fields =
                change.type === 'Presence_Mapping'
                    ? mappingFields
                    : change.type === 'Presence_Sync_Setting'
                      ? settingFields
                      : null;
            if (fields === null) return { refused: `Unknown record type: ${change.type}` };
            // As PresenceSyncSetupController.buildRecord: ns__Record only for a packaged record of the org.
            const name = NAME.exec(change.developerName ?? '');
            const packagedKnown = () =>
                orgRecords(change.type, ns).some(
                    (entry) =>
                        entry.view.NamespacePrefix &&
                        entry.qualified.toLowerCase() === change.developerName.toLowerCase()
                );
            if (!name || name[2].endsWith('_') || (name[1] !== undefined && (name[1] !== ns || !packagedKnown())))
                return { refused: `Not a valid record name: ${change.developerName}` };
            for (const [fieldName, value] of Object.entries(change.values ?? {})) {
                const field = fields.find((f) => f.name === fieldName);
                if (!field) return { refused: `Unknown field ${fieldName} on ${change.type}` };
                // As the deployment would: a restricted picklist takes only its values.
                if (field.type === 'PICKLIST' && value !== null && !field.options.some((o) => o.value === value)) {
                    errors.push({
                        record: `${typeName(ns, change.type)}.${change.developerName}`,
                        message: `${field.label}: bad value for restricted picklist field: ${value}`
                    });
                }
            }
        }
        const found = conflicts(changes, ns, loadedAt);
        if (found.length > 0) return { result: { deploymentId: null, conflicts: found } };
        const id = `0AfSIM${String(++jobCount).padStart(9, '0')}`;
        jobs.set(id, {
            polls: 0,
            changes,
            errors,
            ns,
            user: search.get('as') ?? DEFAULT_ADMIN,
            startedAt: Date.now(),
            fullNames: new Set(
                changes.map((change) => `${typeName(ns, change.type)}.${change.developerName}`.toLowerCase())
            )
        });
        return { result: { deploymentId: id, conflicts: [] } };
    }

    /**
     * Where a change lands, as the Metadata API decides from the full name: ns__Type.ns__Record is the
     * packaged record; ns__Type.Record the subscriber's own (created when there is none, even beside a
     * packaged record of the same name); without a namespace, the record of that name.
     */
    function apply(change, ns) {
        const [, prefix, name] = NAME.exec(change.developerName);
        const packaged = prefix !== undefined;
        const record = {
            DeveloperName: name,
            MasterLabel: `${change.label ?? name}`.slice(0, 40),
            ...change.values
        };
        const matches = (stored) =>
            stored.DeveloperName.toLowerCase() === name.toLowerCase() &&
            (ns === '' || packaged === (stored.__subscriber !== true));
        if (change.type === 'Presence_Sync_Setting') {
            if (defaults.settings !== null && matches(defaults.settings)) {
                defaults.settings = { ...defaults.settings, ...record };
                return;
            }
            const index = otherSettings.findIndex(matches);
            if (index === -1) otherSettings.push({ ...record, __subscriber: true });
            else otherSettings[index] = { ...otherSettings[index], ...record };
            return;
        }
        const index = defaults.mappings.findIndex(matches);
        if (index === -1) defaults.mappings.push(ns === '' ? record : { ...record, __subscriber: true });
        else defaults.mappings[index] = { ...defaults.mappings[index], ...record };
    }

    /** The deployment finishes at its second status read: all of it, or (on any error) none of it. */
    function status(id) {
        const job = jobs.get(id);
        if (!job) return null;
        job.polls++;
        if (job.polls < 2) return { status: 'InProgress', errors: [] };
        if (job.errors.length > 0) {
            job.failed = true;
            return { status: 'Failed', message: null, errors: job.errors };
        }
        if (!job.applied) {
            job.applied = true;
            const at = Date.now();
            for (const change of job.changes) {
                apply(change, job.ns);
                const fullName = `${typeName(job.ns, change.type)}.${change.developerName}`.toLowerCase();
                history.set(fullName, [...(history.get(fullName) ?? []), { user: job.user, at, deploymentId: id }]);
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
            const page = await orgPage({
                language,
                title: 'Presence Sync Setup',
                heading: 'Setup',
                consoleHref: `/${consoleQuery.size > 0 ? `?${consoleQuery}` : ''}`,
                slot: 'setup-slot',
                script: `/setup.js?lang=${language}`,
                maxWidth: '72rem'
            });
            send(response, 200, 'text/html; charset=utf-8', page);
            return true;
        }
        if (url.pathname === '/setup.js') {
            const language = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
            bundles[language] ??= setupPage ? setupPage(language) : buildSetupPage({ language });
            send(response, 200, 'text/javascript; charset=utf-8', await bundles[language]);
            return true;
        }
        if (!url.pathname.startsWith('/api/setup/')) return false;
        // S2: the page's Apex refuses anyone without the admin permission set, in the user's language.
        if (url.searchParams.has('agent')) {
            json(response, 403, { message: label(url.searchParams, 'Presence_Sync_Setup_Refused') });
            return true;
        }
        const params = request.method === 'POST' ? await body(request) : {};
        switch (url.pathname.slice('/api/setup/'.length)) {
            case 'reset': {
                const { mappings, settings, catalogue } = JSON.parse(initial);
                defaults.mappings = mappings;
                defaults.settings = settings;
                defaults.catalogue = catalogue;
                otherSettings = [];
                history.clear();
                jobs.clear();
                json(response, 200, { reset: true });
                return true;
            }
            case 'softphone': {
                // For the browser tests: the contact centre moved to another softphone (`?preset=talkdesk`, a preset
                // of the Setup page's presets.js): the simulated softphone page announces that preset's states.
                defaults.catalogue = presetCatalogue(presetById(url.searchParams.get('preset')));
                json(response, 200, { states: defaults.catalogue.length });
                return true;
            }
            case 'getSetup': {
                const language = languageOf(url.searchParams);
                const [mappingFields, settingFields] = await Promise.all([
                    fieldsReady.then(([fields]) => translateFields(fields, 'Presence_Mapping__mdt', language)),
                    fieldsReady.then(([, fields]) => translateFields(fields, 'Presence_Sync_Setting__mdt', language))
                ]);
                const ns = namespaceOf(url.searchParams);
                json(response, 200, {
                    mappings: orgRecords('Presence_Mapping', ns).map((entry) => entry.view),
                    // The Default agents get: the packaged one (PresenceSyncSetupController.settingsRecord).
                    settings:
                        orgRecords('Presence_Sync_Setting', ns).find(
                            (entry) =>
                                entry.record === defaults.settings && entry.record.DeveloperName === SETTINGS_NAME
                        )?.view ?? null,
                    settingFields,
                    mappingFields,
                    namespace: ns,
                    loadedAt: new Date().toISOString()
                });
                return true;
            }
            case 'records': {
                // For the browser tests: every record of the simulated org by its full name, as a deployment names it.
                const ns = namespaceOf(url.searchParams);
                const named = (type) =>
                    orgRecords(type, ns).map((entry) => ({
                        fullName: `${typeName(ns, type)}.${entry.qualified}`,
                        ...entry.plain
                    }));
                json(response, 200, [...named('Presence_Mapping'), ...named('Presence_Sync_Setting')]);
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
                const result = await save(changes, url.searchParams, params.loadedAt);
                if (result.refused) json(response, 400, { message: result.refused });
                else json(response, 200, result.result);
                return true;
            }
            case 'getDeployStatus': {
                const result = status(params.deploymentId);
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
