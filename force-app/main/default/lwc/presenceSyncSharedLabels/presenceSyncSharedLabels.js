// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the
// Custom Labels the panel and the Setup page share. Keys are the label names without Presence_Sync_.
import d0 from '@salesforce/label/c.Presence_Sync_Config_badSetting';
import d1 from '@salesforce/label/c.Presence_Sync_Config_badValue';
import d2 from '@salesforce/label/c.Presence_Sync_Config_blankField';
import d3 from '@salesforce/label/c.Presence_Sync_Config_contradictoryRows';
import d4 from '@salesforce/label/c.Presence_Sync_Config_duplicateRow';
import d5 from '@salesforce/label/c.Presence_Sync_Config_missingSettings';
import d6 from '@salesforce/label/c.Presence_Sync_Config_reservedTarget';
import d7 from '@salesforce/label/c.Presence_Sync_Config_unknownState';
import d8 from '@salesforce/label/c.Presence_Sync_Config_unknownStatus';
import d9 from '@salesforce/label/c.Presence_Sync_Config_unmappedMajorState';
import d10 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus';
import d11 from '@salesforce/label/c.Presence_Sync_Config_unmappedStatus_unchanged';
import d12 from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import d13 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import d14 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import d15 from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import d16 from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import d17 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import d18 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d19 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d20 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d21 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d22 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d23 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d24 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d25 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d26 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d27 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d28 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d29 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d30 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d31 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d32 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d33 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d34 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d35 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d101 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d102 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d103 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d104 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d105 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d106 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d107 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d108 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d109 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d110 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d111 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d112 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d113 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d114 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d115 from '@salesforce/label/c.Presence_Sync_Field_Action';
import d116 from '@salesforce/label/c.Presence_Sync_Field_Active';
import d117 from '@salesforce/label/c.Presence_Sync_Field_Allowed_Origins';
import d118 from '@salesforce/label/c.Presence_Sync_Field_Audit_Log_Size';
import d119 from '@salesforce/label/c.Presence_Sync_Field_Busy';
import d120 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_Minor_State';
import d121 from '@salesforce/label/c.Presence_Sync_Field_Busy_Fallback_State';
import d122 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_Minor_State';
import d123 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Busy_State';
import d124 from '@salesforce/label/c.Presence_Sync_Field_Capacity_Threshold_Percent';
import d125 from '@salesforce/label/c.Presence_Sync_Field_Command_Retry_Limit';
import d126 from '@salesforce/label/c.Presence_Sync_Field_Command_Timeout_Seconds';
import d127 from '@salesforce/label/c.Presence_Sync_Field_Direction';
import d128 from '@salesforce/label/c.Presence_Sync_Field_Disconnect_Status';
import d129 from '@salesforce/label/c.Presence_Sync_Field_Forward_Work_Items';
import d130 from '@salesforce/label/c.Presence_Sync_Field_Hold_During_Interaction';
import d131 from '@salesforce/label/c.Presence_Sync_Field_Login_Omni_On_Softphone_Login';
import d132 from '@salesforce/label/c.Presence_Sync_Field_Login_Status';
import d133 from '@salesforce/label/c.Presence_Sync_Field_Logout_Omni_On_Softphone_Logout';
import d134 from '@salesforce/label/c.Presence_Sync_Field_Logout_Softphone_On_Omni_Logout';
import d135 from '@salesforce/label/c.Presence_Sync_Field_Presence_Status';
import d136 from '@salesforce/label/c.Presence_Sync_Field_Ready_State';
import d137 from '@salesforce/label/c.Presence_Sync_Field_Revert_After_Inbound';
import d138 from '@salesforce/label/c.Presence_Sync_Field_Revert_Scope';
import d139 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Minor_State';
import d140 from '@salesforce/label/c.Presence_Sync_Field_Softphone_State';
import d141 from '@salesforce/label/c.Presence_Sync_Field_Softphone_Url';
import d142 from '@salesforce/label/c.Presence_Sync_Field_Startup_Authority';
import d143 from '@salesforce/label/c.Presence_Sync_Field_Sync_Enabled';
import d144 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_State_Status';
import d145 from '@salesforce/label/c.Presence_Sync_Field_Unmapped_Status_Action';
import d146 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_Minor_State';
import d147 from '@salesforce/label/c.Presence_Sync_Field_Work_Accepted_State';
import d148 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d149 from '@salesforce/label/c.Presence_Sync_No_reason';
import d150 from '@salesforce/label/c.Presence_Sync_Notice_config';
import d151 from '@salesforce/label/c.Presence_Sync_Notice_config_field';
import d152 from '@salesforce/label/c.Presence_Sync_Offline';
import d153 from '@salesforce/label/c.Presence_Sync_Type_Presence_Mapping';
import d154 from '@salesforce/label/c.Presence_Sync_Type_Presence_Sync_Setting';
import d155 from '@salesforce/label/c.Presence_Sync_Unknown';
import d156 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d157 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d158 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d159 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d160 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d161 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d162 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const SHARED_LABELS = {
    Config_badSetting: d0,
    Config_badValue: d1,
    Config_blankField: d2,
    Config_contradictoryRows: d3,
    Config_duplicateRow: d4,
    Config_missingSettings: d5,
    Config_reservedTarget: d6,
    Config_unknownState: d7,
    Config_unknownStatus: d8,
    Config_unmappedMajorState: d9,
    Config_unmappedStatus: d10,
    Config_unmappedStatus_unchanged: d11,
    Detail_agent_over_work_busy: d12,
    Detail_apply_held_logout: d13,
    Detail_apply_held_status: d14,
    Detail_capacity_busy: d15,
    Detail_command_lost_with_frame: d16,
    Detail_echo_omni: d17,
    Detail_echo_softphone: d18,
    Detail_held_again_new_interaction: d19,
    Detail_held_dropped_at_start: d20,
    Detail_held_failed: d21,
    Detail_held_landed: d22,
    Detail_held_logout_void: d23,
    Detail_held_on_interaction: d24,
    Detail_held_refused_on_interaction: d25,
    Detail_held_superseded_agent: d26,
    Detail_held_superseded_back_logged_out: d27,
    Detail_held_superseded_by_omni: d28,
    Detail_held_superseded_logout: d29,
    Detail_held_superseded_state: d30,
    Detail_held_waits_for_end: d31,
    Detail_interaction_ended: d32,
    Detail_interaction_started: d33,
    Detail_late_login_undone: d34,
    Detail_login_after_logout_undone: d35,
    Detail_login_undone_softphone_out: d36,
    Detail_login_waits_for_state: d37,
    Detail_logout_held: d38,
    Detail_logout_stands: d39,
    Detail_no_login_status: d40,
    Detail_nothing_to_do: d41,
    Detail_omni_already: d42,
    Detail_omni_back: d43,
    Detail_omni_change_softphone_out: d44,
    Detail_omni_confirmed: d45,
    Detail_omni_connection_lost: d46,
    Detail_omni_event_dropped: d47,
    Detail_omni_failed_not_needed: d48,
    Detail_omni_gave_up: d49,
    Detail_omni_handover: d50,
    Detail_omni_login_off: d51,
    Detail_omni_logout_after_error: d52,
    Detail_omni_logout_off: d53,
    Detail_omni_maintenance: d54,
    Detail_omni_offline_no_login: d55,
    Detail_omni_read: d56,
    Detail_omni_read_refused: d57,
    Detail_omni_read_unanswered: d58,
    Detail_omni_retry: d59,
    Detail_omni_session_here: d60,
    Detail_omni_still: d61,
    Detail_reconcile_omni_back: d62,
    Detail_reconcile_softphone_back: d63,
    Detail_reconcile_start: d64,
    Detail_reconnect_not_login: d65,
    Detail_reserved_not_from_omni: d66,
    Detail_reserved_not_set: d67,
    Detail_restore_omni: d68,
    Detail_restore_softphone: d69,
    Detail_revert_after_interaction: d70,
    Detail_revert_waits_for_end: d71,
    Detail_saved: d72,
    Detail_set_omni: d73,
    Detail_set_omni_retry: d74,
    Detail_set_softphone: d75,
    Detail_set_softphone_retry: d76,
    Detail_softphone_already: d77,
    Detail_softphone_confirmed: d78,
    Detail_softphone_connected: d79,
    Detail_softphone_disconnected: d80,
    Detail_softphone_failed_not_needed: d81,
    Detail_softphone_gave_up: d82,
    Detail_softphone_logout_off: d83,
    Detail_softphone_not_logged_in: d84,
    Detail_softphone_out_not_set: d85,
    Detail_softphone_retry: d86,
    Detail_softphone_still: d87,
    Detail_stale_result: d88,
    Detail_state_maps_to_logout: d89,
    Detail_state_no_change_row: d90,
    Detail_state_unmapped: d91,
    Detail_state_unmapped_fallback: d92,
    Detail_status_no_change_row: d93,
    Detail_status_not_in_org: d94,
    Detail_status_unavailable: d95,
    Detail_status_unmapped: d96,
    Detail_status_unmapped_fallback: d97,
    Detail_sync_off_omni: d98,
    Detail_sync_off_softphone: d99,
    Detail_tabs_uncoordinated_alone: d100,
    Detail_tabs_uncoordinated_lease: d101,
    Detail_tabs_uncoordinated_locks: d102,
    Detail_take_over_asked: d103,
    Detail_work_accepted_busy: d104,
    Detail_work_asked: d105,
    Detail_work_asked_omni_offline: d106,
    Detail_work_command_done: d107,
    Detail_work_command_failed: d108,
    Detail_work_forwarded: d109,
    Detail_work_keeps_busy: d110,
    Detail_work_over: d111,
    Detail_work_over_omni_offline: d112,
    Direction_inbound: d113,
    Direction_outbound: d114,
    Field_Action: d115,
    Field_Active: d116,
    Field_Allowed_Origins: d117,
    Field_Audit_Log_Size: d118,
    Field_Busy: d119,
    Field_Busy_Fallback_Minor_State: d120,
    Field_Busy_Fallback_State: d121,
    Field_Capacity_Busy_Minor_State: d122,
    Field_Capacity_Busy_State: d123,
    Field_Capacity_Threshold_Percent: d124,
    Field_Command_Retry_Limit: d125,
    Field_Command_Timeout_Seconds: d126,
    Field_Direction: d127,
    Field_Disconnect_Status: d128,
    Field_Forward_Work_Items: d129,
    Field_Hold_During_Interaction: d130,
    Field_Login_Omni_On_Softphone_Login: d131,
    Field_Login_Status: d132,
    Field_Logout_Omni_On_Softphone_Logout: d133,
    Field_Logout_Softphone_On_Omni_Logout: d134,
    Field_Presence_Status: d135,
    Field_Ready_State: d136,
    Field_Revert_After_Inbound: d137,
    Field_Revert_Scope: d138,
    Field_Softphone_Minor_State: d139,
    Field_Softphone_State: d140,
    Field_Softphone_Url: d141,
    Field_Startup_Authority: d142,
    Field_Sync_Enabled: d143,
    Field_Unmapped_State_Status: d144,
    Field_Unmapped_Status_Action: d145,
    Field_Work_Accepted_Minor_State: d146,
    Field_Work_Accepted_State: d147,
    Logged_Out: d148,
    No_reason: d149,
    Notice_config: d150,
    Notice_config_field: d151,
    Offline: d152,
    Type_Presence_Mapping: d153,
    Type_Presence_Sync_Setting: d154,
    Unknown: d155,
    Work_action_accept: d156,
    Work_action_close: d157,
    Work_action_decline: d158,
    Work_event_accepted: d159,
    Work_event_assigned: d160,
    Work_event_closed: d161,
    Work_event_declined: d162
};
