/*
 * GENERATED FILE, DO NOT EDIT. Written by `npm run build` (lib/field-lists.mjs) from the fields of the
 * custom metadata types, force-app/main/default/objects/<type>/fields/; `npm test` fails when it is stale.
 */

/** Fields of Presence_Mapping__mdt: mapping records (one row of a table), by their API names in camelCase. */
export const MappingField = {
    action: 'Action__c',
    active: 'Active__c',
    busy: 'Busy__c',
    direction: 'Direction__c',
    presenceStatus: 'Presence_Status__c',
    softphoneMinorState: 'Softphone_Minor_State__c',
    softphoneState: 'Softphone_State__c'
} as const;

/** Fields of Presence_Sync_Setting__mdt: the settings record, by their API names in camelCase. */
export const SettingField = {
    allowedOrigins: 'Allowed_Origins__c',
    auditLogSize: 'Audit_Log_Size__c',
    busyFallbackMinorState: 'Busy_Fallback_Minor_State__c',
    busyFallbackState: 'Busy_Fallback_State__c',
    capacityBusyMinorState: 'Capacity_Busy_Minor_State__c',
    capacityBusyState: 'Capacity_Busy_State__c',
    capacityThresholdPercent: 'Capacity_Threshold_Percent__c',
    commandRetryLimit: 'Command_Retry_Limit__c',
    commandTimeoutSeconds: 'Command_Timeout_Seconds__c',
    disconnectStatus: 'Disconnect_Status__c',
    forwardWorkItems: 'Forward_Work_Items__c',
    holdDuringInteraction: 'Hold_During_Interaction__c',
    loginOmniOnSoftphoneLogin: 'Login_Omni_On_Softphone_Login__c',
    loginStatus: 'Login_Status__c',
    logoutOmniOnSoftphoneLogout: 'Logout_Omni_On_Softphone_Logout__c',
    logoutSoftphoneOnOmniLogout: 'Logout_Softphone_On_Omni_Logout__c',
    readyState: 'Ready_State__c',
    reportSyncHealth: 'Report_Sync_Health__c',
    revertAfterInbound: 'Revert_After_Inbound__c',
    revertScope: 'Revert_Scope__c',
    softphoneCamera: 'Softphone_Camera__c',
    softphoneUrl: 'Softphone_Url__c',
    startupAuthority: 'Startup_Authority__c',
    syncEnabled: 'Sync_Enabled__c',
    unmappedStateStatus: 'Unmapped_State_Status__c',
    unmappedStatusAction: 'Unmapped_Status_Action__c',
    workAcceptedMinorState: 'Work_Accepted_Minor_State__c',
    workAcceptedState: 'Work_Accepted_State__c'
} as const;
