// Every string the Setup page shows: Custom Labels (English, with Spanish translations).
import { SHARED_LABELS } from 'c/presenceSyncSharedLabels';
import l0 from '@salesforce/label/c.Presence_Sync_Setup_Title';
import l1 from '@salesforce/label/c.Presence_Sync_Setup_Intro';
import l2 from '@salesforce/label/c.Presence_Sync_Setup_Loading';
import l3 from '@salesforce/label/c.Presence_Sync_Setup_Refused';
import l4 from '@salesforce/label/c.Presence_Sync_Setup_Load_Error';
import l5 from '@salesforce/label/c.Presence_Sync_Setup_Sides_Heading';
import l6 from '@salesforce/label/c.Presence_Sync_Setup_Fetch_Statuses';
import l7 from '@salesforce/label/c.Presence_Sync_Setup_Statuses_Fetched';
import l8 from '@salesforce/label/c.Presence_Sync_Setup_Fetch_States';
import l9 from '@salesforce/label/c.Presence_Sync_Setup_States_Loading';
import l10 from '@salesforce/label/c.Presence_Sync_Setup_States_Fetched';
import l11 from '@salesforce/label/c.Presence_Sync_Setup_States_Failed';
import l12 from '@salesforce/label/c.Presence_Sync_Setup_States_Failed_Detail';
import l13 from '@salesforce/label/c.Presence_Sync_Setup_States_No_Url';
import l14 from '@salesforce/label/c.Presence_Sync_Setup_States_Added';
import l15 from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Frame';
import l16 from '@salesforce/label/c.Presence_Sync_Setup_Manual_States';
import l17 from '@salesforce/label/c.Presence_Sync_Setup_Manual_States_Help';
import l18 from '@salesforce/label/c.Presence_Sync_Setup_Add_States';
import l19 from '@salesforce/label/c.Presence_Sync_Setup_Omni_Table_Heading';
import l20 from '@salesforce/label/c.Presence_Sync_Setup_Omni_Table_Help';
import l21 from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Table_Heading';
import l22 from '@salesforce/label/c.Presence_Sync_Setup_Softphone_Table_Help';
import l23 from '@salesforce/label/c.Presence_Sync_Setup_Col_Status';
import l24 from '@salesforce/label/c.Presence_Sync_Setup_Col_Api_Name';
import l25 from '@salesforce/label/c.Presence_Sync_Setup_Col_Kind';
import l26 from '@salesforce/label/c.Presence_Sync_Setup_Col_Softphone_State';
import l27 from '@salesforce/label/c.Presence_Sync_Setup_Col_Problems';
import l28 from '@salesforce/label/c.Presence_Sync_Setup_Col_State';
import l29 from '@salesforce/label/c.Presence_Sync_Setup_Col_Source';
import l30 from '@salesforce/label/c.Presence_Sync_Setup_Col_Presence_Status';
import l31 from '@salesforce/label/c.Presence_Sync_Setup_Online';
import l32 from '@salesforce/label/c.Presence_Sync_Setup_Busy';
import l33 from '@salesforce/label/c.Presence_Sync_Setup_Unknown_Status';
import l34 from '@salesforce/label/c.Presence_Sync_Setup_Not_Mapped';
import l35 from '@salesforce/label/c.Presence_Sync_Setup_Falls_Back';
import l36 from '@salesforce/label/c.Presence_Sync_Setup_No_Change';
import l37 from '@salesforce/label/c.Presence_Sync_Setup_Busy_Box';
import l38 from '@salesforce/label/c.Presence_Sync_Setup_Log_Out_Of_Omni';
import l39 from '@salesforce/label/c.Presence_Sync_Setup_Not_In_Catalogue';
import l40 from '@salesforce/label/c.Presence_Sync_Setup_Not_In_Org';
import l41 from '@salesforce/label/c.Presence_Sync_Setup_State_For_Status';
import l42 from '@salesforce/label/c.Presence_Sync_Setup_Status_For_State';
import l43 from '@salesforce/label/c.Presence_Sync_Setup_Reserved';
import l44 from '@salesforce/label/c.Presence_Sync_Setup_From_Softphone';
import l45 from '@salesforce/label/c.Presence_Sync_Setup_By_Hand';
import l46 from '@salesforce/label/c.Presence_Sync_Setup_From_Rows';
import l47 from '@salesforce/label/c.Presence_Sync_Setup_No_Statuses';
import l48 from '@salesforce/label/c.Presence_Sync_Setup_No_States';
import l49 from '@salesforce/label/c.Presence_Sync_Setup_Settings_Heading';
import l50 from '@salesforce/label/c.Presence_Sync_Setup_Group_session';
import l51 from '@salesforce/label/c.Presence_Sync_Setup_Group_revert';
import l52 from '@salesforce/label/c.Presence_Sync_Setup_Group_holding';
import l53 from '@salesforce/label/c.Presence_Sync_Setup_Group_work';
import l54 from '@salesforce/label/c.Presence_Sync_Setup_Group_faults';
import l55 from '@salesforce/label/c.Presence_Sync_Setup_Group_security';
import l56 from '@salesforce/label/c.Presence_Sync_Setup_Group_other';
import l57 from '@salesforce/label/c.Presence_Sync_Setup_Default_Value';
import l58 from '@salesforce/label/c.Presence_Sync_Setup_Error';
import l59 from '@salesforce/label/c.Presence_Sync_Setup_Warning';
import l60 from '@salesforce/label/c.Presence_Sync_Setup_Problem_blank_field';
import l61 from '@salesforce/label/c.Presence_Sync_Setup_Problem_bad_value';
import l62 from '@salesforce/label/c.Presence_Sync_Setup_Problem_duplicate_row';
import l63 from '@salesforce/label/c.Presence_Sync_Setup_Problem_contradictory_rows';
import l64 from '@salesforce/label/c.Presence_Sync_Setup_Problem_unknown_status';
import l65 from '@salesforce/label/c.Presence_Sync_Setup_Problem_unknown_state';
import l66 from '@salesforce/label/c.Presence_Sync_Setup_Problem_reserved_target';
import l67 from '@salesforce/label/c.Presence_Sync_Setup_Problem_major_state_unmapped';
import l68 from '@salesforce/label/c.Presence_Sync_Setup_Problem_bad_setting';
import l69 from '@salesforce/label/c.Presence_Sync_Setup_Problem_missing_settings';
import l70 from '@salesforce/label/c.Presence_Sync_Setup_Problem_unmapped_status';
import l71 from '@salesforce/label/c.Presence_Sync_Setup_Problem_unmapped_state';
import l72 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Heading';
import l73 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Help';
import l74 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Sequence';
import l75 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Status';
import l76 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_State';
import l77 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Button';
import l78 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Upload';
import l79 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Done';
import l80 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Passed';
import l81 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Failed';
import l82 from '@salesforce/label/c.Presence_Sync_Setup_Dry_Run_Bad_File';
import l83 from '@salesforce/label/c.Presence_Sync_Setup_Sequence_callThenStatus';
import l84 from '@salesforce/label/c.Presence_Sync_Setup_Sequence_pickStatus';
import l85 from '@salesforce/label/c.Presence_Sync_Setup_Sequence_pickState';
import l86 from '@salesforce/label/c.Presence_Sync_Setup_Sequence_softphoneLogin';
import l87 from '@salesforce/label/c.Presence_Sync_Setup_Sequence_softphoneLogout';
import l88 from '@salesforce/label/c.Presence_Sync_Setup_Step_start';
import l89 from '@salesforce/label/c.Presence_Sync_Setup_Step_callStarts';
import l90 from '@salesforce/label/c.Presence_Sync_Setup_Step_picksStatus';
import l91 from '@salesforce/label/c.Presence_Sync_Setup_Step_callEnds';
import l92 from '@salesforce/label/c.Presence_Sync_Setup_Step_picksState';
import l93 from '@salesforce/label/c.Presence_Sync_Setup_Step_logsIn';
import l94 from '@salesforce/label/c.Presence_Sync_Setup_Step_logsOut';
import l95 from '@salesforce/label/c.Presence_Sync_Setup_Step_Heading';
import l96 from '@salesforce/label/c.Presence_Sync_Setup_Step_Number';
import l97 from '@salesforce/label/c.Presence_Sync_Setup_Csv_Heading';
import l98 from '@salesforce/label/c.Presence_Sync_Setup_Csv_Help';
import l99 from '@salesforce/label/c.Presence_Sync_Setup_Export';
import l100 from '@salesforce/label/c.Presence_Sync_Setup_Import';
import l101 from '@salesforce/label/c.Presence_Sync_Setup_Import_Line';
import l102 from '@salesforce/label/c.Presence_Sync_Setup_Import_Refused';
import l103 from '@salesforce/label/c.Presence_Sync_Setup_Import_Done';
import l104 from '@salesforce/label/c.Presence_Sync_Setup_Save_Heading';
import l105 from '@salesforce/label/c.Presence_Sync_Setup_Save_Help';
import l106 from '@salesforce/label/c.Presence_Sync_Setup_Save';
import l107 from '@salesforce/label/c.Presence_Sync_Setup_Changes_Count';
import l108 from '@salesforce/label/c.Presence_Sync_Setup_Save_Blocked';
import l109 from '@salesforce/label/c.Presence_Sync_Setup_Save_Running';
import l110 from '@salesforce/label/c.Presence_Sync_Setup_Nothing_To_Save';
import l111 from '@salesforce/label/c.Presence_Sync_Setup_Save_Started';
import l112 from '@salesforce/label/c.Presence_Sync_Setup_Save_Progress';
import l113 from '@salesforce/label/c.Presence_Sync_Setup_Save_Succeeded';
import l114 from '@salesforce/label/c.Presence_Sync_Setup_Save_Failed';
import l115 from '@salesforce/label/c.Presence_Sync_Setup_Save_Still_Running';
import l116 from '@salesforce/label/c.Presence_Sync_Setup_Deploy_Not_Allowed';
import l117 from '@salesforce/label/c.Presence_Sync_Setup_Deploy_Failed';
import l118 from '@salesforce/label/c.Presence_Sync_Setup_Save_Conflict';
import l119 from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Saved';
import l120 from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Saving';
import l121 from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Outside';
import l122 from '@salesforce/label/c.Presence_Sync_Setup_Conflict_Gone';
import l123 from '@salesforce/label/c.Presence_Sync_Setup_Inactive';

export const LABELS = {
    ...SHARED_LABELS,
    Title: l0,
    Intro: l1,
    Loading: l2,
    Refused: l3,
    Load_Error: l4,
    Sides_Heading: l5,
    Fetch_Statuses: l6,
    Statuses_Fetched: l7,
    Fetch_States: l8,
    States_Loading: l9,
    States_Fetched: l10,
    States_Failed: l11,
    States_Failed_Detail: l12,
    States_No_Url: l13,
    States_Added: l14,
    Softphone_Frame: l15,
    Manual_States: l16,
    Manual_States_Help: l17,
    Add_States: l18,
    Omni_Table_Heading: l19,
    Omni_Table_Help: l20,
    Softphone_Table_Heading: l21,
    Softphone_Table_Help: l22,
    Col_Status: l23,
    Col_Api_Name: l24,
    Col_Kind: l25,
    Col_Softphone_State: l26,
    Col_Problems: l27,
    Col_State: l28,
    Col_Source: l29,
    Col_Presence_Status: l30,
    Online: l31,
    Busy: l32,
    Unknown_Status: l33,
    Not_Mapped: l34,
    Falls_Back: l35,
    No_Change: l36,
    Busy_Box: l37,
    Log_Out_Of_Omni: l38,
    Not_In_Catalogue: l39,
    Not_In_Org: l40,
    State_For_Status: l41,
    Status_For_State: l42,
    Reserved: l43,
    From_Softphone: l44,
    By_Hand: l45,
    From_Rows: l46,
    No_Statuses: l47,
    No_States: l48,
    Settings_Heading: l49,
    Group_session: l50,
    Group_revert: l51,
    Group_holding: l52,
    Group_work: l53,
    Group_faults: l54,
    Group_security: l55,
    Group_other: l56,
    Default_Value: l57,
    Error: l58,
    Warning: l59,
    'Problem_blank-field': l60,
    'Problem_bad-value': l61,
    'Problem_duplicate-row': l62,
    'Problem_contradictory-rows': l63,
    'Problem_unknown-status': l64,
    'Problem_unknown-state': l65,
    'Problem_reserved-target': l66,
    'Problem_major-state-unmapped': l67,
    'Problem_bad-setting': l68,
    'Problem_missing-settings': l69,
    'Problem_unmapped-status': l70,
    'Problem_unmapped-state': l71,
    Dry_Run_Heading: l72,
    Dry_Run_Help: l73,
    Dry_Run_Sequence: l74,
    Dry_Run_Status: l75,
    Dry_Run_State: l76,
    Dry_Run_Button: l77,
    Dry_Run_Upload: l78,
    Dry_Run_Done: l79,
    Dry_Run_Passed: l80,
    Dry_Run_Failed: l81,
    Dry_Run_Bad_File: l82,
    Sequence_callThenStatus: l83,
    Sequence_pickStatus: l84,
    Sequence_pickState: l85,
    Sequence_softphoneLogin: l86,
    Sequence_softphoneLogout: l87,
    Step_start: l88,
    Step_callStarts: l89,
    Step_picksStatus: l90,
    Step_callEnds: l91,
    Step_picksState: l92,
    Step_logsIn: l93,
    Step_logsOut: l94,
    Step_Heading: l95,
    Step_Number: l96,
    Csv_Heading: l97,
    Csv_Help: l98,
    Export: l99,
    Import: l100,
    Import_Line: l101,
    Import_Refused: l102,
    Import_Done: l103,
    Save_Heading: l104,
    Save_Help: l105,
    Save: l106,
    Changes_Count: l107,
    Save_Blocked: l108,
    Save_Running: l109,
    Nothing_To_Save: l110,
    Save_Started: l111,
    Save_Progress: l112,
    Save_Succeeded: l113,
    Save_Failed: l114,
    Save_Still_Running: l115,
    Deploy_Not_Allowed: l116,
    Deploy_Failed: l117,
    Save_Conflict: l118,
    Conflict_Saved: l119,
    Conflict_Saving: l120,
    Conflict_Outside: l121,
    Conflict_Gone: l122,
    Inactive: l123
};
