// C9: the package ships its mapping rows as inactive examples, its settings name no presence status,
// and the "package defaults" that scenarios, the simulator and tests start from are the shipped
// settings plus the org set-up's active sample rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackageDefaults, loadRecords, PATHS, shippedRecordProblems } from '../../lib/package-defaults.mjs';

async function copyOfTheSources() {
    const root = await mkdtemp(join(tmpdir(), 'shipped-'));
    for (const path of [PATHS.records, PATHS.sampleRecords]) await cp(path, join(root, path), { recursive: true });
    return root;
}

test('C9 every packaged mapping row is an inactive example', async () => {
    const { mappings } = await loadRecords(PATHS.records);
    assert.ok(mappings.length > 0, 'the package ships example rows');
    for (const row of mappings) assert.equal(row.Active__c, false, `${row.DeveloperName} ships inactive`);
    assert.deepEqual(await shippedRecordProblems(), []);
});

test('C9 an active packaged row, a setting naming a status and a clashing sample name are reported', async () => {
    const root = await copyOfTheSources();
    try {
        const row = join(root, PATHS.records, 'Presence_Mapping.Softphone_Ready.md-meta.xml');
        await writeFile(
            row,
            (await readFile(row, 'utf8')).replace(
                /(<field>Active__c<\/field>\s*<value xsi:type="xsd:boolean">)false/,
                '$1true'
            )
        );
        const settings = join(root, PATHS.records, 'Presence_Sync_Setting.Default.md-meta.xml');
        await writeFile(
            settings,
            (await readFile(settings, 'utf8')).replace(
                /(<field>Disconnect_Status__c<\/field>\s*)<value xsi:nil="true" \/>/,
                '$1<value xsi:type="xsd:string">Away</value>'
            )
        );
        await cp(row, join(root, PATHS.sampleRecords, 'Presence_Mapping.Softphone_Ready.md-meta.xml'));
        const problems = (await shippedRecordProblems(root)).join('\n');
        assert.match(problems, /Presence_Mapping\.Softphone_Ready\.md-meta\.xml: packaged mapping rows ship inactive/);
        assert.match(problems, /Disconnect_Status__c names the presence status "Away"/);
        assert.match(
            problems,
            /org-setup\/customMetadata\/Presence_Mapping\.Softphone_Ready\.md-meta\.xml: has the name of a packaged record/
        );
    } finally {
        await rm(root, { recursive: true, force: true });
    }
});

test('C9 package defaults are the shipped settings plus the active org set-up samples', async () => {
    const defaults = await loadPackageDefaults();
    const shipped = await loadRecords(PATHS.records);
    assert.deepEqual(defaults.settings, shipped.settings, 'the settings are the packaged Default record');
    assert.ok(defaults.mappings.length > 0, 'the sample rows are there');
    for (const row of defaults.mappings) {
        assert.ok(row.DeveloperName.startsWith('Sample_'), `${row.DeveloperName} is an org set-up sample`);
        assert.equal(row.Active__c, true, `${row.DeveloperName} is active`);
    }
    const statuses = new Set(defaults.statuses.map((status) => status.developerName));
    for (const row of defaults.mappings) {
        assert.ok(statuses.has(row.Presence_Status__c), `${row.DeveloperName} names a sample status`);
    }
    for (const status of defaults.statuses) {
        assert.equal(typeof status.online, 'boolean', `${status.developerName} says whether it is online`);
        assert.equal(status.online, status.hasChannels, 'online means the status has service channels');
    }
});
