// The custom metadata types' field lists and the labels naming their fields (lib/field-lists.mjs): which type
// a field belongs to is its folder, a new column lands in its own list and reclassifies no field, its label and
// Spanish come from its own metadata, and a field without a label or a Spanish label fails the build. Run by
// `node --test` from scripts/validate-metadata.mjs (its self-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    FIELD_MODULE,
    LABELS_FILE,
    SPANISH_FILE,
    fieldKey,
    readFieldTypes,
    renderFieldFiles
} from '../../lib/field-lists.mjs';

const DEFAULT = 'force-app/main/default';

/** A copy of the metadata the lists are read from, to plant fields in. */
function copyOfMetadata() {
    const root = mkdtempSync(join(tmpdir(), 'field-lists-'));
    for (const folder of ['objects', 'objectTranslations', 'labels', 'translations'])
        cpSync(join(DEFAULT, folder), join(root, DEFAULT, folder), { recursive: true });
    return root;
}

function plantField(root, object, name, label, spanish) {
    const field = `<?xml version="1.0" encoding="UTF-8" ?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <fieldManageability>SubscriberControlled</fieldManageability>
    ${label === null ? '' : `<label>${label}</label>`}
    <length>80</length>
    <type>Text</type>
</CustomField>
`;
    writeFileSync(join(root, DEFAULT, 'objects', object, 'fields', `${name}.field-meta.xml`), field);
    if (spanish === null) return;
    writeFileSync(
        join(root, DEFAULT, 'objectTranslations', `${object}-es`, `${name}.fieldTranslation-meta.xml`),
        `<?xml version="1.0" encoding="UTF-8" ?>
<CustomFieldTranslation xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>${spanish}</label>
    <name>${name}</name>
</CustomFieldTranslation>
`
    );
}

const listOf = (types, exportName) => types.find((type) => type.exportName === exportName).fields.map((f) => f.name);

test('the committed field module and field labels are the generated ones', () => {
    for (const file of renderFieldFiles('.'))
        assert.equal(readFileSync(file.path, 'utf8'), file.content, `${file.path}: run \`npm run build\``);
});

test('keys are the API names in camelCase', () => {
    assert.equal(fieldKey('Softphone_Minor_State__c'), 'softphoneMinorState');
    assert.equal(fieldKey('Softphone_Url__c'), 'softphoneUrl');
    assert.equal(fieldKey('Command_Retry_Limit__c'), 'commandRetryLimit');
});

test('a new mapping column is a mapping field, reclassifies no field, and is named by its own labels', () => {
    const root = copyOfMetadata();
    try {
        const before = readFieldTypes(root);
        // A column whose name sorts before others, as the one that once pushed Softphone_State__c out of a slice.
        plantField(root, 'Presence_Mapping__mdt', 'Agent_Queue__c', 'Agent Queue', 'Cola del agente');
        const after = readFieldTypes(root);
        assert.deepEqual(listOf(after, 'MappingField'), [...listOf(before, 'MappingField'), 'Agent_Queue__c'].sort());
        assert.deepEqual(listOf(after, 'SettingField'), listOf(before, 'SettingField'));
        assert.ok(listOf(after, 'MappingField').includes('Softphone_State__c'));
        const files = Object.fromEntries(renderFieldFiles(root).map((file) => [file.path, file.content]));
        assert.match(
            files[FIELD_MODULE],
            /MappingField = \{\n {4}action: 'Action__c',\n {4}active: 'Active__c',\n {4}agentQueue: 'Agent_Queue__c',/
        );
        assert.match(
            files[LABELS_FILE],
            /<fullName>Presence_Sync_Field_Agent_Queue<\/fullName>[\s\S]*?<value>Agent Queue<\/value>/
        );
        assert.match(
            files[SPANISH_FILE],
            /<label>Cola del agente<\/label>\s*<name>Presence_Sync_Field_Agent_Queue<\/name>/
        );
        const fieldCount = after.flatMap((type) => type.fields).length;
        assert.equal(files[LABELS_FILE].match(/<fullName>Presence_Sync_Field_/g).length, fieldCount);
        assert.equal(files[SPANISH_FILE].match(/<name>Presence_Sync_Field_/g).length, fieldCount);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('a field without a Spanish label, or without a label, fails naming the file to write', () => {
    const root = copyOfMetadata();
    try {
        plantField(root, 'Presence_Mapping__mdt', 'Agent_Queue__c', 'Agent Queue', null);
        plantField(root, 'Presence_Sync_Setting__mdt', 'No_Label__c', null, 'Sin etiqueta');
        assert.throws(
            () => readFieldTypes(root),
            (error) =>
                /Presence_Mapping__mdt-es\/Agent_Queue__c\.fieldTranslation-meta\.xml/.test(error.message) &&
                /Presence_Sync_Setting__mdt\.No_Label__c has no <label>/.test(error.message)
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});
