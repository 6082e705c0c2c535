// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the
// Custom Labels the panel and the Setup page share. Keys are the label names without Presence_Sync_.
import d0 from '@salesforce/label/c.Presence_Sync_Cause_bridge_stopped';
import d1 from '@salesforce/label/c.Presence_Sync_Cause_event_no_name';
import d2 from '@salesforce/label/c.Presence_Sync_Cause_event_params';
import d3 from '@salesforce/label/c.Presence_Sync_Cause_event_unknown';
import d4 from '@salesforce/label/c.Presence_Sync_Cause_event_unreadable';
import d5 from '@salesforce/label/c.Presence_Sync_Cause_frame_reloaded';
import d6 from '@salesforce/label/c.Presence_Sync_Cause_heartbeat_lost';
import d7 from '@salesforce/label/c.Presence_Sync_Cause_no_softphone_configured';
import d8 from '@salesforce/label/c.Presence_Sync_Cause_protocol_unsupported';
import d9 from '@salesforce/label/c.Presence_Sync_Cause_request_failed';
import d10 from '@salesforce/label/c.Presence_Sync_Cause_softphone_closed';
import d11 from '@salesforce/label/c.Presence_Sync_Cause_softphone_no_answer';
import d12 from '@salesforce/label/c.Presence_Sync_Cause_softphone_not_connected';
import d13 from '@salesforce/label/c.Presence_Sync_Cause_softphone_resynced';
import d14 from '@salesforce/label/c.Presence_Sync_Cause_toolkit_no_answer';
import d15 from '@salesforce/label/c.Presence_Sync_Config_badSetting';
import d16 from '@salesforce/label/c.Presence_Sync_Config_badValue';
import d17 from '@salesforce/label/c.Presence_Sync_Config_blankField';
import d18 from '@salesforce/label/c.Presence_Sync_Config_contradictoryRows';
import d19 from '@salesforce/label/c.Presence_Sync_Config_duplicateRow';
import d20 from '@salesforce/label/c.Presence_Sync_Config_missingSettings';
import d21 from '@salesforce/label/c.Presence_Sync_Config_reservedTarget';
import d22 from '@salesforce/label/c.Presence_Sync_Config_unknownState';
import d23 from '@salesforce/label/c.Presence_Sync_Config_unknownStatus';
import d24 from '@salesforce/label/c.Presence_Sync_Config_unmappedMajorState';
import d25 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus';
import d26 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus_unchanged';
import d27 from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import d28 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import d29 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import d30 from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import d31 from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import d32 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import d33 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_earlier_page';
import d34 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni_late';
import d35 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_old';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_unknown_status';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_login_dropped_softphone_gone';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_omni_choice_stands';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_omni_supervisor_logout';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_restore_after_late_landing';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_sides_agree';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d113 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d114 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d115 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d116 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d117 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d118 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d119 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d120 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d121 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d122 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d123 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d124 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d125 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d126 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d127 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d128 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d129 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d130 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d131 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d132 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d133 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d134 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d135 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d136 from '@salesforce/label/c.Presence_Sync_Detail_work_not_shown';
import d137 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d138 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d139 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d140 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d141 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d142 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d148 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d149 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d150 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d151 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d152 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d153 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d154 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d155 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d156 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d157 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d158 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d159 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d160 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d161 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d162 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d163 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d164 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d165 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d166 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d167 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d168 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d169 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d170 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d171 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d172 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d173 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d174 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d175 from '@salesforce/label/c.Presence_Sync_No_reason';
import d176 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d177 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d178 from '@salesforce/label/c.Presence_Sync_Offline';
import d179 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d180 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d181 from '@salesforce/label/c.Presence_Sync_Unknown';
import d182 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d183 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d184 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d185 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d186 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d187 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d188 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const SHARED_LABELS = {
    Cause_bridge_stopped: d0,
    Cause_event_no_name: d1,
    Cause_event_params: d2,
    Cause_event_unknown: d3,
    Cause_event_unreadable: d4,
    Cause_frame_reloaded: d5,
    Cause_heartbeat_lost: d6,
    Cause_no_softphone_configured: d7,
    Cause_protocol_unsupported: d8,
    Cause_request_failed: d9,
    Cause_softphone_closed: d10,
    Cause_softphone_no_answer: d11,
    Cause_softphone_not_connected: d12,
    Cause_softphone_resynced: d13,
    Cause_toolkit_no_answer: d14,
    Config_badSetting: d15,
    Config_badValue: d16,
    Config_blankField: d17,
    Config_contradictoryRows: d18,
    Config_duplicateRow: d19,
    Config_missingSettings: d20,
    Config_reservedTarget: d21,
    Config_unknownState: d22,
    Config_unknownStatus: d23,
    Config_unmappedMajorState: d24,
    Config_unmappedStatus: d25,
    Config_unmappedStatus_unchanged: d26,
    Detail_agent_over_work_busy: d27,
    Detail_apply_held_logout: d28,
    Detail_apply_held_status: d29,
    Detail_capacity_busy: d30,
    Detail_command_lost_with_frame: d31,
    Detail_echo_omni: d32,
    Detail_echo_omni_earlier_page: d33,
    Detail_echo_omni_late: d34,
    Detail_echo_softphone: d35,
    Detail_held_again_new_interaction: d36,
    Detail_held_dropped_at_start: d37,
    Detail_held_dropped_old: d38,
    Detail_held_dropped_unknown_status: d39,
    Detail_held_failed: d40,
    Detail_held_landed: d41,
    Detail_held_logout_void: d42,
    Detail_held_on_interaction: d43,
    Detail_held_refused_on_interaction: d44,
    Detail_held_superseded_agent: d45,
    Detail_held_superseded_back_logged_out: d46,
    Detail_held_superseded_by_omni: d47,
    Detail_held_superseded_logout: d48,
    Detail_held_superseded_state: d49,
    Detail_held_waits_for_end: d50,
    Detail_interaction_ended: d51,
    Detail_interaction_started: d52,
    Detail_late_login_undone: d53,
    Detail_login_after_logout_undone: d54,
    Detail_login_dropped_softphone_gone: d55,
    Detail_login_undone_softphone_out: d56,
    Detail_login_waits_for_state: d57,
    Detail_logout_held: d58,
    Detail_logout_stands: d59,
    Detail_no_login_status: d60,
    Detail_nothing_to_do: d61,
    Detail_omni_already: d62,
    Detail_omni_back: d63,
    Detail_omni_change_softphone_out: d64,
    Detail_omni_choice_stands: d65,
    Detail_omni_confirmed: d66,
    Detail_omni_connection_lost: d67,
    Detail_omni_event_dropped: d68,
    Detail_omni_event_field_dropped: d69,
    Detail_omni_failed_not_needed: d70,
    Detail_omni_gave_up: d71,
    Detail_omni_handover: d72,
    Detail_omni_login_off: d73,
    Detail_omni_logout_after_error: d74,
    Detail_omni_logout_off: d75,
    Detail_omni_maintenance: d76,
    Detail_omni_offline_no_login: d77,
    Detail_omni_read: d78,
    Detail_omni_read_refused: d79,
    Detail_omni_read_unanswered: d80,
    Detail_omni_retry: d81,
    Detail_omni_session_here: d82,
    Detail_omni_still: d83,
    Detail_omni_supervisor_logout: d84,
    Detail_reconcile_omni_back: d85,
    Detail_reconcile_softphone_back: d86,
    Detail_reconcile_start: d87,
    Detail_reconnect_not_login: d88,
    Detail_reserved_not_from_omni: d89,
    Detail_reserved_not_set: d90,
    Detail_restore_after_late_landing: d91,
    Detail_restore_omni: d92,
    Detail_restore_softphone: d93,
    Detail_revert_after_interaction: d94,
    Detail_revert_waits_for_end: d95,
    Detail_saved: d96,
    Detail_set_omni: d97,
    Detail_set_omni_retry: d98,
    Detail_set_softphone: d99,
    Detail_set_softphone_retry: d100,
    Detail_sides_agree: d101,
    Detail_softphone_already: d102,
    Detail_softphone_confirmed: d103,
    Detail_softphone_connected: d104,
    Detail_softphone_disconnected: d105,
    Detail_softphone_failed_not_needed: d106,
    Detail_softphone_gave_up: d107,
    Detail_softphone_logout_off: d108,
    Detail_softphone_not_logged_in: d109,
    Detail_softphone_out_not_set: d110,
    Detail_softphone_retry: d111,
    Detail_softphone_still: d112,
    Detail_stale_result: d113,
    Detail_state_maps_to_logout: d114,
    Detail_state_no_change_row: d115,
    Detail_state_unmapped: d116,
    Detail_state_unmapped_fallback: d117,
    Detail_status_no_change_row: d118,
    Detail_status_not_in_org: d119,
    Detail_status_unavailable: d120,
    Detail_status_unmapped: d121,
    Detail_status_unmapped_fallback: d122,
    Detail_sync_off_omni: d123,
    Detail_sync_off_softphone: d124,
    Detail_tabs_uncoordinated_alone: d125,
    Detail_tabs_uncoordinated_lease: d126,
    Detail_tabs_uncoordinated_locks: d127,
    Detail_take_over_asked: d128,
    Detail_work_accepted_busy: d129,
    Detail_work_asked: d130,
    Detail_work_asked_omni_offline: d131,
    Detail_work_command_done: d132,
    Detail_work_command_failed: d133,
    Detail_work_forwarded: d134,
    Detail_work_keeps_busy: d135,
    Detail_work_not_shown: d136,
    Detail_work_over: d137,
    Detail_work_over_omni_offline: d138,
    Direction_inbound: d139,
    Direction_outbound: d140,
    Field_Action: d141,
    Field_Active: d142,
    Field_Allowed_Origins: d143,
    Field_Audit_Log_Size: d144,
    Field_Busy: d145,
    Field_Busy_Fallback_Minor_State: d146,
    Field_Busy_Fallback_State: d147,
    Field_Capacity_Busy_Minor_State: d148,
    Field_Capacity_Busy_State: d149,
    Field_Capacity_Threshold_Percent: d150,
    Field_Command_Retry_Limit: d151,
    Field_Command_Timeout_Seconds: d152,
    Field_Direction: d153,
    Field_Disconnect_Status: d154,
    Field_Forward_Work_Items: d155,
    Field_Hold_During_Interaction: d156,
    Field_Login_Omni_On_Softphone_Login: d157,
    Field_Login_Status: d158,
    Field_Logout_Omni_On_Softphone_Logout: d159,
    Field_Logout_Softphone_On_Omni_Logout: d160,
    Field_Presence_Status: d161,
    Field_Ready_State: d162,
    Field_Revert_After_Inbound: d163,
    Field_Revert_Scope: d164,
    Field_Softphone_Minor_State: d165,
    Field_Softphone_State: d166,
    Field_Softphone_Url: d167,
    Field_Startup_Authority: d168,
    Field_Sync_Enabled: d169,
    Field_Unmapped_State_Status: d170,
    Field_Unmapped_Status_Action: d171,
    Field_Work_Accepted_Minor_State: d172,
    Field_Work_Accepted_State: d173,
    Logged_Out: d174,
    No_reason: d175,
    Notice_config: d176,
    Notice_config_field: d177,
    Offline: d178,
    Type_Presence_Mapping: d179,
    Type_Presence_Sync_Setting: d180,
    Unknown: d181,
    Work_action_accept: d182,
    Work_action_close: d183,
    Work_action_decline: d184,
    Work_event_accepted: d185,
    Work_event_assigned: d186,
    Work_event_closed: d187,
    Work_event_declined: d188
};
