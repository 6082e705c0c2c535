// The Busy box against the presence status's own option (seed 001:17-19: "Your selection must match the status
// option for the presence status in Salesforce"), free of the DOM. The box sends the softphone to its Busy Fallback
// State (unroutable); a status whose option is Online keeps Omni routing work meanwhile: the two contradict.
import { formatLabel } from 'c/presenceSyncSetupKit';

const say = (template, ...values) => formatLabel(template, values);

/**
 * The problems of the status → softphone rows whose Busy box contradicts their status's option, by lower-case API
 * name as placeDiagnostics keys `byStatus` (model.js), to show on the row. `rows` are omniRows (model.js),
 * `statuses` the org's (`hasChannels`: an Online status).
 */
export function busyContradictions(rows, statuses, labels) {
    const found = new Map();
    for (const row of rows) {
        const status = statuses.find((candidate) => candidate.developerName === row.apiName);
        if (!status || row.choice !== 'busy' || status.hasChannels !== true) continue;
        found.set(row.apiName.toLowerCase(), [
            {
                problem: 'busy_contradiction',
                message: say(labels.Busy_Contradiction, status.label, status.developerName),
                error: false,
                record: row.records[0] ?? null,
                field: 'Busy__c'
            }
        ]);
    }
    return found;
}

/** placeDiagnostics's result with the Busy box contradictions added to the problems about each status. */
export function withBusyChecks(placed, rows, statuses, labels) {
    const found = busyContradictions(rows, statuses, labels);
    if (found.size === 0) return placed;
    const byStatus = new Map(placed.byStatus);
    for (const [key, items] of found) byStatus.set(key, [...(byStatus.get(key) ?? []), ...items]);
    return { ...placed, byStatus };
}
