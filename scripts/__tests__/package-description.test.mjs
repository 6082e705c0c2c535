// The metadata-deploy notice belongs in the package's own description, not only in its versions'.
// `sf package create --description` sets the package's description in the Dev Hub (Package2.Description)
// and writes the same text as `versionDescription` of the package directory it adds to sfdx-project.json
// (@salesforce/packaging, packageCreate.js: createPackageRequestFromContext, createPackageDirEntry);
// sfdx-project.json has no field of its own for it. So the README's create command carries the notice,
// and both texts must stay the same. Run by `node --test` from scripts/validate-metadata.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const project = JSON.parse(await readFile('sfdx-project.json', 'utf8'));
const readme = await readFile('README.md', 'utf8');
const packaged = project.packageDirectories.find((directory) => directory.package === 'Omni Presence Sync');

const NOTICE = /This package deploys metadata: .*Apex Metadata API\./;

test('every version of the package says that it deploys metadata', () => {
    assert.ok(packaged, 'sfdx-project.json has the package directory of "Omni Presence Sync"');
    assert.match(packaged.versionDescription, NOTICE);
});

test("the README's `sf package create` gives the package itself the same description", () => {
    const create = /npx sf package create --name "Omni Presence Sync"[^\n\\]*(?:\\\n[^\n]*)*/.exec(readme)?.[0];
    assert.ok(create, 'the README shows the package create command');
    const description = /--description "([^"]*)"/.exec(create)?.[1];
    assert.equal(description, packaged.versionDescription);
    assert.match(description, NOTICE);
});
