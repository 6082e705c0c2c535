// Plants logical assignments to a member (`this.x ??= 1`) in virtual files of the package and checks
// that the project's ESLint configuration (eslint.config.js, as `npm test`'s lint step runs it) fails
// on each: that shape failed the platform's LWC compile (salesforce/lwc#2772). Run by `node --test`
// from scripts/validate-metadata.mjs (its self-check), so `npm test` runs it with the metadata step.
// It also plants a 401-line file and an 81-line function in src-ts/, which the size limits refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

const PANEL = 'force-app/main/default/lwc/presenceSyncPanel/presenceSyncPanel.js';
const SHIPPED = [
    PANEL,
    'force-app/main/default/lwc/presenceSyncSetup/model.js',
    'force-app/main/default/lwc/somethingNew/somethingNew.js',
    // The generated modules: the platform's LWC compiler compiles them like any component file.
    'force-app/main/default/lwc/presenceSync/presenceSync.js',
    'force-app/main/default/lwc/presenceSyncSetupKit/presenceSyncSetupKit.js',
    'force-app/main/default/lwc/presenceSyncPanelModel/presenceSyncPanelModel.js',
    'force-app/main/default/lwc/presenceSyncBridge/presenceSyncBridge.js',
    'force-app/main/default/lwc/presenceSyncMapping/presenceSyncMapping.js',
    'force-app/main/default/lwc/presenceSyncEngine/presenceSyncEngine.js',
    'force-app/main/default/lwc/presenceSyncSharedLabels/presenceSyncSharedLabels.js'
];

const component = (body) =>
    `import { LightningElement } from 'lwc';\nexport default class Planted extends LightningElement {\n    x;\n    go() {\n        ${body}\n    }\n}\n`;

async function restricted(code, filePath) {
    const [result] = await eslint.lintText(code, { filePath });
    assert.ok(result, `ESLint linted ${filePath}`);
    return result.messages.filter((message) => message.ruleId === 'no-restricted-syntax');
}

for (const filePath of SHIPPED) {
    test(`lint fails on \`this.x ??= 1\` in ${filePath}`, async () => {
        const found = await restricted(component('this.x ??= 1;'), filePath);
        assert.equal(found.length, 1, `one error, got ${JSON.stringify(found)}`);
        assert.equal(found[0].severity, 2);
        assert.match(found[0].message, /salesforce\/lwc#2772/);
        assert.equal(found[0].line, 5);
    });
}

test('lint fails on `||=` and `&&=` on any member, not only this', async () => {
    const found = await restricted(component('this.x ||= 1; this.x &&= 2; this.model.y ??= 3;'), PANEL);
    assert.deepEqual(
        found.map((message) => /`(\?\?=|\|\|=|&&=)`/.exec(message.message)?.[1]),
        ['||=', '&&=', '??=']
    );
});

test('lint fails on a logical assignment in the Aura utility item', async () => {
    // Aura's own parser predates ES2021: the Aura lint (ecmaVersion of @salesforce/eslint-plugin-aura)
    // already rejects the operator as a parsing error, before the rule above would name it.
    const code = '({\n    go: function (component) {\n        component.x ??= 1;\n    }\n})\n';
    const [result] = await eslint.lintText(code, {
        filePath: 'force-app/main/default/aura/presenceSyncUtility/presenceSyncUtilityHelper.js'
    });
    assert.ok(result.errorCount >= 1, JSON.stringify(result.messages));
    assert.equal(result.messages[0].line, 3);
});

test('plain assignments and a logical assignment to a local variable pass', async () => {
    const found = await restricted(component('let y = null; y ??= 1; if (this.x === undefined) this.x = y;'), PANEL);
    assert.deepEqual(found, []);
});

test('the tests beside the components may use it (they run in Node, not on the platform)', async () => {
    const found = await restricted(
        'const o = {};\no.x ??= 1;\n',
        'force-app/main/default/lwc/presenceSyncPanel/__tests__/planted.test.js'
    );
    assert.deepEqual(found, []);
});

test('the build emits none: src-ts compiles to a target without logical assignment, and the minifier adds none', async () => {
    const { default: ts } = await import('typescript');
    const { minify } = await import('terser');
    const { readFile } = await import('node:fs/promises');
    const { compilerOptions } = JSON.parse(await readFile('tsconfig.json', 'utf8'));
    const source =
        'export class A { x: number | undefined; y = 0; go() { this.x ??= 1; this.y ||= 2; this.y &&= 3; } }';
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget[compilerOptions.target], module: ts.ModuleKind.ESNext }
    });
    assert.doesNotMatch(outputText, /\?\?=|\|\|=|&&=/, outputText);
    // The options of rollup.config.mjs's terser for the LWC modules.
    const { code } = await minify(outputText, { format: { comments: false }, mangle: true, compress: { passes: 2 } });
    assert.doesNotMatch(code, /\?\?=|\|\|=|&&=/, code);
    assert.match(code, /\?\?/, 'the nullish test itself survives');
});

// The size limits of src-ts/ (eslint.config.js, SIZE_LIMITS): every line counts, comments and blank lines too.
// Planted as the text of files that exist, so that the typed lint's project knows them.
const SOURCE = 'src-ts/core/csv.ts';
const fileOf = (lines) => Array.from({ length: lines }, (_, i) => (i % 5 === 4 ? '' : `export const v${i} = ${i};`));
const functionOf = (lines) =>
    [
        'export function planted(): number {',
        '    let total = 0;',
        ...Array.from({ length: lines - 4 }, (_, i) =>
            i % 5 === 4 ? '    // a comment counts too' : '    total += 1;'
        ),
        '    return total;',
        '}'
    ].join('\n');

async function sizeErrors(code, filePath) {
    const [result] = await eslint.lintText(`${code}\n`, { filePath });
    assert.ok(result, `ESLint linted ${filePath}`);
    return result.messages.filter((m) => m.ruleId === 'max-lines' || m.ruleId === 'max-lines-per-function');
}

test('lint fails on a src-ts file of 401 lines, and passes one of 400', async () => {
    const over = await sizeErrors(fileOf(401).join('\n'), SOURCE);
    assert.deepEqual(
        over.map((m) => [m.ruleId, m.severity]),
        [['max-lines', 2]]
    );
    assert.deepEqual(await sizeErrors(fileOf(400).join('\n'), SOURCE), []);
});

test('lint fails on a src-ts function of 81 lines, and passes one of 80', async () => {
    const over = await sizeErrors(functionOf(81), SOURCE);
    assert.deepEqual(
        over.map((m) => [m.ruleId, m.severity, m.line]),
        [['max-lines-per-function', 2, 1]]
    );
    assert.match(over[0].message, /\(81\)/);
    assert.deepEqual(await sizeErrors(functionOf(80), SOURCE), []);
});

test('the size limits leave tests out and spare no source file, test support included', async () => {
    const long = fileOf(401).join('\n') + '\n' + functionOf(81);
    assert.deepEqual(await sizeErrors(long, 'src-ts/core/csv.test.ts'), []);
    for (const file of ['src-ts/engine/types.ts', 'src-ts/test-support/hostile-world.ts']) {
        assert.deepEqual(
            (await sizeErrors(long, file)).map((m) => m.ruleId),
            ['max-lines', 'max-lines-per-function'],
            file
        );
    }
});
