// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the
// Custom Labels the panel and the Setup page share. Keys are the label names without Presence_Sync_.
import d0 from '@salesforce/label/c.Presence_Sync_Cause_event_no_name';
import d1 from '@salesforce/label/c.Presence_Sync_Cause_event_params';
import d2 from '@salesforce/label/c.Presence_Sync_Cause_event_unknown';
import d3 from '@salesforce/label/c.Presence_Sync_Cause_event_unreadable';
import d4 from '@salesforce/label/c.Presence_Sync_Cause_frame_reloaded';
import d5 from '@salesforce/label/c.Presence_Sync_Cause_heartbeat_lost';
import d6 from '@salesforce/label/c.Presence_Sync_Cause_no_softphone_configured';
import d7 from '@salesforce/label/c.Presence_Sync_Cause_protocol_unsupported';
import d8 from '@salesforce/label/c.Presence_Sync_Cause_request_failed';
import d9 from '@salesforce/label/c.Presence_Sync_Cause_softphone_closed';
import d10 from '@salesforce/label/c.Presence_Sync_Cause_softphone_no_answer';
import d11 from '@salesforce/label/c.Presence_Sync_Cause_softphone_not_connected';
import d12 from '@salesforce/label/c.Presence_Sync_Cause_toolkit_no_answer';
import d13 from '@salesforce/label/c.Presence_Sync_Config_badSetting';
import d14 from '@salesforce/label/c.Presence_Sync_Config_badValue';
import d15 from '@salesforce/label/c.Presence_Sync_Config_blankField';
import d16 from '@salesforce/label/c.Presence_Sync_Config_contradictoryRows';
import d17 from '@salesforce/label/c.Presence_Sync_Config_duplicateRow';
import d18 from '@salesforce/label/c.Presence_Sync_Config_missingSettings';
import d19 from '@salesforce/label/c.Presence_Sync_Config_reservedTarget';
import d20 from '@salesforce/label/c.Presence_Sync_Config_unknownState';
import d21 from '@salesforce/label/c.Presence_Sync_Config_unknownStatus';
import d22 from '@salesforce/label/c.Presence_Sync_Config_unmappedMajorState';
import d23 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus';
import d24 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus_unchanged';
import d25 from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import d26 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import d27 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import d28 from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import d29 from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import d30 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import d31 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d32 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d33 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d34 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d35 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d113 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d114 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d115 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d116 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d117 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d118 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d119 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d120 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d121 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d122 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d123 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d124 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d125 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d126 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d127 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d128 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d129 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d130 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d131 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d132 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d133 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d134 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d135 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d136 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d137 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d138 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d139 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d140 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d141 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d142 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d148 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d149 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d150 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d151 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d152 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d153 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d154 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d155 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d156 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d157 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d158 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d159 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d160 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d161 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d162 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d163 from '@salesforce/label/c.Presence_Sync_No_reason';
import d164 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d165 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d166 from '@salesforce/label/c.Presence_Sync_Offline';
import d167 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d168 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d169 from '@salesforce/label/c.Presence_Sync_Unknown';
import d170 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d171 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d172 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d173 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d174 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d175 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d176 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const SHARED_LABELS = {
    Cause_event_no_name: d0,
    Cause_event_params: d1,
    Cause_event_unknown: d2,
    Cause_event_unreadable: d3,
    Cause_frame_reloaded: d4,
    Cause_heartbeat_lost: d5,
    Cause_no_softphone_configured: d6,
    Cause_protocol_unsupported: d7,
    Cause_request_failed: d8,
    Cause_softphone_closed: d9,
    Cause_softphone_no_answer: d10,
    Cause_softphone_not_connected: d11,
    Cause_toolkit_no_answer: d12,
    Config_badSetting: d13,
    Config_badValue: d14,
    Config_blankField: d15,
    Config_contradictoryRows: d16,
    Config_duplicateRow: d17,
    Config_missingSettings: d18,
    Config_reservedTarget: d19,
    Config_unknownState: d20,
    Config_unknownStatus: d21,
    Config_unmappedMajorState: d22,
    Config_unmappedStatus: d23,
    Config_unmappedStatus_unchanged: d24,
    Detail_agent_over_work_busy: d25,
    Detail_apply_held_logout: d26,
    Detail_apply_held_status: d27,
    Detail_capacity_busy: d28,
    Detail_command_lost_with_frame: d29,
    Detail_echo_omni: d30,
    Detail_echo_softphone: d31,
    Detail_held_again_new_interaction: d32,
    Detail_held_dropped_at_start: d33,
    Detail_held_failed: d34,
    Detail_held_landed: d35,
    Detail_held_logout_void: d36,
    Detail_held_on_interaction: d37,
    Detail_held_refused_on_interaction: d38,
    Detail_held_superseded_agent: d39,
    Detail_held_superseded_back_logged_out: d40,
    Detail_held_superseded_by_omni: d41,
    Detail_held_superseded_logout: d42,
    Detail_held_superseded_state: d43,
    Detail_held_waits_for_end: d44,
    Detail_interaction_ended: d45,
    Detail_interaction_started: d46,
    Detail_late_login_undone: d47,
    Detail_login_after_logout_undone: d48,
    Detail_login_undone_softphone_out: d49,
    Detail_login_waits_for_state: d50,
    Detail_logout_held: d51,
    Detail_logout_stands: d52,
    Detail_no_login_status: d53,
    Detail_nothing_to_do: d54,
    Detail_omni_already: d55,
    Detail_omni_back: d56,
    Detail_omni_change_softphone_out: d57,
    Detail_omni_confirmed: d58,
    Detail_omni_connection_lost: d59,
    Detail_omni_event_dropped: d60,
    Detail_omni_event_field_dropped: d61,
    Detail_omni_failed_not_needed: d62,
    Detail_omni_gave_up: d63,
    Detail_omni_handover: d64,
    Detail_omni_login_off: d65,
    Detail_omni_logout_after_error: d66,
    Detail_omni_logout_off: d67,
    Detail_omni_maintenance: d68,
    Detail_omni_offline_no_login: d69,
    Detail_omni_read: d70,
    Detail_omni_read_refused: d71,
    Detail_omni_read_unanswered: d72,
    Detail_omni_retry: d73,
    Detail_omni_session_here: d74,
    Detail_omni_still: d75,
    Detail_reconcile_omni_back: d76,
    Detail_reconcile_softphone_back: d77,
    Detail_reconcile_start: d78,
    Detail_reconnect_not_login: d79,
    Detail_reserved_not_from_omni: d80,
    Detail_reserved_not_set: d81,
    Detail_restore_omni: d82,
    Detail_restore_softphone: d83,
    Detail_revert_after_interaction: d84,
    Detail_revert_waits_for_end: d85,
    Detail_saved: d86,
    Detail_set_omni: d87,
    Detail_set_omni_retry: d88,
    Detail_set_softphone: d89,
    Detail_set_softphone_retry: d90,
    Detail_softphone_already: d91,
    Detail_softphone_confirmed: d92,
    Detail_softphone_connected: d93,
    Detail_softphone_disconnected: d94,
    Detail_softphone_failed_not_needed: d95,
    Detail_softphone_gave_up: d96,
    Detail_softphone_logout_off: d97,
    Detail_softphone_not_logged_in: d98,
    Detail_softphone_out_not_set: d99,
    Detail_softphone_retry: d100,
    Detail_softphone_still: d101,
    Detail_stale_result: d102,
    Detail_state_maps_to_logout: d103,
    Detail_state_no_change_row: d104,
    Detail_state_unmapped: d105,
    Detail_state_unmapped_fallback: d106,
    Detail_status_no_change_row: d107,
    Detail_status_not_in_org: d108,
    Detail_status_unavailable: d109,
    Detail_status_unmapped: d110,
    Detail_status_unmapped_fallback: d111,
    Detail_sync_off_omni: d112,
    Detail_sync_off_softphone: d113,
    Detail_tabs_uncoordinated_alone: d114,
    Detail_tabs_uncoordinated_lease: d115,
    Detail_tabs_uncoordinated_locks: d116,
    Detail_take_over_asked: d117,
    Detail_work_accepted_busy: d118,
    Detail_work_asked: d119,
    Detail_work_asked_omni_offline: d120,
    Detail_work_command_done: d121,
    Detail_work_command_failed: d122,
    Detail_work_forwarded: d123,
    Detail_work_keeps_busy: d124,
    Detail_work_over: d125,
    Detail_work_over_omni_offline: d126,
    Direction_inbound: d127,
    Direction_outbound: d128,
    Field_Action: d129,
    Field_Active: d130,
    Field_Allowed_Origins: d131,
    Field_Audit_Log_Size: d132,
    Field_Busy: d133,
    Field_Busy_Fallback_Minor_State: d134,
    Field_Busy_Fallback_State: d135,
    Field_Capacity_Busy_Minor_State: d136,
    Field_Capacity_Busy_State: d137,
    Field_Capacity_Threshold_Percent: d138,
    Field_Command_Retry_Limit: d139,
    Field_Command_Timeout_Seconds: d140,
    Field_Direction: d141,
    Field_Disconnect_Status: d142,
    Field_Forward_Work_Items: d143,
    Field_Hold_During_Interaction: d144,
    Field_Login_Omni_On_Softphone_Login: d145,
    Field_Login_Status: d146,
    Field_Logout_Omni_On_Softphone_Logout: d147,
    Field_Logout_Softphone_On_Omni_Logout: d148,
    Field_Presence_Status: d149,
    Field_Ready_State: d150,
    Field_Revert_After_Inbound: d151,
    Field_Revert_Scope: d152,
    Field_Softphone_Minor_State: d153,
    Field_Softphone_State: d154,
    Field_Softphone_Url: d155,
    Field_Startup_Authority: d156,
    Field_Sync_Enabled: d157,
    Field_Unmapped_State_Status: d158,
    Field_Unmapped_Status_Action: d159,
    Field_Work_Accepted_Minor_State: d160,
    Field_Work_Accepted_State: d161,
    Logged_Out: d162,
    No_reason: d163,
    Notice_config: d164,
    Notice_config_field: d165,
    Offline: d166,
    Type_Presence_Mapping: d167,
    Type_Presence_Sync_Setting: d168,
    Unknown: d169,
    Work_action_accept: d170,
    Work_action_close: d171,
    Work_action_decline: d172,
    Work_event_accepted: d173,
    Work_event_assigned: d174,
    Work_event_closed: d175,
    Work_event_declined: d176
};
