// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/build-fixtures.mjs) from the
// Custom Labels a decision detail is worded with. Keys are the label names without Presence_Sync_.
import d0 from '@salesforce/label/c.Presence_Sync_Detail_agent_over_work_busy';
import d1 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_logout';
import d2 from '@salesforce/label/c.Presence_Sync_Detail_apply_held_status';
import d3 from '@salesforce/label/c.Presence_Sync_Detail_capacity_busy';
import d4 from '@salesforce/label/c.Presence_Sync_Detail_command_lost_with_frame';
import d5 from '@salesforce/label/c.Presence_Sync_Detail_echo_omni';
import d6 from '@salesforce/label/c.Presence_Sync_Detail_echo_softphone';
import d7 from '@salesforce/label/c.Presence_Sync_Detail_held_again_new_interaction';
import d8 from '@salesforce/label/c.Presence_Sync_Detail_held_dropped_at_start';
import d9 from '@salesforce/label/c.Presence_Sync_Detail_held_failed';
import d10 from '@salesforce/label/c.Presence_Sync_Detail_held_landed';
import d11 from '@salesforce/label/c.Presence_Sync_Detail_held_logout_void';
import d12 from '@salesforce/label/c.Presence_Sync_Detail_held_on_interaction';
import d13 from '@salesforce/label/c.Presence_Sync_Detail_held_refused_on_interaction';
import d14 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_agent';
import d15 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_back_logged_out';
import d16 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_by_omni';
import d17 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_logout';
import d18 from '@salesforce/label/c.Presence_Sync_Detail_held_superseded_state';
import d19 from '@salesforce/label/c.Presence_Sync_Detail_held_waits_for_end';
import d20 from '@salesforce/label/c.Presence_Sync_Detail_interaction_ended';
import d21 from '@salesforce/label/c.Presence_Sync_Detail_interaction_started';
import d22 from '@salesforce/label/c.Presence_Sync_Detail_late_login_undone';
import d23 from '@salesforce/label/c.Presence_Sync_Detail_login_after_logout_undone';
import d24 from '@salesforce/label/c.Presence_Sync_Detail_login_undone_softphone_out';
import d25 from '@salesforce/label/c.Presence_Sync_Detail_login_waits_for_state';
import d26 from '@salesforce/label/c.Presence_Sync_Detail_logout_held';
import d27 from '@salesforce/label/c.Presence_Sync_Detail_logout_stands';
import d28 from '@salesforce/label/c.Presence_Sync_Detail_no_login_status';
import d29 from '@salesforce/label/c.Presence_Sync_Detail_nothing_to_do';
import d30 from '@salesforce/label/c.Presence_Sync_Detail_omni_already';
import d31 from '@salesforce/label/c.Presence_Sync_Detail_omni_back';
import d32 from '@salesforce/label/c.Presence_Sync_Detail_omni_change_softphone_out';
import d33 from '@salesforce/label/c.Presence_Sync_Detail_omni_confirmed';
import d34 from '@salesforce/label/c.Presence_Sync_Detail_omni_connection_lost';
import d35 from '@salesforce/label/c.Presence_Sync_Detail_omni_event_dropped';
import d36 from '@salesforce/label/c.Presence_Sync_Detail_omni_failed_not_needed';
import d37 from '@salesforce/label/c.Presence_Sync_Detail_omni_gave_up';
import d38 from '@salesforce/label/c.Presence_Sync_Detail_omni_handover';
import d39 from '@salesforce/label/c.Presence_Sync_Detail_omni_login_off';
import d40 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_after_error';
import d41 from '@salesforce/label/c.Presence_Sync_Detail_omni_logout_off';
import d42 from '@salesforce/label/c.Presence_Sync_Detail_omni_maintenance';
import d43 from '@salesforce/label/c.Presence_Sync_Detail_omni_offline_no_login';
import d44 from '@salesforce/label/c.Presence_Sync_Detail_omni_read';
import d45 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_refused';
import d46 from '@salesforce/label/c.Presence_Sync_Detail_omni_read_unanswered';
import d47 from '@salesforce/label/c.Presence_Sync_Detail_omni_retry';
import d48 from '@salesforce/label/c.Presence_Sync_Detail_omni_session_here';
import d49 from '@salesforce/label/c.Presence_Sync_Detail_omni_still';
import d50 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_omni_back';
import d51 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_softphone_back';
import d52 from '@salesforce/label/c.Presence_Sync_Detail_reconcile_start';
import d53 from '@salesforce/label/c.Presence_Sync_Detail_reconnect_not_login';
import d54 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_from_omni';
import d55 from '@salesforce/label/c.Presence_Sync_Detail_reserved_not_set';
import d56 from '@salesforce/label/c.Presence_Sync_Detail_restore_omni';
import d57 from '@salesforce/label/c.Presence_Sync_Detail_restore_softphone';
import d58 from '@salesforce/label/c.Presence_Sync_Detail_revert_after_interaction';
import d59 from '@salesforce/label/c.Presence_Sync_Detail_revert_waits_for_end';
import d60 from '@salesforce/label/c.Presence_Sync_Detail_saved';
import d61 from '@salesforce/label/c.Presence_Sync_Detail_set_omni';
import d62 from '@salesforce/label/c.Presence_Sync_Detail_set_omni_retry';
import d63 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone';
import d64 from '@salesforce/label/c.Presence_Sync_Detail_set_softphone_retry';
import d65 from '@salesforce/label/c.Presence_Sync_Detail_softphone_already';
import d66 from '@salesforce/label/c.Presence_Sync_Detail_softphone_confirmed';
import d67 from '@salesforce/label/c.Presence_Sync_Detail_softphone_connected';
import d68 from '@salesforce/label/c.Presence_Sync_Detail_softphone_disconnected';
import d69 from '@salesforce/label/c.Presence_Sync_Detail_softphone_failed_not_needed';
import d70 from '@salesforce/label/c.Presence_Sync_Detail_softphone_gave_up';
import d71 from '@salesforce/label/c.Presence_Sync_Detail_softphone_logout_off';
import d72 from '@salesforce/label/c.Presence_Sync_Detail_softphone_not_logged_in';
import d73 from '@salesforce/label/c.Presence_Sync_Detail_softphone_out_not_set';
import d74 from '@salesforce/label/c.Presence_Sync_Detail_softphone_retry';
import d75 from '@salesforce/label/c.Presence_Sync_Detail_softphone_still';
import d76 from '@salesforce/label/c.Presence_Sync_Detail_stale_result';
import d77 from '@salesforce/label/c.Presence_Sync_Detail_state_maps_to_logout';
import d78 from '@salesforce/label/c.Presence_Sync_Detail_state_no_change_row';
import d79 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped';
import d80 from '@salesforce/label/c.Presence_Sync_Detail_state_unmapped_fallback';
import d81 from '@salesforce/label/c.Presence_Sync_Detail_status_no_change_row';
import d82 from '@salesforce/label/c.Presence_Sync_Detail_status_not_in_org';
import d83 from '@salesforce/label/c.Presence_Sync_Detail_status_unavailable';
import d84 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped';
import d85 from '@salesforce/label/c.Presence_Sync_Detail_status_unmapped_fallback';
import d86 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_omni';
import d87 from '@salesforce/label/c.Presence_Sync_Detail_sync_off_softphone';
import d88 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_alone';
import d89 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_lease';
import d90 from '@salesforce/label/c.Presence_Sync_Detail_tabs_uncoordinated_locks';
import d91 from '@salesforce/label/c.Presence_Sync_Detail_take_over_asked';
import d92 from '@salesforce/label/c.Presence_Sync_Detail_work_accepted_busy';
import d93 from '@salesforce/label/c.Presence_Sync_Detail_work_asked';
import d94 from '@salesforce/label/c.Presence_Sync_Detail_work_asked_omni_offline';
import d95 from '@salesforce/label/c.Presence_Sync_Detail_work_command_done';
import d96 from '@salesforce/label/c.Presence_Sync_Detail_work_command_failed';
import d97 from '@salesforce/label/c.Presence_Sync_Detail_work_forwarded';
import d98 from '@salesforce/label/c.Presence_Sync_Detail_work_keeps_busy';
import d99 from '@salesforce/label/c.Presence_Sync_Detail_work_over';
import d100 from '@salesforce/label/c.Presence_Sync_Detail_work_over_omni_offline';
import d101 from '@salesforce/label/c.Presence_Sync_Direction_inbound';
import d102 from '@salesforce/label/c.Presence_Sync_Direction_outbound';
import d103 from '@salesforce/label/c.Presence_Sync_Logged_Out';
import d104 from '@salesforce/label/c.Presence_Sync_No_reason';
import d105 from '@salesforce/label/c.Presence_Sync_Offline';
import d106 from '@salesforce/label/c.Presence_Sync_Unknown';
import d107 from '@salesforce/label/c.Presence_Sync_Work_action_accept';
import d108 from '@salesforce/label/c.Presence_Sync_Work_action_close';
import d109 from '@salesforce/label/c.Presence_Sync_Work_action_decline';
import d110 from '@salesforce/label/c.Presence_Sync_Work_event_accepted';
import d111 from '@salesforce/label/c.Presence_Sync_Work_event_assigned';
import d112 from '@salesforce/label/c.Presence_Sync_Work_event_closed';
import d113 from '@salesforce/label/c.Presence_Sync_Work_event_declined';

export const DETAIL_LABELS = {
    Detail_agent_over_work_busy: d0,
    Detail_apply_held_logout: d1,
    Detail_apply_held_status: d2,
    Detail_capacity_busy: d3,
    Detail_command_lost_with_frame: d4,
    Detail_echo_omni: d5,
    Detail_echo_softphone: d6,
    Detail_held_again_new_interaction: d7,
    Detail_held_dropped_at_start: d8,
    Detail_held_failed: d9,
    Detail_held_landed: d10,
    Detail_held_logout_void: d11,
    Detail_held_on_interaction: d12,
    Detail_held_refused_on_interaction: d13,
    Detail_held_superseded_agent: d14,
    Detail_held_superseded_back_logged_out: d15,
    Detail_held_superseded_by_omni: d16,
    Detail_held_superseded_logout: d17,
    Detail_held_superseded_state: d18,
    Detail_held_waits_for_end: d19,
    Detail_interaction_ended: d20,
    Detail_interaction_started: d21,
    Detail_late_login_undone: d22,
    Detail_login_after_logout_undone: d23,
    Detail_login_undone_softphone_out: d24,
    Detail_login_waits_for_state: d25,
    Detail_logout_held: d26,
    Detail_logout_stands: d27,
    Detail_no_login_status: d28,
    Detail_nothing_to_do: d29,
    Detail_omni_already: d30,
    Detail_omni_back: d31,
    Detail_omni_change_softphone_out: d32,
    Detail_omni_confirmed: d33,
    Detail_omni_connection_lost: d34,
    Detail_omni_event_dropped: d35,
    Detail_omni_failed_not_needed: d36,
    Detail_omni_gave_up: d37,
    Detail_omni_handover: d38,
    Detail_omni_login_off: d39,
    Detail_omni_logout_after_error: d40,
    Detail_omni_logout_off: d41,
    Detail_omni_maintenance: d42,
    Detail_omni_offline_no_login: d43,
    Detail_omni_read: d44,
    Detail_omni_read_refused: d45,
    Detail_omni_read_unanswered: d46,
    Detail_omni_retry: d47,
    Detail_omni_session_here: d48,
    Detail_omni_still: d49,
    Detail_reconcile_omni_back: d50,
    Detail_reconcile_softphone_back: d51,
    Detail_reconcile_start: d52,
    Detail_reconnect_not_login: d53,
    Detail_reserved_not_from_omni: d54,
    Detail_reserved_not_set: d55,
    Detail_restore_omni: d56,
    Detail_restore_softphone: d57,
    Detail_revert_after_interaction: d58,
    Detail_revert_waits_for_end: d59,
    Detail_saved: d60,
    Detail_set_omni: d61,
    Detail_set_omni_retry: d62,
    Detail_set_softphone: d63,
    Detail_set_softphone_retry: d64,
    Detail_softphone_already: d65,
    Detail_softphone_confirmed: d66,
    Detail_softphone_connected: d67,
    Detail_softphone_disconnected: d68,
    Detail_softphone_failed_not_needed: d69,
    Detail_softphone_gave_up: d70,
    Detail_softphone_logout_off: d71,
    Detail_softphone_not_logged_in: d72,
    Detail_softphone_out_not_set: d73,
    Detail_softphone_retry: d74,
    Detail_softphone_still: d75,
    Detail_stale_result: d76,
    Detail_state_maps_to_logout: d77,
    Detail_state_no_change_row: d78,
    Detail_state_unmapped: d79,
    Detail_state_unmapped_fallback: d80,
    Detail_status_no_change_row: d81,
    Detail_status_not_in_org: d82,
    Detail_status_unavailable: d83,
    Detail_status_unmapped: d84,
    Detail_status_unmapped_fallback: d85,
    Detail_sync_off_omni: d86,
    Detail_sync_off_softphone: d87,
    Detail_tabs_uncoordinated_alone: d88,
    Detail_tabs_uncoordinated_lease: d89,
    Detail_tabs_uncoordinated_locks: d90,
    Detail_take_over_asked: d91,
    Detail_work_accepted_busy: d92,
    Detail_work_asked: d93,
    Detail_work_asked_omni_offline: d94,
    Detail_work_command_done: d95,
    Detail_work_command_failed: d96,
    Detail_work_forwarded: d97,
    Detail_work_keeps_busy: d98,
    Detail_work_over: d99,
    Detail_work_over_omni_offline: d100,
    Direction_inbound: d101,
    Direction_outbound: d102,
    Logged_Out: d103,
    No_reason: d104,
    Offline: d105,
    Unknown: d106,
    Work_action_accept: d107,
    Work_action_close: d108,
    Work_action_decline: d109,
    Work_event_accepted: d110,
    Work_event_assigned: d111,
    Work_event_closed: d112,
    Work_event_declined: d113
};
