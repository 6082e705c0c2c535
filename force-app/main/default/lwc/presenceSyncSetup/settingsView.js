// The Setup page's settings form, free of the DOM: the fields of Presence_Sync_Setting__mdt grouped by behaviour,
// each with its input kind, value, help and problems, and the value an edited input stands for.
/** How the settings fields are grouped on the page, by behaviour. Fields not listed go under "Other". */
const GROUPS = [
    {
        id: 'session',
        fields: [
            'Sync_Enabled__c',
            'Startup_Authority__c',
            'Login_Omni_On_Softphone_Login__c',
            'Login_Status__c',
            'Logout_Omni_On_Softphone_Logout__c',
            'Logout_Softphone_On_Omni_Logout__c',
            'Ready_State__c',
            'Unmapped_State_Status__c',
            'Unmapped_Status_Action__c',
            'Busy_Fallback_State__c',
            'Busy_Fallback_Minor_State__c'
        ]
    },
    { id: 'revert', fields: ['Revert_After_Inbound__c', 'Revert_Scope__c'] },
    { id: 'holding', fields: ['Hold_During_Interaction__c'] },
    {
        id: 'work',
        fields: [
            'Work_Accepted_State__c',
            'Work_Accepted_Minor_State__c',
            'Forward_Work_Items__c',
            'Capacity_Threshold_Percent__c',
            'Capacity_Busy_State__c',
            'Capacity_Busy_Minor_State__c'
        ]
    },
    {
        id: 'faults',
        fields: [
            'Disconnect_Status__c',
            'Command_Retry_Limit__c',
            'Command_Timeout_Seconds__c',
            'Audit_Log_Size__c',
            'Report_Sync_Health__c'
        ]
    },
    { id: 'security', fields: ['Softphone_Url__c', 'Allowed_Origins__c', 'Softphone_Camera__c'] }
];

const NUMBER_TYPES = ['DOUBLE', 'INTEGER', 'PERCENT'];
const INPUT_TYPES = ['BOOLEAN', 'PICKLIST', ...NUMBER_TYPES, 'TEXTAREA'];

/** One field's view: `value` is its current value, `problems` the problems placed on it (placeDiagnostics). */
function fieldView(field, value, problems, { labels, problemText, list }) {
    // A list field's value outside its list is already worded for this page (fieldLists.js withListWords).
    const fieldProblems = problems.map((item, index) => ({
        key: `${field.name}-${index}`,
        text: problemText(item),
        iconClass: item.error ? 'problem problem_error' : 'problem problem_warning'
    }));
    const id = `setting-${field.name}`;
    const type = field.type;
    const unset = value === null || value === undefined;
    return {
        name: field.name,
        label: field.label,
        // A field the page shows as a list has the page's own help (the described one says "API name of…", as Setup ▸
        // Custom Metadata Types types it), with no softphone's example: the example of another softphone misleads.
        help: labels[`Help_${field.name.replace(/__c$/, '')}`] ?? field.helpText,
        inputId: id,
        helpId: `${id}-help`,
        describedBy: `${id}-help${fieldProblems.length > 0 ? ` ${id}-problems` : ''}`,
        invalid: problems.some((item) => item.error) ? 'true' : null,
        isCheckbox: type === 'BOOLEAN',
        isPicklist: type === 'PICKLIST' || list !== undefined,
        isNumber: NUMBER_TYPES.includes(type),
        isTextArea: type === 'TEXTAREA',
        isText: !INPUT_TYPES.includes(type) && list === undefined,
        checked: value === true || value === 'true',
        value: unset ? '' : `${value}`,
        options: [
            { value: '', label: labels.Default_Value, selected: unset || value === '', disabled: null },
            ...(list ?? (field.options ?? []).map((option) => ({ ...option, selected: option.value === value })))
        ],
        problems: fieldProblems,
        hasProblems: fieldProblems.length > 0,
        problemsId: `${id}-problems`
    };
}

/**
 * The settings form: a group per behaviour, then "Other" for fields no group lists. `settingFields` as getSetup
 * describes them, `values` the settings record's values, `bySetting` the problems by field name, `problemText`
 * the wording of one problem, `lists` the options of the fields that name a status or a state (fieldLists.js).
 */
export function settingGroups({ settingFields, values, bySetting, labels, problemText, lists = new Map() }) {
    const byName = new Map(settingFields.map((field) => [field.name, field]));
    const used = new Set();
    const view = (field) => {
        used.add(field.name);
        const list = lists.get(field.name);
        return fieldView(field, values?.[field.name], bySetting.get(field.name) ?? [], { labels, problemText, list });
    };
    const groups = GROUPS.map((group) => ({
        id: group.id,
        legend: labels[`Group_${group.id}`],
        fields: group.fields.filter((name) => byName.has(name)).map((name) => view(byName.get(name)))
    }));
    const rest = settingFields.filter((field) => !used.has(field.name)).map(view);
    if (rest.length > 0) groups.push({ id: 'other', legend: labels.Group_other, fields: rest });
    return groups.filter((group) => group.fields.length > 0);
}

/** The value an edited input stands for: a checkbox's state, a number, text, or null for an emptied input. */
export function settingValue(field, target) {
    if (field?.type === 'BOOLEAN') return target.checked;
    if (target.value === '') return null;
    return NUMBER_TYPES.includes(field?.type) ? Number(target.value) : target.value;
}
