// Metadata validation, offline:
//  1. every *-meta.xml (and other metadata XML) under the package directories is well-formed XML
//     whose root element is in the Metadata API namespace;
//  2. each package directory resolves into metadata components (a misplaced or unknown file fails)
//     and converts to Metadata API format;
//  3. the resulting package.xml inventory equals the committed manifest (run with --write to update it
//     after an intended change);
//  4. every component keeps to Salesforce's documented length and format limits (lib/metadata-limits.mjs),
//     after a self-check that plants a violation of each limit and sees it reported
//     (scripts/__tests__/*.test.mjs, run with node --test);
//  5. a fresh install gets no active mapping row and no setting naming a presence status, and no
//     org set-up record overwrites a packaged one (lib/package-defaults.mjs, shippedRecordProblems).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { checkDirectories, WARNING } from './lib/metadata-limits.mjs';
import { shippedRecordProblems } from '../lib/package-defaults.mjs';

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const MIN_API_VERSION = 65;
const write = process.argv.includes('--write');
const project = JSON.parse(await readFile('sfdx-project.json', 'utf8'));
const problems = [];

async function* walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '__tests__' && entry.name !== 'node_modules') yield* walk(path);
        } else {
            yield path;
        }
    }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
async function checkXml(file) {
    const text = await readFile(file, 'utf8');
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
        problems.push(`${file}:${verdict.err.line}:${verdict.err.col}: malformed XML: ${verdict.err.msg}`);
        return;
    }
    const document = parser.parse(text);
    const rootName = Object.keys(document).find((key) => key !== '?xml');
    const root = rootName ? document[rootName] : null;
    if (!root || typeof root !== 'object' || root['@xmlns'] !== METADATA_NS) {
        problems.push(`${file}: root element <${rootName ?? '?'}> is not in the Metadata API namespace ${METADATA_NS}`);
        return;
    }
    const apiVersion = Number(root.apiVersion ?? NaN);
    if (root.apiVersion !== undefined && !(apiVersion >= MIN_API_VERSION)) {
        problems.push(`${file}: apiVersion ${root.apiVersion} is below ${MIN_API_VERSION}.0`);
    }
}

/** The set of "Type:Member" entries a package.xml lists. */
function inventoryOf(packageXml) {
    const types = [parser.parse(packageXml).Package?.types ?? []].flat();
    return new Set(types.flatMap((type) => [type.members].flat().map((member) => `${type.name}:${member}`)));
}

const inventories = [];
for (const directory of project.packageDirectories) {
    let xmlCount = 0;
    for await (const file of walk(directory.path)) {
        if (file.endsWith('-meta.xml')) {
            xmlCount++;
            await checkXml(file);
        }
    }
    let components;
    try {
        components = ComponentSet.fromSource({ fsPaths: [directory.path] });
    } catch (error) {
        problems.push(`${directory.path}: cannot resolve metadata: ${error.message}`);
        continue;
    }
    const outputDirectory = await mkdtemp(join(tmpdir(), 'mdapi-'));
    try {
        await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory,
            genUniqueDir: false
        });
    } catch (error) {
        problems.push(`${directory.path}: conversion to Metadata API format failed: ${error.message}`);
    } finally {
        await rm(outputDirectory, { recursive: true, force: true });
    }
    const name = directory.package ? 'package' : directory.path.split('/').pop();
    const manifest = join('manifest', `${name}.xml`);
    const packageXml = await components.getPackageXml(4);
    inventories.push({ directory: directory.path, manifest, packageXml, count: components.size, xmlCount });
}

const selfTests = (await readdir('scripts/__tests__'))
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join('scripts/__tests__', name));
const selfCheck = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...selfTests], {
    encoding: 'utf8'
});
if (selfCheck.status === 0) {
    console.log(`self-check: ${selfTests.length} test files of the metadata and Apex checks pass`);
} else {
    problems.push(
        `self-check of the metadata checks failed (node --test ${selfTests.join(' ')}):\n${selfCheck.stdout}${selfCheck.stderr}`
    );
}

for (const problem of await checkDirectories(project.packageDirectories.map((directory) => directory.path))) {
    if (problem.includes(`: ${WARNING}`)) console.warn(`WARNING ${problem.replace(`: ${WARNING}`, ': ')}`);
    else problems.push(problem);
}
problems.push(...(await shippedRecordProblems()));

for (const inventory of inventories) {
    if (write) {
        await writeFile(inventory.manifest, inventory.packageXml);
        console.log(`wrote ${inventory.manifest}`);
        continue;
    }
    let expected = null;
    try {
        expected = await readFile(inventory.manifest, 'utf8');
    } catch {
        problems.push(`${inventory.manifest}: missing; run \`npm run metadata:inventory\` and commit it`);
        continue;
    }
    const want = inventoryOf(expected);
    const have = inventoryOf(inventory.packageXml);
    const added = [...have].filter((item) => !want.has(item));
    const removed = [...want].filter((item) => !have.has(item));
    if (added.length > 0 || removed.length > 0) {
        problems.push(
            `${inventory.manifest}: inventory of ${inventory.directory} differs from the manifest` +
                (added.length ? `; not in manifest: ${added.join(', ')}` : '') +
                (removed.length ? `; missing from source: ${removed.join(', ')}` : '') +
                ' (run `npm run metadata:inventory` if the change is intended)'
        );
    }
    console.log(
        `${inventory.directory}: ${inventory.count} components, ${inventory.xmlCount} metadata XML files checked`
    );
}

for (const problem of problems) console.error(`ERROR ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
