// Every string the panel shows: Custom Labels (English, with Spanish translations).
import title from '@salesforce/label/c.Presence_Sync_Title';
import healthOk from '@salesforce/label/c.Presence_Sync_Health_Ok';
import healthAttention from '@salesforce/label/c.Presence_Sync_Health_Attention';
import healthError from '@salesforce/label/c.Presence_Sync_Health_Error';
import roleFollower from '@salesforce/label/c.Presence_Sync_Role_Follower';
import roleStarting from '@salesforce/label/c.Presence_Sync_Role_Starting';
import syncOff from '@salesforce/label/c.Presence_Sync_Sync_Off';
import omniHeading from '@salesforce/label/c.Presence_Sync_Omni_Heading';
import softphoneHeading from '@salesforce/label/c.Presence_Sync_Softphone_Heading';
import value from '@salesforce/label/c.Presence_Sync_Value';
import offline from '@salesforce/label/c.Presence_Sync_Offline';
import unknown from '@salesforce/label/c.Presence_Sync_Unknown';
import loggedOut from '@salesforce/label/c.Presence_Sync_Logged_Out';
import bridgeConnected from '@salesforce/label/c.Presence_Sync_Bridge_Connected';
import bridgeConnecting from '@salesforce/label/c.Presence_Sync_Bridge_Connecting';
import bridgeNone from '@salesforce/label/c.Presence_Sync_Bridge_None';
import bridgeRejected from '@salesforce/label/c.Presence_Sync_Bridge_Rejected';
import onInteraction from '@salesforce/label/c.Presence_Sync_On_Interaction';
import heldChange from '@salesforce/label/c.Presence_Sync_Held_Change';
import noticesHeading from '@salesforce/label/c.Presence_Sync_Notices_Heading';
import noticeConfig from '@salesforce/label/c.Presence_Sync_Notice_config';
import noticeConfigSummary from '@salesforce/label/c.Presence_Sync_Notice_config_summary';
import noticeUnmappedState from '@salesforce/label/c.Presence_Sync_Notice_unmapped_state';
import noticeUnmappedStatus from '@salesforce/label/c.Presence_Sync_Notice_unmapped_status';
import noticeSoftphoneDisconnected from '@salesforce/label/c.Presence_Sync_Notice_softphone_disconnected';
import noticeOmniConnectionError from '@salesforce/label/c.Presence_Sync_Notice_omni_connection_error';
import noticeCommandFailed from '@salesforce/label/c.Presence_Sync_Notice_command_failed';
import noticeOmniHandover from '@salesforce/label/c.Presence_Sync_Notice_omni_handover';
import noticeOmniMaintenance from '@salesforce/label/c.Presence_Sync_Notice_omni_maintenance';
import noticeNoLoginStatus from '@salesforce/label/c.Presence_Sync_Notice_no_login_status';
import noticeReservedTarget from '@salesforce/label/c.Presence_Sync_Notice_reserved_target';
import noticeSyncDisabled from '@salesforce/label/c.Presence_Sync_Notice_sync_disabled';
import rejectedMessages from '@salesforce/label/c.Presence_Sync_Rejected_Messages';
import details from '@salesforce/label/c.Presence_Sync_Details';
import decisionsHeading from '@salesforce/label/c.Presence_Sync_Decisions_Heading';
import decisionsEmpty from '@salesforce/label/c.Presence_Sync_Decisions_Empty';
import columnTime from '@salesforce/label/c.Presence_Sync_Column_Time';
import columnRule from '@salesforce/label/c.Presence_Sync_Column_Rule';
import columnEvent from '@salesforce/label/c.Presence_Sync_Column_Event';
import columnOutcome from '@salesforce/label/c.Presence_Sync_Column_Outcome';
import exportJson from '@salesforce/label/c.Presence_Sync_Export_Json';
import exportCsv from '@salesforce/label/c.Presence_Sync_Export_Csv';
import frameTitle from '@salesforce/label/c.Presence_Sync_Frame_Title';
import noSoftphoneUrl from '@salesforce/label/c.Presence_Sync_No_Softphone_Url';
import loadError from '@salesforce/label/c.Presence_Sync_Load_Error';
import utilityOk from '@salesforce/label/c.Presence_Sync_Utility_Ok';
import utilityAttention from '@salesforce/label/c.Presence_Sync_Utility_Attention';
import utilityError from '@salesforce/label/c.Presence_Sync_Utility_Error';
import utilityFollower from '@salesforce/label/c.Presence_Sync_Utility_Follower';
import outcomeChanged from '@salesforce/label/c.Presence_Sync_Outcome_changed';
import outcomeConfirmed from '@salesforce/label/c.Presence_Sync_Outcome_confirmed';
import outcomeEcho from '@salesforce/label/c.Presence_Sync_Outcome_echo';
import outcomeAlready from '@salesforce/label/c.Presence_Sync_Outcome_already';
import outcomeHeld from '@salesforce/label/c.Presence_Sync_Outcome_held';
import outcomeApplied from '@salesforce/label/c.Presence_Sync_Outcome_applied';
import outcomeWork from '@salesforce/label/c.Presence_Sync_Outcome_work';
import outcomeUnmapped from '@salesforce/label/c.Presence_Sync_Outcome_unmapped';
import outcomeBlocked from '@salesforce/label/c.Presence_Sync_Outcome_blocked';
import outcomeRetry from '@salesforce/label/c.Presence_Sync_Outcome_retry';
import outcomeFailed from '@salesforce/label/c.Presence_Sync_Outcome_failed';
import outcomeConnection from '@salesforce/label/c.Presence_Sync_Outcome_connection';
import outcomeRecorded from '@salesforce/label/c.Presence_Sync_Outcome_recorded';

export const LABELS = {
    Title: title,
    Health_Ok: healthOk,
    Health_Attention: healthAttention,
    Health_Error: healthError,
    Role_Follower: roleFollower,
    Role_Starting: roleStarting,
    Sync_Off: syncOff,
    Omni_Heading: omniHeading,
    Softphone_Heading: softphoneHeading,
    Value: value,
    Offline: offline,
    Unknown: unknown,
    Logged_Out: loggedOut,
    Bridge_Connected: bridgeConnected,
    Bridge_Connecting: bridgeConnecting,
    Bridge_None: bridgeNone,
    Bridge_Rejected: bridgeRejected,
    On_Interaction: onInteraction,
    Held_Change: heldChange,
    Notices_Heading: noticesHeading,
    Notice_config: noticeConfig,
    Notice_config_summary: noticeConfigSummary,
    Notice_unmapped_state: noticeUnmappedState,
    Notice_unmapped_status: noticeUnmappedStatus,
    Notice_softphone_disconnected: noticeSoftphoneDisconnected,
    Notice_omni_connection_error: noticeOmniConnectionError,
    Notice_command_failed: noticeCommandFailed,
    Notice_omni_handover: noticeOmniHandover,
    Notice_omni_maintenance: noticeOmniMaintenance,
    Notice_no_login_status: noticeNoLoginStatus,
    Notice_reserved_target: noticeReservedTarget,
    Notice_sync_disabled: noticeSyncDisabled,
    Rejected_Messages: rejectedMessages,
    Details: details,
    Decisions_Heading: decisionsHeading,
    Decisions_Empty: decisionsEmpty,
    Column_Time: columnTime,
    Column_Rule: columnRule,
    Column_Event: columnEvent,
    Column_Outcome: columnOutcome,
    Export_Json: exportJson,
    Export_Csv: exportCsv,
    Frame_Title: frameTitle,
    No_Softphone_Url: noSoftphoneUrl,
    Load_Error: loadError,
    Utility_Ok: utilityOk,
    Utility_Attention: utilityAttention,
    Utility_Error: utilityError,
    Utility_Follower: utilityFollower,
    Outcome_changed: outcomeChanged,
    Outcome_confirmed: outcomeConfirmed,
    Outcome_echo: outcomeEcho,
    Outcome_already: outcomeAlready,
    Outcome_held: outcomeHeld,
    Outcome_applied: outcomeApplied,
    Outcome_work: outcomeWork,
    Outcome_unmapped: outcomeUnmapped,
    Outcome_blocked: outcomeBlocked,
    Outcome_retry: outcomeRetry,
    Outcome_failed: outcomeFailed,
    Outcome_connection: outcomeConnection,
    Outcome_recorded: outcomeRecorded
};
