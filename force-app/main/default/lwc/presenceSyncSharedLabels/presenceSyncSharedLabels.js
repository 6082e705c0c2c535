// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the
// Custom Labels the panel and the Setup page share. Keys are the label names without Presence_Sync_.
import d0 from '@salesforce/label/c.Presence_Sync_Cause_bridge_stopped';
import d1 from '@salesforce/label/c.Presence_Sync_Cause_configuration_unreadable';
import d2 from '@salesforce/label/c.Presence_Sync_Cause_event_no_name';
import d3 from '@salesforce/label/c.Presence_Sync_Cause_event_params';
import d4 from '@salesforce/label/c.Presence_Sync_Cause_event_unknown';
import d5 from '@salesforce/label/c.Presence_Sync_Cause_event_unreadable';
import d6 from '@salesforce/label/c.Presence_Sync_Cause_frame_reloaded';
import d7 from '@salesforce/label/c.Presence_Sync_Cause_heartbeat_lost';
import d8 from '@salesforce/label/c.Presence_Sync_Cause_no_softphone_configured';
import d9 from '@salesforce/label/c.Presence_Sync_Cause_protocol_unsupported';
import d10 from '@salesforce/label/c.Presence_Sync_Cause_request_failed';
import d11 from '@salesforce/label/c.Presence_Sync_Cause_softphone_closed';
import d12 from '@salesforce/label/c.Presence_Sync_Cause_softphone_no_answer';
import d13 from '@salesforce/label/c.Presence_Sync_Cause_softphone_not_connected';
import d14 from '@salesforce/label/c.Presence_Sync_Cause_softphone_resynced';
import d15 from '@salesforce/label/c.Presence_Sync_Cause_toolkit_no_answer';
import d16 from '@salesforce/label/c.Presence_Sync_Config_badSetting';
import d17 from '@salesforce/label/c.Presence_Sync_Config_badValue';
import d18 from '@salesforce/label/c.Presence_Sync_Config_blankField';
import d19 from '@salesforce/label/c.Presence_Sync_Config_contradictoryRows';
import d20 from '@salesforce/label/c.Presence_Sync_Config_duplicateRow';
import d21 from '@salesforce/label/c.Presence_Sync_Config_insecureUrl';
import d22 from '@salesforce/label/c.Presence_Sync_Config_missingSettings';
import d23 from '@salesforce/label/c.Presence_Sync_Config_reservedTarget';
import d24 from '@salesforce/label/c.Presence_Sync_Config_unknownState';
import d25 from '@salesforce/label/c.Presence_Sync_Config_unknownStatus';
import d26 from '@salesforce/label/c.Presence_Sync_Config_unmappedMajorState';
import d27 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus';
import d28 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus_unchanged';
import d29 from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import d30 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import d31 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import d32 from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import d33 from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import d34 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import d35 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_earlier_page';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_late';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_old';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_unknown_status';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_login_dropped_softphone_gone';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_omni_choice_stands';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_omni_supervisor_logout';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_restore_after_late_landing';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_sides_agree';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d113 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d114 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d115 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d116 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d117 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d118 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d119 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d120 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d121 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d122 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d123 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d124 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d125 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d126 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d127 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d128 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d129 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d130 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d131 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d132 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d133 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d134 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d135 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d136 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d137 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d138 from '@salesforce/label/c.Presence_Sync_Detail_work_not_shown';
import d139 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d140 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d141 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d142 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d148 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d149 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d150 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d151 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d152 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d153 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d154 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d155 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d156 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d157 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d158 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d159 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d160 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d161 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d162 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d163 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d164 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d165 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d166 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d167 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Camera';
import d168 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d169 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d170 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d171 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d172 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d173 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d174 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d175 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d176 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d177 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d178 from '@salesforce/label/c.Presence_Sync_No_reason';
import d179 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d180 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d181 from '@salesforce/label/c.Presence_Sync_Offline';
import d182 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d183 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d184 from '@salesforce/label/c.Presence_Sync_Unknown';
import d185 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d186 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d187 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d188 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d189 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d190 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d191 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const SHARED_LABELS = {
    Cause_bridge_stopped: d0,
    Cause_configuration_unreadable: d1,
    Cause_event_no_name: d2,
    Cause_event_params: d3,
    Cause_event_unknown: d4,
    Cause_event_unreadable: d5,
    Cause_frame_reloaded: d6,
    Cause_heartbeat_lost: d7,
    Cause_no_softphone_configured: d8,
    Cause_protocol_unsupported: d9,
    Cause_request_failed: d10,
    Cause_softphone_closed: d11,
    Cause_softphone_no_answer: d12,
    Cause_softphone_not_connected: d13,
    Cause_softphone_resynced: d14,
    Cause_toolkit_no_answer: d15,
    Config_badSetting: d16,
    Config_badValue: d17,
    Config_blankField: d18,
    Config_contradictoryRows: d19,
    Config_duplicateRow: d20,
    Config_insecureUrl: d21,
    Config_missingSettings: d22,
    Config_reservedTarget: d23,
    Config_unknownState: d24,
    Config_unknownStatus: d25,
    Config_unmappedMajorState: d26,
    Config_unmappedStatus: d27,
    Config_unmappedStatus_unchanged: d28,
    Detail_agent_over_work_busy: d29,
    Detail_apply_held_logout: d30,
    Detail_apply_held_status: d31,
    Detail_capacity_busy: d32,
    Detail_command_lost_with_frame: d33,
    Detail_echo_omni: d34,
    Detail_echo_omni_earlier_page: d35,
    Detail_echo_omni_late: d36,
    Detail_echo_softphone: d37,
    Detail_held_again_new_interaction: d38,
    Detail_held_dropped_at_start: d39,
    Detail_held_dropped_old: d40,
    Detail_held_dropped_unknown_status: d41,
    Detail_held_failed: d42,
    Detail_held_landed: d43,
    Detail_held_logout_void: d44,
    Detail_held_on_interaction: d45,
    Detail_held_refused_on_interaction: d46,
    Detail_held_superseded_agent: d47,
    Detail_held_superseded_back_logged_out: d48,
    Detail_held_superseded_by_omni: d49,
    Detail_held_superseded_logout: d50,
    Detail_held_superseded_state: d51,
    Detail_held_waits_for_end: d52,
    Detail_interaction_ended: d53,
    Detail_interaction_started: d54,
    Detail_late_login_undone: d55,
    Detail_login_after_logout_undone: d56,
    Detail_login_dropped_softphone_gone: d57,
    Detail_login_undone_softphone_out: d58,
    Detail_login_waits_for_state: d59,
    Detail_logout_held: d60,
    Detail_logout_stands: d61,
    Detail_no_login_status: d62,
    Detail_nothing_to_do: d63,
    Detail_omni_already: d64,
    Detail_omni_back: d65,
    Detail_omni_change_softphone_out: d66,
    Detail_omni_choice_stands: d67,
    Detail_omni_confirmed: d68,
    Detail_omni_connection_lost: d69,
    Detail_omni_event_dropped: d70,
    Detail_omni_event_field_dropped: d71,
    Detail_omni_failed_not_needed: d72,
    Detail_omni_gave_up: d73,
    Detail_omni_handover: d74,
    Detail_omni_login_off: d75,
    Detail_omni_logout_after_error: d76,
    Detail_omni_logout_off: d77,
    Detail_omni_maintenance: d78,
    Detail_omni_offline_no_login: d79,
    Detail_omni_read: d80,
    Detail_omni_read_refused: d81,
    Detail_omni_read_unanswered: d82,
    Detail_omni_retry: d83,
    Detail_omni_session_here: d84,
    Detail_omni_still: d85,
    Detail_omni_supervisor_logout: d86,
    Detail_reconcile_omni_back: d87,
    Detail_reconcile_softphone_back: d88,
    Detail_reconcile_start: d89,
    Detail_reconnect_not_login: d90,
    Detail_reserved_not_from_omni: d91,
    Detail_reserved_not_set: d92,
    Detail_restore_after_late_landing: d93,
    Detail_restore_omni: d94,
    Detail_restore_softphone: d95,
    Detail_revert_after_interaction: d96,
    Detail_revert_waits_for_end: d97,
    Detail_saved: d98,
    Detail_set_omni: d99,
    Detail_set_omni_retry: d100,
    Detail_set_softphone: d101,
    Detail_set_softphone_retry: d102,
    Detail_sides_agree: d103,
    Detail_softphone_already: d104,
    Detail_softphone_confirmed: d105,
    Detail_softphone_connected: d106,
    Detail_softphone_disconnected: d107,
    Detail_softphone_failed_not_needed: d108,
    Detail_softphone_gave_up: d109,
    Detail_softphone_logout_off: d110,
    Detail_softphone_not_logged_in: d111,
    Detail_softphone_out_not_set: d112,
    Detail_softphone_retry: d113,
    Detail_softphone_still: d114,
    Detail_stale_result: d115,
    Detail_state_maps_to_logout: d116,
    Detail_state_no_change_row: d117,
    Detail_state_unmapped: d118,
    Detail_state_unmapped_fallback: d119,
    Detail_status_no_change_row: d120,
    Detail_status_not_in_org: d121,
    Detail_status_unavailable: d122,
    Detail_status_unmapped: d123,
    Detail_status_unmapped_fallback: d124,
    Detail_sync_off_omni: d125,
    Detail_sync_off_softphone: d126,
    Detail_tabs_uncoordinated_alone: d127,
    Detail_tabs_uncoordinated_lease: d128,
    Detail_tabs_uncoordinated_locks: d129,
    Detail_take_over_asked: d130,
    Detail_work_accepted_busy: d131,
    Detail_work_asked: d132,
    Detail_work_asked_omni_offline: d133,
    Detail_work_command_done: d134,
    Detail_work_command_failed: d135,
    Detail_work_forwarded: d136,
    Detail_work_keeps_busy: d137,
    Detail_work_not_shown: d138,
    Detail_work_over: d139,
    Detail_work_over_omni_offline: d140,
    Direction_inbound: d141,
    Direction_outbound: d142,
    Field_Action: d143,
    Field_Active: d144,
    Field_Allowed_Origins: d145,
    Field_Audit_Log_Size: d146,
    Field_Busy: d147,
    Field_Busy_Fallback_Minor_State: d148,
    Field_Busy_Fallback_State: d149,
    Field_Capacity_Busy_Minor_State: d150,
    Field_Capacity_Busy_State: d151,
    Field_Capacity_Threshold_Percent: d152,
    Field_Command_Retry_Limit: d153,
    Field_Command_Timeout_Seconds: d154,
    Field_Direction: d155,
    Field_Disconnect_Status: d156,
    Field_Forward_Work_Items: d157,
    Field_Hold_During_Interaction: d158,
    Field_Login_Omni_On_Softphone_Login: d159,
    Field_Login_Status: d160,
    Field_Logout_Omni_On_Softphone_Logout: d161,
    Field_Logout_Softphone_On_Omni_Logout: d162,
    Field_Presence_Status: d163,
    Field_Ready_State: d164,
    Field_Revert_After_Inbound: d165,
    Field_Revert_Scope: d166,
    Field_Softphone_Camera: d167,
    Field_Softphone_Minor_State: d168,
    Field_Softphone_State: d169,
    Field_Softphone_Url: d170,
    Field_Startup_Authority: d171,
    Field_Sync_Enabled: d172,
    Field_Unmapped_State_Status: d173,
    Field_Unmapped_Status_Action: d174,
    Field_Work_Accepted_Minor_State: d175,
    Field_Work_Accepted_State: d176,
    Logged_Out: d177,
    No_reason: d178,
    Notice_config: d179,
    Notice_config_field: d180,
    Offline: d181,
    Type_Presence_Mapping: d182,
    Type_Presence_Sync_Setting: d183,
    Unknown: d184,
    Work_action_accept: d185,
    Work_action_close: d186,
    Work_action_decline: d187,
    Work_event_accepted: d188,
    Work_event_assigned: d189,
    Work_event_closed: d190,
    Work_event_declined: d191
};
