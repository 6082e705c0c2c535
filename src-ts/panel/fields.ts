/**
 * Which custom metadata field the panel and the Setup page name, and by which label: derived from the
 * record definitions (`MappingField`, `SettingField` in src-ts/mapping/records.ts), never from a list's
 * positions, so a new column is a field of its own type and no other field changes type.
 */
import { MappingField, SettingField } from '../mapping/records';
import { labelRef } from './text';

/** The custom metadata types whose fields the panel names. */
export type FieldType = 'Presence_Mapping__mdt' | 'Presence_Sync_Setting__mdt';

/** Each field API name (without namespace) → the custom metadata type it belongs to. */
const FIELD_TYPES: ReadonlyMap<string, FieldType> = new Map<string, FieldType>([
    ...Object.values(MappingField).map((field): [string, FieldType] => [field, 'Presence_Mapping__mdt']),
    ...Object.values(SettingField).map((field): [string, FieldType] => [field, 'Presence_Sync_Setting__mdt'])
]);

/**
 * The field API names the panel can name by their Setup label (label key `Field_<name without __c>`):
 * those of Presence_Mapping__mdt, then those of Presence_Sync_Setting__mdt.
 */
export const FIELD_LABEL_KEYS: readonly string[] = [...FIELD_TYPES.keys()];

/** A field API name without its namespace prefix (`ns__Direction__c` → `Direction__c`). */
const bareField = (field: string): string => field.replace(/^[A-Za-z0-9]+__(?=.+__c$)/, '');

/** The custom metadata type a field (with or without a namespace prefix) belongs to, or null for none of ours. */
export function fieldType(field: string): FieldType | null {
    return FIELD_TYPES.get(bareField(field)) ?? null;
}

/** A field of Presence_Sync_Setting__mdt (not of Presence_Mapping__mdt). */
export function isSettingField(field: string): boolean {
    return fieldType(field) === 'Presence_Sync_Setting__mdt';
}

/** A field's API name (with or without a namespace prefix) → the label key of its Setup label. */
export function fieldLabelKey(field: string): string | null {
    const bare = bareField(field);
    return FIELD_TYPES.has(bare) ? `Field_${bare.replace(/__c$/, '')}` : null;
}

/** A field as a value of a sentence: its Setup label where the panel has one, else its API name. */
export function fieldWords(field: string | undefined): string {
    if (!field) return '';
    const key = fieldLabelKey(field);
    return key === null ? field : labelRef(key);
}
