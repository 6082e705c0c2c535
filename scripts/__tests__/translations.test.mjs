// Issue 9 item 11: the custom metadata types' labels, field labels, help text and picklist values have
// Spanish translations (CustomObjectTranslation, source format: one fieldTranslation file per field),
// and source-deploy-retrieve converts them into the Metadata API's objectTranslation files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';

const OBJECTS = 'force-app/main/default/objects';
const TRANSLATIONS = 'force-app/main/default/objectTranslations';
const TYPES = ['Presence_Mapping__mdt', 'Presence_Sync_Setting__mdt'];
const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name, jpath) =>
        name === 'picklistValues' ||
        name === 'caseValues' ||
        name === 'fields' ||
        jpath.endsWith('valueSetDefinition.value')
});

async function xml(path) {
    return parser.parse(await readFile(path, 'utf8'));
}

for (const type of TYPES) {
    test(`${type}: Spanish labels for the type, every field, its help text and picklist values`, async () => {
        const folder = join(TRANSLATIONS, `${type}-es`);
        const object = (await xml(join(folder, `${type}-es.objectTranslation-meta.xml`))).CustomObjectTranslation;
        assert.equal(object.caseValues.length, 2, 'singular and plural labels');
        assert.ok(['Masculine', 'Feminine'].includes(object.gender), 'Spanish labels carry a gender');
        for (const file of await readdir(join(OBJECTS, type, 'fields'))) {
            const name = file.replace('.field-meta.xml', '');
            const field = (await xml(join(OBJECTS, type, 'fields', file))).CustomField;
            let translation;
            try {
                translation = (await xml(join(folder, `${name}.fieldTranslation-meta.xml`))).CustomFieldTranslation;
            } catch {
                assert.fail(`${type}.${name} has no Spanish translation (${folder}/${name}.fieldTranslation-meta.xml)`);
            }
            assert.equal(translation.name, name, `${name}: the translation names its field`);
            assert.ok(translation.label && translation.label !== field.label, `${name}: label translated`);
            if (field.inlineHelpText) assert.ok(translation.help, `${name}: help text translated`);
            const translated = new Map(
                (translation.picklistValues ?? []).map((value) => [value.masterLabel, value.translation])
            );
            for (const value of field.valueSet?.valueSetDefinition?.value ?? []) {
                assert.ok(translated.get(value.label), `${name}: picklist value "${value.label}" translated`);
            }
        }
    });
}

test('the translations convert to Metadata API objectTranslation files with their fields', async () => {
    const outputDirectory = await mkdtemp(join(tmpdir(), 'translations-'));
    try {
        const components = ComponentSet.fromSource({ fsPaths: [TRANSLATIONS] });
        await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory,
            genUniqueDir: false
        });
        for (const type of TYPES) {
            const converted = await xml(join(outputDirectory, 'objectTranslations', `${type}-es.objectTranslation`));
            const fields = converted.CustomObjectTranslation.fields.map((field) => field.name);
            const sources = (await readdir(join(TRANSLATIONS, `${type}-es`))).filter((file) =>
                file.endsWith('.fieldTranslation-meta.xml')
            );
            assert.equal(fields.length, sources.length, `${type}: every field translation is in the converted file`);
        }
    } finally {
        await rm(outputDirectory, { recursive: true, force: true });
    }
});
