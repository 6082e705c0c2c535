/**
 * Every detail key a decision may carry (`Decision.detailKey`): why the sync did what it did, in a
 * sentence the panel words through the Custom Label `Presence_Sync_Detail_<key>` (English, with a
 * Spanish translation), filling each `{name}` placeholder from `Decision.detailParams`. The engine and
 * the runtime import only the type; the list itself is for the checks that every key has its label.
 */
export const DETAIL_KEYS = [
    'agent_over_work_busy',
    'apply_held_logout',
    'apply_held_status',
    'capacity_busy',
    'command_lost_with_frame',
    'echo_omni',
    'echo_omni_earlier_page',
    'echo_omni_late',
    'echo_softphone',
    'held_again_new_interaction',
    'held_dropped_at_start',
    'held_dropped_old',
    'held_dropped_unknown_status',
    'held_failed',
    'held_landed',
    'held_logout_void',
    'held_on_interaction',
    'held_refused_on_interaction',
    'held_superseded_agent',
    'held_superseded_back_logged_out',
    'held_superseded_by_omni',
    'held_superseded_logout',
    'held_superseded_state',
    'held_waits_for_end',
    'interaction_ended',
    'interaction_started',
    'late_login_undone',
    'login_after_logout_undone',
    'login_dropped_softphone_gone',
    'login_undone_softphone_out',
    'login_waits_for_state',
    'logout_held',
    'logout_stands',
    'no_login_status',
    'nothing_to_do',
    'omni_already',
    'omni_back',
    'omni_change_softphone_out',
    'omni_choice_stands',
    'omni_confirmed',
    'omni_connection_lost',
    'omni_event_dropped',
    'omni_event_field_dropped',
    'omni_failed_not_needed',
    'omni_gave_up',
    'omni_handover',
    'omni_login_off',
    'omni_logout_after_error',
    'omni_logout_off',
    'omni_maintenance',
    'omni_offline_no_login',
    'omni_read',
    'omni_read_refused',
    'omni_read_unanswered',
    'omni_retry',
    'omni_session_here',
    'omni_still',
    'omni_supervisor_logout',
    'reconcile_omni_back',
    'reconcile_softphone_back',
    'reconcile_start',
    'reconnect_not_login',
    'reserved_not_from_omni',
    'reserved_not_set',
    'restore_after_late_landing',
    'restore_omni',
    'restore_softphone',
    'revert_after_interaction',
    'revert_waits_for_end',
    'set_omni',
    'set_omni_retry',
    'set_softphone',
    'set_softphone_retry',
    'sides_agree',
    'softphone_already',
    'softphone_confirmed',
    'softphone_connected',
    'softphone_disconnected',
    'softphone_failed_not_needed',
    'softphone_gave_up',
    'softphone_logout_off',
    'softphone_not_logged_in',
    'softphone_out_not_set',
    'softphone_retry',
    'softphone_still',
    'stale_result',
    'state_maps_to_logout',
    'state_no_change_row',
    'state_unmapped',
    'state_unmapped_fallback',
    'status_no_change_row',
    'status_not_in_org',
    'status_unavailable',
    'status_unmapped',
    'status_unmapped_fallback',
    'sync_off_omni',
    'sync_off_softphone',
    'tabs_uncoordinated_alone',
    'tabs_uncoordinated_lease',
    'tabs_uncoordinated_locks',
    'take_over_asked',
    'work_accepted_busy',
    'work_asked',
    'work_asked_omni_offline',
    'work_command_done',
    'work_command_failed',
    'work_forwarded',
    'work_keeps_busy',
    'work_not_shown',
    'work_over',
    'work_over_omni_offline'
] as const;

/** A key of `DETAIL_KEYS`. */
export type DetailKey = (typeof DETAIL_KEYS)[number];

/**
 * A decision's detail as a language-neutral trace for logs and files: its key and named values
 * (`omni_already omni=Available`), or the English an older version saved.
 */
export function detailTrace(decision: {
    detailKey?: string;
    detailParams?: Readonly<Record<string, string>>;
    detail?: string;
}): string {
    if (decision.detailKey === undefined) return decision.detail ?? '';
    const params = Object.entries(decision.detailParams ?? {})
        .filter(([, text]) => text !== '')
        .map(([name, text]) => `${name}=${text}`);
    return [decision.detailKey, ...params].join(' ');
}
