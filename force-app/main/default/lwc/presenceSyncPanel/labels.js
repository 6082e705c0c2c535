// Every string the panel shows: Custom Labels (English, with Spanish translations).
// Keys are the label names without the Presence_Sync_ prefix; the panel model names them.
import { SHARED_LABELS } from 'c/presenceSyncSharedLabels';
import titleLabel from '@salesforce/label/c.Presence_Sync_Title';
import healthOkLabel from '@salesforce/label/c.Presence_Sync_Health_Ok';
import healthAttentionLabel from '@salesforce/label/c.Presence_Sync_Health_Attention';
import healthErrorLabel from '@salesforce/label/c.Presence_Sync_Health_Error';
import roleFollowerLabel from '@salesforce/label/c.Presence_Sync_Role_Follower';
import roleStartingLabel from '@salesforce/label/c.Presence_Sync_Role_Starting';
import syncOffLabel from '@salesforce/label/c.Presence_Sync_Sync_Off';
import omniHeadingLabel from '@salesforce/label/c.Presence_Sync_Omni_Heading';
import softphoneHeadingLabel from '@salesforce/label/c.Presence_Sync_Softphone_Heading';
import valueLabel from '@salesforce/label/c.Presence_Sync_Value';
import bridgeConnectedLabel from '@salesforce/label/c.Presence_Sync_Bridge_Connected';
import bridgeConnectingLabel from '@salesforce/label/c.Presence_Sync_Bridge_Connecting';
import bridgeNoneLabel from '@salesforce/label/c.Presence_Sync_Bridge_None';
import bridgeRejectedLabel from '@salesforce/label/c.Presence_Sync_Bridge_Rejected';
import onInteractionLabel from '@salesforce/label/c.Presence_Sync_On_Interaction';
import heldChangeLabel from '@salesforce/label/c.Presence_Sync_Held_Change';
import noticesHeadingLabel from '@salesforce/label/c.Presence_Sync_Notices_Heading';
import noticeConfigSummaryLabel from '@salesforce/label/c.Presence_Sync_Notice_config_summary';
import noticeUnmappedStateLabel from '@salesforce/label/c.Presence_Sync_Notice_unmapped_state';
import noticeUnmappedStatusLabel from '@salesforce/label/c.Presence_Sync_Notice_unmapped_status';
import noticeSoftphoneDisconnectedLabel from '@salesforce/label/c.Presence_Sync_Notice_softphone_disconnected';
import noticeOmniConnectionErrorLabel from '@salesforce/label/c.Presence_Sync_Notice_omni_connection_error';
import noticeCommandFailedLabel from '@salesforce/label/c.Presence_Sync_Notice_command_failed';
import noticeOmniHandoverLabel from '@salesforce/label/c.Presence_Sync_Notice_omni_handover';
import noticeOmniMaintenanceLabel from '@salesforce/label/c.Presence_Sync_Notice_omni_maintenance';
import noticeNoLoginStatusLabel from '@salesforce/label/c.Presence_Sync_Notice_no_login_status';
import noticeReservedTargetLabel from '@salesforce/label/c.Presence_Sync_Notice_reserved_target';
import noticeSyncDisabledLabel from '@salesforce/label/c.Presence_Sync_Notice_sync_disabled';
import rejectedMessagesLabel from '@salesforce/label/c.Presence_Sync_Rejected_Messages';
import detailsLabel from '@salesforce/label/c.Presence_Sync_Details';
import decisionsHeadingLabel from '@salesforce/label/c.Presence_Sync_Decisions_Heading';
import decisionsEmptyLabel from '@salesforce/label/c.Presence_Sync_Decisions_Empty';
import columnTimeLabel from '@salesforce/label/c.Presence_Sync_Column_Time';
import columnRuleLabel from '@salesforce/label/c.Presence_Sync_Column_Rule';
import columnEventLabel from '@salesforce/label/c.Presence_Sync_Column_Event';
import columnOutcomeLabel from '@salesforce/label/c.Presence_Sync_Column_Outcome';
import exportJsonLabel from '@salesforce/label/c.Presence_Sync_Export_Json';
import exportCsvLabel from '@salesforce/label/c.Presence_Sync_Export_Csv';
import frameTitleLabel from '@salesforce/label/c.Presence_Sync_Frame_Title';
import noSoftphoneUrlLabel from '@salesforce/label/c.Presence_Sync_No_Softphone_Url';
import loadErrorLabel from '@salesforce/label/c.Presence_Sync_Load_Error';
import utilityOkLabel from '@salesforce/label/c.Presence_Sync_Utility_Ok';
import utilityAttentionLabel from '@salesforce/label/c.Presence_Sync_Utility_Attention';
import utilityErrorLabel from '@salesforce/label/c.Presence_Sync_Utility_Error';
import utilityFollowerLabel from '@salesforce/label/c.Presence_Sync_Utility_Follower';
import outcomeChangedLabel from '@salesforce/label/c.Presence_Sync_Outcome_changed';
import outcomeConfirmedLabel from '@salesforce/label/c.Presence_Sync_Outcome_confirmed';
import outcomeEchoLabel from '@salesforce/label/c.Presence_Sync_Outcome_echo';
import outcomeAlreadyLabel from '@salesforce/label/c.Presence_Sync_Outcome_already';
import outcomeHeldLabel from '@salesforce/label/c.Presence_Sync_Outcome_held';
import outcomeAppliedLabel from '@salesforce/label/c.Presence_Sync_Outcome_applied';
import outcomeWorkLabel from '@salesforce/label/c.Presence_Sync_Outcome_work';
import outcomeUnmappedLabel from '@salesforce/label/c.Presence_Sync_Outcome_unmapped';
import outcomeBlockedLabel from '@salesforce/label/c.Presence_Sync_Outcome_blocked';
import outcomeRetryLabel from '@salesforce/label/c.Presence_Sync_Outcome_retry';
import outcomeFailedLabel from '@salesforce/label/c.Presence_Sync_Outcome_failed';
import outcomeConnectionLabel from '@salesforce/label/c.Presence_Sync_Outcome_connection';
import outcomeRecordedLabel from '@salesforce/label/c.Presence_Sync_Outcome_recorded';
import headlineConnectingLabel from '@salesforce/label/c.Presence_Sync_Headline_Connecting';
import headlineNoHandshakeLabel from '@salesforce/label/c.Presence_Sync_Headline_No_Handshake';
import headlineNoSoftphoneLabel from '@salesforce/label/c.Presence_Sync_Headline_No_Softphone';
import headlineHeldLabel from '@salesforce/label/c.Presence_Sync_Headline_Held';
import headlineNotLoggedInLabel from '@salesforce/label/c.Presence_Sync_Headline_Not_Logged_In';
import headlineOmniUnknownLabel from '@salesforce/label/c.Presence_Sync_Headline_Omni_Unknown';
import headlineDifferLabel from '@salesforce/label/c.Presence_Sync_Headline_Differ';
import bridgeNoHandshakeLabel from '@salesforce/label/c.Presence_Sync_Bridge_No_Handshake';
import tabsSoftphoneElsewhereLabel from '@salesforce/label/c.Presence_Sync_Tabs_Softphone_Elsewhere';
import tabsSoftphoneOnCallLabel from '@salesforce/label/c.Presence_Sync_Tabs_Softphone_On_Call';
import useThisTabLabel from '@salesforce/label/c.Presence_Sync_Use_This_Tab';
import iconSuccessLabel from '@salesforce/label/c.Presence_Sync_Icon_success';
import iconWarningLabel from '@salesforce/label/c.Presence_Sync_Icon_warning';
import iconErrorLabel from '@salesforce/label/c.Presence_Sync_Icon_error';
import iconInfoLabel from '@salesforce/label/c.Presence_Sync_Icon_info';
import iconHeldLabel from '@salesforce/label/c.Presence_Sync_Icon_held';
import utilityOffLabel from '@salesforce/label/c.Presence_Sync_Utility_Off';
import heldSoftphoneStateLabel from '@salesforce/label/c.Presence_Sync_Held_softphone_state';
import heldSoftphoneLogoutLabel from '@salesforce/label/c.Presence_Sync_Held_softphone_logout';
import heldOmniStatusLabel from '@salesforce/label/c.Presence_Sync_Held_omni_status';
import heldOmniLogoutLabel from '@salesforce/label/c.Presence_Sync_Held_omni_logout';
import noticeCommandFailedOmniLabel from '@salesforce/label/c.Presence_Sync_Notice_command_failed_omni';
import noticeTabsUncoordinatedLabel from '@salesforce/label/c.Presence_Sync_Notice_tabs_uncoordinated';
import noticeNoHandshakeLabel from '@salesforce/label/c.Presence_Sync_Notice_no_handshake';
import noticeBridgeRejectedLabel from '@salesforce/label/c.Presence_Sync_Notice_bridge_rejected';
import noticeOtherLabel from '@salesforce/label/c.Presence_Sync_Notice_other';
import noticeConfigSummaryOneLabel from '@salesforce/label/c.Presence_Sync_Notice_config_summary_one';
import ruleB1Label from '@salesforce/label/c.Presence_Sync_Rule_B1';
import ruleB2Label from '@salesforce/label/c.Presence_Sync_Rule_B2';
import ruleB3Label from '@salesforce/label/c.Presence_Sync_Rule_B3';
import ruleB4Label from '@salesforce/label/c.Presence_Sync_Rule_B4';
import ruleB5Label from '@salesforce/label/c.Presence_Sync_Rule_B5';
import ruleB6Label from '@salesforce/label/c.Presence_Sync_Rule_B6';
import ruleB7Label from '@salesforce/label/c.Presence_Sync_Rule_B7';
import ruleB8Label from '@salesforce/label/c.Presence_Sync_Rule_B8';
import ruleB9Label from '@salesforce/label/c.Presence_Sync_Rule_B9';
import ruleB10Label from '@salesforce/label/c.Presence_Sync_Rule_B10';
import ruleB11Label from '@salesforce/label/c.Presence_Sync_Rule_B11';
import ruleB12Label from '@salesforce/label/c.Presence_Sync_Rule_B12';
import ruleB13Label from '@salesforce/label/c.Presence_Sync_Rule_B13';
import ruleB14Label from '@salesforce/label/c.Presence_Sync_Rule_B14';
import ruleB15Label from '@salesforce/label/c.Presence_Sync_Rule_B15';
import ruleB16Label from '@salesforce/label/c.Presence_Sync_Rule_B16';
import ruleB17Label from '@salesforce/label/c.Presence_Sync_Rule_B17';
import ruleB18Label from '@salesforce/label/c.Presence_Sync_Rule_B18';
import ruleB19Label from '@salesforce/label/c.Presence_Sync_Rule_B19';
import ruleB20Label from '@salesforce/label/c.Presence_Sync_Rule_B20';
import ruleS1Label from '@salesforce/label/c.Presence_Sync_Rule_S1';
import ruleS2Label from '@salesforce/label/c.Presence_Sync_Rule_S2';
import ruleTrackLabel from '@salesforce/label/c.Presence_Sync_Rule_track';
import ruleOffLabel from '@salesforce/label/c.Presence_Sync_Rule_off';
import inputOmniStatusLabel from '@salesforce/label/c.Presence_Sync_Input_omni_status';
import inputOmniReadLabel from '@salesforce/label/c.Presence_Sync_Input_omni_read';
import inputOmniReadOfflineLabel from '@salesforce/label/c.Presence_Sync_Input_omni_read_offline';
import inputOmniLoginLabel from '@salesforce/label/c.Presence_Sync_Input_omni_login';
import inputOmniLogoutLabel from '@salesforce/label/c.Presence_Sync_Input_omni_logout';
import inputOmniWorkAssignedLabel from '@salesforce/label/c.Presence_Sync_Input_omni_work_assigned';
import inputOmniWorkAcceptedLabel from '@salesforce/label/c.Presence_Sync_Input_omni_work_accepted';
import inputOmniWorkDeclinedLabel from '@salesforce/label/c.Presence_Sync_Input_omni_work_declined';
import inputOmniWorkClosedLabel from '@salesforce/label/c.Presence_Sync_Input_omni_work_closed';
import inputOmniWorkloadLabel from '@salesforce/label/c.Presence_Sync_Input_omni_workload';
import inputOmniConnectionErrorLabel from '@salesforce/label/c.Presence_Sync_Input_omni_connection_error';
import inputOmniOtherLabel from '@salesforce/label/c.Presence_Sync_Input_omni_other';
import inputSoftphoneConnectedLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_connected';
import inputSoftphoneConnectedPlainLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_connected_plain';
import inputSoftphoneLoginLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_login';
import inputSoftphoneLogoutLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_logout';
import inputSoftphoneStateLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_state';
import inputSoftphoneWorkLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_work';
import inputSoftphoneDisconnectedLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_disconnected';
import inputSoftphoneOtherLabel from '@salesforce/label/c.Presence_Sync_Input_softphone_other';
import inputCallInboundLabel from '@salesforce/label/c.Presence_Sync_Input_call_inbound';
import inputCallOutboundLabel from '@salesforce/label/c.Presence_Sync_Input_call_outbound';
import inputCallEndedLabel from '@salesforce/label/c.Presence_Sync_Input_call_ended';
import inputResultOkLabel from '@salesforce/label/c.Presence_Sync_Input_result_ok';
import inputResultFailedLabel from '@salesforce/label/c.Presence_Sync_Input_result_failed';
import inputTickLabel from '@salesforce/label/c.Presence_Sync_Input_tick';
import reasonWrongSourceLabel from '@salesforce/label/c.Presence_Sync_Reason_wrong_source';
import reasonWrongOriginLabel from '@salesforce/label/c.Presence_Sync_Reason_wrong_origin';
import reasonFloodLabel from '@salesforce/label/c.Presence_Sync_Reason_flood';
import reasonMalformedLabel from '@salesforce/label/c.Presence_Sync_Reason_malformed';
import reasonOversizedLabel from '@salesforce/label/c.Presence_Sync_Reason_oversized';
import reasonNotProtocolLabel from '@salesforce/label/c.Presence_Sync_Reason_not_protocol';
import reasonBadEnvelopeLabel from '@salesforce/label/c.Presence_Sync_Reason_bad_envelope';
import reasonUnknownTypeLabel from '@salesforce/label/c.Presence_Sync_Reason_unknown_type';
import reasonBadPayloadLabel from '@salesforce/label/c.Presence_Sync_Reason_bad_payload';
import reasonUnexpectedKeysLabel from '@salesforce/label/c.Presence_Sync_Reason_unexpected_keys';
import reasonReplayedLabel from '@salesforce/label/c.Presence_Sync_Reason_replayed';
import reasonUnexpectedLabel from '@salesforce/label/c.Presence_Sync_Reason_unexpected';
import reasonVersionLabel from '@salesforce/label/c.Presence_Sync_Reason_version';
import reasonNonceLabel from '@salesforce/label/c.Presence_Sync_Reason_nonce';
import reasonOtherLabel from '@salesforce/label/c.Presence_Sync_Reason_other';
import rejectedByReasonLabel from '@salesforce/label/c.Presence_Sync_Rejected_By_Reason';
import columnSeqLabel from '@salesforce/label/c.Presence_Sync_Column_Seq';
import columnRuleNameLabel from '@salesforce/label/c.Presence_Sync_Column_Rule_Name';
import columnDetailLabel from '@salesforce/label/c.Presence_Sync_Column_Detail';
import columnCommandsLabel from '@salesforce/label/c.Presence_Sync_Column_Commands';
import exportFollowerLabel from '@salesforce/label/c.Presence_Sync_Export_Follower';
import exportFailedLabel from '@salesforce/label/c.Presence_Sync_Export_Failed';
import outcomeSetOmniLabel from '@salesforce/label/c.Presence_Sync_Outcome_set_omni';
import outcomeSetSoftphoneLabel from '@salesforce/label/c.Presence_Sync_Outcome_set_softphone';

import inputruntimetakeoverLabel from '@salesforce/label/c.Presence_Sync_Input_runtime_take_over';
import inputruntimesessionLabel from '@salesforce/label/c.Presence_Sync_Input_runtime_session';
import inputruntimetabsLabel from '@salesforce/label/c.Presence_Sync_Input_runtime_tabs';
import inputruntimeomnireadLabel from '@salesforce/label/c.Presence_Sync_Input_runtime_omni_read';
import inputruntimeotherLabel from '@salesforce/label/c.Presence_Sync_Input_runtime_other';
import outcomedrivesLabel from '@salesforce/label/c.Presence_Sync_Outcome_drives';
import outcomealoneLabel from '@salesforce/label/c.Presence_Sync_Outcome_alone';

export const LABELS = {
    ...SHARED_LABELS,
    Title: titleLabel,
    Health_Ok: healthOkLabel,
    Health_Attention: healthAttentionLabel,
    Health_Error: healthErrorLabel,
    Role_Follower: roleFollowerLabel,
    Role_Starting: roleStartingLabel,
    Sync_Off: syncOffLabel,
    Omni_Heading: omniHeadingLabel,
    Softphone_Heading: softphoneHeadingLabel,
    Value: valueLabel,
    Bridge_Connected: bridgeConnectedLabel,
    Bridge_Connecting: bridgeConnectingLabel,
    Bridge_None: bridgeNoneLabel,
    Bridge_Rejected: bridgeRejectedLabel,
    On_Interaction: onInteractionLabel,
    Held_Change: heldChangeLabel,
    Notices_Heading: noticesHeadingLabel,
    Notice_config_summary: noticeConfigSummaryLabel,
    Notice_unmapped_state: noticeUnmappedStateLabel,
    Notice_unmapped_status: noticeUnmappedStatusLabel,
    Notice_softphone_disconnected: noticeSoftphoneDisconnectedLabel,
    Notice_omni_connection_error: noticeOmniConnectionErrorLabel,
    Notice_command_failed: noticeCommandFailedLabel,
    Notice_omni_handover: noticeOmniHandoverLabel,
    Notice_omni_maintenance: noticeOmniMaintenanceLabel,
    Notice_no_login_status: noticeNoLoginStatusLabel,
    Notice_reserved_target: noticeReservedTargetLabel,
    Notice_sync_disabled: noticeSyncDisabledLabel,
    Rejected_Messages: rejectedMessagesLabel,
    Details: detailsLabel,
    Decisions_Heading: decisionsHeadingLabel,
    Decisions_Empty: decisionsEmptyLabel,
    Column_Time: columnTimeLabel,
    Column_Rule: columnRuleLabel,
    Column_Event: columnEventLabel,
    Column_Outcome: columnOutcomeLabel,
    Export_Json: exportJsonLabel,
    Export_Csv: exportCsvLabel,
    Frame_Title: frameTitleLabel,
    No_Softphone_Url: noSoftphoneUrlLabel,
    Load_Error: loadErrorLabel,
    Utility_Ok: utilityOkLabel,
    Utility_Attention: utilityAttentionLabel,
    Utility_Error: utilityErrorLabel,
    Utility_Follower: utilityFollowerLabel,
    Outcome_changed: outcomeChangedLabel,
    Outcome_confirmed: outcomeConfirmedLabel,
    Outcome_echo: outcomeEchoLabel,
    Outcome_already: outcomeAlreadyLabel,
    Outcome_held: outcomeHeldLabel,
    Outcome_applied: outcomeAppliedLabel,
    Outcome_work: outcomeWorkLabel,
    Outcome_unmapped: outcomeUnmappedLabel,
    Outcome_blocked: outcomeBlockedLabel,
    Outcome_retry: outcomeRetryLabel,
    Outcome_failed: outcomeFailedLabel,
    Outcome_connection: outcomeConnectionLabel,
    Outcome_recorded: outcomeRecordedLabel,
    Headline_Connecting: headlineConnectingLabel,
    Headline_No_Handshake: headlineNoHandshakeLabel,
    Headline_No_Softphone: headlineNoSoftphoneLabel,
    Headline_Held: headlineHeldLabel,
    Headline_Not_Logged_In: headlineNotLoggedInLabel,
    Headline_Omni_Unknown: headlineOmniUnknownLabel,
    Headline_Differ: headlineDifferLabel,
    Bridge_No_Handshake: bridgeNoHandshakeLabel,
    Tabs_Softphone_Elsewhere: tabsSoftphoneElsewhereLabel,
    Tabs_Softphone_On_Call: tabsSoftphoneOnCallLabel,
    Use_This_Tab: useThisTabLabel,
    Icon_success: iconSuccessLabel,
    Icon_warning: iconWarningLabel,
    Icon_error: iconErrorLabel,
    Icon_info: iconInfoLabel,
    Icon_held: iconHeldLabel,
    Utility_Off: utilityOffLabel,
    Held_softphone_state: heldSoftphoneStateLabel,
    Held_softphone_logout: heldSoftphoneLogoutLabel,
    Held_omni_status: heldOmniStatusLabel,
    Held_omni_logout: heldOmniLogoutLabel,
    Notice_command_failed_omni: noticeCommandFailedOmniLabel,
    Notice_tabs_uncoordinated: noticeTabsUncoordinatedLabel,
    Notice_no_handshake: noticeNoHandshakeLabel,
    Notice_bridge_rejected: noticeBridgeRejectedLabel,
    Notice_other: noticeOtherLabel,
    Notice_config_summary_one: noticeConfigSummaryOneLabel,
    Rule_B1: ruleB1Label,
    Rule_B2: ruleB2Label,
    Rule_B3: ruleB3Label,
    Rule_B4: ruleB4Label,
    Rule_B5: ruleB5Label,
    Rule_B6: ruleB6Label,
    Rule_B7: ruleB7Label,
    Rule_B8: ruleB8Label,
    Rule_B9: ruleB9Label,
    Rule_B10: ruleB10Label,
    Rule_B11: ruleB11Label,
    Rule_B12: ruleB12Label,
    Rule_B13: ruleB13Label,
    Rule_B14: ruleB14Label,
    Rule_B15: ruleB15Label,
    Rule_B16: ruleB16Label,
    Rule_B17: ruleB17Label,
    Rule_B18: ruleB18Label,
    Rule_B19: ruleB19Label,
    Rule_B20: ruleB20Label,
    Rule_S1: ruleS1Label,
    Rule_S2: ruleS2Label,
    Rule_track: ruleTrackLabel,
    Rule_off: ruleOffLabel,
    Input_omni_status: inputOmniStatusLabel,
    Input_omni_read: inputOmniReadLabel,
    Input_omni_read_offline: inputOmniReadOfflineLabel,
    Input_omni_login: inputOmniLoginLabel,
    Input_omni_logout: inputOmniLogoutLabel,
    Input_omni_work_assigned: inputOmniWorkAssignedLabel,
    Input_omni_work_accepted: inputOmniWorkAcceptedLabel,
    Input_omni_work_declined: inputOmniWorkDeclinedLabel,
    Input_omni_work_closed: inputOmniWorkClosedLabel,
    Input_omni_workload: inputOmniWorkloadLabel,
    Input_omni_connection_error: inputOmniConnectionErrorLabel,
    Input_omni_other: inputOmniOtherLabel,
    Input_softphone_connected: inputSoftphoneConnectedLabel,
    Input_softphone_connected_plain: inputSoftphoneConnectedPlainLabel,
    Input_softphone_login: inputSoftphoneLoginLabel,
    Input_softphone_logout: inputSoftphoneLogoutLabel,
    Input_softphone_state: inputSoftphoneStateLabel,
    Input_softphone_work: inputSoftphoneWorkLabel,
    Input_softphone_disconnected: inputSoftphoneDisconnectedLabel,
    Input_softphone_other: inputSoftphoneOtherLabel,
    Input_call_inbound: inputCallInboundLabel,
    Input_call_outbound: inputCallOutboundLabel,
    Input_call_ended: inputCallEndedLabel,
    Input_result_ok: inputResultOkLabel,
    Input_result_failed: inputResultFailedLabel,
    Input_tick: inputTickLabel,
    Reason_wrong_source: reasonWrongSourceLabel,
    Reason_wrong_origin: reasonWrongOriginLabel,
    Reason_flood: reasonFloodLabel,
    Reason_malformed: reasonMalformedLabel,
    Reason_oversized: reasonOversizedLabel,
    Reason_not_protocol: reasonNotProtocolLabel,
    Reason_bad_envelope: reasonBadEnvelopeLabel,
    Reason_unknown_type: reasonUnknownTypeLabel,
    Reason_bad_payload: reasonBadPayloadLabel,
    Reason_unexpected_keys: reasonUnexpectedKeysLabel,
    Reason_replayed: reasonReplayedLabel,
    Reason_unexpected: reasonUnexpectedLabel,
    Reason_version: reasonVersionLabel,
    Reason_nonce: reasonNonceLabel,
    Reason_other: reasonOtherLabel,
    Rejected_By_Reason: rejectedByReasonLabel,
    Column_Seq: columnSeqLabel,
    Column_Rule_Name: columnRuleNameLabel,
    Column_Detail: columnDetailLabel,
    Column_Commands: columnCommandsLabel,
    Export_Follower: exportFollowerLabel,
    Export_Failed: exportFailedLabel,
    Outcome_set_omni: outcomeSetOmniLabel,
    Outcome_set_softphone: outcomeSetSoftphoneLabel,
    Input_runtime_take_over: inputruntimetakeoverLabel,
    Input_runtime_session: inputruntimesessionLabel,
    Input_runtime_tabs: inputruntimetabsLabel,
    Input_runtime_omni_read: inputruntimeomnireadLabel,
    Input_runtime_other: inputruntimeotherLabel,
    Outcome_drives: outcomedrivesLabel,
    Outcome_alone: outcomealoneLabel
};
