// Issue 18 item 1: npm test compiles the Apex (scripts/check-apex-compile.mjs, the apex-compile step). Apex that
// parses but does not compile is planted into a copy of the project, and the check must fail naming each file and
// line, and nothing else: the project's own classes compile, with and without a namespace. One run of the check
// (two ApexLink runs side by side) serves every planted file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describedObjects } from '../lib/apex-compile.mjs';

const CLASSES = 'force-app/main/default/classes';
const META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;
const MARK = '// does not compile';

// Each planted class marks the line the compiler must reject.
const PLANTED = {
    // Apex names are case-insensitive: the local refusal hides the static REFUSAL, so setMessage gets an exception.
    PlantedNameClash: `public with sharing class PlantedNameClash {
    public static final String REFUSAL = 'No.';
    public static void refuse() {
        AuraHandledException refusal = new AuraHandledException(REFUSAL);
        refusal.setMessage(REFUSAL); ${MARK}
        throw refusal;
    }
}
`,
    // A COUNT() query returns an Integer, which has no size().
    PlantedCountSize: `public with sharing class PlantedCountSize {
    public static Integer accounts() {
        return [SELECT COUNT() FROM Account].size(); ${MARK}
    }
}
`,
    // The Omni-Channel objects are described for the checker field by field: an unknown field is still an error.
    PlantedOmniField: `public with sharing class PlantedOmniField {
    public static String label(ServicePresenceStatus status) {
        String known = status.DeveloperName + status.MasterLabel;
        return known + status.StatusLabel; ${MARK}
    }
}
`
};
// A name that resolves only in a namespaced package fails the run without a namespace.
const ONLY_NAMESPACED = {
    PlantedNamespaceOnly: `public with sharing class PlantedNamespaceOnly {
    public static String refusal() {
        return pssync.PresenceSyncSetupAccess.REFUSAL; ${MARK}
    }
}
`
};

function markedLine(source) {
    return source.split('\n').findIndex((line) => line.includes(MARK)) + 1;
}

function plantedCopy(classes) {
    const copy = mkdtempSync(join(tmpdir(), 'apex-compile-test-'));
    const project = JSON.parse(readFileSync('sfdx-project.json', 'utf8'));
    writeFileSync(join(copy, 'sfdx-project.json'), JSON.stringify(project));
    for (const directory of project.packageDirectories) {
        cpSync(directory.path, join(copy, directory.path), { recursive: true });
    }
    for (const [name, source] of Object.entries(classes)) {
        const path = join(copy, CLASSES, `${name}.cls`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, source);
        writeFileSync(`${path}-meta.xml`, META);
    }
    return copy;
}

/** The check's output split into its runs: for each run's heading, the `path:line` of every error under it. */
function errorsByRun(stdout) {
    const runs = new Map();
    let current = null;
    for (const line of stdout.split('\n')) {
        const heading = /^Apex compiled (.+?): \d+ error/.exec(line);
        if (heading) runs.set((current = heading[1]), []);
        const error = /^ {2}(\S+\.cls):(\d+):\d+: (?!Warning)/.exec(line);
        if (error && current !== null) runs.get(current).push(`${error[1]}:${error[2]}`);
    }
    return runs;
}

test('the Apex compile check fails on Apex that parses but does not compile, naming file and line', () => {
    const copy = plantedCopy({ ...PLANTED, ...ONLY_NAMESPACED });
    try {
        const run = spawnSync(process.execPath, ['scripts/check-apex-compile.mjs', '--root', copy], {
            encoding: 'utf8'
        });
        assert.equal(run.status, 1, `expected exit 1:\n${run.stdout}${run.stderr}`);
        const expected = (classes) =>
            Object.entries(classes)
                .map(([name, source]) => `${CLASSES}/${name}.cls:${markedLine(source)}`)
                .sort();
        const runs = errorsByRun(run.stdout);
        assert.deepEqual([...runs.keys()], ['without a namespace', 'with namespace pssync'], run.stdout);
        // Exactly the planted lines: every class of the package itself compiles in both runs.
        assert.deepEqual(
            [...new Set(runs.get('without a namespace'))].sort(),
            expected({ ...PLANTED, ...ONLY_NAMESPACED }),
            run.stdout
        );
        assert.deepEqual([...new Set(runs.get('with namespace pssync'))].sort(), expected(PLANTED), run.stdout);
        assert.match(run.stderr, /Apex compile check failed: \d+ error\(s\) in 2 run\(s\)/);
    } finally {
        rmSync(copy, { recursive: true, force: true });
    }
});

test('without java on PATH the check says so and fails', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'no-java-'));
    try {
        const run = spawnSync(process.execPath, ['scripts/check-apex-compile.mjs'], {
            encoding: 'utf8',
            env: { ...process.env, PATH: emptyPath }
        });
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, /java not found: .*Java 17/);
    } finally {
        rmSync(emptyPath, { recursive: true, force: true });
    }
});

test('the checker-only descriptions name the Omni-Channel fields the package reads', () => {
    const objects = Object.fromEntries(describedObjects().map((object) => [object.name, object.fields]));
    const names = (object) => (objects[object] ?? []).map((field) => field.name);
    assert.ok(names('ServicePresenceStatus').includes('DeveloperName'));
    assert.ok(names('ServicePresenceStatus').includes('MasterLabel'));
    assert.deepEqual(
        (objects.ServiceChannelStatus ?? []).filter((field) => field.name.startsWith('ServicePresenceStatus')),
        [
            { name: 'ServicePresenceStatusId', apexType: 'Id' },
            { name: 'ServicePresenceStatus', sObject: 'ServicePresenceStatus' }
        ]
    );
});
