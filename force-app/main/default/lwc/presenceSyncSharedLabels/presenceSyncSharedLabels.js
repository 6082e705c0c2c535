// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/lib/label-modules.mjs) from the
// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml). It imports
// the Custom Labels the panel and the Setup page share.
// Keys are the label names without Presence_Sync_; each import is named after its label.
import Presence_Sync_Cause_bridge_stopped from '@salesforce/label/c.Presence_Sync_Cause_bridge_stopped';
import Presence_Sync_Cause_configuration_unreadable from '@salesforce/label/c.Presence_Sync_Cause_configuration_unreadable';
import Presence_Sync_Cause_event_no_name from '@salesforce/label/c.Presence_Sync_Cause_event_no_name';
import Presence_Sync_Cause_event_params from '@salesforce/label/c.Presence_Sync_Cause_event_params';
import Presence_Sync_Cause_event_unknown from '@salesforce/label/c.Presence_Sync_Cause_event_unknown';
import Presence_Sync_Cause_event_unreadable from '@salesforce/label/c.Presence_Sync_Cause_event_unreadable';
import Presence_Sync_Cause_frame_reloaded from '@salesforce/label/c.Presence_Sync_Cause_frame_reloaded';
import Presence_Sync_Cause_heartbeat_lost from '@salesforce/label/c.Presence_Sync_Cause_heartbeat_lost';
import Presence_Sync_Cause_no_softphone_configured from '@salesforce/label/c.Presence_Sync_Cause_no_softphone_configured';
import Presence_Sync_Cause_protocol_unsupported from '@salesforce/label/c.Presence_Sync_Cause_protocol_unsupported';
import Presence_Sync_Cause_request_failed from '@salesforce/label/c.Presence_Sync_Cause_request_failed';
import Presence_Sync_Cause_softphone_closed from '@salesforce/label/c.Presence_Sync_Cause_softphone_closed';
import Presence_Sync_Cause_softphone_no_answer from '@salesforce/label/c.Presence_Sync_Cause_softphone_no_answer';
import Presence_Sync_Cause_softphone_not_connected from '@salesforce/label/c.Presence_Sync_Cause_softphone_not_connected';
import Presence_Sync_Cause_softphone_resynced from '@salesforce/label/c.Presence_Sync_Cause_softphone_resynced';
import Presence_Sync_Cause_toolkit_no_answer from '@salesforce/label/c.Presence_Sync_Cause_toolkit_no_answer';
import Presence_Sync_Command_omni from '@salesforce/label/c.Presence_Sync_Command_omni';
import Presence_Sync_Command_omni_work_accept from '@salesforce/label/c.Presence_Sync_Command_omni_work_accept';
import Presence_Sync_Command_omni_work_close from '@salesforce/label/c.Presence_Sync_Command_omni_work_close';
import Presence_Sync_Command_omni_work_decline from '@salesforce/label/c.Presence_Sync_Command_omni_work_decline';
import Presence_Sync_Command_softphone from '@salesforce/label/c.Presence_Sync_Command_softphone';
import Presence_Sync_Command_softphone_work from '@salesforce/label/c.Presence_Sync_Command_softphone_work';
import Presence_Sync_Config_badSetting from '@salesforce/label/c.Presence_Sync_Config_badSetting';
import Presence_Sync_Config_badValue from '@salesforce/label/c.Presence_Sync_Config_badValue';
import Presence_Sync_Config_blankField from '@salesforce/label/c.Presence_Sync_Config_blankField';
import Presence_Sync_Config_contradictoryRows from '@salesforce/label/c.Presence_Sync_Config_contradictoryRows';
import Presence_Sync_Config_duplicateRow from '@salesforce/label/c.Presence_Sync_Config_duplicateRow';
import Presence_Sync_Config_insecureUrl from '@salesforce/label/c.Presence_Sync_Config_insecureUrl';
import Presence_Sync_Config_missingSettings from '@salesforce/label/c.Presence_Sync_Config_missingSettings';
import Presence_Sync_Config_reservedTarget from '@salesforce/label/c.Presence_Sync_Config_reservedTarget';
import Presence_Sync_Config_unknownState from '@salesforce/label/c.Presence_Sync_Config_unknownState';
import Presence_Sync_Config_unknownStatus from '@salesforce/label/c.Presence_Sync_Config_unknownStatus';
import Presence_Sync_Config_unmappedMajorState from '@salesforce/label/c.Presence_Sync_Config_unmappedMajorState';
import Presence_Sync_Config_unmappedStatus from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus';
import Presence_Sync_Config_unmappedStatus_unchanged from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus_unchanged';
import Presence_Sync_Detail_agent_over_work_busy from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import Presence_Sync_Detail_apply_held_logout from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import Presence_Sync_Detail_apply_held_status from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import Presence_Sync_Detail_capacity_busy from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import Presence_Sync_Detail_command_lost_with_frame from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import Presence_Sync_Detail_echo_omni from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import Presence_Sync_Detail_echo_omni_earlier_page from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_earlier_page';
import Presence_Sync_Detail_echo_omni_late from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_late';
import Presence_Sync_Detail_echo_softphone from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import Presence_Sync_Detail_held_again_new_interaction from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import Presence_Sync_Detail_held_dropped_at_start from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import Presence_Sync_Detail_held_dropped_old from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_old';
import Presence_Sync_Detail_held_dropped_unknown_status from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_unknown_status';
import Presence_Sync_Detail_held_failed from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import Presence_Sync_Detail_held_landed from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import Presence_Sync_Detail_held_logout_void from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import Presence_Sync_Detail_held_on_interaction from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import Presence_Sync_Detail_held_refused_on_interaction from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import Presence_Sync_Detail_held_superseded_agent from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import Presence_Sync_Detail_held_superseded_back_logged_out from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import Presence_Sync_Detail_held_superseded_by_omni from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import Presence_Sync_Detail_held_superseded_logout from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import Presence_Sync_Detail_held_superseded_state from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import Presence_Sync_Detail_held_waits_for_end from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import Presence_Sync_Detail_interaction_ended from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import Presence_Sync_Detail_interaction_started from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import Presence_Sync_Detail_late_login_undone from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import Presence_Sync_Detail_login_after_logout_undone from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import Presence_Sync_Detail_login_dropped_softphone_gone from '@salesforce/label/c.Presence_Sync_Detail_login_dropped_softphone_gone';
import Presence_Sync_Detail_login_undone_softphone_out from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import Presence_Sync_Detail_login_waits_for_state from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import Presence_Sync_Detail_logout_held from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import Presence_Sync_Detail_logout_stands from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import Presence_Sync_Detail_no_login_status from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import Presence_Sync_Detail_nothing_to_do from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import Presence_Sync_Detail_omni_already from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import Presence_Sync_Detail_omni_back from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import Presence_Sync_Detail_omni_change_softphone_out from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import Presence_Sync_Detail_omni_choice_stands from '@salesforce/label/c.Presence_Sync_Detail_omni_choice_stands';
import Presence_Sync_Detail_omni_confirmed from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import Presence_Sync_Detail_omni_connection_lost from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import Presence_Sync_Detail_omni_event_dropped from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import Presence_Sync_Detail_omni_event_field_dropped from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import Presence_Sync_Detail_omni_failed_not_needed from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import Presence_Sync_Detail_omni_gave_up from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import Presence_Sync_Detail_omni_handover from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import Presence_Sync_Detail_omni_login_off from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import Presence_Sync_Detail_omni_logout_after_error from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import Presence_Sync_Detail_omni_logout_off from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import Presence_Sync_Detail_omni_maintenance from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import Presence_Sync_Detail_omni_offline_no_login from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import Presence_Sync_Detail_omni_read from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import Presence_Sync_Detail_omni_read_refused from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import Presence_Sync_Detail_omni_read_unanswered from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import Presence_Sync_Detail_omni_retry from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import Presence_Sync_Detail_omni_session_here from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import Presence_Sync_Detail_omni_still from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import Presence_Sync_Detail_omni_supervisor_logout from '@salesforce/label/c.Presence_Sync_Detail_omni_supervisor_logout';
import Presence_Sync_Detail_reconcile_omni_back from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import Presence_Sync_Detail_reconcile_softphone_back from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import Presence_Sync_Detail_reconcile_start from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import Presence_Sync_Detail_reconnect_not_login from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import Presence_Sync_Detail_reserved_not_from_omni from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import Presence_Sync_Detail_reserved_not_set from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import Presence_Sync_Detail_restore_after_late_landing from '@salesforce/label/c.Presence_Sync_Detail_restore_after_late_landing';
import Presence_Sync_Detail_restore_omni from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import Presence_Sync_Detail_restore_softphone from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import Presence_Sync_Detail_revert_after_interaction from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import Presence_Sync_Detail_revert_waits_for_end from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import Presence_Sync_Detail_saved from '@salesforce/label/c.Presence_Sync_Detail_saved';
import Presence_Sync_Detail_set_omni from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import Presence_Sync_Detail_set_omni_retry from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import Presence_Sync_Detail_set_softphone from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import Presence_Sync_Detail_set_softphone_retry from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import Presence_Sync_Detail_sides_agree from '@salesforce/label/c.Presence_Sync_Detail_sides_agree';
import Presence_Sync_Detail_softphone_already from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import Presence_Sync_Detail_softphone_confirmed from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import Presence_Sync_Detail_softphone_connected from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import Presence_Sync_Detail_softphone_disconnected from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import Presence_Sync_Detail_softphone_failed_not_needed from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import Presence_Sync_Detail_softphone_gave_up from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import Presence_Sync_Detail_softphone_logout_off from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import Presence_Sync_Detail_softphone_not_logged_in from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import Presence_Sync_Detail_softphone_out_not_set from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import Presence_Sync_Detail_softphone_retry from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import Presence_Sync_Detail_softphone_still from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import Presence_Sync_Detail_stale_result from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import Presence_Sync_Detail_state_maps_to_logout from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import Presence_Sync_Detail_state_no_change_row from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import Presence_Sync_Detail_state_unmapped from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import Presence_Sync_Detail_state_unmapped_fallback from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import Presence_Sync_Detail_status_no_change_row from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import Presence_Sync_Detail_status_not_in_org from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import Presence_Sync_Detail_status_unavailable from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import Presence_Sync_Detail_status_unmapped from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import Presence_Sync_Detail_status_unmapped_fallback from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import Presence_Sync_Detail_sync_off_omni from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import Presence_Sync_Detail_sync_off_softphone from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import Presence_Sync_Detail_tabs_uncoordinated_alone from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import Presence_Sync_Detail_tabs_uncoordinated_lease from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import Presence_Sync_Detail_tabs_uncoordinated_locks from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import Presence_Sync_Detail_take_over_asked from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import Presence_Sync_Detail_work_accepted_busy from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import Presence_Sync_Detail_work_asked from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import Presence_Sync_Detail_work_asked_omni_offline from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import Presence_Sync_Detail_work_command_done from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import Presence_Sync_Detail_work_command_failed from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import Presence_Sync_Detail_work_forwarded from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import Presence_Sync_Detail_work_keeps_busy from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import Presence_Sync_Detail_work_not_shown from '@salesforce/label/c.Presence_Sync_Detail_work_not_shown';
import Presence_Sync_Detail_work_over from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import Presence_Sync_Detail_work_over_omni_offline from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import Presence_Sync_Direction_inbound from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import Presence_Sync_Direction_outbound from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import Presence_Sync_Field_Action from '@salesforce/label/c.Presence_Sync_Field_Action';
import Presence_Sync_Field_Active from '@salesforce/label/c.Presence_Sync_Field_Active';
import Presence_Sync_Field_Allowed_Origins from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import Presence_Sync_Field_Audit_Log_Size from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import Presence_Sync_Field_Busy from '@salesforce/label/c.Presence_Sync_Field_Busy';
import Presence_Sync_Field_Busy_Fallback_Minor_State from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import Presence_Sync_Field_Busy_Fallback_State from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import Presence_Sync_Field_Capacity_Busy_Minor_State from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import Presence_Sync_Field_Capacity_Busy_State from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import Presence_Sync_Field_Capacity_Threshold_Percent from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import Presence_Sync_Field_Command_Retry_Limit from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import Presence_Sync_Field_Command_Timeout_Seconds from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import Presence_Sync_Field_Direction from '@salesforce/label/c.Presence_Sync_Field_Direction';
import Presence_Sync_Field_Disconnect_Status from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import Presence_Sync_Field_Forward_Work_Items from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import Presence_Sync_Field_Hold_During_Interaction from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import Presence_Sync_Field_Login_Omni_On_Softphone_Login from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import Presence_Sync_Field_Login_Status from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import Presence_Sync_Field_Logout_Omni_On_Softphone_Logout from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import Presence_Sync_Field_Logout_Softphone_On_Omni_Logout from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import Presence_Sync_Field_Presence_Status from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import Presence_Sync_Field_Ready_State from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import Presence_Sync_Field_Report_Sync_Health from '@salesforce/label/c.Presence_Sync_Field_Report_Sync_Health';
import Presence_Sync_Field_Revert_After_Inbound from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import Presence_Sync_Field_Revert_Scope from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import Presence_Sync_Field_Softphone_Camera from '@salesforce/label/c.Presence_Sync_Field_Softphone_Camera';
import Presence_Sync_Field_Softphone_Minor_State from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import Presence_Sync_Field_Softphone_State from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import Presence_Sync_Field_Softphone_Url from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import Presence_Sync_Field_Startup_Authority from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import Presence_Sync_Field_Sync_Enabled from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import Presence_Sync_Field_Unmapped_State_Status from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import Presence_Sync_Field_Unmapped_Status_Action from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import Presence_Sync_Field_Work_Accepted_Minor_State from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import Presence_Sync_Field_Work_Accepted_State from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import Presence_Sync_Logged_Out from '@salesforce/label/c.Presence_Sync_Logged_Out';
import Presence_Sync_No_reason from '@salesforce/label/c.Presence_Sync_No_reason';
import Presence_Sync_Notice_config from '@salesforce/label/c.Presence_Sync_Notice_config';
import Presence_Sync_Notice_config_field from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import Presence_Sync_Offline from '@salesforce/label/c.Presence_Sync_Offline';
import Presence_Sync_Rule_B1 from '@salesforce/label/c.Presence_Sync_Rule_B1';
import Presence_Sync_Rule_B10 from '@salesforce/label/c.Presence_Sync_Rule_B10';
import Presence_Sync_Rule_B11 from '@salesforce/label/c.Presence_Sync_Rule_B11';
import Presence_Sync_Rule_B12 from '@salesforce/label/c.Presence_Sync_Rule_B12';
import Presence_Sync_Rule_B13 from '@salesforce/label/c.Presence_Sync_Rule_B13';
import Presence_Sync_Rule_B14 from '@salesforce/label/c.Presence_Sync_Rule_B14';
import Presence_Sync_Rule_B15 from '@salesforce/label/c.Presence_Sync_Rule_B15';
import Presence_Sync_Rule_B16 from '@salesforce/label/c.Presence_Sync_Rule_B16';
import Presence_Sync_Rule_B17 from '@salesforce/label/c.Presence_Sync_Rule_B17';
import Presence_Sync_Rule_B18 from '@salesforce/label/c.Presence_Sync_Rule_B18';
import Presence_Sync_Rule_B19 from '@salesforce/label/c.Presence_Sync_Rule_B19';
import Presence_Sync_Rule_B2 from '@salesforce/label/c.Presence_Sync_Rule_B2';
import Presence_Sync_Rule_B20 from '@salesforce/label/c.Presence_Sync_Rule_B20';
import Presence_Sync_Rule_B3 from '@salesforce/label/c.Presence_Sync_Rule_B3';
import Presence_Sync_Rule_B4 from '@salesforce/label/c.Presence_Sync_Rule_B4';
import Presence_Sync_Rule_B5 from '@salesforce/label/c.Presence_Sync_Rule_B5';
import Presence_Sync_Rule_B6 from '@salesforce/label/c.Presence_Sync_Rule_B6';
import Presence_Sync_Rule_B7 from '@salesforce/label/c.Presence_Sync_Rule_B7';
import Presence_Sync_Rule_B8 from '@salesforce/label/c.Presence_Sync_Rule_B8';
import Presence_Sync_Rule_B9 from '@salesforce/label/c.Presence_Sync_Rule_B9';
import Presence_Sync_Rule_S1 from '@salesforce/label/c.Presence_Sync_Rule_S1';
import Presence_Sync_Rule_S2 from '@salesforce/label/c.Presence_Sync_Rule_S2';
import Presence_Sync_Rule_off from '@salesforce/label/c.Presence_Sync_Rule_off';
import Presence_Sync_Rule_track from '@salesforce/label/c.Presence_Sync_Rule_track';
import Presence_Sync_Type_Presence_Mapping from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import Presence_Sync_Type_Presence_Sync_Setting from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import Presence_Sync_Unknown from '@salesforce/label/c.Presence_Sync_Unknown';
import Presence_Sync_Why_softphone_lost_left from '@salesforce/label/c.Presence_Sync_Why_softphone_lost_left';
import Presence_Sync_Why_softphone_lost_set from '@salesforce/label/c.Presence_Sync_Why_softphone_lost_set';
import Presence_Sync_Work_action_accept from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import Presence_Sync_Work_action_close from '@salesforce/label/c.Presence_Sync_Work_action_close';
import Presence_Sync_Work_action_decline from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import Presence_Sync_Work_event_accepted from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import Presence_Sync_Work_event_assigned from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import Presence_Sync_Work_event_closed from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import Presence_Sync_Work_event_declined from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const SHARED_LABELS = {
    Cause_bridge_stopped: Presence_Sync_Cause_bridge_stopped,
    Cause_configuration_unreadable: Presence_Sync_Cause_configuration_unreadable,
    Cause_event_no_name: Presence_Sync_Cause_event_no_name,
    Cause_event_params: Presence_Sync_Cause_event_params,
    Cause_event_unknown: Presence_Sync_Cause_event_unknown,
    Cause_event_unreadable: Presence_Sync_Cause_event_unreadable,
    Cause_frame_reloaded: Presence_Sync_Cause_frame_reloaded,
    Cause_heartbeat_lost: Presence_Sync_Cause_heartbeat_lost,
    Cause_no_softphone_configured: Presence_Sync_Cause_no_softphone_configured,
    Cause_protocol_unsupported: Presence_Sync_Cause_protocol_unsupported,
    Cause_request_failed: Presence_Sync_Cause_request_failed,
    Cause_softphone_closed: Presence_Sync_Cause_softphone_closed,
    Cause_softphone_no_answer: Presence_Sync_Cause_softphone_no_answer,
    Cause_softphone_not_connected: Presence_Sync_Cause_softphone_not_connected,
    Cause_softphone_resynced: Presence_Sync_Cause_softphone_resynced,
    Cause_toolkit_no_answer: Presence_Sync_Cause_toolkit_no_answer,
    Command_omni: Presence_Sync_Command_omni,
    Command_omni_work_accept: Presence_Sync_Command_omni_work_accept,
    Command_omni_work_close: Presence_Sync_Command_omni_work_close,
    Command_omni_work_decline: Presence_Sync_Command_omni_work_decline,
    Command_softphone: Presence_Sync_Command_softphone,
    Command_softphone_work: Presence_Sync_Command_softphone_work,
    Config_badSetting: Presence_Sync_Config_badSetting,
    Config_badValue: Presence_Sync_Config_badValue,
    Config_blankField: Presence_Sync_Config_blankField,
    Config_contradictoryRows: Presence_Sync_Config_contradictoryRows,
    Config_duplicateRow: Presence_Sync_Config_duplicateRow,
    Config_insecureUrl: Presence_Sync_Config_insecureUrl,
    Config_missingSettings: Presence_Sync_Config_missingSettings,
    Config_reservedTarget: Presence_Sync_Config_reservedTarget,
    Config_unknownState: Presence_Sync_Config_unknownState,
    Config_unknownStatus: Presence_Sync_Config_unknownStatus,
    Config_unmappedMajorState: Presence_Sync_Config_unmappedMajorState,
    Config_unmappedStatus: Presence_Sync_Config_unmappedStatus,
    Config_unmappedStatus_unchanged: Presence_Sync_Config_unmappedStatus_unchanged,
    Detail_agent_over_work_busy: Presence_Sync_Detail_agent_over_work_busy,
    Detail_apply_held_logout: Presence_Sync_Detail_apply_held_logout,
    Detail_apply_held_status: Presence_Sync_Detail_apply_held_status,
    Detail_capacity_busy: Presence_Sync_Detail_capacity_busy,
    Detail_command_lost_with_frame: Presence_Sync_Detail_command_lost_with_frame,
    Detail_echo_omni: Presence_Sync_Detail_echo_omni,
    Detail_echo_omni_earlier_page: Presence_Sync_Detail_echo_omni_earlier_page,
    Detail_echo_omni_late: Presence_Sync_Detail_echo_omni_late,
    Detail_echo_softphone: Presence_Sync_Detail_echo_softphone,
    Detail_held_again_new_interaction: Presence_Sync_Detail_held_again_new_interaction,
    Detail_held_dropped_at_start: Presence_Sync_Detail_held_dropped_at_start,
    Detail_held_dropped_old: Presence_Sync_Detail_held_dropped_old,
    Detail_held_dropped_unknown_status: Presence_Sync_Detail_held_dropped_unknown_status,
    Detail_held_failed: Presence_Sync_Detail_held_failed,
    Detail_held_landed: Presence_Sync_Detail_held_landed,
    Detail_held_logout_void: Presence_Sync_Detail_held_logout_void,
    Detail_held_on_interaction: Presence_Sync_Detail_held_on_interaction,
    Detail_held_refused_on_interaction: Presence_Sync_Detail_held_refused_on_interaction,
    Detail_held_superseded_agent: Presence_Sync_Detail_held_superseded_agent,
    Detail_held_superseded_back_logged_out: Presence_Sync_Detail_held_superseded_back_logged_out,
    Detail_held_superseded_by_omni: Presence_Sync_Detail_held_superseded_by_omni,
    Detail_held_superseded_logout: Presence_Sync_Detail_held_superseded_logout,
    Detail_held_superseded_state: Presence_Sync_Detail_held_superseded_state,
    Detail_held_waits_for_end: Presence_Sync_Detail_held_waits_for_end,
    Detail_interaction_ended: Presence_Sync_Detail_interaction_ended,
    Detail_interaction_started: Presence_Sync_Detail_interaction_started,
    Detail_late_login_undone: Presence_Sync_Detail_late_login_undone,
    Detail_login_after_logout_undone: Presence_Sync_Detail_login_after_logout_undone,
    Detail_login_dropped_softphone_gone: Presence_Sync_Detail_login_dropped_softphone_gone,
    Detail_login_undone_softphone_out: Presence_Sync_Detail_login_undone_softphone_out,
    Detail_login_waits_for_state: Presence_Sync_Detail_login_waits_for_state,
    Detail_logout_held: Presence_Sync_Detail_logout_held,
    Detail_logout_stands: Presence_Sync_Detail_logout_stands,
    Detail_no_login_status: Presence_Sync_Detail_no_login_status,
    Detail_nothing_to_do: Presence_Sync_Detail_nothing_to_do,
    Detail_omni_already: Presence_Sync_Detail_omni_already,
    Detail_omni_back: Presence_Sync_Detail_omni_back,
    Detail_omni_change_softphone_out: Presence_Sync_Detail_omni_change_softphone_out,
    Detail_omni_choice_stands: Presence_Sync_Detail_omni_choice_stands,
    Detail_omni_confirmed: Presence_Sync_Detail_omni_confirmed,
    Detail_omni_connection_lost: Presence_Sync_Detail_omni_connection_lost,
    Detail_omni_event_dropped: Presence_Sync_Detail_omni_event_dropped,
    Detail_omni_event_field_dropped: Presence_Sync_Detail_omni_event_field_dropped,
    Detail_omni_failed_not_needed: Presence_Sync_Detail_omni_failed_not_needed,
    Detail_omni_gave_up: Presence_Sync_Detail_omni_gave_up,
    Detail_omni_handover: Presence_Sync_Detail_omni_handover,
    Detail_omni_login_off: Presence_Sync_Detail_omni_login_off,
    Detail_omni_logout_after_error: Presence_Sync_Detail_omni_logout_after_error,
    Detail_omni_logout_off: Presence_Sync_Detail_omni_logout_off,
    Detail_omni_maintenance: Presence_Sync_Detail_omni_maintenance,
    Detail_omni_offline_no_login: Presence_Sync_Detail_omni_offline_no_login,
    Detail_omni_read: Presence_Sync_Detail_omni_read,
    Detail_omni_read_refused: Presence_Sync_Detail_omni_read_refused,
    Detail_omni_read_unanswered: Presence_Sync_Detail_omni_read_unanswered,
    Detail_omni_retry: Presence_Sync_Detail_omni_retry,
    Detail_omni_session_here: Presence_Sync_Detail_omni_session_here,
    Detail_omni_still: Presence_Sync_Detail_omni_still,
    Detail_omni_supervisor_logout: Presence_Sync_Detail_omni_supervisor_logout,
    Detail_reconcile_omni_back: Presence_Sync_Detail_reconcile_omni_back,
    Detail_reconcile_softphone_back: Presence_Sync_Detail_reconcile_softphone_back,
    Detail_reconcile_start: Presence_Sync_Detail_reconcile_start,
    Detail_reconnect_not_login: Presence_Sync_Detail_reconnect_not_login,
    Detail_reserved_not_from_omni: Presence_Sync_Detail_reserved_not_from_omni,
    Detail_reserved_not_set: Presence_Sync_Detail_reserved_not_set,
    Detail_restore_after_late_landing: Presence_Sync_Detail_restore_after_late_landing,
    Detail_restore_omni: Presence_Sync_Detail_restore_omni,
    Detail_restore_softphone: Presence_Sync_Detail_restore_softphone,
    Detail_revert_after_interaction: Presence_Sync_Detail_revert_after_interaction,
    Detail_revert_waits_for_end: Presence_Sync_Detail_revert_waits_for_end,
    Detail_saved: Presence_Sync_Detail_saved,
    Detail_set_omni: Presence_Sync_Detail_set_omni,
    Detail_set_omni_retry: Presence_Sync_Detail_set_omni_retry,
    Detail_set_softphone: Presence_Sync_Detail_set_softphone,
    Detail_set_softphone_retry: Presence_Sync_Detail_set_softphone_retry,
    Detail_sides_agree: Presence_Sync_Detail_sides_agree,
    Detail_softphone_already: Presence_Sync_Detail_softphone_already,
    Detail_softphone_confirmed: Presence_Sync_Detail_softphone_confirmed,
    Detail_softphone_connected: Presence_Sync_Detail_softphone_connected,
    Detail_softphone_disconnected: Presence_Sync_Detail_softphone_disconnected,
    Detail_softphone_failed_not_needed: Presence_Sync_Detail_softphone_failed_not_needed,
    Detail_softphone_gave_up: Presence_Sync_Detail_softphone_gave_up,
    Detail_softphone_logout_off: Presence_Sync_Detail_softphone_logout_off,
    Detail_softphone_not_logged_in: Presence_Sync_Detail_softphone_not_logged_in,
    Detail_softphone_out_not_set: Presence_Sync_Detail_softphone_out_not_set,
    Detail_softphone_retry: Presence_Sync_Detail_softphone_retry,
    Detail_softphone_still: Presence_Sync_Detail_softphone_still,
    Detail_stale_result: Presence_Sync_Detail_stale_result,
    Detail_state_maps_to_logout: Presence_Sync_Detail_state_maps_to_logout,
    Detail_state_no_change_row: Presence_Sync_Detail_state_no_change_row,
    Detail_state_unmapped: Presence_Sync_Detail_state_unmapped,
    Detail_state_unmapped_fallback: Presence_Sync_Detail_state_unmapped_fallback,
    Detail_status_no_change_row: Presence_Sync_Detail_status_no_change_row,
    Detail_status_not_in_org: Presence_Sync_Detail_status_not_in_org,
    Detail_status_unavailable: Presence_Sync_Detail_status_unavailable,
    Detail_status_unmapped: Presence_Sync_Detail_status_unmapped,
    Detail_status_unmapped_fallback: Presence_Sync_Detail_status_unmapped_fallback,
    Detail_sync_off_omni: Presence_Sync_Detail_sync_off_omni,
    Detail_sync_off_softphone: Presence_Sync_Detail_sync_off_softphone,
    Detail_tabs_uncoordinated_alone: Presence_Sync_Detail_tabs_uncoordinated_alone,
    Detail_tabs_uncoordinated_lease: Presence_Sync_Detail_tabs_uncoordinated_lease,
    Detail_tabs_uncoordinated_locks: Presence_Sync_Detail_tabs_uncoordinated_locks,
    Detail_take_over_asked: Presence_Sync_Detail_take_over_asked,
    Detail_work_accepted_busy: Presence_Sync_Detail_work_accepted_busy,
    Detail_work_asked: Presence_Sync_Detail_work_asked,
    Detail_work_asked_omni_offline: Presence_Sync_Detail_work_asked_omni_offline,
    Detail_work_command_done: Presence_Sync_Detail_work_command_done,
    Detail_work_command_failed: Presence_Sync_Detail_work_command_failed,
    Detail_work_forwarded: Presence_Sync_Detail_work_forwarded,
    Detail_work_keeps_busy: Presence_Sync_Detail_work_keeps_busy,
    Detail_work_not_shown: Presence_Sync_Detail_work_not_shown,
    Detail_work_over: Presence_Sync_Detail_work_over,
    Detail_work_over_omni_offline: Presence_Sync_Detail_work_over_omni_offline,
    Direction_inbound: Presence_Sync_Direction_inbound,
    Direction_outbound: Presence_Sync_Direction_outbound,
    Field_Action: Presence_Sync_Field_Action,
    Field_Active: Presence_Sync_Field_Active,
    Field_Allowed_Origins: Presence_Sync_Field_Allowed_Origins,
    Field_Audit_Log_Size: Presence_Sync_Field_Audit_Log_Size,
    Field_Busy: Presence_Sync_Field_Busy,
    Field_Busy_Fallback_Minor_State: Presence_Sync_Field_Busy_Fallback_Minor_State,
    Field_Busy_Fallback_State: Presence_Sync_Field_Busy_Fallback_State,
    Field_Capacity_Busy_Minor_State: Presence_Sync_Field_Capacity_Busy_Minor_State,
    Field_Capacity_Busy_State: Presence_Sync_Field_Capacity_Busy_State,
    Field_Capacity_Threshold_Percent: Presence_Sync_Field_Capacity_Threshold_Percent,
    Field_Command_Retry_Limit: Presence_Sync_Field_Command_Retry_Limit,
    Field_Command_Timeout_Seconds: Presence_Sync_Field_Command_Timeout_Seconds,
    Field_Direction: Presence_Sync_Field_Direction,
    Field_Disconnect_Status: Presence_Sync_Field_Disconnect_Status,
    Field_Forward_Work_Items: Presence_Sync_Field_Forward_Work_Items,
    Field_Hold_During_Interaction: Presence_Sync_Field_Hold_During_Interaction,
    Field_Login_Omni_On_Softphone_Login: Presence_Sync_Field_Login_Omni_On_Softphone_Login,
    Field_Login_Status: Presence_Sync_Field_Login_Status,
    Field_Logout_Omni_On_Softphone_Logout: Presence_Sync_Field_Logout_Omni_On_Softphone_Logout,
    Field_Logout_Softphone_On_Omni_Logout: Presence_Sync_Field_Logout_Softphone_On_Omni_Logout,
    Field_Presence_Status: Presence_Sync_Field_Presence_Status,
    Field_Ready_State: Presence_Sync_Field_Ready_State,
    Field_Report_Sync_Health: Presence_Sync_Field_Report_Sync_Health,
    Field_Revert_After_Inbound: Presence_Sync_Field_Revert_After_Inbound,
    Field_Revert_Scope: Presence_Sync_Field_Revert_Scope,
    Field_Softphone_Camera: Presence_Sync_Field_Softphone_Camera,
    Field_Softphone_Minor_State: Presence_Sync_Field_Softphone_Minor_State,
    Field_Softphone_State: Presence_Sync_Field_Softphone_State,
    Field_Softphone_Url: Presence_Sync_Field_Softphone_Url,
    Field_Startup_Authority: Presence_Sync_Field_Startup_Authority,
    Field_Sync_Enabled: Presence_Sync_Field_Sync_Enabled,
    Field_Unmapped_State_Status: Presence_Sync_Field_Unmapped_State_Status,
    Field_Unmapped_Status_Action: Presence_Sync_Field_Unmapped_Status_Action,
    Field_Work_Accepted_Minor_State: Presence_Sync_Field_Work_Accepted_Minor_State,
    Field_Work_Accepted_State: Presence_Sync_Field_Work_Accepted_State,
    Logged_Out: Presence_Sync_Logged_Out,
    No_reason: Presence_Sync_No_reason,
    Notice_config: Presence_Sync_Notice_config,
    Notice_config_field: Presence_Sync_Notice_config_field,
    Offline: Presence_Sync_Offline,
    Rule_B1: Presence_Sync_Rule_B1,
    Rule_B10: Presence_Sync_Rule_B10,
    Rule_B11: Presence_Sync_Rule_B11,
    Rule_B12: Presence_Sync_Rule_B12,
    Rule_B13: Presence_Sync_Rule_B13,
    Rule_B14: Presence_Sync_Rule_B14,
    Rule_B15: Presence_Sync_Rule_B15,
    Rule_B16: Presence_Sync_Rule_B16,
    Rule_B17: Presence_Sync_Rule_B17,
    Rule_B18: Presence_Sync_Rule_B18,
    Rule_B19: Presence_Sync_Rule_B19,
    Rule_B2: Presence_Sync_Rule_B2,
    Rule_B20: Presence_Sync_Rule_B20,
    Rule_B3: Presence_Sync_Rule_B3,
    Rule_B4: Presence_Sync_Rule_B4,
    Rule_B5: Presence_Sync_Rule_B5,
    Rule_B6: Presence_Sync_Rule_B6,
    Rule_B7: Presence_Sync_Rule_B7,
    Rule_B8: Presence_Sync_Rule_B8,
    Rule_B9: Presence_Sync_Rule_B9,
    Rule_S1: Presence_Sync_Rule_S1,
    Rule_S2: Presence_Sync_Rule_S2,
    Rule_off: Presence_Sync_Rule_off,
    Rule_track: Presence_Sync_Rule_track,
    Type_Presence_Mapping: Presence_Sync_Type_Presence_Mapping,
    Type_Presence_Sync_Setting: Presence_Sync_Type_Presence_Sync_Setting,
    Unknown: Presence_Sync_Unknown,
    Why_softphone_lost_left: Presence_Sync_Why_softphone_lost_left,
    Why_softphone_lost_set: Presence_Sync_Why_softphone_lost_set,
    Work_action_accept: Presence_Sync_Work_action_accept,
    Work_action_close: Presence_Sync_Work_action_close,
    Work_action_decline: Presence_Sync_Work_action_decline,
    Work_event_accepted: Presence_Sync_Work_event_accepted,
    Work_event_assigned: Presence_Sync_Work_event_assigned,
    Work_event_closed: Presence_Sync_Work_event_closed,
    Work_event_declined: Presence_Sync_Work_event_declined
};
