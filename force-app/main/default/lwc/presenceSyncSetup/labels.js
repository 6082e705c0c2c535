// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/lib/label-modules.mjs) from the
// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml). It imports
// every string the Setup page shows: the labels named Presence_Sync_Setup_…, and the shared ones.
// Keys are the label names without Presence_Sync_Setup_; each import is named after its label.
import { SHARED_LABELS } from 'c/presenceSyncSharedLabels';
import Presence_Sync_Setup_Add_States from '@salesforce/label/c.Presence_Sync_Setup_Add_States';
import Presence_Sync_Setup_Apply_Preset from '@salesforce/label/c.Presence_Sync_Setup_Apply_Preset';
import Presence_Sync_Setup_Busy from '@salesforce/label/c.Presence_Sync_Setup_Busy';
import Presence_Sync_Setup_Busy_Box from '@salesforce/label/c.Presence_Sync_Setup_Busy_Box';
import Presence_Sync_Setup_Busy_Contradiction from '@salesforce/label/c.Presence_Sync_Setup_Busy_Contradiction';
import Presence_Sync_Setup_By_Hand from '@salesforce/label/c.Presence_Sync_Setup_By_Hand';
import Presence_Sync_Setup_Changes_Count from '@salesforce/label/c.Presence_Sync_Setup_Changes_Count';
import Presence_Sync_Setup_Col_Api_Name from '@salesforce/label/c.Presence_Sync_Setup_Col_Api_Name';
import Presence_Sync_Setup_Col_Kind from '@salesforce/label/c.Presence_Sync_Setup_Col_Kind';
import Presence_Sync_Setup_Col_Presence_Status from '@salesforce/label/c.Presence_Sync_Setup_Col_Presence_Status';
import Presence_Sync_Setup_Col_Problems from '@salesforce/label/c.Presence_Sync_Setup_Col_Problems';
import Presence_Sync_Setup_Col_Softphone_State from '@salesforce/label/c.Presence_Sync_Setup_Col_Softphone_State';
import Presence_Sync_Setup_Col_Source from '@salesforce/label/c.Presence_Sync_Setup_Col_Source';
import Presence_Sync_Setup_Col_State from '@salesforce/label/c.Presence_Sync_Setup_Col_State';
import Presence_Sync_Setup_Col_Status from '@salesforce/label/c.Presence_Sync_Setup_Col_Status';
import Presence_Sync_Setup_Conflict_Contradiction from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Contradiction';
import Presence_Sync_Setup_Conflict_Duplicate from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Duplicate';
import Presence_Sync_Setup_Conflict_Gone from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Gone';
import Presence_Sync_Setup_Conflict_Outside from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Outside';
import Presence_Sync_Setup_Conflict_Saved from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Saved';
import Presence_Sync_Setup_Conflict_Saving from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Saving';
import Presence_Sync_Setup_Csv_Heading from '@salesforce/label/c.Presence_Sync_Setup_Csv_Heading';
import Presence_Sync_Setup_Csv_Help from '@salesforce/label/c.Presence_Sync_Setup_Csv_Help';
import Presence_Sync_Setup_Deactivate_Row from '@salesforce/label/c.Presence_Sync_Setup_Deactivate_Row';
import Presence_Sync_Setup_Default_Value from '@salesforce/label/c.Presence_Sync_Setup_Default_Value';
import Presence_Sync_Setup_Deploy_Failed from '@salesforce/label/c.Presence_Sync_Setup_Deploy_Failed';
import Presence_Sync_Setup_Deploy_Not_Allowed from '@salesforce/label/c.Presence_Sync_Setup_Deploy_Not_Allowed';
import Presence_Sync_Setup_Discard_Draft from '@salesforce/label/c.Presence_Sync_Setup_Discard_Draft';
import Presence_Sync_Setup_Draft_Restored from '@salesforce/label/c.Presence_Sync_Setup_Draft_Restored';
import Presence_Sync_Setup_Dry_Run_Bad_File from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Bad_File';
import Presence_Sync_Setup_Dry_Run_Button from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Button';
import Presence_Sync_Setup_Dry_Run_Command_Omni from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Command_Omni';
import Presence_Sync_Setup_Dry_Run_Command_Softphone from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Command_Softphone';
import Presence_Sync_Setup_Dry_Run_Done from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Done';
import Presence_Sync_Setup_Dry_Run_Failed from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Failed';
import Presence_Sync_Setup_Dry_Run_Heading from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Heading';
import Presence_Sync_Setup_Dry_Run_Help from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Help';
import Presence_Sync_Setup_Dry_Run_Legend from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Legend';
import Presence_Sync_Setup_Dry_Run_Passed from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Passed';
import Presence_Sync_Setup_Dry_Run_Recorded_Help from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Recorded_Help';
import Presence_Sync_Setup_Dry_Run_Revert_Off from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Revert_Off';
import Presence_Sync_Setup_Dry_Run_Sequence from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Sequence';
import Presence_Sync_Setup_Dry_Run_Start from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Start';
import Presence_Sync_Setup_Dry_Run_State from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_State';
import Presence_Sync_Setup_Dry_Run_Status from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Status';
import Presence_Sync_Setup_Dry_Run_Upload from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Upload';
import Presence_Sync_Setup_Error from '@salesforce/label/c.Presence_Sync_Setup_Error';
import Presence_Sync_Setup_Errors_Elsewhere from '@salesforce/label/c.Presence_Sync_Setup_Errors_Elsewhere';
import Presence_Sync_Setup_Errors_In_Row from '@salesforce/label/c.Presence_Sync_Setup_Errors_In_Row';
import Presence_Sync_Setup_Errors_In_Settings from '@salesforce/label/c.Presence_Sync_Setup_Errors_In_Settings';
import Presence_Sync_Setup_Errors_Many from '@salesforce/label/c.Presence_Sync_Setup_Errors_Many';
import Presence_Sync_Setup_Errors_One from '@salesforce/label/c.Presence_Sync_Setup_Errors_One';
import Presence_Sync_Setup_Export from '@salesforce/label/c.Presence_Sync_Setup_Export';
import Presence_Sync_Setup_Falls_Back from '@salesforce/label/c.Presence_Sync_Setup_Falls_Back';
import Presence_Sync_Setup_Fetch_States from '@salesforce/label/c.Presence_Sync_Setup_Fetch_States';
import Presence_Sync_Setup_Fetch_Statuses from '@salesforce/label/c.Presence_Sync_Setup_Fetch_Statuses';
import Presence_Sync_Setup_From_Rows from '@salesforce/label/c.Presence_Sync_Setup_From_Rows';
import Presence_Sync_Setup_From_Softphone from '@salesforce/label/c.Presence_Sync_Setup_From_Softphone';
import Presence_Sync_Setup_Group_faults from '@salesforce/label/c.Presence_Sync_Setup_Group_faults';
import Presence_Sync_Setup_Group_holding from '@salesforce/label/c.Presence_Sync_Setup_Group_holding';
import Presence_Sync_Setup_Group_other from '@salesforce/label/c.Presence_Sync_Setup_Group_other';
import Presence_Sync_Setup_Group_revert from '@salesforce/label/c.Presence_Sync_Setup_Group_revert';
import Presence_Sync_Setup_Group_security from '@salesforce/label/c.Presence_Sync_Setup_Group_security';
import Presence_Sync_Setup_Group_session from '@salesforce/label/c.Presence_Sync_Setup_Group_session';
import Presence_Sync_Setup_Group_work from '@salesforce/label/c.Presence_Sync_Setup_Group_work';
import Presence_Sync_Setup_Help_Busy_Fallback_State from '@salesforce/label/c.Presence_Sync_Setup_Help_Busy_Fallback_State';
import Presence_Sync_Setup_Help_Capacity_Busy_State from '@salesforce/label/c.Presence_Sync_Setup_Help_Capacity_Busy_State';
import Presence_Sync_Setup_Help_Disconnect_Status from '@salesforce/label/c.Presence_Sync_Setup_Help_Disconnect_Status';
import Presence_Sync_Setup_Help_Login_Status from '@salesforce/label/c.Presence_Sync_Setup_Help_Login_Status';
import Presence_Sync_Setup_Help_Ready_State from '@salesforce/label/c.Presence_Sync_Setup_Help_Ready_State';
import Presence_Sync_Setup_Help_Softphone_Url from '@salesforce/label/c.Presence_Sync_Setup_Help_Softphone_Url';
import Presence_Sync_Setup_Help_Unmapped_State_Status from '@salesforce/label/c.Presence_Sync_Setup_Help_Unmapped_State_Status';
import Presence_Sync_Setup_Help_Work_Accepted_State from '@salesforce/label/c.Presence_Sync_Setup_Help_Work_Accepted_State';
import Presence_Sync_Setup_Import from '@salesforce/label/c.Presence_Sync_Setup_Import';
import Presence_Sync_Setup_Import_Done from '@salesforce/label/c.Presence_Sync_Setup_Import_Done';
import Presence_Sync_Setup_Import_Line from '@salesforce/label/c.Presence_Sync_Setup_Import_Line';
import Presence_Sync_Setup_Import_Refused from '@salesforce/label/c.Presence_Sync_Setup_Import_Refused';
import Presence_Sync_Setup_Inactive from '@salesforce/label/c.Presence_Sync_Setup_Inactive';
import Presence_Sync_Setup_Intro from '@salesforce/label/c.Presence_Sync_Setup_Intro';
import Presence_Sync_Setup_Keep_This_One from '@salesforce/label/c.Presence_Sync_Setup_Keep_This_One';
import Presence_Sync_Setup_Live_New_Problem from '@salesforce/label/c.Presence_Sync_Setup_Live_New_Problem';
import Presence_Sync_Setup_Load_Error from '@salesforce/label/c.Presence_Sync_Setup_Load_Error';
import Presence_Sync_Setup_Loading from '@salesforce/label/c.Presence_Sync_Setup_Loading';
import Presence_Sync_Setup_Log_Out_Of_Omni from '@salesforce/label/c.Presence_Sync_Setup_Log_Out_Of_Omni';
import Presence_Sync_Setup_Manual_Added from '@salesforce/label/c.Presence_Sync_Setup_Manual_Added';
import Presence_Sync_Setup_Manual_Known from '@salesforce/label/c.Presence_Sync_Setup_Manual_Known';
import Presence_Sync_Setup_Manual_Merged from '@salesforce/label/c.Presence_Sync_Setup_Manual_Merged';
import Presence_Sync_Setup_Manual_Skipped_No_Letters from '@salesforce/label/c.Presence_Sync_Setup_Manual_Skipped_No_Letters';
import Presence_Sync_Setup_Manual_Skipped_No_Major from '@salesforce/label/c.Presence_Sync_Setup_Manual_Skipped_No_Major';
import Presence_Sync_Setup_Manual_Skipped_Too_Long from '@salesforce/label/c.Presence_Sync_Setup_Manual_Skipped_Too_Long';
import Presence_Sync_Setup_Manual_States from '@salesforce/label/c.Presence_Sync_Setup_Manual_States';
import Presence_Sync_Setup_Manual_States_Help from '@salesforce/label/c.Presence_Sync_Setup_Manual_States_Help';
import Presence_Sync_Setup_No_Change from '@salesforce/label/c.Presence_Sync_Setup_No_Change';
import Presence_Sync_Setup_No_States from '@salesforce/label/c.Presence_Sync_Setup_No_States';
import Presence_Sync_Setup_No_Statuses from '@salesforce/label/c.Presence_Sync_Setup_No_Statuses';
import Presence_Sync_Setup_Not_In_Catalogue from '@salesforce/label/c.Presence_Sync_Setup_Not_In_Catalogue';
import Presence_Sync_Setup_Not_In_List from '@salesforce/label/c.Presence_Sync_Setup_Not_In_List';
import Presence_Sync_Setup_Not_In_Org from '@salesforce/label/c.Presence_Sync_Setup_Not_In_Org';
import Presence_Sync_Setup_Not_Mapped from '@salesforce/label/c.Presence_Sync_Setup_Not_Mapped';
import Presence_Sync_Setup_Nothing_To_Save from '@salesforce/label/c.Presence_Sync_Setup_Nothing_To_Save';
import Presence_Sync_Setup_Omni_Table_Heading from '@salesforce/label/c.Presence_Sync_Setup_Omni_Table_Heading';
import Presence_Sync_Setup_Omni_Table_Help from '@salesforce/label/c.Presence_Sync_Setup_Omni_Table_Help';
import Presence_Sync_Setup_Online from '@salesforce/label/c.Presence_Sync_Setup_Online';
import Presence_Sync_Setup_Other_Row from '@salesforce/label/c.Presence_Sync_Setup_Other_Row';
import Presence_Sync_Setup_Preset_Applied from '@salesforce/label/c.Presence_Sync_Setup_Preset_Applied';
import Presence_Sync_Setup_Preset_Fetch_First from '@salesforce/label/c.Presence_Sync_Setup_Preset_Fetch_First';
import Presence_Sync_Setup_Preset_Help_announced from '@salesforce/label/c.Presence_Sync_Setup_Preset_Help_announced';
import Presence_Sync_Setup_Preset_Help_geomant from '@salesforce/label/c.Presence_Sync_Setup_Preset_Help_geomant';
import Presence_Sync_Setup_Preset_Help_talkdesk from '@salesforce/label/c.Presence_Sync_Setup_Preset_Help_talkdesk';
import Presence_Sync_Setup_Preset_Help_vonage from '@salesforce/label/c.Presence_Sync_Setup_Preset_Help_vonage';
import Presence_Sync_Setup_Preset_Missing from '@salesforce/label/c.Presence_Sync_Setup_Preset_Missing';
import Presence_Sync_Setup_Preset_announced from '@salesforce/label/c.Presence_Sync_Setup_Preset_announced';
import Presence_Sync_Setup_Problem_bad_setting from '@salesforce/label/c.Presence_Sync_Setup_Problem_bad_setting';
import Presence_Sync_Setup_Problem_bad_value from '@salesforce/label/c.Presence_Sync_Setup_Problem_bad_value';
import Presence_Sync_Setup_Problem_blank_field from '@salesforce/label/c.Presence_Sync_Setup_Problem_blank_field';
import Presence_Sync_Setup_Problem_busy_contradiction from '@salesforce/label/c.Presence_Sync_Setup_Problem_busy_contradiction';
import Presence_Sync_Setup_Problem_contradictory_rows from '@salesforce/label/c.Presence_Sync_Setup_Problem_contradictory_rows';
import Presence_Sync_Setup_Problem_duplicate_row from '@salesforce/label/c.Presence_Sync_Setup_Problem_duplicate_row';
import Presence_Sync_Setup_Problem_major_state_unmapped from '@salesforce/label/c.Presence_Sync_Setup_Problem_major_state_unmapped';
import Presence_Sync_Setup_Problem_missing_settings from '@salesforce/label/c.Presence_Sync_Setup_Problem_missing_settings';
import Presence_Sync_Setup_Problem_reserved_target from '@salesforce/label/c.Presence_Sync_Setup_Problem_reserved_target';
import Presence_Sync_Setup_Problem_unknown_state from '@salesforce/label/c.Presence_Sync_Setup_Problem_unknown_state';
import Presence_Sync_Setup_Problem_unknown_status from '@salesforce/label/c.Presence_Sync_Setup_Problem_unknown_status';
import Presence_Sync_Setup_Problem_unmapped_state from '@salesforce/label/c.Presence_Sync_Setup_Problem_unmapped_state';
import Presence_Sync_Setup_Problem_unmapped_status from '@salesforce/label/c.Presence_Sync_Setup_Problem_unmapped_status';
import Presence_Sync_Setup_Record_Label_Busy from '@salesforce/label/c.Presence_Sync_Setup_Record_Label_Busy';
import Presence_Sync_Setup_Record_Label_Not_Mapped from '@salesforce/label/c.Presence_Sync_Setup_Record_Label_Not_Mapped';
import Presence_Sync_Setup_Record_Label_Softphone from '@salesforce/label/c.Presence_Sync_Setup_Record_Label_Softphone';
import Presence_Sync_Setup_Refused from '@salesforce/label/c.Presence_Sync_Setup_Refused';
import Presence_Sync_Setup_Reserved from '@salesforce/label/c.Presence_Sync_Setup_Reserved';
import Presence_Sync_Setup_Reserved_Marker from '@salesforce/label/c.Presence_Sync_Setup_Reserved_Marker';
import Presence_Sync_Setup_Reserved_Option from '@salesforce/label/c.Presence_Sync_Setup_Reserved_Option';
import Presence_Sync_Setup_Reserved_Refused from '@salesforce/label/c.Presence_Sync_Setup_Reserved_Refused';
import Presence_Sync_Setup_Save from '@salesforce/label/c.Presence_Sync_Setup_Save';
import Presence_Sync_Setup_Save_Blocked from '@salesforce/label/c.Presence_Sync_Setup_Save_Blocked';
import Presence_Sync_Setup_Save_Blocked_Rows from '@salesforce/label/c.Presence_Sync_Setup_Save_Blocked_Rows';
import Presence_Sync_Setup_Save_Blocked_Where from '@salesforce/label/c.Presence_Sync_Setup_Save_Blocked_Where';
import Presence_Sync_Setup_Save_Conflict from '@salesforce/label/c.Presence_Sync_Setup_Save_Conflict';
import Presence_Sync_Setup_Save_Failed from '@salesforce/label/c.Presence_Sync_Setup_Save_Failed';
import Presence_Sync_Setup_Save_Heading from '@salesforce/label/c.Presence_Sync_Setup_Save_Heading';
import Presence_Sync_Setup_Save_Help from '@salesforce/label/c.Presence_Sync_Setup_Save_Help';
import Presence_Sync_Setup_Save_Progress from '@salesforce/label/c.Presence_Sync_Setup_Save_Progress';
import Presence_Sync_Setup_Save_Running from '@salesforce/label/c.Presence_Sync_Setup_Save_Running';
import Presence_Sync_Setup_Save_Started from '@salesforce/label/c.Presence_Sync_Setup_Save_Started';
import Presence_Sync_Setup_Save_Still_Running from '@salesforce/label/c.Presence_Sync_Setup_Save_Still_Running';
import Presence_Sync_Setup_Save_Succeeded from '@salesforce/label/c.Presence_Sync_Setup_Save_Succeeded';
import Presence_Sync_Setup_Sequence_callThenStatus from '@salesforce/label/c.Presence_Sync_Setup_Sequence_callThenStatus';
import Presence_Sync_Setup_Sequence_inboundCall from '@salesforce/label/c.Presence_Sync_Setup_Sequence_inboundCall';
import Presence_Sync_Setup_Sequence_pickState from '@salesforce/label/c.Presence_Sync_Setup_Sequence_pickState';
import Presence_Sync_Setup_Sequence_pickStatus from '@salesforce/label/c.Presence_Sync_Setup_Sequence_pickStatus';
import Presence_Sync_Setup_Sequence_softphoneLogin from '@salesforce/label/c.Presence_Sync_Setup_Sequence_softphoneLogin';
import Presence_Sync_Setup_Sequence_softphoneLogout from '@salesforce/label/c.Presence_Sync_Setup_Sequence_softphoneLogout';
import Presence_Sync_Setup_Sequence_workAccepted from '@salesforce/label/c.Presence_Sync_Setup_Sequence_workAccepted';
import Presence_Sync_Setup_Setting_Not_In_List from '@salesforce/label/c.Presence_Sync_Setup_Setting_Not_In_List';
import Presence_Sync_Setup_Settings_Heading from '@salesforce/label/c.Presence_Sync_Setup_Settings_Heading';
import Presence_Sync_Setup_Sides_Heading from '@salesforce/label/c.Presence_Sync_Setup_Sides_Heading';
import Presence_Sync_Setup_Softphone_Frame from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Frame';
import Presence_Sync_Setup_Softphone_Heading from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Heading';
import Presence_Sync_Setup_Softphone_Preset from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Preset';
import Presence_Sync_Setup_Softphone_Table_Heading from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Table_Heading';
import Presence_Sync_Setup_Softphone_Table_Help from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Table_Help';
import Presence_Sync_Setup_State_For_Status from '@salesforce/label/c.Presence_Sync_Setup_State_For_Status';
import Presence_Sync_Setup_States_Added from '@salesforce/label/c.Presence_Sync_Setup_States_Added';
import Presence_Sync_Setup_States_Failed from '@salesforce/label/c.Presence_Sync_Setup_States_Failed';
import Presence_Sync_Setup_States_Failed_Detail from '@salesforce/label/c.Presence_Sync_Setup_States_Failed_Detail';
import Presence_Sync_Setup_States_Fetched from '@salesforce/label/c.Presence_Sync_Setup_States_Fetched';
import Presence_Sync_Setup_States_Loading from '@salesforce/label/c.Presence_Sync_Setup_States_Loading';
import Presence_Sync_Setup_States_No_Url from '@salesforce/label/c.Presence_Sync_Setup_States_No_Url';
import Presence_Sync_Setup_Status_For_State from '@salesforce/label/c.Presence_Sync_Setup_Status_For_State';
import Presence_Sync_Setup_Status_Option from '@salesforce/label/c.Presence_Sync_Setup_Status_Option';
import Presence_Sync_Setup_Statuses_Fetched from '@salesforce/label/c.Presence_Sync_Setup_Statuses_Fetched';
import Presence_Sync_Setup_Step_Heading from '@salesforce/label/c.Presence_Sync_Setup_Step_Heading';
import Presence_Sync_Setup_Step_Number from '@salesforce/label/c.Presence_Sync_Setup_Step_Number';
import Presence_Sync_Setup_Step_backReady from '@salesforce/label/c.Presence_Sync_Setup_Step_backReady';
import Presence_Sync_Setup_Step_callEnds from '@salesforce/label/c.Presence_Sync_Setup_Step_callEnds';
import Presence_Sync_Setup_Step_callStarts from '@salesforce/label/c.Presence_Sync_Setup_Step_callStarts';
import Presence_Sync_Setup_Step_callState from '@salesforce/label/c.Presence_Sync_Setup_Step_callState';
import Presence_Sync_Setup_Step_inboundStarts from '@salesforce/label/c.Presence_Sync_Setup_Step_inboundStarts';
import Presence_Sync_Setup_Step_logsIn from '@salesforce/label/c.Presence_Sync_Setup_Step_logsIn';
import Presence_Sync_Setup_Step_logsOut from '@salesforce/label/c.Presence_Sync_Setup_Step_logsOut';
import Presence_Sync_Setup_Step_picksState from '@salesforce/label/c.Presence_Sync_Setup_Step_picksState';
import Presence_Sync_Setup_Step_picksStatus from '@salesforce/label/c.Presence_Sync_Setup_Step_picksStatus';
import Presence_Sync_Setup_Step_startOmni from '@salesforce/label/c.Presence_Sync_Setup_Step_startOmni';
import Presence_Sync_Setup_Step_startOmniOffline from '@salesforce/label/c.Presence_Sync_Setup_Step_startOmniOffline';
import Presence_Sync_Setup_Step_startSoftphone from '@salesforce/label/c.Presence_Sync_Setup_Step_startSoftphone';
import Presence_Sync_Setup_Step_startSoftphoneOffline from '@salesforce/label/c.Presence_Sync_Setup_Step_startSoftphoneOffline';
import Presence_Sync_Setup_Step_workAccepted from '@salesforce/label/c.Presence_Sync_Setup_Step_workAccepted';
import Presence_Sync_Setup_Step_workAssigned from '@salesforce/label/c.Presence_Sync_Setup_Step_workAssigned';
import Presence_Sync_Setup_Step_workClosed from '@salesforce/label/c.Presence_Sync_Setup_Step_workClosed';
import Presence_Sync_Setup_Step_wrapState from '@salesforce/label/c.Presence_Sync_Setup_Step_wrapState';
import Presence_Sync_Setup_Summary_Heading from '@salesforce/label/c.Presence_Sync_Setup_Summary_Heading';
import Presence_Sync_Setup_Switch_Pending from '@salesforce/label/c.Presence_Sync_Setup_Switch_Pending';
import Presence_Sync_Setup_Title from '@salesforce/label/c.Presence_Sync_Setup_Title';
import Presence_Sync_Setup_Unknown_Status from '@salesforce/label/c.Presence_Sync_Setup_Unknown_Status';
import Presence_Sync_Setup_Value_Too_Long from '@salesforce/label/c.Presence_Sync_Setup_Value_Too_Long';
import Presence_Sync_Setup_Warning from '@salesforce/label/c.Presence_Sync_Setup_Warning';
import Presence_Sync_Setup_Where_Row from '@salesforce/label/c.Presence_Sync_Setup_Where_Row';
import Presence_Sync_Setup_Where_Setting from '@salesforce/label/c.Presence_Sync_Setup_Where_Setting';

export const LABELS = {
    ...SHARED_LABELS,
    Add_States: Presence_Sync_Setup_Add_States,
    Apply_Preset: Presence_Sync_Setup_Apply_Preset,
    Busy: Presence_Sync_Setup_Busy,
    Busy_Box: Presence_Sync_Setup_Busy_Box,
    Busy_Contradiction: Presence_Sync_Setup_Busy_Contradiction,
    By_Hand: Presence_Sync_Setup_By_Hand,
    Changes_Count: Presence_Sync_Setup_Changes_Count,
    Col_Api_Name: Presence_Sync_Setup_Col_Api_Name,
    Col_Kind: Presence_Sync_Setup_Col_Kind,
    Col_Presence_Status: Presence_Sync_Setup_Col_Presence_Status,
    Col_Problems: Presence_Sync_Setup_Col_Problems,
    Col_Softphone_State: Presence_Sync_Setup_Col_Softphone_State,
    Col_Source: Presence_Sync_Setup_Col_Source,
    Col_State: Presence_Sync_Setup_Col_State,
    Col_Status: Presence_Sync_Setup_Col_Status,
    Conflict_Contradiction: Presence_Sync_Setup_Conflict_Contradiction,
    Conflict_Duplicate: Presence_Sync_Setup_Conflict_Duplicate,
    Conflict_Gone: Presence_Sync_Setup_Conflict_Gone,
    Conflict_Outside: Presence_Sync_Setup_Conflict_Outside,
    Conflict_Saved: Presence_Sync_Setup_Conflict_Saved,
    Conflict_Saving: Presence_Sync_Setup_Conflict_Saving,
    Csv_Heading: Presence_Sync_Setup_Csv_Heading,
    Csv_Help: Presence_Sync_Setup_Csv_Help,
    Deactivate_Row: Presence_Sync_Setup_Deactivate_Row,
    Default_Value: Presence_Sync_Setup_Default_Value,
    Deploy_Failed: Presence_Sync_Setup_Deploy_Failed,
    Deploy_Not_Allowed: Presence_Sync_Setup_Deploy_Not_Allowed,
    Discard_Draft: Presence_Sync_Setup_Discard_Draft,
    Draft_Restored: Presence_Sync_Setup_Draft_Restored,
    Dry_Run_Bad_File: Presence_Sync_Setup_Dry_Run_Bad_File,
    Dry_Run_Button: Presence_Sync_Setup_Dry_Run_Button,
    Dry_Run_Command_Omni: Presence_Sync_Setup_Dry_Run_Command_Omni,
    Dry_Run_Command_Softphone: Presence_Sync_Setup_Dry_Run_Command_Softphone,
    Dry_Run_Done: Presence_Sync_Setup_Dry_Run_Done,
    Dry_Run_Failed: Presence_Sync_Setup_Dry_Run_Failed,
    Dry_Run_Heading: Presence_Sync_Setup_Dry_Run_Heading,
    Dry_Run_Help: Presence_Sync_Setup_Dry_Run_Help,
    Dry_Run_Legend: Presence_Sync_Setup_Dry_Run_Legend,
    Dry_Run_Passed: Presence_Sync_Setup_Dry_Run_Passed,
    Dry_Run_Recorded_Help: Presence_Sync_Setup_Dry_Run_Recorded_Help,
    Dry_Run_Revert_Off: Presence_Sync_Setup_Dry_Run_Revert_Off,
    Dry_Run_Sequence: Presence_Sync_Setup_Dry_Run_Sequence,
    Dry_Run_Start: Presence_Sync_Setup_Dry_Run_Start,
    Dry_Run_State: Presence_Sync_Setup_Dry_Run_State,
    Dry_Run_Status: Presence_Sync_Setup_Dry_Run_Status,
    Dry_Run_Upload: Presence_Sync_Setup_Dry_Run_Upload,
    Error: Presence_Sync_Setup_Error,
    Errors_Elsewhere: Presence_Sync_Setup_Errors_Elsewhere,
    Errors_In_Row: Presence_Sync_Setup_Errors_In_Row,
    Errors_In_Settings: Presence_Sync_Setup_Errors_In_Settings,
    Errors_Many: Presence_Sync_Setup_Errors_Many,
    Errors_One: Presence_Sync_Setup_Errors_One,
    Export: Presence_Sync_Setup_Export,
    Falls_Back: Presence_Sync_Setup_Falls_Back,
    Fetch_States: Presence_Sync_Setup_Fetch_States,
    Fetch_Statuses: Presence_Sync_Setup_Fetch_Statuses,
    From_Rows: Presence_Sync_Setup_From_Rows,
    From_Softphone: Presence_Sync_Setup_From_Softphone,
    Group_faults: Presence_Sync_Setup_Group_faults,
    Group_holding: Presence_Sync_Setup_Group_holding,
    Group_other: Presence_Sync_Setup_Group_other,
    Group_revert: Presence_Sync_Setup_Group_revert,
    Group_security: Presence_Sync_Setup_Group_security,
    Group_session: Presence_Sync_Setup_Group_session,
    Group_work: Presence_Sync_Setup_Group_work,
    Help_Busy_Fallback_State: Presence_Sync_Setup_Help_Busy_Fallback_State,
    Help_Capacity_Busy_State: Presence_Sync_Setup_Help_Capacity_Busy_State,
    Help_Disconnect_Status: Presence_Sync_Setup_Help_Disconnect_Status,
    Help_Login_Status: Presence_Sync_Setup_Help_Login_Status,
    Help_Ready_State: Presence_Sync_Setup_Help_Ready_State,
    Help_Softphone_Url: Presence_Sync_Setup_Help_Softphone_Url,
    Help_Unmapped_State_Status: Presence_Sync_Setup_Help_Unmapped_State_Status,
    Help_Work_Accepted_State: Presence_Sync_Setup_Help_Work_Accepted_State,
    Import: Presence_Sync_Setup_Import,
    Import_Done: Presence_Sync_Setup_Import_Done,
    Import_Line: Presence_Sync_Setup_Import_Line,
    Import_Refused: Presence_Sync_Setup_Import_Refused,
    Inactive: Presence_Sync_Setup_Inactive,
    Intro: Presence_Sync_Setup_Intro,
    Keep_This_One: Presence_Sync_Setup_Keep_This_One,
    Live_New_Problem: Presence_Sync_Setup_Live_New_Problem,
    Load_Error: Presence_Sync_Setup_Load_Error,
    Loading: Presence_Sync_Setup_Loading,
    Log_Out_Of_Omni: Presence_Sync_Setup_Log_Out_Of_Omni,
    Manual_Added: Presence_Sync_Setup_Manual_Added,
    Manual_Known: Presence_Sync_Setup_Manual_Known,
    Manual_Merged: Presence_Sync_Setup_Manual_Merged,
    Manual_Skipped_No_Letters: Presence_Sync_Setup_Manual_Skipped_No_Letters,
    Manual_Skipped_No_Major: Presence_Sync_Setup_Manual_Skipped_No_Major,
    Manual_Skipped_Too_Long: Presence_Sync_Setup_Manual_Skipped_Too_Long,
    Manual_States: Presence_Sync_Setup_Manual_States,
    Manual_States_Help: Presence_Sync_Setup_Manual_States_Help,
    No_Change: Presence_Sync_Setup_No_Change,
    No_States: Presence_Sync_Setup_No_States,
    No_Statuses: Presence_Sync_Setup_No_Statuses,
    Not_In_Catalogue: Presence_Sync_Setup_Not_In_Catalogue,
    Not_In_List: Presence_Sync_Setup_Not_In_List,
    Not_In_Org: Presence_Sync_Setup_Not_In_Org,
    Not_Mapped: Presence_Sync_Setup_Not_Mapped,
    Nothing_To_Save: Presence_Sync_Setup_Nothing_To_Save,
    Omni_Table_Heading: Presence_Sync_Setup_Omni_Table_Heading,
    Omni_Table_Help: Presence_Sync_Setup_Omni_Table_Help,
    Online: Presence_Sync_Setup_Online,
    Other_Row: Presence_Sync_Setup_Other_Row,
    Preset_Applied: Presence_Sync_Setup_Preset_Applied,
    Preset_Fetch_First: Presence_Sync_Setup_Preset_Fetch_First,
    Preset_Help_announced: Presence_Sync_Setup_Preset_Help_announced,
    Preset_Help_geomant: Presence_Sync_Setup_Preset_Help_geomant,
    Preset_Help_talkdesk: Presence_Sync_Setup_Preset_Help_talkdesk,
    Preset_Help_vonage: Presence_Sync_Setup_Preset_Help_vonage,
    Preset_Missing: Presence_Sync_Setup_Preset_Missing,
    Preset_announced: Presence_Sync_Setup_Preset_announced,
    Problem_bad_setting: Presence_Sync_Setup_Problem_bad_setting,
    Problem_bad_value: Presence_Sync_Setup_Problem_bad_value,
    Problem_blank_field: Presence_Sync_Setup_Problem_blank_field,
    Problem_busy_contradiction: Presence_Sync_Setup_Problem_busy_contradiction,
    Problem_contradictory_rows: Presence_Sync_Setup_Problem_contradictory_rows,
    Problem_duplicate_row: Presence_Sync_Setup_Problem_duplicate_row,
    Problem_major_state_unmapped: Presence_Sync_Setup_Problem_major_state_unmapped,
    Problem_missing_settings: Presence_Sync_Setup_Problem_missing_settings,
    Problem_reserved_target: Presence_Sync_Setup_Problem_reserved_target,
    Problem_unknown_state: Presence_Sync_Setup_Problem_unknown_state,
    Problem_unknown_status: Presence_Sync_Setup_Problem_unknown_status,
    Problem_unmapped_state: Presence_Sync_Setup_Problem_unmapped_state,
    Problem_unmapped_status: Presence_Sync_Setup_Problem_unmapped_status,
    Record_Label_Busy: Presence_Sync_Setup_Record_Label_Busy,
    Record_Label_Not_Mapped: Presence_Sync_Setup_Record_Label_Not_Mapped,
    Record_Label_Softphone: Presence_Sync_Setup_Record_Label_Softphone,
    Refused: Presence_Sync_Setup_Refused,
    Reserved: Presence_Sync_Setup_Reserved,
    Reserved_Marker: Presence_Sync_Setup_Reserved_Marker,
    Reserved_Option: Presence_Sync_Setup_Reserved_Option,
    Reserved_Refused: Presence_Sync_Setup_Reserved_Refused,
    Save: Presence_Sync_Setup_Save,
    Save_Blocked: Presence_Sync_Setup_Save_Blocked,
    Save_Blocked_Rows: Presence_Sync_Setup_Save_Blocked_Rows,
    Save_Blocked_Where: Presence_Sync_Setup_Save_Blocked_Where,
    Save_Conflict: Presence_Sync_Setup_Save_Conflict,
    Save_Failed: Presence_Sync_Setup_Save_Failed,
    Save_Heading: Presence_Sync_Setup_Save_Heading,
    Save_Help: Presence_Sync_Setup_Save_Help,
    Save_Progress: Presence_Sync_Setup_Save_Progress,
    Save_Running: Presence_Sync_Setup_Save_Running,
    Save_Started: Presence_Sync_Setup_Save_Started,
    Save_Still_Running: Presence_Sync_Setup_Save_Still_Running,
    Save_Succeeded: Presence_Sync_Setup_Save_Succeeded,
    Sequence_callThenStatus: Presence_Sync_Setup_Sequence_callThenStatus,
    Sequence_inboundCall: Presence_Sync_Setup_Sequence_inboundCall,
    Sequence_pickState: Presence_Sync_Setup_Sequence_pickState,
    Sequence_pickStatus: Presence_Sync_Setup_Sequence_pickStatus,
    Sequence_softphoneLogin: Presence_Sync_Setup_Sequence_softphoneLogin,
    Sequence_softphoneLogout: Presence_Sync_Setup_Sequence_softphoneLogout,
    Sequence_workAccepted: Presence_Sync_Setup_Sequence_workAccepted,
    Setting_Not_In_List: Presence_Sync_Setup_Setting_Not_In_List,
    Settings_Heading: Presence_Sync_Setup_Settings_Heading,
    Sides_Heading: Presence_Sync_Setup_Sides_Heading,
    Softphone_Frame: Presence_Sync_Setup_Softphone_Frame,
    Softphone_Heading: Presence_Sync_Setup_Softphone_Heading,
    Softphone_Preset: Presence_Sync_Setup_Softphone_Preset,
    Softphone_Table_Heading: Presence_Sync_Setup_Softphone_Table_Heading,
    Softphone_Table_Help: Presence_Sync_Setup_Softphone_Table_Help,
    State_For_Status: Presence_Sync_Setup_State_For_Status,
    States_Added: Presence_Sync_Setup_States_Added,
    States_Failed: Presence_Sync_Setup_States_Failed,
    States_Failed_Detail: Presence_Sync_Setup_States_Failed_Detail,
    States_Fetched: Presence_Sync_Setup_States_Fetched,
    States_Loading: Presence_Sync_Setup_States_Loading,
    States_No_Url: Presence_Sync_Setup_States_No_Url,
    Status_For_State: Presence_Sync_Setup_Status_For_State,
    Status_Option: Presence_Sync_Setup_Status_Option,
    Statuses_Fetched: Presence_Sync_Setup_Statuses_Fetched,
    Step_Heading: Presence_Sync_Setup_Step_Heading,
    Step_Number: Presence_Sync_Setup_Step_Number,
    Step_backReady: Presence_Sync_Setup_Step_backReady,
    Step_callEnds: Presence_Sync_Setup_Step_callEnds,
    Step_callStarts: Presence_Sync_Setup_Step_callStarts,
    Step_callState: Presence_Sync_Setup_Step_callState,
    Step_inboundStarts: Presence_Sync_Setup_Step_inboundStarts,
    Step_logsIn: Presence_Sync_Setup_Step_logsIn,
    Step_logsOut: Presence_Sync_Setup_Step_logsOut,
    Step_picksState: Presence_Sync_Setup_Step_picksState,
    Step_picksStatus: Presence_Sync_Setup_Step_picksStatus,
    Step_startOmni: Presence_Sync_Setup_Step_startOmni,
    Step_startOmniOffline: Presence_Sync_Setup_Step_startOmniOffline,
    Step_startSoftphone: Presence_Sync_Setup_Step_startSoftphone,
    Step_startSoftphoneOffline: Presence_Sync_Setup_Step_startSoftphoneOffline,
    Step_workAccepted: Presence_Sync_Setup_Step_workAccepted,
    Step_workAssigned: Presence_Sync_Setup_Step_workAssigned,
    Step_workClosed: Presence_Sync_Setup_Step_workClosed,
    Step_wrapState: Presence_Sync_Setup_Step_wrapState,
    Summary_Heading: Presence_Sync_Setup_Summary_Heading,
    Switch_Pending: Presence_Sync_Setup_Switch_Pending,
    Title: Presence_Sync_Setup_Title,
    Unknown_Status: Presence_Sync_Setup_Unknown_Status,
    Value_Too_Long: Presence_Sync_Setup_Value_Too_Long,
    Warning: Presence_Sync_Setup_Warning,
    Where_Row: Presence_Sync_Setup_Where_Row,
    Where_Setting: Presence_Sync_Setup_Where_Setting
};
