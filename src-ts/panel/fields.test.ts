/**
 * Which custom metadata type a field belongs to comes from the record definitions (MappingField and
 * SettingField in src-ts/mapping/records.ts), which must name exactly the fields of the objects' metadata;
 * never from positions in a list, where a new column shifts its neighbours into the other type.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MappingField, SettingField } from '../mapping/records';
import { fieldLabelKey, fieldType, isSettingField } from './fields';

const objects = join(__dirname, '..', '..', 'force-app', 'main', 'default', 'objects');
const fieldsOf = (object: string) =>
    readdirSync(join(objects, object, 'fields'))
        .map((file) => file.replace(/\.field-meta\.xml$/, ''))
        .sort();

describe('field lists derive from the record definitions', () => {
    it.each([
        ['Presence_Mapping__mdt', Object.values(MappingField)],
        ['Presence_Sync_Setting__mdt', Object.values(SettingField)]
    ] as const)('%s: the record definition names exactly the fields of its metadata', (object, defined) => {
        expect([...defined].sort()).toEqual(fieldsOf(object));
    });

    it.each(['Presence_Mapping__mdt', 'Presence_Sync_Setting__mdt'] as const)(
        'every field of %s is of that type, with and without a namespace, and has a Setup label key',
        (object) => {
            for (const field of fieldsOf(object)) {
                expect({ field, type: fieldType(field) }).toEqual({ field, type: object });
                expect({ field, type: fieldType(`pssync__${field}`) }).toEqual({ field, type: object });
                expect(isSettingField(field)).toBe(object === 'Presence_Sync_Setting__mdt');
                expect(fieldLabelKey(field)).toBe(`Field_${field.replace(/__c$/, '')}`);
            }
        }
    );

    it('a new mapping column is a mapping field and reclassifies no existing field', () => {
        const before = new Map(
            [...Object.values(MappingField), ...Object.values(SettingField)].map((f) => [f, fieldType(f)])
        );
        jest.isolateModules(() => {
            jest.doMock('../mapping/records', () => {
                const actual = jest.requireActual<typeof import('../mapping/records')>('../mapping/records');
                // A column whose name sorts first, as the one that once pushed Softphone_State__c out of a slice.
                return { ...actual, MappingField: { agentQueue: 'Agent_Queue__c', ...actual.MappingField } };
            });
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const grown = require('./fields') as typeof import('./fields');
            expect(grown.fieldType('Agent_Queue__c')).toBe('Presence_Mapping__mdt');
            for (const [field, type] of before)
                expect({ field, type: grown.fieldType(field) }).toEqual({ field, type });
            expect(grown.isSettingField('Softphone_State__c')).toBe(false);
        });
    });
});
