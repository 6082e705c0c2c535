// The three modules of Custom Label imports (scripts/lib/label-modules.mjs): every label of the package lands in
// exactly one of them, a label added under a module's rule lands there with the next build, and the imports are
// named after their labels. Run by `node --test` from scripts/validate-metadata.mjs (its self-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LABEL_MODULES, renderLabelModule, renderLabelModules } from '../lib/label-modules.mjs';

const { readLabels } = createRequire(import.meta.url)('../lib/custom-labels.cjs');
const names = Object.keys(readLabels('.'));
const importsOf = (source) => [...source.matchAll(/@salesforce\/label\/c\.(\w+)/g)].map((match) => match[1]);
const moduleNamed = (file) => LABEL_MODULES.find((module) => module.path.endsWith(file));

test('every Custom Label is imported by exactly one label module', () => {
    const imported = renderLabelModules('.').flatMap((module) => importsOf(module.content));
    assert.deepEqual([...imported].sort(), [...names].sort());
});

test('the committed label modules are the generated ones', async () => {
    for (const module of renderLabelModules('.')) {
        assert.equal(await readFile(module.path, 'utf8'), module.content, `${module.path}: run \`npm run build\``);
    }
});

test('a new label reaches its module by its name alone', () => {
    const added = [
        ['Presence_Sync_Notice_something_new', 'presenceSyncPanel/labels.js'],
        ['Presence_Sync_Setup_Something_New', 'presenceSyncSetup/labels.js'],
        ['Presence_Sync_Detail_something_new', 'presenceSyncSharedLabels/presenceSyncSharedLabels.js']
    ];
    for (const [name, file] of added) {
        for (const module of LABEL_MODULES) {
            const source = renderLabelModule(module, [...names, name]);
            assert.equal(importsOf(source).includes(name), module === moduleNamed(file), `${name} in ${module.path}`);
        }
    }
});

test('imports are named after their labels, keys after the label without the module prefix', () => {
    const setup = renderLabelModule(moduleNamed('presenceSyncSetup/labels.js'), ['Presence_Sync_Setup_Title']);
    assert.match(setup, /^import Presence_Sync_Setup_Title from '@salesforce\/label\/c\.Presence_Sync_Setup_Title';$/m);
    assert.match(setup, /^ {4}Title: Presence_Sync_Setup_Title$/m);
    const panel = renderLabelModule(moduleNamed('presenceSyncPanel/labels.js'), ['Presence_Sync_Title']);
    assert.match(panel, /^ {4}Title: Presence_Sync_Title$/m);
    assert.match(panel, /^ {4}\.\.\.SHARED_LABELS,$/m);
});
