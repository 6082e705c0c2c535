/**
 * CSV cells for the exports the agent or the admin downloads (the audit log, the decisions list). It sits in the
 * shared bottom room so that the runtime and the panel both use it without either importing the other.
 */

/** Quotes a CSV cell and defuses spreadsheet formulas (a cell starting with = + - @ is shown as text). */
export function csvCell(value: string): string {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
}
