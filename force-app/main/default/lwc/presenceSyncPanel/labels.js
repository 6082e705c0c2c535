// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/lib/label-modules.mjs) from the
// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml). It imports
// every string the panel shows: the other labels named Presence_Sync_…, and the shared ones.
// Keys are the label names without Presence_Sync_; each import is named after its label.
import { SHARED_LABELS } from 'c/presenceSyncSharedLabels';
import Presence_Sync_Actor_agent from '@salesforce/label/c.Presence_Sync_Actor_agent';
import Presence_Sync_Actor_contact_centre from '@salesforce/label/c.Presence_Sync_Actor_contact_centre';
import Presence_Sync_Actor_omni from '@salesforce/label/c.Presence_Sync_Actor_omni';
import Presence_Sync_Actor_softphone from '@salesforce/label/c.Presence_Sync_Actor_softphone';
import Presence_Sync_Actor_supervisor from '@salesforce/label/c.Presence_Sync_Actor_supervisor';
import Presence_Sync_Actor_sync from '@salesforce/label/c.Presence_Sync_Actor_sync';
import Presence_Sync_Actor_unknown from '@salesforce/label/c.Presence_Sync_Actor_unknown';
import Presence_Sync_Bridge_Connected from '@salesforce/label/c.Presence_Sync_Bridge_Connected';
import Presence_Sync_Bridge_Connecting from '@salesforce/label/c.Presence_Sync_Bridge_Connecting';
import Presence_Sync_Bridge_Lost from '@salesforce/label/c.Presence_Sync_Bridge_Lost';
import Presence_Sync_Bridge_No_Handshake from '@salesforce/label/c.Presence_Sync_Bridge_No_Handshake';
import Presence_Sync_Bridge_None from '@salesforce/label/c.Presence_Sync_Bridge_None';
import Presence_Sync_Bridge_Rejected from '@salesforce/label/c.Presence_Sync_Bridge_Rejected';
import Presence_Sync_Column_Actor from '@salesforce/label/c.Presence_Sync_Column_Actor';
import Presence_Sync_Column_Commands from '@salesforce/label/c.Presence_Sync_Column_Commands';
import Presence_Sync_Column_Detail from '@salesforce/label/c.Presence_Sync_Column_Detail';
import Presence_Sync_Column_Event from '@salesforce/label/c.Presence_Sync_Column_Event';
import Presence_Sync_Column_Event_Id from '@salesforce/label/c.Presence_Sync_Column_Event_Id';
import Presence_Sync_Column_Outcome from '@salesforce/label/c.Presence_Sync_Column_Outcome';
import Presence_Sync_Column_Package_Version from '@salesforce/label/c.Presence_Sync_Column_Package_Version';
import Presence_Sync_Column_Rule from '@salesforce/label/c.Presence_Sync_Column_Rule';
import Presence_Sync_Column_Rule_Name from '@salesforce/label/c.Presence_Sync_Column_Rule_Name';
import Presence_Sync_Column_Seq from '@salesforce/label/c.Presence_Sync_Column_Seq';
import Presence_Sync_Column_Softphone_Version from '@salesforce/label/c.Presence_Sync_Column_Softphone_Version';
import Presence_Sync_Column_Time from '@salesforce/label/c.Presence_Sync_Column_Time';
import Presence_Sync_Column_User from '@salesforce/label/c.Presence_Sync_Column_User';
import Presence_Sync_Decisions_Empty from '@salesforce/label/c.Presence_Sync_Decisions_Empty';
import Presence_Sync_Decisions_Heading from '@salesforce/label/c.Presence_Sync_Decisions_Heading';
import Presence_Sync_Decisions_Show_Routine from '@salesforce/label/c.Presence_Sync_Decisions_Show_Routine';
import Presence_Sync_Details from '@salesforce/label/c.Presence_Sync_Details';
import Presence_Sync_Dismiss_Notice from '@salesforce/label/c.Presence_Sync_Dismiss_Notice';
import Presence_Sync_Export_Csv from '@salesforce/label/c.Presence_Sync_Export_Csv';
import Presence_Sync_Export_Failed from '@salesforce/label/c.Presence_Sync_Export_Failed';
import Presence_Sync_Export_Follower from '@salesforce/label/c.Presence_Sync_Export_Follower';
import Presence_Sync_Export_Json from '@salesforce/label/c.Presence_Sync_Export_Json';
import Presence_Sync_Export_Tab_Driving from '@salesforce/label/c.Presence_Sync_Export_Tab_Driving';
import Presence_Sync_Export_Tab_Other from '@salesforce/label/c.Presence_Sync_Export_Tab_Other';
import Presence_Sync_Frame_Title from '@salesforce/label/c.Presence_Sync_Frame_Title';
import Presence_Sync_Headline_Connecting from '@salesforce/label/c.Presence_Sync_Headline_Connecting';
import Presence_Sync_Headline_Differ from '@salesforce/label/c.Presence_Sync_Headline_Differ';
import Presence_Sync_Headline_Held from '@salesforce/label/c.Presence_Sync_Headline_Held';
import Presence_Sync_Headline_Held_Logout from '@salesforce/label/c.Presence_Sync_Headline_Held_Logout';
import Presence_Sync_Headline_Held_Named from '@salesforce/label/c.Presence_Sync_Headline_Held_Named';
import Presence_Sync_Headline_No_Handshake from '@salesforce/label/c.Presence_Sync_Headline_No_Handshake';
import Presence_Sync_Headline_No_Softphone from '@salesforce/label/c.Presence_Sync_Headline_No_Softphone';
import Presence_Sync_Headline_Not_Logged_In from '@salesforce/label/c.Presence_Sync_Headline_Not_Logged_In';
import Presence_Sync_Headline_Omni_Unknown from '@salesforce/label/c.Presence_Sync_Headline_Omni_Unknown';
import Presence_Sync_Headline_Softphone_Lost from '@salesforce/label/c.Presence_Sync_Headline_Softphone_Lost';
import Presence_Sync_Headline_Softphone_Lost_No_Time from '@salesforce/label/c.Presence_Sync_Headline_Softphone_Lost_No_Time';
import Presence_Sync_Health_Attention from '@salesforce/label/c.Presence_Sync_Health_Attention';
import Presence_Sync_Health_Error from '@salesforce/label/c.Presence_Sync_Health_Error';
import Presence_Sync_Health_Ok from '@salesforce/label/c.Presence_Sync_Health_Ok';
import Presence_Sync_Held_Change from '@salesforce/label/c.Presence_Sync_Held_Change';
import Presence_Sync_Held_Line from '@salesforce/label/c.Presence_Sync_Held_Line';
import Presence_Sync_Held_Line_logout from '@salesforce/label/c.Presence_Sync_Held_Line_logout';
import Presence_Sync_Held_omni_logout from '@salesforce/label/c.Presence_Sync_Held_omni_logout';
import Presence_Sync_Held_omni_status from '@salesforce/label/c.Presence_Sync_Held_omni_status';
import Presence_Sync_Held_softphone_logout from '@salesforce/label/c.Presence_Sync_Held_softphone_logout';
import Presence_Sync_Held_softphone_state from '@salesforce/label/c.Presence_Sync_Held_softphone_state';
import Presence_Sync_Icon_error from '@salesforce/label/c.Presence_Sync_Icon_error';
import Presence_Sync_Icon_held from '@salesforce/label/c.Presence_Sync_Icon_held';
import Presence_Sync_Icon_info from '@salesforce/label/c.Presence_Sync_Icon_info';
import Presence_Sync_Icon_success from '@salesforce/label/c.Presence_Sync_Icon_success';
import Presence_Sync_Icon_warning from '@salesforce/label/c.Presence_Sync_Icon_warning';
import Presence_Sync_Input_call_ended from '@salesforce/label/c.Presence_Sync_Input_call_ended';
import Presence_Sync_Input_call_inbound from '@salesforce/label/c.Presence_Sync_Input_call_inbound';
import Presence_Sync_Input_call_outbound from '@salesforce/label/c.Presence_Sync_Input_call_outbound';
import Presence_Sync_Input_omni_connection_error from '@salesforce/label/c.Presence_Sync_Input_omni_connection_error';
import Presence_Sync_Input_omni_login from '@salesforce/label/c.Presence_Sync_Input_omni_login';
import Presence_Sync_Input_omni_login_agent from '@salesforce/label/c.Presence_Sync_Input_omni_login_agent';
import Presence_Sync_Input_omni_login_sync from '@salesforce/label/c.Presence_Sync_Input_omni_login_sync';
import Presence_Sync_Input_omni_logout from '@salesforce/label/c.Presence_Sync_Input_omni_logout';
import Presence_Sync_Input_omni_logout_handover from '@salesforce/label/c.Presence_Sync_Input_omni_logout_handover';
import Presence_Sync_Input_omni_logout_maintenance from '@salesforce/label/c.Presence_Sync_Input_omni_logout_maintenance';
import Presence_Sync_Input_omni_logout_supervisor from '@salesforce/label/c.Presence_Sync_Input_omni_logout_supervisor';
import Presence_Sync_Input_omni_logout_sync from '@salesforce/label/c.Presence_Sync_Input_omni_logout_sync';
import Presence_Sync_Input_omni_other from '@salesforce/label/c.Presence_Sync_Input_omni_other';
import Presence_Sync_Input_omni_read from '@salesforce/label/c.Presence_Sync_Input_omni_read';
import Presence_Sync_Input_omni_read_offline from '@salesforce/label/c.Presence_Sync_Input_omni_read_offline';
import Presence_Sync_Input_omni_status from '@salesforce/label/c.Presence_Sync_Input_omni_status';
import Presence_Sync_Input_omni_status_agent from '@salesforce/label/c.Presence_Sync_Input_omni_status_agent';
import Presence_Sync_Input_omni_status_decline from '@salesforce/label/c.Presence_Sync_Input_omni_status_decline';
import Presence_Sync_Input_omni_status_push_timeout from '@salesforce/label/c.Presence_Sync_Input_omni_status_push_timeout';
import Presence_Sync_Input_omni_status_supervisor from '@salesforce/label/c.Presence_Sync_Input_omni_status_supervisor';
import Presence_Sync_Input_omni_status_sync from '@salesforce/label/c.Presence_Sync_Input_omni_status_sync';
import Presence_Sync_Input_omni_work_accepted from '@salesforce/label/c.Presence_Sync_Input_omni_work_accepted';
import Presence_Sync_Input_omni_work_accepted_agent from '@salesforce/label/c.Presence_Sync_Input_omni_work_accepted_agent';
import Presence_Sync_Input_omni_work_assigned from '@salesforce/label/c.Presence_Sync_Input_omni_work_assigned';
import Presence_Sync_Input_omni_work_closed from '@salesforce/label/c.Presence_Sync_Input_omni_work_closed';
import Presence_Sync_Input_omni_work_closed_agent from '@salesforce/label/c.Presence_Sync_Input_omni_work_closed_agent';
import Presence_Sync_Input_omni_work_declined from '@salesforce/label/c.Presence_Sync_Input_omni_work_declined';
import Presence_Sync_Input_omni_work_declined_agent from '@salesforce/label/c.Presence_Sync_Input_omni_work_declined_agent';
import Presence_Sync_Input_omni_workload from '@salesforce/label/c.Presence_Sync_Input_omni_workload';
import Presence_Sync_Input_result_failed from '@salesforce/label/c.Presence_Sync_Input_result_failed';
import Presence_Sync_Input_result_failed_omni from '@salesforce/label/c.Presence_Sync_Input_result_failed_omni';
import Presence_Sync_Input_result_failed_softphone from '@salesforce/label/c.Presence_Sync_Input_result_failed_softphone';
import Presence_Sync_Input_result_ok from '@salesforce/label/c.Presence_Sync_Input_result_ok';
import Presence_Sync_Input_result_ok_omni from '@salesforce/label/c.Presence_Sync_Input_result_ok_omni';
import Presence_Sync_Input_result_ok_softphone from '@salesforce/label/c.Presence_Sync_Input_result_ok_softphone';
import Presence_Sync_Input_result_refused_omni from '@salesforce/label/c.Presence_Sync_Input_result_refused_omni';
import Presence_Sync_Input_result_refused_softphone from '@salesforce/label/c.Presence_Sync_Input_result_refused_softphone';
import Presence_Sync_Input_runtime_omni_read from '@salesforce/label/c.Presence_Sync_Input_runtime_omni_read';
import Presence_Sync_Input_runtime_other from '@salesforce/label/c.Presence_Sync_Input_runtime_other';
import Presence_Sync_Input_runtime_session from '@salesforce/label/c.Presence_Sync_Input_runtime_session';
import Presence_Sync_Input_runtime_tabs from '@salesforce/label/c.Presence_Sync_Input_runtime_tabs';
import Presence_Sync_Input_runtime_take_over from '@salesforce/label/c.Presence_Sync_Input_runtime_take_over';
import Presence_Sync_Input_softphone_connected from '@salesforce/label/c.Presence_Sync_Input_softphone_connected';
import Presence_Sync_Input_softphone_connected_plain from '@salesforce/label/c.Presence_Sync_Input_softphone_connected_plain';
import Presence_Sync_Input_softphone_disconnected from '@salesforce/label/c.Presence_Sync_Input_softphone_disconnected';
import Presence_Sync_Input_softphone_login from '@salesforce/label/c.Presence_Sync_Input_softphone_login';
import Presence_Sync_Input_softphone_logout from '@salesforce/label/c.Presence_Sync_Input_softphone_logout';
import Presence_Sync_Input_softphone_logout_agent from '@salesforce/label/c.Presence_Sync_Input_softphone_logout_agent';
import Presence_Sync_Input_softphone_logout_contact_centre from '@salesforce/label/c.Presence_Sync_Input_softphone_logout_contact_centre';
import Presence_Sync_Input_softphone_logout_sync from '@salesforce/label/c.Presence_Sync_Input_softphone_logout_sync';
import Presence_Sync_Input_softphone_lost from '@salesforce/label/c.Presence_Sync_Input_softphone_lost';
import Presence_Sync_Input_softphone_lost_plain from '@salesforce/label/c.Presence_Sync_Input_softphone_lost_plain';
import Presence_Sync_Input_softphone_other from '@salesforce/label/c.Presence_Sync_Input_softphone_other';
import Presence_Sync_Input_softphone_state from '@salesforce/label/c.Presence_Sync_Input_softphone_state';
import Presence_Sync_Input_softphone_state_agent from '@salesforce/label/c.Presence_Sync_Input_softphone_state_agent';
import Presence_Sync_Input_softphone_state_contact_centre from '@salesforce/label/c.Presence_Sync_Input_softphone_state_contact_centre';
import Presence_Sync_Input_softphone_state_sync from '@salesforce/label/c.Presence_Sync_Input_softphone_state_sync';
import Presence_Sync_Input_softphone_state_wrap_end from '@salesforce/label/c.Presence_Sync_Input_softphone_state_wrap_end';
import Presence_Sync_Input_softphone_work from '@salesforce/label/c.Presence_Sync_Input_softphone_work';
import Presence_Sync_Input_softphone_work_accept from '@salesforce/label/c.Presence_Sync_Input_softphone_work_accept';
import Presence_Sync_Input_softphone_work_close from '@salesforce/label/c.Presence_Sync_Input_softphone_work_close';
import Presence_Sync_Input_softphone_work_decline from '@salesforce/label/c.Presence_Sync_Input_softphone_work_decline';
import Presence_Sync_Input_softphone_work_decline_reason from '@salesforce/label/c.Presence_Sync_Input_softphone_work_decline_reason';
import Presence_Sync_Input_tick from '@salesforce/label/c.Presence_Sync_Input_tick';
import Presence_Sync_Load_Error from '@salesforce/label/c.Presence_Sync_Load_Error';
import Presence_Sync_Load_Error_Action from '@salesforce/label/c.Presence_Sync_Load_Error_Action';
import Presence_Sync_Load_Error_Softphone from '@salesforce/label/c.Presence_Sync_Load_Error_Softphone';
import Presence_Sync_Load_Error_Sync_Off from '@salesforce/label/c.Presence_Sync_Load_Error_Sync_Off';
import Presence_Sync_Load_Line from '@salesforce/label/c.Presence_Sync_Load_Line';
import Presence_Sync_Load_Retried from '@salesforce/label/c.Presence_Sync_Load_Retried';
import Presence_Sync_Load_Retry from '@salesforce/label/c.Presence_Sync_Load_Retry';
import Presence_Sync_Load_Retrying from '@salesforce/label/c.Presence_Sync_Load_Retrying';
import Presence_Sync_No_Softphone_Url from '@salesforce/label/c.Presence_Sync_No_Softphone_Url';
import Presence_Sync_Notice_audit_corrupted from '@salesforce/label/c.Presence_Sync_Notice_audit_corrupted';
import Presence_Sync_Notice_audit_missing from '@salesforce/label/c.Presence_Sync_Notice_audit_missing';
import Presence_Sync_Notice_audit_not_kept from '@salesforce/label/c.Presence_Sync_Notice_audit_not_kept';
import Presence_Sync_Notice_audit_not_kept_missing from '@salesforce/label/c.Presence_Sync_Notice_audit_not_kept_missing';
import Presence_Sync_Notice_bridge_rejected from '@salesforce/label/c.Presence_Sync_Notice_bridge_rejected';
import Presence_Sync_Notice_command_failed from '@salesforce/label/c.Presence_Sync_Notice_command_failed';
import Presence_Sync_Notice_command_failed_omni from '@salesforce/label/c.Presence_Sync_Notice_command_failed_omni';
import Presence_Sync_Notice_command_failed_omni_vendor from '@salesforce/label/c.Presence_Sync_Notice_command_failed_omni_vendor';
import Presence_Sync_Notice_command_failed_vendor from '@salesforce/label/c.Presence_Sync_Notice_command_failed_vendor';
import Presence_Sync_Notice_config_summary from '@salesforce/label/c.Presence_Sync_Notice_config_summary';
import Presence_Sync_Notice_config_summary_one from '@salesforce/label/c.Presence_Sync_Notice_config_summary_one';
import Presence_Sync_Notice_held_dropped_logged_out from '@salesforce/label/c.Presence_Sync_Notice_held_dropped_logged_out';
import Presence_Sync_Notice_held_dropped_old from '@salesforce/label/c.Presence_Sync_Notice_held_dropped_old';
import Presence_Sync_Notice_held_dropped_status from '@salesforce/label/c.Presence_Sync_Notice_held_dropped_status';
import Presence_Sync_Notice_no_handshake from '@salesforce/label/c.Presence_Sync_Notice_no_handshake';
import Presence_Sync_Notice_no_login_status from '@salesforce/label/c.Presence_Sync_Notice_no_login_status';
import Presence_Sync_Notice_omni_connection_error from '@salesforce/label/c.Presence_Sync_Notice_omni_connection_error';
import Presence_Sync_Notice_omni_handover from '@salesforce/label/c.Presence_Sync_Notice_omni_handover';
import Presence_Sync_Notice_omni_maintenance from '@salesforce/label/c.Presence_Sync_Notice_omni_maintenance';
import Presence_Sync_Notice_omni_stays_offline from '@salesforce/label/c.Presence_Sync_Notice_omni_stays_offline';
import Presence_Sync_Notice_omni_supervisor_logout from '@salesforce/label/c.Presence_Sync_Notice_omni_supervisor_logout';
import Presence_Sync_Notice_other from '@salesforce/label/c.Presence_Sync_Notice_other';
import Presence_Sync_Notice_picked_not_applied from '@salesforce/label/c.Presence_Sync_Notice_picked_not_applied';
import Presence_Sync_Notice_picked_not_applied_vendor from '@salesforce/label/c.Presence_Sync_Notice_picked_not_applied_vendor';
import Presence_Sync_Notice_reserved_target from '@salesforce/label/c.Presence_Sync_Notice_reserved_target';
import Presence_Sync_Notice_softphone_disconnected from '@salesforce/label/c.Presence_Sync_Notice_softphone_disconnected';
import Presence_Sync_Notice_softphone_lost_disconnect_status from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_disconnect_status';
import Presence_Sync_Notice_softphone_lost_omni_busy from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_omni_busy';
import Presence_Sync_Notice_softphone_lost_omni_offline from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_omni_offline';
import Presence_Sync_Notice_softphone_lost_omni_routable from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_omni_routable';
import Presence_Sync_Notice_softphone_lost_stays from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_stays';
import Presence_Sync_Notice_softphone_lost_unchanged from '@salesforce/label/c.Presence_Sync_Notice_softphone_lost_unchanged';
import Presence_Sync_Notice_softphone_stays_logged_out from '@salesforce/label/c.Presence_Sync_Notice_softphone_stays_logged_out';
import Presence_Sync_Notice_softphone_stays_logged_out_start from '@salesforce/label/c.Presence_Sync_Notice_softphone_stays_logged_out_start';
import Presence_Sync_Notice_state_not_saved from '@salesforce/label/c.Presence_Sync_Notice_state_not_saved';
import Presence_Sync_Notice_storage_full from '@salesforce/label/c.Presence_Sync_Notice_storage_full';
import Presence_Sync_Notice_storage_full_missing from '@salesforce/label/c.Presence_Sync_Notice_storage_full_missing';
import Presence_Sync_Notice_storage_full_was from '@salesforce/label/c.Presence_Sync_Notice_storage_full_was';
import Presence_Sync_Notice_sync_disabled from '@salesforce/label/c.Presence_Sync_Notice_sync_disabled';
import Presence_Sync_Notice_tabs_uncoordinated from '@salesforce/label/c.Presence_Sync_Notice_tabs_uncoordinated';
import Presence_Sync_Notice_unmapped_state from '@salesforce/label/c.Presence_Sync_Notice_unmapped_state';
import Presence_Sync_Notice_unmapped_status from '@salesforce/label/c.Presence_Sync_Notice_unmapped_status';
import Presence_Sync_Notice_work_failed_omni from '@salesforce/label/c.Presence_Sync_Notice_work_failed_omni';
import Presence_Sync_Notice_work_failed_softphone from '@salesforce/label/c.Presence_Sync_Notice_work_failed_softphone';
import Presence_Sync_Notices_Heading from '@salesforce/label/c.Presence_Sync_Notices_Heading';
import Presence_Sync_Omni_Heading from '@salesforce/label/c.Presence_Sync_Omni_Heading';
import Presence_Sync_On_Interaction from '@salesforce/label/c.Presence_Sync_On_Interaction';
import Presence_Sync_Outcome_alone from '@salesforce/label/c.Presence_Sync_Outcome_alone';
import Presence_Sync_Outcome_already from '@salesforce/label/c.Presence_Sync_Outcome_already';
import Presence_Sync_Outcome_applied from '@salesforce/label/c.Presence_Sync_Outcome_applied';
import Presence_Sync_Outcome_applied_asked from '@salesforce/label/c.Presence_Sync_Outcome_applied_asked';
import Presence_Sync_Outcome_asked_logout_omni from '@salesforce/label/c.Presence_Sync_Outcome_asked_logout_omni';
import Presence_Sync_Outcome_asked_logout_softphone from '@salesforce/label/c.Presence_Sync_Outcome_asked_logout_softphone';
import Presence_Sync_Outcome_asked_omni from '@salesforce/label/c.Presence_Sync_Outcome_asked_omni';
import Presence_Sync_Outcome_asked_softphone from '@salesforce/label/c.Presence_Sync_Outcome_asked_softphone';
import Presence_Sync_Outcome_blocked from '@salesforce/label/c.Presence_Sync_Outcome_blocked';
import Presence_Sync_Outcome_blocked_drop_held from '@salesforce/label/c.Presence_Sync_Outcome_blocked_drop_held';
import Presence_Sync_Outcome_blocked_handover from '@salesforce/label/c.Presence_Sync_Outcome_blocked_handover';
import Presence_Sync_Outcome_blocked_held_expired from '@salesforce/label/c.Presence_Sync_Outcome_blocked_held_expired';
import Presence_Sync_Outcome_blocked_held_superseded from '@salesforce/label/c.Presence_Sync_Outcome_blocked_held_superseded';
import Presence_Sync_Outcome_blocked_login_off from '@salesforce/label/c.Presence_Sync_Outcome_blocked_login_off';
import Presence_Sync_Outcome_blocked_logout_off from '@salesforce/label/c.Presence_Sync_Outcome_blocked_logout_off';
import Presence_Sync_Outcome_blocked_maintenance from '@salesforce/label/c.Presence_Sync_Outcome_blocked_maintenance';
import Presence_Sync_Outcome_blocked_no_login from '@salesforce/label/c.Presence_Sync_Outcome_blocked_no_login';
import Presence_Sync_Outcome_blocked_omni_event_dropped from '@salesforce/label/c.Presence_Sync_Outcome_blocked_omni_event_dropped';
import Presence_Sync_Outcome_blocked_omni_offline from '@salesforce/label/c.Presence_Sync_Outcome_blocked_omni_offline';
import Presence_Sync_Outcome_blocked_refused from '@salesforce/label/c.Presence_Sync_Outcome_blocked_refused';
import Presence_Sync_Outcome_blocked_softphone_unavailable from '@salesforce/label/c.Presence_Sync_Outcome_blocked_softphone_unavailable';
import Presence_Sync_Outcome_blocked_sync_disabled from '@salesforce/label/c.Presence_Sync_Outcome_blocked_sync_disabled';
import Presence_Sync_Outcome_changed from '@salesforce/label/c.Presence_Sync_Outcome_changed';
import Presence_Sync_Outcome_confirmed from '@salesforce/label/c.Presence_Sync_Outcome_confirmed';
import Presence_Sync_Outcome_connection from '@salesforce/label/c.Presence_Sync_Outcome_connection';
import Presence_Sync_Outcome_drives from '@salesforce/label/c.Presence_Sync_Outcome_drives';
import Presence_Sync_Outcome_echo from '@salesforce/label/c.Presence_Sync_Outcome_echo';
import Presence_Sync_Outcome_failed from '@salesforce/label/c.Presence_Sync_Outcome_failed';
import Presence_Sync_Outcome_held from '@salesforce/label/c.Presence_Sync_Outcome_held';
import Presence_Sync_Outcome_held_logout from '@salesforce/label/c.Presence_Sync_Outcome_held_logout';
import Presence_Sync_Outcome_held_named from '@salesforce/label/c.Presence_Sync_Outcome_held_named';
import Presence_Sync_Outcome_logout_omni from '@salesforce/label/c.Presence_Sync_Outcome_logout_omni';
import Presence_Sync_Outcome_logout_omni_restored from '@salesforce/label/c.Presence_Sync_Outcome_logout_omni_restored';
import Presence_Sync_Outcome_logout_softphone from '@salesforce/label/c.Presence_Sync_Outcome_logout_softphone';
import Presence_Sync_Outcome_logout_softphone_restored from '@salesforce/label/c.Presence_Sync_Outcome_logout_softphone_restored';
import Presence_Sync_Outcome_lost_fallback from '@salesforce/label/c.Presence_Sync_Outcome_lost_fallback';
import Presence_Sync_Outcome_lost_left from '@salesforce/label/c.Presence_Sync_Outcome_lost_left';
import Presence_Sync_Outcome_lost_offline from '@salesforce/label/c.Presence_Sync_Outcome_lost_offline';
import Presence_Sync_Outcome_passed_omni from '@salesforce/label/c.Presence_Sync_Outcome_passed_omni';
import Presence_Sync_Outcome_passed_softphone from '@salesforce/label/c.Presence_Sync_Outcome_passed_softphone';
import Presence_Sync_Outcome_recorded from '@salesforce/label/c.Presence_Sync_Outcome_recorded';
import Presence_Sync_Outcome_released from '@salesforce/label/c.Presence_Sync_Outcome_released';
import Presence_Sync_Outcome_restored from '@salesforce/label/c.Presence_Sync_Outcome_restored';
import Presence_Sync_Outcome_retry from '@salesforce/label/c.Presence_Sync_Outcome_retry';
import Presence_Sync_Outcome_revert_inbound_only from '@salesforce/label/c.Presence_Sync_Outcome_revert_inbound_only';
import Presence_Sync_Outcome_revert_off from '@salesforce/label/c.Presence_Sync_Outcome_revert_off';
import Presence_Sync_Outcome_revert_on from '@salesforce/label/c.Presence_Sync_Outcome_revert_on';
import Presence_Sync_Outcome_reverted from '@salesforce/label/c.Presence_Sync_Outcome_reverted';
import Presence_Sync_Outcome_set_omni from '@salesforce/label/c.Presence_Sync_Outcome_set_omni';
import Presence_Sync_Outcome_set_omni_restored from '@salesforce/label/c.Presence_Sync_Outcome_set_omni_restored';
import Presence_Sync_Outcome_set_omni_reverted from '@salesforce/label/c.Presence_Sync_Outcome_set_omni_reverted';
import Presence_Sync_Outcome_set_softphone from '@salesforce/label/c.Presence_Sync_Outcome_set_softphone';
import Presence_Sync_Outcome_set_softphone_restored from '@salesforce/label/c.Presence_Sync_Outcome_set_softphone_restored';
import Presence_Sync_Outcome_unmapped from '@salesforce/label/c.Presence_Sync_Outcome_unmapped';
import Presence_Sync_Outcome_work from '@salesforce/label/c.Presence_Sync_Outcome_work';
import Presence_Sync_Reason_bad_envelope from '@salesforce/label/c.Presence_Sync_Reason_bad_envelope';
import Presence_Sync_Reason_bad_payload from '@salesforce/label/c.Presence_Sync_Reason_bad_payload';
import Presence_Sync_Reason_flood from '@salesforce/label/c.Presence_Sync_Reason_flood';
import Presence_Sync_Reason_malformed from '@salesforce/label/c.Presence_Sync_Reason_malformed';
import Presence_Sync_Reason_nonce from '@salesforce/label/c.Presence_Sync_Reason_nonce';
import Presence_Sync_Reason_not_protocol from '@salesforce/label/c.Presence_Sync_Reason_not_protocol';
import Presence_Sync_Reason_other from '@salesforce/label/c.Presence_Sync_Reason_other';
import Presence_Sync_Reason_oversized from '@salesforce/label/c.Presence_Sync_Reason_oversized';
import Presence_Sync_Reason_replayed from '@salesforce/label/c.Presence_Sync_Reason_replayed';
import Presence_Sync_Reason_unexpected from '@salesforce/label/c.Presence_Sync_Reason_unexpected';
import Presence_Sync_Reason_unexpected_keys from '@salesforce/label/c.Presence_Sync_Reason_unexpected_keys';
import Presence_Sync_Reason_unknown_type from '@salesforce/label/c.Presence_Sync_Reason_unknown_type';
import Presence_Sync_Reason_version from '@salesforce/label/c.Presence_Sync_Reason_version';
import Presence_Sync_Reason_wrong_origin from '@salesforce/label/c.Presence_Sync_Reason_wrong_origin';
import Presence_Sync_Reason_wrong_source from '@salesforce/label/c.Presence_Sync_Reason_wrong_source';
import Presence_Sync_Rejected_By_Reason from '@salesforce/label/c.Presence_Sync_Rejected_By_Reason';
import Presence_Sync_Rejected_Messages from '@salesforce/label/c.Presence_Sync_Rejected_Messages';
import Presence_Sync_Reload_Softphone from '@salesforce/label/c.Presence_Sync_Reload_Softphone';
import Presence_Sync_Role_Follower from '@salesforce/label/c.Presence_Sync_Role_Follower';
import Presence_Sync_Role_Starting from '@salesforce/label/c.Presence_Sync_Role_Starting';
import Presence_Sync_Softphone_Heading from '@salesforce/label/c.Presence_Sync_Softphone_Heading';
import Presence_Sync_Softphone_Last_Seen from '@salesforce/label/c.Presence_Sync_Softphone_Last_Seen';
import Presence_Sync_Softphone_Last_Seen_Logged_Out from '@salesforce/label/c.Presence_Sync_Softphone_Last_Seen_Logged_Out';
import Presence_Sync_Softphone_Subject from '@salesforce/label/c.Presence_Sync_Softphone_Subject';
import Presence_Sync_Sync_Off from '@salesforce/label/c.Presence_Sync_Sync_Off';
import Presence_Sync_Tabs_Softphone_Elsewhere from '@salesforce/label/c.Presence_Sync_Tabs_Softphone_Elsewhere';
import Presence_Sync_Tabs_Softphone_On_Call from '@salesforce/label/c.Presence_Sync_Tabs_Softphone_On_Call';
import Presence_Sync_Title from '@salesforce/label/c.Presence_Sync_Title';
import Presence_Sync_Use_This_Tab from '@salesforce/label/c.Presence_Sync_Use_This_Tab';
import Presence_Sync_Utility_Attention from '@salesforce/label/c.Presence_Sync_Utility_Attention';
import Presence_Sync_Utility_Error from '@salesforce/label/c.Presence_Sync_Utility_Error';
import Presence_Sync_Utility_Follower from '@salesforce/label/c.Presence_Sync_Utility_Follower';
import Presence_Sync_Utility_Off from '@salesforce/label/c.Presence_Sync_Utility_Off';
import Presence_Sync_Utility_Ok from '@salesforce/label/c.Presence_Sync_Utility_Ok';
import Presence_Sync_Value from '@salesforce/label/c.Presence_Sync_Value';
import Presence_Sync_Words_omni from '@salesforce/label/c.Presence_Sync_Words_omni';
import Presence_Sync_Words_softphone from '@salesforce/label/c.Presence_Sync_Words_softphone';

export const LABELS = {
    ...SHARED_LABELS,
    Actor_agent: Presence_Sync_Actor_agent,
    Actor_contact_centre: Presence_Sync_Actor_contact_centre,
    Actor_omni: Presence_Sync_Actor_omni,
    Actor_softphone: Presence_Sync_Actor_softphone,
    Actor_supervisor: Presence_Sync_Actor_supervisor,
    Actor_sync: Presence_Sync_Actor_sync,
    Actor_unknown: Presence_Sync_Actor_unknown,
    Bridge_Connected: Presence_Sync_Bridge_Connected,
    Bridge_Connecting: Presence_Sync_Bridge_Connecting,
    Bridge_Lost: Presence_Sync_Bridge_Lost,
    Bridge_No_Handshake: Presence_Sync_Bridge_No_Handshake,
    Bridge_None: Presence_Sync_Bridge_None,
    Bridge_Rejected: Presence_Sync_Bridge_Rejected,
    Column_Actor: Presence_Sync_Column_Actor,
    Column_Commands: Presence_Sync_Column_Commands,
    Column_Detail: Presence_Sync_Column_Detail,
    Column_Event: Presence_Sync_Column_Event,
    Column_Event_Id: Presence_Sync_Column_Event_Id,
    Column_Outcome: Presence_Sync_Column_Outcome,
    Column_Package_Version: Presence_Sync_Column_Package_Version,
    Column_Rule: Presence_Sync_Column_Rule,
    Column_Rule_Name: Presence_Sync_Column_Rule_Name,
    Column_Seq: Presence_Sync_Column_Seq,
    Column_Softphone_Version: Presence_Sync_Column_Softphone_Version,
    Column_Time: Presence_Sync_Column_Time,
    Column_User: Presence_Sync_Column_User,
    Decisions_Empty: Presence_Sync_Decisions_Empty,
    Decisions_Heading: Presence_Sync_Decisions_Heading,
    Decisions_Show_Routine: Presence_Sync_Decisions_Show_Routine,
    Details: Presence_Sync_Details,
    Dismiss_Notice: Presence_Sync_Dismiss_Notice,
    Export_Csv: Presence_Sync_Export_Csv,
    Export_Failed: Presence_Sync_Export_Failed,
    Export_Follower: Presence_Sync_Export_Follower,
    Export_Json: Presence_Sync_Export_Json,
    Export_Tab_Driving: Presence_Sync_Export_Tab_Driving,
    Export_Tab_Other: Presence_Sync_Export_Tab_Other,
    Frame_Title: Presence_Sync_Frame_Title,
    Headline_Connecting: Presence_Sync_Headline_Connecting,
    Headline_Differ: Presence_Sync_Headline_Differ,
    Headline_Held: Presence_Sync_Headline_Held,
    Headline_Held_Logout: Presence_Sync_Headline_Held_Logout,
    Headline_Held_Named: Presence_Sync_Headline_Held_Named,
    Headline_No_Handshake: Presence_Sync_Headline_No_Handshake,
    Headline_No_Softphone: Presence_Sync_Headline_No_Softphone,
    Headline_Not_Logged_In: Presence_Sync_Headline_Not_Logged_In,
    Headline_Omni_Unknown: Presence_Sync_Headline_Omni_Unknown,
    Headline_Softphone_Lost: Presence_Sync_Headline_Softphone_Lost,
    Headline_Softphone_Lost_No_Time: Presence_Sync_Headline_Softphone_Lost_No_Time,
    Health_Attention: Presence_Sync_Health_Attention,
    Health_Error: Presence_Sync_Health_Error,
    Health_Ok: Presence_Sync_Health_Ok,
    Held_Change: Presence_Sync_Held_Change,
    Held_Line: Presence_Sync_Held_Line,
    Held_Line_logout: Presence_Sync_Held_Line_logout,
    Held_omni_logout: Presence_Sync_Held_omni_logout,
    Held_omni_status: Presence_Sync_Held_omni_status,
    Held_softphone_logout: Presence_Sync_Held_softphone_logout,
    Held_softphone_state: Presence_Sync_Held_softphone_state,
    Icon_error: Presence_Sync_Icon_error,
    Icon_held: Presence_Sync_Icon_held,
    Icon_info: Presence_Sync_Icon_info,
    Icon_success: Presence_Sync_Icon_success,
    Icon_warning: Presence_Sync_Icon_warning,
    Input_call_ended: Presence_Sync_Input_call_ended,
    Input_call_inbound: Presence_Sync_Input_call_inbound,
    Input_call_outbound: Presence_Sync_Input_call_outbound,
    Input_omni_connection_error: Presence_Sync_Input_omni_connection_error,
    Input_omni_login: Presence_Sync_Input_omni_login,
    Input_omni_login_agent: Presence_Sync_Input_omni_login_agent,
    Input_omni_login_sync: Presence_Sync_Input_omni_login_sync,
    Input_omni_logout: Presence_Sync_Input_omni_logout,
    Input_omni_logout_handover: Presence_Sync_Input_omni_logout_handover,
    Input_omni_logout_maintenance: Presence_Sync_Input_omni_logout_maintenance,
    Input_omni_logout_supervisor: Presence_Sync_Input_omni_logout_supervisor,
    Input_omni_logout_sync: Presence_Sync_Input_omni_logout_sync,
    Input_omni_other: Presence_Sync_Input_omni_other,
    Input_omni_read: Presence_Sync_Input_omni_read,
    Input_omni_read_offline: Presence_Sync_Input_omni_read_offline,
    Input_omni_status: Presence_Sync_Input_omni_status,
    Input_omni_status_agent: Presence_Sync_Input_omni_status_agent,
    Input_omni_status_decline: Presence_Sync_Input_omni_status_decline,
    Input_omni_status_push_timeout: Presence_Sync_Input_omni_status_push_timeout,
    Input_omni_status_supervisor: Presence_Sync_Input_omni_status_supervisor,
    Input_omni_status_sync: Presence_Sync_Input_omni_status_sync,
    Input_omni_work_accepted: Presence_Sync_Input_omni_work_accepted,
    Input_omni_work_accepted_agent: Presence_Sync_Input_omni_work_accepted_agent,
    Input_omni_work_assigned: Presence_Sync_Input_omni_work_assigned,
    Input_omni_work_closed: Presence_Sync_Input_omni_work_closed,
    Input_omni_work_closed_agent: Presence_Sync_Input_omni_work_closed_agent,
    Input_omni_work_declined: Presence_Sync_Input_omni_work_declined,
    Input_omni_work_declined_agent: Presence_Sync_Input_omni_work_declined_agent,
    Input_omni_workload: Presence_Sync_Input_omni_workload,
    Input_result_failed: Presence_Sync_Input_result_failed,
    Input_result_failed_omni: Presence_Sync_Input_result_failed_omni,
    Input_result_failed_softphone: Presence_Sync_Input_result_failed_softphone,
    Input_result_ok: Presence_Sync_Input_result_ok,
    Input_result_ok_omni: Presence_Sync_Input_result_ok_omni,
    Input_result_ok_softphone: Presence_Sync_Input_result_ok_softphone,
    Input_result_refused_omni: Presence_Sync_Input_result_refused_omni,
    Input_result_refused_softphone: Presence_Sync_Input_result_refused_softphone,
    Input_runtime_omni_read: Presence_Sync_Input_runtime_omni_read,
    Input_runtime_other: Presence_Sync_Input_runtime_other,
    Input_runtime_session: Presence_Sync_Input_runtime_session,
    Input_runtime_tabs: Presence_Sync_Input_runtime_tabs,
    Input_runtime_take_over: Presence_Sync_Input_runtime_take_over,
    Input_softphone_connected: Presence_Sync_Input_softphone_connected,
    Input_softphone_connected_plain: Presence_Sync_Input_softphone_connected_plain,
    Input_softphone_disconnected: Presence_Sync_Input_softphone_disconnected,
    Input_softphone_login: Presence_Sync_Input_softphone_login,
    Input_softphone_logout: Presence_Sync_Input_softphone_logout,
    Input_softphone_logout_agent: Presence_Sync_Input_softphone_logout_agent,
    Input_softphone_logout_contact_centre: Presence_Sync_Input_softphone_logout_contact_centre,
    Input_softphone_logout_sync: Presence_Sync_Input_softphone_logout_sync,
    Input_softphone_lost: Presence_Sync_Input_softphone_lost,
    Input_softphone_lost_plain: Presence_Sync_Input_softphone_lost_plain,
    Input_softphone_other: Presence_Sync_Input_softphone_other,
    Input_softphone_state: Presence_Sync_Input_softphone_state,
    Input_softphone_state_agent: Presence_Sync_Input_softphone_state_agent,
    Input_softphone_state_contact_centre: Presence_Sync_Input_softphone_state_contact_centre,
    Input_softphone_state_sync: Presence_Sync_Input_softphone_state_sync,
    Input_softphone_state_wrap_end: Presence_Sync_Input_softphone_state_wrap_end,
    Input_softphone_work: Presence_Sync_Input_softphone_work,
    Input_softphone_work_accept: Presence_Sync_Input_softphone_work_accept,
    Input_softphone_work_close: Presence_Sync_Input_softphone_work_close,
    Input_softphone_work_decline: Presence_Sync_Input_softphone_work_decline,
    Input_softphone_work_decline_reason: Presence_Sync_Input_softphone_work_decline_reason,
    Input_tick: Presence_Sync_Input_tick,
    Load_Error: Presence_Sync_Load_Error,
    Load_Error_Action: Presence_Sync_Load_Error_Action,
    Load_Error_Softphone: Presence_Sync_Load_Error_Softphone,
    Load_Error_Sync_Off: Presence_Sync_Load_Error_Sync_Off,
    Load_Line: Presence_Sync_Load_Line,
    Load_Retried: Presence_Sync_Load_Retried,
    Load_Retry: Presence_Sync_Load_Retry,
    Load_Retrying: Presence_Sync_Load_Retrying,
    No_Softphone_Url: Presence_Sync_No_Softphone_Url,
    Notice_audit_corrupted: Presence_Sync_Notice_audit_corrupted,
    Notice_audit_missing: Presence_Sync_Notice_audit_missing,
    Notice_audit_not_kept: Presence_Sync_Notice_audit_not_kept,
    Notice_audit_not_kept_missing: Presence_Sync_Notice_audit_not_kept_missing,
    Notice_bridge_rejected: Presence_Sync_Notice_bridge_rejected,
    Notice_command_failed: Presence_Sync_Notice_command_failed,
    Notice_command_failed_omni: Presence_Sync_Notice_command_failed_omni,
    Notice_command_failed_omni_vendor: Presence_Sync_Notice_command_failed_omni_vendor,
    Notice_command_failed_vendor: Presence_Sync_Notice_command_failed_vendor,
    Notice_config_summary: Presence_Sync_Notice_config_summary,
    Notice_config_summary_one: Presence_Sync_Notice_config_summary_one,
    Notice_held_dropped_logged_out: Presence_Sync_Notice_held_dropped_logged_out,
    Notice_held_dropped_old: Presence_Sync_Notice_held_dropped_old,
    Notice_held_dropped_status: Presence_Sync_Notice_held_dropped_status,
    Notice_no_handshake: Presence_Sync_Notice_no_handshake,
    Notice_no_login_status: Presence_Sync_Notice_no_login_status,
    Notice_omni_connection_error: Presence_Sync_Notice_omni_connection_error,
    Notice_omni_handover: Presence_Sync_Notice_omni_handover,
    Notice_omni_maintenance: Presence_Sync_Notice_omni_maintenance,
    Notice_omni_stays_offline: Presence_Sync_Notice_omni_stays_offline,
    Notice_omni_supervisor_logout: Presence_Sync_Notice_omni_supervisor_logout,
    Notice_other: Presence_Sync_Notice_other,
    Notice_picked_not_applied: Presence_Sync_Notice_picked_not_applied,
    Notice_picked_not_applied_vendor: Presence_Sync_Notice_picked_not_applied_vendor,
    Notice_reserved_target: Presence_Sync_Notice_reserved_target,
    Notice_softphone_disconnected: Presence_Sync_Notice_softphone_disconnected,
    Notice_softphone_lost_disconnect_status: Presence_Sync_Notice_softphone_lost_disconnect_status,
    Notice_softphone_lost_omni_busy: Presence_Sync_Notice_softphone_lost_omni_busy,
    Notice_softphone_lost_omni_offline: Presence_Sync_Notice_softphone_lost_omni_offline,
    Notice_softphone_lost_omni_routable: Presence_Sync_Notice_softphone_lost_omni_routable,
    Notice_softphone_lost_stays: Presence_Sync_Notice_softphone_lost_stays,
    Notice_softphone_lost_unchanged: Presence_Sync_Notice_softphone_lost_unchanged,
    Notice_softphone_stays_logged_out: Presence_Sync_Notice_softphone_stays_logged_out,
    Notice_softphone_stays_logged_out_start: Presence_Sync_Notice_softphone_stays_logged_out_start,
    Notice_state_not_saved: Presence_Sync_Notice_state_not_saved,
    Notice_storage_full: Presence_Sync_Notice_storage_full,
    Notice_storage_full_missing: Presence_Sync_Notice_storage_full_missing,
    Notice_storage_full_was: Presence_Sync_Notice_storage_full_was,
    Notice_sync_disabled: Presence_Sync_Notice_sync_disabled,
    Notice_tabs_uncoordinated: Presence_Sync_Notice_tabs_uncoordinated,
    Notice_unmapped_state: Presence_Sync_Notice_unmapped_state,
    Notice_unmapped_status: Presence_Sync_Notice_unmapped_status,
    Notice_work_failed_omni: Presence_Sync_Notice_work_failed_omni,
    Notice_work_failed_softphone: Presence_Sync_Notice_work_failed_softphone,
    Notices_Heading: Presence_Sync_Notices_Heading,
    Omni_Heading: Presence_Sync_Omni_Heading,
    On_Interaction: Presence_Sync_On_Interaction,
    Outcome_alone: Presence_Sync_Outcome_alone,
    Outcome_already: Presence_Sync_Outcome_already,
    Outcome_applied: Presence_Sync_Outcome_applied,
    Outcome_applied_asked: Presence_Sync_Outcome_applied_asked,
    Outcome_asked_logout_omni: Presence_Sync_Outcome_asked_logout_omni,
    Outcome_asked_logout_softphone: Presence_Sync_Outcome_asked_logout_softphone,
    Outcome_asked_omni: Presence_Sync_Outcome_asked_omni,
    Outcome_asked_softphone: Presence_Sync_Outcome_asked_softphone,
    Outcome_blocked: Presence_Sync_Outcome_blocked,
    Outcome_blocked_drop_held: Presence_Sync_Outcome_blocked_drop_held,
    Outcome_blocked_handover: Presence_Sync_Outcome_blocked_handover,
    Outcome_blocked_held_expired: Presence_Sync_Outcome_blocked_held_expired,
    Outcome_blocked_held_superseded: Presence_Sync_Outcome_blocked_held_superseded,
    Outcome_blocked_login_off: Presence_Sync_Outcome_blocked_login_off,
    Outcome_blocked_logout_off: Presence_Sync_Outcome_blocked_logout_off,
    Outcome_blocked_maintenance: Presence_Sync_Outcome_blocked_maintenance,
    Outcome_blocked_no_login: Presence_Sync_Outcome_blocked_no_login,
    Outcome_blocked_omni_event_dropped: Presence_Sync_Outcome_blocked_omni_event_dropped,
    Outcome_blocked_omni_offline: Presence_Sync_Outcome_blocked_omni_offline,
    Outcome_blocked_refused: Presence_Sync_Outcome_blocked_refused,
    Outcome_blocked_softphone_unavailable: Presence_Sync_Outcome_blocked_softphone_unavailable,
    Outcome_blocked_sync_disabled: Presence_Sync_Outcome_blocked_sync_disabled,
    Outcome_changed: Presence_Sync_Outcome_changed,
    Outcome_confirmed: Presence_Sync_Outcome_confirmed,
    Outcome_connection: Presence_Sync_Outcome_connection,
    Outcome_drives: Presence_Sync_Outcome_drives,
    Outcome_echo: Presence_Sync_Outcome_echo,
    Outcome_failed: Presence_Sync_Outcome_failed,
    Outcome_held: Presence_Sync_Outcome_held,
    Outcome_held_logout: Presence_Sync_Outcome_held_logout,
    Outcome_held_named: Presence_Sync_Outcome_held_named,
    Outcome_logout_omni: Presence_Sync_Outcome_logout_omni,
    Outcome_logout_omni_restored: Presence_Sync_Outcome_logout_omni_restored,
    Outcome_logout_softphone: Presence_Sync_Outcome_logout_softphone,
    Outcome_logout_softphone_restored: Presence_Sync_Outcome_logout_softphone_restored,
    Outcome_lost_fallback: Presence_Sync_Outcome_lost_fallback,
    Outcome_lost_left: Presence_Sync_Outcome_lost_left,
    Outcome_lost_offline: Presence_Sync_Outcome_lost_offline,
    Outcome_passed_omni: Presence_Sync_Outcome_passed_omni,
    Outcome_passed_softphone: Presence_Sync_Outcome_passed_softphone,
    Outcome_recorded: Presence_Sync_Outcome_recorded,
    Outcome_released: Presence_Sync_Outcome_released,
    Outcome_restored: Presence_Sync_Outcome_restored,
    Outcome_retry: Presence_Sync_Outcome_retry,
    Outcome_revert_inbound_only: Presence_Sync_Outcome_revert_inbound_only,
    Outcome_revert_off: Presence_Sync_Outcome_revert_off,
    Outcome_revert_on: Presence_Sync_Outcome_revert_on,
    Outcome_reverted: Presence_Sync_Outcome_reverted,
    Outcome_set_omni: Presence_Sync_Outcome_set_omni,
    Outcome_set_omni_restored: Presence_Sync_Outcome_set_omni_restored,
    Outcome_set_omni_reverted: Presence_Sync_Outcome_set_omni_reverted,
    Outcome_set_softphone: Presence_Sync_Outcome_set_softphone,
    Outcome_set_softphone_restored: Presence_Sync_Outcome_set_softphone_restored,
    Outcome_unmapped: Presence_Sync_Outcome_unmapped,
    Outcome_work: Presence_Sync_Outcome_work,
    Reason_bad_envelope: Presence_Sync_Reason_bad_envelope,
    Reason_bad_payload: Presence_Sync_Reason_bad_payload,
    Reason_flood: Presence_Sync_Reason_flood,
    Reason_malformed: Presence_Sync_Reason_malformed,
    Reason_nonce: Presence_Sync_Reason_nonce,
    Reason_not_protocol: Presence_Sync_Reason_not_protocol,
    Reason_other: Presence_Sync_Reason_other,
    Reason_oversized: Presence_Sync_Reason_oversized,
    Reason_replayed: Presence_Sync_Reason_replayed,
    Reason_unexpected: Presence_Sync_Reason_unexpected,
    Reason_unexpected_keys: Presence_Sync_Reason_unexpected_keys,
    Reason_unknown_type: Presence_Sync_Reason_unknown_type,
    Reason_version: Presence_Sync_Reason_version,
    Reason_wrong_origin: Presence_Sync_Reason_wrong_origin,
    Reason_wrong_source: Presence_Sync_Reason_wrong_source,
    Rejected_By_Reason: Presence_Sync_Rejected_By_Reason,
    Rejected_Messages: Presence_Sync_Rejected_Messages,
    Reload_Softphone: Presence_Sync_Reload_Softphone,
    Role_Follower: Presence_Sync_Role_Follower,
    Role_Starting: Presence_Sync_Role_Starting,
    Softphone_Heading: Presence_Sync_Softphone_Heading,
    Softphone_Last_Seen: Presence_Sync_Softphone_Last_Seen,
    Softphone_Last_Seen_Logged_Out: Presence_Sync_Softphone_Last_Seen_Logged_Out,
    Softphone_Subject: Presence_Sync_Softphone_Subject,
    Sync_Off: Presence_Sync_Sync_Off,
    Tabs_Softphone_Elsewhere: Presence_Sync_Tabs_Softphone_Elsewhere,
    Tabs_Softphone_On_Call: Presence_Sync_Tabs_Softphone_On_Call,
    Title: Presence_Sync_Title,
    Use_This_Tab: Presence_Sync_Use_This_Tab,
    Utility_Attention: Presence_Sync_Utility_Attention,
    Utility_Error: Presence_Sync_Utility_Error,
    Utility_Follower: Presence_Sync_Utility_Follower,
    Utility_Off: Presence_Sync_Utility_Off,
    Utility_Ok: Presence_Sync_Utility_Ok,
    Value: Presence_Sync_Value,
    Words_omni: Presence_Sync_Words_omni,
    Words_softphone: Presence_Sync_Words_softphone
};
