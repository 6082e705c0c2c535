// GENERATED FILE, DO NOT EDIT: written by `npm run build` (lib/field-lists.mjs) from the fields of
// Presence_Mapping__mdt (force-app/main/default/objects/Presence_Mapping__mdt/fields/).

/** Fields of Presence_Mapping__mdt, by their API names in camelCase. */
export const MappingField = {
    action: 'Action__c',
    active: 'Active__c',
    busy: 'Busy__c',
    direction: 'Direction__c',
    presenceStatus: 'Presence_Status__c',
    softphoneMinorState: 'Softphone_Minor_State__c',
    softphoneState: 'Softphone_State__c'
};
