// The dry run words each decision's detail with the Setup kit's detailText (src-ts/panel/decisions.ts): every label
// that wording can name must be among the Setup page's labels, or the admin reads a label's name ("Done:
// Command_softphone_work.") instead of its words.
import { readFileSync } from 'node:fs';
import { LABELS } from '../labels';

const file = readFileSync('src-ts/panel/decisions.ts', 'utf8');
// detailText and the helpers after it (the part of decisions.ts the Setup kit exports).
const source = file.slice(file.indexOf('export function detailText'));
const named = [...source.matchAll(/labelRef\('([A-Za-z_]+)'/g)].map((match) => match[1]);
const prefixes = [...source.matchAll(/labelRef\(`([A-Za-z_]+)\$\{/g)].map((match) => match[1]);
const chosen = [...source.matchAll(/\? '([A-Z][A-Za-z_]+)' : '([A-Z][A-Za-z_]+)'/g)].flatMap((match) => [
    match[1],
    match[2]
]);

describe("the Setup page has every label a decision's detail can name", () => {
    it('found the labels the detail names (the test reads decisions.ts)', () => {
        expect(named.length + chosen.length).toBeGreaterThan(3);
        expect(prefixes.length).toBeGreaterThan(2);
    });
    it.each([...new Set([...named, ...chosen])])('%s', (key) => {
        expect(typeof LABELS[key]).toBe('string');
    });
    it.each([...new Set(prefixes)])('labels starting %s', (prefix) => {
        expect(Object.keys(LABELS).some((key) => key.startsWith(prefix))).toBe(true);
    });
});
