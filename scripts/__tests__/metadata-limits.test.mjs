// Plants one violation of each documented limit in a throw-away package folder and checks that the
// metadata check reports it, naming the file and the limit. Run by `node --test` from
// scripts/validate-metadata.mjs (its self-check), so `npm test` runs it with the metadata step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { apiNameProblems, checkDirectories, checkMetadataLimits, LIMITS, WARNING } from '../lib/metadata-limits.mjs';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';
const chars = (count) => 'x'.repeat(count);

function record(label, values = '') {
    return `<?xml version="1.0" encoding="UTF-8"?><CustomMetadata ${NS} ${XSI}><label>${label}</label><protected>false</protected>${values}</CustomMetadata>`;
}
const value = (field, text, type = 'xsd:string') =>
    `<values><field>${field}</field><value xsi:type="${type}">${text}</value></values>`;

const FIELDS = {
    'objects/Thing__mdt/Thing__mdt.object-meta.xml': `<CustomObject ${NS}><label>Thing</label><pluralLabel>Things</pluralLabel><visibility>Public</visibility></CustomObject>`,
    'objects/Thing__mdt/fields/Kind__c.field-meta.xml': `<CustomField ${NS}><fullName>Kind__c</fullName><label>Kind</label><type>Picklist</type><valueSet><valueSetDefinition><value><fullName>One</fullName><default>true</default><label>The first one</label></value><value><fullName>Two</fullName><default>false</default><label>The second one</label></value></valueSetDefinition></valueSet></CustomField>`,
    'objects/Thing__mdt/fields/Name_Of__c.field-meta.xml': `<CustomField ${NS}><fullName>Name_Of__c</fullName><label>Name of</label><type>Text</type><length>5</length></CustomField>`,
    'objects/Thing__mdt/fields/On__c.field-meta.xml': `<CustomField ${NS}><fullName>On__c</fullName><label>On</label><type>Checkbox</type><defaultValue>true</defaultValue></CustomField>`
};

async function plant(files) {
    const root = await mkdtemp(join(tmpdir(), 'limits-'));
    for (const [path, content] of Object.entries({ ...FIELDS, ...files })) {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), content);
    }
    return root;
}

async function problemsOf(files) {
    const root = await plant(files);
    try {
        return (await checkDirectories([root])).map((problem) => problem.slice(root.length + 1));
    } finally {
        await rm(root, { recursive: true, force: true });
    }
}

function assertReported(problems, file, fragment) {
    assert.ok(
        problems.some((problem) => problem.startsWith(`${file}:`) && problem.includes(fragment)),
        `expected a problem in ${file} mentioning "${fragment}", got:\n${problems.join('\n')}`
    );
}

test('a clean package folder has no problems', async () => {
    const problems = await problemsOf({
        'customMetadata/Thing.Good_Record.md-meta.xml': record(
            'A good record',
            value('Kind__c', 'One') + value('On__c', 'true', 'xsd:boolean')
        )
    });
    assert.deepEqual(problems, []);
});

test('record labels over 40 characters are reported with the file and the limit', async () => {
    const file = 'customMetadata/Thing.Long.md-meta.xml';
    const problems = await problemsOf({ [file]: record(chars(41)) });
    assertReported(problems, file, 'custom metadata record label has 41 characters; the limit is 40');
    assert.deepEqual(await problemsOf({ [file]: record(chars(40)) }), [], 'exactly 40 characters is allowed');
});

test('record DeveloperNames: 40 characters, a letter first, single underscores, no trailing underscore', async () => {
    const names = {
        [`A${chars(40)}`]: 'the limit is 40',
        '1_Record': 'must start with a letter',
        Double__Underscore: 'two underscores in a row',
        Trailing_: 'must not end with an underscore',
        'Has-Dash': 'only letters, digits and underscores'
    };
    for (const [name, fragment] of Object.entries(names)) {
        const file = `customMetadata/Thing.${name}.md-meta.xml`;
        assertReported(await problemsOf({ [file]: record('Label') }), file, fragment);
    }
});

test('record values must fit their field: picklist values, text length, checkboxes, known fields', async () => {
    const file = 'customMetadata/Thing.Values.md-meta.xml';
    const problems = await problemsOf({
        [file]: record(
            'Values',
            value('Kind__c', 'Three') +
                value('Name_Of__c', 'sixsix') +
                value('On__c', 'yes', 'xsd:boolean') +
                value('Missing__c', 'x')
        )
    });
    assertReported(problems, file, 'Kind__c value "Three" is not one of its picklist values');
    assertReported(problems, file, 'Name_Of__c value has 6 characters; the field holds 5');
    assertReported(problems, file, 'On__c value "yes" is not true or false');
    assertReported(problems, file, 'Missing__c, which Thing__mdt does not have');
});

test('field labels, help text, descriptions and picklist values are held to their limits', async () => {
    const file = 'objects/Thing__mdt/fields/Big__c.field-meta.xml';
    const problems = await problemsOf({
        [file]: `<CustomField ${NS}><fullName>Big__c</fullName><description>${chars(1001)}</description><inlineHelpText>${chars(511)}</inlineHelpText><label>${chars(41)}</label><type>Picklist</type><valueSet><valueSetDefinition><value><fullName>${chars(256)}</fullName><default>false</default><label>${chars(256)}</label></value></valueSetDefinition></valueSet></CustomField>`
    });
    assertReported(problems, file, 'field label has 41 characters; the limit is 40');
    assertReported(problems, file, 'field help text (inlineHelpText) has 511 characters; the limit is 510');
    assertReported(problems, file, 'field description has 1001 characters; the limit is 1000');
    assertReported(problems, file, 'picklist value API name has 256 characters; the limit is 255');
    assertReported(problems, file, 'picklist value label of');
    const long = `objects/Thing__mdt/fields/${chars(41)}__c.field-meta.xml`;
    assertReported(
        await problemsOf({ [long]: `<CustomField ${NS}><label>L</label><type>Checkbox</type></CustomField>` }),
        long,
        'field API name (without __c)'
    );
    const text = 'objects/Thing__mdt/fields/Wide__c.field-meta.xml';
    assertReported(
        await problemsOf({
            [text]: `<CustomField ${NS}><label>W</label><type>Text</type><length>256</length></CustomField>`
        }),
        text,
        'Text field length is 256'
    );
});

test('object labels and descriptions are held to their limits', async () => {
    const file = 'objects/Wide__mdt/Wide__mdt.object-meta.xml';
    const problems = await problemsOf({
        [file]: `<CustomObject ${NS}><description>${chars(1001)}</description><label>${chars(41)}</label><pluralLabel>${chars(41)}</pluralLabel></CustomObject>`
    });
    assertReported(problems, file, 'object label has 41');
    assertReported(problems, file, 'object plural label has 41');
    assertReported(problems, file, 'object description has 1001');
});

test('custom labels: values up to 1000 characters, names as API names, short descriptions', async () => {
    const file = 'labels/CustomLabels.labels-meta.xml';
    const label = (name, text, description = 'd') =>
        `<labels><fullName>${name}</fullName><language>en_US</language><protected>false</protected><shortDescription>${description}</shortDescription><value>${text}</value></labels>`;
    const problems = await problemsOf({
        [file]: `<CustomLabels ${NS}>${label('Too_Long', chars(1001))}${label('Bad__Name', 'ok')}${label('Twice', 'a')}${label('Twice', 'b')}${label('Short', 'ok', chars(81))}</CustomLabels>`
    });
    assertReported(problems, file, 'custom label value Too_Long has 1001 characters; the limit is 1000');
    assertReported(problems, file, 'custom label name "Bad__Name" must not contain two underscores');
    assertReported(problems, file, 'custom label Twice is defined twice');
    assertReported(problems, file, 'custom label short description Short has 81');
});

test('translations: label translations, field translations and picklist values that exist', async () => {
    const labels = 'translations/es.translation-meta.xml';
    const field = 'objectTranslations/Thing__mdt-es/Kind__c.fieldTranslation-meta.xml';
    const stray = 'objectTranslations/Thing__mdt-es/Gone__c.fieldTranslation-meta.xml';
    const problems = await problemsOf({
        [labels]: `<Translations ${NS}><customLabels><label>${chars(1001)}</label><name>X</name></customLabels></Translations>`,
        [field]: `<CustomFieldTranslation ${NS}><help>${chars(511)}</help><label>${chars(41)}</label><name>Kind__c</name><picklistValues><masterLabel>The first one</masterLabel><translation>${chars(256)}</translation></picklistValues><picklistValues><masterLabel>One</masterLabel><translation>Uno</translation></picklistValues></CustomFieldTranslation>`,
        [stray]: `<CustomFieldTranslation ${NS}><label>Ido</label><name>Gone__c</name></CustomFieldTranslation>`
    });
    assertReported(problems, labels, 'custom label translation X has 1001');
    assertReported(problems, field, 'translated field label has 41');
    assertReported(problems, field, 'translated help text has 511');
    assertReported(problems, field, 'translated picklist value of "The first one" has 256');
    assertReported(problems, field, 'translates picklist value "One", which Thing__mdt.Kind__c does not have');
    assertReported(problems, stray, 'warning: translates Thing__mdt.Gone__c, which this source tree does not define');
});

test('permission sets, custom permissions, apps, tabs and Apex classes are held to their limits', async () => {
    const permissionSet = 'permissionsets/Wide.permissionset-meta.xml';
    const permission = 'customPermissions/Wide.customPermission-meta.xml';
    const app = 'applications/Wide.app-meta.xml';
    const tab = 'tabs/Wide.tab-meta.xml';
    const problems = await problemsOf({
        [permissionSet]: `<PermissionSet ${NS}><description>${chars(256)}</description><label>${chars(81)}</label></PermissionSet>`,
        [permission]: `<CustomPermission ${NS}><description>${chars(256)}</description><isLicensed>false</isLicensed><label>${chars(81)}</label></CustomPermission>`,
        [app]: `<CustomApplication ${NS}><label>${chars(41)}</label></CustomApplication>`,
        [tab]: `<CustomTab ${NS}><label>${chars(41)}</label></CustomTab>`
    });
    assertReported(problems, permissionSet, 'permission set label has 81');
    assertReported(problems, permissionSet, 'permission set description has 256');
    assertReported(problems, permission, 'custom permission label has 81');
    assertReported(problems, permission, 'custom permission description has 256');
    assertReported(problems, app, 'app label has 41');
    assertReported(problems, tab, 'tab label has 41');
    const apex = `classes/${chars(41)}.cls`;
    assert.match(checkMetadataLimits(apex, 'public class X {}').join('\n'), /Apex class name .* the limit is 40/);
});

test('the API name rule accepts what Salesforce accepts', () => {
    for (const name of ['A', 'Omni_On_a_Call', 'Presence_Sync_Setting', 'a1_b2']) {
        assert.deepEqual(apiNameProblems(name, LIMITS.recordName), [], name);
    }
});

test('the package as committed breaks no limit', async () => {
    const problems = await checkDirectories(['force-app/main', 'force-app/org-setup']);
    assert.deepEqual(
        problems.filter((problem) => !problem.includes(`: ${WARNING}`)),
        []
    );
});
