// Salesforce's documented length and format limits for every kind of metadata this package ships,
// checked offline so that a label one character too long fails here, naming the file, instead of
// failing a deploy or a package version build. Each limit names where Salesforce documents it
// (Metadata API Developer Guide "meta_<type>", Object Reference, Custom Metadata Types guide).
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Character limits, each with the documentation it comes from. */
export const LIMITS = {
    // Custom Metadata Types Implementation Guide, "Custom Metadata Types Limitations"; meta_custommetadata.
    recordLabel: { max: 40, what: 'custom metadata record label' },
    recordName: { max: 40, what: 'custom metadata record name (DeveloperName)' },
    recordDescription: { max: 1000, what: 'custom metadata record description' },
    // meta_customobject, meta_customfield; Salesforce Help "Custom Field Attributes".
    objectLabel: { max: 40, what: 'object label' },
    objectPluralLabel: { max: 40, what: 'object plural label' },
    objectName: { max: 40, what: 'object API name (without its suffix)' },
    objectDescription: { max: 1000, what: 'object description' },
    fieldLabel: { max: 40, what: 'field label' },
    fieldName: { max: 40, what: 'field API name (without __c)' },
    fieldDescription: { max: 1000, what: 'field description' },
    fieldHelp: { max: 510, what: 'field help text (inlineHelpText)' },
    textLength: { max: 255, what: 'Text field length' },
    picklistValueName: { max: 255, what: 'picklist value API name' },
    picklistValueLabel: { max: 255, what: 'picklist value label' },
    picklistValueCount: { max: 1000, what: 'number of picklist values' },
    // meta_customlabels: values up to 1,000 characters; the name and short description as in Setup.
    labelName: { max: 80, what: 'custom label name' },
    labelValue: { max: 1000, what: 'custom label value' },
    labelShortDescription: { max: 80, what: 'custom label short description' },
    labelTranslation: { max: 1000, what: 'custom label translation' },
    // meta_customobjecttranslation: translations are held to the limits of what they translate.
    translatedFieldLabel: { max: 40, what: 'translated field label' },
    translatedHelp: { max: 510, what: 'translated help text' },
    translatedPicklistValue: { max: 255, what: 'translated picklist value' },
    translatedObjectLabel: { max: 40, what: 'translated object label' },
    // meta_permissionset; Object Reference "PermissionSet" (Label 80, Description 255).
    permissionSetLabel: { max: 80, what: 'permission set label' },
    permissionSetName: { max: 80, what: 'permission set API name' },
    permissionSetDescription: { max: 255, what: 'permission set description' },
    // meta_custompermission.
    customPermissionLabel: { max: 80, what: 'custom permission label' },
    customPermissionName: { max: 80, what: 'custom permission API name' },
    customPermissionDescription: { max: 255, what: 'custom permission description' },
    // meta_customapplication, meta_customtab: labels as in the App Manager and Tabs setup pages.
    appLabel: { max: 40, what: 'app label' },
    appName: { max: 40, what: 'app API name' },
    tabLabel: { max: 40, what: 'tab label' },
    tabName: { max: 40, what: 'tab API name' },
    flexiPageLabel: { max: 80, what: 'Lightning page label (masterLabel)' },
    flexiPageName: { max: 40, what: 'Lightning page API name' },
    // Apex Developer Guide, "Naming Variables, Methods, and Classes" / class names up to 40 characters.
    apexClassName: { max: 40, what: 'Apex class name' },
    // Object Reference "ServicePresenceStatus" (DeveloperName and MasterLabel 80).
    presenceStatusLabel: { max: 80, what: 'presence status label' },
    presenceStatusName: { max: 80, what: 'presence status API name' }
};

/** Problems that start with this are printed as warnings and do not fail the check. */
export const WARNING = 'warning: ';

const ARRAY_TAGS = new Set([
    'values',
    'labels',
    'customLabels',
    'picklistValues',
    'caseValues',
    'fieldPermissions',
    'objectPermissions',
    'classAccesses',
    'tabSettings',
    'customPermissions',
    'customMetadataTypeAccesses',
    'applicationVisibilities'
]);

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    isArray: (name, jpath) => ARRAY_TAGS.has(name) || jpath.endsWith('valueSetDefinition.value')
});

function text(node) {
    if (node === undefined || node === null) return null;
    if (typeof node === 'object') return node['#text'] === undefined ? null : String(node['#text']);
    return String(node);
}

/**
 * Problems with an API name: letters, digits and single underscores, starting with a letter, not ending
 * with an underscore, at most `max` characters (the rule Salesforce states for DeveloperName fields).
 */
export function apiNameProblems(name, limit) {
    const problems = [];
    if (name.length > limit.max) {
        problems.push(`${limit.what} "${name}" has ${name.length} characters; the limit is ${limit.max}`);
    }
    if (!/^[A-Za-z]/.test(name)) problems.push(`${limit.what} "${name}" must start with a letter`);
    if (/[^A-Za-z0-9_]/.test(name)) {
        problems.push(`${limit.what} "${name}" may contain only letters, digits and underscores`);
    }
    if (name.includes('__')) problems.push(`${limit.what} "${name}" must not contain two underscores in a row`);
    if (name.endsWith('_')) problems.push(`${limit.what} "${name}" must not end with an underscore`);
    return problems;
}

function lengthProblem(value, limit, where = '') {
    if (value === null || value.length <= limit.max) return [];
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return [`${limit.what}${where} has ${value.length} characters; the limit is ${limit.max}: "${shown}"`];
}

function required(value, what) {
    return value === null || value.trim() === '' ? [`${what} is missing`] : [];
}

/** The field definitions of the custom objects found under the given folders, for cross-checks. */
export async function loadFieldIndex(directories) {
    const index = new Map();
    for (const directory of directories) {
        for await (const path of walk(directory)) {
            if (!path.endsWith('.field-meta.xml')) continue;
            const objectName = basename(dirname(dirname(path)));
            const field = parser.parse(await readFile(path, 'utf8')).CustomField ?? {};
            const values = (field.valueSet?.valueSetDefinition?.value ?? []).map((value) => ({
                name: text(value.fullName),
                label: text(value.label)
            }));
            index.set(`${objectName}.${basename(path, '.field-meta.xml')}`, {
                type: text(field.type),
                length: Number(text(field.length) ?? NaN),
                label: text(field.label),
                values
            });
        }
    }
    return index;
}

function checkCustomMetadataRecord(path, root, fields) {
    const problems = [];
    const [typeName, recordName = ''] = basename(path, '.md-meta.xml').split('.');
    problems.push(...apiNameProblems(recordName, LIMITS.recordName));
    const label = text(root.label);
    problems.push(...required(label, 'custom metadata record label'), ...lengthProblem(label, LIMITS.recordLabel));
    problems.push(...lengthProblem(text(root.description), LIMITS.recordDescription));
    for (const entry of root.values ?? []) {
        const fieldName = text(entry.field);
        const definition = fields.get(`${typeName}__mdt.${fieldName}`);
        const valueNode = entry.value;
        if (valueNode === undefined || (typeof valueNode === 'object' && valueNode['@xsi:nil'] === 'true')) continue;
        const value = text(valueNode) ?? '';
        if (!definition) {
            if (fields.size > 0 && [...fields.keys()].some((key) => key.startsWith(`${typeName}__mdt.`))) {
                problems.push(`value for ${fieldName}, which ${typeName}__mdt does not have`);
            }
            continue;
        }
        if (definition.type === 'Text' && value.length > definition.length) {
            problems.push(
                `${fieldName} value has ${value.length} characters; the field holds ${definition.length}: "${value}"`
            );
        }
        if (definition.type === 'Picklist' && !definition.values.some((known) => known.name === value)) {
            problems.push(
                `${fieldName} value "${value}" is not one of its picklist values (${definition.values.map((known) => known.name).join(', ')})`
            );
        }
        if (definition.type === 'Checkbox' && value !== 'true' && value !== 'false') {
            problems.push(`${fieldName} value "${value}" is not true or false`);
        }
    }
    return problems;
}

function checkCustomObject(path, root) {
    const objectName = basename(path, '.object-meta.xml');
    return [
        ...apiNameProblems(objectName.replace(/__(mdt|c)$/, ''), LIMITS.objectName),
        ...required(text(root.label), 'object label'),
        ...lengthProblem(text(root.label), LIMITS.objectLabel),
        ...lengthProblem(text(root.pluralLabel), LIMITS.objectPluralLabel),
        ...lengthProblem(text(root.description), LIMITS.objectDescription)
    ];
}

function checkCustomField(path, root) {
    const fieldName = basename(path, '.field-meta.xml');
    const problems = [
        ...apiNameProblems(fieldName.replace(/__c$/, ''), LIMITS.fieldName),
        ...required(text(root.label), 'field label'),
        ...lengthProblem(text(root.label), LIMITS.fieldLabel),
        ...lengthProblem(text(root.description), LIMITS.fieldDescription),
        ...lengthProblem(text(root.inlineHelpText), LIMITS.fieldHelp)
    ];
    if (text(root.type) === 'Text') {
        const length = Number(text(root.length) ?? NaN);
        if (!(length >= 1 && length <= LIMITS.textLength.max)) {
            problems.push(
                `${LIMITS.textLength.what} is ${text(root.length)}; it must be 1 to ${LIMITS.textLength.max}`
            );
        }
    }
    const values = root.valueSet?.valueSetDefinition?.value ?? [];
    if (values.length > LIMITS.picklistValueCount.max) {
        problems.push(`${values.length} picklist values; the limit is ${LIMITS.picklistValueCount.max}`);
    }
    for (const value of values) {
        const name = text(value.fullName) ?? '';
        problems.push(
            ...lengthProblem(name, LIMITS.picklistValueName),
            ...lengthProblem(text(value.label), LIMITS.picklistValueLabel, ` of "${name}"`)
        );
    }
    return problems;
}

function checkCustomLabels(root) {
    const problems = [];
    const seen = new Set();
    for (const label of root.labels ?? []) {
        const name = text(label.fullName) ?? '';
        if (seen.has(name)) problems.push(`custom label ${name} is defined twice`);
        seen.add(name);
        problems.push(
            ...apiNameProblems(name, LIMITS.labelName),
            ...required(text(label.value), `value of custom label ${name}`),
            ...lengthProblem(text(label.value), LIMITS.labelValue, ` ${name}`),
            ...required(text(label.shortDescription), `short description of custom label ${name}`),
            ...lengthProblem(text(label.shortDescription), LIMITS.labelShortDescription, ` ${name}`)
        );
    }
    return problems;
}

function checkTranslations(root) {
    const problems = [];
    for (const label of root.customLabels ?? []) {
        problems.push(...lengthProblem(text(label.label), LIMITS.labelTranslation, ` ${text(label.name)}`));
    }
    return problems;
}

function checkObjectTranslation(root) {
    const problems = [];
    for (const caseValue of root.caseValues ?? []) {
        problems.push(...lengthProblem(text(caseValue.value), LIMITS.translatedObjectLabel));
    }
    return problems;
}

function checkFieldTranslation(path, root, fields) {
    const fieldName = basename(path, '.fieldTranslation-meta.xml');
    const problems = [
        ...lengthProblem(text(root.label), LIMITS.translatedFieldLabel),
        ...lengthProblem(text(root.help), LIMITS.translatedHelp)
    ];
    // objectTranslations/<Object>-<language>/<Field>.fieldTranslation-meta.xml
    const objectName = basename(dirname(path)).replace(/-[A-Za-z_]+$/, '');
    const definition = fields.get(`${objectName}.${fieldName}`);
    // A warning, not an error: the field may come with a change not yet in this tree. A deploy fails
    // unless the field exists in the target org.
    if (fields.size > 0 && !definition) {
        problems.push(`${WARNING}translates ${objectName}.${fieldName}, which this source tree does not define`);
    }
    for (const value of root.picklistValues ?? []) {
        const masterLabel = text(value.masterLabel) ?? '';
        problems.push(
            ...lengthProblem(text(value.translation), LIMITS.translatedPicklistValue, ` of "${masterLabel}"`)
        );
        if (definition && !definition.values.some((known) => (known.label ?? known.name) === masterLabel)) {
            problems.push(`translates picklist value "${masterLabel}", which ${objectName}.${fieldName} does not have`);
        }
    }
    return problems;
}

function checkPermissionSet(path, root) {
    return [
        ...apiNameProblems(basename(path, '.permissionset-meta.xml'), LIMITS.permissionSetName),
        ...required(text(root.label), 'permission set label'),
        ...lengthProblem(text(root.label), LIMITS.permissionSetLabel),
        ...lengthProblem(text(root.description), LIMITS.permissionSetDescription)
    ];
}

function checkCustomPermission(path, root) {
    return [
        ...apiNameProblems(basename(path, '.customPermission-meta.xml'), LIMITS.customPermissionName),
        ...required(text(root.label), 'custom permission label'),
        ...lengthProblem(text(root.label), LIMITS.customPermissionLabel),
        ...lengthProblem(text(root.description), LIMITS.customPermissionDescription)
    ];
}

/** What each file kind is checked for, by file name ending. */
const CHECKS = [
    ['.md-meta.xml', 'CustomMetadata', checkCustomMetadataRecord],
    ['.object-meta.xml', 'CustomObject', checkCustomObject],
    ['.field-meta.xml', 'CustomField', checkCustomField],
    ['.labels-meta.xml', 'CustomLabels', (path, root) => checkCustomLabels(root)],
    ['.translation-meta.xml', 'Translations', (path, root) => checkTranslations(root)],
    ['.objectTranslation-meta.xml', 'CustomObjectTranslation', (path, root) => checkObjectTranslation(root)],
    ['.fieldTranslation-meta.xml', 'CustomFieldTranslation', checkFieldTranslation],
    ['.permissionset-meta.xml', 'PermissionSet', checkPermissionSet],
    ['.customPermission-meta.xml', 'CustomPermission', checkCustomPermission],
    [
        '.app-meta.xml',
        'CustomApplication',
        (path, root) => [
            ...apiNameProblems(basename(path, '.app-meta.xml'), LIMITS.appName),
            ...lengthProblem(text(root.label), LIMITS.appLabel)
        ]
    ],
    [
        '.tab-meta.xml',
        'CustomTab',
        (path, root) => [
            ...apiNameProblems(basename(path, '.tab-meta.xml').replace(/__c$/, ''), LIMITS.tabName),
            ...lengthProblem(text(root.label), LIMITS.tabLabel)
        ]
    ],
    [
        '.flexipage-meta.xml',
        'FlexiPage',
        (path, root) => [
            ...apiNameProblems(basename(path, '.flexipage-meta.xml'), LIMITS.flexiPageName),
            ...lengthProblem(text(root.masterLabel), LIMITS.flexiPageLabel)
        ]
    ],
    [
        '.servicePresenceStatus-meta.xml',
        'ServicePresenceStatus',
        (path, root) => [
            ...apiNameProblems(basename(path, '.servicePresenceStatus-meta.xml'), LIMITS.presenceStatusName),
            ...lengthProblem(text(root.label), LIMITS.presenceStatusLabel)
        ]
    ]
];

/**
 * The limit problems of one metadata file, each as "<path>: <problem>".
 * @param {string} path the file's path (its name carries the component's API name)
 * @param {string} source the file's text
 * @param {Map<string, object>} fields the field index from loadFieldIndex (may be empty)
 */
export function checkMetadataLimits(path, source, fields = new Map()) {
    if (path.endsWith('.cls')) {
        return apiNameProblems(basename(path, '.cls'), LIMITS.apexClassName).map((problem) => `${path}: ${problem}`);
    }
    const check = CHECKS.find(([suffix]) => path.endsWith(suffix));
    if (!check) return [];
    const [, rootName, run] = check;
    const root = parser.parse(source)[rootName];
    if (!root || typeof root !== 'object') return [`${path}: root element <${rootName}> expected`];
    return run(path, root, fields).map((problem) => `${path}: ${problem}`);
}

export async function* walk(directory) {
    let entries;
    try {
        entries = await readdir(directory, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '__tests__' && entry.name !== 'node_modules') yield* walk(path);
        } else {
            yield path;
        }
    }
}

/** Every limit problem under the given package folders (fields of one folder count for all of them). */
export async function checkDirectories(directories) {
    const fields = await loadFieldIndex(directories);
    const problems = [];
    for (const directory of directories) {
        for await (const path of walk(directory)) {
            if (!path.endsWith('-meta.xml') && !path.endsWith('.cls')) continue;
            if (path.endsWith('.cls-meta.xml')) continue;
            problems.push(...checkMetadataLimits(path, await readFile(path, 'utf8'), fields));
        }
    }
    return problems;
}
