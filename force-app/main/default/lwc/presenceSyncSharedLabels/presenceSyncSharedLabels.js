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
import d35 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_field_dropped';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d113 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d114 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d115 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d116 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d117 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d118 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d119 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d120 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d121 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d122 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d123 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d124 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d125 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d126 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d127 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d128 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d129 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d130 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d131 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d132 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d133 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d134 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d135 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d136 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d137 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d138 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d139 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d140 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d141 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d142 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d148 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d149 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d150 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d151 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d152 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d153 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d154 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d155 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d156 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d157 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Camera';
import d158 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d159 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d160 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d161 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d162 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d163 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d164 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d165 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d166 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d167 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d168 from '@salesforce/label/c.Presence_Sync_No_reason';
import d169 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d170 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d171 from '@salesforce/label/c.Presence_Sync_Offline';
import d172 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d173 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d174 from '@salesforce/label/c.Presence_Sync_Unknown';
import d175 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d176 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d177 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d178 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d179 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d180 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d181 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

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
    Detail_echo_softphone: d35,
    Detail_held_again_new_interaction: d36,
    Detail_held_dropped_at_start: d37,
    Detail_held_failed: d38,
    Detail_held_landed: d39,
    Detail_held_logout_void: d40,
    Detail_held_on_interaction: d41,
    Detail_held_refused_on_interaction: d42,
    Detail_held_superseded_agent: d43,
    Detail_held_superseded_back_logged_out: d44,
    Detail_held_superseded_by_omni: d45,
    Detail_held_superseded_logout: d46,
    Detail_held_superseded_state: d47,
    Detail_held_waits_for_end: d48,
    Detail_interaction_ended: d49,
    Detail_interaction_started: d50,
    Detail_late_login_undone: d51,
    Detail_login_after_logout_undone: d52,
    Detail_login_undone_softphone_out: d53,
    Detail_login_waits_for_state: d54,
    Detail_logout_held: d55,
    Detail_logout_stands: d56,
    Detail_no_login_status: d57,
    Detail_nothing_to_do: d58,
    Detail_omni_already: d59,
    Detail_omni_back: d60,
    Detail_omni_change_softphone_out: d61,
    Detail_omni_confirmed: d62,
    Detail_omni_connection_lost: d63,
    Detail_omni_event_dropped: d64,
    Detail_omni_event_field_dropped: d65,
    Detail_omni_failed_not_needed: d66,
    Detail_omni_gave_up: d67,
    Detail_omni_handover: d68,
    Detail_omni_login_off: d69,
    Detail_omni_logout_after_error: d70,
    Detail_omni_logout_off: d71,
    Detail_omni_maintenance: d72,
    Detail_omni_offline_no_login: d73,
    Detail_omni_read: d74,
    Detail_omni_read_refused: d75,
    Detail_omni_read_unanswered: d76,
    Detail_omni_retry: d77,
    Detail_omni_session_here: d78,
    Detail_omni_still: d79,
    Detail_reconcile_omni_back: d80,
    Detail_reconcile_softphone_back: d81,
    Detail_reconcile_start: d82,
    Detail_reconnect_not_login: d83,
    Detail_reserved_not_from_omni: d84,
    Detail_reserved_not_set: d85,
    Detail_restore_omni: d86,
    Detail_restore_softphone: d87,
    Detail_revert_after_interaction: d88,
    Detail_revert_waits_for_end: d89,
    Detail_saved: d90,
    Detail_set_omni: d91,
    Detail_set_omni_retry: d92,
    Detail_set_softphone: d93,
    Detail_set_softphone_retry: d94,
    Detail_softphone_already: d95,
    Detail_softphone_confirmed: d96,
    Detail_softphone_connected: d97,
    Detail_softphone_disconnected: d98,
    Detail_softphone_failed_not_needed: d99,
    Detail_softphone_gave_up: d100,
    Detail_softphone_logout_off: d101,
    Detail_softphone_not_logged_in: d102,
    Detail_softphone_out_not_set: d103,
    Detail_softphone_retry: d104,
    Detail_softphone_still: d105,
    Detail_stale_result: d106,
    Detail_state_maps_to_logout: d107,
    Detail_state_no_change_row: d108,
    Detail_state_unmapped: d109,
    Detail_state_unmapped_fallback: d110,
    Detail_status_no_change_row: d111,
    Detail_status_not_in_org: d112,
    Detail_status_unavailable: d113,
    Detail_status_unmapped: d114,
    Detail_status_unmapped_fallback: d115,
    Detail_sync_off_omni: d116,
    Detail_sync_off_softphone: d117,
    Detail_tabs_uncoordinated_alone: d118,
    Detail_tabs_uncoordinated_lease: d119,
    Detail_tabs_uncoordinated_locks: d120,
    Detail_take_over_asked: d121,
    Detail_work_accepted_busy: d122,
    Detail_work_asked: d123,
    Detail_work_asked_omni_offline: d124,
    Detail_work_command_done: d125,
    Detail_work_command_failed: d126,
    Detail_work_forwarded: d127,
    Detail_work_keeps_busy: d128,
    Detail_work_over: d129,
    Detail_work_over_omni_offline: d130,
    Direction_inbound: d131,
    Direction_outbound: d132,
    Field_Action: d133,
    Field_Active: d134,
    Field_Allowed_Origins: d135,
    Field_Audit_Log_Size: d136,
    Field_Busy: d137,
    Field_Busy_Fallback_Minor_State: d138,
    Field_Busy_Fallback_State: d139,
    Field_Capacity_Busy_Minor_State: d140,
    Field_Capacity_Busy_State: d141,
    Field_Capacity_Threshold_Percent: d142,
    Field_Command_Retry_Limit: d143,
    Field_Command_Timeout_Seconds: d144,
    Field_Direction: d145,
    Field_Disconnect_Status: d146,
    Field_Forward_Work_Items: d147,
    Field_Hold_During_Interaction: d148,
    Field_Login_Omni_On_Softphone_Login: d149,
    Field_Login_Status: d150,
    Field_Logout_Omni_On_Softphone_Logout: d151,
    Field_Logout_Softphone_On_Omni_Logout: d152,
    Field_Presence_Status: d153,
    Field_Ready_State: d154,
    Field_Revert_After_Inbound: d155,
    Field_Revert_Scope: d156,
    Field_Softphone_Camera: d157,
    Field_Softphone_Minor_State: d158,
    Field_Softphone_State: d159,
    Field_Softphone_Url: d160,
    Field_Startup_Authority: d161,
    Field_Sync_Enabled: d162,
    Field_Unmapped_State_Status: d163,
    Field_Unmapped_Status_Action: d164,
    Field_Work_Accepted_Minor_State: d165,
    Field_Work_Accepted_State: d166,
    Logged_Out: d167,
    No_reason: d168,
    Notice_config: d169,
    Notice_config_field: d170,
    Offline: d171,
    Type_Presence_Mapping: d172,
    Type_Presence_Sync_Setting: d173,
    Unknown: d174,
    Work_action_accept: d175,
    Work_action_close: d176,
    Work_action_decline: d177,
    Work_event_accepted: d178,
    Work_event_assigned: d179,
    Work_event_closed: d180,
    Work_event_declined: d181
};
