// Every LWC module that rollup.config.mjs generates into force-app/ is known to everything that lists the shipped
// modules: the size budgets (scripts/check-size.mjs), Jest's module mapping (jest.config.js, to its TypeScript entry),
// the lint rules for generated modules (eslint.config.js), Prettier's and git's ignore lists, and its bundle's
// .js-meta.xml (not exposed, the console module's apiVersion). A module added to the build and to none of them fails
// here, naming the module and what does not know it. The modules the build generates import only bundles of the
// package, and never in a cycle. Run by `node --test` from scripts/validate-metadata.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const { default: configs } = await import('../../rollup.config.mjs');
const { BUDGETS } = await import('../check-size.mjs');
const { default: jestConfig } = await import('../../jest.config.js');

/** Each generated LWC module: its name (`presenceSyncMapping`), its file and the TypeScript entry it is built from. */
const GENERATED = configs
    .filter((config) => !Array.isArray(config.output) && config.output.file.startsWith('force-app/'))
    .map((config) => ({ name: basename(config.output.file, '.js'), file: config.output.file, input: config.input }));

const lines = (file) => readFileSync(file, 'utf8').split('\n');
const metaOf = (file) => readFileSync(`${file}-meta.xml`, 'utf8');
const apiVersion = (meta) => /<apiVersion>([^<]+)<\/apiVersion>/.exec(meta)?.[1];

/** The modules a generated file imports or re-exports from (`c/presenceSyncMapping` …), as its text names them. */
const importsOf = (file) =>
    parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' })
        .body.filter((node) => (node.type === 'ImportDeclaration' || node.type.startsWith('Export')) && node.source)
        .map((node) => String(node.source.value));

/**
 * A cycle in `graph` (module name → the names it imports) as the names along it, first one repeated at the end
 * (`['c/a', 'c/b', 'c/a']`), or null when there is none.
 */
export function cycleIn(graph) {
    const done = new Set();
    const visit = (name, path) => {
        if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
        if (done.has(name)) return null;
        for (const imported of graph.get(name) ?? []) {
            const cycle = visit(imported, [...path, name]);
            if (cycle) return cycle;
        }
        done.add(name);
        return null;
    };
    for (const name of graph.keys()) {
        const cycle = visit(name, []);
        if (cycle) return cycle;
    }
    return null;
}

test('the generated modules import only bundles of the package, and never in a cycle', () => {
    const graph = new Map(GENERATED.map((module) => [`c/${module.name}`, importsOf(module.file)]));
    for (const [name, imported] of graph) {
        for (const module of imported) {
            const bundle = /^c\/(\w+)$/.exec(module)?.[1];
            assert.ok(
                bundle && existsSync(`force-app/main/default/lwc/${bundle}/${bundle}.js`),
                `${name} imports ${module}, which is no bundle of force-app/main/default/lwc/: the platform would not load it`
            );
        }
    }
    // A module is evaluated after the ones it imports: the platform cannot load modules that import one another.
    const cycle = cycleIn(graph);
    assert.equal(cycle, null, `the generated modules import one another in a cycle: ${cycle?.join(' → ')}`);
    assert.deepEqual(graph.get('c/presenceSyncEngine'), ['c/presenceSyncMapping']);
});

test('the cycle check finds a cycle, naming the modules along it', () => {
    const planted = new Map([
        ['c/a', ['c/b']],
        ['c/b', ['c/c']],
        ['c/c', ['c/b']]
    ]);
    assert.deepEqual(cycleIn(planted), ['c/b', 'c/c', 'c/b']);
    assert.equal(
        cycleIn(
            new Map([
                ['c/a', ['c/b']],
                ['c/b', []]
            ])
        ),
        null
    );
});

test('the build generates the console module and the modules split out of it', () => {
    const names = GENERATED.map((module) => module.name);
    for (const name of ['presenceSync', 'presenceSyncBridge', 'presenceSyncMapping', 'presenceSyncEngine'])
        assert.ok(names.includes(name));
});

for (const module of GENERATED) {
    test(`c/${module.name} has a size budget with a description`, () => {
        const budget = BUDGETS.find((entry) => entry.file === module.file);
        assert.ok(budget, `${module.file} has no entry in scripts/check-size.mjs BUDGETS`);
        assert.ok(budget.what.length > 0 && !budget.optional, `${module.file}: describe it; it always ships`);
    });

    test(`Jest maps c/${module.name} to its TypeScript entry`, () => {
        for (const project of jestConfig.projects) {
            const target = project.moduleNameMapper[`^c/${module.name}$`];
            assert.equal(
                target,
                `<rootDir>/${module.input}`,
                `jest.config.js moduleNameMapper, ${project.displayName}`
            );
        }
    });

    test(`c/${module.name} is linted as a generated module and ignored by Prettier and git's source maps rule`, async () => {
        const eslint = new ESLint({ cwd: root });
        const config = await eslint.calculateConfigForFile(module.file);
        // eslint.config.js GENERATED_MODULE: the rule that the hand-written LWC keeps is off for generated modules.
        const rule = config.rules['@locker/locker/distorted-html-element-blocked-properties'];
        assert.deepEqual(rule, [0], `${module.file} is not in eslint.config.js GENERATED_MODULE`);
        assert.ok(lines('.prettierignore').includes(module.file), `${module.file} is not in .prettierignore`);
        assert.ok(lines('.gitignore').includes(`${dirname(module.file)}/*.map`), `${module.file}'s map: .gitignore`);
    });

    test(`c/${module.name} has a .js-meta.xml: not exposed, the console module's apiVersion`, () => {
        assert.ok(existsSync(`${module.file}-meta.xml`), `${module.file}-meta.xml is missing`);
        const meta = metaOf(module.file);
        assert.match(meta, /<isExposed>false<\/isExposed>/);
        assert.equal(apiVersion(meta), apiVersion(metaOf('force-app/main/default/lwc/presenceSync/presenceSync.js')));
        assert.match(meta, /<description\s*>Generated service module/);
    });
}
