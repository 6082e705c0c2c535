/**
 * Salesforce record ids come in 15-character (case-sensitive) and 18-character
 * (case-insensitive suffix) forms; the Omni toolkit uses 15. Compare on 15.
 */
export function toId15(id: string | null | undefined): string | null {
    if (typeof id !== 'string') return null;
    const trimmed = id.trim();
    if (trimmed.length !== 15 && trimmed.length !== 18) return null;
    if (!/^[a-zA-Z0-9]+$/.test(trimmed)) return null;
    return trimmed.slice(0, 15);
}

/** Whether two Salesforce ids name the same record, comparing their 15-character forms; false when either is not an id. */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
    const left = toId15(a);
    return left !== null && left === toId15(b);
}
