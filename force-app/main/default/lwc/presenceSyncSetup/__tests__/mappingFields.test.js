// The Setup page's mapping fields derive from the generated field list (MappingField, from the object's field
// folder): every field of Presence_Mapping__mdt is exported and imported, the page's own columns first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { F, MAPPING_FIELDS } from '../model';

const folder = join(__dirname, '..', '..', '..', 'objects', 'Presence_Mapping__mdt', 'fields');
const objectFields = readdirSync(folder)
    .filter((file) => file.endsWith('.field-meta.xml'))
    .map((file) => file.replace(/\.field-meta\.xml$/, ''));

describe('the Setup page mapping fields', () => {
    it('are every field of Presence_Mapping__mdt, each once', () => {
        expect([...MAPPING_FIELDS].sort()).toEqual([...objectFields].sort());
    });

    it('keep the page columns first, in their CSV order', () => {
        expect(MAPPING_FIELDS.slice(0, 7)).toEqual([
            'Direction__c',
            'Softphone_State__c',
            'Softphone_Minor_State__c',
            'Presence_Status__c',
            'Action__c',
            'Busy__c',
            'Active__c'
        ]);
        expect(Object.values(F).every((name) => objectFields.includes(name))).toBe(true);
    });
});
