// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/lib/label-modules.mjs) from the
// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml). It imports
// every string the Presence Sync Health tab shows: the labels named Presence_Health_….
// Keys are the label names without Presence_Health_; each import is named after its label.
import Presence_Health_Col_Agent from '@salesforce/label/c.Presence_Health_Col_Agent';
import Presence_Health_Col_Condition from '@salesforce/label/c.Presence_Health_Col_Condition';
import Presence_Health_Col_Decisions from '@salesforce/label/c.Presence_Health_Col_Decisions';
import Presence_Health_Col_Today from '@salesforce/label/c.Presence_Health_Col_Today';
import Presence_Health_Col_Versions from '@salesforce/label/c.Presence_Health_Col_Versions';
import Presence_Health_Condition_command_refused from '@salesforce/label/c.Presence_Health_Condition_command_refused';
import Presence_Health_Condition_command_timed_out from '@salesforce/label/c.Presence_Health_Condition_command_timed_out';
import Presence_Health_Condition_config_problems from '@salesforce/label/c.Presence_Health_Condition_config_problems';
import Presence_Health_Condition_healthy from '@salesforce/label/c.Presence_Health_Condition_healthy';
import Presence_Health_Condition_held_dropped from '@salesforce/label/c.Presence_Health_Condition_held_dropped';
import Presence_Health_Condition_never_connected from '@salesforce/label/c.Presence_Health_Condition_never_connected';
import Presence_Health_Condition_sides_differ from '@salesforce/label/c.Presence_Health_Condition_sides_differ';
import Presence_Health_Condition_softphone_lost from '@salesforce/label/c.Presence_Health_Condition_softphone_lost';
import Presence_Health_Condition_storage_failing from '@salesforce/label/c.Presence_Health_Condition_storage_failing';
import Presence_Health_Condition_unknown from '@salesforce/label/c.Presence_Health_Condition_unknown';
import Presence_Health_Condition_unmapped from '@salesforce/label/c.Presence_Health_Condition_unmapped';
import Presence_Health_Config_Problems from '@salesforce/label/c.Presence_Health_Config_Problems';
import Presence_Health_Earlier from '@salesforce/label/c.Presence_Health_Earlier';
import Presence_Health_Empty from '@salesforce/label/c.Presence_Health_Empty';
import Presence_Health_Error_Code from '@salesforce/label/c.Presence_Health_Error_Code';
import Presence_Health_Intro from '@salesforce/label/c.Presence_Health_Intro';
import Presence_Health_Load_Failed from '@salesforce/label/c.Presence_Health_Load_Failed';
import Presence_Health_Loading from '@salesforce/label/c.Presence_Health_Loading';
import Presence_Health_None_Today from '@salesforce/label/c.Presence_Health_None_Today';
import Presence_Health_Not_Reporting from '@salesforce/label/c.Presence_Health_Not_Reporting';
import Presence_Health_Reconnected from '@salesforce/label/c.Presence_Health_Reconnected';
import Presence_Health_Refresh from '@salesforce/label/c.Presence_Health_Refresh';
import Presence_Health_Reported from '@salesforce/label/c.Presence_Health_Reported';
import Presence_Health_Showing from '@salesforce/label/c.Presence_Health_Showing';
import Presence_Health_Sides from '@salesforce/label/c.Presence_Health_Sides';
import Presence_Health_Since from '@salesforce/label/c.Presence_Health_Since';
import Presence_Health_Summary from '@salesforce/label/c.Presence_Health_Summary';
import Presence_Health_Summary_Not_Reporting from '@salesforce/label/c.Presence_Health_Summary_Not_Reporting';
import Presence_Health_Title from '@salesforce/label/c.Presence_Health_Title';

export const LABELS = {
    Col_Agent: Presence_Health_Col_Agent,
    Col_Condition: Presence_Health_Col_Condition,
    Col_Decisions: Presence_Health_Col_Decisions,
    Col_Today: Presence_Health_Col_Today,
    Col_Versions: Presence_Health_Col_Versions,
    Condition_command_refused: Presence_Health_Condition_command_refused,
    Condition_command_timed_out: Presence_Health_Condition_command_timed_out,
    Condition_config_problems: Presence_Health_Condition_config_problems,
    Condition_healthy: Presence_Health_Condition_healthy,
    Condition_held_dropped: Presence_Health_Condition_held_dropped,
    Condition_never_connected: Presence_Health_Condition_never_connected,
    Condition_sides_differ: Presence_Health_Condition_sides_differ,
    Condition_softphone_lost: Presence_Health_Condition_softphone_lost,
    Condition_storage_failing: Presence_Health_Condition_storage_failing,
    Condition_unknown: Presence_Health_Condition_unknown,
    Condition_unmapped: Presence_Health_Condition_unmapped,
    Config_Problems: Presence_Health_Config_Problems,
    Earlier: Presence_Health_Earlier,
    Empty: Presence_Health_Empty,
    Error_Code: Presence_Health_Error_Code,
    Intro: Presence_Health_Intro,
    Load_Failed: Presence_Health_Load_Failed,
    Loading: Presence_Health_Loading,
    None_Today: Presence_Health_None_Today,
    Not_Reporting: Presence_Health_Not_Reporting,
    Reconnected: Presence_Health_Reconnected,
    Refresh: Presence_Health_Refresh,
    Reported: Presence_Health_Reported,
    Showing: Presence_Health_Showing,
    Sides: Presence_Health_Sides,
    Since: Presence_Health_Since,
    Summary: Presence_Health_Summary,
    Summary_Not_Reporting: Presence_Health_Summary_Not_Reporting,
    Title: Presence_Health_Title
};
