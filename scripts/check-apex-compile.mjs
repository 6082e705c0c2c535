// The Apex compile check: compiles every Apex class and test class of the package directories with ApexLink
// (a semantic compile, not only a parse), twice: without a namespace and with one, as a managed package version is
// built. Fails on any compile error; prints warnings without failing. Needs Java 17 or later.
//   node scripts/check-apex-compile.mjs [--namespace a,b] [--root dir]
// (namespaces by default: none and pssync; an empty name stands for none)
// The engine and what it works around: lib/apex-compile.mjs. Standard objects ApexLink's library lacks are described
// in config/apex-check/objects.
import { resolve } from 'node:path';
import { ApexCheckUnavailable, checkApex, formatIssue } from './lib/apex-compile.mjs';

function argument(flag) {
    const index = process.argv.indexOf(flag);
    return index === -1 ? null : (process.argv[index + 1] ?? '');
}
const namespaces = argument('--namespace')
    ?.split(',')
    .map((name) => name.trim()) ?? ['', 'pssync'];
// --root: check another copy of the project (its sfdx-project.json and package directories), as the self-test does.
const root = argument('--root') ?? undefined;
const described = (namespace) => (namespace === '' ? 'without a namespace' : `with namespace ${namespace}`);

const started = Date.now();
let results;
try {
    results = await checkApex({ namespaces, root: root === undefined ? undefined : resolve(root) });
} catch (error) {
    console.error(`Apex compile check could not run: ${error.message}`);
    if (!(error instanceof ApexCheckUnavailable)) console.error(error.stack);
    process.exit(2);
}

let errors = 0;
for (const { namespace, issues } of results) {
    const errorsHere = issues.filter((issue) => issue.error);
    const warnings = issues.filter((issue) => !issue.error);
    errors += errorsHere.length;
    const files = new Set(errorsHere.map((issue) => issue.path)).size;
    console.log(
        `Apex compiled ${described(namespace)}: ${errorsHere.length} error(s)` +
            (files > 0 ? ` in ${files} file(s)` : '') +
            `, ${warnings.length} warning(s)`
    );
    for (const issue of errorsHere) console.log(`  ${formatIssue(issue)}`);
    for (const issue of warnings) console.log(`  warning: ${formatIssue(issue)}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (errors > 0) {
    console.error(
        `Apex compile check failed: ${errors} error(s) in ${results.length} run(s) (${seconds}s). ` +
            'A deploy or package version would fail on them; a standard object missing from the checker is ' +
            'described in config/apex-check/objects.'
    );
    process.exit(1);
}
console.log(`Apex compile check passed: ${results.length} run(s), no errors (${seconds}s).`);
