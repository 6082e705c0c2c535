// Dry run of the presence sync: replays scenario files through the real engine and prints a
// readable trace (each input, the rule that applied, the commands). Exits non-zero, naming the
// step, when an expectation fails.
//
//   npm run simulate -- <scenario.json | folder> [--metadata <folder>] [--statuses <folder>]
//                       [--catalogue <file.json>] [--quiet]
//   npm run simulate -- --check [--metadata <folder>] [--statuses <folder>] [--catalogue <file.json>]
//
// --check (also what --metadata alone does) prints both mapping tables as the sync will apply them
// and every problem the engine's compiler finds, and exits 1 when there is an error. Statuses come
// from --statuses, else from any .servicePresenceStatus-meta.xml files under the --metadata folder,
// else the package's sample statuses; states from --catalogue, else the simulated ContactPad's.
//
// Scenarios whose configuration says "base": "package-defaults" start from the package's shipped
// records. With --metadata, they start from the custom metadata records found under that folder
// instead, for example the records retrieved from your org with
//   sf project retrieve start --metadata "CustomMetadata:Presence_Mapping.*" \
//       --metadata "CustomMetadata:Presence_Sync_Setting.Default" --output-dir my-org
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalogue, loadPackageDefaults, loadRecords, loadStatuses } from '../lib/package-defaults.mjs';
import { checkConfiguration } from '../simulator/setup/check.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readLabels } = createRequire(import.meta.url)('../lib/custom-labels.cjs');

const USAGE =
    'usage: npm run simulate -- <scenario.json | folder> [--metadata <folder>] [--statuses <folder>] ' +
    '[--catalogue <file.json>] [--quiet]\n' +
    '       npm run simulate -- --check [--metadata <folder>] [--statuses <folder>] [--catalogue <file.json>]';

let options;
try {
    options = parseArgs({
        allowPositionals: true,
        options: {
            metadata: { type: 'string' },
            statuses: { type: 'string' },
            catalogue: { type: 'string' },
            check: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
} catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
}
const { values, positionals } = options;
// The retrieved records alone: check them (the admin guide's dry-run command).
const check = values.check || (positionals.length === 0 && values.metadata !== undefined);
if (values.help || (positionals.length === 0 && !check)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
}

const tools = await import('../dist/tools.mjs').catch(() => {
    console.error('dist/tools.mjs is missing: run `npm run build` first (npm run simulate does it for you).');
    process.exit(2);
});
const { runScenario, formatTrace, failingSteps, detailText, sayText } = tools;

// Each decision's detail in the package's English labels, as the panel words it.
const englishLabels = readLabels(root, 'en', 'Presence_Sync_');
const inEnglish = (decision) => sayText(englishLabels, detailText({ ...decision, seq: 0 }, { canConfigure: true }));

const defaults = await loadPackageDefaults();
const sources = {
    records: 'the package defaults',
    statuses: 'the sample statuses of force-app/org-setup',
    catalogue: 'the simulated ContactPad (simulator/contactpad-catalogue.json)'
};
if (values.metadata) {
    const { unreadable, ...records } = await loadRecords(values.metadata);
    // A file that cannot be read is an error named by its path; the others are still checked.
    for (const problem of unreadable) console.error(`ERROR ${problem}: skipped`);
    if (unreadable.length > 0) process.exitCode = 1;
    if (records.mappings.length === 0 && records.settings === null) {
        console.error(`no Presence_Mapping or Presence_Sync_Setting records under ${values.metadata}`);
        process.exit(2);
    }
    Object.assign(defaults, records);
    sources.records = values.metadata;
    if (!values.statuses) {
        // `sf project retrieve start --metadata ServicePresenceStatus` puts the org's statuses beside the records.
        const statuses = await loadStatuses(values.metadata);
        if (statuses.length > 0) {
            defaults.statuses = statuses;
            sources.statuses = values.metadata;
        }
    }
}
if (values.statuses) {
    const statuses = await loadStatuses(values.statuses);
    if (statuses.length === 0) {
        console.error(`no .servicePresenceStatus-meta.xml files under ${values.statuses}`);
        process.exit(2);
    }
    defaults.statuses = statuses;
    sources.statuses = values.statuses;
}
if (values.catalogue) {
    defaults.catalogue = await loadCatalogue(values.catalogue);
    sources.catalogue = values.catalogue;
}

let checkFailed = false;
if (check) {
    const result = checkConfiguration(tools, defaults, sources);
    console.log(result.text);
    checkFailed = result.errors > 0;
    if (positionals.length === 0) process.exit(checkFailed || process.exitCode === 1 ? 1 : 0);
}

async function scenarioFiles(path) {
    const info = await stat(path);
    if (!info.isDirectory()) return [path];
    return (await readdir(path))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => join(path, file));
}

let files;
try {
    files = (await Promise.all(positionals.map(scenarioFiles))).flat();
} catch (error) {
    console.error(`cannot read ${error.path ?? positionals.join(' ')}: ${error.code ?? error.message}`);
    process.exit(2);
}

let failed = 0;
for (const file of files) {
    let scenario;
    try {
        scenario = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
        console.error(`${file}: not a readable scenario: ${error.message}`);
        failed++;
        continue;
    }
    let run;
    try {
        run = runScenario(scenario, defaults);
    } catch (error) {
        console.error(`${file}: ${error.message}`);
        failed++;
        continue;
    }
    if (!values.quiet || !run.passed) console.log(`\n${file}\n${formatTrace(run, inEnglish)}`);
    else console.log(`PASS ${file}`);
    if (!run.passed) {
        failed++;
        console.error(`FAIL ${file}: ${failingSteps(run)}`);
    }
}
if (files.length > 1) console.log(`\n${files.length - failed} of ${files.length} scenarios passed.`);
process.exit(failed === 0 && !checkFailed && process.exitCode !== 1 ? 0 : 1);
