// Counts the exported declarations of src-ts/ (tests and generated files left out) and how many carry
// a doc comment (/** … */). Prints "exported declarations with a doc comment: N of M" and, with
// --list, the ones without.
//   node scripts/doc-coverage.mjs [--list] [--min <N>]
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function* sources(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* sources(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
            yield path;
    }
}

const exported = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;

let total = 0;
const missing = [];
for (const path of [...sources('src-ts')].sort()) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
        const declaration =
            ts.isFunctionDeclaration(statement) ||
            ts.isClassDeclaration(statement) ||
            ts.isInterfaceDeclaration(statement) ||
            ts.isTypeAliasDeclaration(statement) ||
            ts.isEnumDeclaration(statement) ||
            ts.isVariableStatement(statement);
        if (!declaration || !exported(statement)) continue;
        // An overloaded function counts once (its first signature).
        const name = ts.isVariableStatement(statement)
            ? statement.declarationList.declarations.map((d) => d.name.getText(file)).join(', ')
            : (statement.name?.getText(file) ?? 'default');
        if (
            ts.isFunctionDeclaration(statement) &&
            file.statements.some(
                (other) =>
                    other !== statement &&
                    other.end <= statement.pos &&
                    ts.isFunctionDeclaration(other) &&
                    other.name?.getText(file) === name
            )
        )
            continue;
        total++;
        const documented = (ts.getLeadingCommentRanges(text, statement.pos) ?? []).some((range) =>
            text.slice(range.pos, range.end).startsWith('/**')
        );
        if (!documented)
            missing.push(`${path}:${file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1} ${name}`);
    }
}
const documented = total - missing.length;
console.log(`exported declarations with a doc comment: ${documented} of ${total}`);
if (process.argv.includes('--list')) for (const line of missing) console.log(`  ${line}`);
const minIndex = process.argv.indexOf('--min');
if (minIndex !== -1 && documented < Number(process.argv[minIndex + 1])) process.exit(1);
