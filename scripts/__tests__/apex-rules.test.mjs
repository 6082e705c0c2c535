// Issue 9 item 7: the configuration method must not be cacheable, so every console load reads the
// configuration as it is now. The rule runs in scripts/analyze-apex.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apexRuleFindings } from '../lib/apex-rules.mjs';

const CONTROLLER = 'force-app/main/default/classes/PresenceSyncController.cls';

test('getConfiguration is not cacheable: every console load reads the current configuration', async () => {
    const source = await readFile(CONTROLLER, 'utf8');
    assert.match(source, /@AuraEnabled\s*\n\s*public static Configuration getConfiguration\(\)/);
    assert.deepEqual(apexRuleFindings(CONTROLLER, source), []);
});

test('a cacheable method in the configuration controller is a blocking finding', async () => {
    const source = (await readFile(CONTROLLER, 'utf8')).replace(
        /@AuraEnabled\s*\n(\s*public static Configuration getConfiguration)/,
        '@AuraEnabled(cacheable=true)\n$1'
    );
    const findings = apexRuleFindings(CONTROLLER, source);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'LiveConfigurationNotCacheable');
    assert.equal(findings[0].blocking, true);
    assert.match(findings[0].message, /apex-result-caching/);
});

test('cacheable methods elsewhere are a warning, and a commented-out annotation is nothing', () => {
    const elsewhere = apexRuleFindings(
        'classes/Other.cls',
        '@AuraEnabled(Cacheable = true)\npublic static String x() {}'
    );
    assert.equal(elsewhere.length, 1);
    assert.equal(elsewhere[0].blocking, false);
    assert.deepEqual(apexRuleFindings('classes/PresenceSyncController.cls', '// @AuraEnabled(cacheable=true)\n'), []);
});
