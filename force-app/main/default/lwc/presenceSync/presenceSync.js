/*
 * GENERATED FILE, DO NOT EDIT.
 * Built by `npm run build` from the TypeScript sources in src-ts/.
 * `npm test` fails when this file is stale.
 */
/**
 * Salesforce record ids come in 15-character (case-sensitive) and 18-character
 * (case-insensitive suffix) forms; the Omni toolkit uses 15. Compare on 15.
 */
function toId15(id) {
    if (typeof id !== 'string')
        return null;
    const trimmed = id.trim();
    if (trimmed.length !== 15 && trimmed.length !== 18)
        return null;
    if (!/^[a-zA-Z0-9]+$/.test(trimmed))
        return null;
    return trimmed.slice(0, 15);
}
function sameId(a, b) {
    const left = toId15(a);
    return left !== null && left === toId15(b);
}

export { sameId, toId15 };
