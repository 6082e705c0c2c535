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
import d36 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_old';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_unknown_status';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_login_dropped_softphone_gone';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_omni_choice_stands';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_omni_supervisor_logout';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_restore_after_late_landing';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_sides_agree';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d113 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d114 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d115 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d116 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d117 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d118 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d119 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d120 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d121 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d122 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d123 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d124 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d125 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d126 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d127 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d128 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d129 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d130 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d131 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d132 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d133 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d134 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d135 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d136 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d137 from '@salesforce/label/c.Presence_Sync_Detail_work_not_shown';
import d138 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d139 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d140 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d141 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d142 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d148 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d149 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d150 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d151 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d152 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d153 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d154 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d155 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d156 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d157 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d158 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d159 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d160 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d161 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d162 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d163 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d164 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d165 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d166 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Camera';
import d167 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d168 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d169 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d170 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d171 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d172 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d173 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d174 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d175 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d176 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d177 from '@salesforce/label/c.Presence_Sync_No_reason';
import d178 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d179 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d180 from '@salesforce/label/c.Presence_Sync_Offline';
import d181 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d182 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d183 from '@salesforce/label/c.Presence_Sync_Unknown';
import d184 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d185 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d186 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d187 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d188 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d189 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d190 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

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
    Detail_echo_softphone: d36,
    Detail_held_again_new_interaction: d37,
    Detail_held_dropped_at_start: d38,
    Detail_held_dropped_old: d39,
    Detail_held_dropped_unknown_status: d40,
    Detail_held_failed: d41,
    Detail_held_landed: d42,
    Detail_held_logout_void: d43,
    Detail_held_on_interaction: d44,
    Detail_held_refused_on_interaction: d45,
    Detail_held_superseded_agent: d46,
    Detail_held_superseded_back_logged_out: d47,
    Detail_held_superseded_by_omni: d48,
    Detail_held_superseded_logout: d49,
    Detail_held_superseded_state: d50,
    Detail_held_waits_for_end: d51,
    Detail_interaction_ended: d52,
    Detail_interaction_started: d53,
    Detail_late_login_undone: d54,
    Detail_login_after_logout_undone: d55,
    Detail_login_dropped_softphone_gone: d56,
    Detail_login_undone_softphone_out: d57,
    Detail_login_waits_for_state: d58,
    Detail_logout_held: d59,
    Detail_logout_stands: d60,
    Detail_no_login_status: d61,
    Detail_nothing_to_do: d62,
    Detail_omni_already: d63,
    Detail_omni_back: d64,
    Detail_omni_change_softphone_out: d65,
    Detail_omni_choice_stands: d66,
    Detail_omni_confirmed: d67,
    Detail_omni_connection_lost: d68,
    Detail_omni_event_dropped: d69,
    Detail_omni_event_field_dropped: d70,
    Detail_omni_failed_not_needed: d71,
    Detail_omni_gave_up: d72,
    Detail_omni_handover: d73,
    Detail_omni_login_off: d74,
    Detail_omni_logout_after_error: d75,
    Detail_omni_logout_off: d76,
    Detail_omni_maintenance: d77,
    Detail_omni_offline_no_login: d78,
    Detail_omni_read: d79,
    Detail_omni_read_refused: d80,
    Detail_omni_read_unanswered: d81,
    Detail_omni_retry: d82,
    Detail_omni_session_here: d83,
    Detail_omni_still: d84,
    Detail_omni_supervisor_logout: d85,
    Detail_reconcile_omni_back: d86,
    Detail_reconcile_softphone_back: d87,
    Detail_reconcile_start: d88,
    Detail_reconnect_not_login: d89,
    Detail_reserved_not_from_omni: d90,
    Detail_reserved_not_set: d91,
    Detail_restore_after_late_landing: d92,
    Detail_restore_omni: d93,
    Detail_restore_softphone: d94,
    Detail_revert_after_interaction: d95,
    Detail_revert_waits_for_end: d96,
    Detail_saved: d97,
    Detail_set_omni: d98,
    Detail_set_omni_retry: d99,
    Detail_set_softphone: d100,
    Detail_set_softphone_retry: d101,
    Detail_sides_agree: d102,
    Detail_softphone_already: d103,
    Detail_softphone_confirmed: d104,
    Detail_softphone_connected: d105,
    Detail_softphone_disconnected: d106,
    Detail_softphone_failed_not_needed: d107,
    Detail_softphone_gave_up: d108,
    Detail_softphone_logout_off: d109,
    Detail_softphone_not_logged_in: d110,
    Detail_softphone_out_not_set: d111,
    Detail_softphone_retry: d112,
    Detail_softphone_still: d113,
    Detail_stale_result: d114,
    Detail_state_maps_to_logout: d115,
    Detail_state_no_change_row: d116,
    Detail_state_unmapped: d117,
    Detail_state_unmapped_fallback: d118,
    Detail_status_no_change_row: d119,
    Detail_status_not_in_org: d120,
    Detail_status_unavailable: d121,
    Detail_status_unmapped: d122,
    Detail_status_unmapped_fallback: d123,
    Detail_sync_off_omni: d124,
    Detail_sync_off_softphone: d125,
    Detail_tabs_uncoordinated_alone: d126,
    Detail_tabs_uncoordinated_lease: d127,
    Detail_tabs_uncoordinated_locks: d128,
    Detail_take_over_asked: d129,
    Detail_work_accepted_busy: d130,
    Detail_work_asked: d131,
    Detail_work_asked_omni_offline: d132,
    Detail_work_command_done: d133,
    Detail_work_command_failed: d134,
    Detail_work_forwarded: d135,
    Detail_work_keeps_busy: d136,
    Detail_work_not_shown: d137,
    Detail_work_over: d138,
    Detail_work_over_omni_offline: d139,
    Direction_inbound: d140,
    Direction_outbound: d141,
    Field_Action: d142,
    Field_Active: d143,
    Field_Allowed_Origins: d144,
    Field_Audit_Log_Size: d145,
    Field_Busy: d146,
    Field_Busy_Fallback_Minor_State: d147,
    Field_Busy_Fallback_State: d148,
    Field_Capacity_Busy_Minor_State: d149,
    Field_Capacity_Busy_State: d150,
    Field_Capacity_Threshold_Percent: d151,
    Field_Command_Retry_Limit: d152,
    Field_Command_Timeout_Seconds: d153,
    Field_Direction: d154,
    Field_Disconnect_Status: d155,
    Field_Forward_Work_Items: d156,
    Field_Hold_During_Interaction: d157,
    Field_Login_Omni_On_Softphone_Login: d158,
    Field_Login_Status: d159,
    Field_Logout_Omni_On_Softphone_Logout: d160,
    Field_Logout_Softphone_On_Omni_Logout: d161,
    Field_Presence_Status: d162,
    Field_Ready_State: d163,
    Field_Revert_After_Inbound: d164,
    Field_Revert_Scope: d165,
    Field_Softphone_Camera: d166,
    Field_Softphone_Minor_State: d167,
    Field_Softphone_State: d168,
    Field_Softphone_Url: d169,
    Field_Startup_Authority: d170,
    Field_Sync_Enabled: d171,
    Field_Unmapped_State_Status: d172,
    Field_Unmapped_Status_Action: d173,
    Field_Work_Accepted_Minor_State: d174,
    Field_Work_Accepted_State: d175,
    Logged_Out: d176,
    No_reason: d177,
    Notice_config: d178,
    Notice_config_field: d179,
    Offline: d180,
    Type_Presence_Mapping: d181,
    Type_Presence_Sync_Setting: d182,
    Unknown: d183,
    Work_action_accept: d184,
    Work_action_close: d185,
    Work_action_decline: d186,
    Work_event_accepted: d187,
    Work_event_assigned: d188,
    Work_event_closed: d189,
    Work_event_declined: d190
};
