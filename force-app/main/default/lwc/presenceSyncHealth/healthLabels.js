// The Presence Sync Health tab's Custom Labels (named Presence_Health_…, so that no generated label module of the
// panel or the Setup page takes them). Keys are the label names without Presence_Health_.
import Presence_Health_Title from '@salesforce/label/c.Presence_Health_Title';
import Presence_Health_Intro from '@salesforce/label/c.Presence_Health_Intro';
import Presence_Health_Refresh from '@salesforce/label/c.Presence_Health_Refresh';
import Presence_Health_Loading from '@salesforce/label/c.Presence_Health_Loading';
import Presence_Health_Empty from '@salesforce/label/c.Presence_Health_Empty';
import Presence_Health_Load_Failed from '@salesforce/label/c.Presence_Health_Load_Failed';
import Presence_Health_Summary from '@salesforce/label/c.Presence_Health_Summary';
import Presence_Health_Since from '@salesforce/label/c.Presence_Health_Since';
import Presence_Health_Col_Agent from '@salesforce/label/c.Presence_Health_Col_Agent';
import Presence_Health_Col_Condition from '@salesforce/label/c.Presence_Health_Col_Condition';
import Presence_Health_Col_Today from '@salesforce/label/c.Presence_Health_Col_Today';
import Presence_Health_Col_Decisions from '@salesforce/label/c.Presence_Health_Col_Decisions';
import Presence_Health_Col_Versions from '@salesforce/label/c.Presence_Health_Col_Versions';
import Presence_Health_Sides from '@salesforce/label/c.Presence_Health_Sides';
import Presence_Health_Error_Code from '@salesforce/label/c.Presence_Health_Error_Code';
import Presence_Health_Reconnected from '@salesforce/label/c.Presence_Health_Reconnected';
import Presence_Health_Config_Problems from '@salesforce/label/c.Presence_Health_Config_Problems';
import Presence_Health_Earlier from '@salesforce/label/c.Presence_Health_Earlier';
import Presence_Health_None_Today from '@salesforce/label/c.Presence_Health_None_Today';
import Presence_Health_Reported from '@salesforce/label/c.Presence_Health_Reported';
import Presence_Health_Condition_healthy from '@salesforce/label/c.Presence_Health_Condition_healthy';
import Presence_Health_Condition_never_connected from '@salesforce/label/c.Presence_Health_Condition_never_connected';
import Presence_Health_Condition_softphone_lost from '@salesforce/label/c.Presence_Health_Condition_softphone_lost';
import Presence_Health_Condition_sides_differ from '@salesforce/label/c.Presence_Health_Condition_sides_differ';
import Presence_Health_Condition_command_refused from '@salesforce/label/c.Presence_Health_Condition_command_refused';
import Presence_Health_Condition_command_timed_out from '@salesforce/label/c.Presence_Health_Condition_command_timed_out';
import Presence_Health_Condition_unmapped from '@salesforce/label/c.Presence_Health_Condition_unmapped';
import Presence_Health_Condition_held_dropped from '@salesforce/label/c.Presence_Health_Condition_held_dropped';
import Presence_Health_Condition_storage_failing from '@salesforce/label/c.Presence_Health_Condition_storage_failing';
import Presence_Health_Condition_config_problems from '@salesforce/label/c.Presence_Health_Condition_config_problems';
import Presence_Health_Condition_unknown from '@salesforce/label/c.Presence_Health_Condition_unknown';

export const HEALTH_LABELS = {
    Title: Presence_Health_Title,
    Intro: Presence_Health_Intro,
    Refresh: Presence_Health_Refresh,
    Loading: Presence_Health_Loading,
    Empty: Presence_Health_Empty,
    Load_Failed: Presence_Health_Load_Failed,
    Summary: Presence_Health_Summary,
    Since: Presence_Health_Since,
    Col_Agent: Presence_Health_Col_Agent,
    Col_Condition: Presence_Health_Col_Condition,
    Col_Today: Presence_Health_Col_Today,
    Col_Decisions: Presence_Health_Col_Decisions,
    Col_Versions: Presence_Health_Col_Versions,
    Sides: Presence_Health_Sides,
    Error_Code: Presence_Health_Error_Code,
    Reconnected: Presence_Health_Reconnected,
    Config_Problems: Presence_Health_Config_Problems,
    Earlier: Presence_Health_Earlier,
    None_Today: Presence_Health_None_Today,
    Reported: Presence_Health_Reported,
    Condition_healthy: Presence_Health_Condition_healthy,
    Condition_never_connected: Presence_Health_Condition_never_connected,
    Condition_softphone_lost: Presence_Health_Condition_softphone_lost,
    Condition_sides_differ: Presence_Health_Condition_sides_differ,
    Condition_command_refused: Presence_Health_Condition_command_refused,
    Condition_command_timed_out: Presence_Health_Condition_command_timed_out,
    Condition_unmapped: Presence_Health_Condition_unmapped,
    Condition_held_dropped: Presence_Health_Condition_held_dropped,
    Condition_storage_failing: Presence_Health_Condition_storage_failing,
    Condition_config_problems: Presence_Health_Condition_config_problems,
    Condition_unknown: Presence_Health_Condition_unknown
};
