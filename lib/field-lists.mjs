// The fields of the package's two custom metadata types, read from their own metadata
// (force-app/main/default/objects/<type>/fields/*.field-meta.xml, with the Spanish label of each in
// objectTranslations/<type>-es/<field>.fieldTranslation-meta.xml), and the files `npm run build` writes from them:
// - src-ts/mapping/fields.generated.ts: `MappingField` and `SettingField` (key: the API name in camelCase), so which
//   type a field belongs to comes from its folder, never from a hand-kept list or a position; and the Setup page's
//   copy of `MappingField`, force-app/main/default/lwc/presenceSyncSetup/mappingFields.js;
// - the Custom Labels that name each field in the panel's and the Setup page's sentences,
//   `Presence_Sync_Field_<name without __c>`, in CustomLabels.labels-meta.xml (the field's label) and
//   es.translation-meta.xml (its Spanish label): custom labels, so that a subscriber can translate them further.
// A field without a label or without a Spanish label of its own fails the build, naming the file to write.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import customLabels from './custom-labels.cjs';

const { unescape } = customLabels;

const DEFAULT = 'force-app/main/default';
export const FIELD_MODULE = 'src-ts/mapping/fields.generated.ts';
/** The Setup page's copy of the mapping fields (it reads no TypeScript): its CSV columns derive from it. */
export const SETUP_FIELD_MODULE = `${DEFAULT}/lwc/presenceSyncSetup/mappingFields.js`;
export const LABELS_FILE = `${DEFAULT}/labels/CustomLabels.labels-meta.xml`;
export const SPANISH_FILE = `${DEFAULT}/translations/es.translation-meta.xml`;
const LABEL_PREFIX = 'Presence_Sync_Field_';

/** The two custom metadata types and the name of each one's field list. */
export const FIELD_TYPES = [
    { object: 'Presence_Mapping__mdt', exportName: 'MappingField', what: 'mapping records (one row of a table)' },
    { object: 'Presence_Sync_Setting__mdt', exportName: 'SettingField', what: 'the settings record' }
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const tag = (xml, name) => {
    const found = new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
    return found === undefined ? undefined : unescape(found.trim());
};

/** A field's API name as a key of its list: `Softphone_Minor_State__c` → `softphoneMinorState`. */
export function fieldKey(name) {
    return name
        .replace(/__c$/, '')
        .split('_')
        .map((part, index) =>
            index === 0 ? part.toLowerCase() : part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()
        )
        .join('');
}

/**
 * Each type with its fields in API-name order: `{ object, exportName, fields: [{ name, key, label, spanish }] }`.
 * Throws, naming every file to write, when a field has no label or no Spanish label.
 */
export function readFieldTypes(root = '.') {
    const problems = [];
    const types = FIELD_TYPES.map((type) => {
        const folder = join(root, DEFAULT, 'objects', type.object, 'fields');
        const names = readdirSync(folder)
            .filter((file) => file.endsWith('.field-meta.xml'))
            .map((file) => file.replace(/\.field-meta\.xml$/, ''))
            .sort();
        const fields = names.map((name) => {
            const label = tag(readFileSync(join(folder, `${name}.field-meta.xml`), 'utf8'), 'label');
            const translation = `${DEFAULT}/objectTranslations/${type.object}-es/${name}.fieldTranslation-meta.xml`;
            const spanish = existsSync(join(root, translation))
                ? tag(readFileSync(join(root, translation), 'utf8'), 'label')
                : undefined;
            if (!label) problems.push(`${type.object}.${name} has no <label> in its .field-meta.xml`);
            if (!spanish) problems.push(`${type.object}.${name} has no Spanish <label>: write ${translation}`);
            return { name, key: fieldKey(name), label: label ?? '', spanish: spanish ?? '' };
        });
        return { ...type, fields };
    });
    if (problems.length > 0) throw new Error(`Custom metadata fields without their words:\n- ${problems.join('\n- ')}`);
    return types;
}

/** src-ts/mapping/fields.generated.ts. */
export function renderFieldModule(types) {
    const lines = [
        '/*',
        ' * GENERATED FILE, DO NOT EDIT. Written by `npm run build` (lib/field-lists.mjs) from the fields of the',
        ' * custom metadata types, force-app/main/default/objects/<type>/fields/; `npm test` fails when it is stale.',
        ' */'
    ];
    for (const type of types) {
        lines.push('', `/** Fields of ${type.object}: ${type.what}, by their API names in camelCase. */`);
        lines.push(`export const ${type.exportName} = {`);
        type.fields.forEach((field, index) =>
            lines.push(`    ${field.key}: '${field.name}'${index === type.fields.length - 1 ? '' : ','}`)
        );
        lines.push('} as const;');
    }
    return `${lines.join('\n')}\n`;
}

/** force-app/main/default/lwc/presenceSyncSetup/mappingFields.js: `MappingField` for the Setup page. */
export function renderSetupFieldModule(types) {
    const mapping = types.find((type) => type.exportName === 'MappingField');
    return [
        '// GENERATED FILE, DO NOT EDIT: written by `npm run build` (lib/field-lists.mjs) from the fields of',
        '// Presence_Mapping__mdt (force-app/main/default/objects/Presence_Mapping__mdt/fields/).',
        '',
        '/** Fields of Presence_Mapping__mdt, by their API names in camelCase. */',
        'export const MappingField = {',
        mapping.fields.map((field) => `    ${field.key}: '${field.name}'`).join(',\n'),
        '};',
        ''
    ].join('\n');
}

const labelName = (field) => `${LABEL_PREFIX}${field.name.replace(/__c$/, '')}`;
const words = (name) => name.replace(/__c$/, '').replace(/_/g, ' ');

/**
 * `xml` with its blocks of one `entry` that `isField` picks replaced by `blocks`, where the first of them stood
 * (before the closing tag when there was none).
 */
function replaceBlocks(xml, entry, isField, blocks, closing) {
    const pattern = new RegExp(`[ \\t]*<${entry}>[\\s\\S]*?</${entry}>\\n`, 'g');
    let at = -1;
    let removed = 0;
    const kept = xml.replace(pattern, (block, offset) => {
        if (!isField(block)) return block;
        if (at < 0) at = offset - removed;
        removed += block.length;
        return '';
    });
    const where = at >= 0 ? at : kept.lastIndexOf(closing);
    return kept.slice(0, where) + blocks.join('') + kept.slice(where);
}

const isFieldLabel = (block) => new RegExp(`<(fullName|name)>${LABEL_PREFIX}`).test(block);

/** The labels file with one label per field: `Presence_Sync_Field_<name>`, the field's label. */
export function withFieldLabels(xml, types) {
    const blocks = types.flatMap((type) =>
        type.fields.map((field) =>
            [
                '    <labels>',
                `        <fullName>${labelName(field)}</fullName>`,
                '        <categories>Presence Sync</categories>',
                '        <language>en_US</language>',
                '        <protected>false</protected>',
                `        <shortDescription>Presence Sync: Field ${words(field.name)}</shortDescription>`,
                `        <value>${escape(field.label)}</value>`,
                '    </labels>',
                ''
            ].join('\n')
        )
    );
    return replaceBlocks(xml, 'labels', isFieldLabel, blocks, '</CustomLabels>');
}

/** The Spanish translation file with each field label's translation: the field's Spanish label. */
export function withFieldTranslations(xml, types) {
    const blocks = types.flatMap((type) =>
        type.fields.map((field) =>
            [
                '    <customLabels>',
                `        <label>${escape(field.spanish)}</label>`,
                `        <name>${labelName(field)}</name>`,
                '    </customLabels>',
                ''
            ].join('\n')
        )
    );
    return replaceBlocks(xml, 'customLabels', isFieldLabel, blocks, '</Translations>');
}

/** The three files written from the fields, as `{ path, content }`. */
export function renderFieldFiles(root = '.') {
    const types = readFieldTypes(root);
    return [
        { path: FIELD_MODULE, content: renderFieldModule(types) },
        { path: SETUP_FIELD_MODULE, content: renderSetupFieldModule(types) },
        { path: LABELS_FILE, content: withFieldLabels(readFileSync(join(root, LABELS_FILE), 'utf8'), types) },
        { path: SPANISH_FILE, content: withFieldTranslations(readFileSync(join(root, SPANISH_FILE), 'utf8'), types) }
    ];
}
